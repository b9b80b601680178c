/**
 * "Did you mean": the known codes nearest to a value, by Damerau–Levenshtein distance over the
 * decimal digits. The CLI and every ESLint rule that proposes a code call this one function.
 */
import type { ErrorCategory } from './catalog/schema.js';
import { ERROR_CODE_ENTRIES } from './generated/catalog.js';
import { toCodeNumber } from './lookup.js';

export interface ErrorCodeSuggestion {
  readonly code: number;
  readonly name: string;
  readonly category: ErrorCategory;
  /** Digit edits from the value: 1 or 2. */
  readonly distance: number;
}

/** A code a caller knows besides the catalog (the ESLint rules pass `additionalCodes` here). */
export interface SuggestionCandidate {
  readonly code: number;
  readonly name: string;
  readonly category: ErrorCategory;
}

export interface SuggestOptions {
  /** Extra candidates considered beside the catalog's codes. */
  readonly additionalCodes?: readonly SuggestionCandidate[];
}

const MAX_DISTANCE = 2;

interface Candidate extends SuggestionCandidate {
  readonly digits: string;
}

function toCandidate(entry: SuggestionCandidate): Candidate {
  return { code: entry.code, name: entry.name, category: entry.category, digits: String(entry.code) };
}

const CATALOG_CANDIDATES: readonly Candidate[] = ERROR_CODE_ENTRIES.flatMap((entry) => {
  const candidates: Candidate[] = [];
  for (let code = entry.code; code <= (entry.rangeEnd ?? entry.code); code++) candidates.push(toCandidate({ ...entry, code }));
  return candidates;
});

/**
 * Optimal-string-alignment distance (Damerau–Levenshtein where a swap of two adjacent characters
 * costs 1), stopping early once the distance must exceed `limit`. Exported for tools that suggest
 * near-miss words, such as the ESLint plugin for a misspelled category.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previousPrevious[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** True when `b` is `a` with exactly two adjacent digits swapped: the commonest way codes are mistyped. */
function isAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const first = [...a].findIndex((digit, index) => digit !== b[index]);
  return first >= 0 && first + 1 < a.length && a[first] === b[first + 1] && a[first + 1] === b[first] && a.slice(first + 2) === b.slice(first + 2);
}

/**
 * The nearest known codes to `value` (a number or a string of digits), at most `limit` of them,
 * all within two digit edits. Nearer first; among equal distances an adjacent-digit swap first,
 * then the numerically closer code; one code per constant (the nearest value of a range). The value
 * itself is never suggested; anything that is not a non-negative integer gets no suggestions.
 */
export function suggestErrorCodes(value: number | string, limit = 3, options: SuggestOptions = {}): ErrorCodeSuggestion[] {
  const number = toCodeNumber(value);
  if (number === undefined || !(limit > 0)) return [];
  const digits = String(number);
  const candidates = options.additionalCodes?.length ? [...CATALOG_CANDIDATES, ...options.additionalCodes.map(toCandidate)] : CATALOG_CANDIDATES;
  const found: { suggestion: ErrorCodeSuggestion; swap: boolean }[] = [];
  const seen = new Set<number>();
  for (const candidate of candidates) {
    if (candidate.code === number || seen.has(candidate.code)) continue;
    const distance = editDistance(digits, candidate.digits, MAX_DISTANCE);
    if (distance > MAX_DISTANCE) continue;
    seen.add(candidate.code);
    found.push({
      suggestion: { code: candidate.code, name: candidate.name, category: candidate.category, distance },
      swap: distance === 1 && isAdjacentSwap(digits, candidate.digits),
    });
  }
  found.sort(
    (a, b) =>
      a.suggestion.distance - b.suggestion.distance ||
      Number(b.swap) - Number(a.swap) ||
      Math.abs(a.suggestion.code - number) - Math.abs(b.suggestion.code - number) ||
      a.suggestion.code - b.suggestion.code,
  );
  // One suggestion per constant: three values of the 200–299 range would crowd out every other code.
  const names = new Set<string>();
  const distinct = found.filter(({ suggestion }) => !names.has(suggestion.name) && names.add(suggestion.name));
  return distinct.slice(0, Math.floor(limit)).map((item) => item.suggestion);
}
