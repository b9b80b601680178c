/**
 * Decisions: what to do with a request that failed, from the catalog's advice for its code (or
 * its `(code, error_subcode)` pair), the response's `Retry-After`, and, for a code the catalog
 * does not know, Meta's `is_transient` and the HTTP status. Every function takes a code or any
 * error shape `getErrorCode` reads.
 */
import type { CatalogEntryCommon, CatalogSubcodeEntry, RetryAction } from './catalog/schema.js';
import type { RetryActionByCode, WhatsAppErrorCode } from './generated/catalog.js';
import { describeError } from './lookup.js';
import { readErrorFields, type WhatsAppErrorFields } from './shapes.js';

export { parseRetryAfter } from './http.js';

/** The advice for one failure. */
export interface RetryAdvice {
  readonly action: RetryAction;
  /** Whether the same request can succeed later without a change: `retry`, `retry-with-backoff` and `wait`. */
  readonly transient: boolean;
  /** The shortest wait before sending again, in ms: the catalog's minimum or the response's `Retry-After`, whichever is longer. */
  readonly minDelayMs?: number;
  /** How many more attempts are worth it at most, where the catalog says so. */
  readonly maxAttempts?: number;
  /**
   * What the advice rests on: the documented `(code, error_subcode)` pair, the documented code,
   * or, for a code the catalog does not know, Meta's `is_transient`, the HTTP status, or nothing.
   */
  readonly basis: 'subcode' | 'code' | 'is-transient' | 'http-status' | 'unknown-code';
}

/** The advice for a code known from its type: its action is exact (`retryAdviceOf(131047).action` is `'send-template'`). */
export type RetryAdviceOf<Code extends WhatsAppErrorCode> = RetryAdvice & { readonly action: RetryActionByCode[Code] };

/** The action for `Code`, exactly: `RetryActionOf<131047>` is `'send-template'`. */
export type RetryActionOf<Code extends WhatsAppErrorCode> = RetryActionByCode[Code];

const TRANSIENT_ACTIONS: ReadonlySet<RetryAction> = new Set<RetryAction>(['retry', 'retry-with-backoff', 'wait']);

/** Whether an action means "the same request can succeed later". */
export function isTransientAction(action: RetryAction): boolean {
  return TRANSIENT_ACTIONS.has(action);
}

function advice(action: RetryAction, basis: RetryAdvice['basis'], entry: CatalogEntryCommon | undefined, fields: WhatsAppErrorFields): RetryAdvice {
  const catalogDelay = entry?.retry.minDelaySeconds === undefined ? undefined : entry.retry.minDelaySeconds * 1000;
  const minDelayMs = Math.max(catalogDelay ?? 0, fields.retryAfterMs ?? 0);
  const maxAttempts = entry?.retry.maxAttempts;
  return {
    action,
    transient: isTransientAction(action),
    ...((catalogDelay !== undefined || fields.retryAfterMs !== undefined) && { minDelayMs }),
    ...(maxAttempts !== undefined && { maxAttempts }),
    basis,
  };
}

/** For a code the catalog does not know: Meta's own `is_transient`, then what the HTTP status says. */
function fallbackAction(fields: WhatsAppErrorFields): { action: RetryAction; basis: RetryAdvice['basis'] } {
  if (fields.isTransient === true) return { action: 'retry-with-backoff', basis: 'is-transient' };
  const status = fields.httpStatus;
  if (status === 429 || (status !== undefined && status >= 500)) return { action: 'retry-with-backoff', basis: 'http-status' };
  if (status === 401) return { action: 'refresh-token', basis: 'http-status' };
  if (status === 403) return { action: 'fix-account', basis: 'http-status' };
  if (status !== undefined && status >= 400) return { action: 'fix-request', basis: 'http-status' };
  return { action: 'do-not-retry', basis: 'unknown-code' };
}

/**
 * What to do after `error` (a code or any error shape): the catalog's action for its subcode or
 * code, with the longer of the catalog's minimum delay and the response's `Retry-After`.
 * `undefined` when `error` holds no WhatsApp error at all (a socket error, an unrelated library's
 * error): the kit has nothing to say about those.
 */
