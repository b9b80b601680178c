import type { TestLanguageOptions } from '@typescript-eslint/rule-tester';
import { describe } from 'vitest';
import rule from '../../rules/prefer-code-constant.js';
import { AllModesRuleTester, JavaScriptRuleTester, TypeScriptRuleTester, TypedRuleTester } from './rule-tester.js';

/** A CommonJS file: ESLint's sourceType, and the same for the parser (RuleTester defaults it to module). */
const commonJs = { sourceType: 'commonjs', parserOptions: { sourceType: 'script' } } as TestLanguageOptions;

const IMPORT = "import { WhatsAppErrorCode } from 'whatsapp-error-codes';\n";

/** Message data for 131026, written as a number. */
const undeliverable = { constant: 'WhatsAppErrorCode.MESSAGE_UNDELIVERABLE', value: 131026 };

new AllModesRuleTester().run('prefer-code-constant', rule, {
  valid: [
    `${IMPORT}if (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE) {}`,
    // Unknown and retired codes are for the other rules.
    'if (err.code === 131074) {}',
    'if (err.code === 470) {}',
    // A member of the 200–299 range has no constant of its own.
    'if (err.code === 250) {}',
    // A code from settings has no constant in the package.
    { code: 'if (err.code === 131099) {}', name: 'a code from additionalCodes has no constant', settings: { 'whatsapp-errors': { additionalCodes: [{ code: 131099, name: 'NEW_CODE', category: 'sender' }] } } },
    // Not code positions.
    'if (res.status === 131026) {}',
    'const limit = 131026;',
    'if (user.id === 131026) {}',
    // Values that mostly mean something else (exit codes, HTTP 2xx, WebSocket close codes) need WhatsApp context.
    "process.on('exit', (code) => { if (code === 0 || code === 1) cleanup(); });",
    'if (res.code === 200) {}',
    'switch (code) { case 0: case 1: case 2: break; }',
    // Regression (property tests): String(WhatsAppErrorCode.X) is '131047', never '0131047'; such a string is no magic number.
    "if (String(err.code) === '0131047') {}",
    "switch (err.code) { case '00131026': break; }",
  ],
  invalid: [
    {
      // Regression (property tests): `import Def, {} from …` has braces already; the name goes inside them.
      code: "import Def, {} from 'whatsapp-error-codes';\nif (err.code === 131026) {}",
      output: "import Def, { WhatsAppErrorCode } from 'whatsapp-error-codes';\nif (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE) {}",
      errors: [{ line: 2, column: 18, endLine: 2, endColumn: 24, messageId: 'preferConstant', data: undeliverable }],
    },
    {
      // Regression (property tests): `case'131047':` is valid; the suggestion must not make it `caseString(…)`.
      code: "switch (err.code) { case'131047': break; }",
      output: null,
      errors: [
        {
          line: 1, column: 25, endLine: 1, endColumn: 33,
          messageId: 'preferConstantString',
          data: { constant: 'WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED', raw: "'131047'" },
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: "'131047'", replacement: 'String(WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED)' },
              output: `${IMPORT}switch (err.code) { case String(WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED): break; }`,
            },
          ],
        },
      ],
    },
    {
      code: 'if (err.code === 131026) {}',
      output: `${IMPORT}if (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE) {}`,
      errors: [{ line: 1, column: 18, endLine: 1, endColumn: 24, messageId: 'preferConstant', data: undeliverable }],
    },
    {
      // The new import goes after the last import.
      code: "import fs from 'node:fs';\nimport { send } from './send.js';\n\nif (err.code === 131026) {}",
      output: `import fs from 'node:fs';\nimport { send } from './send.js';\n${IMPORT}\nif (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE) {}`,
      errors: [{ line: 4, column: 18, endLine: 4, endColumn: 24, messageId: 'preferConstant', data: undeliverable }],
    },
    {
      // An existing import is reused...
      code: `${IMPORT}if (131026 === err.code) {}`,
      output: `${IMPORT}if (WhatsAppErrorCode.MESSAGE_UNDELIVERABLE === err.code) {}`,
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 11, messageId: 'preferConstant', data: undeliverable }],
    },
    {
      // ...under its local alias...
      code: "import { WhatsAppErrorCode as WA } from 'whatsapp-error-codes';\nif (err.code === 131026) {}",
      output: "import { WhatsAppErrorCode as WA } from 'whatsapp-error-codes';\nif (err.code === WA.MESSAGE_UNDELIVERABLE) {}",
      errors: [{ line: 2, column: 18, endLine: 2, endColumn: 24, messageId: 'preferConstant', data: undeliverable }],
    },
    {
      // ...or through a namespace import.
      code: "import * as kit from 'whatsapp-error-codes';\nif (err.code === 131026) {}",
      output: "import * as kit from 'whatsapp-error-codes';\nif (err.code === kit.WhatsAppErrorCode.MESSAGE_UNDELIVERABLE) {}",
      errors: [{ line: 2, column: 18, endLine: 2, endColumn: 24, messageId: 'preferConstant', data: undeliverable }],
    },
    {
      // An import from the package gains the specifier.
      code: "import { categoryOf } from 'whatsapp-error-codes';\nif (err.code === 131026) {}",
      output: "import { categoryOf, WhatsAppErrorCode } from 'whatsapp-error-codes';\nif (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE) {}",
      errors: [{ line: 2, column: 18, endLine: 2, endColumn: 24, messageId: 'preferConstant', data: undeliverable }],
    },
    {
      // The import's quote style is kept.
      code: 'import { send } from "./send.js";\nif (err.code === 131026) {}',
      output: 'import { send } from "./send.js";\nimport { WhatsAppErrorCode } from "whatsapp-error-codes";\nif (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE) {}',
      errors: [{ line: 2, column: 18, endLine: 2, endColumn: 24, messageId: 'preferConstant', data: undeliverable }],
    },
    {
      // Numeric separators: the constant has the same value.
      code: 'if (err.code === 131_047) {}',
      output: `${IMPORT}if (err.code === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED) {}`,
      errors: [{ line: 1, column: 18, endLine: 1, endColumn: 25, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED', value: 131047 } }],
    },
    {
      // Several literals: the first pass adds the import, the second reuses it.
      code: 'if (err.code === 131026 || err.code === 131047) {}',
      output: [
        `${IMPORT}if (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE || err.code === 131047) {}`,
        `${IMPORT}if (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE || err.code === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED) {}`,
      ],
      errors: [
        { line: 1, column: 18, endLine: 1, endColumn: 24, messageId: 'preferConstant', data: undeliverable },
        { line: 1, column: 41, endLine: 1, endColumn: 47, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED', value: 131047 } },
      ],
    },
    {
      code: `${IMPORT}switch (err.code) {\n  case 130429:\n  case 131056:\n    backOff();\n}`,
      output: `${IMPORT}switch (err.code) {\n  case WhatsAppErrorCode.RATE_LIMIT_HIT:\n  case WhatsAppErrorCode.PAIR_RATE_LIMIT_HIT:\n    backOff();\n}`,
      errors: [
        { line: 3, column: 8, endLine: 3, endColumn: 14, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.RATE_LIMIT_HIT', value: 130429 } },
        { line: 4, column: 8, endLine: 4, endColumn: 14, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.PAIR_RATE_LIMIT_HIT', value: 131056 } },
      ],
    },
    {
      code: `${IMPORT}const RETRYABLE_CODES = new Set([130429, 131000]);`,
      output: `${IMPORT}const RETRYABLE_CODES = new Set([WhatsAppErrorCode.RATE_LIMIT_HIT, WhatsAppErrorCode.SOMETHING_WENT_WRONG]);`,
      errors: [
        { line: 2, column: 34, endLine: 2, endColumn: 40, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.RATE_LIMIT_HIT', value: 130429 } },
        { line: 2, column: 42, endLine: 2, endColumn: 48, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.SOMETHING_WENT_WRONG', value: 131000 } },
      ],
    },
    {
      code: `${IMPORT}if ([131026].includes(code)) {}`,
      output: `${IMPORT}if ([WhatsAppErrorCode.MESSAGE_UNDELIVERABLE].includes(code)) {}`,
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 12, messageId: 'preferConstant', data: undeliverable }],
    },
    {
      // Ambiguous values count beside an unambiguous code.
      code: `${IMPORT}switch (code) { case 0: case 190: refreshToken(); }`,
      output: `${IMPORT}switch (code) { case WhatsAppErrorCode.AUTH_EXCEPTION: case WhatsAppErrorCode.ACCESS_TOKEN_EXPIRED: refreshToken(); }`,
      errors: [
        { line: 2, column: 22, endLine: 2, endColumn: 23, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.AUTH_EXCEPTION', value: 0 } },
        { line: 2, column: 30, endLine: 2, endColumn: 33, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.ACCESS_TOKEN_EXPIRED', value: 190 } },
      ],
    },
    {
      code: `${IMPORT}if ([4, 80007].includes(err.code)) {}`,
      output: `${IMPORT}if ([WhatsAppErrorCode.API_TOO_MANY_CALLS, WhatsAppErrorCode.RATE_LIMIT_ISSUES].includes(err.code)) {}`,
      errors: [
        { line: 2, column: 6, endLine: 2, endColumn: 7, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.API_TOO_MANY_CALLS', value: 4 } },
        { line: 2, column: 9, endLine: 2, endColumn: 14, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.RATE_LIMIT_ISSUES', value: 80007 } },
      ],
    },
    {
      // ...and in a file that uses the kit.
      code: "import { categoryOf } from 'whatsapp-error-codes';\nif (code === 4) {}",
      output: "import { categoryOf, WhatsAppErrorCode } from 'whatsapp-error-codes';\nif (code === WhatsAppErrorCode.API_TOO_MANY_CALLS) {}",
      errors: [{ line: 2, column: 14, endLine: 2, endColumn: 15, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.API_TOO_MANY_CALLS', value: 4 } }],
    },
    {
      // Digit strings get a suggestion that keeps the comparison a string comparison.
      code: "if (String(err.code) === '131047') {}",
      output: null,
      errors: [
        {
          line: 1, column: 26, endLine: 1, endColumn: 34,
          messageId: 'preferConstantString',
          data: { constant: 'WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED', raw: "'131047'" },
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: "'131047'", replacement: 'String(WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED)' },
              output: `${IMPORT}if (String(err.code) === String(WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED)) {}`,
            },
          ],
        },
      ],
    },
    {
      // A local that shadows the constant's name: a suggestion, not a fix.
      code: 'function handle(err, WhatsAppErrorCode) { return err.code === 131026; }',
      output: null,
      errors: [
        {
          line: 1, column: 63, endLine: 1, endColumn: 69,
          messageId: 'preferConstant',
          data: undeliverable,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: '131026', replacement: 'WhatsAppErrorCode.MESSAGE_UNDELIVERABLE' },
              output: 'function handle(err, WhatsAppErrorCode) { return err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE; }',
            },
          ],
        },
      ],
    },
    {
      code: 'if (err.code === 131026) {}',
      // Options, for teams that re-export the kit.
      output: "import { WaError } from '@acme/whatsapp';\nif (err.code === WaError.MESSAGE_UNDELIVERABLE) {}",
      options: [{ importSource: '@acme/whatsapp', constantName: 'WaError' }],
      errors: [{ line: 1, column: 18, endLine: 1, endColumn: 24, messageId: 'preferConstant', data: { constant: 'WaError.MESSAGE_UNDELIVERABLE', value: 131026 } }],
      name: 'importSource and constantName for teams that re-export the kit',
    },
  ],
});

describe('CommonJS (sourceType script)', () => {
  new JavaScriptRuleTester().run('prefer-code-constant', rule, {
    valid: [],
    invalid: [
      {
        // No import can be added to a script: a suggestion instead of a fix.
        filename: 'file.cjs',
        code: 'if (err.code === 131026) {}',
        output: null,
        languageOptions: commonJs,
        errors: [
          {
            line: 1, column: 18, endLine: 1, endColumn: 24,
            messageId: 'preferConstant',
            data: undeliverable,
            suggestions: [
              { messageId: 'replaceWithConstant', data: { raw: '131026', replacement: 'WhatsAppErrorCode.MESSAGE_UNDELIVERABLE' }, output: 'if (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE) {}' },
            ],
          },
        ],
      },
      {
        // A binding from require() is reused, so the fix is safe.
        filename: 'file.cjs',
        code: "const { WhatsAppErrorCode: WA } = require('whatsapp-error-codes');\nif (err.code === 131026) {}",
        output: "const { WhatsAppErrorCode: WA } = require('whatsapp-error-codes');\nif (err.code === WA.MESSAGE_UNDELIVERABLE) {}",
        languageOptions: commonJs,
        errors: [{ line: 2, column: 18, endLine: 2, endColumn: 24, messageId: 'preferConstant', data: undeliverable }],
      },
      {
        filename: 'file.cjs',
        code: "const kit = require('whatsapp-error-codes');\nif (err.code === 131026) {}",
        output: "const kit = require('whatsapp-error-codes');\nif (err.code === kit.WhatsAppErrorCode.MESSAGE_UNDELIVERABLE) {}",
        languageOptions: commonJs,
        errors: [{ line: 2, column: 18, endLine: 2, endColumn: 24, messageId: 'preferConstant', data: undeliverable }],
      },
    ],
  });
});

new TypeScriptRuleTester().run('prefer-code-constant', rule, {
  valid: ['enum Limits { Max = 131026 }'],
  invalid: [
    {
      code: 'if ((err.code as number) === 131026) {}',
      output: `${IMPORT}if ((err.code as number) === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE) {}`,
      errors: [{ line: 1, column: 30, endLine: 1, endColumn: 36, messageId: 'preferConstant', data: undeliverable }],
    },
    {
      code: 'const PERMANENT_CODES = [131026, 131050] as const;',
      output: [
        `${IMPORT}const PERMANENT_CODES = [WhatsAppErrorCode.MESSAGE_UNDELIVERABLE, 131050] as const;`,
        `${IMPORT}const PERMANENT_CODES = [WhatsAppErrorCode.MESSAGE_UNDELIVERABLE, WhatsAppErrorCode.RECIPIENT_OPTED_OUT_OF_MARKETING] as const;`,
      ],
      errors: [
        { line: 1, column: 26, endLine: 1, endColumn: 32, messageId: 'preferConstant', data: undeliverable },
        { line: 1, column: 34, endLine: 1, endColumn: 40, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.RECIPIENT_OPTED_OUT_OF_MARKETING', value: 131050 } },
      ],
    },
    {
      // A type-only import cannot be used as a value, and adding a second binding would clash.
      code: "import type { WhatsAppErrorCode } from 'whatsapp-error-codes';\nif (err.code === 131026) {}",
      output: null,
      errors: [
        {
          line: 2, column: 18, endLine: 2, endColumn: 24,
          messageId: 'preferConstant',
          data: undeliverable,
          suggestions: [
            {
              messageId: 'replaceWithConstant',
              data: { raw: '131026', replacement: 'WhatsAppErrorCode.MESSAGE_UNDELIVERABLE' },
              output: "import type { WhatsAppErrorCode } from 'whatsapp-error-codes';\nif (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE) {}",
            },
          ],
        },
      ],
    },
  ],
});

new TypedRuleTester().run('prefer-code-constant', rule, {
  valid: ['declare const exitCode: number; if (exitCode === 0) {}'],
  invalid: [
    {
      // Typed as a code: an ambiguous value needs no other context, under any name.
      code: "import type { SenderErrorCode } from 'whatsapp-error-codes';\ndeclare const reason: SenderErrorCode;\nif (reason === 4) {}",
      output: "import type { SenderErrorCode } from 'whatsapp-error-codes';\nimport { WhatsAppErrorCode } from 'whatsapp-error-codes';\ndeclare const reason: SenderErrorCode;\nif (reason === WhatsAppErrorCode.API_TOO_MANY_CALLS) {}",
      errors: [{ line: 3, column: 16, endLine: 3, endColumn: 17, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.API_TOO_MANY_CALLS', value: 4 } }],
    },
  ],
});
