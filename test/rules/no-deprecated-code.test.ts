import rule from '../../rules/no-deprecated-code.js';
import { AllModesRuleTester, TypeScriptRuleTester, TypedRuleTester } from './rule-tester.js';

/** A retired code with a Cloud replacement: the report, and a suggestion that writes the replacement in the same form. */
function retired(template: string, literal: string, value: number, replacement: number, replacementName: string, platform = 'retired On-Premises') {
  const data = { value, platform, replacement, replacementName };
  const replacementLiteral = literal.startsWith("'") ? `'${replacement}'` : literal.startsWith('"') ? `"${replacement}"` : String(replacement);
  return {
    code: template.replace('@', literal),
    errors: [
      {
        messageId: 'retiredCode' as const,
        data,
        suggestions: [{ messageId: 'replaceWithReplacement' as const, data, output: template.replace('@', replacementLiteral) }],
      },
    ],
  };
}

new AllModesRuleTester().run('no-deprecated-code', rule, {
  valid: [
    'if (err.code === 131047) {}',
    'if (err.code === 131074) {}',
    // Not code positions.
    'if (res.status === 429) {}',
    'if (response.statusCode === 500) {}',
    // HTTP statuses beside Cloud codes are HTTP statuses: a retry set of both kinds.
    'if ([429, 130429].includes(code)) {}',
    'const RETRYABLE_CODES = new Set([408, 429, 500, 503, 131056]);',
    // 402 is an HTTP status before it is a retired On-Premises code.
    'if (err.code === 402) {}',
    // WebSocket close codes and other ambiguous values need WhatsApp context.
    "ws.on('close', (code) => { if (code === 1000) reconnect(); });",
    // HTTP statuses in a retry set or table beside Cloud codes, or alone.
    'const RETRYABLE = new Set([408, 429, 500, 502, 503, 130429]);\nif (RETRYABLE.has(err.code)) retry();',
    "const STATUS_TEXT = { 400: 'Bad Request', 429: 'Too Many Requests', 500: 'Internal Server Error' };",
    // A kit import is no WhatsApp context for a WebSocket close code.
    "import { WhatsAppErrorCode } from 'whatsapp-error-codes';\nws.on('close', (code) => {\n  if (code === 1006) reconnect();\n});",
    // A retired code that the project re-declares as live wins.
    { code: 'if (err.code === 470) {}', name: 'a retired code declared in additionalCodes is live', settings: { 'whatsapp-errors': { additionalCodes: [{ code: 470, name: 'LEGACY_WINDOW', category: 'sender' }] } } },
  ],
  invalid: [
    retired('if (err.code === @) {}', '470', 470, 131047, 'RE_ENGAGEMENT_MESSAGE_REQUIRED'),
    retired('if (@ == err.code) {}', '471', 471, 131048, 'SPAM_RATE_LIMIT_HIT'),
    retired('if (errorCode !== @) {}', '472', 472, 130472, 'MARKETING_MESSAGE_EXPERIMENT'),
    retired('switch (err.code) { case @: markUndeliverable(); }', '1026', 1026, 131026, 'MESSAGE_UNDELIVERABLE'),
    // An HTTP status that was also an On-Premises code counts beside On-Premises codes that are no HTTP status.
    {
      code: 'if ([429, 470].includes(code)) {}',
      errors: [
        { line: 1, column: 6, endLine: 1, endColumn: 9, messageId: 'retiredCode', data: { value: 429, platform: 'retired On-Premises', replacement: 130429, replacementName: 'RATE_LIMIT_HIT' }, suggestions: [{ messageId: 'replaceWithReplacement', data: { value: 429, platform: 'retired On-Premises', replacement: 130429, replacementName: 'RATE_LIMIT_HIT' }, output: 'if ([130429, 470].includes(code)) {}' }] },
        { line: 1, column: 11, endLine: 1, endColumn: 14, messageId: 'retiredCode', data: { value: 470, platform: 'retired On-Premises', replacement: 131047, replacementName: 'RE_ENGAGEMENT_MESSAGE_REQUIRED' }, suggestions: [{ messageId: 'replaceWithReplacement', data: { value: 470, platform: 'retired On-Premises', replacement: 131047, replacementName: 'RE_ENGAGEMENT_MESSAGE_REQUIRED' }, output: 'if ([429, 131047].includes(code)) {}' }] },
      ],
    },
    retired('if (err.code === @) {}', '2000', 2000, 132000, 'TEMPLATE_PARAM_COUNT_MISMATCH'),
    retired("if (String(err.code) === @) {}", "'470'", 470, 131047, 'RE_ENGAGEMENT_MESSAGE_REQUIRED'),
    retired('if (err.code === @) {}', '"1021"', 1021, 131021, 'RECIPIENT_CANNOT_BE_SENDER'),
    // 1000–1015 are WebSocket close codes too: reported only with WhatsApp context.
    retired('if (err.code === @ || err.code === 131008) {}', '1008', 1008, 131008, 'REQUIRED_PARAMETER_MISSING'),
    // An ambiguous value beside a known code is a code.
    retired('switch (code) { case @: case 131000: retryLater(); }', '1000', 1000, 131000, 'SOMETHING_WENT_WRONG'),
    // Where real code keeps codes: aliases, tables named as ones of codes, tables looked up with a code.
    retired('const c = err.code;\nif (c === @) {}', '470', 470, 131047, 'RE_ENGAGEMENT_MESSAGE_REQUIRED'),
    retired('const ERRORS = { WINDOW_CLOSED: 131047, LEGACY_WINDOW: @ };', '470', 470, 131047, 'RE_ENGAGEMENT_MESSAGE_REQUIRED'),
    retired("const table = { @: 'window closed' };\nconst text = table[err.code];", '470', 470, 131047, 'RE_ENGAGEMENT_MESSAGE_REQUIRED'),
    // A kit constant of a WhatsApp-only code is company for 1000 like the literal it stands for.
    retired("import { WhatsAppErrorCode } from 'whatsapp-error-codes';\nif (err.code === WhatsAppErrorCode.SOMETHING_WENT_WRONG || err.code === @) {}", '1000', 1000, 131000, 'SOMETHING_WENT_WRONG'),
    {
      // A retired Cloud code with no replacement: reported, nothing to suggest.
      code: 'if (err.code === 131001) {}',
      errors: [{ line: 1, column: 18, endLine: 1, endColumn: 24, messageId: 'retiredCodeNoReplacement', data: { value: 131001, platform: 'retired Cloud API', title: 'Message too long' }, suggestions: [] }],
    },
  ],
});

