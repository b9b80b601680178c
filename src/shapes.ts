/**
 * The shapes a WhatsApp error reaches user code in, read into one record of fields. Every kit
 * function that takes "a code or an error" reads through `readErrorFields`, so they all accept
 * the same shapes and reject the same others:
 *
 * - a code by itself: `131047`, or the string `'131047'` (Vercel Chat's adapter, some proxies);
 * - a Graph API error body `{ error: { code, message, type, error_subcode, error_data, fbtrace_id, … } }`,
 *   alone (fetch, with the `Response` passed as context) or inside an HTTP client's error:
 *   axios (`response.data`), ky (`data`, `response`), got and superagent (`response.body`);
 * - a Graph `error` object on its own (whatsapp-business rejects with it), Kapso's `GraphApiError`,
 *   Vercel Chat's `WhatsAppApiError`;
 * - a webhook error `{ code, title, message, error_data: { details }, href }` from
 *   `statuses[].errors[]`, `messages[].errors[]` or `value.errors[]`, or the status or value
 *   that carries it in `errors`;
 * - any of these as the `cause` of another error, three levels deep at most.
 *
 * An object is only read as a WhatsApp error when it has something only Meta's errors have
 * (a `fbtrace_id`, an `…Exception` type, a `(#code)` message, a webhook `title`, …): a child
 * process error with `code: 1` or a Postgres error with `code: '23505'` is not one. The code is
 * never parsed out of `message` text.
 */
import { parseRetryAfter, readHeader, statusOf } from './http.js';

/** What the kit knows of an error once it is read, whatever shape it came in. */
export interface WhatsAppErrorFields {
  readonly code: number;
  readonly subcode?: number;
  /** Meta's `message` (`(#131047) Re-engagement message`); for people, not for branching. */
  readonly message?: string;
  /** A webhook error's `title`. */
  readonly title?: string;
  /** Graph's `type`, such as `OAuthException`. */
  readonly type?: string;
  /** `error_data.details`: Meta's explanation of this occurrence. */
  readonly details?: string;
  readonly fbtraceId?: string;
  /** A webhook error's link to Meta's documentation. */
  readonly href?: string;
  /** Graph's `is_transient`. */
  readonly isTransient?: boolean;
  readonly userTitle?: string;
  readonly userMessage?: string;
  readonly httpStatus?: number;
  /** The response's `Retry-After`, in milliseconds from when the error was read. */
  readonly retryAfterMs?: number;
}

/** The HTTP context of an error that does not carry it: the fetch `Response` its body came from, or its status and headers. */
export interface ErrorContext {
  readonly response?: unknown;
  readonly status?: number;
  readonly headers?: unknown;
  /** The clock `Retry-After` dates are read against (milliseconds since the epoch). */
  readonly now?: number;
}

/** Where `WhatsAppApiError` keeps the fields it was read from, so that reading it again is exact. */
export const ERROR_FIELDS: unique symbol = Symbol.for('whatsapp-error-codes.error-fields');

const MAX_CAUSE_DEPTH = 3;

type UnknownRecord = Readonly<Record<string | symbol, unknown>>;

function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null;
}

/** A number or a string of digits that can be a code; anything else is not a code. */
export function toCodeNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  return undefined;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** `error_data` is an object on messaging endpoints and a plain string on some template endpoints. */
function detailsOf(errorData: unknown): string | undefined {
  return isRecord(errorData) ? text(errorData['details']) : text(errorData);
}

/** Only undefined fields are left out, so the record reads the same however it was built. */
function compact(fields: Record<string, unknown>): WhatsAppErrorFields {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as unknown as WhatsAppErrorFields;
}

