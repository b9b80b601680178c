/**
 * `npm run smoke`: lints large real code bases that no one here wrote with `configs.all`, and
 * fails (exit 1) on any rule crash, any report outside its file, or any fix or suggestion whose
 * output does not parse. The corpora are the sources in this project's own node_modules, so they
 * are always there:
 *
 *   - typescript/lib/*.d.ts                        untyped (typescript-eslint's parser)
 *   - @typescript-eslint/**                        untyped (.d.ts with typescript-eslint, .js with espree)
 *   - eslint/lib/**                                untyped (espree)
 *   - @typescript-eslint/* /dist/**\/*.{d.ts,js}    typed, one ts.Program (allowJs) for all of them
 *
 * Prints files, files/s (of the plain lint pass) and every report: none of this code handles
 * WhatsApp errors, so each report is a false positive to examine.
 *
 * Options: `--only <corpus name substring>`, `--limit <files per corpus>`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Linter } from 'eslint';
import ts from 'typescript';
import {
  ALL_FILES,
  applyFix,
  checkLintResult,
  isNotLinted,
  languageOptions,
  lintConfig,
  parseErrors,
  positionProblems,
  ruleConfig,
  type Dialect,
} from '../test/property/harness.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const nodeModules = join(root, 'node_modules');
const PLUGIN_PREFIX = 'whatsapp-errors/';

const { values: args } = parseArgs({ options: { only: { type: 'string' }, limit: { type: 'string' } }, strict: true });
const limit = args.limit === undefined ? Infinity : Number(args.limit);

// ── Files ────────────────────────────────────────────────────────────────────────────────────

const SOURCE = /\.(?:d\.)?(?:[cm]?ts|tsx|[cm]?js|jsx)$/;

/** Files under `dir` whose path matches, skipping nested node_modules. */
function walk(dir: string, accept: (path: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') found.push(...walk(path, accept));
    } else if (entry.isFile() && accept(path)) {
      found.push(path);
    }
  }
  return found.sort();
}

const packageTypes = new Map<string, string>();

/** `module` or `commonjs`, from the nearest package.json with a name or type. */
function packageType(dir: string): string {
  const cached = packageTypes.get(dir);
  if (cached) return cached;
  let type = 'commonjs';
  try {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { type?: string; name?: string };
    type = pkg.type ?? (pkg.name === undefined && dirname(dir) !== dir ? packageType(dirname(dir)) : 'commonjs');
  } catch {
    type = dirname(dir) === dir ? 'commonjs' : packageType(dirname(dir));
  }
  packageTypes.set(dir, type);
  return type;
}

function dialectOf(file: string): Dialect {
  if (file.endsWith('.tsx')) return 'tsx';
  if (file.endsWith('.cts')) return 'cts';
  if (/\.[cm]?ts$/.test(file)) return 'ts';
  if (file.endsWith('.jsx')) return 'jsx';
  if (file.endsWith('.mjs')) return 'js';
  if (file.endsWith('.cjs')) return 'cjs';
  return packageType(dirname(file)) === 'module' ? 'js' : 'cjs';
}

// ── Results ──────────────────────────────────────────────────────────────────────────────────

interface CorpusResult {
  readonly name: string;
  readonly mode: 'untyped' | 'typed';
  files: number;
  bytes: number;
  /** Seconds of the plain lint pass (what a user waits for). */
  lintSeconds: number;
  /** Seconds including the fix and suggestion checks. */
  totalSeconds: number;
  setupSeconds: number;
  readonly reports: string[];
  readonly crashes: string[];
  readonly brokenFixes: string[];
  readonly unparsableInputs: string[];
}

const shown = (file: string): string => relative(nodeModules, file);

function excerpt(text: string, line: number): string {
  const source = text.replace(/^\uFEFF/, '').split(/\r\n|[\r\n\u2028\u2029]/)[line - 1] ?? '';
  const trimmed = source.trim();
  return trimmed.length > 140 ? `${trimmed.slice(0, 137)}...` : trimmed;
}

function newResult(name: string, mode: CorpusResult['mode']): CorpusResult {
  return { name, mode, files: 0, bytes: 0, lintSeconds: 0, totalSeconds: 0, setupSeconds: 0, reports: [], crashes: [], brokenFixes: [], unparsableInputs: [] };
}

