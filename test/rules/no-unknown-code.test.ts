import rule from '../../rules/no-unknown-code.js';
import { AllModesRuleTester, TypeScriptRuleTester, TypedRuleTester } from './rule-tester.js';

/** The report for 131074, whose nearest codes are 131047 (a swap of two digits), 131064 and 131044. */
function typoOf131047(code: string, replace: string, output: (replacement: string) => string) {
  return {
    code,
    errors: [
      {
        messageId: 'unknownCode' as const,
        data: {
          value: 131074,
          candidates: '131047 (RE_ENGAGEMENT_MESSAGE_REQUIRED), 131064 (TEMPLATE_CLASSIFICATION_MESSAGE_LIMIT) or 131044 (CALLING_PAYMENT_METHOD_MISSING)',
        },
        suggestions: [
          { messageId: 'replaceWithCode' as const, data: { code: 131047, name: 'RE_ENGAGEMENT_MESSAGE_REQUIRED' }, output: output(replace.replace('CODE', '131047')) },
          { messageId: 'replaceWithCode' as const, data: { code: 131064, name: 'TEMPLATE_CLASSIFICATION_MESSAGE_LIMIT' }, output: output(replace.replace('CODE', '131064')) },
          { messageId: 'replaceWithCode' as const, data: { code: 131044, name: 'CALLING_PAYMENT_METHOD_MISSING' }, output: output(replace.replace('CODE', '131044')) },
        ],
      },
    ],
  };
}

/** `template` holds `@` where the literal stands; the suggestions put each candidate there. */
function typoCase(template: string, literal = '131074', replacement = 'CODE') {
  return typoOf131047(template.replace('@', literal), replacement, (value) => template.replace('@', value));
}

