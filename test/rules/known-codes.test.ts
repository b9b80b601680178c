/**
 * The code index's "is this value a WhatsApp code on its own?" (rules/utils/known-codes.ts): the
 * question the text scan asks of every number of every file, and the one that makes a function a
 * place where small values are examined. Answered from a table below 10,000 and a memo above, so
 * asking twice, or in another order, must give the same answer.
 */
import { describe, expect, it } from 'vitest';
import { codeIndexFor } from '../../rules/utils/known-codes.js';
import { parseSettings } from '../../rules/utils/settings.js';

const CASES: readonly (readonly [number, boolean, string])[] = [
  [131047, true, 'a live catalog code of 10,000 or more'],
  [130429, true, 'a live code in the messaging range'],
  [131074, true, 'an unknown value in the messaging range (a typo of 131047)'],
  [470, true, 'a retired On-Premises code that is no everyday number'],
  [2000, true, 'a retired code that is no everyday number'],
  [23505, false, "another system's five-digit number (PostgreSQL)"],
  [60000, false, 'a timeout'],
  [21211, false, "Twilio's code"],
  [404, false, 'an HTTP status'],
  [429, false, 'an HTTP status that is also a retired code'],
  [4, false, 'a small Graph code every Meta product sends'],
  [100, false, 'the generic Graph parameter code'],
  [1000, false, 'a WebSocket close code'],
  [0, false, 'zero'],
  [9999, false, 'the last value of the table, unknown'],
  [10000, false, 'the first value of the memo, unknown'],
];

describe('CodeIndex.isCodeOnItsOwn', () => {
  it.each(CASES)('%d is %s: %s', (value, expected) => {
    const index = codeIndexFor(parseSettings(undefined));
    expect(index.isCodeOnItsOwn(value)).toBe(expected);
    // The second answer comes from the table or the memo.
    expect(index.isCodeOnItsOwn(value)).toBe(expected);
  });

  it('gives the same answers whatever order the values are asked in', () => {
    const forward = codeIndexFor(parseSettings({ codeNames: ['code'] }));
    const backward = codeIndexFor(parseSettings({ codeNames: ['errorCode'] }));
    const values = CASES.map(([value]) => value);
    const answers = values.map((value) => forward.isCodeOnItsOwn(value));
    const reversed = [...values].reverse().map((value) => backward.isCodeOnItsOwn(value));
    expect(reversed.reverse()).toEqual(answers);
  });

  it("reads a project's additional codes: a small one that is no everyday number counts, an everyday one does not", () => {
    const index = codeIndexFor(parseSettings({ additionalCodes: [{ code: 4711, name: 'PARTNER_LIMIT', category: 'platform' }, { code: 503, name: 'GATEWAY_DOWN', category: 'platform' }] }));
    expect(index.isCodeOnItsOwn(4711)).toBe(true);
    expect(index.isCodeOnItsOwn(503)).toBe(false);
    expect(codeIndexFor(parseSettings(undefined)).isCodeOnItsOwn(4711)).toBe(false);
  });
});
