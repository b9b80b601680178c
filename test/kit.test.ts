import { describe, expect, it, vi } from 'vitest';
import * as kit from '../src/index.js';
import {
  allErrorCodes,
  assertNever,
  categoryOf,
  describeErrorCode,
  describeErrorSubcode,
  describeRetiredErrorCode,
  ERROR_CATEGORIES,
  ERROR_CODE_ENTRIES,
  ERROR_SUBCODE_ENTRIES,
  isErrorCategory,
  isRetiredErrorCode,
  isWhatsAppErrorCode,
  isWhatsAppErrorSubcode,
  matchCategory,
  meaningClassOf,
  MEANING_CLASSES,
  RETIRED_ERROR_CODE_ENTRIES,
  subcodeEntriesOf,
  suggestErrorCodes,
  WhatsAppErrorCode,
  WhatsAppErrorSubcode,
  type LooseCategoryHandlers,
} from '../src/index.js';

it('exports exactly the runtime values the kit documents (this file, errors.test.ts and retry.test.ts test them)', () => {
  expect(Object.keys(kit).sort()).toEqual([
    'ARRIVAL_PATH_LABELS',
    'CATEGORY_LABELS',
    'ERROR_CATEGORIES',
    'ERROR_CODE_ENTRIES',
    'ERROR_SUBCODE_ENTRIES',
    'EXCLUDED_ERROR_CODES',
    'FOREIGN_ERROR_CODES',
    'MEANING_CLASSES',
    'RETIRED_ERROR_CODE_ENTRIES',
    'RETIRED_PLATFORM_LABELS',
    'RETRY_ACTION_LABELS',
    'WhatsAppApiError',
    'WhatsAppErrorCode',
    'WhatsAppErrorSubcode',
    'allErrorCodes',
    'assertNever',
    'categoryOf',
    'describeError',
    'describeErrorCode',
    'describeErrorSubcode',
    'describeRetiredErrorCode',
    'editDistance',
    'getErrorCode',
    'isErrorCategory',
    'isGraphApiErrorBody',
    'isRateLimit',
    'isRetiredErrorCode',
    'isRetryable',
    'isTransientAction',
    'isWhatsAppApiError',
    'isWhatsAppErrorCode',
    'isWhatsAppErrorSubcode',
    'matchCategory',
    'meaningClassOf',
    'nextRetryDelay',
    'parseRetryAfter',
    'requiresTemplate',
    'requiresTokenRefresh',
    'retryAdviceOf',
    'subcodeEntriesOf',
    'suggestErrorCodes',
  ]);
});

describe('editDistance', () => {
  it.each([
    ['131047', '131047', 0],
    ['131074', '131047', 1], // adjacent swap
    ['13104', '131047', 1], // dropped digit
    ['131057', '131047', 1],
    ['Sender', 'sender', 1],
    ['plattform', 'platform', 1],
    ['recipent', 'recipient', 1],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(kit.editDistance(a, b)).toBe(distance);
  });

  it('stops early past its limit, answering limit + 1', () => {
    expect(kit.editDistance('131047', '999999', 2)).toBe(3);
    expect(kit.editDistance('1', '131047', 2)).toBe(3);
  });
});

describe('WhatsAppErrorCode', () => {
  it.each([
    ['RE_ENGAGEMENT_MESSAGE_REQUIRED', 131047],
    ['RATE_LIMIT_HIT', 130429],
    ['PAIR_RATE_LIMIT_HIT', 131056],
    ['SPAM_RATE_LIMIT_HIT', 131048],
    ['ACCESS_TOKEN_EXPIRED', 190],
    ['MARKETING_MESSAGE_EXPERIMENT', 130472],
    ['MESSAGE_UNDELIVERABLE', 131026],
    ['SOMETHING_WENT_WRONG', 131000],
    ['BUSINESS_BLOCKED_USER', 130403],
    ['API_PERMISSION', 200],
  ] as const)('%s is %i', (name, code) => {
    expect(WhatsAppErrorCode[name]).toBe(code);
  });

  it('has one constant per catalog entry, named and valued as the entry, and one deprecated alias per former name', () => {
    const deprecated = [...ERROR_CODE_ENTRIES, ...ERROR_SUBCODE_ENTRIES].flatMap((entry) => entry.deprecatedNames ?? []);
    expect(Object.keys(WhatsAppErrorCode)).toHaveLength(ERROR_CODE_ENTRIES.length + deprecated.length);
    for (const entry of ERROR_CODE_ENTRIES) {
      expect(WhatsAppErrorCode[entry.name as keyof typeof WhatsAppErrorCode]).toBe(entry.code);
      for (const old of entry.deprecatedNames ?? []) expect(WhatsAppErrorCode[old as keyof typeof WhatsAppErrorCode], old).toBe(entry.code);
    }
    // A former top-level constant of a value that arrives as error_subcode keeps that value.
    for (const entry of ERROR_SUBCODE_ENTRIES) for (const old of entry.deprecatedNames ?? []) expect(WhatsAppErrorCode[old as keyof typeof WhatsAppErrorCode], old).toBe(entry.subcode);
  });

  it('keeps the renamed calling, group and template constants as aliases', () => {
    expect(WhatsAppErrorCode.CONNECTION_ERROR).toBe(WhatsAppErrorCode.CALL_CONNECTION_ERROR);
    expect(WhatsAppErrorCode.INVALID_CURSOR).toBe(WhatsAppErrorCode.INVALID_PAGINATION_CURSOR);
    expect(WhatsAppErrorCode.FETCH_CALL_PERMISSION_API_LIMIT_HIT).toBe(613);
    expect(describeErrorCode(613)?.name).not.toBe('FETCH_CALL_PERMISSION_API_LIMIT_HIT');
  });

  it('holds no retired code', () => {
    const values = new Set<number>(Object.values(WhatsAppErrorCode));
    expect(RETIRED_ERROR_CODE_ENTRIES.filter((entry) => values.has(entry.code))).toEqual([]);
  });
});