new AllModesRuleTester().run('no-unknown-code', rule, {
  valid: [
    // Known codes are never "corrected", even where swapping two digits gives another code.
    'if (err.code === 131047) {}',
    'if (err.code === 131062) {}',
    'if (err.code === 131026) {}',
    'if (err.code === 250) {}',
    // Retired codes are no-deprecated-code's.
    'if (err.code === 470) {}',
    'if (err.code === 131001) {}',
    // Not code positions.
    'if (res.status === 404) {}',
    'if (user.id === 131074) {}',
    'if (items.length === 131074) {}',
    'setTimeout(retry, 130000);',
    'const timeoutMs = 131074;',
    "if (err.code === 'ECONNRESET') {}",
    "if (err.code === '131074x') {}",
    'if (err.code > 131074) {}',
    'if (err.code === -131074) {}',
    'if (err.code === otherCode) {}',
    'switch (status) { case 131074: break; }',
    'const ids = [131074]; ids.includes(userId);',
    '[131074].push(code);',
    'if (codes.includes(131074)) {}',
    "const RETRY_CODES = [131074, 'x'];",
    'let RETRY_CODES = [131074];',
    'const RETRY_LIST = [131074];',
    // Values that do not look like WhatsApp codes: short, far from every code, outside 130000–139999.
    'if (err.code === 12345) {}',
    'if (err.code === 54321) {}',
    // Other providers' codes under the same names (Twilio: 21211, 20003, 63016).
    'if (err.code === 21211) {}',
    'if (err.code === 20003) {}',
    'if (err.code === 63016) {}',
    // TypeScript's diagnostic codes: one inserted digit from 138003, but another family (18xxx, not 13xxxx).
    'if (diag.code !== 18003) {}',
    'if (err.code === 777) {}',
    'if (err.code === 0) {}',
    // A code the project added in settings is known.
    {
      code: 'if (err.code === 131074) {}',
      name: 'a code declared in additionalCodes is known',
      settings: { 'whatsapp-errors': { additionalCodes: [{ code: 131074, name: 'BRAND_NEW_CODE', category: 'sender' }] } },
    },
    // codeNames replaces the default list.
    { code: 'if (err.code === 131074) {}', name: 'codeNames replaces the default names', settings: { 'whatsapp-errors': { codeNames: ['metaErrorCode'] } } },
    // Other products' codes one digit from a WhatsApp code: Pages' 80001, Messenger's 80006, Twilio's 30007.
    'if (err.code === 80001) {}',
    'if (err.code === 80006) {}',
    'if (err.code === 30007) {}',
    // Not a table of codes: unnamed, untyped, never looked up, and fewer than two codes that are WhatsApp's alone.
    "const labels = { 131074: 'c', 5: 'x' };",
    // A `let` written again is no alias; a parameter some call passes a non-code to is no code.
    'let c = err.code;\nc = next();\nif (c === 131074) {}',
    'function handle(c) {\n  return c === 131074;\n}\nhandle(err.code);\nhandle(count);',
  ],
  invalid: [
    // Comparisons, every operator and both orders.
    typoCase('if (err.code === @) {}'),
    typoCase('if (err.code !== @) {}'),
    typoCase('if (err.code == @) {}'),
    typoCase('if (err.code != @) {}'),
    typoCase('if (@ === err.code) {}'),
    // Every default code name, member chains, optional chaining, computed string keys.
    typoCase('if (code === @) {}'),
    typoCase('if (errorCode === @) {}'),
    typoCase('if (e.error_code === @) {}'),
    typoCase('if (errCode === @) {}'),
    typoCase('if (failure.metaCode === @) {}'),
    typoCase('if (whatsappCode === @) {}'),
    typoCase('if (waCode === @) {}'),
    typoCase('if (providerCode === @) {}'),
    typoCase('if (graphCode === @) {}'),
    typoCase('if (err?.response?.data?.error?.code === @) {}'),
    typoCase('if (status.errors?.[0]?.code === @) {}'),
    typoCase("if (err['code'] === @) {}"),
    // Coercions are transparent.
    typoCase('if (Number(err.code) === @) {}'),
    typoCase('if (+err.code === @) {}'),
    typoCase('if (parseInt(err.code) === @) {}'),
    typoCase('if (parseInt(err.code, 10) === @) {}'),
    typoCase('if (Number.parseInt(err.code, 10) === @) {}'),
    typoCase("if (String(err.code) === @) {}", "'131074'", "'CODE'"),
    typoCase("if (err.code.toString() === @) {}", "'131074'", "'CODE'"),
    typoCase('if (err.code === @) {}', '"131074"', '"CODE"'),
    // Numeric separators are compared by value; the suggestion writes the plain number.
    typoCase('if (err.code === @) {}', '131_074'),
    // switch cases.
    typoCase('switch (err.code) { case @: retry(); break; case 131047: sendTemplate(); }'),
    // Membership tests on literal collections and on consts bound to them.
    typoCase('if ([@, 131047].includes(err.code)) {}'),
    typoCase('if ([@].indexOf(code) >= 0) {}'),
    typoCase('if (new Set([@]).has(code)) {}'),
    typoCase('const RETRYABLE = [@, 130429]; if (RETRYABLE.includes(err.code)) {}'),
    typoCase('const PERMANENT = new Set([@]); if (PERMANENT.has(errorCode)) {}'),
    // Constants whose name ends in "codes".
    typoCase('const RETRYABLE_CODES = [130429, @];'),
    typoCase('const permanentCodes = new Set([@, 131047]);'),
    // Reported once even when both the const and its use are code positions.
    typoCase('const RETRY_CODES = [@]; if (RETRY_CODES.includes(code)) {}'),
    // In 130000–139999 without any code nearby.
    { code: 'if (err.code === 136333) {}', errors: [{ line: 1, column: 18, endLine: 1, endColumn: 24, messageId: 'unknownCodeNoSuggestion', data: { value: 136333 }, suggestions: [] }] },
    // Other typos.
    {
      code: 'if (err.code === 130249) {}',
      errors: [
        {
          line: 1, column: 18, endLine: 1, endColumn: 24,
          messageId: 'unknownCode',
          data: { value: 130249, candidates: '130429 (RATE_LIMIT_HIT), 130497 (COUNTRY_RESTRICTION) or 131049 (HEALTHY_ECOSYSTEM_LIMIT)' },
          suggestions: [
            { messageId: 'replaceWithCode', data: { code: 130429, name: 'RATE_LIMIT_HIT' }, output: 'if (err.code === 130429) {}' },
            { messageId: 'replaceWithCode', data: { code: 130497, name: 'COUNTRY_RESTRICTION' }, output: 'if (err.code === 130497) {}' },
            { messageId: 'replaceWithCode', data: { code: 131049, name: 'HEALTHY_ECOSYSTEM_LIMIT' }, output: 'if (err.code === 131049) {}' },
          ],
        },
      ],
    },
    {
      // A dropped digit that keeps the code's family (13…): a typo, reported.
      code: 'if (err.code === 13104) {}',
      errors: [
        {
          line: 1, column: 18, endLine: 1, endColumn: 23,
          messageId: 'unknownCode',
          data: { value: 13104, candidates: '131041 (GROUP_UNKNOWN), 131042 (BUSINESS_ELIGIBILITY_PAYMENT_ISSUE) or 131044 (CALLING_PAYMENT_METHOD_MISSING)' },
          suggestions: [
            { messageId: 'replaceWithCode', data: { code: 131041, name: 'GROUP_UNKNOWN' }, output: 'if (err.code === 131041) {}' },
            { messageId: 'replaceWithCode', data: { code: 131042, name: 'BUSINESS_ELIGIBILITY_PAYMENT_ISSUE' }, output: 'if (err.code === 131042) {}' },
            { messageId: 'replaceWithCode', data: { code: 131044, name: 'CALLING_PAYMENT_METHOD_MISSING' }, output: 'if (err.code === 131044) {}' },
          ],
        },
      ],
    },
    {
      code: 'if (err.code === 80070) {}',
      errors: [
        {
          line: 1, column: 18, endLine: 1, endColumn: 23,
          messageId: 'unknownCode',
          data: { value: 80070, candidates: '80007 (RATE_LIMIT_ISSUES) or 80008 (WABA_TOO_MANY_CALLS)' },
          suggestions: [
            { messageId: 'replaceWithCode', data: { code: 80007, name: 'RATE_LIMIT_ISSUES' }, output: 'if (err.code === 80007) {}' },
            { messageId: 'replaceWithCode', data: { code: 80008, name: 'WABA_TOO_MANY_CALLS' }, output: 'if (err.code === 80008) {}' },
          ],
        },
      ],
    },
    // additionalCodes are suggested too; the adjacent swap (131057) still ranks first.
    {
      code: 'if (err.code === 131075) {}',
      errors: [
        {
          line: 1, column: 18, endLine: 1, endColumn: 24,
          messageId: 'unknownCode',
          data: { value: 131075, candidates: '131057 (ACCOUNT_IN_MAINTENANCE_MODE), 131076 (BRAND_NEW_CODE) or 131055 (METHOD_NOT_ALLOWED)' },
          suggestions: [
            { messageId: 'replaceWithCode', data: { code: 131057, name: 'ACCOUNT_IN_MAINTENANCE_MODE' }, output: 'if (err.code === 131057) {}' },
            { messageId: 'replaceWithCode', data: { code: 131076, name: 'BRAND_NEW_CODE' }, output: 'if (err.code === 131076) {}' },
            { messageId: 'replaceWithCode', data: { code: 131055, name: 'METHOD_NOT_ALLOWED' }, output: 'if (err.code === 131055) {}' },
          ],
        },
      ],
      name: 'a value with several near codes suggests each',
      settings: { 'whatsapp-errors': { additionalCodes: [{ code: 131076, name: 'BRAND_NEW_CODE', category: 'platform' }] } },
    },
    // Custom codeNames.
    { name: 'a name listed in codeNames holds a code', ...typoCase('if (failure.metaErrorCode === @) {}'), settings: { 'whatsapp-errors': { codeNames: ['metaErrorCode'] } } },
    // Where real code keeps codes (see detection-*.test.ts for every shape): aliases, destructuring, parameters, templates…
    typoCase('const c = err.code;\nif (c === @) {}'),
    typoCase('const { code: metaErr = 0 } = err.response.data.error;\nif (metaErr === @) {}'),
    typoCase('const x = Number(errorCode);\nswitch (x) {\n  case @:\n    break;\n}'),
    typoCase('function handle(c) {\n  return c === @;\n}\nhandle(err.code);'),
    typoCase('if (`${e.code}` === @) {}', "'131074'", "'CODE'"),
    // …tables, named as ones of codes or made of codes, and lookups in them…
    typoCase("const ERROR_MESSAGES = { 131047: 'window', @: 'typo' };"),
    typoCase("const labels = new Map([[131047, 'window'], [131026, 'undeliverable'], [@, 'typo']]);"),
    typoCase("const ERROR_MESSAGES = { 131047: 'window' };\nconst text = ERROR_MESSAGES[@];"),
    // …and collections in class fields.
    typoCase('class Retry {\n  static RETRYABLE = new Set([@, 130429]);\n  check(e) {\n    return Retry.RETRYABLE.has(e.code);\n  }\n}'),
  ],
});

