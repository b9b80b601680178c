/**
 * The functions of a file where a small value can be a WhatsApp code: those that hold a value
 * that is a code on its own (131047, 470). Everywhere else a `=== 0` or `=== 200` has no
 * evidence to be one (no WhatsApp code in its group, none compared with its side in its
 * function), so the analysis does not resolve its code side. Kept as the source ranges of those
 * functions, sorted and disjoint (an inner function inside a kept one is already covered), so a
 * file with thousands of functions is asked in O(log n) per literal and no deep chain is climbed
 * more than once.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { enclosingFunction } from './ast.js';

export class CodeRegions {
  /** Disjoint `[start, end)` ranges, sorted by start. */
  private readonly ranges: (readonly [number, number])[] = [];

  /** Keeps the function (or program) around `node`, unless a kept range holds `node` already. */
  add(node: TSESTree.Node): void {
    if (this.covers(node)) return;
    const [start, end] = enclosingFunction(node).range;
    // Drop the kept ranges the new one contains (inner functions kept before their outer one).
    const at = this.firstEndingAfter(start);
    let removed = 0;
    while (at + removed < this.ranges.length && this.ranges[at + removed]![0] < end) removed++;
    this.ranges.splice(at, removed, [start, end]);
  }

  covers(node: TSESTree.Node): boolean {
    const position = node.range[0];
    const at = this.firstEndingAfter(position);
    const range = this.ranges[at];
    return range !== undefined && range[0] <= position;
  }

  get isEmpty(): boolean {
    return this.ranges.length === 0;
  }

  /** The index of the first range that ends after `position` (binary search). */
  private firstEndingAfter(position: number): number {
    let low = 0;
    let high = this.ranges.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.ranges[middle]![1] <= position) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
