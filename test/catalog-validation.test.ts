import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import type { CatalogCodeEntry, CatalogRetiredEntry } from '../src/catalog/schema.js';
import { CatalogValidationError, validateCatalog } from '../src/catalog/validate.js';

const DOCS_URL = 'https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes';
const CLASS = { id: 'test-class', title: 'A class for tests', words: { en: ['test words'] } };

/** A valid code entry; tests override the one field they break. */
function codeEntry(code: number, name: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code,
    name,
    title: `Title of ${name}`,
    category: 'sender',
    class: 'test-class',
    summary: `Summary of ${name}.`,
    retry: { action: 'fix-request' },
    arrives: ['response'],
    aliases: [],
    keywords: { en: [name.toLowerCase().replaceAll('_', ' ')] },
    docsUrl: DOCS_URL,
    ...overrides,
  };
}

function subcodeEntry(code: number, subcode: number, name: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { code: _code, ...rest } = codeEntry(code, name, overrides);
  return { code, subcode, ...rest };
}

function retiredEntry(code: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { code, title: `Old ${code}`, platform: 'on-premises', ...overrides };
}

/** A catalog with the test class; `codes` and the other lists as given. */
function catalog(lists: Record<string, unknown>): Record<string, unknown> {
  return { classes: [CLASS], retired: [], ...lists };
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

/** Defects within one entry, which the JSON schema must reject as the validator does. */
const FIELD_DEFECTS: readonly [string, Record<string, unknown>, string][] = [
  ['unknown category', catalog({ codes: [codeEntry(131047, 'A', { category: 'business' })] }), 'codes[0] (131047 A): field "category" must be one of sender, recipient, platform, got "business"'],
  ['a fractional code', catalog({ codes: [codeEntry(131047.5, 'A')] }), 'codes[0] (131047.5 A): field "code" must be a non-negative integer, got 131047.5'],
  ['a code written as a string', catalog({ codes: [codeEntry(0, 'A', { code: '131047' })] }), 'codes[0] (131047 A): field "code" must be a non-negative integer, got "131047"'],
  ['a negative code', catalog({ codes: [codeEntry(-1, 'A')] }), 'codes[0] (-1 A): field "code" must be a non-negative integer, got -1'],
  ...(['re_engagement', '1RATE_LIMIT', 'RATE_LIMIT_', 'RATE LIMIT'].map((name) => [
    `a bad constant name ${JSON.stringify(name)}`,
    catalog({ codes: [codeEntry(131047, name, { keywords: { en: ['kw'] } })] }),
    `codes[0] (131047 ${name}): field "name" must be a SCREAMING_SNAKE_CASE constant name such as RATE_LIMIT_HIT, got ${JSON.stringify(name)}`,
  ]) as [string, Record<string, unknown>, string][]),
  ['an empty summary', catalog({ codes: [codeEntry(131047, 'A', { summary: '' })] }), 'codes[0] (131047 A): field "summary" must be a non-empty string, got ""'],
  ['a blank summary', catalog({ codes: [codeEntry(131047, 'A', { summary: '   ' })] }), 'codes[0] (131047 A): field "summary" must be a non-empty string, got "   "'],
  ['a missing summary', catalog({ codes: [codeEntry(131047, 'A', { summary: undefined })] }), 'codes[0] (131047 A): field "summary" must be a non-empty string, got undefined'],
  ['an upper-case keyword', catalog({ codes: [codeEntry(131047, 'A', { keywords: { en: ['Window'] } })] }), 'codes[0] (131047 A): field "keywords.en[0]" must be lower case, got "Window"'],
  ['an upper-case keyword in Spanish', catalog({ codes: [codeEntry(131047, 'A', { keywords: { en: ['a'], es: ['Ventana'] } })] }), 'codes[0] (131047 A): field "keywords.es[0]" must be lower case, got "Ventana"'],
  ['keywords in an unsupported language', catalog({ codes: [codeEntry(131047, 'A', { keywords: { en: ['a'], de: ['fenster'] } })] }), 'codes[0] (131047 A): unknown field "keywords.de" (allowed: en, es, pt, fr)'],
  ['keywords without English', catalog({ codes: [codeEntry(131047, 'A', { keywords: { es: ['ventana'] } })] }), 'codes[0] (131047 A): field "keywords.en" must be an array, got undefined'],
  ['a keyword listed twice', catalog({ codes: [codeEntry(131047, 'A', { keywords: { en: ['a', 'a'] } })] }), 'codes[0] (131047 A): field "keywords.en" lists "a" twice'],
  ['an old-style retry advice', catalog({ codes: [codeEntry(131047, 'A', { retry: 'fix' })] }), 'codes[0] (131047 A): field "retry" must be an object, got "fix"'],
  ['an unknown retry action', catalog({ codes: [codeEntry(131047, 'A', { retry: { action: 'later' } })] }), 'codes[0] (131047 A): field "retry.action" must be one of retry, retry-with-backoff, wait, send-template, refresh-token, fix-request, fix-account, do-not-retry, contact-support, got "later"'],
  ['a minimum delay of zero', catalog({ codes: [codeEntry(131047, 'A', { retry: { action: 'wait', minDelaySeconds: 0 } })] }), 'codes[0] (131047 A): field "retry.minDelaySeconds" must be a whole number of seconds, at least 1, got 0'],
  ['a fractional maximum of attempts', catalog({ codes: [codeEntry(131047, 'A', { retry: { action: 'retry', maxAttempts: 1.5 } })] }), 'codes[0] (131047 A): field "retry.maxAttempts" must be a whole number, at least 1, got 1.5'],
  ['an unknown field in the retry advice', catalog({ codes: [codeEntry(131047, 'A', { retry: { action: 'wait', delay: 5 } })] }), 'codes[0] (131047 A): unknown field "retry.delay" (allowed: action, minDelaySeconds, maxAttempts)'],
  ['no arrival path', catalog({ codes: [codeEntry(131047, 'A', { arrives: [] })] }), 'codes[0] (131047 A): field "arrives" must be an array of at least 1 item, got []'],
  ['an unknown arrival path', catalog({ codes: [codeEntry(131047, 'A', { arrives: ['email'] })] }), 'codes[0] (131047 A): field "arrives[0]" must be one of response, status-webhook, message-webhook, account-webhook, call-webhook, history-webhook, health-status, got "email"'],
  ['a class id that is not kebab-case', catalog({ codes: [codeEntry(131047, 'A', { class: 'Rate Limit' })] }), 'codes[0] (131047 A): field "class" must be a kebab-case class id, got "Rate Limit"'],
  ['an HTTP status out of range', catalog({ codes: [codeEntry(131047, 'A', { httpStatus: 999 })] }), 'codes[0] (131047 A): field "httpStatus" must be an HTTP status between 100 and 599, got 999'],
  ['a docs URL over http', catalog({ codes: [codeEntry(131047, 'A', { docsUrl: 'http://example.com' })] }), 'codes[0] (131047 A): field "docsUrl" must be an https URL, got "http://example.com"'],
  ['an unknown field in a code entry', catalog({ codes: [codeEntry(131047, 'A', { categroy: 'sender' })] }), 'codes[0] (131047 A): unknown field "categroy" (allowed: code, rangeEnd, name, title, category, class, summary, retry, arrives, aliases, keywords, deprecatedNames, docsUrl, httpStatus, metaGroup, notes, sharedFamily)'],
  ['an unknown field in a retired entry', catalog({ codes: [codeEntry(131047, 'A')], retired: [retiredEntry(470, { replacedBy: 131047 })] }), 'retired[0] (470): unknown field "replacedBy" (allowed: code, title, platform, replacement, notes)'],
  ['a retired entry of an unknown platform', catalog({ codes: [codeEntry(131047, 'A')], retired: [retiredEntry(470, { platform: 'cloud-api' })] }), 'retired[0] (470): field "platform" must be one of cloud, on-premises, got "cloud-api"'],
  ['a subcode that is not an integer', catalog({ codes: [codeEntry(100, 'A')], subcodes: [subcodeEntry(100, 2388040.5, 'B')] }), 'subcodes[0] (100 2388040.5 B): field "subcode" must be a non-negative integer, got 2388040.5'],
  ['a deprecated name in lower case', catalog({ codes: [codeEntry(131047, 'A', { deprecatedNames: ['old_name'] })] }), 'codes[0] (131047 A): field "deprecatedNames[0]" must be a SCREAMING_SNAKE_CASE constant name, got "old_name"'],
  ['an exclusion without codes', catalog({ codes: [codeEntry(131047, 'A')], excluded: [{ codes: [], title: 'x', reason: 'y' }] }), 'excluded[0]: field "codes" must be an array of at least 1 item, got []'],
  ['a class without a title', catalog({ codes: [codeEntry(131047, 'A')], classes: [{ id: 'test-class', words: { en: [] } }] }), 'classes[0] (test-class): field "title" must be a non-empty string, got undefined'],
];

describe('validateCatalog rejects each defect, naming the entry and the field', () => {
  it('accepts a small valid catalog and returns it', () => {
    const input = catalog({
      codes: [codeEntry(100, 'INVALID_PARAMETER'), codeEntry(131047, 'A', { deprecatedNames: ['OLD_A'], retry: { action: 'wait', minDelaySeconds: 60, maxAttempts: 2 } }), codeEntry(200, 'RANGE', { rangeEnd: 299 })],
      subcodes: [subcodeEntry(100, 2388040, 'TEMPLATE_TOO_LONG')],
      retired: [retiredEntry(470, { replacement: 131047 })],
      excluded: [{ codes: [2494164], title: 'In-App Signup', reason: 'Not verifiable.' }],
    });
    expect(validateCatalog(input)).toEqual({ subcodes: [], excluded: [], foreign: [], ...input });
  });

  it('treats missing lists other than "codes" as empty', () => {
    expect(validateCatalog({ classes: [CLASS], codes: [codeEntry(1, 'A')] })).toMatchObject({ retired: [], subcodes: [], excluded: [], foreign: [] });
  });

  it.each(FIELD_DEFECTS)('%s', (_, input, problem) => {
    expectSingleProblem(input, problem);
  });

  it('duplicate code', () => {
    expectSingleProblem(
      catalog({ codes: [codeEntry(131047, 'FIRST'), codeEntry(131047, 'SECOND')] }),
      'codes[1] (131047 SECOND): field "code": 131047 is already used by codes[0] (131047 FIRST)',
    );
  });

  it('duplicate name, also between a code and a subcode, and with a deprecated name', () => {
    expectSingleProblem(
      catalog({ codes: [codeEntry(131047, 'SAME', { keywords: { en: ['one'] } }), codeEntry(131048, 'SAME', { keywords: { en: ['two'] } })] }),
      'codes[1] (131048 SAME): field "name": SAME is already used by codes[0] (131047 SAME)',
    );
    expectSingleProblem(
      catalog({ codes: [codeEntry(100, 'SAME')], subcodes: [subcodeEntry(100, 2388040, 'SAME', { keywords: { en: ['other'] } })] }),
      'subcodes[0] (100 2388040 SAME): field "name": SAME is already used by codes[0] (100 SAME)',
    );
    expectSingleProblem(
      catalog({ codes: [codeEntry(131047, 'A'), codeEntry(131048, 'B', { deprecatedNames: ['A'] })] }),
      'codes[1] (131048 B): field "deprecatedNames": A is already used by codes[0] (131047 A)',
    );
  });

  it('keyword shared by two entries, or by an entry and a class, in any language', () => {
    expectSingleProblem(
      catalog({ codes: [codeEntry(131047, 'A', { keywords: { en: ['window', 'a'] } }), codeEntry(131048, 'B', { keywords: { en: ['b'], es: ['window'] } })] }),
      'codes[1] (131048 B): field "keywords.es": "window" is also a word of codes[0] (131047 A); a word must describe one thing only',
    );
    expectSingleProblem(
      catalog({ codes: [codeEntry(131047, 'A', { keywords: { en: ['test words'] } })] }),
      'codes[0] (131047 A): field "keywords.en": "test words" is also a word of classes[0] (test-class); a word must describe one thing only',
    );
  });

  it('a class nobody defined, and a class defined twice', () => {
    expectSingleProblem(catalog({ codes: [codeEntry(131047, 'A', { class: 'rate-limit' })] }), 'codes[0] (131047 A): field "class": "rate-limit" is not the id of any entry of "classes"');
    expectSingleProblem(
      catalog({ codes: [codeEntry(131047, 'A')], classes: [CLASS, { id: 'test-class', title: 'Again', words: { en: [] } }] }),
      'classes[1] (test-class): field "id": test-class is already used by classes[0] (test-class)',
    );
  });

  it('a class that overlaps no class, or itself, and one that overlaps another', () => {
    const other = { id: 'other-class', title: 'Another class', words: { en: ['other words'] } };
    expectSingleProblem(catalog({ codes: [codeEntry(131047, 'A')], classes: [{ ...CLASS, overlaps: ['rate-limit'] }] }), 'classes[0] (test-class): field "overlaps": "rate-limit" is no class id');
    expectSingleProblem(catalog({ codes: [codeEntry(131047, 'A')], classes: [{ ...CLASS, overlaps: ['test-class'] }] }), 'classes[0] (test-class): field "overlaps": a class does not overlap itself ("test-class")');
    expect(validateCatalog(catalog({ codes: [codeEntry(131047, 'A')], classes: [{ ...CLASS, overlaps: ['other-class'] }, other] })).classes[0]).toMatchObject({ overlaps: ['other-class'] });
  });

  it('words shared with no class, with itself, or with a word another class already has; and shared words kept', () => {
    const other = { id: 'other-class', title: 'Another class', words: { en: ['other words'] } };
    const sharing = (shared: unknown) => catalog({ codes: [codeEntry(131047, 'A')], classes: [{ ...CLASS, sharedWords: [shared] }, other] });
    expectSingleProblem(sharing({ with: ['rate-limit'], words: { en: ['bad number'] } }), 'classes[0] (test-class): field "sharedWords[0].with": "rate-limit" is no class id');
    expectSingleProblem(sharing({ with: ['test-class'], words: { en: ['bad number'] } }), `classes[0] (test-class): field "sharedWords[0].with": the class's own id ("test-class"); list the other classes`);
    expectSingleProblem(
      sharing({ with: ['other-class'], words: { en: ['other words'] } }),
      'classes[0] (test-class): field "sharedWords[0].words.en": "other words" is also a word of classes[1] (other-class); a word must describe one thing only',
    );
    expectSingleProblem(sharing({ with: [], words: { en: ['bad number'] } }), 'classes[0] (test-class): field "sharedWords[0].with" must be an array of at least 1 item, got []');
    expect(validateCatalog(sharing({ with: ['other-class'], words: { en: ['bad number'] } })).classes[0]).toMatchObject({ sharedWords: [{ with: ['other-class'], words: { en: ['bad number'] } }] });
  });

  it('a foreign product without a kind, or with a kind that is none of the three', () => {
    const product = { product: 'Another messenger', codes: [551], words: { en: ['another messenger'] } };
    expectSingleProblem(catalog({ codes: [codeEntry(131047, 'A')], foreign: [product] }), 'foreign[0] (Another messenger): field "kind" must be one of graph-api, meta-product, provider, got undefined');
    expectSingleProblem(
      catalog({ codes: [codeEntry(131047, 'A')], foreign: [{ ...product, kind: 'messenger' }] }),
      'foreign[0] (Another messenger): field "kind" must be one of graph-api, meta-product, provider, got "messenger"',
    );
    expect(validateCatalog(catalog({ codes: [codeEntry(131047, 'A')], foreign: [{ ...product, kind: 'meta-product' }] })).foreign[0]).toMatchObject({ kind: 'meta-product' });
  });

  it('a subcode under a code the catalog does not have, and a subcode pair listed twice', () => {
    expectSingleProblem(
      catalog({ codes: [codeEntry(131047, 'A')], subcodes: [subcodeEntry(100, 2388040, 'B')] }),
      'subcodes[0] (100 2388040 B): field "code": 100 is not a code of "codes"; a subcode arrives under a live code',
    );
    expectSingleProblem(
      catalog({ codes: [codeEntry(100, 'A')], subcodes: [subcodeEntry(100, 2388040, 'B'), subcodeEntry(100, 2388040, 'C')] }),
      'subcodes[1] (100 2388040 C): field "subcode": 2388040 under 100 is already used by subcodes[0] (100 2388040 B)',
    );
  });

  it('an excluded code that the catalog lists', () => {
    expectSingleProblem(
      catalog({ codes: [codeEntry(131047, 'A')], excluded: [{ codes: [131047], title: 'x', reason: 'y' }] }),
      'excluded[0]: field "codes": 131047 is in the catalog; an excluded code cannot be',
    );
  });

  it('retired code colliding with a live code', () => {
    expectSingleProblem(
      catalog({ codes: [codeEntry(131047, 'A')], retired: [retiredEntry(131047)] }),
      'retired[0] (131047): field "code": retired code 131047 collides with the live entry codes[0] (131047 A)',
    );
  });

  it('retired code colliding with a value inside a live range', () => {
    expectSingleProblem(
      catalog({ codes: [codeEntry(200, 'API_PERMISSION', { rangeEnd: 299 })], retired: [retiredEntry(250)] }),
      'retired[0] (250): field "code": retired code 250 collides with the live entry codes[0] (200 API_PERMISSION)',
    );
  });

  it('retired code listed twice', () => {
    expectSingleProblem(catalog({ codes: [codeEntry(131047, 'A')], retired: [retiredEntry(470), retiredEntry(470)] }), 'retired[1] (470): field "code": 470 is already retired by retired[0] (470)');
  });

  it('replacement that is not a live code, or is itself retired', () => {
    expectSingleProblem(catalog({ codes: [codeEntry(131047, 'A')], retired: [retiredEntry(470, { replacement: 131074 })] }), 'retired[0] (470): field "replacement" must be a live code of this catalog, got 131074');
    expectSingleProblem(
      catalog({ codes: [codeEntry(131047, 'A')], retired: [retiredEntry(470), retiredEntry(471, { replacement: 470 })] }),
      'retired[1] (471): field "replacement" must be a live code of this catalog, got 470',
    );
  });

  it('ranges overlapping codes and ranges', () => {
    expectSingleProblem(
      catalog({ codes: [codeEntry(200, 'API_PERMISSION', { rangeEnd: 299 }), codeEntry(250, 'INSIDE')] }),
      'codes[1] (250 INSIDE): field "code": 250 is already used by codes[0] (200 API_PERMISSION)',
    );
    expectSingleProblem(
      catalog({ codes: [codeEntry(250, 'INSIDE'), codeEntry(200, 'API_PERMISSION', { rangeEnd: 299 })] }),
      'codes[1] (200 API_PERMISSION): field "code": 250 is already used by codes[0] (250 INSIDE)',
    );
    expectSingleProblem(
      catalog({ codes: [codeEntry(200, 'FIRST', { rangeEnd: 299 }), codeEntry(290, 'SECOND', { rangeEnd: 310 })] }),
      'codes[1] (290 SECOND): field "code": 290 is already used by codes[0] (200 FIRST)',
    );
  });

  it('rangeEnd not above code, or too far', () => {
    expectSingleProblem(catalog({ codes: [codeEntry(200, 'A', { rangeEnd: 200 })] }), 'codes[0] (200 A): field "rangeEnd" must be greater than "code" and less than code + 1000, got 200');
    expectSingleProblem(catalog({ codes: [codeEntry(200, 'A', { rangeEnd: 2999 })] }), 'codes[0] (200 A): field "rangeEnd" must be greater than "code" and less than code + 1000, got 2999');
  });

  it('unknown top-level field', () => {
    expectSingleProblem(catalog({ codes: [], deprecated: [] }), 'unknown top-level field "deprecated" (allowed: $schema, classes, codes, subcodes, retired, excluded, foreign)');
  });

  it.each([
    ['null', null, 'null'],
    ['an array', [], '[]'],
    ['a string', 'codes', '"codes"'],
    ['undefined', undefined, 'undefined'],
  ])('non-object input: %s', (_, input, shown) => {
    expectSingleProblem(input, `the file must hold an object with a "codes" array, got ${shown}`);
  });

  it('missing or malformed lists', () => {
    expectSingleProblem({ classes: [] }, 'field "codes" must be an array of code entries, got undefined');
    expectSingleProblem({ codes: { 131047: 'A' } }, 'field "codes" must be an array of code entries, got {"131047":"A"}');
    expectSingleProblem({ codes: [], subcodes: 'none' }, 'field "subcodes" must be an array of subcodes entries, got "none"');
    expectSingleProblem(catalog({ codes: [131047] }), 'codes[0]: must be an object, got 131047');
  });

  it('reports every problem of a catalog at once, each with its entry', () => {
    const error = validationError(catalog({ codes: [codeEntry(1, 'A', { summary: '' }), codeEntry(1, 'b')], retired: [retiredEntry(9, { replacement: 8 })] }));
    expect(error.problems).toEqual([
      'codes[0] (1 A): field "summary" must be a non-empty string, got ""',
      'codes[1] (1 b): field "name" must be a SCREAMING_SNAKE_CASE constant name such as RATE_LIMIT_HIT, got "b"',
      'codes[1] (1 b): field "code": 1 is already used by codes[0] (1 A)',
      'retired[0] (9): field "replacement" must be a live code of this catalog, got 8',
    ]);
    expect(error.message).toMatch(/^test-catalog\.json is not a valid WhatsApp error-code catalog \(4 problems\):\n/);
    expect(error.name).toBe('CatalogValidationError');
  });
});

describe('catalog.schema.json and the validator agree (the schema is generated from the same field specs)', () => {
  const schema: unknown = JSON.parse(readFileSync(new URL('../src/catalog/catalog.schema.json', import.meta.url), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema as object);
  const real: unknown = JSON.parse(readFileSync(new URL('../src/catalog/catalog.json', import.meta.url), 'utf8'));

  it('accepts the real catalog', () => {
    expect(validate(real), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(FIELD_DEFECTS)('rejects %s, as the validator does', (_, input) => {
    expect(validate(JSON.parse(JSON.stringify(input)))).toBe(false);
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

  it('holds the codes the audit found documented, and none of the unverified ones, which it lists as excluded with a reason', () => {
    for (const code of [137000, 147005, 131035, 131036, 131203, 130501, 2593109, 80008, 104]) expect(covers(code)?.code, String(code)).toBe(code);
    const excluded = new Set(catalog.excluded.flatMap((entry) => entry.codes));
    for (const code of [131058, 132008, 192, 200002, 2494164, 2494179, 134103, 138011]) {
      expect(covers(code), String(code)).toBeUndefined();
      expect(excluded.has(code), String(code)).toBe(true);
    }
    for (const entry of catalog.excluded) expect(entry.reason.length).toBeGreaterThan(20);
  });

  it('marks the Health Status API codes, which arrive as error_code of health_status', () => {
    for (const code of [138024, 138025, 141002]) expect(byCode.get(code)?.arrives).toEqual(['health-status']);
  });

  it('retires the codes Meta dropped in 2026, and maps On-Premises 1016 to 131016', () => {
    for (const code of [2388001, 2593079, 2593085]) expect(retiredByCode.get(code)?.platform, String(code)).toBe('cloud');
    expect(retiredByCode.get(1016)?.replacement).toBe(131016);
  });

  it('puts the template-creation and phone-migration values under code 100 as error_subcode, and 2494055 under 130429', () => {
    const pairs = new Set(catalog.subcodes.map((entry) => `${entry.code}/${entry.subcode}`));
    for (const pair of ['100/2388040', '100/2388047', '100/2388072', '100/2388103', '100/2388077', '100/33', '130429/2494055']) expect(pairs.has(pair), pair).toBe(true);
    // Only 33 is documented both ways: Graph's top-level `(#33) object does not exist` and `100/33`.
    expect(catalog.subcodes.filter((entry) => covers(entry.subcode) !== undefined).map((entry) => entry.subcode)).toEqual([33]);
  });

  it('recategorises the calling codes the audit flagged', () => {
    expect(byCode.get(138021)?.category).toBe('sender');
    for (const code of [138019, 138020, 138022, 138023]) expect(byCode.get(code)?.category, String(code)).toBe('recipient');
  });

  it("gives Meta's documented minimum waits, and the next steps the audit corrected", () => {
    expect(byCode.get(131049)?.retry).toEqual({ action: 'wait', minDelaySeconds: 86400 });
    expect(byCode.get(133015)?.retry).toMatchObject({ action: 'wait', minDelaySeconds: 300 });
    expect(byCode.get(131048)?.retry.action).toBe('wait');
    expect(byCode.get(2593107)?.retry.action).toBe('fix-account');
    expect(byCode.get(2593108)?.retry.action).toBe('fix-account');
    for (const code of [0, 190]) expect(byCode.get(code)?.retry.action).toBe('refresh-token');
    expect(byCode.get(131047)?.retry.action).toBe('send-template');
    for (const code of [131037, 131049, 131050, 134011, 2593107, 2593108]) expect(byCode.get(code)?.httpStatus, String(code)).toBe(400);
  });

  it('prefixes calling and group constants, keeping the former names as deprecated aliases, and names 613 neutrally', () => {
    expect(byCode.get(138004)).toMatchObject({ name: 'CALL_CONNECTION_ERROR', deprecatedNames: ['CONNECTION_ERROR'] });
    expect(byCode.get(138007)?.name).toMatch(/^CALL_/);
    expect(byCode.get(131202)?.name).toMatch(/^GROUP_/);
    expect(byCode.get(613)?.deprecatedNames).toContain('FETCH_CALL_PERMISSION_API_LIMIT_HIT');
    expect(byCode.get(613)?.name).not.toMatch(/CALL/);
  });
});
