/**
 * `npm run bench`: what configs.recommended adds to ESLint's wall time, per-rule times beside the
 * nearest peer rules, peak memory, and a concurrency/cache check. Writes bench/out/results.{json,md}.
 *
 *   npm run bench                          everything at the defaults below (about 8 minutes on 2 cores)
 *   npm run bench -- --files 500 --rounds 3
 *   npm run bench -- --typed               only the typed comparison (--typed-files, default 300)
 *   npm run bench -- --no-typed            skip it
 *   npm run bench -- --scaling             ms/file at 500, 2,000 and 8,000 files (longer)
 *   npm run bench -- --compiled            lint with the plugin as tsc emits it instead of the TypeScript source
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runChecks } from './checks.js';
import { DEFAULT_SEED, OUT_DIR, writeCorpus } from './corpus.js';
import { environment, environmentLine } from './environment.js';
import { pluginBuild } from './plugin.js';
import { checksReport, comparisonReport, memoryReport, rulesOnlyReport, scalingReport } from './report.js';
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
    'rules-only-rounds': { type: 'string', default: '7' },
    scaling: { type: 'boolean', default: false },
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
const sections: string[] = [];
const results: Record<string, unknown> = { environment: env, plugin: pluginBuild, seed, date: new Date().toISOString() };
mkdirSync(OUT_DIR, { recursive: true });

if (flags.scaling) {
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
  const typedOnly = flags.typed;
  if (!typedOnly) {
    const corpus = writeCorpus(files, seed);
    progress(`corpus: ${corpus.files} files, ${corpus.lines} lines (${corpus.kinds.app} plain, ${corpus.kinds.light} with one check, ${corpus.kinds.whatsapp} WhatsApp modules)`);
    const untyped = await untypedComparison(corpus, rounds, progress);
    results['untyped'] = { ...untyped, kinds: corpus.kinds };
    sections.push(comparisonReport('Without type information', { baseline: 'A baseline', withOurs: 'B + recommended', stats: 'config P' }, untyped));
    if (!flags['no-rules-only']) {
      const digests = { A: untyped.raw['A']![0]!.digest, B: untyped.raw['B']![0]!.digest };
      const rulesOnly = await rulesOnlyComparison(corpus, positive('rules-only-rounds', flags['rules-only-rounds'], 7), untyped.baselineMs, digests, progress);
      results['rulesOnly'] = rulesOnly;
      sections.push(rulesOnlyReport(rulesOnly));
    }
    if (!flags['no-memory']) {
      const memory = await memoryComparison(corpus, positive('memory-rounds', flags['memory-rounds'], 2), progress);
      results['memory'] = memory;
      sections.push(memoryReport(memory));
    }
    if (!flags['no-checks']) {
      progress('concurrency and cache checks');
      const checks = await runChecks(corpus.dir, untyped.raw['B']![0]!.digest, positive('concurrency', flags.concurrency, 2));
      results['checks'] = checks;
      sections.push(checksReport(checks, corpus.files));
    }
  }
  if (typedOnly || !flags['no-typed']) {
    const typedFiles = positive('typed-files', flags['typed-files'], 300);
    const corpus = writeCorpus(typedFiles, seed);
    const typed = await typedComparison(corpus, rounds, progress);
    results['typed'] = typed;
    sections.push(
      comparisonReport(
        `With type information (projectService), ${typedFiles} files: each lint in a fresh process`,
        { baseline: 'CA typed baseline', withOurs: 'CB + recommended', stats: 'config CS; peers from CQ' },
        typed,
      ),
    );
  }
}

const build = pluginBuild === 'compiled' ? 'compiled by tsc (bench/out/compiled, as published)' : 'loaded from TypeScript source through tsx';
const header = `## whatsapp-error-codes ESLint benchmark\n\n${environmentLine(env)}\nPlugin ${build}. Finished in ${Math.round((Date.now() - started) / 1000)} s.`;
const markdown = `${[header, ...sections].join('\n\n')}\n`;
const name = `${flags.scaling ? 'scaling' : 'results'}${pluginBuild === 'compiled' ? '-compiled' : ''}`;
writeFileSync(join(OUT_DIR, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(OUT_DIR, `${name}.md`), markdown);
console.log(markdown);
console.log(`Written: ${join(OUT_DIR, `${name}.json`)} and ${name}.md`);
