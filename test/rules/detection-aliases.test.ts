/**
 * The detector sees a code where real code keeps it (issue 15, part 1): in a local copied from a
 * code side, through destructuring (with or without rename and default), through coercions, in a
 * parameter every call of the file passes a code side to, in a template holding only a code side,
 * and in a side annotated with the kit's code types. Scope analysis does it without type
 * information, so every shape is checked in plain JavaScript, TypeScript without types and
 * TypeScript with types.
 */
import noDeprecatedCode from '../../rules/no-deprecated-code.js';
import noUnknownCode from '../../rules/no-unknown-code.js';
import { AllModesRuleTester, TypeScriptRuleTester, TypedRuleTester } from './rule-tester.js';

/** 131074 is 131047 with two digits swapped; these are its nearest codes. */
const CANDIDATES = [
  { code: 131047, name: 'RE_ENGAGEMENT_MESSAGE_REQUIRED' },
  { code: 131064, name: 'TEMPLATE_CLASSIFICATION_MESSAGE_LIMIT' },
  { code: 131044, name: 'CALLING_PAYMENT_METHOD_MISSING' },
] as const;

/**
 * `template` holds `@` where the typo stands (`131074`, or `'131074'` where the side is a string);
 * the report names the nearest codes and each suggestion writes one of them in the same form.
 */
function typo(template: string, form: 'number' | 'string' = 'number') {
  const write = (code: number) => (form === 'number' ? String(code) : `'${code}'`);
  return {
    code: template.replace('@', write(131074)),
    errors: [
      {
        messageId: 'unknownCode' as const,
        data: { value: 131074, candidates: CANDIDATES.map((c) => `${c.code} (${c.name})`).join(', ').replace(/, (?=[^,]*$)/, ' or ') },
        suggestions: CANDIDATES.map((c) => ({ messageId: 'replaceWithCode' as const, data: { code: c.code, name: c.name }, output: template.replace('@', write(c.code)) })),
      },
    ],
  };
}

/** The retired On-Premises 470 at `@`, with its Cloud replacement 131047 as the suggestion. */
function retired470(template: string) {
  const data = { value: 470, platform: 'retired On-Premises', replacement: 131047, replacementName: 'RE_ENGAGEMENT_MESSAGE_REQUIRED' };
  return {
    code: template.replace('@', '470'),
    errors: [{ messageId: 'retiredCode' as const, data, suggestions: [{ messageId: 'replaceWithReplacement' as const, data, output: template.replace('@', '131047') }] }],
  };
}

