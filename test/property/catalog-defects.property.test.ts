/**
 * A custom catalog with any one defect, given to the CLI's `generate` command: exit status 1, a
 * message naming the entry and the field, and nothing written (no new file, no changed file).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { RETRY_ACTION_VALUES } from '../../src/catalog/fields.js';
import { runCli } from '../../src/cli/run.js';

const SEED = 20261124;
const LONG_RUNS = Number(process.env['WA_PROPERTY_RUNS'] ?? 0);
const RUNS = LONG_RUNS > 0 ? Math.max(300, Math.ceil(LONG_RUNS / 10)) : 300;

type Entry = Record<string, unknown>;
interface Catalog {
  classes: unknown[];
  codes: unknown[];
  retired: unknown[];
}

const validCatalog: fc.Arbitrary<Catalog> = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 1000, max: 899_999 }), { minLength: 2, maxLength: 6 }),
    fc.uniqueArray(fc.integer({ min: 900_000, max: 999_999 }), { maxLength: 3 }),
    fc.array(fc.constantFrom('sender', 'recipient', 'platform'), { minLength: 6, maxLength: 6 }),
    fc.array(fc.constantFrom(...RETRY_ACTION_VALUES), { minLength: 6, maxLength: 6 }),
    fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: 3, maxLength: 3 }),
  )
  .map(([codes, retiredCodes, categories, retries, replacements]) => ({
    classes: [{ id: 'property-codes', title: 'Codes made up by the property test', words: { en: [] } }],
    codes: codes.map((code, i) => ({
      code,
      name: `CODE_${code}`,
      title: `Title ${code}`,
      category: categories[i]!,
      class: 'property-codes',
      summary: `What ${code} means.`,
      retry: { action: retries[i]! },
      arrives: ['response'],
      aliases: [],
      keywords: { en: [`code ${code}`] },
      docsUrl: 'https://example.com/codes',
      ...(i === 0 && { httpStatus: 400, metaGroup: 'Group', notes: 'Notes.' }),
    })),
    retired: retiredCodes.map((code, i) => ({
      code,
      title: `Old ${code}`,
      platform: i % 2 === 0 ? 'on-premises' : 'cloud',
      ...(replacements[i] !== undefined && { replacement: codes[replacements[i]! % codes.length] }),
    })),
  }));

/** One defect: what it does to the catalog, and the entry and field the message must name. */
interface Defect {
  readonly list: 'codes' | 'retired';
  readonly index: number;
  readonly field: string;
  readonly apply: (catalog: Catalog) => void;
}

const CODE_FIELD_BREAKS: Record<string, unknown[]> = {
  code: [undefined, '131047', -1, 1.5, null],
  name: [undefined, 'lower_case', '', 42, 'TRAILING_'],
  title: [undefined, '', '   ', 7],
  category: [undefined, 'user', 'Sender', 1],
  summary: [undefined, '', ['x']],
  class: [undefined, 'Property Codes', 'unknown-class', 3],
  retry: [undefined, 'maybe', true, {}, { action: 'later' }, { action: 'wait', minDelaySeconds: 0 }, { action: 'retry', delay: 5 }],
  arrives: [undefined, [], ['email'], 'response', ['response', 'response']],
  aliases: [undefined, 'alias', [''], ['a', 'a'], [1]],
  keywords: [undefined, 'keyword', ['k'], { en: ['Upper'] }, { en: [''] }, { en: ['k', 'k'] }, { es: ['x'] }, { en: [], de: ['x'] }],
  deprecatedNames: ['lower', [''], ['OK', 'OK'], [1]],
  docsUrl: [undefined, 'http://example.com', 'not a url', ''],
  httpStatus: [99, 600, '400', 1.5],
  metaGroup: ['', 3],
  notes: ['', false],
  rangeEnd: [0, -5, 'x', 10_000_000],
};
const RETIRED_FIELD_BREAKS: Record<string, unknown[]> = {
  code: [undefined, 'x', -2],
  title: [undefined, '', 1],
  platform: [undefined, 'on-prem', 2],
  replacement: [1, 'x', -1],
  notes: ['', 0],
};

function set(entry: Entry, field: string, value: unknown): void {
  if (value === undefined) delete entry[field];
  else entry[field] = value;
}

