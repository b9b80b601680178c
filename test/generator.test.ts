import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogValidationError } from '../src/catalog/validate.js';
import { runCli } from '../src/cli/run.js';
import { generate, GeneratorError, type GenerateOptions } from '../src/generator/generate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOCS_URL = 'https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes';

const common = { arrives: ['response'], aliases: [], docsUrl: DOCS_URL } as const;
const SMALL_CATALOG = {
  classes: [
    { id: 'messaging-window', title: 'The 24-hour window', words: { en: ['customer service window'] } },
    { id: 'recipient-unreachable', title: 'The recipient cannot receive', words: { en: ['not on whatsapp'] } },
    { id: 'platform-failure', title: "Meta's side", words: { en: ['outage'] } },
    { id: 'permission', title: 'Permissions', words: { en: ['permission'] } },
    { id: 'template', title: 'Templates', words: { en: ['template'] } },
    { id: 'invalid-request', title: 'Invalid requests', words: { en: ['invalid parameter'] } },
  ],
  codes: [
    { code: 131047, name: 'RE_ENGAGEMENT_MESSAGE_REQUIRED', title: 'Re-engagement message', category: 'sender', class: 'messaging-window', summary: 'The 24-hour window has closed.', retry: { action: 'send-template' }, ...common, arrives: ['status-webhook', 'response'], aliases: ['ReEngagementMessage'], keywords: { en: ['24-hour window'], es: ['ventana de 24 horas'] }, httpStatus: 400 },
    { code: 131026, name: 'MESSAGE_UNDELIVERABLE', title: 'Message Undeliverable', category: 'recipient', class: 'recipient-unreachable', summary: 'The recipient cannot receive it.', retry: { action: 'do-not-retry' }, ...common, keywords: { en: ['undeliverable'] } },
    { code: 131000, name: 'SOMETHING_WENT_WRONG', title: 'Something went wrong', category: 'platform', class: 'platform-failure', summary: 'Meta hit an internal error | retry.', retry: { action: 'retry', maxAttempts: 1 }, ...common, keywords: { en: ['internal error'] }, notes: 'Comment end */ inside.' },
    { code: 200, rangeEnd: 202, name: 'API_PERMISSION', title: 'API Permission', category: 'sender', class: 'permission', summary: 'A permission is missing.', retry: { action: 'fix-account' }, ...common, keywords: { en: ['api permission'] }, deprecatedNames: ['PERMISSION_RANGE'] },
    { code: 100, name: 'INVALID_PARAMETER', title: 'Invalid parameter', category: 'sender', class: 'invalid-request', summary: 'A parameter is wrong.', retry: { action: 'fix-request' }, ...common, keywords: { en: ['bad parameter'] } },
    { code: 131049, name: 'HEALTHY_ECOSYSTEM_LIMIT', title: 'Healthy ecosystem', category: 'platform', class: 'platform-failure', summary: 'Withheld.', retry: { action: 'wait', minDelaySeconds: 86400 }, ...common, keywords: { en: ['ecosystem'] } },
  ],
  subcodes: [
    { code: 100, subcode: 2388040, name: 'TEMPLATE_CHARACTER_LIMIT_EXCEEDED', title: 'Character limit exceeded', category: 'sender', class: 'template', summary: 'A template field is too long.', retry: { action: 'fix-request' }, ...common, keywords: { en: ['character limit'] }, deprecatedNames: ['CHARACTER_LIMIT_EXCEEDED'] },
  ],
  retired: [
    { code: 470, title: 'Re-engagement message', platform: 'on-premises', replacement: 131047 },
    { code: 9999, title: 'Old cloud code', platform: 'cloud' },
  ],
  excluded: [{ codes: [2494164, 2494165], title: 'In-App Signup', reason: 'Meanings not verifiable.' }],
};