new AllModesRuleTester().run('no-unknown-code', noUnknownCode, {
  valid: [
    // A `let` that is written again holds whatever was assigned last.
    'let c = err.code;\nc = next();\nif (c === 131074) {}',
    // An alias counts within its scope only: outside the block, `c` is another variable.
    '{\n  const c = err.code;\n  log(c);\n}\nif (c === 131074) {}',
    'function a(e) {\n  const c = e.code;\n  return c;\n}\nfunction b(c) {\n  return c === 131074;\n}',
    // A local that shadows the alias.
    'const { code: metaErr } = err.response.data.error;\nfunction g() {\n  const metaErr = count();\n  return metaErr === 131074;\n}',
    // A parameter is a code only when every call of the file passes one.
    'function handle(c) {\n  return c === 131074;\n}\nhandle(err.code);\nhandle(count);',
    'function handle(c) {\n  return c === 131074;\n}',
    // Passed as a callback: its arguments are not seen.
    'const handle = (c) => c === 131074;\nhandle(err.code);\nitems.map(handle);',
    // `parseInt(x, 16)` is another number than the code.
    'const p = parseInt(err.code, 16);\nif (p === 131074) {}',
    // A template with text around the code is not the code.
    "if (`code ${e.code}` === '131074') {}",
    // What a code side computes is not a code.
    'const total = err.code + 1;\nif (total === 131074) {}',
    'const size = err.code.length;\nif (size === 131074) {}',
    // A destructured key that is no code name.
    'const { id: c } = err;\nif (c === 131074) {}',
  ],
  invalid: [
    // `const x = Number(errorCode); switch (x) { … }`
    typo('const x = Number(errorCode);\nswitch (x) {\n  case @:\n    retry();\n    break;\n}'),
    typo('const c = err.code;\nif (c === @) {}'),
    // A `let` or `var` never written again is a constant.
    typo('let c = err.code;\nif (c === @) {}'),
    typo('var c = err.code;\nif (c === @) {}'),
    // Destructuring: renamed, with a default, nested, in parameters and loops.
    typo('const { code: metaErr } = err.response.data.error;\nif (metaErr === @) {}'),
    typo('const { code: metaErr = 0 } = body.error;\nif (metaErr === @) {}'),
    typo('const { error: { code: inner } } = body;\nif (inner === @) {}'),
    typo('function f({ code: metaErr }) {\n  return metaErr === @;\n}'),
    typo('for (const { code: c } of errors) {\n  if (c === @) break;\n}'),
    typo('errors.forEach(({ code: c }) => {\n  if (c === @) log(c);\n});'),
    // Coercions, on the way into the local or after it.
    typo('const n = +err.code;\nif (n === @) {}'),
    typo('const n = Number(err.code) || 0;\nif (n === @) {}'),
    typo('const n = parseInt(err.code, 10);\nif (n === @) {}'),
    typo('const n = Number.parseInt(err.code);\nif (n === @) {}'),
    typo('const n = parseInt(String(err.code), 10);\nif (n === @) {}'),
    typo('const raw = err.code;\nconst n = Number(raw);\nif (n === @) {}'),
    typo('const s = String(err.code);\nif (s === @) {}', 'string'),
    typo('const s = `${err.code}`;\nif (s === @) {}', 'string'),
    typo('const c = err?.code ?? 0;\nif (c === @) {}'),
    // A template literal that holds only a code side is the code side.
    typo('if (`${e.code}` === @) {}', 'string'),
    // Chains of locals, and several declarators in one declaration.
    typo('const a = err.code;\nconst b = a;\nconst d = b;\nif (d === @) {}'),
    typo('const c = err.code, d = c;\nif (d === @) {}'),
    // Within its scope: in a closure too.
    typo('const x = err.code;\nfunction inner() {\n  return x === @;\n}'),
    typo('function outer(e) {\n  const x = e.code;\n  return () => x === @;\n}'),
    // An alias in a collection, a Set and a switch.
    typo('const c = err.code;\nif ([@, 131047].includes(c)) {}'),
    typo('const c = err.code;\nconst RETRY = new Set([@]);\nif (RETRY.has(c)) {}'),
    typo('const c = err.code;\nswitch (c) {\n  case @:\n    break;\n}'),
    // A constant compared with an alias.
    typo('const OUTSIDE_WINDOW = @;\nconst c = err.code;\nif (c === OUTSIDE_WINDOW) {}'),
    // Parameters every call of the file passes a code side to.
    typo('function handle(c) {\n  return c === @;\n}\nhandle(err.code);\nhandle(e.errorCode);'),
    typo('const handle = (c) => c === @;\nhandle(err.code);'),
    typo('const handle = function (c) {\n  return c === @;\n};\nhandle(err.code);'),
    typo('function handle(c = 0) {\n  return c === @;\n}\nhandle(err.code);'),
    typo('function handle(c) {\n  return c === @;\n}\nconst x = err.code;\nhandle(x);'),
    // A recursive call that passes the parameter on says nothing against it.
    typo('function retry(c, attempt) {\n  if (c === @ && attempt < 3) return retry(c, attempt + 1);\n}\nretry(err.code, 0);'),
  ],
});

new AllModesRuleTester().run('no-deprecated-code', noDeprecatedCode, {
  valid: [
    // 470 compared with what is no code side, however it was copied.
    'const status = res.status;\nif (status === 470) {}',
    'function handle(c) {\n  return c === 470;\n}\nhandle(res.status);',
  ],
  invalid: [
    retired470('const c = err.code;\nif (c === @) {}'),
    retired470('const { code: metaErr } = err.response.data.error;\nif (metaErr === @) {}'),
    retired470('const n = Number(err.code);\nswitch (n) {\n  case @:\n    sendTemplate();\n}'),
    retired470('function handle(c) {\n  return c === @;\n}\nhandle(err.code);'),
  ],
});

const LOOSE = "import type { LooseWhatsAppErrorCode, WhatsAppErrorCode } from 'whatsapp-error-codes';\n";

