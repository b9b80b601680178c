/**
 * Linearity: files that hold one long chain, list, set, switch or table of codes, and the time the
 * plugin's rules take on them. Every listener must be linear in what it reads (no chain or list
 * walked again for each of its members), so the rules' time per element stays flat as N grows.
 * Shared by `npm run bench -- --linear` (bench/linear.ts) and test/property/linear-time.test.ts.
 */
import type { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { WhatsAppErrorCode } from 'whatsapp-error-codes';
import { COMMON } from './corpus/whatsapp-code.js';

export interface Shape {
  readonly name: string;
  /** A file holding the shape with these values. */
  readonly text: (values: readonly number[]) => string;
}

/** Each code's first constant name in the kit. */
const CONSTANT_NAMES = new Map<number, string>();
for (const [name, code] of Object.entries(WhatsAppErrorCode)) if (!CONSTANT_NAMES.has(code)) CONSTANT_NAMES.set(code, name);

export const SHAPES: readonly Shape[] = [
  {
    name: 'chain err.code === … ||',
    text: (values) => `export function isPermanent(err: { code: number }): boolean {\n  return (\n    ${values.map((v) => `err.code === ${v}`).join(' ||\n    ')}\n  );\n}\n`,
  },
  {
    // Code that has adopted the kit: the chain's terms are constants, which the analysis reads as evidence too.
    name: 'chain of kit constants',
    text: (values) =>
      `import { WhatsAppErrorCode } from 'whatsapp-error-codes';\n\nexport function isPermanent(err: { code: number }): boolean {\n  return (\n    ${values
        .map((v) => `err.code === ${CONSTANT_NAMES.has(v) ? `WhatsAppErrorCode.${CONSTANT_NAMES.get(v)}` : v}`)
        .join(' ||\n    ')}\n  );\n}\n`,
  },
  {
    name: 'array ERROR_CODES',
    text: (values) => `const ERROR_CODES = [\n  ${values.join(',\n  ')},\n];\n\nexport function isKnown(err: { code: number }): boolean {\n  return ERROR_CODES.includes(err.code);\n}\n`,
  },
  {
    name: 'new Set([…]).has(code)',
    text: (values) => `const RETRYABLE = new Set([\n  ${values.join(',\n  ')},\n]);\n\nexport function isRetryable(code: number): boolean {\n  return RETRYABLE.has(code);\n}\n`,
  },
  {
    name: 'switch (code) cases',
    text: (values) =>
      `export function route(code: number): 'retry' | 'drop' | 'unknown' {\n  switch (code) {\n${values
        .map((v, i) => `    case ${v}:\n      return '${i % 3 === 0 ? 'retry' : 'drop'}';`)
        .join('\n')}\n    default:\n      return 'unknown';\n  }\n}\n`,
  },
  {
    name: 'table keys ERROR_MESSAGES',
    text: (values) =>
      `const ERROR_MESSAGES: Record<number, string> = {\n${values
        .map((v, i) => `  ${v}: 'Failure number ${i}',`)
        .join('\n')}\n};\n\nexport function messageOf(code: number): string {\n  return ERROR_MESSAGES[code] ?? 'unknown';\n}\n`,
  },
];

/**
 * Real catalog codes of 10,000 and more that integrations branch on (131047, 131026, …): unambiguous
 * anywhere, and known to every version of the plugin, so another build can be measured on the same files.
 */
export const REAL_CODES: readonly number[] = COMMON.map(([code]) => code).filter((code) => code >= 10_000);

/** The file a shape is timed on: `n` real codes, cycled. */
export function shapeText(shape: Shape, n: number): string {
  return shape.text(Array.from({ length: n }, (_, i) => REAL_CODES[i % REAL_CODES.length]!));
}

/** A typo of 131047 (re-engagement): no catalog code, and one digit swap from a real one. */
export const TYPO = 131_074;

/** The timed file with exactly one typo in the middle: a long group must still be judged element by element. */
export function shapeWithOneTypo(shape: Shape, n: number): string {
  return shape.text(Array.from({ length: n }, (_, i) => (i === n >> 1 ? TYPO : REAL_CODES[i % REAL_CODES.length]!)));
}

/** What a worker is asked to lint: a shape's timed file, or its one-typo variant; with the plugin's `configs.all` or without the plugin. */
export interface LintRequest {
  readonly shape: string;
  readonly n: number;
  readonly withPlugin: boolean;
  readonly typo?: boolean;
}

export interface LintTiming {
  /** Wall time of the whole lint (parse included). */
  readonly wallMs: number;
  /** Parse time (ESLint stats). */
  readonly parseMs: number;
  /** Sum of the plugin's rules' times (ESLint stats, `create()` included); 0 without the plugin. */
  readonly pluginMs: number;
  readonly ruleMs: Readonly<Record<string, number>>;
  /** Rule id → problems reported. */
  readonly problems: Readonly<Record<string, number>>;
}

type Plugin = { readonly configs: { readonly all: Linter.Config } };

/** One flat config: typescript-eslint's parser, and the plugin's `configs.all` if given. */
export function linearConfig(plugin?: Plugin): Linter.Config[] {
  const parser: Linter.Config = { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser as Linter.Parser } };
  return plugin ? [parser, { ...plugin.configs.all, files: ['**/*.ts'] }] : [parser];
}

/** Lints `text` once with ESLint's `stats` on (which only `verifyAndFix` collects; nothing is fixed). */
export function lintTimed(linter: Linter, text: string, config: Linter.Config[]): LintTiming {
  // `stats` is read by verifyAndFix (it is how ESLint's own CLI collects times) but missing from its declared options.
  const options: Linter.FixOptions & { stats: boolean } = { filename: 'linear.ts', stats: true, fix: false };
  const start = performance.now();
  const { messages } = linter.verifyAndFix(text, config, options);
  const wallMs = performance.now() - start;
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`linear.ts does not parse: ${fatal.message}`);
  const pass = linter.getTimes().passes[0];
  const ruleMs: Record<string, number> = {};
  let pluginMs = 0;
  for (const [rule, time] of Object.entries(pass?.rules ?? {})) {
    ruleMs[rule] = time.total;
    if (rule.startsWith('whatsapp-errors/')) pluginMs += time.total;
  }
  const problems: Record<string, number> = {};
  for (const message of messages) problems[message.ruleId ?? '(none)'] = (problems[message.ruleId ?? '(none)'] ?? 0) + 1;
  return { wallMs, parseMs: pass?.parse?.total ?? 0, pluginMs, ruleMs, problems };
}

const configs = new WeakMap<Plugin, Linter.Config[]>();
let withoutPlugin: Linter.Config[] | undefined;

/** Serves one request (in bench/linear-worker.mjs). The configs are built once, as ESLint's own caches expect. */
export function lintRequest(linter: Linter, plugin: Plugin, request: LintRequest): LintTiming {
  const shape = SHAPES.find((candidate) => candidate.name === request.shape);
  if (!shape) throw new Error(`no shape ${request.shape}`);
  let config = request.withPlugin ? configs.get(plugin) : withoutPlugin;
  if (!config) {
    config = linearConfig(request.withPlugin ? plugin : undefined);
    if (request.withPlugin) configs.set(plugin, config);
    else withoutPlugin = config;
  }
  return lintTimed(linter, request.typo ? shapeWithOneTypo(shape, request.n) : shapeText(shape, request.n), config);
}
