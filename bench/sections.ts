/**
 * The measurements, one function per section of the report. Each returns plain data (medians and
 * the raw rounds) that bench/report.ts prints and bench/run.ts writes as JSON.
 */
import { loadavg } from 'node:os';
import { isOurRule, OTHER_RULES, OUR_RULES, PEERS, type ConfigName } from './configs.js';

/** The peer all our rules together are measured against: it, too, looks at every number of every file. */
export const PEER = 'no-magic-numbers';
import type { Corpus } from './corpus.js';
import { lintOnce, type LintMeasurement } from './lint.js';
import { lintInChild, type ChildMeasurement } from './spawn-lint.js';
import { median, medianByKey, overheadPercent, range } from './stats.js';

export interface RuleRow {
  readonly rule: string;
  readonly ms: number;
  readonly peer?: string;
  readonly peerMs?: number;
  /** ours / peer: below 1 means faster than the peer. */
  readonly ratio?: number;
}

export interface Comparison {
  readonly files: number;
  readonly lines: number;
  readonly rounds: number;
  readonly baselineMs: number;
  readonly withOursMs: number;
  readonly baselineRange: [number, number];
  readonly withOursRange: [number, number];
  /** Median B over median A. */
  readonly overheadPercent: number;
  /** Median over rounds of each round's B/A: less sensitive to drift over the run. */
  readonly pairedOverheadPercent: number;
  /** The same from CPU time, which other processes on the machine do not inflate. */
  readonly baselineCpuMs: number;
  readonly withOursCpuMs: number;
  readonly cpuOverheadPercent: number;
  readonly pairedCpuOverheadPercent: number;
  /** 1-minute load average before and after the section: above the core count, wall times include waiting. */
  readonly loadAverage: [number, number];
  /** Our rules' own time from ESLint's stats, as a share of the baseline's wall time. */
  readonly ourRulesMs: number;
  readonly ourRulesPercent: number;
  /** Our rules' time together over the peer no-magic-numbers' (same lints, ESLint stats). */
  readonly peerMs: number;
  readonly ourRulesOverPeer: number;
  /** Problems our rules report, in all and per 1,000 lines. */
  readonly ourProblems: number;
  readonly ourProblemsPerKLines: number;
  readonly parseMs: number;
  readonly rules: readonly RuleRow[];
  readonly problems: Record<string, number>;
  /** Every round of every config gave the same messages. */
  readonly stableOutput: boolean;
  readonly raw: Record<string, readonly LintMeasurement[]>;
}

declare const gc: (() => void) | undefined;

/** Collects the previous run's garbage first, so no config pays for another's. */
async function measure(run: () => Promise<LintMeasurement>): Promise<LintMeasurement> {
  if (typeof gc === 'function') gc();
  return run();
}

function ruleRows(ruleMs: Record<string, number>, peerMs: Record<string, number>): RuleRow[] {
  const ours: RuleRow[] = [...OUR_RULES, ...OTHER_RULES].map((rule) => {
    const peer = PEERS[rule];
    const ms = ruleMs[rule] ?? 0;
    const theirs = peer === undefined ? undefined : peerMs[peer];
    return peer === undefined || theirs === undefined ? { rule, ms } : { rule, ms, peer, peerMs: theirs, ratio: ms / theirs };
  });
  const others = Object.entries({ ...ruleMs, ...peerMs })
    .filter(([rule]) => !isOurRule(rule))
    .sort(([, a], [, b]) => b - a)
    .map(([rule, ms]) => ({ rule, ms }));
  return [...ours, ...others];
}

