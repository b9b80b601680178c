/**
 * What a number means to the rules: a live catalog code, a code the project added in settings, a
 * retired code, a value Meta documents only as an `error_subcode`, another product's code, or
 * nothing. Everything comes from the generated catalog through the kit.
 */
import type { CatalogCodeEntry, CatalogForeignProduct, CatalogRetiredEntry, CatalogSubcodeEntry, ErrorCategory, ErrorCodeSuggestion } from 'whatsapp-error-codes';
import {
  FOREIGN_ERROR_CODES,
  WhatsAppErrorCode,
  WhatsAppErrorSubcode,
  describeErrorCode,
  describeRetiredErrorCode,
  isWhatsAppErrorSubcode,
  subcodeEntriesOf,
  suggestErrorCodes,
} from 'whatsapp-error-codes';
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
  /** A value Meta sends as `error_subcode` (under `entries[0].code`), never as `code`. */
  | { readonly kind: 'subcode'; readonly code: number; readonly entries: readonly CatalogSubcodeEntry[] }
  | { readonly kind: 'foreign'; readonly code: number; readonly product: CatalogForeignProduct }
  | { readonly kind: 'unknown'; readonly code: number };

/** `WhatsAppErrorSubcode.NAME` of a subcode value, for the constant a subcode position is written with. */
export const SUBCODE_CONSTANTS: ReadonlyMap<number, string> = new Map(Object.entries(WhatsAppErrorSubcode).map(([name, value]) => [value, name]));

const constantValues = new Set<number>(Object.values(WhatsAppErrorCode));
const foreignByCode = new Map<number, CatalogForeignProduct>(FOREIGN_ERROR_CODES.flatMap((product) => product.codes.map((code) => [code, product] as const)));

/**
 * Values under 10,000 also mean other things (exit codes, HTTP statuses, WebSocket close codes,
 * other Meta APIs' codes): such a value counts as a WhatsApp code only with evidence.
 */
export const UNAMBIGUOUS_MINIMUM = 10_000;

/** The HTTP statuses of RFC 9110 and the registry's common extensions. */
const HTTP_STATUSES = new Set([
  100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415,
  416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
]);

export function isHttpStatus(value: number): boolean {
  return HTTP_STATUSES.has(value);
}

/**
 * Graph API codes that every Meta product sends (Messenger, Instagram and Pages too): 4 and 10
 * (below 100 anyway), 100, 190, the 200–299 permissions, 368, 613.
 */
const SHARED_GRAPH_CODES = new Set([100, 190, 368, 613]);

/**
 * A number that means many things besides a WhatsApp code: below 100 (exit codes, counters, small
 * enums), an HTTP status, a WebSocket close code (1000–1015), a Graph code every Meta product
 * sends. Such a value is a WhatsApp code only with evidence; a value such as 470 or 2000 on a
 * code side is one without more.
 */
export function isEverydayNumber(value: number): boolean {
  return value < 100 || HTTP_STATUSES.has(value) || (value >= 1000 && value <= 1015) || (value >= 200 && value <= 299) || SHARED_GRAPH_CODES.has(value);
}

export interface CodeIndex {
  meaningOf(code: number): CodeMeaning;
  /** What a value compared with an `error_subcode` means: the subcode it is, or nothing. */
  meaningAsSubcode(subcode: number): CodeMeaning;
  isLive(code: number): boolean;
  /** A live, retired or subcode value of 10,000 or more, outside the numberings Meta shares between products (`sharedFamily`): a number that is WhatsApp's and nothing else's. */
  isUnambiguous(code: number): boolean;
  /** A live code of a numbering Meta shares between products (80007, `sharedFamily`): judged by its company, one meaning wherever it is WhatsApp's. */
  sharesNumbering(code: number): boolean;
  /** Shared between callers: do not mutate. */
  suggest(code: number): readonly ErrorCodeSuggestion[];
  /**
   * An unknown value that looks like a WhatsApp code gone wrong: one in Meta's messaging range, or
   * a value of five digits or more within one digit edit of a code of five digits or more (two
   * edits when both have the same six digits or more). Every edit keeps the code's first two
   * digits: a slip inside a code is a typo, but another leading family is another system's code
   * (Twilio's 30007 is not 80007, TypeScript's diagnostic 18003 is not 138003, PostgreSQL's 23505
   * is nobody's typo).
   */
  looksMistyped(code: number): boolean;
  /**
   * A value that is a WhatsApp code without evidence from around it: a catalog code of 10,000 or
   * more, an unknown value that looks like one mistyped, or a catalog value that is no everyday
   * number (470, 2000). Such a value gives the small values of its function evidence, and a file
   * without one (nor the kit, nor a Graph call) holds no code.
   */
  isCodeOnItsOwn(code: number): boolean;
}

