/**
 * Tables are code positions (issue 15, part 2): object literal keys (numeric, digit-string,
 * computed literal), `Map` and `Object.fromEntries` entries, enum members, `as const` and frozen
 * objects, and collections held in class fields or cast before `.includes` / `.has`. A table
 * holds codes when it is typed as a code table, named as one (`…CODES`, `…ERRORS`, `ERROR_…`,
 * configurable), looked up with a code side, or made only of codes with at least two that are
 * WhatsApp's alone; a literal union type of codes is read the same way. A table of HTTP statuses
 * stays silent. prefer-code-constant rewrites keys only with `tables: true`, and never the values
 * that name a code or a union type's members.
 */
import noDeprecatedCode from '../../rules/no-deprecated-code.js';
import noUnknownCode from '../../rules/no-unknown-code.js';
import preferCodeConstant from '../../rules/prefer-code-constant.js';
import { AllModesRuleTester, TypeScriptRuleTester } from './rule-tester.js';

const TYPO_CANDIDATES = [
  { code: 131047, name: 'RE_ENGAGEMENT_MESSAGE_REQUIRED' },
  { code: 131064, name: 'TEMPLATE_CLASSIFICATION_MESSAGE_LIMIT' },
  { code: 131044, name: 'CALLING_PAYMENT_METHOD_MISSING' },
] as const;

const listed = (items: readonly { code: number; name: string }[]) => items.map((c) => `${c.code} (${c.name})`).join(', ').replace(/, (?=[^,]*$)/, ' or ');

/** The unknown 131074 at `@` (a number, or a digit string where `form` says so), with its nearest codes as suggestions. */
function typo(template: string, form: 'number' | 'string' = 'number') {
  const write = (code: number) => (form === 'number' ? String(code) : `'${code}'`);
  return {
    code: template.replace('@', write(131074)),
    errors: [
      {
        messageId: 'unknownCode' as const,
        data: { value: 131074, candidates: listed(TYPO_CANDIDATES) },
        suggestions: TYPO_CANDIDATES.map((c) => ({ messageId: 'replaceWithCode' as const, data: { code: c.code, name: c.name }, output: template.replace('@', write(c.code)) })),
      },
    ],
  };
}

/** A retired On-Premises code at `@` (470 unless told), with its Cloud replacement. */
function retired(template: string, value = 470, replacement = 131047, replacementName = 'RE_ENGAGEMENT_MESSAGE_REQUIRED') {
  const data = { value, platform: 'retired On-Premises', replacement, replacementName };
  return {
    code: template.replace('@', String(value)),
    errors: [{ messageId: 'retiredCode' as const, data, suggestions: [{ messageId: 'replaceWithReplacement' as const, data, output: template.replace('@', String(replacement)) }] }],
  };
}