function compare(
  corpus: Corpus,
  rounds: number,
  names: { baseline: ConfigName; withOurs: ConfigName; ourStats: ConfigName; peerStats: ConfigName },
  raw: Record<string, LintMeasurement[]>,
  loadBefore: number,
): Comparison {
  const walls = (name: ConfigName): number[] => raw[name]!.map((m) => m.wallMs);
  const cpus = (name: ConfigName): number[] => raw[name]!.map((m) => m.cpuMs);
  const a = walls(names.baseline);
  const b = walls(names.withOurs);
  const aCpu = cpus(names.baseline);
  const bCpu = cpus(names.withOurs);
  const ourRuleMs = medianByKey(raw[names.ourStats]!.map((m) => m.ruleMs ?? {}));
  const peerRuleMs = medianByKey(raw[names.peerStats]!.map((m) => m.ruleMs ?? {}));
  const ourRulesMs = median(raw[names.ourStats]!.map((m) => OUR_RULES.reduce((sum, rule) => sum + (m.ruleMs?.[rule] ?? 0), 0)));
  const peerMs = peerRuleMs[PEER] ?? Number.NaN;
  const baselineMs = median(a);
  const problems = raw[names.ourStats]![0]!.problems;
  const ourProblems = Object.entries(problems).reduce((sum, [rule, count]) => sum + (isOurRule(rule) ? count : 0), 0);
  return {
    files: corpus.files,
    lines: corpus.lines,
    rounds,
    baselineMs,
    withOursMs: median(b),
    baselineRange: range(a),
    withOursRange: range(b),
    overheadPercent: overheadPercent(baselineMs, median(b)),
    pairedOverheadPercent: median(a.map((value, index) => overheadPercent(value, b[index]!))),
    baselineCpuMs: median(aCpu),
    withOursCpuMs: median(bCpu),
    cpuOverheadPercent: overheadPercent(median(aCpu), median(bCpu)),
    pairedCpuOverheadPercent: median(aCpu.map((value, index) => overheadPercent(value, bCpu[index]!))),
    loadAverage: [loadBefore, loadavg()[0]!],
    ourRulesMs,
    ourRulesPercent: (ourRulesMs / baselineMs) * 100,
    peerMs,
    ourRulesOverPeer: ourRulesMs / peerMs,
    ourProblems,
    ourProblemsPerKLines: (ourProblems / corpus.lines) * 1000,
    parseMs: median(raw[names.ourStats]!.map((m) => m.parseMs ?? 0)),
    rules: ruleRows(ourRuleMs, peerRuleMs),
    problems,
    stableOutput: Object.values(raw).every((runs) => runs.every((m) => m.digest === runs[0]!.digest)),
    raw,
  };
}

export type Progress = (message: string) => void;

/** A, B and P in one process: a warm-up (P, which runs every rule of A and B), then `rounds` rounds of A, B, P. */
export async function untypedComparison(corpus: Corpus, rounds: number, progress: Progress): Promise<Comparison> {
  const configs = ['A', 'B', 'P'] as const;
  const load = loadavg()[0]!;
  progress(`${corpus.style}: warm-up P`);
  await measure(() => lintOnce('P', corpus.dir));
  const raw: Record<string, LintMeasurement[]> = { A: [], B: [], P: [] };
  for (let round = 1; round <= rounds; round++) {
    for (const config of configs) {
      const m = await measure(() => lintOnce(config, corpus.dir));
      raw[config]!.push(m);
      progress(`${corpus.style}: round ${round}/${rounds} ${config} ${Math.round(m.wallMs)} ms wall, ${Math.round(m.cpuMs)} ms CPU`);
    }
  }
  return compare(corpus, rounds, { baseline: 'A', withOurs: 'B', ourStats: 'P', peerStats: 'P' }, raw, load);
}

export interface TypedComparison extends Comparison {
  /** P (untyped, stats) in a fresh process on the same files: what our rules cost there without types. */
  readonly untypedOurRulesMs: number;
  /** Our rules' typed time (CS) over their untyped time (P) on the same files. */
  readonly typedOverUntyped: number;
  /** Our rules' typed time beside typescript-eslint's type-checked rules (CT), which type the file first, over their untyped time (P). */
  readonly typedBesideTypeCheckedOverUntyped: number;
}

/**
 * CA, CB, CS, CQ, CT and P, each lint in a fresh process: TypeScript caches what the checker computed,
 * so only a cold process shows what asking for types costs, as it does in CI. P, untyped, runs the
 * same way for the typed/untyped ratio of our rules on the same files.
 */