describe('entry lists', () => {
  it('ERROR_CODE_ENTRIES and RETIRED_ERROR_CODE_ENTRIES are sorted by code', () => {
    const ascending = (codes: number[]) => codes.every((code, index) => index === 0 || codes[index - 1]! < code);
    expect(ascending(ERROR_CODE_ENTRIES.map((entry) => entry.code))).toBe(true);
    expect(ascending(RETIRED_ERROR_CODE_ENTRIES.map((entry) => entry.code))).toBe(true);
  });

  it('allErrorCodes lists every code ascending, each value of 200–299 included', () => {
    const codes = allErrorCodes();
    expect(codes.every((code, index) => index === 0 || codes[index - 1]! < code)).toBe(true);
    expect(codes.filter((code) => code >= 200 && code <= 299)).toHaveLength(100);
    expect(codes).toHaveLength(ERROR_CODE_ENTRIES.reduce((sum, entry) => sum + (entry.rangeEnd ?? entry.code) - entry.code + 1, 0));
    expect(codes).toContain(131047);
    expect(codes).not.toContain(470);
  });
});

describe('isWhatsAppErrorCode', () => {
  it.each([131047, 250, 200, 299, 190])('true for %s', (value) => {
    expect(isWhatsAppErrorCode(value)).toBe(true);
  });

  it.each([131074, '131047', Number.NaN, 470, null, undefined, 131047.5, { code: 131047 }])('false for %s', (value) => {
    expect(isWhatsAppErrorCode(value)).toBe(false);
  });
});

describe('isRetiredErrorCode', () => {
  it('is true for retired codes only', () => {
    expect(isRetiredErrorCode(470)).toBe(true);
    expect(isRetiredErrorCode(2000)).toBe(true);
    expect(isRetiredErrorCode(131047)).toBe(false);
    expect(isRetiredErrorCode('470')).toBe(false);
  });
});

describe('categories', () => {
  it('ERROR_CATEGORIES lists sender, recipient, platform', () => {
    expect(ERROR_CATEGORIES).toEqual(['sender', 'recipient', 'platform']);
  });

  it('isErrorCategory accepts the three categories only', () => {
    expect(ERROR_CATEGORIES.every(isErrorCategory)).toBe(true);
    expect(isErrorCategory('Sender')).toBe(false);
    expect(isErrorCategory('unknown')).toBe(false);
    expect(isErrorCategory(undefined)).toBe(false);
  });

  it.each([
    [131047, 'sender'],
    [130429, 'sender'],
    [250, 'sender'],
    [131026, 'recipient'],
    [130472, 'recipient'],
    [131000, 'platform'],
    [131049, 'platform'],
    [131074, undefined],
    [470, undefined],
  ])('categoryOf(%i) is %s', (code, category) => {
    expect(categoryOf(code)).toBe(category);
  });
});

