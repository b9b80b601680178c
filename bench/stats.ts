/** Medians and ratios over measurement rounds. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Smallest and largest, to show the spread beside a median. */
export function range(values: readonly number[]): [number, number] {
  return [Math.min(...values), Math.max(...values)];
}

/** Median of each key over rounds (a key missing in a round counts as 0). */
export function medianByKey(rounds: readonly Record<string, number>[]): Record<string, number> {
  const keys = new Set(rounds.flatMap((round) => Object.keys(round)));
  return Object.fromEntries([...keys].map((key) => [key, median(rounds.map((round) => round[key] ?? 0))]));
}

/** `b / a - 1` as a percentage. */
export function overheadPercent(a: number, b: number): number {
  return (b / a - 1) * 100;
}
