/**
 * The real ESLint CLI on the fixture project in test/fixtures/concurrency (JS, CommonJS, TS, typed
 * TS, a directory with custom options and settings): a plain run, `--concurrency=2`, and `--cache`
 * (cold and warm, alone and with concurrency) report identical findings. The cache key follows the
 * plugin's `meta.version`, so an upgrade re-lints every file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../rules/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = join(ROOT, 'test/fixtures/concurrency');
const ESLINT_BIN = join(ROOT, 'node_modules/eslint/bin/eslint.js');

interface CliMessage {
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine?: number | undefined;
  endColumn?: number | undefined;
  fix?: unknown;
  suggestions?: { desc: string; fix: unknown }[] | undefined;
}

interface CliResult {
  filePath: string;
  messages: CliMessage[];
  output?: string;
}

interface Run {
  readonly findings: { file: string; messages: CliMessage[]; output?: string }[];
  readonly stderr: string;
}

/** Runs the ESLint CLI in the fixture project with JSON output; exit status 1 means "problems found", as expected here. */
function eslint(args: readonly string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [ESLINT_BIN, '--format', 'json', ...args, '.'], {
    cwd: FIXTURE,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 1) throw new Error(`eslint ${args.join(' ')} exited with ${result.status}:\n${result.stderr}`);
  const results = JSON.parse(result.stdout) as CliResult[];
  const findings = results
    .map((entry) => ({
      file: relative(FIXTURE, entry.filePath),
      messages: entry.messages.map(({ ruleId, severity, message, line, column, endLine, endColumn, fix, suggestions }) => ({ ruleId, severity, message, line, column, endLine, endColumn, fix, suggestions })),
      ...(entry.output !== undefined && { output: entry.output }),
    }))
    .sort((a, b) => a.file.localeCompare(b.file));
  return { findings, stderr: result.stderr };
}

/** Files the cache did not answer for (ESLint's `--debug` log of the result cache). */
function cacheMisses(run: Run): string[] {
  return [...run.stderr.matchAll(/Cache entry not found or no longer valid: (\S+)/g)].map((match) => relative(FIXTURE, match[1]!)).sort();
}

describe('the ESLint CLI on the fixture project', () => {
  let plain: Run;
  const dirs: string[] = [];
  const cacheFile = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'wa-eslint-cache-'));
    dirs.push(dir);
    return join(dir, '.eslintcache');
  };

  beforeAll(() => {
    plain = eslint([]);
  }, 60_000);
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('reports findings of every rule, in every kind of file', () => {
    const ruleIds = new Set(plain.findings.flatMap((entry) => entry.messages.map((message) => message.ruleId)));
    expect([...ruleIds].sort()).toEqual(Object.keys(plugin.rules).map((name) => `whatsapp-errors/${name}`).sort());
    const reported = plain.findings.filter((entry) => entry.messages.length > 0).map((entry) => entry.file);
    expect(reported).toEqual(['src/custom/acme.ts', 'src/handlers.ts', 'src/legacy.cjs', 'src/shadow.js', 'src/typed/more.ts', 'src/typed/typed.ts', 'src/webhook.js']);
    expect(plain.findings.find((entry) => entry.file === 'src/unrelated.ts')?.messages).toEqual([]);
    // Type information reached the typed files: `received` holds a code only by its type.
    expect(plain.findings.find((entry) => entry.file === 'src/typed/typed.ts')?.messages.map((message) => message.message)).toContain(
      'Use WhatsAppErrorCode.API_PERMISSION instead of the magic number 200.',
    );
  });

  it('--concurrency=2 reports the same findings', () => {
    expect(eslint(['--concurrency=2']).findings).toEqual(plain.findings);
  }, 60_000);

  it('--cache reports the same findings cold and warm, and the warm run answers every file from the cache', () => {
    const location = cacheFile();
    const cold = eslint(['--cache', '--cache-location', location, '--debug']);
    expect(cold.findings).toEqual(plain.findings);
    expect(cacheMisses(cold)).toEqual(plain.findings.map((entry) => entry.file).sort());
    expect(statSync(location).size).toBeGreaterThan(0);
    const warm = eslint(['--cache', '--cache-location', location, '--debug']);
    expect(warm.findings).toEqual(plain.findings);
    expect(cacheMisses(warm)).toEqual([]);
  }, 60_000);

  it('--concurrency=2 with --cache reports the same findings cold and warm', () => {
    const location = cacheFile();
    expect(eslint(['--concurrency=2', '--cache', '--cache-location', location]).findings).toEqual(plain.findings);
    expect(eslint(['--concurrency=2', '--cache', '--cache-location', location]).findings).toEqual(plain.findings);
  }, 60_000);

  it('--fix-dry-run produces the same fixed output with and without concurrency', () => {
    const fixed = eslint(['--fix-dry-run']);
    expect(fixed.findings.some((entry) => entry.output !== undefined)).toBe(true);
    expect(eslint(['--fix-dry-run', '--concurrency=2']).findings).toEqual(fixed.findings);
  }, 60_000);

  it("a new plugin version invalidates every cached result (the plugin's meta.version is in the cache key)", () => {
    const location = cacheFile();
    eslint(['--cache', '--cache-location', location]);
    const upgraded = eslint(['--cache', '--cache-location', location, '--debug'], { WA_FIXTURE_PLUGIN_VERSION: `${plugin.meta.version}-next` });
    expect(upgraded.findings).toEqual(plain.findings);
    expect(cacheMisses(upgraded)).toEqual(plain.findings.map((entry) => entry.file).sort());
  }, 60_000);
});
