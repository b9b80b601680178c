/**
 * nextRetryDelay over generated failures: any catalog code or subcode pair, unknown codes, any
 * Retry-After, any options. The delay never exceeds the cap and never goes below the wait Meta
 * requires (the catalog's minimum, the response's Retry-After); when that wait exceeds the cap,
 * or the failure is not transient, there is no retry to schedule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERROR_CODE_ENTRIES, ERROR_SUBCODE_ENTRIES, WhatsAppApiError, nextRetryDelay, retryAdviceOf } from '../../src/index.js';

const SEED = 20261202;
const RUNS = Math.max(500, Number(process.env['WA_PROPERTY_RUNS'] ?? 0));

const failure = fc.oneof(
  fc.constantFrom(...ERROR_CODE_ENTRIES.map((entry) => ({ code: entry.code }))),
  fc.constantFrom(...ERROR_SUBCODE_ENTRIES.map((entry) => ({ code: entry.code, subcode: entry.subcode }))),
  fc.record({ code: fc.integer({ min: 0, max: 3_000_000 }) }),
);

const scenario = fc.record({
  failure,
  retryAfterSeconds: fc.option(fc.integer({ min: 0, max: 7200 }), { nil: undefined }),
  status: fc.constantFrom(400, 401, 403, 429, 500, 503),
  isTransient: fc.option(fc.boolean(), { nil: undefined }),
  attempt: fc.integer({ min: 1, max: 80 }),
  baseDelayMs: fc.option(fc.integer({ min: 0, max: 60_000 }), { nil: undefined }),
  maxDelayMs: fc.option(fc.integer({ min: 0, max: 2 * 86_400_000 }), { nil: undefined }),
  maxAttempts: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
  jitter: fc.constantFrom('full', 'none') as fc.Arbitrary<'full' | 'none'>,
  random: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
});

describe('nextRetryDelay (property)', () => {
  it('stays within [the required wait, the cap], or schedules nothing', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const body = { error: { message: `(#${s.failure.code}) x`, type: 'OAuthException', code: s.failure.code, fbtrace_id: 'A', ...('subcode' in s.failure && { error_subcode: s.failure.subcode }), ...(s.isTransient !== undefined && { is_transient: s.isTransient }) } };
        const headers: Record<string, string> = s.retryAfterSeconds === undefined ? {} : { 'retry-after': String(s.retryAfterSeconds) };
        const error = WhatsAppApiError.from(body, { response: { status: s.status, headers } })!;
        const options = {
          ...(s.baseDelayMs !== undefined && { baseDelayMs: s.baseDelayMs }),
          ...(s.maxDelayMs !== undefined && { maxDelayMs: s.maxDelayMs }),
          ...(s.maxAttempts !== undefined && { maxAttempts: s.maxAttempts }),
          jitter: s.jitter,
          random: () => s.random,
        };
        const delay = nextRetryDelay(s.attempt, error, options);
        const advice = retryAdviceOf(error)!;
        const cap = s.maxDelayMs ?? 15 * 60 * 1000;
        const floor = Math.max(advice.minDelayMs ?? 0, (s.retryAfterSeconds ?? 0) * 1000);
        if (delay === undefined) {
          const attemptsLeft = s.attempt <= Math.min(s.maxAttempts ?? 5, advice.maxAttempts ?? Infinity);
          // Nothing scheduled only for a reason: not transient, attempts used up, or a wait longer than the cap.
          expect(!advice.transient || !attemptsLeft || floor > cap).toBe(true);
          return;
        }
        expect(advice.transient).toBe(true);
        expect(Number.isFinite(delay)).toBe(true);
        expect(delay).toBeLessThanOrEqual(cap);
        expect(delay).toBeGreaterThanOrEqual(floor);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('never lets uncapped growth through: at any attempt the delay is at most the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 3_600_000 }), (attempt, maxDelayMs) => {
        const delay = nextRetryDelay(attempt, { code: 130429, title: 'Rate limit hit' }, { maxAttempts: 1000, maxDelayMs, jitter: 'none' });
        expect(delay).toBe(Math.min(maxDelayMs, 1000 * 2 ** (attempt - 1)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
