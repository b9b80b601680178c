/**
 * The shape of a catalog file: the hand-edited source of truth that the generator turns into
 * literal types, constants and docs. `src/catalog/fields.ts` describes the same shape field by
 * field; the validator and `catalog.schema.json` (generated) are both derived from it.
 */

/** Who can act on the failure: the business (sender), the recipient's side, or Meta (platform). */
export type ErrorCategory = 'sender' | 'recipient' | 'platform';

/**
 * What to do with the request that failed:
 * - `retry`: send it again as it is (soon, a few times at most);
 * - `retry-with-backoff`: send it again, waiting longer after each failure (throttling, overload);
 * - `wait`: send it again only after a minimum delay (`minDelaySeconds` where Meta gives one);
 * - `send-template`: the free-form window is closed: send an approved template instead;
 * - `refresh-token`: get a new access token, then send again;
 * - `fix-request`: change the request (a parameter, the payload, the template variables);
 * - `fix-account`: change the business's setup (permissions, payment, templates, registration);
 * - `do-not-retry`: sending again, as it is or changed, will not deliver it;
 * - `contact-support`: only Meta can resolve it.
 */
export type RetryAction =
  | 'retry'
  | 'retry-with-backoff'
  | 'wait'
  | 'send-template'
  | 'refresh-token'
  | 'fix-request'
  | 'fix-account'
  | 'do-not-retry'
  | 'contact-support';

/** The retry advice of a catalog entry, as the catalog file writes it. */
export interface CatalogRetry {
  readonly action: RetryAction;
  /** The shortest wait Meta documents before sending again (131049: 24 h; 133015: 5 min). */
  readonly minDelaySeconds?: number;
  /** How many times sending again is worth it at most (1: API_UNKNOWN is worth one more try). */
  readonly maxAttempts?: number;
}

/**
 * Where a code reaches an integration:
 * - `response`: the Graph API response to the request (`{ "error": { "code": … } }`);
 * - `status-webhook`: `statuses[].errors[]` of a failed message status;
 * - `message-webhook`: `messages[].errors[]` of an incoming message Meta could not pass on;
 * - `account-webhook`: `value.errors[]`, errors about the app or account, not one message;
 * - `call-webhook`: the calls webhook (a terminated call);
 * - `history-webhook`: the history webhook of coexistence onboarding;
 * - `health-status`: `health_status.entities[].errors[]` of the Health Status API, which names its
 *   field `error_code`, not `code`.
 */
export type ArrivalPath = 'response' | 'status-webhook' | 'message-webhook' | 'account-webhook' | 'call-webhook' | 'history-webhook' | 'health-status';

/** The languages the catalog's words are written in. */
export type WordLanguage = 'en' | 'es' | 'pt' | 'fr';

/** Words or phrases per language; English is required, the others are added as they are written. */
export type Words = { readonly en: readonly string[] } & { readonly [L in Exclude<WordLanguage, 'en'>]?: readonly string[] };

/**
 * A meaning class: what a family of codes is about (rate limits, the 24-hour window, templates, …).
 * `no-misnamed-code` reads a label's words against the classes: a label whose words belong only to
 * another class than its code's describes another failure.
 */
export interface CatalogMeaningClass {
  /** kebab-case id that entries name in their `class`. */
  readonly id: string;
  readonly title: string;
  /** Words that describe this class and no other. */
  readonly words: Words;
  /** The codes to propose when a label names this class but no single code ("the user blocked us" → 131026). */
  readonly suggest?: readonly number[];
  /**
   * Classes whose words code often uses for this one's codes, and the other way round (Meta files
   * authentication and permission errors under one "Authorization" heading): a label of one on a
   * code of the other is no finding.
   */
  readonly overlaps?: readonly string[];
  /**
   * Words of this class that code also uses for the codes of other classes ("invalid phone
   * number": a malformed number, or one that is not on WhatsApp, 131026): on a code of those
   * classes they are no finding; on any other code they name this class.
   */
  readonly sharedWords?: readonly CatalogSharedWords[];
}

