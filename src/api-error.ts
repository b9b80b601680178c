/**
 * One typed error for every shape a WhatsApp error arrives in, and `getErrorCode`, which reads
 * only the code. Both read through `readErrorFields` (shapes.ts): the same shapes, the same rules.
 */
import type { CatalogCodeEntry, CatalogSubcodeEntry, ErrorCategory } from './catalog/schema.js';
import { describeError, describeErrorCode, type LooseWhatsAppErrorCode } from './lookup.js';
import { retryAdviceOf, type RetryAdvice } from './retry.js';
import { ERROR_FIELDS, readErrorFields, type ErrorContext, type WhatsAppErrorFields } from './shapes.js';

export type { ErrorContext, WhatsAppErrorFields };

/**
 * The WhatsApp error code `value` carries, or `undefined`: from a code (`131047`, `'131047'`), a
 * Graph error body, an HTTP client's error (axios, ky, got), a webhook error or the status that
 * carries it, Kapso's or Vercel Chat's error, or any of these as a `cause`. An object with a
 * `code` and nothing of Meta's (`{ code: 1 }`, a child process error, a database error) is not a
 * WhatsApp error; neither is axios's own string `code`.
 */
export function getErrorCode(value: unknown): LooseWhatsAppErrorCode | undefined {
  return readErrorFields(value)?.code;
}

/**
 * A failed WhatsApp Cloud API call or delivery, whatever shape it came in:
 *
 * ```ts
 * try { await send(message); }
 * catch (thrown) {
 *   const error = WhatsAppApiError.from(thrown);   // axios, ky, a Graph body, a webhook error, …
 *   if (error?.retry.action === 'send-template') return sendTemplate(to);
 *   throw error ?? thrown;
 * }
 * ```
 */
export class WhatsAppApiError extends Error {
  override readonly name = 'WhatsAppApiError';
  /** Meta's `code`: typed so that comparisons with `WhatsAppErrorCode` complete and type-check. */
  readonly code: LooseWhatsAppErrorCode;
  /** Meta's `error_subcode`, where it sent one. */
  readonly subcode: number | undefined;
  /** The code's category; `undefined` for a code the catalog does not know. */
  readonly category: ErrorCategory | undefined;
  /** The most specific catalog entry: the `(code, subcode)` pair's, else the code's. */
  readonly entry: CatalogCodeEntry | CatalogSubcodeEntry | undefined;
  /** What to do next (see `retryAdviceOf`). */
  readonly retry: RetryAdvice;
  /** The response's `Retry-After`, in ms from when the error was read, where the response had one. */
  readonly retryAfterMs: number | undefined;
  /** Meta's `fbtrace_id`, for support requests. */
  readonly fbtraceId: string | undefined;
  /** `error_data.details`: Meta's explanation of this occurrence. */
  readonly details: string | undefined;
  /** The HTTP status of the response, where there was one. */
  readonly httpStatus: number | undefined;
  /** A webhook error's `title`, or Meta's `message`. */
  readonly title: string | undefined;
  /** Graph's `type` (`OAuthException`). */
  readonly type: string | undefined;
  /** Graph's `is_transient`. */
  readonly isTransient: boolean | undefined;
  /** Graph's `error_user_title` and `error_user_msg`: text Meta meant for the end user. */
  readonly userTitle: string | undefined;
  readonly userMessage: string | undefined;
  /** What the error was read from. */
  readonly raw: unknown;
  declare readonly [ERROR_FIELDS]: WhatsAppErrorFields;

  /** Use `WhatsAppApiError.from(value)`: the constructor takes fields already read. */
  constructor(fields: WhatsAppErrorFields, raw?: unknown) {
    // Read as fields already read: a record of fields alone may lack what marks a WhatsApp error.
    const read = { [ERROR_FIELDS]: fields };
    const entry = describeError(read);
    super(fields.message ?? fields.title ?? `WhatsApp error ${fields.code}${entry ? ` ${entry.name}: ${entry.title}` : ''}`, raw instanceof Error ? { cause: raw } : undefined);
    Object.defineProperty(this, ERROR_FIELDS, { value: fields, enumerable: false });
    this.code = fields.code;
    this.subcode = fields.subcode;
    this.category = entry?.category ?? describeErrorCode(fields.code)?.category;
    this.entry = entry;
    this.retry = retryAdviceOf(read)!;
    this.retryAfterMs = fields.retryAfterMs;
    this.fbtraceId = fields.fbtraceId;
    this.details = fields.details;
    this.httpStatus = fields.httpStatus;
    this.title = fields.title ?? fields.message;
    this.type = fields.type;
    this.isTransient = fields.isTransient;
    this.userTitle = fields.userTitle;
    this.userMessage = fields.userMessage;
    this.raw = raw;
  }

  /**
   * The WhatsApp error `value` holds, or `undefined` when it holds none (read `getErrorCode` for
   * the shapes). For a body read from a fetch `Response`, pass the response as `context.response`:
   * its status and `Retry-After` come from there.
   */
  static from(value: unknown, context?: ErrorContext): WhatsAppApiError | undefined {
    if (value instanceof WhatsAppApiError) return value;
    const fields = readErrorFields(value, context);
    return fields === undefined ? undefined : new WhatsAppApiError(fields, value);
  }

  /** Reads a fetch `Response` (or ky's): its JSON body, status and `Retry-After`. The body is read from a clone. */
  static async fromResponse(response: Response): Promise<WhatsAppApiError | undefined> {
    let body: unknown;
    try {
      body = await response.clone().json();
    } catch {
      return undefined;
    }
    return WhatsAppApiError.from(body, { response });
  }
}

/** Whether `value` is a `WhatsAppApiError` made by this kit (any copy of it). */
export function isWhatsAppApiError(value: unknown): value is WhatsAppApiError {
  return typeof value === 'object' && value !== null && ERROR_FIELDS in value;
}
