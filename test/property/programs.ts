/**
 * fast-check arbitraries that build source text from a grammar of the shapes the rules look at:
 * comparisons of every operator in both orders, switches with and without `default` in every
 * layout, membership tests, code lists, nested optional chains, coercions, every number and
 * string form, imports of the kit under aliases, namespace imports, `require`, shadowed names,
 * JSX, decorators, `satisfies`, enums and class fields, aliases of code sides (locals through
 * coercions and destructuring, parameters, templates), tables (object keys and values, `Map` and
 * `Object.fromEntries` entries, enums, class fields, lookups), mixed with literals near and far
 * from real codes.
 *
 * `programArbitrary` makes lint-only programs (free variables are fine). `evaluableProgramArbitrary`
 * makes programs whose `check(err)` function can run, to compare values before and after a fix.
 */
import fc from 'fast-check';
import { ERROR_CODE_ENTRIES, RETIRED_ERROR_CODE_ENTRIES, WhatsAppErrorCode } from '../../src/index.js';
import { CUSTOM_SOURCE, hasJsx, isModule, isTypeScript, type Dialect } from './harness.js';

const LIVE_CODES = [...new Set(Object.values(WhatsAppErrorCode))];
const CONSTANT_NAMES = Object.keys(WhatsAppErrorCode);
const RETIRED_CODES = RETIRED_ERROR_CODE_ENTRIES.map((entry) => entry.code);
const KIT = 'whatsapp-error-codes';

// ── Literals ─────────────────────────────────────────────────────────────────────────────────

/** A live code with one digit changed, two adjacent digits swapped, or a digit dropped or doubled. */
const typoOfCode = fc
  .tuple(fc.constantFrom(...LIVE_CODES.filter((code) => code >= 100)), fc.nat(), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 9 }))
  .map(([code, at, kind, digit]) => {
    const digits = String(code).split('');
    const i = at % digits.length;
    if (kind === 0) digits[i] = String(digit);
    else if (kind === 1 && i + 1 < digits.length) [digits[i], digits[i + 1]] = [digits[i + 1]!, digits[i]!];
    else if (kind === 2 && digits.length > 1) digits.splice(i, 1);
    else digits.splice(i, 0, digits[i]!);
    return Number(digits.join('').replace(/^0+(?=\d)/, ''));
  });

/** Values near and far from real codes: live, retired, off by a little, typos, ambiguous small numbers, anything. */
export const codeValue: fc.Arbitrary<number> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...LIVE_CODES) },
  { weight: 2, arbitrary: fc.constantFrom(...RETIRED_CODES) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...LIVE_CODES), fc.integer({ min: -3, max: 3 })).map(([code, delta]) => Math.max(0, code + delta)) },
  { weight: 3, arbitrary: typoOfCode },
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 200, max: 299 }), fc.integer({ min: 1000, max: 1015 }), fc.integer({ min: 400, max: 599 })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2_000_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(2 ** 53, 2 ** 53 - 1, 1e21, 0.5, 131047.5, 130000, 139999, 131099) },
);

type LiteralForm = 'dec' | 'sep' | 'hex' | 'oct' | 'bin' | 'exp' | 'float' | 'str1' | 'str2' | 'strPad' | 'tpl' | 'big' | 'neg' | 'paren' | 'as' | 'angle' | 'satisfies' | 'asConst';

function formsFor(dialect: Dialect): LiteralForm[] {
  const forms: LiteralForm[] = ['dec', 'dec', 'dec', 'dec', 'sep', 'hex', 'oct', 'bin', 'exp', 'float', 'str1', 'str1', 'str2', 'strPad', 'tpl', 'big', 'neg', 'paren'];
  if (isTypeScript(dialect)) forms.push('as', 'satisfies', 'asConst');
  if (dialect === 'ts' || dialect === 'cts') forms.push('angle');
  return forms;
}

function withSeparators(digits: string, every: number): string {
  if (digits.length < 2) return digits;
  const step = Math.max(1, Math.min(every, digits.length - 1));
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % step === 0 ? '_' : '') + digits[i];
  return out;
}

/** The source text of a value in a form; falls back to decimal where the form cannot hold the value. */
export function renderLiteral(value: number, form: LiteralForm, extra = 3): string {
  const integer = Number.isSafeInteger(value) && value >= 0;
  switch (form) {
    case 'sep':
      return integer ? withSeparators(String(value), extra) : String(value);
    case 'hex':
      return integer ? `0x${value.toString(16)}` : String(value);
    case 'oct':
      return integer ? `0o${value.toString(8)}` : String(value);
    case 'bin':
      return integer ? `0b${value.toString(2)}` : String(value);
    case 'exp':
      return value.toExponential();
    case 'float':
      return integer ? `${value}.0` : String(value);
    case 'str1':
      return `'${value}'`;
    case 'str2':
      return `"${value}"`;
    case 'strPad':
      return `'${'0'.repeat(1 + (extra % 2))}${value}'`;
    case 'tpl':
      return `\`${value}\``;
    case 'big':
      return integer ? `${value}n` : String(value);
    case 'neg':
      return `-${value}`;
    case 'paren':
      return `(${value})`;
    case 'as':
      return `(${value} as number)`;
    case 'angle':
      return `(<number>${value})`;
    case 'satisfies':
      return `(${value} satisfies number)`;
    case 'asConst':
      return `(${value} as const)`;
    default:
      return String(value);
  }
}

/** A literal in any form the dialect allows. */
export function literal(dialect: Dialect): fc.Arbitrary<string> {
  return fc.tuple(codeValue, fc.constantFrom(...formsFor(dialect)), fc.integer({ min: 1, max: 4 })).map(([value, form, extra]) => renderLiteral(value, form, extra));
}

/** A literal as it may appear in a type (`type T = 131047 | '130429'`). */
function typeLiteral(): fc.Arbitrary<string> {
  return fc.tuple(codeValue, fc.constantFrom<LiteralForm>('dec', 'sep', 'hex', 'str1', 'str2', 'tpl', 'big', 'neg')).map(([value, form]) => renderLiteral(value, form));
}

// ── Code sides ───────────────────────────────────────────────────────────────────────────────

const BASE_SIDES = [
  'err.code',
  'code',
  'error.error_code',
  'e.errorCode',
  'res.data.error.code',
  'payload?.error?.code',
  'body.errors?.[0]?.code',
  "x['code']",
  "x?.['code']",
  'a?.b?.[0]?.["code"]',
  'waCode',
  'metaCode',
  'status.errors[0].code',
  'err.error?.error_subcode',
  'res.status',
  'user.id',
  'exitCode',
  'closeCode',
  'count',
  'reason',
  'this.code',
  'err.code.value',
  'codes[i]',
];

function wrappers(dialect: Dialect): ((side: string) => string)[] {
  const list: ((side: string) => string)[] = [
    (s) => s,
    (s) => s,
    (s) => `Number(${s})`,
    (s) => `String(${s})`,
    (s) => `parseInt(${s})`,
    (s) => `parseInt(${s}, 10)`,
    (s) => `parseInt(${s}, 16)`,
    (s) => `Number.parseInt(${s}, 10)`,
    (s) => (/^[+-]/.test(s) ? `+(${s})` : `+${s}`),
    (s) => `${s}.toString()`,
    (s) => `${s}?.toString()`,
    (s) => `~~${s}`,
    (s) => `(0, ${s})`,
    (s) => `Number(...[${s}])`,
    (s) => `(${s})`,
    (s) => `(${s} ?? 0)`,
    (s) => `String(${s}).trim()`,
    (s) => (/^[+-]/.test(s) ? `-(${s})` : `-${s}`),
  ];
  if (isTypeScript(dialect)) list.push((s) => `(${s} as number)`, (s) => `${s}!`, (s) => `(${s} satisfies unknown)`, (s) => `(${s} as unknown as string)`);
  if (dialect === 'ts' || dialect === 'cts') list.push((s) => `(<number>${s})`);
  return list;
}

