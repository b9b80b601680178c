/**
 * `eslint --fix` with prefer-code-constant must leave a TypeScript project type-checking exactly as
 * before: `tsc` on test/fixtures/fix/typecheck before and after the fix prints the same
 * diagnostics (the fixture keeps one error on purpose, an `as const` tuple's `.includes(number)`,
 * so "the same" is not just "none"). Run with the built plugin (rules/dist) and the built kit
 * (src/dist, which `tsc` reads through node_modules as a user's project would), through ESLint's
 * Node API with typescript-eslint's parser, once without and once with type information.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = join(root, 'test/fixtures/fix/typecheck');
const pluginEntry = join(root, 'rules/dist/index.js');
const tscBin = join(root, 'node_modules/typescript/bin/tsc');
const work = mkdtempSync(join(tmpdir(), 'wa-fix-typecheck-'));
const RULE = 'whatsapp-errors/prefer-code-constant';

/** One `tsc` diagnostic without its position (the fix moves lines and columns): file, code, message. */
type Diagnostic = string;

function tsc(dir: string): Promise<Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tscBin, '-p', '.', '--pretty', 'false'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', () => {
      const diagnostics: Diagnostic[] = [];
      for (const line of stdout.split('\n')) {
        const match = /^(.+?)\(\d+,\d+\): error (TS\d+): (.*)$/.exec(line);
        if (match) diagnostics.push(`${match[1]} ${match[2]} ${match[3]}`);
        else if (line.startsWith(' ') && diagnostics.length > 0) diagnostics[diagnostics.length - 1] += `\n${line}`;
      }
      resolve(diagnostics.sort());
    });
  });
}

interface Project {
  readonly dir: string;
  after: Diagnostic[];
  /** prefer-code-constant's messages left after the fix: `file:line message`, and whether each has a suggestion. */
  left: string[];
  source(file: string): string;
}

function project(name: string): Project {
  const dir = join(work, name);
  cpSync(fixture, dir, { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(join(root, 'src'), join(dir, 'node_modules/whatsapp-error-codes'), 'dir');
  return { dir, after: [], left: [], source: (file) => readFileSync(join(dir, 'src', file), 'utf8') };
}

async function fix(target: Project, typed: boolean): Promise<void> {
  const plugin = createRequire(import.meta.url)(pluginEntry) as NonNullable<Linter.Config['plugins']>[string];
  const languageOptions: Linter.LanguageOptions = {
    parser: tsParser as Linter.Parser,
    ...(typed && { parserOptions: { projectService: true, tsconfigRootDir: target.dir } }),
  };
  const eslint = new ESLint({
    cwd: target.dir,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions, plugins: { 'whatsapp-errors': plugin }, rules: { [RULE]: ['warn', { tables: true }] } }],
    fix: true,
  });
  const results = await eslint.lintFiles(['src']);
  await ESLint.outputFixes(results);
  for (const result of results) {
    for (const message of result.messages) {
      expect(message.ruleId, message.message).toBe(RULE);
      target.left.push(`${result.filePath.slice(target.dir.length + 1)}:${message.line} ${message.message}${message.suggestions?.length ? ' (suggestion)' : ''}`);
    }
  }
}

const pristine = project('before');
const untyped = project('untyped');
const typed = project('typed');
let before: Diagnostic[] = [];