export async function typedComparison(corpus: Corpus, rounds: number, progress: Progress): Promise<TypedComparison> {
  const configs = ['CA', 'CB', 'CS', 'CQ', 'CT', 'P'] as const;
  const load = loadavg()[0]!;
  progress(`${corpus.style}: typed warm-up CA (disk cache)`);
  await lintInChild('CA', corpus.dir);
  const raw: Record<string, LintMeasurement[]> = { CA: [], CB: [], CS: [], CQ: [], CT: [], P: [] };
  for (let round = 1; round <= rounds; round++) {
    for (const config of configs) {
      const m = await lintInChild(config, corpus.dir);
      raw[config]!.push(m);
      progress(`${corpus.style}: typed round ${round}/${rounds} ${config} ${Math.round(m.wallMs)} ms wall, ${Math.round(m.cpuMs)} ms CPU`);
    }
  }
  const { P: untyped, CT: besideTypeChecked, ...typedRaw } = raw;
  const comparison = compare(corpus, rounds, { baseline: 'CA', withOurs: 'CB', ourStats: 'CS', peerStats: 'CQ' }, typedRaw, load);
  const ourRulesMs = (measurements: readonly LintMeasurement[]): number => median(measurements.map((m) => OUR_RULES.reduce((sum, rule) => sum + (m.ruleMs?.[rule] ?? 0), 0)));
  const untypedOurRulesMs = ourRulesMs(untyped!);
  return {
    ...comparison,
    raw,
    untypedOurRulesMs,
    typedOverUntyped: comparison.ourRulesMs / untypedOurRulesMs,
    typedBesideTypeCheckedOverUntyped: ourRulesMs(besideTypeChecked!) / untypedOurRulesMs,
  };
}

export interface MemoryResult {
  readonly files: number;
  readonly rounds: number;
  readonly baselineMb: number;
  readonly withOursMb: number;
  readonly overheadPercent: number;
  readonly raw: Record<'A' | 'B', readonly number[]>;
}

/** Peak RSS of a whole lint of the corpus, A and B alternating, each in its own process. */
export async function memoryComparison(corpus: Corpus, rounds: number, progress: Progress): Promise<MemoryResult> {
  const raw: Record<'A' | 'B', number[]> = { A: [], B: [] };
  for (let round = 1; round <= rounds; round++) {
    for (const config of ['A', 'B'] as const) {
      const m: ChildMeasurement = await lintInChild(config, corpus.dir);
      raw[config].push(m.maxRssMb);
      progress(`memory round ${round}/${rounds} ${config} ${Math.round(m.maxRssMb)} MiB`);
    }
  }
  const baselineMb = median(raw.A);
  const withOursMb = median(raw.B);
  return { files: corpus.files, rounds, baselineMb, withOursMb, overheadPercent: overheadPercent(baselineMb, withOursMb), raw };
}

export interface ScalingRow {
  readonly files: number;
  readonly lines: number;
  readonly baselineMsPerFile: number;
  readonly withOursMsPerFile: number;
  readonly overheadPercent: number;
  readonly baselineCpuMsPerFile: number;
  readonly withOursCpuMsPerFile: number;
  readonly cpuOverheadPercent: number;
  /** Our rules' own time per file (stats). */
  readonly ourRulesMsPerFile: number;
  readonly ruleMsPerFile: Record<string, number>;
}

export function scalingRow(comparison: Comparison): ScalingRow {
  const perFile = (ms: number): number => ms / comparison.files;
  return {
    files: comparison.files,
    lines: comparison.lines,
    baselineMsPerFile: perFile(comparison.baselineMs),
    withOursMsPerFile: perFile(comparison.withOursMs),
    overheadPercent: comparison.overheadPercent,
    baselineCpuMsPerFile: perFile(comparison.baselineCpuMs),
    withOursCpuMsPerFile: perFile(comparison.withOursCpuMs),
    cpuOverheadPercent: comparison.cpuOverheadPercent,
    ourRulesMsPerFile: perFile(comparison.ourRulesMs),
    ruleMsPerFile: Object.fromEntries(comparison.rules.filter((row) => isOurRule(row.rule) || row.rule === 'no-magic-numbers').map((row) => [row.rule, perFile(row.ms)])),
  };
}