new AllModesRuleTester().run('no-unknown-code', noUnknownCode, {
  valid: [
    // Not a table of codes: unnamed, untyped, never looked up, fewer than two codes that are WhatsApp's alone…
    "const labels = { 131074: 'c', 5: 'x' };",
    "const labels = new Map([[131047, 'window'], [131074, 'c']]);",
    // …or holding a key that is no code.
    "const labels = { 131047: 'window', other: 'b', 131074: 'c' };",
    "const labels = { 131047: 'window', 131026: 'gone', [key]: 'x', 131074: 'c' };",
    // Values that are not WhatsApp codes at all (ports, sizes) do not make a table of codes.
    "const ports = { 131074: 'x', 131075: 'y' };",
    {
      code: "const ERROR_TEXT = { 131074: 'x' };",
      name: 'tableNames replaces the default table names',
      settings: { 'whatsapp-errors': { tableNames: ['retryable*'] } },
    },
    // A collection in a field that is never tested with a code, under a name that is no table's.
    'class Limits {\n  static SIZES = new Set([131074]);\n}',
  ],
  invalid: [
    // Object keys in every form, in a table named as one of codes…
    typo("const ERROR_MESSAGES = { 131047: 'Re-engagement required', @: 'typo' };"),
    typo("const ERROR_MESSAGES = { [131047]: 'Re-engagement required', [@]: 'typo' };"),
    typo("const ERROR_MESSAGES = { '131047': 'Re-engagement required', @: 'typo' };", 'string'),
    // …or made only of codes, two of them WhatsApp's alone.
    typo("const labels = { 131047: 'window', 131026: 'undeliverable', @: 'typo' };"),
    typo("const labels = { [131047]: 'window', [131026]: 'undeliverable', [@]: 'typo' };"),
    typo("const labels = { '131047': 'window', '131026': 'undeliverable', @: 'typo' };", 'string'),
    // Map constructor entries and Object.fromEntries.
    typo("const ERROR_LABELS = new Map([[131047, 'window'], [@, 'typo']]);"),
    typo("const labels = new Map([[131047, 'window'], [131026, 'undeliverable'], [@, 'typo']]);"),
    typo("const ERROR_LABELS = Object.fromEntries([[131047, 'window'], [@, 'typo']]);"),
    // Values of a table named as one of codes: the key names the code.
    typo('const ERRORS = { WINDOW_CLOSED: 131047, TYPO: @ };'),
    typo('const ERRORS = Object.freeze({ WINDOW_CLOSED: 131047, TYPO: @ });'),
    typo('const WHATSAPP_ERRORS = { WINDOW_CLOSED: 131047, TYPO: @ };'),
    typo('const ERROR_CODE_BY_NAME = { WINDOW_CLOSED: 131047, TYPO: @ };'),
    // A lookup in a table named as one of codes.
    typo("const ERROR_MESSAGES = { 131047: 'window' };\nconst text = ERROR_MESSAGES[@];"),
    // tableNames adds names (and replaces the defaults).
    {
      name: 'a name matching tableNames makes a table of codes',
      ...typo("const retryableThings = { @: 'x' };"),
      settings: { 'whatsapp-errors': { tableNames: ['retryable*'] } },
    },
    // Collections in class fields, static or instance, read like local ones.
    typo("class Api {\n  static ERRORS = { 131047: 'window', @: 'typo' };\n}"),
    typo("class Api {\n  ERRORS = new Map([[131047, 'window'], [@, 'typo']]);\n}"),
    typo('class Retry {\n  static CODES = new Set([@, 131047]);\n}'),
    typo('class Retry {\n  static RETRYABLE = new Set([@, 130429]);\n  check(e) {\n    return Retry.RETRYABLE.has(e.code);\n  }\n}'),
    typo('class Retry {\n  retryable = [@, 130429];\n  check(code) {\n    return this.retryable.includes(code);\n  }\n}'),
    typo('class Retry {\n  #retryable = new Set([@]);\n  check(err) {\n    return this.#retryable.has(err.code);\n  }\n}'),
  ],
});

new AllModesRuleTester().run('no-deprecated-code', noDeprecatedCode, {
  valid: [
    // A table whose keys are HTTP statuses stays silent, however it is named.
    "const STATUS_TEXT = { 400: 'Bad Request', 404: 'Not Found', 429: 'Too Many Requests', 500: 'Internal Server Error' };",
    "const HTTP_ERRORS = { 400: 'Bad Request', 404: 'Not Found', 429: 'Too Many Requests', 500: 'Internal Server Error' };",
    "const ERRORS = { 429: 'rate limited', 500: 'server error' };",
    "export const ERROR_MAP = new Map([[429, 'Too many requests'], [500, 'Server error']]);",
    // WebSocket close codes under a …CODES name: a name is no evidence for small values.
    "const ERROR_CODES = { 1000: 'normal closure', 1001: 'going away', 1006: 'abnormal closure' };",
    // An untyped, unnamed table never looked up with a code, with a key that is no code.
    "const hints = { 470: 'x', other: 'y' };",
  ],
  invalid: [
    retired('const ERRORS = { WINDOW_CLOSED: 131047, LEGACY_WINDOW: @ };'),
    retired('const ERRORS = Object.freeze({ WINDOW_CLOSED: 131047, LEGACY_WINDOW: @ });'),
    // A table of codes only, two of them WhatsApp's alone: its retired key counts, and 1000 too (beside codes, no close code).
    retired("const hints = { @: 'old window', 131047: 'window', 131026: 'undeliverable' };"),
    retired("const hints = { 131047: 'window', 131026: 'undeliverable', @: 'old' };", 1000, 131000, 'SOMETHING_WENT_WRONG'),
    // A table looked up with a code side: `TABLE[code]`, `code in TABLE`, `MAP.get(code)`.
    retired("const table = { @: 'window closed' };\nconst text = table[err.code];"),
    retired("const table = { @: 'window closed' };\nif (err.code in table) {}"),
    retired("const LABELS = new Map([[@, 'window closed']]);\nLABELS.get(err.code);"),
    retired("const labels = new Map([[@, 'window closed']]);\nconst text = labels.get(errorCode);"),
    // Enum-like objects in a class field.
    retired('class Api {\n  static ERRORS = { WINDOW_CLOSED: 131047, LEGACY: @ };\n}'),
  ],
});

