/** Decisions: retry advice from the catalog, Retry-After, and the fallbacks for codes the catalog does not know. */
import { describe, expect, it } from 'vitest';
import {
  ERROR_CODE_ENTRIES,
  ERROR_SUBCODE_ENTRIES,
  WhatsAppApiError,
  WhatsAppErrorCode,
  isRateLimit,
  isRetryable,
  isTransientAction,
  nextRetryDelay,
  parseRetryAfter,
  requiresTemplate,
  requiresTokenRefresh,
  retryAdviceOf,
} from '../src/index.js';

const NOW = Date.UTC(2026, 11, 2, 12, 0, 0);
const graph = (code: number, extra: Record<string, unknown> = {}) => ({ error: { message: `(#${code}) x`, type: 'OAuthException', code, fbtrace_id: 'A', ...extra } });
const http = (body: unknown, status: number, headers: Record<string, string> = {}) => ({ response: { status, headers, data: body } });

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120_000],
    ['0', 0],
    ['  7 ', 7000],
    [30, 30_000],
    ['Wed, 02 Dec 2026 12:01:00 GMT', 60_000],
    ['Wednesday, 02-Dec-26 12:00:30 GMT', 30_000],
    ['Wed Dec  2 12:00:05 2026', 5000],
    ['Tue, 01 Dec 2026 12:00:00 GMT', 0], // a date in the past: no wait
  ] as const)('%j is %i ms', (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });

  it.each(['-5', '1.5', 'soon', '', '2026-12-02T12:01:00Z', 'Wed, 02 Dec 2026 12:01:00', null, undefined, -1, 2.5, Number.NaN])('%j is not a Retry-After', (value) => {
    expect(parseRetryAfter(value as string, NOW)).toBeUndefined();
  });
});

