/**
 * Reads a catalog file, validates it, and writes (or, with `check`, compares) the generated
 * module, docs and JSON schema. Nothing is written unless the whole catalog is valid, and no
 * directory is created outside the working directory unless the caller allows it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, sep } from 'node:path';
import { catalogJsonSchema } from '../catalog/fields.js';
import { validateCatalog } from '../catalog/validate.js';
import { renderDocs } from './render-docs.js';
import { renderModule } from './render-module.js';

export interface GenerateOptions {
  readonly catalogPath: string;
  readonly modulePath: string;
  readonly docsPath?: string;
  /** Where to write the catalog's JSON schema (for editors), if anywhere. */
  readonly schemaPath?: string;
  /** The `$id` written into the JSON schema. */
  readonly schemaId?: string;
  /** Where the generated module imports its entry types from. */
  readonly typesFrom?: string;
  /** The command shown in headers as the way to regenerate. */
  readonly command?: string;
  /** Compare instead of writing. */
  readonly check?: boolean;
  readonly cwd?: string;
  /** Create missing directories outside `cwd` too (refused by default: a typo in a path should not write elsewhere). */
  readonly allowOutsideCwd?: boolean;
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

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The first directory on the way to `path` that does not exist yet, if any. */
function firstMissingDirectory(path: string): string | undefined {
  let missing: string | undefined;
  for (let dir = dirname(path); !existsSync(dir); dir = dirname(dir)) {
    missing = dir;
    if (dirname(dir) === dir) break;
  }
  return missing;
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

/** The command that regenerates the same files, run from `cwd`: what the generated headers show. */
function defaultCommand(options: GenerateOptions, cwd: string): string {
  const shown = (path: string): string => {
    const text = displayPath(path, cwd);
    return /^[\w./@-]+$/.test(text) ? text : JSON.stringify(text);
  };
  return [
    'npx whatsapp-error-codes generate',
    shown(options.catalogPath),
    `--module ${shown(options.modulePath)}`,
    ...(options.docsPath === undefined ? [] : [`--docs ${shown(options.docsPath)}`]),
    ...(options.schemaPath === undefined ? [] : [`--schema ${shown(options.schemaPath)}`]),
    ...(options.typesFrom === undefined ? [] : [`--types-from ${options.typesFrom}`]),
  ].join(' ');
}

export function generate(options: GenerateOptions): GenerateResult {
  const cwd = options.cwd ?? process.cwd();
  const shownCatalog = displayPath(options.catalogPath, cwd);
  const catalog = validateCatalog(readCatalogFile(options.catalogPath, shownCatalog), shownCatalog);
  const command = options.command ?? defaultCommand(options, cwd);
  const outputs = new Map<string, string>();
  outputs.set(options.modulePath, renderModule(catalog, { catalogPath: shownCatalog, typesFrom: options.typesFrom ?? 'whatsapp-error-codes', command }));
  if (options.docsPath !== undefined) outputs.set(options.docsPath, renderDocs(catalog, { catalogPath: shownCatalog, command }));
  if (options.schemaPath !== undefined) {
    outputs.set(options.schemaPath, `${JSON.stringify(catalogJsonSchema(options.schemaId ?? 'https://github.com/whatsapp-error-codes/whatsapp-error-codes/blob/main/src/catalog/catalog.schema.json'), null, 2)}\n`);
  }

  const changed: string[] = [];
  const unchanged: string[] = [];
  for (const [path, text] of outputs) {
    const shown = displayPath(path, cwd);
    if (readIfExists(path) === text) unchanged.push(shown);
    else changed.push(shown);
  }
  if (!options.check) {
    if (!options.allowOutsideCwd) {
      for (const path of outputs.keys()) {
        const missing = firstMissingDirectory(path);
        if (missing !== undefined && !isInside(missing, cwd)) {
          throw new GeneratorError(`refusing to create ${missing}, outside the working directory ${cwd}: create it first, or pass --allow-outside-cwd`);
        }
      }
    }
    for (const [path, text] of outputs) {
      if (changed.includes(displayPath(path, cwd))) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
      }
    }
  }
  return { changed, unchanged };
}