/** Meta's messaging codes live in 130000–139999: an unknown value there is a WhatsApp code gone wrong. */
const MESSAGING_RANGE = { first: 130_000, last: 139_999 };

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
  const meaningOf = memoize((code): CodeMeaning => {
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
    if (isWhatsAppErrorSubcode(code)) return { kind: 'subcode', code, entries: subcodeEntriesOf(code) };
    const product = foreignByCode.get(code);
    if (product) return { kind: 'foreign', code, product };
    return { kind: 'unknown', code };
  });
  // Asked for every number of every file: a table for the values below 10,000 (0 not yet asked, 1 no, 2 yes), a memo above.
  const small = new Uint8Array(UNAMBIGUOUS_MINIMUM);
  const large = memoize((code) => index.isUnambiguous(code) || index.looksMistyped(code) || index.sharesNumbering(code));
  const index: CodeIndex = {
    meaningOf,
    isCodeOnItsOwn(code) {
      // 23505 or 60000 is another system's number: no company for a small value, and nothing no-unknown-code would report.
      if (code >= UNAMBIGUOUS_MINIMUM) return large(code);
      let answer = small[code]!;
      if (answer === 0) {
        const kind = meaningOf(code).kind;
        // Graph's subcodes below 10,000 (463, 467 under 190) are every Meta API's: no company on their own.
        small[code] = answer = (kind === 'live' || kind === 'retired') && !isEverydayNumber(code) ? 2 : 1;
      }
      return answer === 2;
    },
    meaningAsSubcode(subcode) {
      return isWhatsAppErrorSubcode(subcode) ? { kind: 'subcode', code: subcode, entries: subcodeEntriesOf(subcode) } : { kind: 'unknown', code: subcode };
    },
    isLive(code) {
      return describeErrorCode(code) !== undefined || additional.has(code);
    },
    isUnambiguous(code) {
      if (code < UNAMBIGUOUS_MINIMUM) return false;
      const kind = meaningOf(code).kind;
      return (kind === 'live' && !index.sharesNumbering(code)) || kind === 'retired' || kind === 'subcode';
    },
    sharesNumbering(code) {
      const meaning = meaningOf(code);
      // 80007 is one of Graph's business-use-case rate limits, whose other codes are other products'.
      return meaning.kind === 'live' && meaning.entry?.sharedFamily !== undefined;
    },
    suggest: memoize((code) => suggestErrorCodes(code, 3, { additionalCodes: settings.additionalCodes })),
    looksMistyped: memoize((code) => {
      if (meaningOf(code).kind !== 'unknown') return false;
      if (code >= MESSAGING_RANGE.first && code <= MESSAGING_RANGE.last) return true;
      const digits = String(code);
      if (digits.length < 5) return false;
      return index.suggest(code).some((suggestion) => {
        const near = String(suggestion.code);
        if (suggestion.code < UNAMBIGUOUS_MINIMUM || near.slice(0, 2) !== digits.slice(0, 2)) return false;
        return suggestion.distance === 1 || (near.length === digits.length && digits.length >= 6);
      });
    }),
  };
  indexes.set(settings.additionalCodes, index);
  return index;
}
