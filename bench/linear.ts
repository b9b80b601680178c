/**
 * `npm run bench -- --linear`: the plugin's time per element of one long chain, list, set, switch
 * and table (bench/linear-shapes.ts) at N = 1,250 … 20,000. Linear listeners keep it flat: the
 * time per element at the largest N over that at the smallest is about 1, where a listener that
 * walks a chain again for each of its members makes it grow with N (16 from 1,250 to 20,000).
 * The plugin's time is its rules' own (ESLint `stats`), because typescript-eslint's parser and
 * ESLint's traversal are themselves superlinear in the depth of an `||` chain: the lint without
 * the plugin is printed beside it.
 */
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LintRequest, LintTiming } from './linear-shapes.js';
import { SHAPES } from './linear-shapes.js';
import { median } from './stats.js';

export const LINEAR_SIZES: readonly number[] = [1250, 2500, 5000, 10_000, 20_000];

/** Enough for typescript-eslint and ESLint to recurse through a 20,000-long `||` chain (about 1 KB a level each). */
const STACK_MB = 256;

/** A worker thread (bench/linear-worker.mjs) with a large stack that lints on request. */
export class LintWorker {
  private next = 0;
  private readonly pending = new Map<number, { resolve: (timing: LintTiming) => void; reject: (error: Error) => void }>();

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: { id: number; result?: LintTiming; error?: string }) => {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error !== undefined) waiting?.reject(new Error(message.error));
      else waiting?.resolve(message.result!);
    });
    worker.on('error', (error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    });
  }

  /** `pluginModule`: the URL of a module whose default export is the plugin (bench/plugin.ts, rules/index.ts, a build). */
  static start(pluginModule: string): Promise<LintWorker> {
    const worker = new Worker(new URL('./linear-worker.mjs', import.meta.url), { workerData: { pluginModule }, resourceLimits: { stackSizeMb: STACK_MB } });
    return new Promise((resolve, reject) => {
      worker.once('message', () => resolve(new LintWorker(worker)));
      worker.once('error', reject);
    });
  }

  lint(request: LintRequest): Promise<LintTiming> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}

/** Repeats stop once one lint takes this long: a superlinear shape at 20,000 elements can take minutes. */
const REPEAT_BUDGET_MS = 5_000;

/**
 * The fastest of up to `rounds` lints (the first doubles as warm-up), by the plugin's time with the
 * plugin and by wall time without: the minimum is the measure least disturbed by garbage
 * collection and by other processes on the machine.
 */
export async function fastestLint(worker: LintWorker, request: LintRequest, rounds: number): Promise<LintTiming> {
  const key = (timing: LintTiming): number => (request.withPlugin ? timing.pluginMs : timing.wallMs);
  let best = await worker.lint(request);
  for (let round = 1; round < rounds && best.wallMs < REPEAT_BUDGET_MS; round++) {
    const timing = await worker.lint(request);
    if (key(timing) < key(best)) best = timing;
  }
  return best;
}

export interface GrowthRatio {
  readonly n: number;
  readonly factor: number;
  /** Medians of the plugin's time on N and on factor × N elements. */
  readonly smallMs: number;
  readonly largeMs: number;
  /** largeMs / smallMs: `factor` when linear, factor² when quadratic. */
  readonly ratio: number;
  /** The same per rule of the plugin (a quadratic rule can hide in a linear total at small N), with each rule's median on factor × N. */
  readonly rules: Readonly<Record<string, { readonly largeMs: number; readonly ratio: number }>>;
}

/**
 * The plugin's time on `factor × n` elements over its time on `n`, medians of `runs` lints of
 * each, the two sizes alternating so that a change of load on the machine reaches both.
 */
export async function growthRatio(worker: LintWorker, shape: string, n: number, factor: number, runs: number): Promise<GrowthRatio> {
  const small: LintTiming[] = [];
  const large: LintTiming[] = [];
  for (let run = 0; run < runs; run++) {
    small.push(await worker.lint({ shape, n, withPlugin: true }));
    large.push(await worker.lint({ shape, n: factor * n, withPlugin: true }));
  }
  const smallMs = median(small.map((timing) => timing.pluginMs));
  const largeMs = median(large.map((timing) => timing.pluginMs));
  const rules = Object.keys(large[0]!.ruleMs).filter((rule) => rule.startsWith('whatsapp-errors/'));
  const ruleMedian = (timings: readonly LintTiming[], rule: string): number => median(timings.map((timing) => timing.ruleMs[rule] ?? 0));
  return {
    n,
    factor,
    smallMs,
    largeMs,
    ratio: largeMs / smallMs,
    rules: Object.fromEntries(rules.map((rule) => [rule, { largeMs: ruleMedian(large, rule), ratio: ruleMedian(large, rule) / ruleMedian(small, rule) }])),
  };
}