export function retryAdviceOf<Code extends WhatsAppErrorCode>(code: Code): RetryAdviceOf<Code>;
export function retryAdviceOf(error: unknown): RetryAdvice | undefined;
export function retryAdviceOf(error: unknown): RetryAdvice | undefined {
  const fields = readErrorFields(error);
  if (fields === undefined) return undefined;
  const entry = describeError(fields);
  if (entry === undefined) {
    const { action, basis } = fallbackAction(fields);
    return advice(action, basis, undefined, fields);
  }
  const basis = 'subcode' in entry && fields.subcode === (entry as CatalogSubcodeEntry).subcode ? 'subcode' : 'code';
  return advice(entry.retry.action, basis, entry, fields);
}

/** Whether the same request can succeed later (`retry`, `retry-with-backoff`, `wait`). */
export function isRetryable(error: unknown): boolean {
  return retryAdviceOf(error)?.transient === true;
}

/** Whether the error is a rate limit of any kind (app, account, number, pair, calls); for an unknown code, HTTP 429. */
export function isRateLimit(error: unknown): boolean {
  const fields = readErrorFields(error);
  if (fields === undefined) return false;
  const entry = describeError(fields);
  return entry === undefined ? fields.httpStatus === 429 : entry.class === 'rate-limit';
}

/** Whether a new access token is needed before anything else (0, 190 and its token subcodes; for an unknown code, HTTP 401). */
export function requiresTokenRefresh(error: unknown): boolean {
  return retryAdviceOf(error)?.action === 'refresh-token';
}

/** Whether the 24-hour window is closed, so only a template message can reach the user (131047). */
export function requiresTemplate(error: unknown): boolean {
  return retryAdviceOf(error)?.action === 'send-template';
}

export interface RetryDelayOptions {
  /** The first retry's delay before jitter, in ms (default 1,000). */
  readonly baseDelayMs?: number;
  /** No delay is longer: when the minimum wait is longer still, there is no retry to schedule (default 15 min). */
  readonly maxDelayMs?: number;
  /** Attempts after which no retry is scheduled (default 5; the catalog's `maxAttempts` lowers it). */
  readonly maxAttempts?: number;
  /** `full` (default): uniform between the minimum and the exponential delay; `none`: exactly the exponential delay. */
  readonly jitter?: 'full' | 'none';
  /** A source of numbers in [0, 1), for tests (default `Math.random`). */
  readonly random?: () => number;
}

const DEFAULTS = { baseDelayMs: 1000, maxDelayMs: 15 * 60 * 1000, maxAttempts: 5 } as const;

/**
 * The delay in ms before retry number `attempt` (1 for the first retry) of a request that failed
 * with `error`, or `undefined` when it should not be retried: the action is not transient, the
 * attempts are used up, or the wait Meta requires (the catalog's minimum, the response's
 * `Retry-After`) is longer than `maxDelayMs`. Otherwise the delay grows exponentially from
 * `baseDelayMs`, is capped at `maxDelayMs`, is jittered, and is never below the required wait.
 * Capped growth matters: uncapped resends of throttled messages amplify the throttling.
 */
export function nextRetryDelay(attempt: number, error: unknown, options: RetryDelayOptions = {}): number | undefined {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`nextRetryDelay: attempt must be a whole number from 1, got ${String(attempt)}`);
  const baseDelayMs = options.baseDelayMs ?? DEFAULTS.baseDelayMs;
  const maxDelayMs = options.maxDelayMs ?? DEFAULTS.maxDelayMs;
  for (const [name, value] of [['baseDelayMs', baseDelayMs], ['maxDelayMs', maxDelayMs]] as const) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`nextRetryDelay: ${name} must be a finite number of ms, at least 0, got ${String(value)}`);
  }
  const advice = retryAdviceOf(error);
  if (!advice?.transient) return undefined;
  const maxAttempts = Math.min(options.maxAttempts ?? DEFAULTS.maxAttempts, advice.maxAttempts ?? Infinity);
  if (attempt > maxAttempts) return undefined;
  const floor = advice.minDelayMs ?? 0;
  if (floor > maxDelayMs) return undefined;
  // 2 ** 1074 is already Infinity; past 52 doublings the cap decides anyway.
  const exponential = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(attempt - 1, 52));
  const ceiling = Math.max(floor, exponential);
  const random = options.random ?? Math.random;
  const delay = options.jitter === 'none' ? ceiling : floor + (ceiling - floor) * Math.min(Math.max(random(), 0), 1);
  return Math.min(maxDelayMs, Math.max(floor, Math.round(delay)));
}
