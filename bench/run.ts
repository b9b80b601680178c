/**
 * `npm run bench`: the ratios that say what the plugin costs, on two corpora of the same codebase,
 * code before adoption (magic numbers, typos, retired codes) and code that has adopted the kit and
 * the plugin (constants everywhere, almost nothing to report): all our rules together against the
 * peer no-magic-numbers, their share of ESLint's wall time untyped (ESLint stats, and parse-free
 * B − A), typed against untyped on the same files; then the times they come from, per-rule times
 * beside the peers, peak memory and a concurrency/cache check. Writes bench/out/results.{json,md}.
 *
 *   npm run bench                          everything at the defaults below (about 10 minutes on 2 idle cores)
 *   npm run bench -- --files 200 --typed-files 60 --rounds 2 --adopted-rounds 1 --rules-only-rounds 2 --memory-rounds 1
 *                                          a trial run: proves every section works, measures nothing
 *   npm run bench -- --no-adopted          the main corpus only (else --adopted-files, default 1,000, and --adopted-rounds, default 3)
 *   npm run bench -- --typed               only the typed comparisons (--typed-files, default 300; --typed-rounds, default 3)
 *   npm run bench -- --no-typed            skip them
 *   npm run bench -- --scaling             ms/file at 500, 2,000 and 8,000 files (longer)
 *   npm run bench -- --linear              only the linearity section: one long chain, list, set, switch, table
 *                                          of real codes at N = 1,250 … 20,000 (--linear-sizes 1250,5000 for a
 *                                          quick look; --linear-plugin path/to/index.js to measure another build;
 *                                          sizes after a lint over --linear-budget seconds, default 120, are skipped)
 *   npm run bench -- --compiled            lint with the plugin as tsc emits it instead of the TypeScript source
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { runChecks } from './checks.js';
import { BENCH_DIR, DEFAULT_SEED, OUT_DIR, writeCorpus, type CorpusStyle } from './corpus.js';
import { environment, environmentLine } from './environment.js';
import { LINEAR_SIZES, linearComparison } from './linear.js';
import { pluginBuild } from './plugin.js';
import { checksReport, comparisonReport, linearReport, memoryReport, rulesOnlyReport, scalingReport, summaryReport, typedReport, type SummaryColumn } from './report.js';
import { rulesOnlyComparison } from './rules-only.js';
import { memoryComparison, scalingRow, typedComparison, untypedComparison } from './sections.js';

const { values: flags } = parseArgs({
  options: {
    files: { type: 'string', default: '2000' },
    rounds: { type: 'string' },
    'typed-files': { type: 'string', default: '300' },
    'memory-rounds': { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '2' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    typed: { type: 'boolean', default: false },
    'no-typed': { type: 'boolean', default: false },
    'no-memory': { type: 'boolean', default: false },
    'no-checks': { type: 'boolean', default: false },
    'no-rules-only': { type: 'boolean', default: false },
    'no-adopted': { type: 'boolean', default: false },
    'adopted-rounds': { type: 'string', default: '3' },
    'adopted-files': { type: 'string', default: '1000' },
    'rules-only-rounds': { type: 'string', default: '7' },
    scaling: { type: 'boolean', default: false },
    linear: { type: 'boolean', default: false },
    'linear-sizes': { type: 'string', default: LINEAR_SIZES.join(',') },
    'linear-plugin': { type: 'string' },
    'linear-budget': { type: 'string', default: '120' },
    'typed-rounds': { type: 'string', default: '3' },
    quiet: { type: 'boolean', default: false },
    // Read by bench/plugin.ts when it loads: lint with tsc's output instead of the TypeScript source.
    compiled: { type: 'boolean', default: false },
  },
});

const positive = (name: string, value: string | undefined, fallback: number): number => {
  const number = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a positive integer, got ${value}`);
  return number;
};

const seed = Number(flags.seed);
const progress = (message: string): void => {
  if (!flags.quiet) process.stderr.write(`  ${message}\n`);
};
if (typeof (globalThis as { gc?: unknown }).gc !== 'function') progress('note: run with node --expose-gc (as npm run bench does) so every lint starts from a collected heap');

const env = environment();
const started = Date.now();
/** Seconds each section took, printed with the report: where the run's time goes. */
const laps: string[] = [];
let lapStart = started;
const lap = (name: string): void => {
  const now = Date.now();
  laps.push(`${name} ${Math.round((now - lapStart) / 1000)} s`);
  lapStart = now;
};
const sections: string[] = [];
const results: Record<string, unknown> = { environment: env, plugin: pluginBuild, seed, date: new Date().toISOString() };
mkdirSync(OUT_DIR, { recursive: true });

