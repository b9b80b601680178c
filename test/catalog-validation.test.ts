import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatalogCodeEntry, CatalogRetiredEntry } from '../src/catalog/schema.js';
import { CatalogValidationError, validateCatalog } from '../src/catalog/validate.js';

const DOCS_URL = 'https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes';

/** A valid code entry; tests override the one field they break. */
function codeEntry(code: number, name: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code,
    name,
    title: `Title of ${name}`,
    category: 'sender',
    summary: `Summary of ${name}.`,
    retry: 'fix',
    aliases: [],
    keywords: [name.toLowerCase().replaceAll('_', ' ')],
    docsUrl: DOCS_URL,
    ...overrides,
  };
}

function retiredEntry(code: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { code, title: `Old ${code}`, platform: 'on-premises', ...overrides };
}

/** Runs the validator on input that must fail and returns the error it threw. */
function validationError(input: unknown): CatalogValidationError {
  try {
    validateCatalog(input, 'test-catalog.json');
  } catch (error) {
    if (error instanceof CatalogValidationError) return error;
    throw error;
  }
  throw new Error('expected validateCatalog to throw CatalogValidationError');
}

/** Asserts the catalog fails with exactly this one problem, and that the message carries it. */
function expectSingleProblem(input: unknown, problem: string): void {
  const error = validationError(input);
  expect(error.problems).toEqual([problem]);
  expect(error.message).toBe(`test-catalog.json is not a valid WhatsApp error-code catalog (1 problem):\n  - ${problem}`);
}