beforeAll(async () => {
  for (const [built, source] of [
    [pluginEntry, 'rules/prefer-code-constant.ts'],
    [join(root, 'src/dist/esm/index.d.ts'), 'src/index.ts'],
  ] as const) {
    if (!existsSync(built) || statSync(built).mtimeMs < statSync(join(root, source)).mtimeMs) throw new Error(`${built} is missing or older than ${source}: run \`npm run build\` first.`);
  }
  [before] = await Promise.all([tsc(pristine.dir), fix(untyped, false), fix(typed, true)]);
  [untyped.after, typed.after] = await Promise.all([tsc(untyped.dir), tsc(typed.dir)]);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each([
  ['without type information', untyped],
  ['with type information', typed],
])('eslint --fix %s, then tsc', (_mode, target) => {
  it('prints the same diagnostics after it as before', () => {
    expect(before).toEqual(["src/lists.ts TS2345 Argument of type 'number' is not assignable to parameter of type '131047 | 131026'."]);
    expect(target.after).toEqual(before);
  });

  it('widens the collections that are tested with a number, and only those', () => {
    const sets = target.source('sets.ts');
    expect(sets).toContain('const PERMANENT = new Set<number>([WhatsAppErrorCode.MESSAGE_UNDELIVERABLE, WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED]);');
    expect(sets).toContain('export const RETRYABLE_CODES: ReadonlySet<number> = new Set([WhatsAppErrorCode.RATE_LIMIT_HIT, WhatsAppErrorCode.PAIR_RATE_LIMIT_HIT]);');
    expect(sets).toContain('const LOGGED_CODES = new Set([WhatsAppErrorCode.SOMETHING_WENT_WRONG, WhatsAppErrorCode.RECIPIENT_OPTED_OUT_OF_MARKETING]);');
    expect(sets).toContain('static readonly FATAL = new Set<number>([');
    expect(sets).toContain('private readonly throttled = new Set<number>([');
    expect(sets).toContain('const TYPED: ReadonlySet<WhatsAppErrorCode> = new Set([WhatsAppErrorCode.MESSAGE_UNDELIVERABLE, WhatsAppErrorCode.RECIPIENT_OPTED_OUT_OF_MARKETING]);');
    const lists = target.source('lists.ts');
    expect(lists).toContain('const PERMANENT_CODES: number[] = [WhatsAppErrorCode.MESSAGE_UNDELIVERABLE, WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED];');
    expect(lists).toContain('const WINDOW_CODES = [WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED, WhatsAppErrorCode.MESSAGE_UNDELIVERABLE] as const;');
    expect(lists).toContain('const FROZEN = Object.freeze<number[]>([');
    expect(lists).toContain('([WhatsAppErrorCode.RATE_LIMIT_HIT, WhatsAppErrorCode.PAIR_RATE_LIMIT_HIT] as number[]).includes(code)');
    expect(target.source('tables.ts')).toContain('const LABELS = new Map<number, string>([');
  });

  it('puts the import after the directive and the license, in the file’s style', () => {
    expect(target.source('client.ts')).toMatch(/^'use client';\n\nimport \{ WhatsAppErrorCode \} from 'whatsapp-error-codes';\n\nexport function/);
    expect(target.source('header.ts')).toMatch(/^\/\*\n \* Copyright \(c\) Example\. Licensed under the MIT license\.\n \*\/\n\nimport \{ WhatsAppErrorCode \} from 'whatsapp-error-codes';\n\nexport function/);
    expect(target.source('existing.ts')).toMatch(/^import \{ categoryOf, WhatsAppErrorCode \} from 'whatsapp-error-codes';\n/);
  });
});

it('fixes every literal, except (as suggestions) the arguments whose type only type information tells', () => {
  expect(untyped.left).toEqual([
    'src/contexts.ts:16 Use WhatsAppErrorCode.RATE_LIMIT_HIT instead of the magic number 130429. (suggestion)',
    'src/contexts.ts:16 Use WhatsAppErrorCode.PAIR_RATE_LIMIT_HIT instead of the magic number 131056. (suggestion)',
    'src/contexts.ts:17 Use WhatsAppErrorCode.RATE_LIMIT_HIT instead of the magic number 130429. (suggestion)',
    'src/contexts.ts:17 Use WhatsAppErrorCode.PAIR_RATE_LIMIT_HIT instead of the magic number 131056. (suggestion)',
  ]);
  expect(typed.left).toEqual([]);
  // With types: the contextual type keeps a parameter's argument as it is; a generic call's is widened.
  expect(typed.source('contexts.ts')).toContain('register({ RETRY_CODES: [WhatsAppErrorCode.RATE_LIMIT_HIT, WhatsAppErrorCode.PAIR_RATE_LIMIT_HIT] });');
  expect(typed.source('contexts.ts')).toContain('configure({ RETRY_CODES: [WhatsAppErrorCode.RATE_LIMIT_HIT, WhatsAppErrorCode.PAIR_RATE_LIMIT_HIT] as number[] });');
});