describe('describeErrorCode', () => {
  it('returns the catalog entry of a code', () => {
    expect(describeErrorCode(131047)).toMatchObject({ code: 131047, name: 'RE_ENGAGEMENT_MESSAGE_REQUIRED', category: 'sender' });
    expect(describeErrorCode(131047)).toBe(ERROR_CODE_ENTRIES.find((entry) => entry.code === 131047));
  });

  it('returns the range entry for a value inside a range', () => {
    expect(describeErrorCode(250)).toMatchObject({ code: 200, rangeEnd: 299, name: 'API_PERMISSION' });
    expect(describeErrorCode(299)?.name).toBe('API_PERMISSION');
  });

  it('returns undefined for unknown and retired codes', () => {
    expect(describeErrorCode(131074)).toBeUndefined();
    expect(describeErrorCode(470)).toBeUndefined();
    expect(describeErrorCode(300)).toBeUndefined();
  });
});

describe('describeRetiredErrorCode', () => {
  it('returns the retired entry with its replacement', () => {
    expect(describeRetiredErrorCode(470)).toMatchObject({ code: 470, platform: 'on-premises', replacement: 131047 });
    expect(describeRetiredErrorCode(2000)?.replacement).toBe(132000);
  });

  it('returns undefined for live and unknown codes', () => {
    expect(describeRetiredErrorCode(131047)).toBeUndefined();
    expect(describeRetiredErrorCode(131074)).toBeUndefined();
  });
});

describe('matchCategory', () => {
  function handlers() {
    return {
      sender: vi.fn((code: number) => `sender:${code}`),
      recipient: vi.fn((code: number) => `recipient:${code}`),
      platform: vi.fn((code: number) => `platform:${code}`),
      unknown: vi.fn((code: number) => `unknown:${code}`),
    };
  }

  it.each([
    [131047, 'sender'],
    [250, 'sender'],
    [131026, 'recipient'],
    [131000, 'platform'],
    [131074, 'unknown'],
    [470, 'unknown'],
  ] as const)('sends %i to the %s handler only, with the code, and returns its result', (code, handler) => {
    const calls = handlers();
    expect(matchCategory(code as number, calls)).toBe(`${handler}:${code}`);
    expect(calls[handler]).toHaveBeenCalledExactlyOnceWith(code);
    const others = (['sender', 'recipient', 'platform', 'unknown'] as const).filter((name) => name !== handler);
    for (const other of others) expect(calls[other]).not.toHaveBeenCalled();
  });

  it('throws a TypeError naming the code when an unknown code meets no unknown handler', () => {
    const { unknown: _unknown, ...withoutUnknown } = handlers();
    expect(() => matchCategory(131074 as number, withoutUnknown as unknown as LooseCategoryHandlers)).toThrowError(
      new TypeError('matchCategory: 131074 is not a known WhatsApp error code and no "unknown" handler was given'),
    );
  });
});

describe('assertNever', () => {
  it('throws with the given message', () => {
    expect(() => assertNever('x' as never, 'unexpected category x')).toThrowError(new Error('unexpected category x'));
  });

  it('throws naming the value when no message is given', () => {
    expect(() => assertNever('mystery' as never)).toThrowError(new Error('Unhandled value: "mystery"'));
    expect(() => assertNever(undefined as never)).toThrowError(new Error('Unhandled value: undefined'));
  });
});