export function codeSide(dialect: Dialect): fc.Arbitrary<string> {
  const wrap = wrappers(dialect);
  return fc.tuple(fc.constantFrom(...BASE_SIDES), fc.array(fc.constantFrom(...wrap), { maxLength: 2 })).map(([base, ws]) => ws.reduce((side, w) => w(side), base));
}

const OPERATORS = ['===', '!==', '==', '!=', '<', '<=', '>', '>=', '+', '&', '|', '??', 'in', 'instanceof'];
const SPACING = [' ', ' ', ' ', '', ' /* c */ ', '\n    '];

function comparison(dialect: Dialect): fc.Arbitrary<string> {
  return fc
    .tuple(codeSide(dialect), fc.constantFrom(...OPERATORS), literal(dialect), fc.boolean(), fc.constantFrom(...SPACING))
    .map(([side, op, lit, reversed, space]) => {
      const [left, right] = reversed ? [lit, side] : [side, lit];
      const gap = op === 'in' || op === 'instanceof' || op === '+' || op === '&' || op === '|' ? ' ' : space;
      const text = `${left}${gap}${op}${gap}${right}`;
      return op === '??' || op === '+' || op === '&' || op === '|' ? `(${text})` : text;
    });
}

function chain(dialect: Dialect): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(comparison(dialect), { minLength: 1, maxLength: 4 }), fc.array(fc.constantFrom(' || ', ' && ', ' ||\n    '), { minLength: 3, maxLength: 3 }), fc.boolean())
    .map(([parts, joins, negate]) => {
      const text = parts.reduce((acc, part, i) => (i === 0 ? part : `${acc}${joins[i - 1]}${part}`), '');
      return negate ? `!(${text})` : text;
    });
}

// ── Fragments ────────────────────────────────────────────────────────────────────────────────

/** A piece of a program. `§` is replaced by the fragment's index so that declared names stay unique. */
export interface Fragment {
  readonly text: string;
  /** Reports here may legitimately differ with type information (typed code sides, narrowing, non-literal labels). */
  readonly typeDependent: boolean;
  /** Contains `return`, `continue` or `break` that need a function or loop around it. */
  readonly needsFunction: boolean;
}

const frag = (text: string, options: { typeDependent?: boolean; needsFunction?: boolean } = {}): Fragment => ({
  text,
  typeDependent: options.typeDependent ?? false,
  needsFunction: options.needsFunction ?? false,
});

const CONSTANT_OBJECTS = ['WhatsAppErrorCode', 'WA', 'kit.WhatsAppErrorCode', 'StrWA', 'RW', 'kitReq.WhatsAppErrorCode', 'Codes'];

function constantLabel(): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...CONSTANT_OBJECTS), fc.constantFrom(...CONSTANT_NAMES)).map(([object, name]) => `${object}.${name}`);
}

/** A case label of a switch over codes, and whether only type information can read it. */
function codeLabel(dialect: Dialect): fc.Arbitrary<{ text: string; typeDependent: boolean }> {
  return fc.oneof(
    // `(131047 as const)`, `(131047 satisfies number)` and `-0` have a literal type (`-0` is 0) that only the checker reads.
    { weight: 6, arbitrary: literal(dialect).map((text) => ({ text, typeDependent: /as const|satisfies|^-/.test(text) })) },
    { weight: 2, arbitrary: constantLabel().map((text) => ({ text, typeDependent: false })) },
    { weight: 1, arbitrary: fc.constantFrom('someCode', 'Codes§.A', 'LIMITS[0]', 'undefined', 'null').map((text) => ({ text, typeDependent: text !== 'undefined' && text !== 'null' })) },
  );
}

const CASE_BODIES: string[][] = [[], [], ['break;'], ['return 1;'], ['throw new Error("x");'], ['{', '  break;', '}'], ['handle();'], ['{', '  handle();', '}'], ['handle();', 'break;'], ['return;']];

type Layout = 'multi' | 'single' | 'compact' | 'sameLine' | 'deep';

interface CaseSpec {
  readonly label: string | undefined; // undefined: default
  readonly body: readonly string[];
}

