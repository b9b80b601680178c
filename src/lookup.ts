/**
 * O(1) lookups over the generated catalog, built once when the module loads. Every runtime
 * helper of the kit, the CLI and the ESLint rules answer "is this a code?" through these maps.
 */
import type { CatalogCodeEntry, CatalogRetiredEntry } from './catalog/schema.js';
import {
  ERROR_CODE_ENTRIES,
  RETIRED_ERROR_CODE_ENTRIES,
  type ErrorCategoryByCode,
  type RetiredErrorCode,
  type WhatsAppErrorCode,
} from './generated/catalog.js';

/** Any number, with editor completion of the known codes kept (a plain `| number` would erase them). */
export type LooseWhatsAppErrorCode = WhatsAppErrorCode | (number & {});

/** A catalog entry whose `category` is known from the code's type. */
export type ErrorCodeEntryOf<Code extends WhatsAppErrorCode> = CatalogCodeEntry & { readonly category: ErrorCategoryByCode[Code] };

const entryByCode = new Map<number, CatalogCodeEntry>();
for (const entry of ERROR_CODE_ENTRIES) {
  for (let code = entry.code; code <= (entry.rangeEnd ?? entry.code); code++) entryByCode.set(code, entry);
}
const retiredByCode = new Map<number, CatalogRetiredEntry>(RETIRED_ERROR_CODE_ENTRIES.map((entry) => [entry.code, entry]));

/** Accepts a number or a string of digits (some SDKs stringify codes); anything else is not a code. */
export function toCodeNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  return undefined;
}

/** True only for numbers that are documented codes (each value of a range included). */
export function isWhatsAppErrorCode(value: unknown): value is WhatsAppErrorCode {
  return typeof value === 'number' && entryByCode.has(value);
}

/** True only for numbers that Meta used to send and retired. */
export function isRetiredErrorCode(value: unknown): value is RetiredErrorCode {
  return typeof value === 'number' && retiredByCode.has(value);
}

/** The catalog entry of a code, or `undefined` for a code Meta does not document. */
export function describeErrorCode<Code extends WhatsAppErrorCode>(code: Code): ErrorCodeEntryOf<Code>;
export function describeErrorCode(code: number): CatalogCodeEntry | undefined;
export function describeErrorCode(code: number): CatalogCodeEntry | undefined {
  return entryByCode.get(code);
}

/** The retired entry of a code, with its Cloud API replacement where one is known, or `undefined`. */
export function describeRetiredErrorCode(code: number): CatalogRetiredEntry | undefined {
  return retiredByCode.get(code);
}

/** Every documented code, each value of a range included, ascending. */
export function allErrorCodes(): readonly WhatsAppErrorCode[] {
  return [...entryByCode.keys()] as WhatsAppErrorCode[];
}