function defect(catalog: Catalog): fc.Arbitrary<Defect> {
  const codeCount = catalog.codes.length;
  const retiredCount = catalog.retired.length;
  const options: fc.Arbitrary<Defect>[] = [
    fc.tuple(fc.nat({ max: codeCount - 1 }), fc.constantFrom(...Object.entries(CODE_FIELD_BREAKS)), fc.nat()).map(([index, [field, values], pick]) => ({
      list: 'codes',
      index,
      field,
      apply: (c) => set(c.codes[index] as Entry, field, values[pick % values.length]),
    })),
    fc.tuple(fc.nat({ max: codeCount - 1 }), fc.constantFrom('retryAfter', 'Category', 'subcode')).map(([index, field]) => ({ list: 'codes', index, field, apply: (c) => set(c.codes[index] as Entry, field, 1) })),
    fc.integer({ min: 1, max: codeCount - 1 }).map((index) => ({ list: 'codes', index, field: 'code', apply: (c) => set(c.codes[index] as Entry, 'code', (c.codes[0] as Entry)['code']) })),
    fc.integer({ min: 1, max: codeCount - 1 }).map((index) => ({ list: 'codes', index, field: 'name', apply: (c) => set(c.codes[index] as Entry, 'name', (c.codes[0] as Entry)['name']) })),
    fc.integer({ min: 1, max: codeCount - 1 }).map((index) => ({ list: 'codes', index, field: 'keywords', apply: (c) => set(c.codes[index] as Entry, 'keywords', (c.codes[0] as Entry)['keywords']) })),
    fc.nat({ max: codeCount - 1 }).map((index) => ({ list: 'codes', index, field: '', apply: (c) => void (c.codes[index] = 'not an entry') })),
  ];
  if (retiredCount > 0) {
    options.push(
      fc.tuple(fc.nat({ max: retiredCount - 1 }), fc.constantFrom(...Object.entries(RETIRED_FIELD_BREAKS)), fc.nat()).map(([index, [field, values], pick]) => ({
        list: 'retired',
        index,
        field,
        apply: (c) => set(c.retired[index] as Entry, field, values[pick % values.length]),
      })),
      fc.nat({ max: retiredCount - 1 }).map((index) => ({ list: 'retired', index, field: 'code', apply: (c) => set(c.retired[index] as Entry, 'code', (c.codes[0] as Entry)['code']) })),
      fc.nat({ max: retiredCount - 1 }).map((index) => ({ list: 'retired', index, field: 'platforms', apply: (c) => set(c.retired[index] as Entry, 'platforms', ['cloud']) })),
    );
  }
  return fc.oneof(...options);
}

/** How the validator names an entry: `codes[2] (131047 NAME)`, from the fields that are still there. */
function entryLabel(catalog: Catalog, list: 'codes' | 'retired', index: number): string {
  const entry = catalog[list][index];
  if (typeof entry !== 'object' || entry === null) return `${list}[${index}]`;
  const parts = [(entry as Entry)['code'], (entry as Entry)['name']].filter((part) => typeof part === 'number' || typeof part === 'string');
  return parts.length > 0 ? `${list}[${index}] (${parts.join(' ')})` : `${list}[${index}]`;
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('generate with a defective custom catalog', () => {
  it('exits 1, names the entry and the field, and writes nothing (no new file, no changed file)', () => {
    const checked = { fresh: 0, existing: 0 };
    fc.assert(
      fc.property(
        validCatalog.chain((catalog) => fc.tuple(fc.constant(catalog), defect(catalog), fc.boolean())),
        ([catalog, broken, outputsExist]) => {
          const dir = mkdtempSync(join(tmpdir(), 'wa-defect-'));
          dirs.push(dir);
          const argv = ['generate', 'codes.json', '--module', 'out/codes.ts', '--docs', 'out/codes.md'];
          writeFileSync(join(dir, 'codes.json'), JSON.stringify(catalog));
          let before: [string, string] | undefined;
          if (outputsExist) {
            expect(runCli(argv, { cwd: dir }).exitCode).toBe(0);
            before = [readFileSync(join(dir, 'out/codes.ts'), 'utf8'), readFileSync(join(dir, 'out/codes.md'), 'utf8')];
          }
          const mutated = structuredClone(catalog);
          broken.apply(mutated);
          writeFileSync(join(dir, 'codes.json'), JSON.stringify(mutated));

          const result = runCli(argv, { cwd: dir });
          expect(result.exitCode).toBe(1);
          expect(result.stdout).toBe('');
          expect(result.stderr).toMatch(/^codes\.json is not a valid WhatsApp error-code catalog \(\d+ problems?\):\n {2}- /);
          const label = entryLabel(mutated, broken.list, broken.index);
          const lines = result.stderr.split('\n').slice(1);
          const named = lines.filter((line) => line.startsWith(`  - ${label}: `) && (broken.field === '' || new RegExp(`field "${broken.field}[".[]`).test(line)));
          expect(named, `${label} / field "${broken.field}" in:\n${result.stderr}`).not.toEqual([]);
          if (before) {
            expect([readFileSync(join(dir, 'out/codes.ts'), 'utf8'), readFileSync(join(dir, 'out/codes.md'), 'utf8')]).toEqual(before);
            checked.existing++;
          } else {
            expect(existsSync(join(dir, 'out'))).toBe(false);
            checked.fresh++;
          }
          rmSync(dir, { recursive: true, force: true });
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    expect(checked.fresh).toBeGreaterThan(RUNS / 4);
    expect(checked.existing).toBeGreaterThan(RUNS / 4);
  });
});
