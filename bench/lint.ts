/**
 * One lint of a corpus with one config through ESLint's Node API: wall time, per-rule times summed
 * over files from ESLint's `stats`, problem counts, and a digest of every message so that runs
 * can be compared for identical output (concurrency, cache, round to round).
 */
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { ESLint } from 'eslint';
import { configFor, usesStats, type ConfigName } from './configs.js';

export interface LintMeasurement {
  readonly config: ConfigName;
  readonly files: number;
  readonly wallMs: number;
  /**
   * CPU time (user + system) of this process over the lint, all its threads included. Unlike wall
   * time it does not grow when other processes compete for the cores: the number to trust on a busy machine.
   */
  readonly cpuMs: number;
  /** Sum of ESLint's per-file parse times (stats configs only). */
  readonly parseMs?: number;
  /** Rule id → ms summed over files, including `create()` (stats configs only). */
  readonly ruleMs?: Record<string, number>;
  /** Rule id → problems reported. */
  readonly problems: Record<string, number>;
  /** sha1 over every message (file, line, column, rule, message id): equal digests, equal output. */
  readonly digest: string;
}

export interface LintOptions {
  /** Extra ESLint constructor options (`cache`, `cacheLocation`, …). */
  readonly eslint?: ESLint.Options;
  /** Build the ESLint instance from an options module instead (needed for `concurrency`). */
  readonly optionsModule?: URL;
}

export const LINT_TARGET = ['src'];

export function eslintOptions(config: ConfigName, corpusDir: string, extra: ESLint.Options = {}): ESLint.Options {
  return { cwd: corpusDir, overrideConfigFile: true, overrideConfig: configFor(config, corpusDir), stats: usesStats(config), ...extra };
}

export function summarize(config: ConfigName, corpusDir: string, results: readonly ESLint.LintResult[], wallMs: number, cpuMs: number): LintMeasurement {
  const problems: Record<string, number> = {};
  const ruleMs: Record<string, number> = {};
  let parseMs = 0;
  const hash = createHash('sha1');
  // ESLint returns results in file order whatever the concurrency; sort anyway so the digest never depends on it.
  const sorted = [...results].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  for (const result of sorted) {
    const file = relative(corpusDir, result.filePath);
    for (const message of result.messages) {
      const rule = message.ruleId ?? '(fatal)';
      problems[rule] = (problems[rule] ?? 0) + 1;
      hash.update(`${file}:${message.line}:${message.column}:${rule}:${message.messageId ?? message.message}\n`);
    }
    for (const pass of result.stats?.times.passes ?? []) {
      parseMs += pass.parse?.total ?? 0;
      for (const [rule, time] of Object.entries(pass.rules ?? {})) ruleMs[rule] = (ruleMs[rule] ?? 0) + time.total;
    }
  }
  const withStats = usesStats(config);
  return {
    config,
    files: results.length,
    wallMs,
    cpuMs,
    ...(withStats && { parseMs, ruleMs }),
    problems,
    digest: hash.digest('hex'),
  };
}

export async function lintOnce(config: ConfigName, corpusDir: string, options: LintOptions = {}): Promise<LintMeasurement> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const eslint = options.optionsModule
    ? await ESLint.fromOptionsModule(options.optionsModule)
    : new ESLint(eslintOptions(config, corpusDir, options.eslint));
  const results = await eslint.lintFiles(LINT_TARGET);
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return summarize(config, corpusDir, results, wallMs, (cpu.user + cpu.system) / 1000);
}
