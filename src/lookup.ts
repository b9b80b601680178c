/**
 * O(1) lookups over the generated catalog, built once when the module loads. Every runtime
 * helper of the kit, the CLI and the ESLint plugin answer "is this a code?" through these maps.
 */
import type { CatalogCodeEntry, CatalogMeaningClass, CatalogRetiredEntry, CatalogSubcodeEntry } from './catalog/schema.js';
import {
  ERROR_CODE_ENTRIES,
  ERROR_SUBCODE_ENTRIES,
  MEANING_CLASSES,
  RETIRED_ERROR_CODE_ENTRIES,
  type ErrorCategoryByCode,
  type ErrorSubcodesByCode,
  type RetiredErrorCode,
  type WhatsAppErrorCode,
  type WhatsAppErrorSubcode,
} from './generated/catalog.js';
import { readErrorFields, toCodeNumber } from './shapes.js';

/** Any number, with editor completion of the known codes kept (a plain `| number` would erase them). */
export type LooseWhatsAppErrorCode = WhatsAppErrorCode | (number & {});

/** The subcodes documented under code `C` (`never` for a code without any). */
export type SubcodeOf<C extends number> = C extends keyof ErrorSubcodesByCode ? ErrorSubcodesByCode[C] : never;

/** A catalog entry whose `category` is known from the code's type. */
export type ErrorCodeEntryOf<Code extends WhatsAppErrorCode> = CatalogCodeEntry & { readonly category: ErrorCategoryByCode[Code] };

const entryByCode = new Map<number, CatalogCodeEntry>();
for (const entry of ERROR_CODE_ENTRIES) {
  for (let code = entry.code; code <= (entry.rangeEnd ?? entry.code); code++) entryByCode.set(code, entry);
}
const retiredByCode = new Map<number, CatalogRetiredEntry>(RETIRED_ERROR_CODE_ENTRIES.map((entry) => [entry.code, entry]));
const subcodeByPair = new Map<string, CatalogSubcodeEntry>(ERROR_SUBCODE_ENTRIES.map((entry) => [`${entry.code}/${entry.subcode}`, entry]));
/** Subcode values under one parent only: what a bare subcode value (sent as `code` by mistake) can be read as. */
const subcodesByValue = new Map<number, CatalogSubcodeEntry[]>();
for (const entry of ERROR_SUBCODE_ENTRIES) subcodesByValue.set(entry.subcode, [...(subcodesByValue.get(entry.subcode) ?? []), entry]);
const classById = new Map<string, CatalogMeaningClass>(MEANING_CLASSES.map((entry) => [entry.id, entry]));

export { toCodeNumber };

/** True only for numbers that are documented codes (each value of a range included). */
export function isWhatsAppErrorCode(value: unknown): value is WhatsAppErrorCode {
  return typeof value === 'number' && entryByCode.has(value);
}

/** True only for documented `error_subcode` values (under any code). */
export function isWhatsAppErrorSubcode(value: unknown): value is WhatsAppErrorSubcode {
  return typeof value === 'number' && subcodesByValue.has(value);
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

/** The entry of an `error_subcode` under `code`, or `undefined` when the catalog does not document the pair. */
export function describeErrorSubcode<Code extends keyof ErrorSubcodesByCode>(code: Code, subcode: ErrorSubcodesByCode[Code]): CatalogSubcodeEntry;
export function describeErrorSubcode(code: number, subcode: number): CatalogSubcodeEntry | undefined;
export function describeErrorSubcode(code: number, subcode: number): CatalogSubcodeEntry | undefined {
  return subcodeByPair.get(`${code}/${subcode}`);
}

/** The subcode entries whose value is `subcode`, under whatever code (usually one). */
export function subcodeEntriesOf(subcode: number): readonly CatalogSubcodeEntry[] {
  return subcodesByValue.get(subcode) ?? [];
}

/** The retired entry of a code, with its Cloud API replacement where one is known, or `undefined`. */
export function describeRetiredErrorCode(code: number): CatalogRetiredEntry | undefined {
  return retiredByCode.get(code);
}

/** The meaning class with this id (from an entry's `class`). */
export function meaningClassOf(id: string): CatalogMeaningClass | undefined {
  return classById.get(id);
}

/** `{ code, error_subcode }` (or `subcode`): what a caller who already picked the fields apart passes. */
function pairOf(value: unknown): { code: number; subcode?: number } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Readonly<Record<string, unknown>>;
  const code = toCodeNumber(record['code']);
  if (code === undefined) return undefined;
  const subcode = toCodeNumber(record['error_subcode'] ?? record['subcode']);
  return subcode === undefined ? { code } : { code, subcode };
}

/**
 * The most specific meaning of an error: the entry of its `(code, error_subcode)` pair first,
 * then its code's; for a value Meta documents only as a subcode but that came as `code`, that
 * subcode's entry. Accepts `{ code, error_subcode }` and every error shape `getErrorCode` reads
 * (a Graph error body, an axios or ky error, a webhook error, `WhatsAppApiError`, …).
 */
export function describeError(error: unknown): CatalogCodeEntry | CatalogSubcodeEntry | undefined {
  const fields = readErrorFields(error) ?? pairOf(error);
  if (fields === undefined) return undefined;
  if (fields.subcode !== undefined) {
    const pair = describeErrorSubcode(fields.code, fields.subcode);
    if (pair) return pair;
  }
  const entry = describeErrorCode(fields.code);
  if (entry) return entry;
  const asSubcode = subcodeEntriesOf(fields.code);
  return asSubcode.length === 1 ? asSubcode[0] : undefined;
}

/** Every documented code, each value of a range included, ascending. */
export function allErrorCodes(): readonly WhatsAppErrorCode[] {
  return [...entryByCode.keys()] as WhatsAppErrorCode[];
}