/** Optimal-string-alignment distance, written independently of src/suggest.ts. */
function osaDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('suggestErrorCodes', () => {
  it('suggests 131047 RE_ENGAGEMENT_MESSAGE_REQUIRED first for 131074', () => {
    expect(suggestErrorCodes(131074)[0]).toEqual({ code: 131047, name: 'RE_ENGAGEMENT_MESSAGE_REQUIRED', category: 'sender', distance: 1 });
  });

  it('ranks an adjacent swap before a numerically closer code at the same distance', () => {
    // 131064 is one digit from 131074 and numerically closer than the swap 131047.
    const codes = suggestErrorCodes(131074).map((suggestion) => suggestion.code);
    expect(codes.slice(0, 2)).toEqual([131047, 131064]);
    const additionalCodes = [
      { code: 900013, name: 'NEAR', category: 'recipient' },
      { code: 900021, name: 'SWAP', category: 'sender' },
    ] as const;
    expect(suggestErrorCodes(900012, 3, { additionalCodes }).map((suggestion) => suggestion.name)).toEqual(['SWAP', 'NEAR']);
  });

  it('returns at most `limit` suggestions, 3 by default', () => {
    expect(suggestErrorCodes(131074)).toHaveLength(3);
    expect(suggestErrorCodes(131074, 1)).toHaveLength(1);
    expect(suggestErrorCodes(131074, 5)).toHaveLength(5);
    expect(suggestErrorCodes(131074, 0)).toEqual([]);
  });

  it('suggests exactly the known codes within two digit edits, nearest first', () => {
    const suggestions = suggestErrorCodes(131074, Infinity);
    for (const suggestion of suggestions) expect(osaDistance('131074', String(suggestion.code))).toBe(suggestion.distance);
    const expected = allErrorCodes().filter((code) => osaDistance('131074', String(code)) <= 2);
    expect(suggestions.map((suggestion) => suggestion.code).sort((a, b) => a - b)).toEqual(expected);
    expect(suggestions.map((suggestion) => suggestion.distance)).toEqual([...suggestions.map((suggestion) => suggestion.distance)].sort());
  });

  it('suggests nothing beyond distance 2', () => {
    expect(suggestErrorCodes(99999999)).toEqual([]);
    const additionalCodes = [
      { code: 900099, name: 'TWO_EDITS', category: 'platform' },
      { code: 909999, name: 'THREE_EDITS', category: 'platform' },
    ] as const;
    expect(suggestErrorCodes(900012, 10, { additionalCodes }).map((suggestion) => suggestion.name)).toEqual(['TWO_EDITS']);
  });

  it('never suggests the value itself', () => {
    expect(suggestErrorCodes(131047, Infinity).map((suggestion) => suggestion.code)).not.toContain(131047);
    expect(suggestErrorCodes(250, Infinity).map((suggestion) => suggestion.code)).not.toContain(250);
  });

  it('accepts a string of digits', () => {
    expect(suggestErrorCodes('131074')).toEqual(suggestErrorCodes(131074));
  });

  it.each(['abc', -5, 1.5, '', '-5', Number.NaN])('returns [] for %s', (value) => {
    expect(suggestErrorCodes(value)).toEqual([]);
  });

  it('considers additionalCodes beside the catalog, without repeating a catalog code', () => {
    const additionalCodes = [
      { code: 131075, name: 'MY_CODE', category: 'sender' },
      { code: 131047, name: 'DUPLICATE', category: 'platform' },
    ] as const;
    expect(suggestErrorCodes(131074, 3, { additionalCodes })).toEqual([
      { code: 131047, name: 'RE_ENGAGEMENT_MESSAGE_REQUIRED', category: 'sender', distance: 1 },
      { code: 131075, name: 'MY_CODE', category: 'sender', distance: 1 },
      { code: 131064, name: 'TEMPLATE_CLASSIFICATION_MESSAGE_LIMIT', category: 'sender', distance: 1 },
    ]);
  });
});

describe('subcodes', () => {
  it('WhatsAppErrorSubcode has one constant per subcode entry', () => {
    expect(Object.keys(WhatsAppErrorSubcode)).toHaveLength(ERROR_SUBCODE_ENTRIES.length);
    for (const entry of ERROR_SUBCODE_ENTRIES) expect(WhatsAppErrorSubcode[entry.name as keyof typeof WhatsAppErrorSubcode]).toBe(entry.subcode);
  });

  it('describeErrorSubcode finds a pair, and nothing for a pair Meta does not document', () => {
    expect(describeErrorSubcode(100, 2388040)).toMatchObject({ code: 100, subcode: 2388040, category: 'sender' });
    expect(describeErrorSubcode(130429, 2494055)).toMatchObject({ code: 130429, subcode: 2494055 });
    expect(describeErrorSubcode(131047, 2388040)).toBeUndefined();
  });

  it('subcodeEntriesOf lists the entries of a subcode value, under whatever code', () => {
    expect(subcodeEntriesOf(2388040).map((entry) => [entry.code, entry.subcode])).toEqual([[100, 2388040]]);
    expect(subcodeEntriesOf(131047)).toEqual([]);
  });

  it('isWhatsAppErrorSubcode', () => {
    expect(isWhatsAppErrorSubcode(2388040)).toBe(true);
    expect(isWhatsAppErrorSubcode(131047)).toBe(false);
    expect(isWhatsAppErrorSubcode('2388040')).toBe(false);
  });

  it('every parent code is a catalog code', () => {
    for (const entry of ERROR_SUBCODE_ENTRIES) expect(describeErrorCode(entry.code), `${entry.code}/${entry.subcode}`).toBeDefined();
  });
});

describe('meaning classes', () => {
  it('every entry names a class of MEANING_CLASSES, and meaningClassOf finds it', () => {
    const ids = new Set(MEANING_CLASSES.map((entry) => entry.id));
    for (const entry of [...ERROR_CODE_ENTRIES, ...ERROR_SUBCODE_ENTRIES]) {
      expect(ids.has(entry.class), entry.name).toBe(true);
      expect(meaningClassOf(entry.class)?.id).toBe(entry.class);
    }
    expect(meaningClassOf('no-such-class')).toBeUndefined();
  });
});