/** Renders a switch in a layout; `compact` drops every optional space (`case'131047':`). */
function renderSwitch(discriminant: string, cases: readonly CaseSpec[], layout: Layout): string {
  const head = (c: CaseSpec): string => (c.label === undefined ? 'default:' : `case ${c.label}:`);
  if (layout === 'compact') {
    const caseText = (c: CaseSpec): string => (c.label === undefined ? 'default:' : `case${/^['"`(\[-]/.test(c.label) ? '' : ' '}${c.label}:`) + c.body.join('');
    return `switch(${discriminant}){${cases.map(caseText).join('')}}`;
  }
  if (layout === 'single') return `switch (${discriminant}) { ${cases.map((c) => [head(c), ...c.body].join(' ')).join(' ')} }`;
  if (layout === 'sameLine') {
    const [first, ...rest] = cases;
    const lines = [`switch (${discriminant}) {${first ? ` ${[head(first), ...first.body].join(' ')}` : ''}`];
    for (const c of rest) lines.push(`  ${head(c)}`, ...c.body.map((line) => `    ${line}`));
    return [...lines, '}'].join('\n');
  }
  const pad = layout === 'deep' ? '      ' : '  ';
  const lines = [`switch (${discriminant}) {`];
  for (const c of cases) lines.push(`${pad}${head(c)}`, ...c.body.map((line) => `${pad}  ${line}`));
  return [...lines, layout === 'deep' ? '    }' : '}'].join('\n');
}

function casesWithDefault<T>(labels: fc.Arbitrary<T>, maxCases: number): fc.Arbitrary<{ labels: T[]; bodies: string[][]; defaultAt: number | undefined }> {
  return fc.record({
    labels: fc.array(labels, { maxLength: maxCases }),
    bodies: fc.array(fc.constantFrom(...CASE_BODIES), { minLength: maxCases + 1, maxLength: maxCases + 1 }),
    defaultAt: fc.option(fc.nat({ max: maxCases }), { nil: undefined }),
  });
}

function buildCases(labels: readonly string[], bodies: readonly string[][], defaultAt: number | undefined): CaseSpec[] {
  const cases: CaseSpec[] = labels.map((label, i) => ({ label, body: bodies[i] ?? [] }));
  if (defaultAt !== undefined) cases.splice(Math.min(defaultAt, cases.length), 0, { label: undefined, body: bodies[labels.length] ?? [] });
  return cases;
}

const LAYOUTS: Layout[] = ['multi', 'multi', 'single', 'compact', 'sameLine', 'deep'];

function codeSwitch(dialect: Dialect): fc.Arbitrary<Fragment> {
  return fc.tuple(codeSide(dialect), casesWithDefault(codeLabel(dialect), 6), fc.constantFrom(...LAYOUTS)).map(([side, { labels, bodies, defaultAt }, layout]) => {
    const cases = buildCases(
      labels.map((label) => label.text),
      bodies,
      defaultAt,
    );
    const declarations = labels.some((label) => label.text.startsWith('Codes§')) ? `${isTypeScript(dialect) ? `enum Codes§ { A = ${131047 + (labels.length % 3)} }` : 'const Codes§ = { A: 131047 };'}\n` : '';
    return frag(declarations + renderSwitch(side, cases, layout), { typeDependent: labels.some((label) => label.typeDependent), needsFunction: true });
  });
}

const CATEGORY_FUNCTIONS = ['categoryOf', 'cat', 'kit.categoryOf', 'rcat', 'kitReq.categoryOf', 'kitEq.categoryOf'];

/** A discriminant over categories, with the declarations it needs and whether types can change what it requires. */
function categoryDiscriminant(dialect: Dialect): fc.Arbitrary<{ before: string; discriminant: string; typeDependent: boolean }> {
  const plain = (discriminant: string, before = '', typeDependent = false) => ({ before, discriminant, typeDependent });
  const options: fc.Arbitrary<{ before: string; discriminant: string; typeDependent: boolean }>[] = [
    fc.tuple(fc.constantFrom(...CATEGORY_FUNCTIONS), codeSide(dialect)).map(([fn, side]) => plain(`${fn}(${side})`)),
    fc.tuple(fc.constantFrom('describeErrorCode', 'kit.describeErrorCode', 'describe'), codeSide(dialect)).map(([fn, side]) => plain(`${fn}(${side})?.category`)),
    fc.constantFrom('describeErrorCode', 'kit.describeErrorCode').map((fn) => plain('entry§.category', `const entry§ = ${fn}(code);\n`)),
    fc.constant(plain('category', 'const { category } = describeErrorCode(code) ?? {};\n')),
    fc.constant(plain('category', 'const category = other(code);\n')),
    fc.constant(plain('direction')),
  ];
  if (isTypeScript(dialect)) {
    options.push(
      fc.constantFrom('ErrorCategory', 'kit.ErrorCategory', 'ErrorCategory | undefined', 'ErrorCategory | null | undefined').map((type) => plain('category§', `const category§: ${type} = categoryOf(code);\n`)),
      fc.constantFrom('ErrorCategory', 'kit.ErrorCategory').map((type) => plain(`(value as ${type})`)),
      fc.constant(plain('(categoryOf(code)!)')),
      fc.constant(plain('(category satisfies ErrorCategory)')),
      // What only type information can narrow or read:
      fc.constant(plain('c§', "const c§: Exclude<ErrorCategory, 'platform'> = pick();\n", true)),
      fc.constant(plain('d§', "const d§: 'sender' | 'recipient' = pick();\n", true)),
      fc.constant(plain('n§', "const n§ = categoryOf(code);\nif (n§ === 'sender' || n§ === undefined) return;\n", true)),
      fc.constant(plain('t§', "const t§: import('whatsapp-error-codes').ErrorCategory = pick();\n", true)),
    );
  }
  return fc.oneof(...options);
}

const CATEGORY_LABELS = [
  "'sender'",
  "'recipient'",
  "'platform'",
  '"sender"',
  '"recipient"',
  '"platform"',
  "'sender'",
  "'recipient'",
  "'platform'",
  "'Sender'",
  "'plattform'",
  "'recipient '",
  "'other'",
  "''",
  '42',
  'null',
  'undefined',
];

function categorySwitch(dialect: Dialect): fc.Arbitrary<Fragment> {
  const label = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...CATEGORY_LABELS).map((text) => ({ text, typeDependent: false })) },
    { weight: 1, arbitrary: fc.constantFrom('`sender`', 'SENDER', 'ERROR_CATEGORIES[1]').map((text) => ({ text, typeDependent: true })) },
  );
  return fc.tuple(categoryDiscriminant(dialect), casesWithDefault(label, 4), fc.constantFrom(...LAYOUTS)).map(([{ before, discriminant, typeDependent }, { labels, bodies, defaultAt }, layout]) =>
    frag(before + renderSwitch(discriminant, buildCases(labels.map((l) => l.text), bodies, defaultAt), layout), {
      typeDependent: typeDependent || labels.some((l) => l.typeDependent),
      needsFunction: true,
    }),
  );
}

function literalList(dialect: Dialect, min = 0): fc.Arbitrary<string> {
  const element = fc.oneof({ weight: 6, arbitrary: literal(dialect) }, { weight: 1, arbitrary: constantLabel() }, { weight: 1, arbitrary: fc.constantFrom('', '...more', 'other') });
  return fc.array(element, { minLength: min, maxLength: 5 }).map((items) => `[${items.join(', ')}]`);
}

function membership(dialect: Dialect): fc.Arbitrary<Fragment> {
  const ts = isTypeScript(dialect);
  return fc
    .tuple(literalList(dialect), codeSide(dialect), fc.integer({ min: 0, max: ts ? 7 : 5 }), fc.constantFrom('RETRY', 'retryable', 'KNOWN_CODES', 'list'))
    .map(([list, side, shape, name]) => {
      switch (shape) {
        case 0:
          return frag(`if (${list}.includes(${side})) handle();`);
        case 1:
          return frag(`if (new Set(${list}).has(${side})) handle();`);
        case 2:
          return frag(`const found§ = ${list}.indexOf(${side}) !== -1;`);
        case 3:
          return frag(`const ${name}§ = ${list};\nif (${name}§.includes(${side})) handle();`);
        case 4:
          return frag(`const ${name}§ = new Set(${list});\nconst hit§ = ${name}§.has(${side}) || ${name}§.has?.(${side});`);
        case 5:
          return frag(`let ${name}§ = ${list};\nif (${name}§.includes(${side})) handle();`);
        case 6:
          return frag(`if ((${list} as const).includes(${side} as never)) handle();`);
        default:
          return frag(`const ${name}§ = new Set<number | string>(${list} satisfies unknown[]);\nif (${name}§.has(${side})) handle();`);
      }
    });
}

function codesConstant(dialect: Dialect): fc.Arbitrary<Fragment> {
  const suffixes = isTypeScript(dialect) ? ['', '', ' as const', ' satisfies readonly unknown[]', ' as readonly number[]'] : [''];
  return fc
    .tuple(fc.constantFrom('RETRYABLE_CODES', 'codes', 'PERMANENT_CODES', 'errorCodes', 'WA_CODES', 'retryCodes'), literalList(dialect, 1), fc.constantFrom(...suffixes), fc.constantFrom('const', 'const', 'let', 'var'), fc.boolean())
    .map(([name, list, suffix, kind, asSet]) => frag(`${kind} ${name}§ = ${asSet ? `new Set(${list})` : list}${suffix};`));
}

// ── Aliases and tables ───────────────────────────────────────────────────────────────────────

/** What a code side is copied into: a local (through coercions and destructuring), a parameter, a template. */
function aliases(dialect: Dialect): fc.Arbitrary<Fragment> {
  const ts = isTypeScript(dialect);
  const shapes: ((side: string, a: string, b: string, label: { text: string; typeDependent: boolean }) => Fragment)[] = [
    (side, a) => frag(`const a§ = ${side};\nif (a§ === ${a}) handle();`),
    (side, a, b) => frag(`let a§ = ${side};\nif (a§ === ${a} || a§ === ${b}) handle();`),
    (side, a) => frag(`let a§ = ${side};\na§ = next();\nif (a§ === ${a}) handle();`),
    (side, a, b) => frag(`const n§ = Number(${side});\nif ([${a}, ${b}].includes(n§)) handle();`),
    (side, a) => frag(`const s§ = \`\${${side}}\`;\nif (s§ === ${a}) handle();`),
    (side, a, b) => frag(`const first§ = ${side};\nconst second§ = +first§;\nconst RETRY§ = new Set([${a}, ${b}]);\nif (RETRY§.has(second§)) handle();`),
    (_side, a, b) => frag(`const { code: m§ = 0, error_subcode: sub§ } = err.error ?? {};\nif (m§ === ${a} || sub§ === ${b}) handle();`),
    (_side, a) => frag(`const { error: { code: inner§ } } = body;\nif (inner§ === ${a}) handle();`),
    (side, a) => frag(`function p§(c) {\n  return c === ${a};\n}\np§(${side});`),
    (side, a) => frag(`const p§ = (c) => c === ${a};\np§(${side});\np§(count);`),
    (side, a) => frag(`function r§(c, n) {\n  if (c === ${a} && n > 0) return r§(c, n - 1);\n  return false;\n}\nr§(${side}, 3);`),
    (side, a) => frag(`if (\`\${${side}}\` === ${a}) handle();`),
    (side, _a, _b, label) =>
      frag(`const sw§ = ${side};\n${renderSwitch('sw§', [{ label: label.text, body: ['handle();', 'break;'] }], 'multi')}`, { typeDependent: label.typeDependent, needsFunction: true }),
    (side, a) => frag(`{\n  const scoped§ = ${side};\n  log(scoped§);\n}\nif (typeof scoped§ !== 'undefined' && scoped§ === ${a}) handle();`),
  ];
  if (ts) {
    shapes.push(
      (side, a) => frag(`const t§ = ${side} as number;\nif (t§ === ${a}) handle();`),
      (side, a) => frag(`function tp§(c: number) {\n  return c === ${a};\n}\ntp§(${side} as number);`),
      (_side, a) => frag(`function k§(reason: LooseWhatsAppErrorCode | undefined) {\n  const r = reason;\n  return r === ${a};\n}`),
    );
  }
  return fc
    .tuple(fc.constantFrom(...shapes), codeSide(dialect), literal(dialect), literal(dialect), codeLabel(dialect))
    .map(([shape, side, a, b, label]) => shape(side, a, b, label));
}

/** Literal forms that can be a plain object key (`{ 131047: … }`, `{ '131047': … }`, `{ 0x1ffe7: … }`). */
const KEY_FORMS: LiteralForm[] = ['dec', 'dec', 'dec', 'sep', 'hex', 'str1', 'str1', 'str2', 'strPad', 'float'];

function tableKey(dialect: Dialect): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.tuple(codeValue, fc.constantFrom(...KEY_FORMS)).map(([value, form]) => renderLiteral(value, form)) },
    { weight: 1, arbitrary: literal(dialect).map((text) => `[${text}]`) },
    { weight: 1, arbitrary: constantLabel().map((text) => `[${text}]`) },
    { weight: 1, arbitrary: fc.constantFrom('other', "'label'", '[key]', '...rest') },
  );
}

