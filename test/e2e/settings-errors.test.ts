/**
 * Bad `settings['whatsapp-errors']` through ESLint 10's own CLI and Node API, with the built plugin
 * (rules/dist, made by `npm run build`): the run stops with exit code 2 and prints ESLint's banner
 * and the one line of the settings error, once, with no stack frame and no rule named. One temporary
 * project, one config file per kind of bad settings, the CLI runs in parallel.
 *
 * ESLint prints a fatal error's `stack` (bin/eslint.js, `getErrorMessage`) and, when a rule throws,
 * rewrites its `message` ("Error while loading rule …", "Occurred while linting …", "Rule: …");
 * `SettingsError` is shaped so that neither reaches the user.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pluginEntry = join(root, 'rules/dist/index.js');
/** What `node_modules/.bin/eslint` runs, started with this Node so that it runs the same everywhere. */
const eslintBin = join(root, 'node_modules/eslint/bin/eslint.js');
const eslintVersion = (JSON.parse(readFileSync(join(root, 'node_modules/eslint/package.json'), 'utf8')) as { version: string }).version;
const work = mkdtempSync(join(tmpdir(), 'wa-settings-'));

const S = "Invalid settings['whatsapp-errors']";

interface Case {
  readonly name: string;
  /** The config's `settings`, as JavaScript source: NaN and Infinity are no JSON. */
  readonly settings: string;
  readonly message: string;
}

const CASES: readonly Case[] = [
  {
    name: 'a NaN code',
    settings: `{ 'whatsapp-errors': { additionalCodes: [{ code: 131099, name: 'NEW_CODE', category: 'sender' }, { code: NaN, name: 'OTHER_CODE', category: 'sender' }] } }`,
    message: `${S}.additionalCodes[1].code: must be a non-negative integer, got NaN. Write the numeric code Meta sends, such as 131099.`,
  },
  {
    name: 'an Infinity code',
    settings: `{ 'whatsapp-errors': { additionalCodes: [{ code: Infinity, name: 'NEW_CODE', category: 'sender' }] } }`,
    message: `${S}.additionalCodes[0].code: must be a non-negative integer, got Infinity. Write the numeric code Meta sends, such as 131099.`,
  },
  {
    name: 'a code written as a string',
    settings: `{ 'whatsapp-errors': { additionalCodes: [{ code: '131099', name: 'NEW_CODE', category: 'sender' }] } }`,
    message: `${S}.additionalCodes[0].code: must be a non-negative integer, got "131099". Write 131099, without quotes.`,
  },
  {
    name: 'an additionalCodes name that is a catalog constant',
    settings: `{ 'whatsapp-errors': { additionalCodes: [{ code: 131099, name: 'API_UNKNOWN', category: 'sender' }] } }`,
    message: `${S}.additionalCodes[0].name: is already the name of the kit's WhatsAppErrorCode.API_UNKNOWN (code 1), got "API_UNKNOWN". Choose a name of your own, such as "API_UNKNOWN_131099".`,
  },
  {
    name: 'an empty codeNames',
    settings: `{ 'whatsapp-errors': { codeNames: [] } }`,
    message: `${S}.codeNames: must list at least one name, got []. Leave codeNames out for the defaults: an empty list would switch off every check that finds codes by the name that holds them.`,
  },
  {
    name: 'a dotted codeNames entry',
    settings: `{ 'whatsapp-errors': { codeNames: ['err.code'] } }`,
    message: `${S}.codeNames[0]: must be a name, not a path, got "err.code". Write "code", which matches every ….code.`,
  },
  {
    name: 'a mistyped setting',
    settings: `{ 'whatsapp-errors': { codename: ['code'] } }`,
    message: `${S}.codename: unknown setting (allowed: additionalCodes, codeNames, tableNames), got ["code"]. Rename it codeNames.`,
  },
  {
    name: 'settings that are no object',
    settings: `{ 'whatsapp-errors': 42 }`,
    message: `${S}: must be an object, got 42. Write an object with any of additionalCodes, codeNames, tableNames, or leave settings['whatsapp-errors'] out for the defaults.`,
  },
  ...[
    ['whatsapp-error-codes', ' (the rule prefix, not the package name)'],
    ['eslint-plugin-whatsapp-errors', ' (the rule prefix, not the package name)'],
    ['whatsapp-error', ''],
    ['whatsappErrors', ''],
  ].map(
    ([key, why]): Case => ({
      name: `settings under '${key}'`,
      settings: `{ '${key}': { codeNames: ['reason'] } }`,
      message: `Invalid settings['${key}']: not read by eslint-plugin-whatsapp-errors, got { codeNames: ["reason"] }. Write them under settings['whatsapp-errors'] instead${why}.`,
    }),
  ),
];

