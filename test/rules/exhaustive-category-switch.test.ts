import { ERROR_CODE_ENTRIES } from 'whatsapp-error-codes';
import rule from '../../rules/exhaustive-category-switch.js';
import { AllModesRuleTester, TypeScriptRuleTester, TypedRuleTester } from './rule-tester.js';

/** The recipient codes, in code order (the order the suggestions list missing codes in); the catalog decides which they are. */
const RECIPIENT = ERROR_CODE_ENTRIES.filter((entry) => entry.category === 'recipient');
const LAST_RECIPIENT = RECIPIENT.at(-1)!;
/** `case WA.X:` for every recipient code but the last, written on one line. */
const ALL_BUT_LAST = RECIPIENT.slice(0, -1).map((entry) => `case WA.${entry.name}:`);

const KIT = "import { categoryOf, describeErrorCode } from 'whatsapp-error-codes';\n";
const TYPES = "import type { ErrorCategory, SenderErrorCode, RecipientErrorCode } from 'whatsapp-error-codes';\n";

const throwFor = (category: string, indent = '    ') => `${indent}throw new Error("Unhandled WhatsApp error category '${category}'");\n`;

/** A switch over `discriminant` handling only 'sender': reports 'recipient' and 'platform', and the suggestion appends both. */
function senderOnly(prefix: string, discriminant: string) {
  const head = `${prefix}switch (${discriminant}) {\n  case 'sender': pause(); break;\n`;
  return {
    code: `${head}}`,
    errors: [
      {
        messageId: 'missingCategories' as const,
        data: { missing: "'recipient' and 'platform'" },
        suggestions: [
          {
            messageId: 'addMissingCategories' as const,
            data: { cases: "case 'recipient', case 'platform'" },
            output: `${head}  case 'recipient':\n${throwFor('recipient')}  case 'platform':\n${throwFor('platform')}}`,
          },
        ],
      },
    ],
  };
}

