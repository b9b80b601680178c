/**
 * Category sides where real code keeps them (issue 15, part 1): a local initialised from
 * `categoryOf(…)` (with `?? 'unknown'` or similar, whose label is no misspelled category), a
 * never-reassigned `let`, a chain of locals, the `.category` of the kit's error or description,
 * and, by their annotation, parameters, fields (static or instance, through `this` or the class)
 * and properties typed `ErrorCategory` or `CategoryOf<…>`. And code switches under
 * `requireCategoryCoverage` (part 5): one followed by catch-all handling of the same value is not
 * missing cases, and a switch over exit codes is no code switch.
 */
import { ERROR_CODE_ENTRIES } from 'whatsapp-error-codes';
import rule from '../../rules/exhaustive-category-switch.js';
import { AllModesRuleTester, TypeScriptRuleTester, TypedRuleTester } from './rule-tester.js';

const KIT = "import { WhatsAppApiError, categoryOf, describeErrorCode } from 'whatsapp-error-codes';\n";
const TYPES = "import type { CategoryOf, ErrorCategory, SenderErrorCode, WhatsAppErrorCode } from 'whatsapp-error-codes';\n";

type Category = 'sender' | 'recipient' | 'platform';
const CATEGORIES: readonly Category[] = ['sender', 'recipient', 'platform'];