if (flags.linear) {
  const sizes = flags['linear-sizes'].split(',').map((size) => positive('linear-sizes', size, 0));
  // The worker imports the plugin itself: bench/plugin.ts (source or --compiled), or the build given.
  const pluginModule = pathToFileURL(flags['linear-plugin'] ? resolve(flags['linear-plugin']) : join(BENCH_DIR, 'plugin.ts')).href;
  const linear = await linearComparison(pluginModule, sizes, positive('rounds', flags.rounds, 3), positive('linear-budget', flags['linear-budget'], 120) * 1000, progress);
  results['linear'] = { ...linear, plugin: flags['linear-plugin'] ?? pluginBuild };
  sections.push(linearReport(linear, flags['linear-plugin'] ?? `this repository's (${pluginBuild})`));
} else if (flags.scaling) {
  const rounds = positive('rounds', flags.rounds, 3);
  const rows = [];
  for (const files of [500, 2000, 8000]) {
    progress(`scaling: ${files} files`);
    rows.push(scalingRow(await untypedComparison(writeCorpus(files, seed), rounds, progress)));
  }
  results['scaling'] = { rounds, rows };
  sections.push(scalingReport(rows, rounds));
} else {
  const files = positive('files', flags.files, 2000);
  const rounds = positive('rounds', flags.rounds, 5);
  const adoptedRounds = positive('adopted-rounds', flags['adopted-rounds'], 3);
  // Half the main corpus by default, to keep the run near 10 minutes: per-file costs do not depend on
  // the corpus size (see --scaling), and with per-file seeds its application code is that of the
  // main corpus's first files.
  const adoptedFiles = Math.min(files, positive('adopted-files', flags['adopted-files'], 1000));
  const rulesOnlyRounds = positive('rules-only-rounds', flags['rules-only-rounds'], 7);
  const typedFiles = positive('typed-files', flags['typed-files'], 300);
  const typedRounds = positive('typed-rounds', flags['typed-rounds'], 3);
  const typedOnly = flags.typed;
  const styles: CorpusStyle[] = flags['no-adopted'] ? ['before'] : ['before', 'adopted'];
  const summary: SummaryColumn[] = [];
  for (const style of styles) {
    const before = style === 'before';
    const title = before ? 'Code before adoption' : 'Code that has adopted the kit and the plugin';
    const styleRounds = before ? rounds : Math.min(rounds, adoptedRounds);
    const column: { -readonly [K in keyof SummaryColumn]: SummaryColumn[K] } = { label: before ? 'before adoption' : 'adopted' };
    const styleResults: Record<string, unknown> = {};
    results[style] = styleResults;
    if (!typedOnly) {
      const corpus = writeCorpus(before ? files : adoptedFiles, seed, style);
      progress(`${style} corpus: ${corpus.files} files, ${corpus.lines} lines (${corpus.kinds.app} plain, ${corpus.kinds.light} with one check, ${corpus.kinds.whatsapp} WhatsApp modules)`);
      const untyped = await untypedComparison(corpus, styleRounds, progress);
      column.untyped = untyped;
      styleResults['untyped'] = { ...untyped, kinds: corpus.kinds };
      sections.push(comparisonReport(`${title}: without type information`, { baseline: 'A baseline', withOurs: 'B + recommended', stats: 'config P' }, untyped));
      lap(`${style} untyped`);
      if (!flags['no-rules-only']) {
        const digests = { A: untyped.raw['A']![0]!.digest, B: untyped.raw['B']![0]!.digest };
        const rulesOnly = await rulesOnlyComparison(corpus, before ? rulesOnlyRounds : Math.min(rulesOnlyRounds, adoptedRounds + 2), untyped.baselineMs, digests, progress);
        column.rulesOnly = rulesOnly;
        styleResults['rulesOnly'] = rulesOnly;
        sections.push(rulesOnlyReport(rulesOnly, title));
        lap(`${style} parse-free`);
      }
      // Memory and the concurrency/cache checks do not depend on the style of the code: the main corpus only.
      if (before && !flags['no-memory']) {
        const memory = await memoryComparison(corpus, positive('memory-rounds', flags['memory-rounds'], 2), progress);
        styleResults['memory'] = memory;
        sections.push(memoryReport(memory));
        lap('memory');
      }
      if (before && !flags['no-checks']) {
        progress('concurrency and cache checks');
        const checks = await runChecks(corpus.dir, untyped.raw['B']![0]!.digest, positive('concurrency', flags.concurrency, 2));
        styleResults['checks'] = checks;
        sections.push(checksReport(checks, corpus.files));
        lap('checks');
      }
    }
    if (typedOnly || !flags['no-typed']) {
      const corpus = writeCorpus(typedFiles, seed, style);
      const typed = await typedComparison(corpus, before ? typedRounds : Math.min(typedRounds, adoptedRounds), progress);
      column.typed = typed;
      styleResults['typed'] = typed;
      sections.push(typedReport(`${title}: with type information (projectService), ${typedFiles} files, each lint in a fresh process`, typed));
      lap(`${style} typed`);
    }
    summary.push(column);
  }
  sections.unshift(summaryReport(summary));
}

const build = pluginBuild === 'compiled' ? 'compiled by npm run build (rules/dist, as published)' : 'loaded from TypeScript source through tsx';
const header = `## whatsapp-error-codes ESLint benchmark\n\n${environmentLine(env)}\nPlugin ${build}. Finished in ${Math.round((Date.now() - started) / 1000)} s${laps.length > 1 ? ` (${laps.join(', ')})` : ''}.`;
const markdown = `${[header, ...sections].join('\n\n')}\n`;
const name = `${flags.linear ? 'linear' : flags.scaling ? 'scaling' : 'results'}${pluginBuild === 'compiled' ? '-compiled' : ''}`;
writeFileSync(join(OUT_DIR, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(OUT_DIR, `${name}.md`), markdown);
console.log(markdown);
console.log(`Written: ${join(OUT_DIR, `${name}.json`)} and ${name}.md`);