describe('validateCatalog rejects each defect, naming the entry and the field', () => {
  it('accepts a small valid catalog and returns it', () => {
    const input = { codes: [codeEntry(131047, 'A'), codeEntry(200, 'RANGE', { rangeEnd: 299 })], retired: [retiredEntry(470, { replacement: 131047 })] };
    expect(validateCatalog(input)).toEqual(input);
  });

  it('treats a missing "retired" list as empty', () => {
    expect(validateCatalog({ codes: [codeEntry(1, 'A')] }).retired).toEqual([]);
  });

  it('duplicate code', () => {
    expectSingleProblem(
      { codes: [codeEntry(131047, 'FIRST'), codeEntry(131047, 'SECOND')], retired: [] },
      'codes[1] (131047 SECOND): field "code": 131047 is already used by codes[0] (131047 FIRST)',
    );
  });

  it('duplicate name', () => {
    expectSingleProblem(
      { codes: [codeEntry(131047, 'SAME', { keywords: ['one'] }), codeEntry(131048, 'SAME', { keywords: ['two'] })], retired: [] },
      'codes[1] (131048 SAME): field "name": SAME is already used by codes[0] (131047 SAME)',
    );
  });

  it('unknown category', () => {
    expectSingleProblem(
      { codes: [codeEntry(131047, 'A', { category: 'business' })], retired: [] },
      'codes[0] (131047 A): field "category" must be one of sender, recipient, platform, got "business"',
    );
  });

  it('non-integer code: a fraction', () => {
    expectSingleProblem(
      { codes: [codeEntry(131047.5, 'A')], retired: [] },
      'codes[0] (131047.5 A): field "code" must be a non-negative integer, got 131047.5',
    );
  });

  it('non-integer code: a string of digits', () => {
    expectSingleProblem(
      { codes: [codeEntry(0, 'A', { code: '131047' })], retired: [] },
      'codes[0] (131047 A): field "code" must be a non-negative integer, got "131047"',
    );
  });

  it('non-integer code: a negative number', () => {
    expectSingleProblem({ codes: [codeEntry(-1, 'A')], retired: [] }, 'codes[0] (-1 A): field "code" must be a non-negative integer, got -1');
  });

  it.each([
    ['lower case', 're_engagement'],
    ['a leading digit', '1RATE_LIMIT'],
    ['a trailing underscore', 'RATE_LIMIT_'],
    ['a space', 'RATE LIMIT'],
  ])('bad name: %s', (_, name) => {
    expectSingleProblem(
      { codes: [codeEntry(131047, name, { keywords: ['kw'] })], retired: [] },
      `codes[0] (131047 ${name}): field "name" must be a SCREAMING_SNAKE_CASE constant name such as RATE_LIMIT_HIT, got ${JSON.stringify(name)}`,
    );
  });

  it('empty summary', () => {
    expectSingleProblem({ codes: [codeEntry(131047, 'A', { summary: '' })], retired: [] }, 'codes[0] (131047 A): field "summary" must be a non-empty string, got ""');
  });

  it('blank (whitespace-only) summary', () => {
    expectSingleProblem({ codes: [codeEntry(131047, 'A', { summary: '   ' })], retired: [] }, 'codes[0] (131047 A): field "summary" must be a non-empty string, got "   "');
  });

  it('missing summary', () => {
    const entry = codeEntry(131047, 'A');
    delete entry['summary'];
    expectSingleProblem({ codes: [entry], retired: [] }, 'codes[0] (131047 A): field "summary" must be a non-empty string, got undefined');
  });

  it('keyword shared by two entries', () => {
    expectSingleProblem(
      { codes: [codeEntry(131047, 'A', { keywords: ['window', 'a'] }), codeEntry(131048, 'B', { keywords: ['b', 'window'] })], retired: [] },
      'codes[1] (131048 B): field "keywords": "window" is also a keyword of codes[0] (131047 A); a keyword must describe one code only',
    );
  });

  it('upper-case keyword', () => {
    expectSingleProblem({ codes: [codeEntry(131047, 'A', { keywords: ['Window'] })], retired: [] }, 'codes[0] (131047 A): field "keywords": "Window" must be lower case');
  });

  it('retired code colliding with a live code', () => {
    expectSingleProblem(
      { codes: [codeEntry(131047, 'A')], retired: [retiredEntry(131047)] },
      'retired[0] (131047): field "code": retired code 131047 collides with the live entry codes[0] (131047 A)',
    );
  });

  it('retired code colliding with a value inside a live range', () => {
    expectSingleProblem(
      { codes: [codeEntry(200, 'API_PERMISSION', { rangeEnd: 299 })], retired: [retiredEntry(250)] },
      'retired[0] (250): field "code": retired code 250 collides with the live entry codes[0] (200 API_PERMISSION)',
    );
  });

  it('retired code listed twice', () => {
    expectSingleProblem(
      { codes: [codeEntry(131047, 'A')], retired: [retiredEntry(470), retiredEntry(470)] },
      'retired[1] (470): field "code": 470 is already retired by retired[0] (470)',
    );
  });

  it('replacement that is not a live code', () => {
    expectSingleProblem(
      { codes: [codeEntry(131047, 'A')], retired: [retiredEntry(470, { replacement: 131074 })] },
      'retired[0] (470): field "replacement" must be a live code of this catalog, got 131074',
    );
  });

  it('replacement that is itself a retired code', () => {
    expectSingleProblem(
      { codes: [codeEntry(131047, 'A')], retired: [retiredEntry(470), retiredEntry(471, { replacement: 470 })] },
      'retired[1] (471): field "replacement" must be a live code of this catalog, got 470',
    );
  });

  it('range overlapping a later single code', () => {
    expectSingleProblem(
      { codes: [codeEntry(200, 'API_PERMISSION', { rangeEnd: 299 }), codeEntry(250, 'INSIDE')], retired: [] },
      'codes[1] (250 INSIDE): field "code": 250 is already used by codes[0] (200 API_PERMISSION)',
    );
  });

  it('range overlapping an earlier single code', () => {
    expectSingleProblem(
      { codes: [codeEntry(250, 'INSIDE'), codeEntry(200, 'API_PERMISSION', { rangeEnd: 299 })], retired: [] },
      'codes[1] (200 API_PERMISSION): field "code": 250 is already used by codes[0] (250 INSIDE)',
    );
  });

  it('range overlapping another range', () => {
    expectSingleProblem(
      { codes: [codeEntry(200, 'FIRST', { rangeEnd: 299 }), codeEntry(290, 'SECOND', { rangeEnd: 310 })], retired: [] },
      'codes[1] (290 SECOND): field "code": 290 is already used by codes[0] (200 FIRST)',
    );
  });

  it('rangeEnd not above code', () => {
    expectSingleProblem(
      { codes: [codeEntry(200, 'A', { rangeEnd: 200 })], retired: [] },
      'codes[0] (200 A): field "rangeEnd" must be an integer greater than "code" and less than code + 1000, got 200',
    );
  });

  it('unknown field in a code entry', () => {
    expectSingleProblem({ codes: [codeEntry(131047, 'A', { categroy: 'sender' })], retired: [] }, 'codes[0] (131047 A): unknown field "categroy"');
  });

  it('unknown field in a retired entry', () => {
    expectSingleProblem(
      { codes: [codeEntry(131047, 'A')], retired: [retiredEntry(470, { replacedBy: 131047 })] },
      'retired[0] (470): unknown field "replacedBy"',
    );
  });

  it('unknown top-level field', () => {
    expectSingleProblem({ codes: [], retired: [], deprecated: [] }, 'unknown top-level field "deprecated" (allowed: codes, retired, $schema)');
  });

  it.each([
    ['null', null, 'null'],
    ['an array', [], '[]'],
    ['a string', 'codes', '"codes"'],
    ['undefined', undefined, 'undefined'],
  ])('non-object input: %s', (_, input, shown) => {
    expectSingleProblem(input, `the file must hold an object with "codes" and "retired" arrays, got ${shown}`);
  });

  it('missing "codes"', () => {
    expectSingleProblem({ retired: [] }, 'field "codes" must be an array of code entries, got undefined');
  });

  it('"codes" that is not an array', () => {
    expectSingleProblem({ codes: { 131047: 'A' }, retired: [] }, 'field "codes" must be an array of code entries, got {"131047":"A"}');
  });

  it('a code entry that is not an object', () => {
    expectSingleProblem({ codes: [131047], retired: [] }, 'codes[0]: must be an object, got 131047');
  });

  it('reports every problem of a catalog at once, each with its entry', () => {
    const error = validationError({ codes: [codeEntry(1, 'A', { summary: '' }), codeEntry(1, 'b')], retired: [retiredEntry(9, { replacement: 8 })] });
    expect(error.problems).toEqual([
      'codes[0] (1 A): field "summary" must be a non-empty string, got ""',
      'codes[1] (1 b): field "code": 1 is already used by codes[0] (1 A)',
      'codes[1] (1 b): field "name" must be a SCREAMING_SNAKE_CASE constant name such as RATE_LIMIT_HIT, got "b"',
      'retired[0] (9): field "replacement" must be a live code of this catalog, got 8',
    ]);
    expect(error.message).toMatch(/^test-catalog\.json is not a valid WhatsApp error-code catalog \(4 problems\):\n/);
    expect(error.name).toBe('CatalogValidationError');
  });
});