function quoted(items: readonly string[]): string {
  const list = items.map((item) => `'${item}'`);
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/**
 * `before`, then a switch over `discriminant` indented by `pad` with a case for each of `handled`
 * (and for each of `extra`, labels that are no category), then `after`. The report names the
 * categories not handled; the suggestion inserts a throwing case for each before the closing brace.
 */
function missing(before: string, discriminant: string, after: string, { pad = '', handled = ['sender'] as readonly Category[], extra = [] as readonly string[] } = {}) {
  const left = CATEGORIES.filter((category) => !handled.includes(category));
  const cases = [...handled, ...extra].map((label) => `${pad}  case '${label}':\n${pad}    handle('${label}');\n${pad}    break;\n`).join('');
  const inserted = left.map((category) => `${pad}  case '${category}':\n${pad}    throw new Error("Unhandled WhatsApp error category '${category}'");\n`).join('');
  const head = `${before}${pad}switch (${discriminant}) {\n${cases}`;
  return {
    code: `${head}${pad}}${after}`,
    errors: [
      {
        messageId: 'missingCategories' as const,
        data: { missing: quoted(left) },
        suggestions: [{ messageId: 'addMissingCategories' as const, data: { cases: left.map((category) => `case '${category}'`).join(', ') }, output: `${head}${inserted}${pad}}${after}` }],
      },
    ],
  };
}

/** A switch over `discriminant` that handles every category (and `extra` labels). */
function complete(before: string, discriminant: string, extra: readonly string[] = []): string {
  return `${before}switch (${discriminant}) {\n${[...CATEGORIES, ...extra].map((label) => `  case '${label}':\n    handle('${label}');\n    break;\n`).join('')}}`;
}

new AllModesRuleTester().run('exhaustive-category-switch', rule, {
  valid: [
    // A fallback's label handles the fallback: `categoryOf(c) ?? 'unknown'`, `|| 'none'`.
    complete(KIT, "categoryOf(c) ?? 'unknown'", ['unknown']),
    complete(KIT, "categoryOf(c) || 'none'", ['none']),
    complete(`${KIT}const category = categoryOf(code) ?? 'unknown';\n`, 'category', ['unknown']),
    // A `let` written again holds whatever was assigned last.
    `${KIT}let category = categoryOf(code);\ncategory = pick();\nswitch (category) {\n  case 'sender':\n    break;\n}`,
    // A local of another function, and a parameter, are not the category.
    `${KIT}function route(code) {\n  const category = categoryOf(code);\n  return category;\n}\nfunction other(category) {\n  switch (category) {\n    case 'sender':\n      break;\n  }\n}`,
    // A local initialised from something that is not the kit's.
    "const category = lookupCategory(code);\nswitch (category) {\n  case 'sender':\n    break;\n}",
  ],
  invalid: [
    // `const category = categoryOf(code); switch (category)`
    missing(`${KIT}const category = categoryOf(code);\n`, 'category', ''),
    missing(`${KIT}let category = categoryOf(code);\n`, 'category', ''),
    missing(`${KIT}const a = categoryOf(code);\nconst b = a;\n`, 'b', ''),
    // The fallback's label is no misspelled category; the categories it leaves are still missing.
    missing(`${KIT}const category = categoryOf(code) ?? 'unknown';\n`, 'category', '', { extra: ['unknown'] }),
    missing(KIT, "categoryOf(c) ?? 'unknown'", '', { handled: ['sender', 'recipient'], extra: ['unknown'] }),
    missing(`${KIT}function route(code) {\n  const category = categoryOf(code) ?? 'unknown';\n`, 'category', '\n}', { pad: '  ', extra: ['unknown'] }),
    // The kit's error and description carry a category.
    missing(`${KIT}const error = WhatsAppApiError.from(thrown);\n`, 'error?.category', ''),
    missing(`${KIT}const { category } = describeErrorCode(code) ?? {};\n`, 'category', ''),
  ],
});

new TypeScriptRuleTester().run('exhaustive-category-switch', rule, {
  valid: [
    // A chat message's direction is no category, declared in an interface or not.
    "interface Message {\n  direction: 'sender' | 'recipient';\n}\nfunction f(m: Message) {\n  switch (m.direction) {\n    case 'sender':\n      break;\n  }\n}",
    // Only the checker can tell which categories a generic CategoryOf<C> allows.
    `${TYPES}function f<C extends number>(category: CategoryOf<C>) {\n  switch (category) {\n    case 'sender':\n      break;\n  }\n}`,
    // An instance field read through the class is not the field.
    `${TYPES}class Failure {\n  category: ErrorCategory = 'sender';\n}\nfunction f() {\n  switch (Failure.category) {\n    case 'sender':\n      break;\n  }\n}`,
  ],
  invalid: [
    // Parameters and locals typed by their annotation.
    missing(`${TYPES}function route(category: ErrorCategory) {\n`, 'category', '\n}', { pad: '  ' }),
    missing(`${TYPES}const category: ErrorCategory = pick();\n`, 'category', ''),
    missing(`${TYPES}function route(category: CategoryOf<WhatsAppErrorCode>) {\n`, 'category', '\n}', { pad: '  ' }),
    // CategoryOf<SenderErrorCode> is 'sender' alone: a switch over it must handle exactly that.
    missing(`${TYPES}function route(category: CategoryOf<SenderErrorCode>) {\n`, 'category', '\n}', { pad: '  ', handled: ['recipient', 'platform'] }),
    missing(`${TYPES}function route(category: ErrorCategory | undefined) {\n`, 'category', '\n}', { pad: '  ' }),
    // Fields: instance and static, declared or as parameter properties, through `this` or the class.
    missing(`${TYPES}class Failure {\n  category: ErrorCategory = 'sender';\n  handle() {\n`, 'this.category', '\n  }\n}', { pad: '    ' }),
    missing(`${TYPES}class Failure {\n  constructor(private readonly category: ErrorCategory) {}\n  handle() {\n`, 'this.category', '\n  }\n}', { pad: '    ' }),
    missing(`${TYPES}class Failure {\n  static category: ErrorCategory;\n  static handle() {\n`, 'this.category', '\n  }\n}', { pad: '    ' }),
    missing(`${TYPES}class Failure {\n  static category: ErrorCategory;\n  static handle() {\n`, 'Failure.category', '\n  }\n}', { pad: '    ' }),
    missing(`${TYPES}class Failure {\n  static category: ErrorCategory;\n}\nfunction f() {\n`, 'Failure.category', '\n}', { pad: '  ' }),
    // Properties of an annotated object: a type literal, an interface (and what it extends), a type alias.
    missing(`${TYPES}function f(e: { category: ErrorCategory }) {\n`, 'e.category', '\n}', { pad: '  ' }),
    missing(`${TYPES}interface Failure {\n  category: ErrorCategory;\n}\nfunction f(e: Failure) {\n`, 'e.category', '\n}', { pad: '  ' }),
    missing(`${TYPES}interface Base {\n  category: ErrorCategory;\n}\ninterface Failure extends Base {\n  code: number;\n}\nfunction f(e: Failure) {\n`, 'e.category', '\n}', { pad: '  ' }),
    missing(`${TYPES}type Failure = { category: ErrorCategory };\nfunction f(e: Failure) {\n`, 'e.category', '\n}', { pad: '  ' }),
  ],
});

new TypedRuleTester().run('exhaustive-category-switch', rule, {
  valid: [],
  invalid: [
    // With types, a category from anywhere: a function's return type.
    missing(`${TYPES}declare function pick(): ErrorCategory;\n`, 'pick()', ''),
  ],
});

// ── Code switches under requireCategoryCoverage ──────────────────────────────────────────────

const coverage = [{ requireCategoryCoverage: true }] as const;
const SENDER = ERROR_CODE_ENTRIES.filter((entry) => entry.category === 'sender');

new AllModesRuleTester().run('exhaustive-category-switch', rule, {
  valid: [
    {
      code: "process.on('exit', (code) => {\n  switch (code) {\n    case 0:\n      return;\n    case 1:\n    case 2:\n      report(code);\n  }\n});",
      options: coverage,
      name: 'exit codes are no WhatsApp codes',
    },
    {
      code: "import { categoryOf } from 'whatsapp-error-codes';\nexport function onExit(code) {\n  switch (code) {\n    case 0:\n      return 'ok';\n    case 1:\n      return 'failed';\n  }\n}",
      options: coverage,
      name: 'exit codes in a file that imports the kit are no WhatsApp codes',
    },
    {
      code: 'function handle(err) {\n  const code = Number(err.code);\n  switch (code) {\n    case 131047:\n      return sendTemplate();\n  }\n  logger.warn(`unhandled ${err.code}`, code);\n}',
      options: coverage,
      name: 'a statement after the switch that reads the same value handles the rest',
    },
    {
      code: 'function handle(err) {\n  try {\n    switch (err.code) {\n      case 131047:\n        return sendTemplate();\n    }\n  } finally {\n    release();\n  }\n  return fallback(err);\n}',
      options: coverage,
      name: 'the catch-all after the try that holds the switch counts',
    },
  ],
  invalid: [
    {
      // A switch over an alias of the code that falls off the end of its function.
      code: 'function handle(err) {\n  const c = Number(err.code);\n  switch (c) {\n    case 131047:\n      sendTemplate();\n      break;\n  }\n}',
      options: coverage,
      errors: [
        {
          line: 3, column: 11, endLine: 3, endColumn: 12,
          messageId: 'uncoveredCodes',
          data: { summary: `sender (${SENDER.length - 1} missing)` },
          suggestions: [
            {
              messageId: 'addMissingCodes',
              data: { count: SENDER.length - 1 },
              output:
                "import { WhatsAppErrorCode } from 'whatsapp-error-codes';\n" +
                'function handle(err) {\n  const c = Number(err.code);\n  switch (c) {\n    case 131047:\n      sendTemplate();\n      break;\n' +
                `    // sender\n${SENDER.filter((entry) => entry.code !== 131047).map((entry) => `    case WhatsAppErrorCode.${entry.name}:\n`).join('')}` +
                '      throw new Error(`Unhandled WhatsApp error code ${String(c)}`);\n  }\n}',
            },
          ],
        },
      ],
      name: 'a code switch over an alias that drops what it does not list',
    },
  ],
});
