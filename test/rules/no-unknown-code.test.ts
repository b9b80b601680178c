import rule from '../../rules/no-unknown-code.js';
import { runInAllModes, runInTypeScriptModes, runTyped } from './rule-tester.js';

runInAllModes('no-unknown-code', rule, {
  valid: [
    // Known codes are never "corrected", even when a swap of digits is another code.
    'if (err.code === 131047) {}',
    'if (err.code === 131062) {}',
    'if (err.code === 131026) {}',
    // Retired codes belong to no-deprecated-code.
    'if (err.code === 470) {}',
    // Not code positions.
    'if (res.status === 404) {}',
    'if (user.id === 131074) {}',
    'if (items.length === 131074) {}',
    'setTimeout(retry, 130000);',
    "if (err.code === 'ECONNRESET') {}",
    'const timeoutMs = 131074;',
    'if (err.code > 131074) {}',
    'if (err.code === otherCode) {}',
    // Short values far from every code do not look like WhatsApp codes.
    'if (err.code === 12345) {}',
    'if (err.code === 777) {}',
    // Arrays not used with a code, or not all numbers.
    'const ids = [131074]; ids.includes(userId);',
    "const RETRY_CODES = [131074, 'x'];",
    'let RETRY_CODES = [131074];',
    // Settings: a code the project added is known.
    {
      code: 'if (err.code === 131074) {}',
      settings: { 'whatsapp-errors': { additionalCodes: [{ code: 131074, name: 'BRAND_NEW_CODE', category: 'sender' }] } },
    },
    // Settings: codeNames replaces the defaults.
    { code: 'if (err.code === 131074) {}', settings: { 'whatsapp-errors': { codeNames: ['metaErrorCode'] } } },
  ],
  invalid: [
    {
      code: 'if (err.code === 131074) {}',
      errors: [
        {
          messageId: 'unknownCode',
          data: { value: 131074, candidates: '131047 (RE_ENGAGEMENT_MESSAGE_REQUIRED), 131064 (MESSAGING_LIMIT_MISCLASSIFIED_TEMPLATE) or 131044 (CALLING_PAYMENT_METHOD_MISSING)' },
          suggestions: [
            { messageId: 'replaceWithCode', data: { code: 131047, name: 'RE_ENGAGEMENT_MESSAGE_REQUIRED' }, output: 'if (err.code === 131047) {}' },
            { messageId: 'replaceWithCode', data: { code: 131064, name: 'MESSAGING_LIMIT_MISCLASSIFIED_TEMPLATE' }, output: 'if (err.code === 131064) {}' },
            { messageId: 'replaceWithCode', data: { code: 131044, name: 'CALLING_PAYMENT_METHOD_MISSING' }, output: 'if (err.code === 131044) {}' },
          ],
        },
      ],
    },
  ],
});