new TypeScriptRuleTester().run('no-deprecated-code', rule, {
  valid: [],
  invalid: [
    retired('if ((err.code as number) === @) {}', '470', 470, 131047, 'RE_ENGAGEMENT_MESSAGE_REQUIRED'),
    retired('enum Codes {\n  LegacyWindow = @,\n  Window = 131047,\n}', '470', 470, 131047, 'RE_ENGAGEMENT_MESSAGE_REQUIRED'),
    retired("import type { WhatsAppErrorCode } from 'whatsapp-error-codes';\nconst hints: Partial<Record<WhatsAppErrorCode, string>> = { @: 'old window' };", '470', 470, 131047, 'RE_ENGAGEMENT_MESSAGE_REQUIRED'),
    // Annotated with the kit's code type: 1000 is the On-Premises code, with or without type information.
    retired("import type { LooseWhatsAppErrorCode } from 'whatsapp-error-codes';\nfunction f(reason: LooseWhatsAppErrorCode | undefined) {\n  if (reason === @) {}\n}", '1000', 1000, 131000, 'SOMETHING_WENT_WRONG'),
  ],
});

new TypedRuleTester().run('no-deprecated-code', rule, {
  valid: ['declare const exitCode: number; if (exitCode === 1000) {}'],
  invalid: [
    retired("import type { LooseWhatsAppErrorCode } from 'whatsapp-error-codes';\ndeclare const reason: LooseWhatsAppErrorCode;\nif (reason === @) {}", '1000', 1000, 131000, 'SOMETHING_WENT_WRONG'),
  ],
});
