/**
 * Every listener is linear in the size of what it reads: no chain or list is walked again for each
 * of its members. For each shape of bench/linear-shapes.ts, filled with real codes (131047,
 * 131026, …) — an `err.code === … ||` chain, a `const ERROR_CODES = [ … ]` array, a
 * `new Set([ … ])` tested with `.has`, a `switch` with one `case` per code, an `ERROR_MESSAGES`
 * table keyed by codes — the plugin's time (`configs.all`, its rules' own time from ESLint's
 * `stats`) on 8N elements must stay under 2.5 times the linear 8 × its time on N; a quadratic
 * listener gives up to 64. So must each rule's own time where it is a quarter of the total on 8N:
 * a cheap quadratic walk in one rule can hide in the total at these sizes, not in its own growth.
 * Each time is the median of five lints, N and 8N alternating; a shape over the bound is measured
 * once more, and fails only if both measurements are over it: a busy 2-core machine can slow one
 * stretch of lints, not a quadratic rule's growth. `npm run bench -- --linear`
 * measures the same shapes up to 20,000 elements.
 *
 * The lints run in a worker thread with a large stack (bench/linear.ts): typescript-eslint's
 * parser recurses once per `||`, and a chain of 1,000 overflows the test thread's stack. Chains
 * go from 200 to 1,600 elements, the other shapes from 2,000 to 16,000: the parser and ESLint's
 * own traversal are superlinear in a chain's depth (a chain of 8,000 takes seconds to lint with
 * no rule at all), which the plugin's time excludes but the test's duration would not.
 *
 * LINEAR_TIME_PLUGIN=path/to/plugin.ts runs the test on another build of the plugin (a module whose
 * default export is the plugin), e.g. one with a deliberately quadratic listener, to see it fail;
 * LINEAR_TIME_VERBOSE=1 prints every shape's ratios, passing or not.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { growthRatio, LintWorker, type GrowthRatio } from '../../bench/linear.js';
import { SHAPES } from '../../bench/linear-shapes.js';

const PLUGIN = process.env['LINEAR_TIME_PLUGIN']
  ? pathToFileURL(resolve(process.env['LINEAR_TIME_PLUGIN'])).href
  : new URL('../../rules/index.ts', import.meta.url).href;

const FACTOR = 8;
/** Linear is 8, quadratic 64. */
const MAX_RATIO = FACTOR * 2.5;
const RUNS = 5;
const ATTEMPTS = 2;
/**
 * A rule is judged on its own where it takes a quarter of the plugin's time on 8N and at least
 * 10 ms: a rule that small cannot make the plugin slow, and at a millisecond on N one collection
 * or one preempted slice decides its ratio.
 */
const RULE_SHARE = 0.25;
const RULE_FLOOR_MS = 10;

const sizeFor = (shape: string): number => (shape.startsWith('chain') ? 200 : 2_000);

let worker: LintWorker;

beforeAll(async () => {
  worker = await LintWorker.start(PLUGIN);
  // Warm-up: every shape once, so no measurement pays for compiling the plugin's paths.
  for (const shape of SHAPES) await worker.lint({ shape: shape.name, n: sizeFor(shape.name), withPlugin: true });
}, 60_000);

afterAll(async () => {
  await worker?.terminate();
});

/** What grew faster than the bound: the plugin's total, or one rule with enough time on 8N to judge. */
const overBound = (growth: GrowthRatio): string[] => [
  ...(growth.ratio >= MAX_RATIO ? ['all rules'] : []),
  ...Object.entries(growth.rules)
    .filter(([, rule]) => rule.largeMs >= Math.max(RULE_FLOOR_MS, RULE_SHARE * growth.largeMs) && rule.ratio >= MAX_RATIO)
    .map(([name]) => name),
];

const describeGrowth = (shape: string, growth: GrowthRatio): string => {
  const rules = Object.entries(growth.rules)
    .map(([rule, { largeMs, ratio }]) => `${rule.replace('whatsapp-errors/', '')} ${ratio.toFixed(1)} (${largeMs.toFixed(1)} ms)`)
    .join(', ');
  return `${shape}: ${growth.largeMs.toFixed(1)} ms on ${FACTOR * growth.n} elements, ${growth.smallMs.toFixed(1)} ms on ${growth.n}: ratio ${growth.ratio.toFixed(1)}; per rule ${rules}`;
};

describe.each(SHAPES.map((shape) => [shape.name, sizeFor(shape.name)] as const))('%s', (shape, n) => {
  it(`the plugin's time on ${(FACTOR * n).toLocaleString('en-US')} elements is under ${MAX_RATIO}× its time on ${n.toLocaleString('en-US')}`, async () => {
    let growth = await growthRatio(worker, shape, n, FACTOR, RUNS);
    for (let attempt = 1; attempt < ATTEMPTS && overBound(growth).length > 0; attempt++) growth = await growthRatio(worker, shape, n, FACTOR, RUNS);
    if (process.env['LINEAR_TIME_VERBOSE']) console.log(describeGrowth(shape, growth));
    expect(overBound(growth), describeGrowth(shape, growth)).toEqual([]);
  }, 60_000);

  it(`one typo among ${n.toLocaleString('en-US')} real codes is one no-unknown-code report`, async () => {
    const { problems } = await worker.lint({ shape, n, withPlugin: true, typo: true });
    expect(problems['whatsapp-errors/no-unknown-code']).toBe(1);
  });
});
