/**
 * Reads a catalog file, validates it, and writes (or, with `check`, compares) the generated
 * module and docs. Nothing is written unless the whole catalog is valid.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { validateCatalog } from '../catalog/validate.js';
import { renderDocs } from './render-docs.js';
import { renderModule } from './render-module.js';

export interface GenerateOptions {
  readonly catalogPath: string;
  readonly modulePath: string;
  readonly docsPath?: string;
  /** Where the generated module imports its entry types from. */
  readonly typesFrom?: string;
  /** The command shown in headers as the way to regenerate. */
  readonly command?: string;
  /** Compare instead of writing. */
  readonly check?: boolean;
  readonly cwd?: string;
}

export interface GenerateResult {
  /** Files whose content changed (written, or stale in check mode). */
  readonly changed: readonly string[];
  readonly unchanged: readonly string[];
}

export class GeneratorError extends Error {
  override name = 'GeneratorError';
}

function displayPath(path: string, cwd: string): string {
  return relative(cwd, path).split(sep).join('/') || path;
}

function readCatalogFile(path: string, shown: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new GeneratorError(`cannot read catalog ${shown}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new GeneratorError(`catalog ${shown} is not valid JSON: ${(error as Error).message}`);
  }
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export function generate(options: GenerateOptions): GenerateResult {
  const cwd = options.cwd ?? process.cwd();
  const shownCatalog = displayPath(options.catalogPath, cwd);
  const catalog = validateCatalog(readCatalogFile(options.catalogPath, shownCatalog), shownCatalog);
  const command = options.command ?? `whatsapp-error-codes generate ${shownCatalog}`;
  const outputs = new Map<string, string>();
  outputs.set(options.modulePath, renderModule(catalog, { catalogPath: shownCatalog, typesFrom: options.typesFrom ?? 'whatsapp-error-codes', command }));
  if (options.docsPath !== undefined) outputs.set(options.docsPath, renderDocs(catalog, { catalogPath: shownCatalog, command }));

  const changed: string[] = [];
  const unchanged: string[] = [];
  for (const [path, text] of outputs) {
    const shown = displayPath(path, cwd);
    if (readIfExists(path) === text) unchanged.push(shown);
    else changed.push(shown);
  }
  if (!options.check) {
    for (const [path, text] of outputs) {
      if (changed.includes(displayPath(path, cwd))) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
      }
    }
  }
  return { changed, unchanged };
}
