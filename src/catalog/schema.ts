/**
 * The shape of a catalog file: the hand-edited source of truth that the generator turns into
 * literal types, constants and docs. `catalog.schema.json` at the package root describes the
 * same shape for editors; `validateCatalog` enforces it with messages that name entry and field.
 */

/** Who can act on the failure: the business (sender), the recipient's side, or Meta (platform). */
export type ErrorCategory = 'sender' | 'recipient' | 'platform';

/**
 * What to do with the request that failed:
 * `yes` resend it (with backoff), `wait` resend only after a delay, `fix` resend only after a
 * change on the business side, `no` do not resend.
 */
export type RetryAdvice = 'yes' | 'wait' | 'fix' | 'no';

export interface CatalogCodeEntry {
  /** The numeric `code` Meta sends. For a range entry, the first code of the range. */
  readonly code: number;
  /** Inclusive last code when the entry stands for a range (the 200–299 permission errors). */
  readonly rangeEnd?: number;
  /** Canonical constant name, SCREAMING_SNAKE_CASE, unique across the catalog. */
  readonly name: string;
  /** Meta's short title where one exists, else the details text Meta documents. */
  readonly title: string;
  readonly category: ErrorCategory;
  /** One or two sentences in our own words, faithful to Meta's text. */
  readonly summary: string;
  readonly retry: RetryAdvice;
  /** Other titles and names the code goes by: older Meta titles, the seed's title, SDK names. */
  readonly aliases: readonly string[];
  /** Lower-case words or phrases that describe this code and no other. */
  readonly keywords: readonly string[];
  readonly docsUrl: string;
  readonly httpStatus?: number;
  /** Meta's own group on the error-codes page (Authorization, Throttling, Calling, …). */
  readonly metaGroup?: string;
  readonly notes?: string;
}

/** Where a retired code was used. */
export type RetiredPlatform = 'cloud' | 'on-premises';

export interface CatalogRetiredEntry {
  readonly code: number;
  readonly title: string;
  readonly platform: RetiredPlatform;
  /** The live Cloud API code that reports the same failure today, where one is known. */
  readonly replacement?: number;
  readonly notes?: string;
}

export interface Catalog {
  readonly codes: readonly CatalogCodeEntry[];
  readonly retired: readonly CatalogRetiredEntry[];
}
