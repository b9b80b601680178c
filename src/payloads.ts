/**
 * The payloads error codes arrive in, as Meta documents them: the Graph API error body of a
 * failed call, and the errors of the webhooks. `WhatsAppApiError.from` and `getErrorCode` read
 * these and the shapes HTTP clients wrap them in (shapes.ts).
 */
import type { LooseWhatsAppErrorCode } from './lookup.js';

/** An entry of `statuses[].errors[]` (also `messages[].errors[]` and `value.errors[]`) in a webhook. */
export interface WhatsAppWebhookError {
  readonly code: LooseWhatsAppErrorCode;
  readonly title: string;
  /** Since Graph API v16.0; equals `title`. */
  readonly message?: string;
  readonly error_data?: { readonly details: string };
  /** A link to Meta's error-code documentation. */
  readonly href?: string;
}

/** The `value` of a webhook change that reports errors not tied to one message (`value.errors[]`). */
export interface WhatsAppWebhookErrorsValue {
  readonly messaging_product?: 'whatsapp';
  readonly errors: readonly WhatsAppWebhookError[];
}

/** A message status from the `statuses` array of a webhook; failed statuses carry `errors`. */
export interface WhatsAppWebhookStatus {
  readonly id: string;
  readonly status: 'sent' | 'delivered' | 'read' | 'failed' | (string & {});
  readonly timestamp?: string;
  readonly recipient_id?: string;
  readonly errors?: readonly WhatsAppWebhookError[];
}

/** The `error` object of a synchronous Graph API error response. */
export interface GraphApiError {
  /** `(#<code>) <title>`: for people, not for branching. */
  readonly message: string;
  readonly type: string;
  readonly code: LooseWhatsAppErrorCode;
  /** Narrows `code`: 2388xxx under 100 for template creation and phone migration (see `WhatsAppErrorSubcode`). */
  readonly error_subcode?: number;
  /** An object on messaging endpoints; a plain string on some template endpoints. */
  readonly error_data?: { readonly messaging_product?: 'whatsapp'; readonly details?: string } | string;
  readonly error_user_title?: string;
  readonly error_user_msg?: string;
  readonly is_transient?: boolean;
  readonly fbtrace_id: string;
}

/** The body of a Graph API error response: `{ "error": { … } }`. */
export interface GraphApiErrorBody {
  readonly error: GraphApiError;
}

type UnknownRecord = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null;
}

/** True for a Graph API error body: an object whose `error` has a numeric `code` and a `message`. */
export function isGraphApiErrorBody(value: unknown): value is GraphApiErrorBody {
  return isRecord(value) && isRecord(value['error']) && typeof value['error']['code'] === 'number' && typeof value['error']['message'] === 'string';
}