describe('retryAdviceOf', () => {
  it.each([
    [131047, 'send-template', false],
    [190, 'refresh-token', false],
    [0, 'refresh-token', false],
    [130429, 'retry-with-backoff', true],
    [131026, 'do-not-retry', false],
    [131050, 'do-not-retry', false],
    [131000, 'retry', true],
    [131008, 'fix-request', false],
  ] as const)('%i: %s (transient: %s)', (code, action, transient) => {
    expect(retryAdviceOf(code)).toMatchObject({ action, transient, basis: 'code' });
  });

  it("carries Meta's minimum waits: 131049 at least 24 h, 133015 at least 5 min", () => {
    expect(retryAdviceOf(WhatsAppErrorCode.HEALTHY_ECOSYSTEM_LIMIT)).toMatchObject({ action: 'wait', transient: true, minDelayMs: 86_400_000 });
    expect(retryAdviceOf(133015)).toMatchObject({ action: 'wait', minDelayMs: 300_000 });
  });

  it('takes the longer of the catalog minimum and Retry-After', () => {
    expect(retryAdviceOf(http(graph(130429), 400, { 'retry-after': '45' }))?.minDelayMs).toBe(45_000);
    expect(retryAdviceOf(http(graph(133015), 400, { 'retry-after': '45' }))?.minDelayMs).toBe(300_000);
  });

  it('reads the subcode first: code 100 with a template subcode has the subcode\'s advice', () => {
    const subcoded = ERROR_SUBCODE_ENTRIES.find((entry) => entry.code === 100 && entry.retry.action !== ERROR_CODE_ENTRIES.find((code) => code.code === 100)!.retry.action);
    if (subcoded) expect(retryAdviceOf(graph(100, { error_subcode: subcoded.subcode }))).toMatchObject({ action: subcoded.retry.action, basis: 'subcode' });
    expect(retryAdviceOf(graph(100, { error_subcode: 2388040 }))).toMatchObject({ basis: 'subcode' });
    expect(retryAdviceOf(graph(100, { error_subcode: 9_999_999 }))).toMatchObject({ action: 'fix-request', basis: 'code' });
  });

  it("falls back, for a code the catalog does not know, on Meta's is_transient, then the HTTP status", () => {
    expect(retryAdviceOf(graph(131099, { is_transient: true }))).toMatchObject({ action: 'retry-with-backoff', basis: 'is-transient' });
    expect(retryAdviceOf(http(graph(131099), 503))).toMatchObject({ action: 'retry-with-backoff', basis: 'http-status' });
    expect(retryAdviceOf(http(graph(131099), 429))).toMatchObject({ action: 'retry-with-backoff', basis: 'http-status' });
    expect(retryAdviceOf(http(graph(131099), 401))).toMatchObject({ action: 'refresh-token', basis: 'http-status' });
    expect(retryAdviceOf(http(graph(131099), 403))).toMatchObject({ action: 'fix-account', basis: 'http-status' });
    expect(retryAdviceOf(http(graph(131099), 400))).toMatchObject({ action: 'fix-request', basis: 'http-status' });
    expect(retryAdviceOf(graph(131099))).toMatchObject({ action: 'do-not-retry', basis: 'unknown-code' });
  });

  it('has nothing to say about what is not a WhatsApp error', () => {
    expect(retryAdviceOf(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBeUndefined();
    expect(retryAdviceOf({ code: 1 })).toBeUndefined();
  });

  it('gives every catalog entry an action whose transience matches it', () => {
    for (const entry of [...ERROR_CODE_ENTRIES, ...ERROR_SUBCODE_ENTRIES]) {
      expect(isTransientAction(entry.retry.action), entry.name).toBe(['retry', 'retry-with-backoff', 'wait'].includes(entry.retry.action));
    }
  });
});

describe('the decisions', () => {
  it('isRetryable: transient actions only', () => {
    expect(isRetryable(130429)).toBe(true);
    expect(isRetryable(131049)).toBe(true);
    expect(isRetryable(131047)).toBe(false);
    expect(isRetryable(131026)).toBe(false);
    expect(isRetryable(new Error('socket hang up'))).toBe(false);
  });

  it('isRateLimit: every rate limit the catalog classes as one, whatever its category; HTTP 429 for an unknown code', () => {
    for (const code of [4, 80007, 130429, 131056, 131048]) expect(isRateLimit(code), String(code)).toBe(true);
    for (const code of [131047, 131026, 130472, 131031]) expect(isRateLimit(code), String(code)).toBe(false);
    expect(isRateLimit(http(graph(131099), 429))).toBe(true);
    expect(isRateLimit(http(graph(131099), 400))).toBe(false);
  });

  it('requiresTokenRefresh: 0 and 190, and HTTP 401 for an unknown code', () => {
    expect(requiresTokenRefresh(190)).toBe(true);
    expect(requiresTokenRefresh(graph(0))).toBe(true);
    expect(requiresTokenRefresh(http(graph(131099), 401))).toBe(true);
    expect(requiresTokenRefresh(131047)).toBe(false);
  });

  it('requiresTemplate: the closed 24-hour window', () => {
    expect(requiresTemplate({ code: 131047, title: 'Re-engagement message' })).toBe(true);
    expect(requiresTemplate(131026)).toBe(false);
  });
});

describe('nextRetryDelay', () => {
  const noJitter = { jitter: 'none' } as const;

  it('grows exponentially from baseDelayMs and stops at the cap', () => {
    expect([1, 2, 3, 4].map((attempt) => nextRetryDelay(attempt, 130429, noJitter))).toEqual([1000, 2000, 4000, 8000]);
    expect(nextRetryDelay(5, 130429, { ...noJitter, baseDelayMs: 100_000, maxDelayMs: 300_000 })).toBe(300_000);
  });

  it('stops after maxAttempts, and after the catalog\'s (1 retry for API_UNKNOWN)', () => {
    expect(nextRetryDelay(5, 130429)).toBeDefined();
    expect(nextRetryDelay(6, 130429)).toBeUndefined();
    expect(nextRetryDelay(3, 130429, { maxAttempts: 2 })).toBeUndefined();
    expect(nextRetryDelay(1, 1, noJitter)).toBe(1000);
    expect(nextRetryDelay(2, 1)).toBeUndefined();
  });

  it('never schedules what should not be retried', () => {
    expect(nextRetryDelay(1, 131047)).toBeUndefined();
    expect(nextRetryDelay(1, 131026)).toBeUndefined();
    expect(nextRetryDelay(1, new Error('socket hang up'))).toBeUndefined();
  });

  it('honours Retry-After and the catalog minimum, and gives up when the required wait exceeds the cap', () => {
    const throttled = WhatsAppApiError.from(graph(130429), { response: { status: 400, headers: { 'retry-after': '20' } } })!;
    expect(nextRetryDelay(1, throttled, noJitter)).toBe(20_000);
    expect(nextRetryDelay(1, throttled, { random: () => 0 })).toBe(20_000);
    expect(nextRetryDelay(1, 133015, noJitter)).toBe(300_000);
    expect(nextRetryDelay(1, 131049)).toBeUndefined(); // 24 h is longer than the default cap of 15 min
    expect(nextRetryDelay(1, 131049, { maxDelayMs: 2 * 86_400_000, random: () => 0.5 })).toBe(86_400_000); // a queue that can wait a day
  });

  it('jitters between the required wait and the exponential delay', () => {
    expect(nextRetryDelay(4, 130429, { random: () => 0 })).toBe(0);
    expect(nextRetryDelay(4, 130429, { random: () => 0.5 })).toBe(4000);
    expect(nextRetryDelay(4, 130429, { random: () => 0.999_999 })).toBe(8000);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses attempt %s', (attempt) => {
    expect(() => nextRetryDelay(attempt, 130429)).toThrowError(RangeError);
  });

  it('refuses a negative or infinite delay option', () => {
    expect(() => nextRetryDelay(1, 130429, { baseDelayMs: -1 })).toThrowError(/baseDelayMs must be a finite number of ms, at least 0, got -1/);
    expect(() => nextRetryDelay(1, 130429, { maxDelayMs: Infinity })).toThrowError(/maxDelayMs/);
  });
});