/** Lints one file and runs every check on it; `config` is the lint config, `fixConfig` the untyped one fixes are checked with. */
function lintFile(linter: Linter, result: CorpusResult, file: string, dialect: Dialect, config: Linter.Config[], fixConfig: Linter.Config[] | undefined): void {
  const text = readFileSync(file, 'utf8');
  result.files++;
  result.bytes += Buffer.byteLength(text);
  const start = performance.now();
  let messages: Linter.LintMessage[];
  try {
    messages = linter.verify(text, config, file);
  } catch (error) {
    result.crashes.push(`${shown(file)}: ${(error as Error).stack ?? String(error)}`);
    return;
  } finally {
    result.lintSeconds += (performance.now() - start) / 1000;
  }
  const notParsed = messages.filter((message) => message.fatal || isNotLinted(message));
  if (notParsed.length > 0) {
    result.unparsableInputs.push(`${shown(file)}: ${notParsed.map((message) => `${message.line}:${message.column} ${message.message}`).join('; ')}`);
    return;
  }
  const ours = messages.filter((message) => message.ruleId?.startsWith(PLUGIN_PREFIX));
  for (const message of ours) {
    result.reports.push(`${shown(file)}:${message.line}:${message.column} ${message.ruleId} ${message.message}\n      ${excerpt(text, message.line)}`);
  }
  for (const problem of positionProblems(text, ours)) result.brokenFixes.push(`${shown(file)}: ${problem}`);
  if (!ours.some((message) => message.fix || (message.suggestions?.length ?? 0) > 0)) return;
  if (fixConfig) {
    // Untyped: the full check (each fix and suggestion alone, the fix output, fixing twice).
    try {
      const check = checkLintResult(linter, text, dialect, fixConfig, file);
      for (const problem of check.problems) result.brokenFixes.push(`${shown(file)}: ${problem}`);
    } catch (error) {
      result.crashes.push(`${shown(file)} (while fixing): ${(error as Error).stack ?? String(error)}`);
    }
    return;
  }
  // Typed: the program is fixed, so each fix and suggestion is applied to the text and parsed.
  const body = text.replace(/^\uFEFF/, '');
  for (const message of ours) {
    for (const fix of [...(message.fix ? [message.fix] : []), ...(message.suggestions ?? []).map((suggestion) => suggestion.fix)]) {
      const errors = parseErrors(linter, applyFix(body, fix), dialect, file);
      if (errors.length > 0) result.brokenFixes.push(`${shown(file)}:${message.line}:${message.column} ${message.ruleId}: fix does not parse: ${errors.join('; ')}`);
    }
  }
}

// ── Corpora ──────────────────────────────────────────────────────────────────────────────────

const CANARY = 'if (err.code === 131074 || err.code === 131026 || err.code === 470) {}\n';

/** The config really runs the rules on files there: a known-bad snippet under a corpus path gets its three reports. */
function assertRulesRun(linter: Linter, files: readonly string[], configFor: (file: string) => Linter.Config[], name: string): void {
  const first = files[0];
  if (first === undefined) throw new Error(`corpus ${name} is empty`);
  const canaryFile = first.replace(/\.[^./]+$/, (extension) => `.canary${extension.startsWith('.d') ? '.ts' : extension}`);
  const ruleIds = linter.verify(CANARY, configFor(canaryFile), canaryFile).map((message) => message.ruleId);
  const expected = ['whatsapp-errors/no-unknown-code', 'whatsapp-errors/prefer-code-constant', 'whatsapp-errors/no-deprecated-code'];
  if (JSON.stringify(ruleIds) !== JSON.stringify(expected)) throw new Error(`the rules do not run on ${name}: canary got ${JSON.stringify(ruleIds)}`);
}

function untypedCorpus(name: string, files: string[]): CorpusResult {
  const result = newResult(name, 'untyped');
  const linter = new Linter({ cwd: root });
  assertRulesRun(linter, files, (file) => lintConfig(dialectOf(file), 'all'), name);
  const start = performance.now();
  for (const file of files.slice(0, limit)) {
    const dialect = dialectOf(file);
    const config = lintConfig(dialect, 'all');
    lintFile(linter, result, file, dialect, config, config);
  }
  result.totalSeconds = (performance.now() - start) / 1000;
  return result;
}

function typedCorpus(name: string, files: string[]): CorpusResult {
  const result = newResult(name, 'typed');
  const chosen = files.slice(0, limit);
  const setupStart = performance.now();
  const program = ts.createProgram({
    rootNames: chosen,
    options: { noEmit: true, allowJs: true, skipLibCheck: true, types: [], target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext },
  });
  program.getTypeChecker();
  result.setupSeconds = (performance.now() - setupStart) / 1000;
  const config: Linter.Config[] = [
    ...lintConfig('ts', 'all').slice(0, 1),
    { files: ALL_FILES, languageOptions: { ...languageOptions('ts'), parserOptions: { programs: [program] } } },
    ruleConfig('all'),
  ];
  const linter = new Linter({ cwd: root });
  const start = performance.now();
  // Every file goes through typescript-eslint's parser with the program; fixes are parsed in the file's own dialect.
  for (const file of chosen) lintFile(linter, result, file, dialectOf(file), config, undefined);
  result.totalSeconds = (performance.now() - start) / 1000;
  return result;
}

