/**
 * The shapes error codes arrive in, and `getErrorCode`, which reads the code from any of them
 * without guessing: never from `message` text, never from an HTTP client's own string `code`.
 */
import type { LooseWhatsAppErrorCode } from './lookup.js';
import { toCodeNumber } from './lookup.js';

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

/** How deep `getErrorCode` follows `cause` chains (wrapped errors), so a cycle cannot hang it. */
const MAX_CAUSE_DEPTH = 3;

/**
 * The WhatsApp error code carried by `value`, or `undefined`. Understands, in this order:
 * a Graph API error body (`error.code`); an HTTP-client error wrapping one
 * (`response.data.error.code`, as axios throws); a status with `errors[0].code`; a webhook or
 * Graph error object with its own numeric `code`; and the same shapes under `cause`.
 * A `code` that is a string of digits (some SDKs stringify codes) counts; any other string,
 * such as axios's `'ERR_BAD_REQUEST'`, does not; `message` text is never parsed.
 */
export function getErrorCode(value: unknown): number | undefined {
  return readCode(value, 0);
}

function readCode(value: unknown, depth: number): number | undefined {
  if (!isRecord(value)) return undefined;
  const error = value['error'];
  if (isRecord(error)) {
    const code = toCodeNumber(error['code']);
    if (code !== undefined) return code;
  }
  const response = value['response'];
  if (isRecord(response) && isRecord(response['data']) && isRecord(response['data']['error'])) {
    const code = toCodeNumber(response['data']['error']['code']);
    if (code !== undefined) return code;
  }
  const errors = value['errors'];
  if (Array.isArray(errors) && isRecord(errors[0])) {
    const code = toCodeNumber(errors[0]['code']);
    if (code !== undefined) return code;
  }
  const own = toCodeNumber(value['code']);
  if (own !== undefined) return own;
  if (depth < MAX_CAUSE_DEPTH && 'cause' in value) return readCode(value['cause'], depth + 1);
  return undefined;
}