new TypeScriptRuleTester().run('no-unknown-code', rule, {
  valid: ['const timeout = 131074 as number;', 'enum Timeouts { Long = 131074 }'],
  invalid: [
    typoCase('if ((err.code as number) === @) {}'),
    typoCase('if (err.code! === @) {}'),
    typoCase('if ((err.code satisfies number) === @) {}'),
    typoCase('if (<number>err.code === @) {}'),
    typoCase('const RETRY_CODES = [@, 130429] as const;'),
    typoCase('if (err.code === (@ as number)) {}'),
    typoCase('enum WhatsAppErrors {\n  WindowClosed = 131047,\n  Typo = @,\n}'),
    typoCase('const LIST = [@, 130429];\nif ((LIST as readonly number[]).includes(code)) {}'),
    {
      // An annotation with the kit's code type is read as a code type with or without type information.
      code: "import type { LooseWhatsAppErrorCode } from 'whatsapp-error-codes';\nfunction f(reason: LooseWhatsAppErrorCode | undefined) {\n  if (reason === 54321) {}\n}",
      errors: [{ line: 3, column: 18, endLine: 3, endColumn: 23, messageId: 'unknownCodeNoSuggestion', data: { value: 54321 }, suggestions: [] }],
    },
  ],
});

const kitTypes = "import type { WhatsAppErrorCode, LooseWhatsAppErrorCode, SenderErrorCode } from 'whatsapp-error-codes';\n";