/** Something only a Graph error has: a trace id, an `…Exception` type, a `(#code)` message, a subcode or `error_data`. */
function looksLikeGraphError(error: UnknownRecord): boolean {
  return (
    text(error['fbtrace_id']) !== undefined ||
    text(error['fbtraceId']) !== undefined ||
    text(error['traceId']) !== undefined ||
    /Exception$/.test(text(error['type']) ?? '') ||
    /^\(#\d+\)/.test(text(error['message']) ?? '') ||
    toCodeNumber(error['error_subcode']) !== undefined ||
    toCodeNumber(error['errorSubcode']) !== undefined ||
    error['error_data'] !== undefined ||
    typeof error['is_transient'] === 'boolean'
  );
}

/** A Graph `error` object, snake_case as Meta sends it or camelCase as Kapso and Vercel Chat expose it. */
function graphError(error: unknown): WhatsAppErrorFields | undefined {
  if (!isRecord(error) || !looksLikeGraphError(error)) return undefined;
  // Vercel Chat's adapter keeps its own taxonomy in `code` (`RATE_LIMITED`) and Meta's number in `errorCode`.
  const code = toCodeNumber(error['code']) ?? toCodeNumber(error['errorCode']);
  if (code === undefined) return undefined;
  return compact({
    code,
    subcode: toCodeNumber(error['error_subcode']) ?? toCodeNumber(error['errorSubcode']) ?? toCodeNumber(error['subcode']),
    message: text(error['message']) ?? text(error['providerMessage']),
    title: text(error['title']),
    type: text(error['type']),
    details: detailsOf(error['error_data']) ?? text(error['details']),
    fbtraceId: text(error['fbtrace_id']) ?? text(error['fbtraceId']) ?? text(error['traceId']),
    isTransient: typeof error['is_transient'] === 'boolean' ? error['is_transient'] : undefined,
    userTitle: text(error['error_user_title']) ?? text(error['errorUserTitle']),
    userMessage: text(error['error_user_msg']) ?? text(error['errorUserMsg']),
    href: text(error['href']),
  });
}

/** A webhook error: a code with the `title` every webhook error carries (or its `href` and `error_data`). */
function webhookError(error: unknown): WhatsAppErrorFields | undefined {
  if (!isRecord(error)) return undefined;
  const code = toCodeNumber(error['code']);
  if (code === undefined) return undefined;
  const title = text(error['title']);
  const details = detailsOf(error['error_data']);
  const href = text(error['href']);
  if (title === undefined && details === undefined && href === undefined) return undefined;
  return compact({ code, title, message: text(error['message']), details, href });
}

/** `{ error: { … } }`, as an object or as the JSON text of one. */
function graphBody(body: unknown): WhatsAppErrorFields | undefined {
  if (typeof body === 'string' && body.startsWith('{')) {
    try {
      return graphBody(JSON.parse(body));
    } catch {
      return undefined;
    }
  }
  return isRecord(body) && isRecord(body['error']) ? (graphError(body['error']) ?? undefined) : undefined;
}

function withHttp(fields: WhatsAppErrorFields, response: unknown, status: unknown, headers: unknown, now: number): WhatsAppErrorFields {
  const httpStatus = statusOf(response) ?? (typeof status === 'number' ? statusOf({ status }) : undefined);
  const header = readHeader(headers ?? (isRecord(response) ? response['headers'] : undefined), 'retry-after');
  const retryAfterMs = parseRetryAfter(header, now);
  return httpStatus === undefined && retryAfterMs === undefined ? fields : compact({ ...fields, httpStatus: fields.httpStatus ?? httpStatus, retryAfterMs: fields.retryAfterMs ?? retryAfterMs });
}

/**
 * The fields of the WhatsApp error `value` holds, or `undefined` when it holds none. `context`
 * adds the HTTP status and `Retry-After` of a body read from a fetch `Response`.
 */
export function readErrorFields(value: unknown, context: ErrorContext = {}): WhatsAppErrorFields | undefined {
  return read(value, context, context.now ?? Date.now(), 0);
}

function read(value: unknown, context: ErrorContext, now: number, depth: number): WhatsAppErrorFields | undefined {
  const contextual = (fields: WhatsAppErrorFields | undefined): WhatsAppErrorFields | undefined =>
    fields && withHttp(fields, context.response, context.status, context.headers, now);
  if (typeof value === 'number' || typeof value === 'string') {
    const code = toCodeNumber(value);
    return code === undefined ? undefined : contextual({ code });
  }
  if (!isRecord(value)) return undefined;
  const own = value[ERROR_FIELDS];
  if (isRecord(own) && typeof own['code'] === 'number') return own as unknown as WhatsAppErrorFields;

  const fromBody = graphBody(value);
  if (fromBody) return contextual(fromBody);

  // An HTTP client's error: the body under `response` (axios: data; got, superagent: body) or beside it (ky: data).
  const response = value['response'];
  for (const body of [isRecord(response) ? response['data'] : undefined, value['data'], isRecord(response) ? response['body'] : undefined, value['body']]) {
    const fields = graphBody(body);
    if (fields) return withHttp(fields, response ?? context.response, value['status'] ?? value['statusCode'] ?? context.status, context.headers, now);
  }
  // Vercel Chat's adapter keeps the parsed body in `raw`.
  const fromRaw = graphBody(value['raw']);
  if (fromRaw) return withHttp(fromRaw, context.response, value['status'] ?? context.status, context.headers, now);

  const graphErrorFields = graphError(value);
  if (graphErrorFields) {
    const retryAfterMs = typeof value['retryAfterMs'] === 'number' && value['retryAfterMs'] >= 0 ? value['retryAfterMs'] : undefined;
    const fields = withHttp(graphErrorFields, context.response, value['httpStatus'] ?? value['status'] ?? context.status, context.headers, now);
    return retryAfterMs === undefined || fields.retryAfterMs !== undefined ? fields : compact({ ...fields, retryAfterMs });
  }
  const fromWebhook = webhookError(value);
  if (fromWebhook) return contextual(fromWebhook);

  // A failed status (`statuses[]`) or a webhook `value` with its `errors`.
  const errors = value['errors'];
  if (Array.isArray(errors)) {
    const first = webhookError(errors[0]) ?? graphError(errors[0]);
    if (first) return contextual(first);
  }
  if (depth < MAX_CAUSE_DEPTH && 'cause' in value) return read(value['cause'], context, now, depth + 1);
  return undefined;
}
