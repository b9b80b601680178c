/**
 * What a number means to the rules: a live catalog code, a code the project added in settings,
 * a retired code, or nothing. Everything comes from the generated catalog through the kit.
 */
import type { CatalogCodeEntry, CatalogRetiredEntry, ErrorCategory, ErrorCodeSuggestion } from 'whatsapp-error-codes';
import { WhatsAppErrorCode, describeErrorCode, describeRetiredErrorCode, suggestErrorCodes } from 'whatsapp-error-codes';
import type { AdditionalCode, WhatsAppErrorsSettings } from './settings.js';

export type CodeMeaning =
  | {
      readonly kind: 'live';
      readonly code: number;
      readonly name: string;
      readonly category: ErrorCategory;
      /** The catalog entry; absent for a code from `additionalCodes`. */
      readonly entry?: CatalogCodeEntry;
      /** The `WhatsAppErrorCode` constant whose value is exactly this code, if any (not for range members). */
      readonly constantName?: string;
    }
  | { readonly kind: 'retired'; readonly code: number; readonly entry: CatalogRetiredEntry; readonly replacement?: CatalogCodeEntry }
  | { readonly kind: 'unknown'; readonly code: number };

const constantValues = new Set<number>(Object.values(WhatsAppErrorCode));

export interface CodeIndex {
  meaningOf(code: number): CodeMeaning;
  isLive(code: number): boolean;
  /** Shared between callers: do not mutate. */
  suggest(code: number): readonly ErrorCodeSuggestion[];
}

const indexes = new WeakMap<readonly AdditionalCode[], CodeIndex>();

/**
 * Answers are pure functions of the code, so each index remembers them: `suggest` scans the whole
 * catalog, and the same few values (HTTP statuses, other providers' codes) come back in file after
 * file. Capped so a codebase with endless distinct values cannot grow it without bound.
 */
const MEMO_LIMIT = 10_000;

function memoize<T>(compute: (code: number) => T): (code: number) => T {
  const memo = new Map<number, T>();
  return (code) => {
    let answer = memo.get(code);
    if (answer === undefined) {
      answer = compute(code);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(code, answer);
    }
    return answer;
  };
}

/** One index per settings object (cached), so lookups stay O(1) maps built once. */
export function codeIndexFor(settings: WhatsAppErrorsSettings): CodeIndex {
  const cached = indexes.get(settings.additionalCodes);
  if (cached) return cached;
  const additional = new Map(settings.additionalCodes.map((entry) => [entry.code, entry]));
  const index: CodeIndex = {
    meaningOf: memoize((code): CodeMeaning => {
      const entry = describeErrorCode(code);
      if (entry) {
        return { kind: 'live', code, name: entry.name, category: entry.category, entry, ...(constantValues.has(code) && entry.code === code && { constantName: entry.name }) };
      }
      const extra = additional.get(code);
      if (extra) return { kind: 'live', code, name: extra.name, category: extra.category };
      const retired = describeRetiredErrorCode(code);
      if (retired) {
        const replacement = retired.replacement === undefined ? undefined : describeErrorCode(retired.replacement);
        return { kind: 'retired', code, entry: retired, ...(replacement && { replacement }) };
      }
      return { kind: 'unknown', code };
    }),
    isLive(code) {
      return describeErrorCode(code) !== undefined || additional.has(code);
    },
    suggest: memoize((code) => suggestErrorCodes(code, 3, { additionalCodes: settings.additionalCodes })),
  };
  indexes.set(settings.additionalCodes, index);
  return index;
}
