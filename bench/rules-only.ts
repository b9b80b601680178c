/**
 * What our rules add, with parsing taken out. Parsing is most of a lint, and its run-to-run noise
 * alone is larger than the 2% we look for. Here A and B lint through the same ESLint API as the
 * main comparison, but share a parser that caches each file's AST and scope analysis: after one
 * warm-up pass nothing is parsed again, so B − A is our rules' cost (their listeners, the extra
 * traversal dispatch, create() per file, the garbage they make), without the stats timers.
 */
import { ESLint } from 'eslint';
import { createCachedParser } from './cached-parser.js';
import { configFor } from './configs.js';
import type { Corpus } from './corpus.js';
import { LINT_TARGET, summarize } from './lint.js';
import type { Progress } from './sections.js';
import { median, overheadPercent } from './stats.js';

export interface RulesOnlyResult {
  readonly files: number;
  readonly rounds: number;
  /** Median wall ms of a lint with A, parsing excluded. */
  readonly baselineMs: number;
  readonly withOursMs: number;
  /** Median over rounds of B − A. */
  readonly marginalMs: number;
  /** marginalMs as a share of A's full wall time (parsing included), from the main comparison. */
  readonly percentOfBaselineWall: number;
  /** B over A with parsing excluded. */
  readonly passOverheadPercent: number;
  /** Same messages as the uncached lint. */
  readonly identicalOutput: boolean;
  readonly raw: { readonly A: readonly number[]; readonly B: readonly number[] };
}

declare const gc: (() => void) | undefined;

export async function rulesOnlyComparison(
  corpus: Corpus,
  rounds: number,
  baselineWallMs: number,
  referenceDigests: { readonly A: string; readonly B: string },
  progress: Progress,
): Promise<RulesOnlyResult> {
  const parser = createCachedParser();
  const lint = async (config: 'A' | 'B'): Promise<{ wallMs: number; digest: string }> => {
    if (typeof gc === 'function') gc();
    const start = performance.now();
    const eslint = new ESLint({ cwd: corpus.dir, overrideConfigFile: true, overrideConfig: configFor(config, corpus.dir, parser) });
    const results = await eslint.lintFiles(LINT_TARGET);
    const wallMs = performance.now() - start;
    return { wallMs, digest: summarize(config, corpus.dir, results, wallMs, 0).digest };
  };
  progress('rules only: parsing every file once');
  const first = { A: await lint('A'), B: await lint('B') };
  const identicalOutput = first.A.digest === referenceDigests.A && first.B.digest === referenceDigests.B;
  const raw = { A: [] as number[], B: [] as number[] };
  for (let round = 1; round <= rounds; round++) {
    raw.A.push((await lint('A')).wallMs);
    raw.B.push((await lint('B')).wallMs);
    progress(`rules only round ${round}/${rounds}: A ${Math.round(raw.A.at(-1)!)} ms, B ${Math.round(raw.B.at(-1)!)} ms`);
  }
  const marginalMs = median(raw.B.map((b, index) => b - raw.A[index]!));
  return {
    files: corpus.files,
    rounds,
    baselineMs: median(raw.A),
    withOursMs: median(raw.B),
    marginalMs,
    percentOfBaselineWall: (marginalMs / baselineWallMs) * 100,
    passOverheadPercent: overheadPercent(median(raw.A), median(raw.B)),
    identicalOutput,
    raw,
  };
}
