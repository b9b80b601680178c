import type { TestLanguageOptions } from '@typescript-eslint/rule-tester';
import { describe } from 'vitest';
import rule from '../../rules/prefer-code-constant.js';
import { AllModesRuleTester, JavaScriptRuleTester, TypeScriptRuleTester, TypedRuleTester, UntypedTypeScriptRuleTester } from './rule-tester.js';

/** A CommonJS file: ESLint's sourceType, and the same for the parser (RuleTester defaults it to module). */
const commonJs = { sourceType: 'commonjs', parserOptions: { sourceType: 'script' } } as TestLanguageOptions;
/** A classic script: no module system at all. */
const script = { sourceType: 'script', parserOptions: { sourceType: 'script' } } as TestLanguageOptions;

const IMPORT = "import { WhatsAppErrorCode } from 'whatsapp-error-codes';\n";
const REQUIRE = "const { WhatsAppErrorCode } = require('whatsapp-error-codes');\n";

/** Message data for 131026, written as a number. */
const undeliverable = { constant: 'WhatsAppErrorCode.MESSAGE_UNDELIVERABLE', value: 131026 };
const reEngagement = { constant: 'WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED', value: 131047 };
const rateLimit = { constant: 'WhatsAppErrorCode.RATE_LIMIT_HIT', value: 130429 };
const pairRateLimit = { constant: 'WhatsAppErrorCode.PAIR_RATE_LIMIT_HIT', value: 131056 };
/** The suggestion's data for 131026. */
const replaceUndeliverable = { raw: '131026', replacement: 'WhatsAppErrorCode.MESSAGE_UNDELIVERABLE' };

/** More characters than a fix may span to carry the import and a literal together. */
const FAR = `// ${'-'.repeat(2100)}\n`;