new AllModesRuleTester().run('exhaustive-category-switch', rule, {
  valid: [
    `${KIT}switch (categoryOf(err.code)) {\n  case 'sender': pause(); break;\n  case 'recipient': drop(); break;\n  case 'platform': retry(); break;\n}`,
    // Not category switches: strings that happen to be category names.
    "switch (message.direction) {\n  case 'sender': left(); break;\n  case 'recipient': right(); break;\n}",
    "switch (role) { case 'sender': break; }",
    "function categoryOf(x) { return x; }\nswitch (categoryOf(err.code)) { case 'sender': break; }",
    "import { categoryOf } from './local-helpers.js';\nswitch (categoryOf(err.code)) { case 'sender': break; }",
    // allowDefault lets a default count.
    { code: `${KIT}switch (categoryOf(code)) {\n  case 'sender': pause(); break;\n  default: retry();\n}`, options: [{ allowDefault: true }], name: 'a default counts with allowDefault' },
    // A label the rule cannot read may handle the rest.
    `${KIT}switch (categoryOf(code)) {\n  case SENDER: pause(); break;\n}`,
    // Code switches are only checked with requireCategoryCoverage, and a default covers them.
    'switch (err.code) { case 131047: sendTemplate(); break; }',
    { code: 'switch (err.code) { case 131047: sendTemplate(); break; default: log(); }', options: [{ requireCategoryCoverage: true }], name: 'a code switch with a default is covered' },
    { code: 'switch (err.code) { case 131074: break; }', options: [{ requireCategoryCoverage: true }], name: 'a code switch over unknown codes touches no category' },
    {
      code: `switch (err.code) { ${RECIPIENT.map((entry) => `case ${entry.code}:`).join(' ')} drop(); }`,
      options: [{ requireCategoryCoverage: true }],
      name: 'a code switch that lists every recipient code',
    },
    { code: 'switch (status) { case 131026: drop(); }', options: [{ requireCategoryCoverage: true }], name: 'a switch over a name that holds no code' },
    // A fallback's label handles the fallback.
    `${KIT}switch (categoryOf(code) ?? 'unknown') {\n  case 'sender':\n  case 'recipient':\n  case 'platform':\n    retry();\n    break;\n  case 'unknown':\n    log();\n}`,
    // Catch-all handling right after a code switch handles what it does not list.
    {
      code: 'function describe(code) {\n  switch (code) {\n    case 131047:\n      return "window closed";\n  }\n  return describeHttpStatus(code);\n}',
      options: [{ requireCategoryCoverage: true }],
      name: 'a code switch followed by a return',
    },
    {
      code: 'function handle(err) {\n  switch (err.code) {\n    case 131047:\n      return sendTemplate();\n  }\n  throw err;\n}',
      options: [{ requireCategoryCoverage: true }],
      name: 'a code switch followed by a throw',
    },
    {
      code: "import { categoryOf } from 'whatsapp-error-codes';\nchild.on('exit', (code) => {\n  switch (code) {\n    case 0:\n      return resolve();\n    case 1:\n      return reject();\n  }\n});",
      options: [{ requireCategoryCoverage: true }],
      name: "a child process's exit codes are no WhatsApp codes",
    },
  ],
  invalid: [
    {
      code: `${KIT}switch (categoryOf(err.code)) {\n  case 'sender': pauseCampaign(); break;\n  case 'recipient': suppressContact(); break;\n}`,
      errors: [
        {
          line: 2, column: 9, endLine: 2, endColumn: 29,
          messageId: 'missingCategories',
          data: { missing: "'platform'" },
          suggestions: [
            {
              messageId: 'addMissingCategories',
              data: { cases: "case 'platform'" },
              output: `${KIT}switch (categoryOf(err.code)) {\n  case 'sender': pauseCampaign(); break;\n  case 'recipient': suppressContact(); break;\n  case 'platform':\n${throwFor('platform')}}`,
            },
          ],
        },
      ],
    },
    senderOnly(KIT, 'categoryOf(err.code)'),
    // Under an alias, through a namespace import, through require().
    senderOnly("import { categoryOf as category } from 'whatsapp-error-codes';\n", 'category(code)'),
    senderOnly("import * as kit from 'whatsapp-error-codes';\n", 'kit.categoryOf(code)'),
    senderOnly("const { categoryOf } = require('whatsapp-error-codes');\n", 'categoryOf(code)'),
    // The category of a described code.
    senderOnly(KIT, 'describeErrorCode(code)?.category'),
    senderOnly(`${KIT}const entry = describeErrorCode(code);\n`, 'entry.category'),
    senderOnly(`${KIT}const { category } = describeErrorCode(code);\n`, 'category'),
    // A local initialised from the kit's category, with or without a fallback.
    senderOnly(`${KIT}const category = categoryOf(code);\n`, 'category'),
    senderOnly(`${KIT}const category = categoryOf(code) ?? 'unknown';\n`, 'category'),
    senderOnly(`${KIT}let category = categoryOf(code);\n`, 'category'),
    {
      // A default does not count: the new case goes before it.
      code: `${KIT}switch (categoryOf(code)) {\n  case 'sender':\n    pause();\n    break;\n  case 'recipient':\n    drop();\n    break;\n  default:\n    retry();\n}`,
      errors: [
        {
          line: 2, column: 9, endLine: 2, endColumn: 25,
          messageId: 'missingCategories',
          data: { missing: "'platform'" },
          suggestions: [
            {
              messageId: 'addMissingCategories',
              data: { cases: "case 'platform'" },
              output: `${KIT}switch (categoryOf(code)) {\n  case 'sender':\n    pause();\n    break;\n  case 'recipient':\n    drop();\n    break;\n  case 'platform':\n${throwFor('platform')}  default:\n    retry();\n}`,
            },
          ],
        },
      ],
    },
    {
      // Where the case before default falls through into it, the new case goes first, so no fall-through changes.
      code: `${KIT}switch (categoryOf(code)) {\n  case 'sender':\n    pause();\n    break;\n  case 'recipient':\n  default:\n    retry();\n}`,
      errors: [
        {
          line: 2, column: 9, endLine: 2, endColumn: 25,
          messageId: 'missingCategories',
          data: { missing: "'platform'" },
          suggestions: [
            {
              messageId: 'addMissingCategories',
              data: { cases: "case 'platform'" },
              output: `${KIT}switch (categoryOf(code)) {\n  case 'platform':\n${throwFor('platform')}  case 'sender':\n    pause();\n    break;\n  case 'recipient':\n  default:\n    retry();\n}`,
            },
          ],
        },
      ],
    },
    {
      // Likewise when the last case falls off the end.
      code: `${KIT}switch (categoryOf(code)) {\n  case 'sender':\n    pause();\n    break;\n  case 'recipient':\n    drop();\n}`,
      errors: [
        {
          line: 2, column: 9, endLine: 2, endColumn: 25,
          messageId: 'missingCategories',
          data: { missing: "'platform'" },
          suggestions: [
            {
              messageId: 'addMissingCategories',
              data: { cases: "case 'platform'" },
              output: `${KIT}switch (categoryOf(code)) {\n  case 'platform':\n${throwFor('platform')}  case 'sender':\n    pause();\n    break;\n  case 'recipient':\n    drop();\n}`,
            },
          ],
        },
      ],
    },
    {
      // Regression (property tests): a case on the switch's own line; the new cases get indentation, not the code before the case.
      code: `${KIT}switch (categoryOf(code)) { case 'sender': break; }`,
      errors: [
        {
          line: 2, column: 9, endLine: 2, endColumn: 25,
          messageId: 'missingCategories',
          data: { missing: "'recipient' and 'platform'" },
          suggestions: [
            {
              messageId: 'addMissingCategories',
              data: { cases: "case 'recipient', case 'platform'" },
              output: `${KIT}switch (categoryOf(code)) { case 'sender': break;\n  case 'recipient':\n${throwFor('recipient')}  case 'platform':\n${throwFor('platform').trimEnd()} }`,
            },
          ],
        },
      ],
    },
    {
      // Regression (property tests): a `default` that does not start its line; the new cases go on lines of their own before it.
      code: `${KIT}switch (categoryOf(code)) { default: break; }`,
      errors: [
        {
          line: 2, column: 9, endLine: 2, endColumn: 25,
          messageId: 'missingCategories',
          data: { missing: "'sender', 'recipient' and 'platform'" },
          suggestions: [
            {
              messageId: 'addMissingCategories',
              data: { cases: "case 'sender', case 'recipient', case 'platform'" },
              output: `${KIT}switch (categoryOf(code)) { \n  case 'sender':\n${throwFor('sender')}  case 'recipient':\n${throwFor('recipient')}  case 'platform':\n${throwFor('platform')}  default: break; }`,
            },
          ],
        },
      ],
    },
    {
      code: `import { WhatsAppErrorCode as WA } from 'whatsapp-error-codes';\nswitch (errorCode) { ${ALL_BUT_LAST.join(' ')} drop(); }`,
      // Regression (property tests): cases that fall through, all on one line; the new cases go first, on lines of their own.
      options: [{ requireCategoryCoverage: true }],
      errors: [
        {
          line: 2, column: 9, endLine: 2, endColumn: 18,
          messageId: 'uncoveredCodes',
          data: { summary: 'recipient (1 missing)' },
          suggestions: [
            {
              messageId: 'addMissingCodes',
              data: { count: 1 },
              output:
                "import { WhatsAppErrorCode as WA } from 'whatsapp-error-codes';\nswitch (errorCode) { \n" +
                `  // recipient\n  case WA.${LAST_RECIPIENT.name}:\n    throw new Error(\`Unhandled WhatsApp error code \${String(errorCode)}\`);\n` +
                `  ${ALL_BUT_LAST.join(' ')} drop(); }`,
            },
          ],
        },
      ],
      name: 'new code cases go first when cases fall through on one line',
    },
    {
      code: `${KIT}switch (categoryOf(code)) {}`,
      errors: [
        {
          line: 2, column: 9, endLine: 2, endColumn: 25,
          messageId: 'missingCategories',
          data: { missing: "'sender', 'recipient' and 'platform'" },
          suggestions: [
            {
              messageId: 'addMissingCategories',
              data: { cases: "case 'sender', case 'recipient', case 'platform'" },
              output: `${KIT}switch (categoryOf(code)) {  case 'sender':\n${throwFor('sender')}  case 'recipient':\n${throwFor('recipient')}  case 'platform':\n${throwFor('platform')}\n}`,
            },
          ],
        },
      ],
    },
    {
      // Misspelled labels: each reported with the nearest category; they handle nothing.
      code: `${KIT}switch (categoryOf(code)) {\n  case 'Sender': pause(); break;\n  case 'recipient': drop(); break;\n  case "plattform": retry(); break;\n  case 'unknown': log(); break;\n}`,
      errors: [
        {
          line: 2, column: 9, endLine: 2, endColumn: 25,
          messageId: 'missingCategories',
          data: { missing: "'sender' and 'platform'" },
          suggestions: [
            {
              messageId: 'addMissingCategories',
              data: { cases: "case 'sender', case 'platform'" },
              output: `${KIT}switch (categoryOf(code)) {\n  case 'Sender': pause(); break;\n  case 'recipient': drop(); break;\n  case "plattform": retry(); break;\n  case 'unknown': log(); break;\n  case 'sender':\n${throwFor('sender')}  case 'platform':\n${throwFor('platform').trimEnd()}\n}`,
            },
          ],
        },
        {
          line: 3, column: 8, endLine: 3, endColumn: 16,
          messageId: 'notACategory',
          data: { label: "'Sender'" },
          suggestions: [
            {
              messageId: 'replaceWithCategory',
              data: { label: "'Sender'", category: 'sender' },
              output: `${KIT}switch (categoryOf(code)) {\n  case 'sender': pause(); break;\n  case 'recipient': drop(); break;\n  case "plattform": retry(); break;\n  case 'unknown': log(); break;\n}`,
            },
          ],
        },
        {
          line: 5, column: 8, endLine: 5, endColumn: 19,
          messageId: 'notACategory',
          data: { label: '"plattform"' },
          suggestions: [
            {
              messageId: 'replaceWithCategory',
              data: { label: '"plattform"', category: 'platform' },
              output: `${KIT}switch (categoryOf(code)) {\n  case 'Sender': pause(); break;\n  case 'recipient': drop(); break;\n  case "platform": retry(); break;\n  case 'unknown': log(); break;\n}`,
            },
          ],
        },
        { line: 6, column: 8, endLine: 6, endColumn: 17, messageId: 'notACategory', data: { label: "'unknown'" }, suggestions: [] },
      ],
    },
    {
      code: 'switch (err.code) {\n  case 131026:\n  case 131050:\n    drop();\n    break;\n}',
      // Code switches: the categories touched must be covered, or the switch needs a default.
      options: [{ requireCategoryCoverage: true }],
      errors: [
        {
          line: 1, column: 9, endLine: 1, endColumn: 17,
          messageId: 'uncoveredCodes',
          data: { summary: `recipient (${RECIPIENT.length - 2} missing)` },
          suggestions: [
            {
              messageId: 'addMissingCodes',
              data: { count: RECIPIENT.length - 2 },
              output:
                "import { WhatsAppErrorCode } from 'whatsapp-error-codes';\n" +
                'switch (err.code) {\n  case 131026:\n  case 131050:\n    drop();\n    break;\n' +
                `  // recipient\n${RECIPIENT.filter((entry) => entry.code !== 131026 && entry.code !== 131050).map((entry) => `  case WhatsAppErrorCode.${entry.name}:\n`).join('')}` +
                '    throw new Error(`Unhandled WhatsApp error code ${String(err.code)}`);\n}',
            },
          ],
        },
      ],
      name: 'a code switch must cover the categories it touches',
    },
    {
      code: `import { WhatsAppErrorCode as WA } from 'whatsapp-error-codes';\nswitch (errorCode) {\n${ALL_BUT_LAST.map((label) => `  ${label}\n`).join('')}    drop();\n    break;\n}`,
      // Constants count as labels; the suggestion reuses the existing import.
      options: [{ requireCategoryCoverage: true }],
      errors: [
        {
          line: 2, column: 9, endLine: 2, endColumn: 18,
          messageId: 'uncoveredCodes',
          data: { summary: 'recipient (1 missing)' },
          suggestions: [
            {
              messageId: 'addMissingCodes',
              data: { count: 1 },
              output:
                `import { WhatsAppErrorCode as WA } from 'whatsapp-error-codes';\nswitch (errorCode) {\n${ALL_BUT_LAST.map((label) => `  ${label}\n`).join('')}    drop();\n    break;\n` +
                `  // recipient\n  case WA.${LAST_RECIPIENT.name}:\n    throw new Error(\`Unhandled WhatsApp error code \${String(errorCode)}\`);\n}`,
            },
          ],
        },
      ],
      name: 'constant labels count, and the suggestion reuses the import',
    },
  ],
});