const KIT_TYPES = "import type { WhatsAppErrorCode, LooseWhatsAppErrorCode } from 'whatsapp-error-codes';\n";

new TypeScriptRuleTester().run('no-unknown-code', noUnknownCode, {
  valid: [
    // An enum with one code that is WhatsApp's alone and no name of a table of codes.
    'enum Meta {\n  WindowClosed = 131047,\n  Typo = 131074,\n}',
    // An enum with a member that is no code.
    "enum Meta {\n  A = 131047,\n  B = 131026,\n  C = 'x',\n  D = 131074,\n}",
    // A union type with one code that is WhatsApp's alone, or with a member that is no code.
    'type Meta = 131047 | 131074;',
    'type Meta = 131047 | 131026 | string | 131074;',
  ],
  invalid: [
    // Literal union types of codes: by their members, or by their name, as an alias or a field's type.
    typo('type MetaErrorCode = 131047 | 131026 | @;'),
    typo('type MetaErrorCode =\n  | 131047 // window\n  | 131026\n  | @\n  | undefined;'),
    typo('type WhatsAppErrors = 131047 | @;'),
    typo('interface Failure {\n  readonly code: 130429 | 131056 | @;\n}'),
    typo("const ERROR_MESSAGES: Record<number, string> = { 131047: 'Re-engagement required', @: 'typo' };"),
    typo("const ERROR_MESSAGES: Record<number, string> = { [131047]: 'Re-engagement required', [@]: 'typo' };"),
    typo("const ERROR_MESSAGES: Record<string, string> = { '131047': 'Re-engagement required', @: 'typo' };", 'string'),
    // Typed as a table of codes: one code is enough.
    typo(`${KIT_TYPES}const hints: Partial<Record<WhatsAppErrorCode, string>> = { @: 'x' };`),
    typo(`${KIT_TYPES}const hints = new Map<LooseWhatsAppErrorCode, string>([[@, 'x']]);`),
    // Enums: named as a table of codes, or made of codes.
    typo('enum WhatsAppErrors {\n  WindowClosed = 131047,\n  Typo = @,\n}'),
    typo('enum Meta {\n  WindowClosed = 131047,\n  Undeliverable = 131026,\n  Typo = @,\n}'),
    typo('const enum MetaCodes {\n  Typo = @,\n}'),
    typo("const META_ERRORS = { 131047: 'window', @: 'typo' } as const;"),
    // Collections cast before `.includes` / `.has`, local or in a class field.
    typo('const LIST = [@, 130429];\nif ((LIST as readonly number[]).includes(code)) {}'),
    typo('const LIST = new Set([@]);\nif ((LIST as ReadonlySet<number>).has(err.code)) {}'),
    typo('const LIST = [@, 130429] as const;\nif ((LIST as readonly number[]).includes(err.code)) {}'),
    typo('class Api {\n  static readonly RETRYABLE = [@, 131047] as const;\n  check(code: number) {\n    return (Api.RETRYABLE as readonly number[]).includes(code);\n  }\n}'),
    typo('class Retry {\n  private readonly retryable = [@, 130429];\n  check(code: number) {\n    return this.retryable.includes(code);\n  }\n}'),
    {
      // An `as const` object with a retired code and a non-code: both reported, each by its rule.
      code: 'const WHATSAPP_ERRORS = { WINDOW: 131047, LEGACY: 470, NOT_A_CODE: 131014 } as const;',
      errors: [
        {
          line: 1, column: 68, endLine: 1, endColumn: 74,
          messageId: 'unknownCode',
          data: { value: 131014, candidates: '131041 (GROUP_UNKNOWN), 131016 (SERVICE_UNAVAILABLE) or 131044 (CALLING_PAYMENT_METHOD_MISSING)' },
          suggestions: [
            { messageId: 'replaceWithCode', data: { code: 131041, name: 'GROUP_UNKNOWN' }, output: 'const WHATSAPP_ERRORS = { WINDOW: 131047, LEGACY: 470, NOT_A_CODE: 131041 } as const;' },
            { messageId: 'replaceWithCode', data: { code: 131016, name: 'SERVICE_UNAVAILABLE' }, output: 'const WHATSAPP_ERRORS = { WINDOW: 131047, LEGACY: 470, NOT_A_CODE: 131016 } as const;' },
            { messageId: 'replaceWithCode', data: { code: 131044, name: 'CALLING_PAYMENT_METHOD_MISSING' }, output: 'const WHATSAPP_ERRORS = { WINDOW: 131047, LEGACY: 470, NOT_A_CODE: 131044 } as const;' },
          ],
        },
      ],
    },
  ],
});

