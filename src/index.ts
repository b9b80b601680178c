/**
 * whatsapp-error-codes: every documented WhatsApp Cloud API error code as constants and literal
 * types, with categories that make unhandled failure classes a compile error, one typed error
 * for every shape an error arrives in, and the decision of what to do next.
 * Zero runtime dependencies; nothing here imports ESLint or TypeScript.
 */
export {
  WhatsAppErrorCode,
  WhatsAppErrorSubcode,
  ERROR_CODE_ENTRIES,
  ERROR_SUBCODE_ENTRIES,
  RETIRED_ERROR_CODE_ENTRIES,
  EXCLUDED_ERROR_CODES,
  FOREIGN_ERROR_CODES,
  MEANING_CLASSES,
  type SenderErrorCode,
  type RecipientErrorCode,
  type PlatformErrorCode,
  type RetiredErrorCode,
  type ErrorCategoryByCode,
  type ErrorSubcodesByCode,
  type MeaningClassId,
  type RetryActionByCode,
} from './generated/catalog.js';
export type {
  ArrivalPath,
  Catalog,
  CatalogCodeEntry,
  CatalogEntryCommon,
  CatalogExclusion,
  CatalogForeignProduct,
  ForeignProductKind,
  CatalogMeaningClass,
  CatalogSharedWords,
  CatalogRetiredEntry,
  CatalogRetry,
  CatalogSubcodeEntry,
  RetiredPlatform,
  RetryAction,
  WordLanguage,
  Words,
} from './catalog/schema.js';
export {
  ERROR_CATEGORIES,
  categoryOf,
  isErrorCategory,
  matchCategory,
  type CategoryHandlers,
  type CategoryOf,
  type ErrorCategory,
  type ErrorCodeOf,
  type LooseCategoryHandlers,
} from './categories.js';
export {
  allErrorCodes,
  describeError,
  describeErrorCode,
  describeErrorSubcode,
  describeRetiredErrorCode,
  isRetiredErrorCode,
  isWhatsAppErrorCode,
  isWhatsAppErrorSubcode,
  meaningClassOf,
  subcodeEntriesOf,
  type ErrorCodeEntryOf,
  type LooseWhatsAppErrorCode,
  type SubcodeOf,
} from './lookup.js';
export { WhatsAppApiError, getErrorCode, isWhatsAppApiError, type ErrorContext, type WhatsAppErrorFields } from './api-error.js';
export {
  isRateLimit,
  isRetryable,
  isTransientAction,
  nextRetryDelay,
  parseRetryAfter,
  requiresTemplate,
  requiresTokenRefresh,
  retryAdviceOf,
  type RetryActionOf,
  type RetryAdvice,
  type RetryAdviceOf,
  type RetryDelayOptions,
} from './retry.js';
export { editDistance, suggestErrorCodes, type ErrorCodeSuggestion, type SuggestionCandidate, type SuggestOptions } from './suggest.js';
export { ARRIVAL_PATH_LABELS, CATEGORY_LABELS, RETIRED_PLATFORM_LABELS, RETRY_ACTION_LABELS } from './catalog/labels.js';
export { assertNever } from './assert-never.js';
export { isGraphApiErrorBody, type GraphApiError, type GraphApiErrorBody, type WhatsAppWebhookError, type WhatsAppWebhookErrorsValue, type WhatsAppWebhookStatus } from './payloads.js';