const TABLE_NAMES = ['ERROR_MESSAGES', 'labels', 'STATUS_TEXT', 'retryable', 'META_ERRORS', 'errorText', 'HINTS'];

/** Tables of codes (or not): object keys and values, Map and Object.fromEntries entries, enums, class fields, lookups. */
function tables(dialect: Dialect): fc.Arbitrary<Fragment> {
  const ts = isTypeScript(dialect);
  const entry = (key: string, index: number): string => (key === '...rest' ? key : `${key}: 'm${index}'`);
  return fc
    .tuple(
      fc.array(tableKey(dialect), { minLength: 1, maxLength: 4 }),
      fc.array(literal(dialect), { minLength: 1, maxLength: 4 }),
      fc.constantFrom(...TABLE_NAMES),
      codeSide(dialect),
      fc.integer({ min: 0, max: ts ? 11 : 8 }),
    )
    .map(([keys, values, name, side, shape]) => {
      const object = `{ ${keys.map(entry).join(', ')} }`;
      const named = `{ ${values.map((value, index) => `V${index}: ${value}`).join(', ')} }`;
      const pairs = `[${values.map((value, index) => `[${value}, 'm${index}']`).join(', ')}]`;
      switch (shape) {
        case 0:
          return frag(`const ${name}§ = ${object};`);
        case 1:
          return frag(`const ${name}§ = ${object};\nconst text§ = ${name}§[${side}];`);
        case 2:
          return frag(`const ${name}§ = ${object};\nif (${side} in ${name}§) handle();`);
        case 3:
          return frag(`const ${name}§ = new Map(${pairs});\nconst hit§ = ${name}§.get(${side});`);
        case 4:
          return frag(`const ${name}§ = Object.fromEntries(${pairs});`);
        case 5:
          return frag(`const ${name}§ = Object.freeze(${named});`);
        case 6:
          return frag(`const ${name}§ = ${named};\nif (${side} === ${name}§.V0) handle();`);
        case 7:
          return frag(`class T§ {\n  static ${name} = ${object};\n  static label(c) {\n    return T§.${name}[c];\n  }\n}`);
        case 8:
          return frag(`class F§ {\n  ${name} = new Set([${values.join(', ')}]);\n  check(c) {\n    return this.${name}.has(c);\n  }\n}`);
        case 9:
          return frag(`const ${name}§ = ${named} as const;`);
        case 10:
          return frag(`const ${name}§ = [${values.join(', ')}];\nif ((${name}§ as readonly unknown[]).includes(${side})) handle();`);
        default:
          return frag(`enum E${name}§ {\n${values.map((value, index) => `  M${index} = ${/^[-(<`]|n$|as |satisfies/.test(value) ? String(index) : value},`).join('\n')}\n}`);
      }
    });
}

function classFields(dialect: Dialect): fc.Arbitrary<Fragment> {
  return fc.tuple(literal(dialect), literal(dialect), literalList(dialect), codeSide(dialect)).map(([a, b, list, side]) =>
    frag(
      [
        `class K§ {`,
        `  code = ${a};`,
        `  static codes = ${list};`,
        `  #code = ${b};`,
        `  static #seen = new Set(${list});`,
        `  has(o) { return #code in o && this.#code === ${b}; }`,
        `  check() { return this.code === ${a} || ${side} === ${b}; }`,
        `  static { if (${side} === ${a}) K§.ready = true; }`,
        `  get errorCode() { return ${a}; }`,
        `}`,
      ].join('\n'),
      // `#code = (0 as const)` gives the field a literal type: a code side only the checker sees.
      { typeDependent: /as const|satisfies|^-/.test(a) || /as const|satisfies|^-/.test(b) },
    ),
  );
}

function decorators(dialect: Dialect): fc.Arbitrary<Fragment> {
  return fc.tuple(literal(dialect), literal(dialect), codeSide(dialect)).map(([a, b, side]) =>
    frag(
      [
        `@decorate(${side} === ${a})`,
        `class D§ {`,
        `  @field(${b}) prop = ${side} === ${b};`,
        `  @method()`,
        `  run(code: number) {`,
        `    switch (code) {`,
        `      case ${a}:`,
        `        return true;`,
        `    }`,
        `    return false;`,
        `  }`,
        `}`,
      ].join('\n'),
      { typeDependent: /as const|satisfies|^-/.test(a) },
    ),
  );
}

function enums(dialect: Dialect): fc.Arbitrary<Fragment> {
  return fc
    .tuple(fc.constantFrom('enum', 'const enum', 'declare enum'), fc.constantFrom(...LIVE_CODES), fc.constantFrom(...CONSTANT_NAMES), codeSide(dialect), literal(dialect))
    .map(([kind, value, name, side, lit]) => frag(`${kind} E§ { A = ${value}, B, C = '${value}', ${name} = A + 1 }\nif (${side} === E§.A || ${side} === ${lit}) handle();`));
}

function satisfiesFragment(dialect: Dialect): fc.Arbitrary<Fragment> {
  return fc.tuple(literal(dialect), literalList(dialect), codeSide(dialect)).map(([lit, list, side]) =>
    frag(`const cfg§ = { code: ${lit}, retry: ${list} } satisfies Record<string, unknown>;\nif ((${side} satisfies unknown) === ${lit}) handle();`),
  );
}

function jsx(dialect: Dialect): fc.Arbitrary<Fragment> {
  return fc.tuple(literal(dialect), literal(dialect), codeSide(dialect), literalList(dialect)).map(([a, b, side, list]) =>
    frag(
      [
        `const el§ = (`,
        `  <div className="x" data-code={${a}} title="131047">`,
        `    {${side} === ${a} ? <Warn code={${b}} /> : null}`,
        `    <>{${list}.includes(${side}) && <b>{${b}} 131047</b>}</>`,
        `    <Switch on={code}>{(() => { switch (${side}) { case ${b}: return <i />; default: return null; } })()}</Switch>`,
        `  </div>`,
        `);`,
      ].join('\n'),
    ),
  );
}

function shadowing(dialect: Dialect): fc.Arbitrary<Fragment> {
  const ts = isTypeScript(dialect);
  return fc.tuple(literal(dialect), codeSide(dialect), fc.integer({ min: 0, max: ts ? 8 : 7 }), fc.constantFrom('WhatsAppErrorCode', 'WA', 'kit', 'Codes', 'categoryOf', 'cat')).map(([lit, side, shape, name]) => {
    switch (shape) {
      case 0:
        return frag(`function sh§(${name}) {\n  if (${side} === ${lit}) handle();\n}`);
      case 1:
        return frag(`{\n  const ${name} = {};\n  if (${side} === ${lit}) handle();\n}`);
      case 2:
        return frag(`try {\n  run();\n} catch (${name}) {\n  if (${side} === ${lit}) handle();\n}`);
      case 3:
        return frag(`{\n  class ${name} {}\n  if (${side} === ${lit}) handle();\n}`);
      case 4:
        return frag(`function v§() {\n  if (${side} === ${lit}) handle();\n  var ${name};\n}`);
      case 5:
        return frag(`function g§(${name}) {\n  switch (${name}(code)) {\n    case 'sender':\n      break;\n  }\n}`);
      case 6:
        return frag(`const arrow§ = (${name} = ${lit}) => ${side} === ${lit};`);
      case 7:
        return frag(`for (const ${name} of list) {\n  if (${side} === ${lit}) continue;\n}`);
      default:
        return frag(`function t§() {\n  type ${name} = number;\n  if (${side} === ${lit}) handle();\n}`);
    }
  });
}

function destructuring(dialect: Dialect): fc.Arbitrary<Fragment> {
  const ts = isTypeScript(dialect);
  return fc.tuple(literal(dialect), fc.integer({ min: 0, max: 4 })).map(([lit, shape]) => {
    switch (shape) {
      case 0:
        return frag(`const { code: c§, errorCode } = err;\nif (errorCode === ${lit} || c§ === ${lit}) handle();`);
      case 1:
        return frag(`for (const { code } of errors) {\n  if (code === ${lit}) continue;\n}`);
      case 2:
        return frag(`const hits§ = errors.filter(({ code }) => code === ${lit});`);
      case 3:
        return frag(`function d§({ code }${ts ? ': { code: number }' : ''}) {\n  return code === ${lit};\n}`);
      default:
        return frag(`outer§: for (const e of errs) {\n  switch (e.code) {\n    case ${lit}:\n      continue outer§;\n    default:\n      break outer§;\n  }\n}`);
    }
  });
}

function miscellany(dialect: Dialect): fc.Arbitrary<Fragment> {
  const shapes: ((lit: string, side: string) => Fragment)[] = [
    (lit, side) => frag(`const msg§ = \`\${${side} === ${lit}} and \${${lit}}\`;`),
    (lit) => frag(`if (typeof code === 'number' && code === ${lit}) handle();`),
    (lit) => frag(`err.code = ${lit};\ncode ||= ${lit};`),
    (lit) => frag(`const o§ = { code: ${lit}, [${lit}]: 1, get code2() { return ${lit}; } };`),
    (lit, side) => frag(`async function a§() {\n  if ((await load()).code === ${lit} || ${side} === ${lit}) handle();\n}`),
    (lit) => frag(`function* g§() {\n  yield code === ${lit};\n}`),
    (lit) => frag(`const re§ = /131047|${lit.replace(/[^\d]/g, '')}/u; // 131047 in a comment\n/* case 131047: */`),
    (lit, side) => frag(`label§: {\n  if (${side} === ${lit}) break label§;\n}`),
    (lit, side) => frag(`void (${side} === ${lit});\nconst r§ = ${side} === ${lit} ? 'a' : 'b';`),
    (lit) => frag(`const s§ = "a\u2028b"; const t§ = ${lit} === err.code;`),
    (lit, side) => frag(`const f§ = (e) => e?.code?.valueOf?.() === ${lit} || ${side} === ${lit};`),
    (lit) => frag(`while (code === ${lit}) {\n  code = next();\n}\ndo {\n  n++;\n} while (err.code !== ${lit});`),
    (lit) => frag(`// eslint-disable-next-line whatsapp-errors/no-unknown-code\nif (err.code === ${lit}) handle();`),
  ];
  if (isTypeScript(dialect)) {
    shapes.push(
      (lit) => frag(`declare const tc§: import('whatsapp-error-codes').WhatsAppErrorCode;\nif (tc§ === ${lit}) handle();`, { typeDependent: true }),
      (lit) => frag(`function lc§(k: import('whatsapp-error-codes').LooseWhatsAppErrorCode) {\n  switch (k) {\n    case ${lit}:\n      return 1;\n  }\n  return 0;\n}`, { typeDependent: true }),
      (lit) => frag(`const fixed§ = ${Number(/\d+/.exec(lit)?.[0] ?? '0')} as const;\nif (fixed§ === ${lit}) handle();`, { typeDependent: true }),
      (lit) => frag(`namespace N§ {\n  export const RETRY_CODES = [${lit}];\n  export function f(err: any) { return err.code === ${lit}; }\n}`),
      (lit) => frag(`abstract class Base§<T extends number = ${lit.startsWith('(') ? 'number' : 'number'}> {\n  abstract code: T;\n  is(x: { code: number }): boolean { return x.code === ${lit}; }\n}`),
      (lit) => frag(`const nn§ = err!.code! === ${lit};`),
    );
  }
  return fc.tuple(fc.constantFrom(...shapes), literal(dialect), codeSide(dialect)).map(([shape, lit, side]) => shape(lit, side));
}

function typeLiterals(): fc.Arbitrary<Fragment> {
  return fc
    .tuple(typeLiteral(), typeLiteral(), fc.integer({ min: 0, max: 2 }))
    .map(([a, b, shape]) =>
      frag(
        shape === 0 ? `type T§ = ${a} | ${b};` : shape === 1 ? `interface I§ { code: ${a}; errorCode?: ${b} }` : `function tl§(code: ${a} | ${b}): code is ${a} { return code === ${a.replace(/n$/, '')}; }`,
        { typeDependent: shape === 2 },
      ),
    );
}

/** Names and comments a code can be given: constant names, titles, and plain words. */
const NAMES = [...CONSTANT_NAMES, 'RATE_LIMIT', 'TEMPLATE_PAUSED', 'USER_BLOCKED', 'RETRY_LATER', 'WINDOW_CLOSED', 'BLOCKED_USER_ID', 'TIMEOUT_MS', 'X'];
const COMMENTS = [...ERROR_CODE_ENTRIES.map((entry) => entry.title), 'rate limit', '24h window closed', 'eslint-disable-line', 'TODO', 'user blocked us', '*/ /*'];

function namedCodes(dialect: Dialect): fc.Arbitrary<Fragment> {
  const ts = isTypeScript(dialect);
  const name = fc.constantFrom(...NAMES);
  const comment = fc.constantFrom(...COMMENTS).map((text) => text.replaceAll('*/', '* /'));
  return fc
    .tuple(fc.array(fc.tuple(name, literal(dialect), comment, fc.boolean()), { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: ts ? 5 : 4 }), codeSide(dialect))
    .map(([items, shape, side]) => {
      const unique = items.map(([n, lit, c, commented], i) => ({ name: `${n}${i === 0 ? '' : `_${i}`}`, lit, comment: commented ? ` // ${c}` : '' }));
      switch (shape) {
        case 0:
          return frag(unique.map((item) => `const ${item.name}§ = ${item.lit};${item.comment}`).join('\n'));
        case 1:
          return frag(`const TABLE§ = {\n${unique.map((item) => `  ${item.name}: ${item.lit},${item.comment}`).join('\n')}\n};`);
        case 2:
          return frag(`const MESSAGES§ = {\n${unique.map((item) => `  [${item.lit}]: { message: '${item.comment.slice(4).replaceAll("'", '')}' },`).join('\n')}\n};`);
        case 3:
          return frag(
            `switch (${side}) {\n${unique.map((item) => `  case ${item.lit}:${item.comment}\n    handle();\n    break;`).join('\n')}\n}`,
            { needsFunction: true, typeDependent: unique.some((item) => /as const|satisfies|^-/.test(item.lit)) },
          );
        case 4:
          return frag(`class Named§ {\n${unique.map((item) => `  static ${item.name} = ${item.lit};${item.comment}`).join('\n')}\n}`);
        default:
          return frag(`enum Named§ {\n${unique.map((item) => `  ${item.name} = ${/^[-'"(]|^\d/.test(item.lit) && !/as|satisfies|</.test(item.lit) ? item.lit : '1'},${item.comment}`).join('\n')}\n}`);
      }
    });
}

function ifStatement(dialect: Dialect): fc.Arbitrary<Fragment> {
  return fc.tuple(chain(dialect), fc.constantFrom('handle();', '{ handle(); }', '{\n  return;\n}', 'return true;')).map(([condition, body]) =>
    frag(`if (${condition}) ${body}`, { needsFunction: body.includes('return') }),
  );
}

function fragment(dialect: Dialect): fc.Arbitrary<Fragment> {
  const list: fc.WeightedArbitrary<Fragment>[] = [
    { weight: 6, arbitrary: ifStatement(dialect) },
    { weight: 4, arbitrary: codeSwitch(dialect) },
    { weight: 4, arbitrary: categorySwitch(dialect) },
    { weight: 3, arbitrary: membership(dialect) },
    { weight: 2, arbitrary: codesConstant(dialect) },
    { weight: 1, arbitrary: classFields(dialect) },
    { weight: 2, arbitrary: shadowing(dialect) },
    { weight: 1, arbitrary: destructuring(dialect) },
    { weight: 2, arbitrary: miscellany(dialect) },
    { weight: 2, arbitrary: namedCodes(dialect) },
    { weight: 2, arbitrary: aliases(dialect) },
    { weight: 2, arbitrary: tables(dialect) },
  ];
  if (isTypeScript(dialect)) {
    list.push({ weight: 1, arbitrary: decorators(dialect) }, { weight: 1, arbitrary: enums(dialect) }, { weight: 1, arbitrary: satisfiesFragment(dialect) }, { weight: 1, arbitrary: typeLiterals() });
  }
  if (hasJsx(dialect)) list.push({ weight: 2, arbitrary: jsx(dialect) });
  return fc.oneof(...list);
}

// ── Wrappers and headers ────────────────────────────────────────────────────────────────────

type Wrapper = (body: string, dialect: Dialect) => string;

const indentBody = (body: string, pad = '  '): string =>
  body
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');

const params = (dialect: Dialect, typed: boolean): string => (isTypeScript(dialect) && typed ? 'err: any, code: number | string, x?: any' : 'err, code, x');

const FUNCTION_WRAPPERS: Wrapper[] = [
  (body, d) => `function f§(${params(d, false)}) {\n${indentBody(body)}\n}`,
  (body, d) => `function f§(${params(d, true)}) {\n${indentBody(body)}\n}`,
  (body, d) => `${isModule(d) ? 'export ' : ''}function f§(${params(d, true)}) {\n${indentBody(body)}\n}`,
  (body, d) => `const f§ = async (${params(d, false)}) => {\n${indentBody(body)}\n};`,
  (body, d) => `const f§ = function* (${params(d, true)}) {\n${indentBody(body, '\t')}\n};`,
  (body, d) => `class C§ {\n  static m(${params(d, true)}) {\n${indentBody(body, '    ')}\n  }\n}`,
  (body, d) => `const o§ = {\n  m(${params(d, false)}) {\n${indentBody(body, '    ')}\n  },\n};`,
  (body, d) => (isTypeScript(d) && isModule(d) ? `namespace N§ {\n  export function f(${params(d, true)}) {\n${indentBody(body, '    ')}\n  }\n}` : `function f§(${params(d, false)}) {\n${indentBody(body)}\n}`),
];

const PLAIN_WRAPPERS: Wrapper[] = [(body) => body, (body) => body, (body) => `{\n${indentBody(body)}\n}`];

interface HeaderPart {
  readonly text: string;
  /** Module-scope names this part declares (to keep programs free of redeclarations). */
  readonly binds: readonly string[];
}

function headerParts(dialect: Dialect): HeaderPart[] {
  const part = (text: string, ...binds: string[]): HeaderPart => ({ text, binds });
  const parts: HeaderPart[] = [
    part(`const kitReq = require('${KIT}');`, 'kitReq'),
    part(`const { WhatsAppErrorCode: RW, categoryOf: rcat } = require('${KIT}');`, 'RW', 'rcat'),
    part(`const { ['WhatsAppErrorCode']: CW, ...restKit } = require("${KIT}");`, 'CW', 'restKit'),
    part(`const { WhatsAppErrorCode = {} } = require('${KIT}');`, 'WhatsAppErrorCode'),
  ];
  if (isModule(dialect)) {
    parts.push(
      part(`import { WhatsAppErrorCode } from '${KIT}';`, 'WhatsAppErrorCode'),
      part(`import { WhatsAppErrorCode as WA, categoryOf as cat, describeErrorCode } from '${KIT}';`, 'WA', 'cat', 'describeErrorCode'),
      part(`import * as kit from '${KIT}';`, 'kit'),
      part(`import kitDefault, * as kit from '${KIT}';`, 'kitDefault', 'kit'),
      part(`import { categoryOf } from "${KIT}";`, 'categoryOf'),
      part(`import { categoryOf, describeErrorCode as describe, } from '${KIT}';`, 'categoryOf', 'describe'),
      part(`import { "WhatsAppErrorCode" as StrWA } from '${KIT}';`, 'StrWA'),
      part(`import '${KIT}';`),
      part(`import Def, {} from '${KIT}';`, 'Def'),
      part(`import {} from '${KIT}';`),
      part(`import React from 'react';`, 'React'),
      part(`import { WhatsAppErrorCode } from '${KIT}/eslint-plugin';`, 'WhatsAppErrorCode'),
      part(`import { Codes } from '${CUSTOM_SOURCE.importSource}';`, 'Codes'),
      part(`import { other } from '${CUSTOM_SOURCE.importSource}';`, 'other'),
      part(`export { WhatsAppErrorCode as Reexported } from '${KIT}';`),
      part(`import.meta.url;`),
    );
  }
  if (isTypeScript(dialect)) {
    parts.push(
      part(`import kitEq = require('${KIT}');`, 'kitEq'),
      part(`type WhatsAppErrorCode = number;`, 'WhatsAppErrorCode'),
    );
    if (isModule(dialect)) {
      parts.push(
        part(`import type { ErrorCategory } from '${KIT}';`, 'ErrorCategory'),
        part(`import type { LooseWhatsAppErrorCode } from '${KIT}';`, 'LooseWhatsAppErrorCode'),
        part(`import { type ErrorCategory, categoryOf } from '${KIT}';`, 'ErrorCategory', 'categoryOf'),
        part(`import { type WhatsAppErrorCode } from '${KIT}';`, 'WhatsAppErrorCode'),
        part(`import type * as kit from '${KIT}';`, 'kit'),
      );
    }
  }
  // Module-scope declarations of the names a fix would reach for.
  parts.push(
    part(`const WhatsAppErrorCode = { RATE_LIMIT_HIT: -1 };`, 'WhatsAppErrorCode'),
    part(`let WA;`, 'WA'),
    part(`function categoryOf() { return 'sender'; }`, 'categoryOf'),
    part(`class Codes {}`, 'Codes'),
  );
  return parts;
}

function header(dialect: Dialect): fc.Arbitrary<string> {
  const parts = headerParts(dialect);
  return fc
    .tuple(fc.shuffledSubarray(parts, { maxLength: 4 }), fc.constantFrom('', '', '', '#!/usr/bin/env node\n', "'use strict';\n", '// @ts-check\n', '/* header */\n', '\uFEFF'))
    .map(([chosen, lead]) => {
      const bound = new Set<string>();
      const kept = chosen.filter((p) => {
        if (p.binds.some((name) => bound.has(name))) return false;
        p.binds.forEach((name) => bound.add(name));
        return true;
      });
      return lead + kept.map((p) => `${p.text}\n`).join('');
    });
}

// ── Programs ─────────────────────────────────────────────────────────────────────────────────

export interface GeneratedProgram {
  readonly dialect: Dialect;
  readonly text: string;
  /** 1-based line ranges of type-dependent fragments. */
  readonly typeDependentLines: readonly (readonly [number, number])[];
}

function placedFragment(dialect: Dialect): fc.Arbitrary<{ fragment: Fragment; wrapper: Wrapper }> {
  return fc
    .tuple(fragment(dialect), fc.constantFrom(...FUNCTION_WRAPPERS), fc.constantFrom(...PLAIN_WRAPPERS), fc.boolean())
    .map(([fragment, fnWrap, plainWrap, inFunction]) => ({ fragment, wrapper: fragment.needsFunction || inFunction ? fnWrap : plainWrap }));
}

/** Line breaks as ESLint counts them. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

const programArbitraries = new Map<Dialect, fc.Arbitrary<GeneratedProgram>>();

export function programArbitrary(dialect: Dialect): fc.Arbitrary<GeneratedProgram> {
  let arbitrary = programArbitraries.get(dialect);
  if (arbitrary) return arbitrary;
  arbitrary = fc
    .tuple(header(dialect), fc.array(placedFragment(dialect), { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\n', '\n', '\r\n'), fc.constantFrom('  ', '  ', '    ', '\t'))
    .map(([head, placed, newline, indent]) => {
      const ranges: [number, number][] = [];
      let text = head;
      for (const [index, { fragment, wrapper }] of placed.entries()) {
        const body = wrapper(fragment.text, dialect).replaceAll('§', String(index));
        const first = text.split(LINE_BREAK).length;
        text += `${body}\n`;
        if (fragment.typeDependent) ranges.push([first, first + body.split(LINE_BREAK).length - 1]);
      }
      const reindented = text.replace(/^((?: {2})+)/gm, (spaces) => indent.repeat(spaces.length / 2));
      return { dialect, text: newline === '\n' ? reindented : reindented.replaceAll('\n', newline), typeDependentLines: ranges };
    });
  programArbitraries.set(dialect, arbitrary);
  return arbitrary;
}

// ── Evaluable programs ───────────────────────────────────────────────────────────────────────

export type EvaluableDialect = 'ts' | 'js' | 'cjs';

export interface EvaluableProgram {
  readonly dialect: EvaluableDialect;
  readonly text: string;
  /** Values of `err.code` to run `check` with: every value written in the program, as number and string, and some others. */
  readonly probes: readonly unknown[];
  /** Whether the program imports from the custom source (lint it with the `options` variant). */
  readonly customSource: boolean;
}

/** A literal that evaluates in plain JavaScript, with its numeric value. */
function evaluableLiteral(dialect: EvaluableDialect): fc.Arbitrary<{ text: string; value: number }> {
  const forms: LiteralForm[] = ['dec', 'dec', 'dec', 'sep', 'hex', 'oct', 'bin', 'exp', 'float', 'str1', 'str2', 'strPad', 'tpl', 'paren', 'neg'];
  if (dialect === 'ts') forms.push('as', 'satisfies', 'asConst', 'angle');
  return fc.tuple(codeValue, fc.constantFrom(...forms), fc.integer({ min: 1, max: 4 })).map(([value, form, extra]) => ({ text: renderLiteral(value, form, extra), value }));
}

/** A key of an evaluable object literal: a plain number or digit-string key, or a computed literal. */
function evaluableKey(dialect: EvaluableDialect): fc.Arbitrary<{ text: string; value: number }> {
  return fc.oneof(
    fc.tuple(codeValue.filter((value) => Number.isSafeInteger(value) && value >= 0), fc.constantFrom<LiteralForm>('dec', 'dec', 'sep', 'hex', 'str1', 'str2', 'strPad')).map(([value, form]) => ({ text: renderLiteral(value, form), value })),
    evaluableLiteral(dialect).map((l) => ({ text: `[${l.text}]`, value: l.value })),
  );
}

const EVAL_SIDES = ['err.code', 'Number(err.code)', 'String(err.code)', '+err.code', 'err?.code', 'err.code?.toString()', 'parseInt(err.code, 10)', '(0, err.code)', 'err.errorCode', 'reason'];
const EVAL_OPERATORS = ['===', '!==', '==', '!=', '<', '<=', '>', '>='];
const POISON = 'new Proxy({}, { get: () => -1 })';

export function evaluableProgramArbitrary(): fc.Arbitrary<EvaluableProgram> {
  return fc.constantFrom<EvaluableDialect>('ts', 'js', 'cjs').chain((dialect) => {
    const lit = evaluableLiteral(dialect);
    const compare = fc
      .tuple(fc.constantFrom(...EVAL_SIDES), fc.constantFrom(...EVAL_OPERATORS), lit, fc.boolean())
      .map(([side, op, l, reversed]) => ({ text: reversed ? `${l.text} ${op} ${side}` : `${side} ${op} ${l.text}`, values: [l.value] }));
    const list = fc.array(lit, { minLength: 1, maxLength: 4 });
    const statement = fc.oneof(
      compare.map((c) => ({ text: `out.push(${c.text});`, values: c.values })),
      fc.tuple(compare, compare, fc.constantFrom('||', '&&')).map(([a, b, op]) => ({ text: `out.push(${a.text} ${op} ${b.text});`, values: [...a.values, ...b.values] })),
      fc.tuple(fc.constantFrom(...EVAL_SIDES), fc.array(lit, { maxLength: 4 }), fc.option(fc.nat({ max: 4 }), { nil: undefined }), fc.boolean(), fc.constantFrom<Layout>('multi', 'single', 'compact', 'sameLine')).map(([side, labels, defaultAt, fallThrough, layout]) => {
        const bodies = [...labels.map((_, i) => (fallThrough && i % 2 === 0 ? [`out.push(${i});`] : [`out.push(${i});`, 'break;'])), ["out.push('default');", 'break;']];
        return { text: renderSwitch(side, buildCases(labels.map((l) => l.text), bodies, defaultAt), layout), values: labels.map((l) => l.value) };
      }),
      fc.tuple(list, fc.constantFrom(...EVAL_SIDES), fc.integer({ min: 0, max: 3 })).map(([items, side, shape]) => {
        const array = `[${items.map((i) => i.text).join(', ')}]`;
        const text = [
          `out.push(${array}.includes(${side}));`,
          `out.push(new Set(${array}).has(${side}));`,
          `out.push(${array}.indexOf(${side}));`,
          `{\n  const RETRY_CODES = ${array};\n  out.push(RETRY_CODES, RETRY_CODES.includes(${side}));\n}`,
        ][shape]!;
        return { text, values: items.map((i) => i.value) };
      }),
      fc.tuple(compare, fc.constantFrom('WhatsAppErrorCode', 'WA', 'kit', 'W', 'Codes')).map(([c, name]) => ({ text: `{\n  const ${name} = ${POISON};\n  out.push(${c.text});\n}`, values: c.values })),
      fc.tuple(compare, fc.constantFrom('WhatsAppErrorCode', 'WA', 'kit', 'W', 'Codes')).map(([c, name]) => ({ text: `((${name}) => out.push(${c.text}))(${POISON});`, values: c.values })),
      fc.tuple(compare, fc.constantFrom('WhatsAppErrorCode', 'WA', 'kit', 'W', 'Codes')).map(([c, name]) => ({ text: `(function () {\n  out.push(${c.text});\n  var ${name} = ${POISON};\n})();`, values: c.values })),
      compare.map((c) => ({ text: `out.push(new (class { v = ${c.text}; })().v);`, values: c.values })),
      // Aliases: the literal is compared with a copy of the code.
      fc.tuple(fc.constantFrom(...EVAL_SIDES), fc.constantFrom(...EVAL_OPERATORS), lit).map(([side, op, l]) => ({ text: `{\n  const alias = ${side};\n  out.push(alias ${op} ${l.text});\n}`, values: [l.value] })),
      fc.tuple(fc.constantFrom(...EVAL_OPERATORS), lit).map(([op, l]) => ({ text: `{\n  const { code: metaErr = 0 } = err ?? {};\n  out.push(metaErr ${op} ${l.text});\n}`, values: [l.value] })),
      fc.tuple(fc.constantFrom(...EVAL_SIDES), lit).map(([side, l]) => ({ text: `out.push(((c) => c === ${l.text})(${side}));`, values: [l.value] })),
      // Tables: keys read back with the code (rewritten with prefer-code-constant's `tables`).
      fc.tuple(fc.array(evaluableKey(dialect), { minLength: 1, maxLength: 4 }), fc.constantFrom(...EVAL_SIDES), fc.integer({ min: 0, max: 2 })).map(([keys, side, shape]) => {
        const entries = keys.map((key, index) => `${key.text}: ${index}`).join(', ');
        const text = [
          `{\n  const ERROR_MESSAGES = { ${entries} };\n  out.push(ERROR_MESSAGES[${side}], Object.keys(ERROR_MESSAGES));\n}`,
          `{\n  const table = { ${entries} };\n  out.push(${side} in table, JSON.stringify(table));\n}`,
          `{\n  const ERROR_LABELS = new Map([${keys.map((key, index) => `[${key.value}, ${index}]`).join(', ')}]);\n  out.push(ERROR_LABELS.get(${side}), [...ERROR_LABELS.keys()]);\n}`,
        ][shape]!;
        return { text, values: keys.map((key) => key.value) };
      }),
    );
    const headers: [string, boolean][] = [
      ['', false],
      [`const kit = require('${KIT}');\n`, false],
      [`const { WhatsAppErrorCode: W } = require('${KIT}');\n`, false],
      [`const { WhatsAppErrorCode } = require('${KIT}');\n`, false],
      [`const WhatsAppErrorCode = ${POISON};\n`, false],
    ];
    if (dialect !== 'cjs') {
      headers.push(
        [`import { WhatsAppErrorCode } from '${KIT}';\n`, false],
        [`import { WhatsAppErrorCode as WA } from '${KIT}';\nconst WhatsAppErrorCode = ${POISON};\n`, false],
        [`import * as kit from '${KIT}';\n`, false],
        [`import { categoryOf } from '${KIT}';\n`, false],
        [`import { categoryOf as WhatsAppErrorCode } from '${KIT}';\n`, false],
        [`import { Codes } from '${CUSTOM_SOURCE.importSource}';\n`, true],
        [`import { categoryOf } from '${CUSTOM_SOURCE.importSource}';\n`, true],
        [`import * as Codes from '${KIT}';\n`, true],
      );
    }
    return fc.tuple(fc.constantFrom(...headers), fc.array(statement, { minLength: 1, maxLength: 6 }), fc.boolean()).map(([[head, customSource], statements, useOptions]) => {
      const values = statements.flatMap((s) => s.values);
      const probes = [...new Set([...values, ...values.map(String), ...values.map((v) => `0${v}`), 131047, '131047', 0, '', undefined, null, 'x'])];
      const text = `${head}function check(err, reason) {\n  const out = [];\n${indentBody(statements.map((s) => s.text).join('\n'))}\n  return out;\n}\n`;
      return { dialect, text: dialect === 'ts' ? text.replace('function check(err, reason)', 'function check(err: any, reason?: any)') : text, probes, customSource: customSource || useOptions };
    });
  });
}
