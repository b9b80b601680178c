import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface ImportGraph {
  /** Files reached by relative imports, as paths relative to the package root. */
  readonly files: readonly string[];
  /** Every non-relative specifier, as "file: specifier". */
  readonly bare: readonly string[];
}

/** Every specifier a file imports or re-exports (static, dynamic, `import type`, `require`). */
function specifiersOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((reference) => reference.fileName);
}

/** Follows relative imports from `entry`, mapping `./x.js` to `./x.ts` as NodeNext resolution does. */
function importGraph(entry: string): ImportGraph {
  const files = new Set<string>();
  const bare: string[] = [];
  const pending = [resolve(ROOT, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    const shown = relative(ROOT, file).split(sep).join('/');
    if (files.has(shown)) continue;
    files.add(shown);
    for (const specifier of specifiersOf(file)) {
      if (specifier.startsWith('./') || specifier.startsWith('../')) pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else bare.push(`${shown}: ${specifier}`);
    }
  }
  return { files: [...files].sort(), bare };
}

/** True when `specifier` names `dependency` or a subpath of it. */
const importsPackage = (specifier: string, dependency: string): boolean => specifier === dependency || specifier.startsWith(`${dependency}/`);

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => join(ROOT, folder, name));
}

describe('the kit (src/index.ts and everything it imports)', () => {
  const kit = importGraph('src/index.ts');

  it('reaches the modules that make up the kit', () => {
    expect(kit.files).toEqual(
      expect.arrayContaining(['src/index.ts', 'src/generated/catalog.ts', 'src/catalog/schema.ts', 'src/categories.ts', 'src/lookup.ts', 'src/suggest.ts', 'src/payloads.ts', 'src/assert-never.ts']),
    );
  });

  it('imports no package at all: no bare specifier, not even node: built-ins', () => {
    expect(kit.bare).toEqual([]);
  });

  it('stays out of the CLI, the generator, the validator and the ESLint rules', () => {
    expect(kit.files.filter((file) => /^(src\/cli|src\/generator|rules|scripts)\//.test(file) || file === 'src/catalog/validate.ts')).toEqual([]);
  });

  it('the walker does see bare imports (it finds node: and package imports outside the kit)', () => {
    expect(importGraph('src/cli/run.ts').bare).toEqual(expect.arrayContaining(['src/cli/run.ts: node:util', 'src/generator/generate.ts: node:fs']));
    expect(specifiersOf(join(ROOT, 'test/kit-imports.test.ts'))).toEqual(expect.arrayContaining(['typescript', 'vitest']));
  });

  it('uses package.json dependencies only outside the kit', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    const dependencies = Object.keys(pkg.dependencies ?? {});
    const outside = ['src', 'rules', 'scripts']
      .flatMap(sourceFiles)
      .filter((file) => !kit.files.includes(relative(ROOT, file).split(sep).join('/')))
      .flatMap(specifiersOf);
    for (const dependency of dependencies) {
      expect(kit.bare.filter((line) => importsPackage(line.split(': ')[1]!, dependency)), `${dependency} imported by the kit`).toEqual([]);
      expect(outside.some((specifier) => importsPackage(specifier, dependency)), `${dependency} used outside the kit`).toBe(true);
    }
  });
});