new TypedRuleTester().run('no-unknown-code', rule, {
  valid: [
    // A plain number under a name that is not a code name says nothing.
    `${kitTypes}declare const n: number; if (n === 777) {}`,
    `${kitTypes}declare const status: WhatsAppErrorCode; if (status === 131047) {}`,
    // A union with a non-code member is not a code type.
    `${kitTypes}declare const mixed: 131047 | 404; if (mixed === 777) {}`,
    // A file that names neither the kit nor WhatsApp, whose side is a plain number.
    `import { lastStatus } from './meta-errors.js';\nif (lastStatus().code === 777) {}`,
  ],
  invalid: [
    {
      // Typed as a code: any unknown value counts, however short, under any name.
      code: `${kitTypes}declare const status: WhatsAppErrorCode; if (status === 777) {}`,
      errors: [
        {
          line: 2, column: 57, endLine: 2, endColumn: 60,
          messageId: 'unknownCode',
          data: { value: 777, candidates: '277 (API_PERMISSION)' },
          suggestions: [
            { messageId: 'replaceWithCode', data: { code: 277, name: 'API_PERMISSION' }, output: `${kitTypes}declare const status: WhatsAppErrorCode; if (status === 277) {}` },
          ],
        },
      ],
    },
    {
      code: `${kitTypes}function f(s: SenderErrorCode) { switch (s) { case 54321: return 1; } }`,
      errors: [{ line: 2, column: 52, endLine: 2, endColumn: 57, messageId: 'unknownCodeNoSuggestion', data: { value: 54321 }, suggestions: [] }],
    },
    {
      code: `${kitTypes}declare const loose: LooseWhatsAppErrorCode; if (loose === 54321) {}`,
      errors: [{ line: 2, column: 60, endLine: 2, endColumn: 65, messageId: 'unknownCodeNoSuggestion', data: { value: 54321 }, suggestions: [] }],
    },
    {
      // Nothing in the text is about WhatsApp: only the type another module gives the side says it holds codes.
      code: `import { lastFailure } from './meta-errors.js';\nif (lastFailure().code === 777) {}`,
      errors: [
        {
          line: 2, column: 28, endLine: 2, endColumn: 31,
          messageId: 'unknownCode',
          data: { value: 777, candidates: '277 (API_PERMISSION)' },
          suggestions: [
            { messageId: 'replaceWithCode', data: { code: 277, name: 'API_PERMISSION' }, output: `import { lastFailure } from './meta-errors.js';\nif (lastFailure().code === 277) {}` },
          ],
        },
      ],
    },
    {
      code: `type Retryable = 130429 | 131056;\ndeclare const r: Retryable;\nif (r === 54321) {}`,
      errors: [{ line: 3, column: 11, endLine: 3, endColumn: 16, messageId: 'unknownCodeNoSuggestion', data: { value: 54321 }, suggestions: [] }],
    },
  ],
});