new AllModesRuleTester().run('prefer-code-constant', rule, {
  valid: [
    `${IMPORT}if (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE) {}`,
    // Unknown and retired codes are for the other rules.
    'if (err.code === 131074) {}',
    'if (err.code === 470) {}',
    // A subcode compared with the code never matches (no-deprecated-code reports it): its constant would hide the bug.
    'if (err.code === 2388012) {}',
    'const FATAL = new Set([463, 2388012]);\nif (FATAL.has(err.code)) {}',
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
    // A kit import is no evidence that 0, 4 or 190 are WhatsApp codes: they need an unambiguous code beside them, a code type, or a Graph error body.
    `${IMPORT}switch (code) { case 0: case 190: refreshToken(); }`,
    "import { categoryOf } from 'whatsapp-error-codes';\nif (code === 4) {}",
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
      errors: [{ line: 1, column: 18, endLine: 1, endColumn: 25, messageId: 'preferConstant', data: reEngagement }],
    },
    {
      code: `${IMPORT}switch (err.code) {\n  case 130429:\n  case 131056:\n    backOff();\n}`,
      output: `${IMPORT}switch (err.code) {\n  case WhatsAppErrorCode.RATE_LIMIT_HIT:\n  case WhatsAppErrorCode.PAIR_RATE_LIMIT_HIT:\n    backOff();\n}`,
      errors: [
        { line: 3, column: 8, endLine: 3, endColumn: 14, messageId: 'preferConstant', data: rateLimit },
        { line: 4, column: 8, endLine: 4, endColumn: 14, messageId: 'preferConstant', data: pairRateLimit },
      ],
    },
    {
      // A collection no code outside its literal types is tested against: no widening, in TypeScript either.
      code: `${IMPORT}const RETRYABLE_CODES = new Set([130429, 131000]);`,
      output: `${IMPORT}const RETRYABLE_CODES = new Set([WhatsAppErrorCode.RATE_LIMIT_HIT, WhatsAppErrorCode.SOMETHING_WENT_WRONG]);`,
      errors: [
        { line: 2, column: 34, endLine: 2, endColumn: 40, messageId: 'preferConstant', data: rateLimit },
        { line: 2, column: 42, endLine: 2, endColumn: 48, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.SOMETHING_WENT_WRONG', value: 131000 } },
      ],
    },
    {
      code: `${IMPORT}const RETRY_CODES = [130429, 131056];\nconsole.log(RETRY_CODES.length);`,
      output: `${IMPORT}const RETRY_CODES = [WhatsAppErrorCode.RATE_LIMIT_HIT, WhatsAppErrorCode.PAIR_RATE_LIMIT_HIT];\nconsole.log(RETRY_CODES.length);`,
      errors: [
        { line: 2, column: 22, endLine: 2, endColumn: 28, messageId: 'preferConstant', data: rateLimit },
        { line: 2, column: 30, endLine: 2, endColumn: 36, messageId: 'preferConstant', data: pairRateLimit },
      ],
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
              data: replaceUndeliverable,
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

describe('the import: once per file, each fix the size of its literal', () => {
  new AllModesRuleTester().run('prefer-code-constant', rule, {
    valid: [],
    invalid: [
      {
        // The first report carries the import (with its literal, which is near); the others have no fix until the import exists, then a fix of their literal alone.
        code: 'if (err.code === 131026 || err.code === 131047) {}',
        output: [
          `${IMPORT}if (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE || err.code === 131047) {}`,
          `${IMPORT}if (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE || err.code === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED) {}`,
        ],
        errors: [
          { line: 1, column: 18, endLine: 1, endColumn: 24, messageId: 'preferConstant', data: undeliverable, suggestions: [] },
          { line: 1, column: 41, endLine: 1, endColumn: 47, messageId: 'preferConstant', data: reEngagement, suggestions: [] },
        ],
      },
      {
        // Far from the import, the first report's fix is the import alone: no fix spans the text between them.
        code: `export const a = 1;\n${FAR}if (err.code === 131026 || err.code === 131047) {}`,
        output: [
          `${IMPORT}export const a = 1;\n${FAR}if (err.code === 131026 || err.code === 131047) {}`,
          `${IMPORT}export const a = 1;\n${FAR}if (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE || err.code === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED) {}`,
        ],
        errors: [
          { line: 3, column: 18, endLine: 3, endColumn: 24, messageId: 'preferConstant', data: undeliverable },
          { line: 3, column: 41, endLine: 3, endColumn: 47, messageId: 'preferConstant', data: reEngagement },
        ],
      },
      {
        // A far digit string: the suggestion adds the import; once it is there, the replacement is the suggestion.
        code: `export const a = 1;\n${FAR}if (String(err.code) === '131047') {}`,
        output: null,
        errors: [
          {
            line: 3, column: 26, endLine: 3, endColumn: 34,
            messageId: 'preferConstantString',
            suggestions: [
              {
                messageId: 'addImport',
                data: { name: 'WhatsAppErrorCode', source: 'whatsapp-error-codes' },
                output: `${IMPORT}export const a = 1;\n${FAR}if (String(err.code) === '131047') {}`,
              },
            ],
          },
        ],
      },
      {
        // Codes and subcodes: each constant object's import is carried by the first report that needs it; the second extends the first.
        code: 'if (err.code === 100 && err.error_subcode === 2388012) {}',
        output: [
          `${IMPORT}if (err.code === WhatsAppErrorCode.INVALID_PARAMETER && err.error_subcode === 2388012) {}`,
          "import { WhatsAppErrorCode, WhatsAppErrorSubcode } from 'whatsapp-error-codes';\nif (err.code === WhatsAppErrorCode.INVALID_PARAMETER && err.error_subcode === WhatsAppErrorSubcode.MIGRATION_PHONE_NUMBER_ALREADY_EXISTS) {}",
        ],
        errors: [
          { line: 1, column: 18, endLine: 1, endColumn: 21, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.INVALID_PARAMETER', value: 100 } },
          { line: 1, column: 47, endLine: 1, endColumn: 54, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorSubcode.MIGRATION_PHONE_NUMBER_ALREADY_EXISTS', value: 2388012 } },
        ],
      },
    ],
  });
});

describe('where the import goes', () => {
  new AllModesRuleTester().run('prefer-code-constant', rule, {
    valid: [],
    invalid: [
      {
        // After the directive prologue: `'use client'` must stay the file's first statement.
        code: "'use client';\n\nexport const isClosed = (err) => err.code === 131047;",
        output: `'use client';\n\n${IMPORT}\nexport const isClosed = (err) => err.code === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED;`,
        errors: [{ line: 3, column: 47, endLine: 3, endColumn: 53, messageId: 'preferConstant', data: reEngagement }],
      },
      {
        // Every directive, in the file's quotes and (no) semicolons.
        code: '"use server"\n"use strict"\nexport const isClosed = (err) => err.code === 131047',
        output: '"use server"\n"use strict"\nimport { WhatsAppErrorCode } from "whatsapp-error-codes"\nexport const isClosed = (err) => err.code === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED',
        errors: [{ line: 3, column: 47, endLine: 3, endColumn: 53, messageId: 'preferConstant', data: reEngagement }],
      },
      {
        // After a license header, keeping the blank line below it.
        code: '/*\n * Copyright (c) Example. Licensed under the MIT license.\n */\n\nexport const isClosed = (err) => err.code === 131047;',
        output: `/*\n * Copyright (c) Example. Licensed under the MIT license.\n */\n\n${IMPORT}\nexport const isClosed = (err) => err.code === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED;`,
        errors: [{ line: 5, column: 47, endLine: 5, endColumn: 53, messageId: 'preferConstant', data: reEngagement }],
      },
      {
        // After `// @ts-check` and a `#!` line, before the comment that belongs to the code.
        code: '#!/usr/bin/env node\n// @ts-check\n/** Whether the window closed. */\nexport const isClosed = (err) => err.code === 131047;',
        output: `#!/usr/bin/env node\n// @ts-check\n${IMPORT}/** Whether the window closed. */\nexport const isClosed = (err) => err.code === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED;`,
        errors: [{ line: 4, column: 47, endLine: 4, endColumn: 53, messageId: 'preferConstant', data: reEngagement }],
      },
      {
        // A comment on the code is not a header: the import goes above it.
        code: '/** Whether the window closed. */\nexport const isClosed = (err) => err.code === 131047;',
        output: `${IMPORT}/** Whether the window closed. */\nexport const isClosed = (err) => err.code === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED;`,
        errors: [{ line: 2, column: 47, endLine: 2, endColumn: 53, messageId: 'preferConstant', data: reEngagement }],
      },
      {
        // Without imports, the file's strings and statements say the style: double quotes, no semicolons.
        code: 'const label = "closed"\nexport const isClosed = (err) => err.code === 131047 && label',
        output: 'import { WhatsAppErrorCode } from "whatsapp-error-codes"\nconst label = "closed"\nexport const isClosed = (err) => err.code === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED && label',
        errors: [{ line: 2, column: 47, endLine: 2, endColumn: 53, messageId: 'preferConstant', data: reEngagement }],
      },
      {
        // Windows line endings stay Windows line endings.
        code: "'use strict';\r\nexport const isClosed = (err) => err.code === 131047;\r\n",
        output: "'use strict';\r\nimport { WhatsAppErrorCode } from 'whatsapp-error-codes';\r\nexport const isClosed = (err) => err.code === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED;\r\n",
        errors: [{ line: 2, column: 47, endLine: 2, endColumn: 53, messageId: 'preferConstant', data: reEngagement }],
      },
    ],
  });
});

describe('CommonJS: a require of the kit, where one can be added safely', () => {
  new JavaScriptRuleTester().run('prefer-code-constant', rule, {
    valid: [],
    invalid: [
      {
        // sourceType commonjs (.cjs): a `require`, not an `import`.
        filename: 'file.cjs',
        code: 'if (err.code === 131026) {}',
        output: `${REQUIRE}if (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE) {}`,
        languageOptions: commonJs,
        errors: [{ line: 1, column: 18, endLine: 1, endColumn: 24, messageId: 'preferConstant', data: undeliverable }],
      },
      {
        // A `.js` file parsed as a module that uses `require` is CommonJS: after the file's requires, in its style.
        code: "'use strict'\nconst fs = require('node:fs')\n\nfunction isGone(err) { return err.code === 131026 }\nmodule.exports = { isGone }",
        output: "'use strict'\nconst fs = require('node:fs')\nconst { WhatsAppErrorCode } = require('whatsapp-error-codes')\n\nfunction isGone(err) { return err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE }\nmodule.exports = { isGone }",
        errors: [{ line: 4, column: 44, endLine: 4, endColumn: 50, messageId: 'preferConstant', data: undeliverable }],
      },
      {
        // `module.exports` alone says CommonJS too; the `require` goes after `'use strict'`.
        code: '"use strict";\nmodule.exports = (err) => err.code === 131026;',
        output: '"use strict";\nconst { WhatsAppErrorCode } = require("whatsapp-error-codes");\nmodule.exports = (err) => err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE;',
        errors: [{ line: 2, column: 40, endLine: 2, endColumn: 46, messageId: 'preferConstant', data: undeliverable }],
      },
      {
        code: 'exports.isGone = (err) => err.code === 131026;',
        output: `${REQUIRE}exports.isGone = (err) => err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE;`,
        errors: [{ line: 1, column: 40, endLine: 1, endColumn: 46, messageId: 'preferConstant', data: undeliverable }],
      },
      {
        // A destructuring require of the kit gains the name.
        filename: 'file.cjs',
        code: "const { categoryOf } = require('whatsapp-error-codes');\nif (err.code === 131026) {}",
        output: "const { categoryOf, WhatsAppErrorCode } = require('whatsapp-error-codes');\nif (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE) {}",
        languageOptions: commonJs,
        errors: [{ line: 2, column: 18, endLine: 2, endColumn: 24, messageId: 'preferConstant', data: undeliverable }],
      },
      {
        // ES5 has neither `const` nor destructuring.
        filename: 'file.cjs',
        code: 'if (err.code === 131026) {}',
        output: "var WhatsAppErrorCode = require('whatsapp-error-codes').WhatsAppErrorCode;\nif (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE) {}",
        languageOptions: { ...commonJs, ecmaVersion: 5 } as TestLanguageOptions,
        errors: [{ line: 1, column: 18, endLine: 1, endColumn: 24, messageId: 'preferConstant', data: undeliverable }],
      },
      {
        // Without semicolons, a `require` followed by a line that starts with `(` gets one, so it does not call the kit.
        filename: 'file.cjs',
        code: '(function () {\n  module.exports = (err) => err.code === 131026\n})()',
        output: `${REQUIRE}(function () {\n  module.exports = (err) => err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE\n})()`,
        languageOptions: commonJs,
        errors: [{ line: 2, column: 42, endLine: 2, endColumn: 48, messageId: 'preferConstant', data: undeliverable }],
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
      {
        // A literal inside the file's leading requires runs before a `require` added after them: a suggestion.
        filename: 'file.cjs',
        code: "const handler = require('./handler')((err) => err.code === 131026);",
        output: null,
        languageOptions: commonJs,
        errors: [
          {
            line: 1, column: 60, endLine: 1, endColumn: 66,
            messageId: 'preferConstant',
            data: undeliverable,
            suggestions: [{ messageId: 'replaceWithConstant', data: replaceUndeliverable, output: "const handler = require('./handler')((err) => err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE);" }],
          },
        ],
      },
      {
        // A classic script has no module system to bring the kit in: a suggestion of the replacement.
        filename: 'file.js',
        code: 'if (err.code === 131026) {}',
        output: null,
        languageOptions: script,
        errors: [
          {
            line: 1, column: 18, endLine: 1, endColumn: 24,
            messageId: 'preferConstant',
            data: undeliverable,
            suggestions: [{ messageId: 'replaceWithConstant', data: replaceUndeliverable, output: 'if (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE) {}' }],
          },
        ],
      },
    ],
  });
});

describe('collections keep their element type: JavaScript has none to keep', () => {
  new JavaScriptRuleTester().run('prefer-code-constant', rule, {
    valid: [],
    invalid: [
      {
        code: `${IMPORT}if ([131026, 131047].includes(err.code)) {}`,
        output: `${IMPORT}if ([WhatsAppErrorCode.MESSAGE_UNDELIVERABLE, WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED].includes(err.code)) {}`,
        errors: [
          { line: 2, column: 6, endLine: 2, endColumn: 12, messageId: 'preferConstant', data: undeliverable },
          { line: 2, column: 14, endLine: 2, endColumn: 20, messageId: 'preferConstant', data: reEngagement },
        ],
      },
      {
        code: `${IMPORT}const PERMANENT = new Set([131026, 131047]);\nexport const isPermanent = (code) => PERMANENT.has(code);`,
        output: `${IMPORT}const PERMANENT = new Set([WhatsAppErrorCode.MESSAGE_UNDELIVERABLE, WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED]);\nexport const isPermanent = (code) => PERMANENT.has(code);`,
        errors: [
          { line: 2, column: 28, endLine: 2, endColumn: 34, messageId: 'preferConstant', data: undeliverable },
          { line: 2, column: 36, endLine: 2, endColumn: 42, messageId: 'preferConstant', data: reEngagement },
        ],
      },
      {
        // Checked JavaScript (`// @ts-check`) has types but no syntax for the widening: a suggestion.
        code: `// @ts-check\n${IMPORT}const PERMANENT = new Set([131026, 131047]);\nexport const isPermanent = (code) => PERMANENT.has(code);`,
        output: null,
        errors: [
          {
            line: 3, column: 28, endLine: 3, endColumn: 34,
            messageId: 'preferConstant',
            data: undeliverable,
            suggestions: [
              {
                messageId: 'replaceWithConstant',
                data: replaceUndeliverable,
                output: `// @ts-check\n${IMPORT}const PERMANENT = new Set([WhatsAppErrorCode.MESSAGE_UNDELIVERABLE, 131047]);\nexport const isPermanent = (code) => PERMANENT.has(code);`,
              },
            ],
          },
          {
            line: 3, column: 36, endLine: 3, endColumn: 42,
            messageId: 'preferConstant',
            data: reEngagement,
            suggestions: [
              {
                messageId: 'replaceWithConstant',
                data: { raw: '131047', replacement: 'WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED' },
                output: `// @ts-check\n${IMPORT}const PERMANENT = new Set([131026, WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED]);\nexport const isPermanent = (code) => PERMANENT.has(code);`,
              },
            ],
          },
        ],
      },
    ],
  });
});

describe('collections keep their element type: TypeScript, with and without type information', () => {
  new TypeScriptRuleTester().run('prefer-code-constant', rule, {
    valid: ['enum Limits { Max = 131026 }'],
    invalid: [
      {
        code: 'if ((err.code as number) === 131026) {}',
        output: `${IMPORT}if ((err.code as number) === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE) {}`,
        errors: [{ line: 1, column: 30, endLine: 1, endColumn: 36, messageId: 'preferConstant', data: undeliverable }],
      },
      {
        // `as const`: a tuple of literal types before and after, so nothing to widen.
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
        // A Set tested with a `number`: the fix of its first literal writes the element type.
        code: `${IMPORT}const PERMANENT = new Set([131026, 131047]);\nexport const isPermanent = (code: number) => PERMANENT.has(code);`,
        output: `${IMPORT}const PERMANENT = new Set<number>([WhatsAppErrorCode.MESSAGE_UNDELIVERABLE, WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED]);\nexport const isPermanent = (code: number) => PERMANENT.has(code);`,
        errors: [
          { line: 2, column: 28, endLine: 2, endColumn: 34, messageId: 'preferConstant', data: undeliverable },
          { line: 2, column: 36, endLine: 2, endColumn: 42, messageId: 'preferConstant', data: reEngagement },
        ],
      },
      {
        // Without the import yet: the first fix carries the import, the literal and the widening.
        code: 'const PERMANENT = new Set([131026, 131047]);\nexport const isPermanent = (code: number) => PERMANENT.has(code);',
        output: [
          `${IMPORT}const PERMANENT = new Set<number>([WhatsAppErrorCode.MESSAGE_UNDELIVERABLE, 131047]);\nexport const isPermanent = (code: number) => PERMANENT.has(code);`,
          `${IMPORT}const PERMANENT = new Set<number>([WhatsAppErrorCode.MESSAGE_UNDELIVERABLE, WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED]);\nexport const isPermanent = (code: number) => PERMANENT.has(code);`,
        ],
        errors: [
          { line: 1, column: 28, endLine: 1, endColumn: 34, messageId: 'preferConstant', data: undeliverable },
          { line: 1, column: 36, endLine: 1, endColumn: 42, messageId: 'preferConstant', data: reEngagement },
        ],
      },
      {
        // An array tested with `.includes(number)`: an annotation.
        code: `${IMPORT}const PERMANENT_CODES = [131026, 131047];\nexport const isPermanent = (code: number) => PERMANENT_CODES.includes(code);`,
        output: `${IMPORT}const PERMANENT_CODES: number[] = [WhatsAppErrorCode.MESSAGE_UNDELIVERABLE, WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED];\nexport const isPermanent = (code: number) => PERMANENT_CODES.includes(code);`,
        errors: [
          { line: 2, column: 26, endLine: 2, endColumn: 32, messageId: 'preferConstant', data: undeliverable },
          { line: 2, column: 34, endLine: 2, endColumn: 40, messageId: 'preferConstant', data: reEngagement },
        ],
      },
      {
        // An inline array tested with a `number`: a cast around it. The cast's fix spans the array, so the other literals follow in the next pass.
        code: `${IMPORT}declare const code: number;\nif ([131026, 131047].includes(code)) {}`,
        output: [
          `${IMPORT}declare const code: number;\nif (([WhatsAppErrorCode.MESSAGE_UNDELIVERABLE, 131047] as number[]).includes(code)) {}`,
          `${IMPORT}declare const code: number;\nif (([WhatsAppErrorCode.MESSAGE_UNDELIVERABLE, WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED] as number[]).includes(code)) {}`,
        ],
        errors: [
          { line: 3, column: 6, endLine: 3, endColumn: 12, messageId: 'preferConstant', data: undeliverable },
          { line: 3, column: 14, endLine: 3, endColumn: 20, messageId: 'preferConstant', data: reEngagement },
        ],
      },
      {
        // Written to (`let`), exported, or read in ways not followed (iterated): widened, the type is exactly the old one.
        code: `${IMPORT}let retryCodes = [130429, 131056];\nexport const isRetryable = (code: number) => retryCodes.includes(code as 130429);\nexport const reset = () => (retryCodes = []);`,
        output: `${IMPORT}let retryCodes: number[] = [WhatsAppErrorCode.RATE_LIMIT_HIT, WhatsAppErrorCode.PAIR_RATE_LIMIT_HIT];\nexport const isRetryable = (code: number) => retryCodes.includes(code as 130429);\nexport const reset = () => (retryCodes = []);`,
        errors: [
          { line: 2, column: 19, endLine: 2, endColumn: 25, messageId: 'preferConstant', data: rateLimit },
          { line: 2, column: 27, endLine: 2, endColumn: 33, messageId: 'preferConstant', data: pairRateLimit },
        ],
      },
      {
        code: `${IMPORT}export const RETRY_CODES = [130429, 131056];`,
        output: `${IMPORT}export const RETRY_CODES: number[] = [WhatsAppErrorCode.RATE_LIMIT_HIT, WhatsAppErrorCode.PAIR_RATE_LIMIT_HIT];`,
        errors: [
          { line: 2, column: 29, endLine: 2, endColumn: 35, messageId: 'preferConstant', data: rateLimit },
          { line: 2, column: 37, endLine: 2, endColumn: 43, messageId: 'preferConstant', data: pairRateLimit },
        ],
      },
      {
        code: `${IMPORT}const RETRY_CODES = [130429, 131056];\nfor (const code of RETRY_CODES) console.log(code);`,
        output: `${IMPORT}const RETRY_CODES: number[] = [WhatsAppErrorCode.RATE_LIMIT_HIT, WhatsAppErrorCode.PAIR_RATE_LIMIT_HIT];\nfor (const code of RETRY_CODES) console.log(code);`,
        errors: [
          { line: 2, column: 22, endLine: 2, endColumn: 28, messageId: 'preferConstant', data: rateLimit },
          { line: 2, column: 30, endLine: 2, endColumn: 36, messageId: 'preferConstant', data: pairRateLimit },
        ],
      },
      {
        // An annotation decides the type: nothing to widen.
        code: `${IMPORT}const RETRY_CODES: readonly number[] = [130429, 131056];\nexport const isRetryable = (code: number) => RETRY_CODES.includes(code);`,
        output: `${IMPORT}const RETRY_CODES: readonly number[] = [WhatsAppErrorCode.RATE_LIMIT_HIT, WhatsAppErrorCode.PAIR_RATE_LIMIT_HIT];\nexport const isRetryable = (code: number) => RETRY_CODES.includes(code);`,
        errors: [
          { line: 2, column: 41, endLine: 2, endColumn: 47, messageId: 'preferConstant', data: rateLimit },
          { line: 2, column: 49, endLine: 2, endColumn: 55, messageId: 'preferConstant', data: pairRateLimit },
        ],
      },
      {
        // A number the rule leaves alone keeps the array a `number[]`.
        code: `${IMPORT}const RETRY_CODES = [130429, 131056, 42];\nexport const isRetryable = (code: number) => RETRY_CODES.includes(code);`,
        output: `${IMPORT}const RETRY_CODES = [WhatsAppErrorCode.RATE_LIMIT_HIT, WhatsAppErrorCode.PAIR_RATE_LIMIT_HIT, 42];\nexport const isRetryable = (code: number) => RETRY_CODES.includes(code);`,
        errors: [
          { line: 2, column: 22, endLine: 2, endColumn: 28, messageId: 'preferConstant', data: rateLimit },
          { line: 2, column: 30, endLine: 2, endColumn: 36, messageId: 'preferConstant', data: pairRateLimit },
        ],
      },
      {
        code: `${IMPORT}const FROZEN_CODES = Object.freeze([131026, 131047]);\nexport const isFrozen = (code: number) => FROZEN_CODES.includes(code);`,
        output: `${IMPORT}const FROZEN_CODES = Object.freeze<number[]>([WhatsAppErrorCode.MESSAGE_UNDELIVERABLE, WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED]);\nexport const isFrozen = (code: number) => FROZEN_CODES.includes(code);`,
        errors: [
          { line: 2, column: 37, endLine: 2, endColumn: 43, messageId: 'preferConstant', data: undeliverable },
          { line: 2, column: 45, endLine: 2, endColumn: 51, messageId: 'preferConstant', data: reEngagement },
        ],
      },
      {
        code: `${IMPORT}const config = { RETRY_CODES: [130429, 131056], label: 'retry' };\nexport const isRetryable = (code: number) => config.RETRY_CODES.includes(code);`,
        output: [
          `${IMPORT}const config = { RETRY_CODES: [WhatsAppErrorCode.RATE_LIMIT_HIT, 131056] as number[], label: 'retry' };\nexport const isRetryable = (code: number) => config.RETRY_CODES.includes(code);`,
          `${IMPORT}const config = { RETRY_CODES: [WhatsAppErrorCode.RATE_LIMIT_HIT, WhatsAppErrorCode.PAIR_RATE_LIMIT_HIT] as number[], label: 'retry' };\nexport const isRetryable = (code: number) => config.RETRY_CODES.includes(code);`,
        ],
        errors: [
          { line: 2, column: 32, endLine: 2, endColumn: 38, messageId: 'preferConstant', data: rateLimit },
          { line: 2, column: 40, endLine: 2, endColumn: 46, messageId: 'preferConstant', data: pairRateLimit },
        ],
      },
      {
        code: `${IMPORT}export class Policy {\n  static readonly FATAL_CODES = [131026, 131031];\n}`,
        output: `${IMPORT}export class Policy {\n  static readonly FATAL_CODES: number[] = [WhatsAppErrorCode.MESSAGE_UNDELIVERABLE, WhatsAppErrorCode.BUSINESS_ACCOUNT_LOCKED];\n}`,
        errors: [
          { line: 3, column: 34, endLine: 3, endColumn: 40, messageId: 'preferConstant', data: undeliverable },
          { line: 3, column: 42, endLine: 3, endColumn: 48, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.BUSINESS_ACCOUNT_LOCKED', value: 131031 } },
        ],
      },
      {
        // A Map's keys type it (with `tables: true`, its keys are rewritten).
        code: `${IMPORT}const LABELS = new Map([[131026, 'undeliverable'], [131047, 'window']]);\nexport const label = (code: number) => LABELS.get(code);`,
        output: `${IMPORT}const LABELS = new Map<number, string>([[WhatsAppErrorCode.MESSAGE_UNDELIVERABLE, 'undeliverable'], [WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED, 'window']]);\nexport const label = (code: number) => LABELS.get(code);`,
        options: [{ tables: true }],
        errors: [
          { line: 2, column: 26, endLine: 2, endColumn: 32, messageId: 'preferConstant', data: undeliverable },
          { line: 2, column: 53, endLine: 2, endColumn: 59, messageId: 'preferConstant', data: reEngagement },
        ],
        name: 'a Map of codes tested with a number gets its type arguments',
      },
      {
        // `satisfies` infers from the literal types and no cast can keep it: a suggestion.
        code: `${IMPORT}const RETRY_CODES = [130429] satisfies number[];\nexport const isRetryable = (code: number) => RETRY_CODES.includes(code);`,
        output: null,
        errors: [
          {
            line: 2, column: 22, endLine: 2, endColumn: 28,
            messageId: 'preferConstant',
            data: rateLimit,
            suggestions: [
              {
                messageId: 'replaceWithConstant',
                data: { raw: '130429', replacement: 'WhatsAppErrorCode.RATE_LIMIT_HIT' },
                output: `${IMPORT}const RETRY_CODES = [WhatsAppErrorCode.RATE_LIMIT_HIT] satisfies number[];\nexport const isRetryable = (code: number) => RETRY_CODES.includes(code);`,
              },
            ],
          },
        ],
      },
      {
        // A type-only import of the name becomes a value import: the same name then means the type and the constants.
        code: "import type { WhatsAppErrorCode } from 'whatsapp-error-codes';\nif (err.code === 131026) {}",
        output: `${IMPORT}if (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE) {}`,
        errors: [{ line: 2, column: 18, endLine: 2, endColumn: 24, messageId: 'preferConstant', data: undeliverable }],
      },
      {
        // The other names of a type-only import stay types.
        code: "import type { ErrorCategory, WhatsAppErrorCode } from 'whatsapp-error-codes';\nexport let last: ErrorCategory | undefined;\nif (err.code === 131026) {}",
        output: "import { type ErrorCategory, WhatsAppErrorCode } from 'whatsapp-error-codes';\nexport let last: ErrorCategory | undefined;\nif (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE) {}",
        errors: [{ line: 3, column: 18, endLine: 3, endColumn: 24, messageId: 'preferConstant', data: undeliverable }],
      },
      {
        code: "import { type WhatsAppErrorCode } from 'whatsapp-error-codes';\nif (err.code === 131026) {}",
        output: `${IMPORT}if (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE) {}`,
        errors: [{ line: 2, column: 18, endLine: 2, endColumn: 24, messageId: 'preferConstant', data: undeliverable }],
      },
    ],
  });
});

describe('collections keep their element type: what only type information tells', () => {
  new UntypedTypeScriptRuleTester().run('prefer-code-constant', rule, {
    valid: [],
    invalid: [
      {
        // Without types, `code` may be any number.
        code: `${IMPORT}if ([131026].includes(code)) {}`,
        output: `${IMPORT}if (([WhatsAppErrorCode.MESSAGE_UNDELIVERABLE] as number[]).includes(code)) {}`,
        errors: [{ line: 2, column: 6, endLine: 2, endColumn: 12, messageId: 'preferConstant', data: undeliverable }],
      },
      {
        // A spread of unknown elements: no element type to write where one is needed, so a suggestion.
        code: `${IMPORT}const EXTRA: number[] = [];\nconst RETRY_CODES = [130429, ...EXTRA];\nexport const isRetryable = (code: number) => RETRY_CODES.includes(code);`,
        output: null,
        errors: [
          {
            line: 3, column: 22, endLine: 3, endColumn: 28,
            messageId: 'preferConstant',
            data: rateLimit,
            suggestions: [{ messageId: 'replaceWithConstant', data: { raw: '130429', replacement: 'WhatsAppErrorCode.RATE_LIMIT_HIT' }, output: `${IMPORT}const EXTRA: number[] = [];\nconst RETRY_CODES = [WhatsAppErrorCode.RATE_LIMIT_HIT, ...EXTRA];\nexport const isRetryable = (code: number) => RETRY_CODES.includes(code);` }],
          },
        ],
      },
      {
        // An argument's type comes from the parameter, or (a generic one) from the argument: only types tell.
        code: `${IMPORT}register({ RETRY_CODES: [130429] });`,
        output: null,
        errors: [
          {
            line: 2, column: 26, endLine: 2, endColumn: 32,
            messageId: 'preferConstant',
            data: rateLimit,
            suggestions: [
              { messageId: 'replaceWithConstant', data: { raw: '130429', replacement: 'WhatsAppErrorCode.RATE_LIMIT_HIT' }, output: `${IMPORT}register({ RETRY_CODES: [WhatsAppErrorCode.RATE_LIMIT_HIT] });` },
            ],
          },
        ],
      },
    ],
  });

  new TypedRuleTester().run('prefer-code-constant', rule, {
    valid: [
      'declare const exitCode: number; if (exitCode === 0) {}',
      // The same call shape in a file that names nothing of WhatsApp: a side typed `number` is no code.
      "import { lastStatus } from './meta-errors.js';\nif (lastStatus().code === 4) {}",
    ],
    invalid: [
      {
        // A side typed by another module as a union of codes: the only sign in a file that names nothing of WhatsApp.
        code: "import { lastFailure } from './meta-errors.js';\nif (lastFailure().code === 4) {}",
        output: "import { lastFailure } from './meta-errors.js';\nimport { WhatsAppErrorCode } from 'whatsapp-error-codes';\nif (lastFailure().code === WhatsAppErrorCode.API_TOO_MANY_CALLS) {}",
        errors: [{ line: 2, column: 28, endLine: 2, endColumn: 29, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.API_TOO_MANY_CALLS', value: 4 } }],
      },
      {
        // Typed as a code: an ambiguous value needs no other context, under any name.
        code: "import type { SenderErrorCode } from 'whatsapp-error-codes';\ndeclare const reason: SenderErrorCode;\nif (reason === 4) {}",
        output: "import type { SenderErrorCode } from 'whatsapp-error-codes';\nimport { WhatsAppErrorCode } from 'whatsapp-error-codes';\ndeclare const reason: SenderErrorCode;\nif (reason === WhatsAppErrorCode.API_TOO_MANY_CALLS) {}",
        errors: [{ line: 3, column: 16, endLine: 3, endColumn: 17, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.API_TOO_MANY_CALLS', value: 4 } }],
      },
      {
        // Tested only with values of its own literal types: nothing could narrow.
        code: `${IMPORT}declare const code: 131026 | 131047;\nif ([131026, 131047].includes(code)) {}`,
        output: `${IMPORT}declare const code: 131026 | 131047;\nif ([WhatsAppErrorCode.MESSAGE_UNDELIVERABLE, WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED].includes(code)) {}`,
        errors: [
          { line: 3, column: 6, endLine: 3, endColumn: 12, messageId: 'preferConstant', data: undeliverable },
          { line: 3, column: 14, endLine: 3, endColumn: 20, messageId: 'preferConstant', data: reEngagement },
        ],
      },
      {
        // With types, a spread of `number[]` keeps the array a `number[]`: nothing to widen.
        code: `${IMPORT}const EXTRA: number[] = [];\nconst RETRY_CODES = [130429, ...EXTRA];\nexport const isRetryable = (code: number) => RETRY_CODES.includes(code);`,
        output: `${IMPORT}const EXTRA: number[] = [];\nconst RETRY_CODES = [WhatsAppErrorCode.RATE_LIMIT_HIT, ...EXTRA];\nexport const isRetryable = (code: number) => RETRY_CODES.includes(code);`,
        errors: [{ line: 3, column: 22, endLine: 3, endColumn: 28, messageId: 'preferConstant', data: rateLimit }],
      },
      {
        // A parameter's type decides the argument's.
        code: `${IMPORT}declare function register(config: { RETRY_CODES: readonly number[] }): void;\nregister({ RETRY_CODES: [130429] });`,
        output: `${IMPORT}declare function register(config: { RETRY_CODES: readonly number[] }): void;\nregister({ RETRY_CODES: [WhatsAppErrorCode.RATE_LIMIT_HIT] });`,
        errors: [{ line: 3, column: 26, endLine: 3, endColumn: 32, messageId: 'preferConstant', data: rateLimit }],
      },
      {
        // A generic one infers from the argument: the literal types would flow in.
        code: `${IMPORT}declare function configure<T>(config: T): T;\nexport const config = configure({ RETRY_CODES: [130429] });`,
        output: `${IMPORT}declare function configure<T>(config: T): T;\nexport const config = configure({ RETRY_CODES: [WhatsAppErrorCode.RATE_LIMIT_HIT] as number[] });`,
        errors: [{ line: 3, column: 49, endLine: 3, endColumn: 55, messageId: 'preferConstant', data: rateLimit }],
      },
    ],
  });
});

describe('a file with many literals: shadowing is read once for the whole file', () => {
  // Past the first few literals the rule answers from the file's scope, after checking every scope
  // for a local of the constant's name: the shadowed literal must still get only a suggestion.
  const functions = Array.from({ length: 20 }, (_, index) => `function handle${index}(err) { return err.code === 131026; }`);
  const shadowed = 'function shadowed(err, WhatsAppErrorCode) { return err.code === 131026; }';
  const literalColumn = (line: string): number => line.indexOf('131026') + 1;
  const fixed = (line: string): string => line.replace('131026', 'WhatsAppErrorCode.MESSAGE_UNDELIVERABLE');
  const reportOn = (line: string, lineNumber: number) => ({ line: lineNumber, column: literalColumn(line), endLine: lineNumber, endColumn: literalColumn(line) + 6, messageId: 'preferConstant' as const, data: undeliverable });

  new AllModesRuleTester().run('prefer-code-constant', rule, {
    valid: [],
    invalid: [
      {
        code: `${IMPORT}${[...functions, shadowed].join('\n')}`,
        output: `${IMPORT}${[...functions.map(fixed), shadowed].join('\n')}`,
        errors: [
          ...functions.map((line, index) => reportOn(line, index + 2)),
          {
            line: functions.length + 2,
            column: literalColumn(shadowed),
            endLine: functions.length + 2,
            endColumn: literalColumn(shadowed) + 6,
            messageId: 'preferConstant',
            data: undeliverable,
            suggestions: [{ messageId: 'replaceWithConstant', data: replaceUndeliverable, output: `${IMPORT}${[...functions, fixed(shadowed)].join('\n')}` }],
          },
        ],
        name: 'twenty literals after an import, the last in a function whose parameter shadows the constant',
      },
      {
        code: `${IMPORT}${functions.join('\n')}`,
        output: `${IMPORT}${functions.map(fixed).join('\n')}`,
        errors: functions.map((line, index) => reportOn(line, index + 2)),
        name: 'twenty literals after an import, none shadowed: every one fixed',
      },
    ],
  });
});