/** The same catalog with entries and retired entries in reverse order and every entry's keys reversed. */
function shuffled(catalog: typeof SMALL_CATALOG): unknown {
  const reverseKeys = (entry: object): object => Object.fromEntries(Object.entries(entry).reverse());
  const reversed = (list: readonly object[]): object[] => [...list].reverse().map(reverseKeys);
  return { excluded: reversed(catalog.excluded), retired: reversed(catalog.retired), subcodes: reversed(catalog.subcodes), codes: reversed(catalog.codes), classes: reversed(catalog.classes) };
}

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder holding `catalog.json` (raw text, or an object to serialise). */
function workspace(catalog: unknown, parent = tmpdir(), prefix = 'wec-gen-'): string {
  const dir = mkdtempSync(join(parent, prefix));
  tempDirs.push(dir);
  writeFileSync(join(dir, 'catalog.json'), typeof catalog === 'string' ? catalog : JSON.stringify(catalog, null, 2));
  return dir;
}

function options(dir: string, extra: Partial<GenerateOptions> = {}): GenerateOptions {
  return { catalogPath: join(dir, 'catalog.json'), modulePath: join(dir, 'out', 'catalog.ts'), docsPath: join(dir, 'out', 'codes.md'), cwd: dir, ...extra };
}

const read = (dir: string, file: string): string => readFileSync(join(dir, 'out', file), 'utf8');