/** A file every rule has something to read in (a typo of 131047, a magic number, a switch), and a second one. */
const FILES = ['check.js', 'other.js'];

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function eslint(args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [eslintBin, ...args], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function writeConfig(file: string, settings: string): void {
  const source = [
    `import plugin from ${JSON.stringify(pathToFileURL(pluginEntry).href)};`,
    `export default [plugin.configs.strict, { settings: ${settings} }];`,
    '',
  ].join('\n');
  writeFileSync(join(work, file), source);
}

const runs = new Map<string, Run>();
let goodRun: Run;
let concurrentRun: Run;

beforeAll(async () => {
  const builtSettings = join(root, 'rules/dist/utils/settings.js');
  if (!existsSync(pluginEntry) || statSync(builtSettings).mtimeMs < statSync(join(root, 'rules/utils/settings.ts')).mtimeMs) {
    throw new Error('rules/dist is missing or older than rules/utils/settings.ts: run `npm run build` first.');
  }
  writeFileSync(join(work, 'package.json'), '{ "private": true, "type": "module" }\n');
  writeFileSync(join(work, 'check.js'), 'if (err.code === 131074) {}\nswitch (err.code) {\n  case 131047: break;\n}\n');
  writeFileSync(join(work, 'other.js'), 'export const retryAfter = (err) => err.code === 130429;\n');
  writeConfig('good.config.js', `{ 'whatsapp-errors': { additionalCodes: [{ code: 131099, name: 'NEW_CODE', category: 'sender' }], codeNames: ['code'] } }`);
  CASES.forEach((testCase, index) => writeConfig(`bad-${index}.config.js`, testCase.settings));
  const [good, concurrent, ...bad] = await Promise.all([
    eslint(['--config', 'good.config.js', ...FILES]),
    eslint(['--config', 'bad-0.config.js', '--concurrency=2', ...FILES]),
    ...CASES.map((_, index) => eslint(['--config', `bad-${index}.config.js`, ...FILES])),
  ]);
  goodRun = good!;
  concurrentRun = concurrent!;
  CASES.forEach((testCase, index) => runs.set(testCase.name, bad[index]!));
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What the CLI prints for a fatal error whose stack is `message`: ESLint's banner, then the one line. */
const printed = (message: string): string => `\nOops! Something went wrong! :(\n\nESLint: ${eslintVersion}\n\n${message}\n`;

function expectOneLine(run: Run, message: string): void {
  const output = run.stdout + run.stderr;
  expect(run.status).toBe(2);
  expect(output.split(message)).toHaveLength(2); // the message, once
  expect(output).not.toMatch(/^ {4}at /m); // no stack frame
  expect(output).not.toContain('whatsapp-errors/'); // no rule named
  expect(output).not.toContain('Error while loading rule');
  expect(output).not.toContain('Occurred while linting');
  expect(output).not.toContain('Rule:');
  expect(run.stdout).toBe('');
  expect(run.stderr).toBe(printed(message));
}

describe(`bad settings through the ESLint ${eslintVersion} CLI`, () => {
  it('good settings lint as usual (the harness loads the plugin and the config)', () => {
    expect(goodRun.stderr).toBe('');
    expect(goodRun.status).toBe(1);
    expect(goodRun.stdout).toContain('whatsapp-errors/no-unknown-code');
  });

  it.each(CASES.map((testCase) => [testCase.name, testCase.message] as const))('%s: exit code 2 and the one line, once, with no stack and no rule', (name, message) => {
    expectOneLine(runs.get(name)!, message);
  });

  it('the same with --concurrency=2 (the error crosses from a worker thread)', () => {
    expectOneLine(concurrentRun, CASES[0]!.message);
  });
});

describe(`bad settings through the ESLint ${eslintVersion} Node API`, () => {
  it('lintText rejects with the one line as message and stack, whichever rule reads the settings first', async () => {
    const plugin = createRequire(import.meta.url)(pluginEntry) as { configs: { strict: Linter.Config } };
    const message = CASES[0]!.message;
    const settings = { 'whatsapp-errors': { additionalCodes: [{ code: 131099, name: 'NEW_CODE', category: 'sender' }, { code: NaN, name: 'OTHER_CODE', category: 'sender' }] } };
    for (const rule of Object.keys(plugin.configs.strict.rules!)) {
      const eslint = new ESLint({
        cwd: work,
        overrideConfigFile: true,
        overrideConfig: [{ plugins: plugin.configs.strict.plugins!, rules: { [rule]: plugin.configs.strict.rules![rule]! }, settings }],
      });
      const error = (await eslint.lintText('if (err.code === 131074) {}\n').catch((caught: unknown) => caught)) as Error;
      expect(error, rule).toBeInstanceOf(Error);
      expect(error.message, rule).toBe(message);
      expect(error.stack, rule).toBe(message);
    }
  });
});
