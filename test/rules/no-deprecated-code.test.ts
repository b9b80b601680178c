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
    // WebSocket close codes and other ambiguous values need WhatsApp context.
    "ws.on('close', (code) => { if (code === 1000) reconnect(); });",
    // A retired code that the project re-declares as live wins.
    { code: 'if (err.code === 470) {}', name: 'a retired code declared in additionalCodes is live', settings: { 'whatsapp-errors': { additionalCodes: [{ code: 470, name: 'LEGACY_WINDOW', category: 'sender' }] } } },
  ],
  invalid: [
    retired('if (err.code === @) {}', '470', 470, 131047, 'RE_ENGAGEMENT_MESSAGE_REQUIRED'),
    retired('if (@ == err.code) {}', '471', 471, 131048, 'SPAM_RATE_LIMIT_HIT'),
    retired('if (errorCode !== @) {}', '472', 472, 130472, 'MARKETING_MESSAGE_EXPERIMENT'),
    retired('switch (err.code) { case @: markUndeliverable(); }', '1026', 1026, 131026, 'MESSAGE_UNDELIVERABLE'),
    retired('if ([@, 130429].includes(code)) {}', '429', 429, 130429, 'RATE_LIMIT_HIT'),
    retired('const RETRYABLE_CODES = new Set([@, 131056]);', '429', 429, 130429, 'RATE_LIMIT_HIT'),
    retired('if (err.code === @) {}', '402', 402, 131042, 'BUSINESS_ELIGIBILITY_PAYMENT_ISSUE'),
    retired('if (err.code === @) {}', '2000', 2000, 132000, 'TEMPLATE_PARAM_COUNT_MISMATCH'),
    retired("if (String(err.code) === @) {}", "'470'", 470, 131047, 'RE_ENGAGEMENT_MESSAGE_REQUIRED'),
    retired('if (err.code === @) {}', '"1021"', 1021, 131021, 'RECIPIENT_CANNOT_BE_SENDER'),
    // 1000–1015 are WebSocket close codes too: reported only with WhatsApp context.
    retired('if (err.code === @ || err.code === 131008) {}', '1008', 1008, 131008, 'REQUIRED_PARAMETER_MISSING'),
    // An ambiguous value beside a known code is a code.
    retired('switch (code) { case @: case 131000: retryLater(); }', '1000', 1000, 131000, 'SOMETHING_WENT_WRONG'),
    {
      // A retired Cloud code with no replacement: reported, nothing to suggest.
      code: 'if (err.code === 131001) {}',
      errors: [{ line: 1, column: 18, endLine: 1, endColumn: 24, messageId: 'retiredCodeNoReplacement', data: { value: 131001, platform: 'retired Cloud API', title: 'Message too long' }, suggestions: [] }],
    },
  ],
});

new TypeScriptRuleTester().run('no-deprecated-code', rule, {
  valid: [],
  invalid: [retired('if ((err.code as number) === @) {}', '470', 470, 131047, 'RE_ENGAGEMENT_MESSAGE_REQUIRED')],
});

new TypedRuleTester().run('no-deprecated-code', rule, {
  valid: ['declare const exitCode: number; if (exitCode === 1000) {}'],
  invalid: [
    retired("import type { LooseWhatsAppErrorCode } from 'whatsapp-error-codes';\ndeclare const reason: LooseWhatsAppErrorCode;\nif (reason === @) {}", '1000', 1000, 131000, 'SOMETHING_WENT_WRONG'),
  ],
});