const typescriptEslintDir = join(nodeModules, '@typescript-eslint');
const corpora: { name: string; run: () => CorpusResult }[] = [
  { name: 'typescript/lib/*.d.ts', run: () => untypedCorpus('typescript/lib/*.d.ts', walk(join(nodeModules, 'typescript/lib'), (path) => dirname(path).endsWith('lib') && path.endsWith('.d.ts'))) },
  { name: '@typescript-eslint/**', run: () => untypedCorpus('@typescript-eslint/**', walk(typescriptEslintDir, (path) => SOURCE.test(path))) },
  { name: 'eslint/lib/**', run: () => untypedCorpus('eslint/lib/**', walk(join(nodeModules, 'eslint/lib'), (path) => SOURCE.test(path))) },
  {
    name: '@typescript-eslint/*/dist/**/*.{d.ts,js} (typed)',
    run: () =>
      typedCorpus(
        '@typescript-eslint/*/dist/**/*.{d.ts,js}',
        walk(typescriptEslintDir, (path) => /\.(?:d\.ts|js)$/.test(path) && relative(typescriptEslintDir, path).split('/')[1] === 'dist'),
      ),
  },
];

// ── Run ──────────────────────────────────────────────────────────────────────────────────────

const results: CorpusResult[] = [];
for (const corpus of corpora) {
  if (args.only !== undefined && !corpus.name.includes(args.only)) continue;
  process.stdout.write(`Linting ${corpus.name} ...\n`);
  results.push(corpus.run());
}

const pad = (value: string | number, width: number): string => String(value).padStart(width);
const NAME_WIDTH = Math.max(...results.map((r) => r.name.length)) + 2;
console.log(`\n${'corpus'.padEnd(NAME_WIDTH)}mode      files     MB   lint s  files/s  total s  reports  crashes  broken  unparsable`);
for (const r of results) {
  console.log(
    `${r.name.padEnd(NAME_WIDTH)}${r.mode.padEnd(8)}${pad(r.files, 7)}${pad((r.bytes / 1e6).toFixed(1), 7)}${pad(r.lintSeconds.toFixed(1), 9)}${pad(Math.round(r.files / Math.max(r.lintSeconds, 1e-9)), 9)}${pad((r.totalSeconds + r.setupSeconds).toFixed(1), 9)}${pad(r.reports.length, 9)}${pad(r.crashes.length, 9)}${pad(r.brokenFixes.length, 8)}${pad(r.unparsableInputs.length, 12)}`,
  );
}
const totalFiles = results.reduce((sum, r) => sum + r.files, 0);
const totalLint = results.reduce((sum, r) => sum + r.lintSeconds, 0);
console.log(`${'all'.padEnd(NAME_WIDTH + 8)}${pad(totalFiles, 7)}${pad((results.reduce((sum, r) => sum + r.bytes, 0) / 1e6).toFixed(1), 7)}${pad(totalLint.toFixed(1), 9)}${pad(Math.round(totalFiles / Math.max(totalLint, 1e-9)), 9)}`);
for (const r of results.filter((result) => result.setupSeconds > 0)) console.log(`(${r.name}: building the ts.Program took ${r.setupSeconds.toFixed(1)} s, not counted in files/s)`);

const section = (title: string, items: readonly string[]): void => {
  if (items.length === 0) return;
  console.log(`\n${title} (${items.length}):`);
  for (const item of items) console.log(`  ${item}`);
};
for (const r of results) {
  section(`Reports in ${r.name} [${r.mode}] — each is a false positive to examine`, r.reports);
  section(`Inputs that did not parse in ${r.name} [${r.mode}] (not the plugin's fault, but not covered)`, r.unparsableInputs);
  section(`CRASHES in ${r.name} [${r.mode}]`, r.crashes);
  section(`BROKEN FIXES in ${r.name} [${r.mode}]`, r.brokenFixes);
}

const failed = results.some((r) => r.crashes.length > 0 || r.brokenFixes.length > 0);
console.log(failed ? '\nSMOKE FAILED: a rule crashed or produced a fix that does not parse.' : '\nSmoke passed: no crash, no report outside its file, no fix or suggestion that does not parse.');
process.exitCode = failed ? 1 : 0;