export interface LinearRow {
  readonly shape: string;
  readonly n: number;
  /** Fastest wall time of the lint without the plugin (parsing and ESLint's traversal). */
  readonly withoutMs: number;
  /** Wall time and parse time of the lint whose plugin time was the fastest. */
  readonly withMs: number;
  readonly parseMs: number;
  /** The plugin's rules' own time (ESLint stats), fastest of the rounds. */
  readonly pluginMs: number;
  readonly ruleMs: Readonly<Record<string, number>>;
  readonly problems: Readonly<Record<string, number>>;
}

export interface ShapeSummary {
  readonly shape: string;
  readonly smallest: number;
  /** The largest N measured: smaller than the last size when a lint went over the budget. */
  readonly largest: number;
  /** Plugin time per element at `largest` over that at `smallest`: about 1 when linear. */
  readonly ratio: number;
  /** The same ratio for the lint without the plugin (parsing and ESLint's own work). */
  readonly withoutRatio: number;
  /** The rule whose time per element grew most, among those with a tenth of the plugin's time at `largest`, and its ratio. */
  readonly worstRule: string;
  readonly worstRuleRatio: number;
  /** `no-unknown-code` reports on the shape's one-typo variant (expected: 1). */
  readonly typoReports: number;
}

export interface LinearResult {
  readonly sizes: readonly number[];
  readonly rounds: number;
  readonly budgetMs: number;
  readonly loadAverage: [number, number];
  readonly rows: readonly LinearRow[];
  readonly shapes: readonly ShapeSummary[];
}

const perElement = (row: LinearRow, ms: number): number => ms / row.n;

function summarize(shape: string, rows: readonly LinearRow[], typoReports: number): ShapeSummary {
  const first = rows[0]!;
  const last = rows.at(-1)!;
  const ratio = (a: number, b: number): number => perElement(last, b) / perElement(first, a);
  // The rule growing fastest among those with a tenth of the plugin's time at the largest N: a rule
  // at a hundredth of a millisecond has a ratio that means nothing.
  let worstRule = '';
  let worstRatio = -Infinity;
  for (const rule of Object.keys(last.ruleMs)) {
    if (!rule.startsWith('whatsapp-errors/') || (last.ruleMs[rule] ?? 0) < 0.1 * last.pluginMs) continue;
    const ruleRatio = ratio(first.ruleMs[rule] ?? 0, last.ruleMs[rule] ?? 0);
    if (ruleRatio > worstRatio) [worstRule, worstRatio] = [rule, ruleRatio];
  }
  const worstRuleRatio = ratio(first.ruleMs[worstRule] ?? 0, last.ruleMs[worstRule] ?? 0);
  return {
    shape,
    smallest: first.n,
    largest: last.n,
    ratio: ratio(first.pluginMs, last.pluginMs),
    withoutRatio: ratio(first.withoutMs, last.withoutMs),
    worstRule,
    worstRuleRatio,
    typoReports,
  };
}

/**
 * Every shape at every size, without and with the plugin. Once a lint with the plugin takes over
 * `budgetMs`, the shape's larger sizes are skipped, and its ratio is read at the largest size measured.
 */
export async function linearComparison(pluginModule: string, sizes: readonly number[], rounds: number, budgetMs: number, progress: (message: string) => void): Promise<LinearResult> {
  const load = loadavg()[0]!;
  const worker = await LintWorker.start(pluginModule);
  const rows: LinearRow[] = [];
  const shapes: ShapeSummary[] = [];
  try {
    for (const shape of SHAPES) {
      // Warm-up: the first lints of a shape run before the JIT has compiled its paths.
      await worker.lint({ shape: shape.name, n: sizes[0]!, withPlugin: true });
      const typo = await worker.lint({ shape: shape.name, n: sizes[0]!, withPlugin: true, typo: true });
      const shapeRows: LinearRow[] = [];
      for (const n of sizes) {
        const without = await fastestLint(worker, { shape: shape.name, n, withPlugin: false }, rounds);
        const withPlugin = await fastestLint(worker, { shape: shape.name, n, withPlugin: true }, rounds);
        const row: LinearRow = {
          shape: shape.name,
          n,
          withoutMs: without.wallMs,
          withMs: withPlugin.wallMs,
          parseMs: withPlugin.parseMs,
          pluginMs: withPlugin.pluginMs,
          ruleMs: withPlugin.ruleMs,
          problems: withPlugin.problems,
        };
        shapeRows.push(row);
        progress(`linear: ${shape.name} N=${n}: ${Math.round(without.wallMs)} ms without the plugin, ${Math.round(withPlugin.wallMs)} ms with, plugin ${withPlugin.pluginMs.toFixed(1)} ms`);
        if (withPlugin.wallMs > budgetMs) {
          progress(`linear: ${shape.name} went over ${budgetMs / 1000} s at N=${n}; larger sizes skipped`);
          break;
        }
      }
      rows.push(...shapeRows);
      shapes.push(summarize(shape.name, shapeRows, typo.problems['whatsapp-errors/no-unknown-code'] ?? 0));
    }
  } finally {
    await worker.terminate();
  }
  return { sizes, rounds, budgetMs, loadAverage: [load, loadavg()[0]!], rows, shapes };
}