new TypeScriptRuleTester().run('exhaustive-category-switch', rule, {
  valid: [
    // A chat model's direction is not a category, typed or not.
    "type Direction = 'sender' | 'recipient';\nfunction side(d: Direction) { switch (d) { case 'sender': return 1; } }",
    `${TYPES}function f(c: ErrorCategory) { switch (c) { case 'sender': case 'recipient': case 'platform': return; } }`,
  ],
  invalid: [
    senderOnly(TYPES, '(c as ErrorCategory)'),
    senderOnly(`${TYPES}declare const c: ErrorCategory;\n`, 'c'),
    senderOnly(`${TYPES}let c: ErrorCategory | undefined;\n`, 'c!'),
    {
      code: `${TYPES}function f({ category }: { category: ErrorCategory }) {\n  switch (category) {\n    case 'sender': pause(); break;\n  }\n}`,
      errors: [
        {
          line: 3, column: 11, endLine: 3, endColumn: 19,
          messageId: 'missingCategories',
          data: { missing: "'recipient' and 'platform'" },
          suggestions: [
            {
              messageId: 'addMissingCategories',
              data: { cases: "case 'recipient', case 'platform'" },
              output: `${TYPES}function f({ category }: { category: ErrorCategory }) {\n  switch (category) {\n    case 'sender': pause(); break;\n    case 'recipient':\n${throwFor('recipient', '      ')}    case 'platform':\n${throwFor('platform', '      ').trimEnd()}\n  }\n}`,
            },
          ],
        },
      ],
    },
    senderOnly("import type * as kit from 'whatsapp-error-codes';\ndeclare const c: kit.ErrorCategory;\n", 'c'),
    // Fields and properties typed by their annotation.
    senderOnly(`${TYPES}class Failure {\n  static category: ErrorCategory;\n}\n`, 'Failure.category'),
    senderOnly(`${TYPES}interface Failure {\n  category: ErrorCategory;\n}\ndeclare const failure: Failure;\n`, 'failure.category'),
  ],
});