describe('generate() on a small catalog', () => {
  it('writes the module and the docs and reports both as changed', () => {
    const dir = workspace(SMALL_CATALOG);
    expect(generate(options(dir))).toEqual({ changed: ['out/catalog.ts', 'out/codes.md'], unchanged: [] });
    const module = read(dir, 'catalog.ts');
    expect(module).toContain('  RE_ENGAGEMENT_MESSAGE_REQUIRED: 131047,');
    expect(module).toContain('export type WhatsAppErrorCode =\n  | 100 | 200 | 201 | 202 | 131000 | 131026 | 131047 | 131049;');
    expect(module).toContain('export type SenderErrorCode =\n  | 100 | 200 | 201 | 202 | 131047;');
    expect(module).toContain('export type RecipientErrorCode =\n  | 131026;');
    expect(module).toContain('export type PlatformErrorCode =\n  | 131000 | 131049;');
    expect(module).toContain("  readonly 201: 'sender';");
    expect(module).toContain("  readonly 131047: 'send-template';");
    expect(module).toContain('export type RetiredErrorCode =\n  | 470 | 9999;');
    expect(module).toContain("import type { CatalogCodeEntry, CatalogExclusion, CatalogForeignProduct, CatalogMeaningClass, CatalogRetiredEntry, CatalogSubcodeEntry } from 'whatsapp-error-codes';");
    expect(read(dir, 'codes.md')).toContain('| 131047 | `RE_ENGAGEMENT_MESSAGE_REQUIRED` |');
  });

  it('renders subcodes: their own constants and union, the code → subcodes interface, and the deprecated top-level constant', () => {
    const dir = workspace(SMALL_CATALOG);
    generate(options(dir));
    const module = read(dir, 'catalog.ts');
    expect(module).toContain('export const WhatsAppErrorSubcode = {');
    expect(module).toContain('  TEMPLATE_CHARACTER_LIMIT_EXCEEDED: 2388040,');
    expect(module).toContain('export type WhatsAppErrorSubcode =\n  | 2388040;');
    expect(module).toContain('export interface ErrorSubcodesByCode {\n  readonly 100:\n    | 2388040;\n}');
    expect(module).toContain(
      '  /** @deprecated 2388040 arrives as `error_subcode` under code 100, never as `code`: use `WhatsAppErrorSubcode.TEMPLATE_CHARACTER_LIMIT_EXCEEDED`. */\n  CHARACTER_LIMIT_EXCEEDED: 2388040,',
    );
    expect(module).toContain('  /** @deprecated Renamed `API_PERMISSION` (200); this alias goes in the next major version. */\n  PERMISSION_RANGE: 200,');
    // The deprecated subcode constant is on the object, not in the code union.
    expect(module).not.toMatch(/export type WhatsAppErrorCode =[^;]*2388040/);
  });

  it('documents subcodes, next steps with their delays, arrival paths and the codes left out', () => {
    const dir = workspace(SMALL_CATALOG);
    generate(options(dir));
    const docs = read(dir, 'codes.md');
    expect(docs).toContain('| 131049 | `HEALTHY_ECOSYSTEM_LIMIT` | [Healthy ecosystem](' + DOCS_URL + ') | Withheld. | `wait` ≥ 24 h | response |  |');
    expect(docs).toContain('| 131047 | `RE_ENGAGEMENT_MESSAGE_REQUIRED` | [Re-engagement message](' + DOCS_URL + ') | The 24-hour window has closed. | `send-template` | status, response | 400 |');
    expect(docs).toContain('| 131000 | `SOMETHING_WENT_WRONG` | [Something went wrong](' + DOCS_URL + ') | Meta hit an internal error \\| retry. | `retry` (at most once) | response |  |');
    expect(docs).toContain('| 100 `INVALID_PARAMETER` | 2388040 | `TEMPLATE_CHARACTER_LIMIT_EXCEEDED` | [Character limit exceeded](' + DOCS_URL + ') | A template field is too long. | `fix-request` |');
    expect(docs).toContain('| 2494164, 2494165 | In-App Signup | Meanings not verifiable. |');
  });

  it('writes nothing the second time and reports both files unchanged', () => {
    const dir = workspace(SMALL_CATALOG);
    generate(options(dir));
    expect(generate(options(dir))).toEqual({ changed: [], unchanged: ['out/catalog.ts', 'out/codes.md'] });
  });

  it('writes the JSON schema when asked, derived from the field specs', () => {
    const dir = workspace(SMALL_CATALOG);
    generate(options(dir, { schemaPath: join(dir, 'out', 'catalog.schema.json') }));
    const schema = JSON.parse(read(dir, 'catalog.schema.json')) as { required: string[]; properties: Record<string, { items: { required: string[] } }> };
    expect(schema.required).toEqual(['codes']);
    expect(schema.properties['codes']!.items.required).toEqual(['code', 'name', 'title', 'category', 'class', 'summary', 'retry', 'arrives', 'aliases', 'keywords', 'docsUrl']);
    expect(Object.keys(schema.properties)).toEqual(['$schema', 'classes', 'codes', 'subcodes', 'retired', 'excluded', 'foreign']);
  });

  it('writes only the module when no docs path is given', () => {
    const dir = workspace(SMALL_CATALOG);
    const { docsPath: _docs, ...withoutDocs } = options(dir);
    expect(generate(withoutDocs).changed).toEqual(['out/catalog.ts']);
    expect(existsSync(join(dir, 'out', 'codes.md'))).toBe(false);
  });

  it('produces identical text from the same input twice', () => {
    const first = workspace(SMALL_CATALOG);
    const second = workspace(SMALL_CATALOG);
    generate(options(first));
    generate(options(second));
    expect(read(second, 'catalog.ts')).toBe(read(first, 'catalog.ts'));
    expect(read(second, 'codes.md')).toBe(read(first, 'codes.md'));
  });

  it('produces identical text when entries and their keys are shuffled', () => {
    const ordered = workspace(SMALL_CATALOG);
    const reordered = workspace(shuffled(SMALL_CATALOG));
    generate(options(ordered));
    generate(options(reordered));
    expect(read(reordered, 'catalog.ts')).toBe(read(ordered, 'catalog.ts'));
    expect(read(reordered, 'codes.md')).toBe(read(ordered, 'codes.md'));
  });

  it('sorts entries by code in the module', () => {
    const dir = workspace(shuffled(SMALL_CATALOG));
    generate(options(dir));
    const module = read(dir, 'catalog.ts');
    const order = ['INVALID_PARAMETER: 100', 'API_PERMISSION: 200', 'SOMETHING_WENT_WRONG: 131000', 'MESSAGE_UNDELIVERABLE: 131026', 'RE_ENGAGEMENT_MESSAGE_REQUIRED: 131047'].map((text) => module.indexOf(text));
    expect(order.every((index) => index > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('heads both files as generated, naming the catalog and the command', () => {
    const dir = workspace(SMALL_CATALOG);
    generate(options(dir, { command: 'npm run codes' }));
    expect(read(dir, 'catalog.ts').split('\n').slice(0, 4)).toEqual([
      '/*',
      ' * GENERATED FILE: do not edit by hand. Generated from catalog.json',
      ' * by the whatsapp-error-codes generator; edit the catalog and run `npm run codes`.',
      ' */',
    ]);
    expect(read(dir, 'codes.md').split('\n')[0]).toBe('<!-- GENERATED FILE: do not edit by hand. Generated from catalog.json; edit the catalog and run `npm run codes`. -->');
  });

  it('defaults the command shown in the header to the CLI invocation that regenerates the same files', () => {
    const dir = workspace(SMALL_CATALOG);
    generate(options(dir));
    const command = 'npx whatsapp-error-codes generate catalog.json --module out/catalog.ts --docs out/codes.md';
    expect(read(dir, 'catalog.ts')).toContain(`edit the catalog and run \`${command}\`.`);
    // The command works: run as the header says, from the same directory, it finds everything up to date.
    const args = command.split(' ').slice(2);
    expect(runCli([...args, '--check'], { cwd: dir })).toEqual({ stdout: 'Up to date: out/catalog.ts, out/codes.md.', stderr: '', exitCode: 0 });
  });

  it('refuses to create a directory outside the working directory, unless allowed', () => {
    const dir = workspace(SMALL_CATALOG);
    const outside = mkdtempSync(join(tmpdir(), 'wec-outside-'));
    tempDirs.push(outside);
    const target = join(outside, 'new', 'catalog.ts');
    expect(() => generate(options(dir, { modulePath: target, docsPath: undefined as never }))).toThrowError(
      new GeneratorError(`refusing to create ${join(outside, 'new')}, outside the working directory ${dir}: create it first, or pass --allow-outside-cwd`),
    );
    expect(existsSync(join(outside, 'new'))).toBe(false);
    // An existing directory outside is fine, and so is creating one when allowed.
    generate({ catalogPath: join(dir, 'catalog.json'), modulePath: join(outside, 'catalog.ts'), cwd: dir });
    expect(existsSync(join(outside, 'catalog.ts'))).toBe(true);
    generate({ catalogPath: join(dir, 'catalog.json'), modulePath: target, cwd: dir, allowOutsideCwd: true });
    expect(existsSync(target)).toBe(true);
  });

  it('escapes a comment terminator in catalog text', () => {
    const dir = workspace({ ...SMALL_CATALOG, codes: [{ ...SMALL_CATALOG.codes[0]!, summary: 'Ends */ here.' }], subcodes: [], retired: [] });
    generate(options(dir));
    expect(read(dir, 'catalog.ts')).toContain('Ends *\\/ here.');
  });

  it('groups the docs by category, in sender, recipient, platform order', () => {
    const dir = workspace(SMALL_CATALOG);
    generate(options(dir));
    const sections = read(dir, 'codes.md').split('\n## ').slice(1);
    expect(sections.map((section) => section.split('\n')[0])).toEqual(['Sender (3)', 'Recipient (1)', 'Platform (2)', 'Error subcodes', 'Retired codes', 'Not in the catalog']);
    const rowsOf = (section: string): string[] => section.split('\n').filter((line) => /^\| \d/.test(line)).map((line) => line.split(' | ')[1]!);
    expect(sections.slice(0, 3).map(rowsOf)).toEqual([['`INVALID_PARAMETER`', '`API_PERMISSION`', '`RE_ENGAGEMENT_MESSAGE_REQUIRED`'], ['`MESSAGE_UNDELIVERABLE`'], ['`SOMETHING_WENT_WRONG`', '`HEALTHY_ECOSYSTEM_LIMIT`']]);
    expect(sections[0]).toContain('| 200–202 | `API_PERMISSION` | [API Permission](' + DOCS_URL + ') | A permission is missing. | `fix-account` | response |  |');
  });

  it('lists retired codes in the docs with their replacements', () => {
    const dir = workspace(SMALL_CATALOG);
    generate(options(dir));
    const docs = read(dir, 'codes.md');
    expect(docs).toContain('| 470 | retired On-Premises | Re-engagement message | 131047 `RE_ENGAGEMENT_MESSAGE_REQUIRED` |');
    expect(docs).toContain('| 9999 | retired Cloud API | Old cloud code | — |');
    expect(docs).toContain('6 catalog entries (8 codes, ranges counted per value), 1 error subcodes and 2 retired codes.');
  });

  describe('check mode', () => {
    it('reports missing files as stale and writes nothing', () => {
      const dir = workspace(SMALL_CATALOG);
      expect(generate(options(dir, { check: true }))).toEqual({ changed: ['out/catalog.ts', 'out/codes.md'], unchanged: [] });
      expect(existsSync(join(dir, 'out'))).toBe(false);
    });

    it('reports files made stale by a catalog edit and leaves them as they were', () => {
      const dir = workspace(SMALL_CATALOG);
      generate(options(dir));
      const [moduleBefore, docsBefore] = [read(dir, 'catalog.ts'), read(dir, 'codes.md')];
      const edited = { ...SMALL_CATALOG, codes: SMALL_CATALOG.codes.map((entry) => (entry.code === 131026 ? { ...entry, summary: 'Changed.' } : entry)) };
      writeFileSync(join(dir, 'catalog.json'), JSON.stringify(edited));
      expect(generate(options(dir, { check: true }))).toEqual({ changed: ['out/catalog.ts', 'out/codes.md'], unchanged: [] });
      expect(read(dir, 'catalog.ts')).toBe(moduleBefore);
      expect(read(dir, 'codes.md')).toBe(docsBefore);
    });

    it('reports a hand-edited generated file as stale', () => {
      const dir = workspace(SMALL_CATALOG);
      generate(options(dir));
      writeFileSync(join(dir, 'out', 'codes.md'), read(dir, 'codes.md') + 'hand edit\n');
      expect(generate(options(dir, { check: true }))).toEqual({ changed: ['out/codes.md'], unchanged: ['out/catalog.ts'] });
    });

    it('reports up-to-date files as unchanged', () => {
      const dir = workspace(SMALL_CATALOG);
      generate(options(dir));
      expect(generate(options(dir, { check: true }))).toEqual({ changed: [], unchanged: ['out/catalog.ts', 'out/codes.md'] });
    });
  });

  describe('refuses bad input and writes nothing', () => {
    function expectNothingWritten(dir: string): void {
      expect(existsSync(join(dir, 'out', 'catalog.ts'))).toBe(false);
      expect(existsSync(join(dir, 'out', 'codes.md'))).toBe(false);
    }

    it('an invalid catalog: CatalogValidationError naming the file, entry and field', () => {
      const broken = { ...SMALL_CATALOG, codes: [...SMALL_CATALOG.codes, { ...SMALL_CATALOG.codes[1]!, code: 131027, name: 'SECOND', keywords: { en: ['second'] }, category: 'nobody' }] };
      const dir = workspace(broken);
      expect(() => generate(options(dir))).toThrowError(CatalogValidationError);
      expect(() => generate(options(dir))).toThrowError(
        'catalog.json is not a valid WhatsApp error-code catalog (1 problem):\n  - codes[6] (131027 SECOND): field "category" must be one of sender, recipient, platform, got "nobody"',
      );
      expectNothingWritten(dir);
    });

    it('invalid JSON: GeneratorError saying the catalog is not valid JSON', () => {
      const dir = workspace('{ "codes": [ ');
      expect(() => generate(options(dir))).toThrowError(GeneratorError);
      expect(() => generate(options(dir))).toThrowError(/^catalog catalog\.json is not valid JSON: /);
      expectNothingWritten(dir);
    });

    it('a missing catalog file: GeneratorError saying it cannot be read', () => {
      const dir = workspace(SMALL_CATALOG);
      const missing = options(dir, { catalogPath: join(dir, 'missing.json') });
      expect(() => generate(missing)).toThrowError(GeneratorError);
      expect(() => generate(missing)).toThrowError(/^cannot read catalog missing\.json: ENOENT/);
      expectNothingWritten(dir);
    });
  });
});

describe("the package's own generated files", () => {
  it('`npm run generate -- --check` passes on the checkout', () => {
    const stdout = execFileSync('npx', ['tsx', 'scripts/generate.ts', '--check'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(stdout).toContain('Generated files are up to date (src/generated/catalog.ts, docs/codes.md, src/catalog/catalog.schema.json).');
  });

  describe('on a copy of the checkout', () => {
    /** Copies catalog, module and docs to a temp folder laid out like the package, with the script's options. */
    function copyOfCheckout(): { dir: string; options: GenerateOptions } {
      const dir = mkdtempSync(join(tmpdir(), 'wec-copy-'));
      tempDirs.push(dir);
      for (const file of ['src/catalog/catalog.json', 'src/generated/catalog.ts', 'docs/codes.md', 'src/catalog/catalog.schema.json']) {
        mkdirSync(join(dir, file, '..'), { recursive: true });
        cpSync(join(ROOT, file), join(dir, file));
      }
      return {
        dir,
        options: {
          catalogPath: join(dir, 'src/catalog/catalog.json'),
          modulePath: join(dir, 'src/generated/catalog.ts'),
          docsPath: join(dir, 'docs/codes.md'),
          schemaPath: join(dir, 'src/catalog/catalog.schema.json'),
          typesFrom: '../catalog/schema.js',
          command: 'npm run generate',
          check: true,
          cwd: dir,
        },
      };
    }

    it('check finds the copy up to date', () => {
      expect(generate(copyOfCheckout().options)).toEqual({ changed: [], unchanged: ['src/generated/catalog.ts', 'docs/codes.md', 'src/catalog/catalog.schema.json'] });
    });

    it('check fails once the copied catalog changes, and writes nothing', () => {
      const { dir, options: checkOptions } = copyOfCheckout();
      const catalogFile = join(dir, 'src/catalog/catalog.json');
      const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as { codes: { code: number; summary: string }[] };
      const entry = catalog.codes.find((item) => item.code === 131047)!;
      entry.summary += ' Edited.';
      writeFileSync(catalogFile, JSON.stringify(catalog, null, 2));
      const moduleBefore = readFileSync(checkOptions.modulePath, 'utf8');
      expect(generate(checkOptions)).toEqual({ changed: ['src/generated/catalog.ts', 'docs/codes.md'], unchanged: ['src/catalog/catalog.schema.json'] });
      expect(readFileSync(checkOptions.modulePath, 'utf8')).toBe(moduleBefore);
    });
  });
});

describe('a generated module for a user catalog', () => {
  /** Generates into a temp folder under test/ and returns the TypeScript diagnostics of the module. */
  function diagnosticsOf(typesFrom: string): string[] {
    const dir = workspace(SMALL_CATALOG, join(ROOT, 'test'), '.tmp-generated-');
    const modulePath = join(dir, 'whatsapp-codes.ts');
    generate({ catalogPath: join(dir, 'catalog.json'), modulePath, typesFrom, cwd: dir });
    const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (path) => ts.sys.readFile(path));
    const { options: compilerOptions } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
    const program = ts.createProgram([modulePath], { ...compilerOptions, noEmit: true });
    return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  }

  it('type-checks with no diagnostics', () => {
    expect(diagnosticsOf('../../src/catalog/schema.js')).toEqual([]);
  });

  it('fails to type-check when its types module cannot be found (the check is real)', () => {
    expect(diagnosticsOf('../../src/catalog/no-such-module.js').join('\n')).toContain("Cannot find module '../../src/catalog/no-such-module.js'");
  });
});