new TypeScriptRuleTester().run('no-deprecated-code', noDeprecatedCode, {
  valid: [
    'enum HttpErrors {\n  TooManyRequests = 429,\n  ServerError = 500,\n}',
    'enum ExitCodes {\n  Ok = 0,\n  Failed = 1,\n}',
    // An SDK types the field that holds the HTTP status when a body has no code: 429 and 500 are statuses there.
    'export type KnownErrorCode = 0 | 4 | 100 | 429 | 500 | 130429 | 131026 | 131047;',
    // Unions of statuses and small numbers are no codes.
    'type Status = 200 | 201 | 204;\ntype Level = 1 | 2 | 3;',
  ],
  invalid: [
    retired('type MetaErrorCode = 131047 | 131026 | @;'),
    retired('const WHATSAPP_ERRORS = { WINDOW: 131047, LEGACY: @, NOT_A_CODE: 131014 } as const;'),
    // Typed as a table of codes, by annotation, type argument, `satisfies` or a cast, and inside Object.freeze.
    retired(`${KIT_TYPES}const hints: Partial<Record<WhatsAppErrorCode, string>> = { @: 'old window' };`),
    retired(`${KIT_TYPES}const hints: { [K in WhatsAppErrorCode]?: string } = { @: 'old window' };`),
    retired(`${KIT_TYPES}const hints = { @: 'old window' } satisfies Partial<Record<WhatsAppErrorCode, string>>;`),
    retired(`${KIT_TYPES}const hints = { @: 'old window' } as Partial<Record<WhatsAppErrorCode, string>>;`),
    retired(`${KIT_TYPES}const hints = Object.freeze({ @: 'old window' } as Partial<Record<WhatsAppErrorCode, string>>);`),
    retired(`${KIT_TYPES}const hints = new Map<WhatsAppErrorCode, string>([[@, 'old window']]);`),
    retired(`${KIT_TYPES}const hints: Map<LooseWhatsAppErrorCode, string> = new Map([[@, 'old window']]);`),
    retired(`${KIT_TYPES}const hints = new Map([[@, 'old window']]) as Map<WhatsAppErrorCode, string>;`),
    retired(`${KIT_TYPES}class Api {\n  static HINTS: Partial<Record<WhatsAppErrorCode, string>> = { @: 'old window' };\n}`),
    retired(`${KIT_TYPES}const hints: Partial<Record<LooseWhatsAppErrorCode, string>> = { @: 'old' };`, 1000, 131000, 'SOMETHING_WENT_WRONG'),
    // Enum members.
    retired('enum Codes {\n  LegacyWindow = @,\n  Window = 131047,\n}'),
    retired('const enum Meta {\n  A = 131047,\n  B = 131026,\n  C = @,\n}'),
    retired('enum WhatsAppErrors {\n  Window = 131047,\n  Legacy = @,\n}'),
  ],
});