describe('the real catalog (src/catalog/catalog.json)', () => {
  const raw: unknown = JSON.parse(readFileSync(new URL('../src/catalog/catalog.json', import.meta.url), 'utf8'));
  const catalog = validateCatalog(raw, 'src/catalog/catalog.json');
  const byCode = new Map<number, CatalogCodeEntry>(catalog.codes.map((entry) => [entry.code, entry]));
  const retiredByCode = new Map<number, CatalogRetiredEntry>(catalog.retired.map((entry) => [entry.code, entry]));
  const covers = (value: number): CatalogCodeEntry | undefined => catalog.codes.find((entry) => entry.code <= value && value <= (entry.rangeEnd ?? entry.code));

  it('validates', () => {
    expect(() => validateCatalog(raw)).not.toThrow();
    expect(catalog.codes.length).toBeGreaterThan(100);
  });

  it('gives every entry a non-empty summary', () => {
    const blank = catalog.codes.filter((entry) => entry.summary.trim() === '').map((entry) => entry.code);
    expect(blank).toEqual([]);
  });

  // The 14 codes of the seed table (/work/shared/seed/), with the seed's category and the fixed constant names.
  const SEED: readonly [number, string, CatalogCodeEntry['category']][] = [
    [130403, 'BUSINESS_BLOCKED_USER', 'sender'],
    [130472, 'MARKETING_MESSAGE_EXPERIMENT', 'recipient'],
    [130497, 'COUNTRY_RESTRICTION', 'sender'],
    [131000, 'SOMETHING_WENT_WRONG', 'platform'],
    [131026, 'MESSAGE_UNDELIVERABLE', 'recipient'],
    [131031, 'BUSINESS_ACCOUNT_LOCKED', 'sender'],
    [131042, 'BUSINESS_ELIGIBILITY_PAYMENT_ISSUE', 'sender'],
    [131047, 'RE_ENGAGEMENT_MESSAGE_REQUIRED', 'sender'],
    [131049, 'HEALTHY_ECOSYSTEM_LIMIT', 'platform'],
    [131050, 'RECIPIENT_OPTED_OUT_OF_MARKETING', 'recipient'],
    [131051, 'UNSUPPORTED_MESSAGE_TYPE', 'sender'],
    [131052, 'MEDIA_DOWNLOAD_ERROR', 'platform'],
    [131053, 'MEDIA_UPLOAD_ERROR', 'sender'],
    [131060, 'MESSAGE_UNAVAILABLE', 'platform'],
  ];

  it.each(SEED)('seed code %i is %s in the %s category', (code, name, category) => {
    expect(byCode.get(code)).toMatchObject({ code, name, category });
  });

  it.each([
    [130429, 'RATE_LIMIT_HIT', 'sender'],
    [131056, 'PAIR_RATE_LIMIT_HIT', 'sender'],
    [131048, 'SPAM_RATE_LIMIT_HIT', 'sender'],
    [190, 'ACCESS_TOKEN_EXPIRED', 'sender'],
  ] as const)('code %i is %s', (code, name, category) => {
    expect(byCode.get(code)).toMatchObject({ code, name, category });
  });

  it('holds 131062 and not 131074', () => {
    expect(covers(131062)?.code).toBe(131062);
    expect(covers(131074)).toBeUndefined();
    expect(retiredByCode.has(131074)).toBe(false);
  });

  it('gives 130403 the seed title as an alias and says the business blocked the user', () => {
    const entry = byCode.get(130403);
    expect(entry?.aliases).toContain('Business Has Been Blocked');
    expect(entry?.summary).toMatch(/business blocked the user/i);
  });

  it('has the 200–299 permission range as one entry API_PERMISSION covering every value', () => {
    expect(byCode.get(200)).toMatchObject({ code: 200, rangeEnd: 299, name: 'API_PERMISSION' });
    const missing: number[] = [];
    for (let value = 200; value <= 299; value++) if (covers(value)?.name !== 'API_PERMISSION') missing.push(value);
    expect(missing).toEqual([]);
  });

  it.each([
    [470, 131047],
    [471, 131048],
    [472, 130472],
    [1026, 131026],
    [402, 131042],
    [1008, 131008],
    [2000, 132000],
  ])('retires %i in favour of %i', (code, replacement) => {
    expect(retiredByCode.get(code)?.replacement).toBe(replacement);
    expect(covers(code)).toBeUndefined();
    expect(covers(replacement)?.code).toBe(replacement);
  });

  it('holds none of the unverified codes', () => {
    const unverified = [131058, 132008, 137000, 147005, 80008, 192, 200002];
    expect(unverified.filter((code) => covers(code) !== undefined || retiredByCode.has(code))).toEqual([]);
  });
});
