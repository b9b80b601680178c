/**
 * whatsapp-error-codes: every documented WhatsApp Cloud API error code as constants and literal
 * types, with categories that make unhandled failure classes a compile error.
 * Zero runtime dependencies; nothing here imports ESLint or TypeScript.
 */
export {
  WhatsAppErrorCode,
  ERROR_CODE_ENTRIES,
  RETIRED_ERROR_CODE_ENTRIES,
  type SenderErrorCode,
  type RecipientErrorCode,
  type PlatformErrorCode,
  type RetiredErrorCode,
  type ErrorCategoryByCode,
} from './generated/catalog.js';
export type { Catalog, CatalogCodeEntry, CatalogRetiredEntry, RetiredPlatform, RetryAdvice } from './catalog/schema.js';
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
  describeErrorCode,
  describeRetiredErrorCode,
  isRetiredErrorCode,
  isWhatsAppErrorCode,
  type ErrorCodeEntryOf,
  type LooseWhatsAppErrorCode,
} from './lookup.js';
export { editDistance, suggestErrorCodes, type ErrorCodeSuggestion, type SuggestionCandidate, type SuggestOptions } from './suggest.js';
export { CATEGORY_LABELS, RETIRED_PLATFORM_LABELS, RETRY_LABELS } from './catalog/labels.js';
export { assertNever } from './assert-never.js';
export {
  getErrorCode,
  isGraphApiErrorBody,
  type GraphApiError,
  type GraphApiErrorBody,
  type WhatsAppWebhookError,
  type WhatsAppWebhookStatus,
} from './payloads.js';