new TypeScriptRuleTester().run('no-unknown-code', noUnknownCode, {
  valid: [
    // A union of small literals is not a code type, whatever it is compared with.
    'declare const level: 1 | 2 | 3;\nif (level === 131074) {}',
    // A local alias of the kit's name is not the kit's type.
    'type WhatsAppErrorCode = number;\nfunction f(reason: WhatsAppErrorCode) {\n  if (reason === 54321) {}\n}',
  ],
  invalid: [
    // Casts and annotations on the way into the local.
    typo('const c = err.code as number;\nif (c === @) {}'),
    typo('const c = err.code!;\nif (c === @) {}'),
    typo('const c = <number>err.code;\nif (c === @) {}'),
    typo('const c: number = err.code;\nif (c === @) {}'),
    typo('const { code: metaErr }: { code: number } = body.error;\nif (metaErr === @) {}'),
    typo('function handle(c: number) {\n  return c === @;\n}\nhandle(err.code as number);'),
    {
      // A side annotated `LooseWhatsAppErrorCode | undefined` is read as a code type: any unknown value counts, however it is named.
      code: `${LOOSE}function f(reason: LooseWhatsAppErrorCode | undefined) {\n  if (reason === 54321) {}\n}`,
      errors: [{ line: 3, column: 18, endLine: 3, endColumn: 23, messageId: 'unknownCodeNoSuggestion', data: { value: 54321 }, suggestions: [] }],
    },
    {
      // …and so is a local copied from one.
      code: `${LOOSE}function f(reason: WhatsAppErrorCode) {\n  const r = reason;\n  if (r === 777) {}\n}`,
      errors: [
        {
          line: 4, column: 13, endLine: 4, endColumn: 16,
          messageId: 'unknownCode',
          data: { value: 777, candidates: '277 (API_PERMISSION)' },
          suggestions: [{ messageId: 'replaceWithCode', data: { code: 277, name: 'API_PERMISSION' }, output: `${LOOSE}function f(reason: WhatsAppErrorCode) {\n  const r = reason;\n  if (r === 277) {}\n}` }],
        },
      ],
    },
    {
      code: `${LOOSE}declare const reason: LooseWhatsAppErrorCode | null | undefined;\nswitch (reason) {\n  case 54321:\n    break;\n}`,
      errors: [{ line: 4, column: 8, endLine: 4, endColumn: 13, messageId: 'unknownCodeNoSuggestion', data: { value: 54321 }, suggestions: [] }],
    },
  ],
});

new TypeScriptRuleTester().run('no-deprecated-code', noDeprecatedCode, {
  valid: [],
  invalid: [
    {
      // 1000 is a WebSocket close code too; beside a side annotated as a code it is the retired On-Premises code.
      code: `${LOOSE}function f(reason: LooseWhatsAppErrorCode | undefined) {\n  if (reason === 1000) reconnect();\n}`,
      errors: [
        {
          line: 3, column: 18, endLine: 3, endColumn: 22,
          messageId: 'retiredCode',
          data: { value: 1000, platform: 'retired On-Premises', replacement: 131000, replacementName: 'SOMETHING_WENT_WRONG' },
          suggestions: [
            {
              messageId: 'replaceWithReplacement',
              data: { value: 1000, platform: 'retired On-Premises', replacement: 131000, replacementName: 'SOMETHING_WENT_WRONG' },
              output: `${LOOSE}function f(reason: LooseWhatsAppErrorCode | undefined) {\n  if (reason === 131000) reconnect();\n}`,
            },
          ],
        },
      ],
    },
  ],
});

new TypedRuleTester().run('no-unknown-code', noUnknownCode, {
  valid: [
    // The checker's `number` says nothing.
    'declare function lookup(): number;\nconst r = lookup();\nif (r === 54321) {}',
  ],
  invalid: [
    {
      // Only the checker knows what `lookup()` returns: a code type, so the local holds a code.
      code: `${LOOSE}declare function lookup(): LooseWhatsAppErrorCode | undefined;\nconst r = lookup();\nif (r === 54321) {}`,
      errors: [{ line: 4, column: 11, endLine: 4, endColumn: 16, messageId: 'unknownCodeNoSuggestion', data: { value: 54321 }, suggestions: [] }],
    },
  ],
});