/** Words of a meaning class that describe other classes' codes too (`CatalogMeaningClass.sharedWords`). */
export interface CatalogSharedWords {
  /** The ids of the other classes whose codes the words describe as well. */
  readonly with: readonly string[];
  readonly words: Words;
}

/** What code entries and subcode entries share. */
export interface CatalogEntryCommon {
  /** Canonical constant name, SCREAMING_SNAKE_CASE, unique across codes and subcodes. */
  readonly name: string;
  /** Meta's short title where one exists, else the details text Meta documents. */
  readonly title: string;
  readonly category: ErrorCategory;
  /** The id of the entry's meaning class. */
  readonly class: string;
  /** One or two sentences in our own words, faithful to Meta's text. */
  readonly summary: string;
  readonly retry: CatalogRetry;
  /** Where the code arrives, in the order an integration usually meets it. */
  readonly arrives: readonly ArrivalPath[];
  /** Other titles and names the code goes by: older Meta titles, the seed's title, SDK names. */
  readonly aliases: readonly string[];
  /** Words or phrases that describe this entry and no other, per language. */
  readonly keywords: Words;
  /** Earlier constant names of this entry, kept on `WhatsAppErrorCode` as deprecated aliases. */
  readonly deprecatedNames?: readonly string[];
  readonly docsUrl: string;
  /** The HTTP status Meta documents for the response, where it documents one. */
  readonly httpStatus?: number;
  /** Meta's own group on the error-codes page (Authorization, Throttling, Calling, …). */
  readonly metaGroup?: string;
  readonly notes?: string;
}

export interface CatalogCodeEntry extends CatalogEntryCommon {
  /** The numeric `code` Meta sends. For a range entry, the first code of the range. */
  readonly code: number;
  /** Inclusive last code when the entry stands for a range (the 200–299 permission errors). */
  readonly rangeEnd?: number;
  /**
   * The numbering Meta shares between products that this code is one member of (its
   * business-use-case rate limits give each product one code in 80000–80014): beside another
   * product's codes the value is that family's, so the rules judge it by its company, as they
   * judge a code below 10,000.
   */
  readonly sharedFamily?: string;
}

/**
 * A `(code, error_subcode)` pair: the subcode narrows the meaning of its parent code. Template
 * creation and phone migration errors arrive as `error_subcode` 2388xxx under `code` 100.
 */
export interface CatalogSubcodeEntry extends CatalogEntryCommon {
  /** The parent `code` the subcode arrives under; a code of the catalog. */
  readonly code: number;
  /** The `error_subcode` value. */
  readonly subcode: number;
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

/** Codes the catalog leaves out on purpose, and why: so the docs say it, and nobody adds them by accident. */
export interface CatalogExclusion {
  readonly codes: readonly number[];
  readonly title: string;
  readonly reason: string;
}

/**
 * Another product's codes, which integrations compare beside WhatsApp's (Graph rate limits of
 * Pages and Instagram, Twilio's errors): the rules never take them for WhatsApp codes, known or
 * unknown, and a comment that names the product (its `words`) says the code beside it is its.
 */
export interface CatalogForeignProduct {
  readonly product: string;
  readonly kind: ForeignProductKind;
  readonly codes: readonly number[];
  readonly words: Words;
}

/**
 * Whose the codes are, which says what a small code beside them is: `graph-api`, the Graph API's
 * own (every Meta product, the Cloud API too, returns them, so Graph's generic codes beside them
 * keep their one meaning); `meta-product`, another Meta product on the Graph API (Messenger, the
 * Marketing API), beside whose codes a generic code may carry that product's meaning; `provider`,
 * another company (Twilio), beside whose codes a small number may be that company's.
 */
export type ForeignProductKind = 'graph-api' | 'meta-product' | 'provider';

export interface Catalog {
  readonly classes: readonly CatalogMeaningClass[];
  readonly codes: readonly CatalogCodeEntry[];
  readonly subcodes: readonly CatalogSubcodeEntry[];
  readonly retired: readonly CatalogRetiredEntry[];
  readonly excluded: readonly CatalogExclusion[];
  readonly foreign: readonly CatalogForeignProduct[];
}