const IMPORT = "import { WhatsAppErrorCode } from 'whatsapp-error-codes';\n";
const window = { constant: 'WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED', value: 131047 };
const undeliverable = { constant: 'WhatsAppErrorCode.MESSAGE_UNDELIVERABLE', value: 131026 };
const rateLimit = { constant: 'WhatsAppErrorCode.RATE_LIMIT_HIT', value: 130429 };

new AllModesRuleTester().run('prefer-code-constant', preferCodeConstant, {
  valid: [
    // Keys are rewritten only with `tables: true`.
    `${IMPORT}const labels = { 131047: 'window', 131026: 'undeliverable' };`,
    `${IMPORT}const ERROR_LABELS = new Map([[131047, 'window'], [131026, 'undeliverable']]);`,
    // Values that name a code are the project's own definitions, with or without the option.
    { code: `${IMPORT}const ERRORS = { WINDOW_CLOSED: 131047, UNDELIVERABLE: 131026 };`, options: [{ tables: true }], name: 'table values are definitions, left alone with tables: true' },
    { code: `${IMPORT}const STATUS_TEXT = { 400: 'Bad Request', 429: 'Too Many Requests', 500: 'Server Error' };`, options: [{ tables: true }], name: 'HTTP statuses are no codes with tables: true' },
  ],
  invalid: [
    {
      code: `${IMPORT}const labels = { 131047: 'window', '131026': 'undeliverable', [130429]: 'rate limit' };`,
      output: `${IMPORT}const labels = { [WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED]: 'window', [WhatsAppErrorCode.MESSAGE_UNDELIVERABLE]: 'undeliverable', [WhatsAppErrorCode.RATE_LIMIT_HIT]: 'rate limit' };`,
      options: [{ tables: true }],
      errors: [
        { line: 2, column: 18, endLine: 2, endColumn: 24, messageId: 'preferConstant', data: window },
        { line: 2, column: 36, endLine: 2, endColumn: 44, messageId: 'preferConstant', data: undeliverable },
        { line: 2, column: 64, endLine: 2, endColumn: 70, messageId: 'preferConstant', data: rateLimit },
      ],
      name: 'tables: true rewrites plain, digit-string and computed keys',
    },
    {
      code: `${IMPORT}const ERROR_LABELS = new Map([[131047, 'window'], [131026, 'undeliverable']]);`,
      output: `${IMPORT}const ERROR_LABELS = new Map([[WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED, 'window'], [WhatsAppErrorCode.MESSAGE_UNDELIVERABLE, 'undeliverable']]);`,
      options: [{ tables: true }],
      errors: [
        { line: 2, column: 32, endLine: 2, endColumn: 38, messageId: 'preferConstant', data: window },
        { line: 2, column: 52, endLine: 2, endColumn: 58, messageId: 'preferConstant', data: undeliverable },
      ],
      name: 'tables: true rewrites Map keys',
    },
  ],
});

new TypeScriptRuleTester().run('prefer-code-constant', preferCodeConstant, {
  valid: [
    // A member of a union type is a type: `WhatsAppErrorCode.X` cannot stand there, with or without `tables`.
    'type MetaErrorCode = 131047 | 131026;',
    { code: 'type MetaErrorCode = 131047 | 131026;', options: [{ tables: true }], name: 'union members are never rewritten, even with tables: true' },
  ],
  invalid: [],
});