new TypedRuleTester().run('exhaustive-category-switch', rule, {
  valid: [
    // Exhaustiveness is over the narrowed union: two cases are enough.
    `${TYPES}function f(c: Exclude<ErrorCategory, 'platform'>) { switch (c) { case 'sender': return 1; case 'recipient': return 2; } }`,
    `${KIT}${TYPES}declare const code: SenderErrorCode | RecipientErrorCode;\nswitch (categoryOf(code)) { case 'sender': break; case 'recipient': break; }`,
    // Labels read through their types.
    `${KIT}const SENDER = 'sender' as const, RECIPIENT = 'recipient' as const, PLATFORM = 'platform' as const;\nswitch (categoryOf(code)) { case SENDER: case RECIPIENT: case PLATFORM: break; }`,
    // Labels that are neither categories nor near one: a switch over something else, whatever its type says.
    `${TYPES}type Reason = ErrorCategory;\ndeclare const reason: Reason;\nswitch (reason) { case 'order/created': case 'order/paid': break; }`,
  ],
  invalid: [
    {
      // Only the type says `reason` is a category; a label near one is enough for the checker to be asked.
      code: `${TYPES}type Reason = ErrorCategory;\ndeclare const reason: Reason;\nswitch (reason) {\n  case 'Sender': break;\n}`,
      errors: [
        {
          line: 4, column: 9, endLine: 4, endColumn: 15,
          messageId: 'missingCategories',
          data: { missing: "'sender', 'recipient' and 'platform'" },
          suggestions: [
            {
              messageId: 'addMissingCategories',
              data: { cases: "case 'sender', case 'recipient', case 'platform'" },
              output: `${TYPES}type Reason = ErrorCategory;\ndeclare const reason: Reason;\nswitch (reason) {\n  case 'Sender': break;\n  case 'sender':\n${throwFor('sender')}  case 'recipient':\n${throwFor('recipient')}  case 'platform':\n${throwFor('platform')}}`,
            },
          ],
        },
        {
          line: 5, column: 8, endLine: 5, endColumn: 16,
          messageId: 'notACategory',
          data: { label: "'Sender'" },
          suggestions: [
            {
              messageId: 'replaceWithCategory',
              data: { label: "'Sender'", category: 'sender' },
              output: `${TYPES}type Reason = ErrorCategory;\ndeclare const reason: Reason;\nswitch (reason) {\n  case 'sender': break;\n}`,
            },
          ],
        },
      ],
    },
    {
      code: `${TYPES}function f(c: Exclude<ErrorCategory, 'platform'>) {\n  switch (c) {\n    case 'sender':\n      return 1;\n  }\n}`,
      errors: [
        {
          line: 3, column: 11, endLine: 3, endColumn: 12,
          messageId: 'missingCategories',
          data: { missing: "'recipient'" },
          suggestions: [
            {
              messageId: 'addMissingCategories',
              data: { cases: "case 'recipient'" },
              output: `${TYPES}function f(c: Exclude<ErrorCategory, 'platform'>) {\n  switch (c) {\n    case 'sender':\n      return 1;\n    case 'recipient':\n${throwFor('recipient', '      ').trimEnd()}\n  }\n}`,
            },
          ],
        },
      ],
    },
  ],
});
