/**
 * What the property tests and the smoke script (scripts/smoke.ts) share: how each dialect is
 * parsed, the plugin's rule configurations, and the checks every lint result must pass
 * (reports inside the file, fixes and suggestions that parse, fixing is idempotent).
 */
import { fileURLToPath } from 'node:url';
import { type Linter } from 'eslint';
import * as espree from 'espree';
import tseslint from 'typescript-eslint';
import plugin from '../../rules/index.js';

/** `ts`/`tsx`/`cts` go through typescript-eslint's parser; `js`/`jsx`/`cjs` through espree. */
export type Dialect = 'ts' | 'tsx' | 'cts' | 'js' | 'jsx' | 'cjs';

export const DIALECTS: readonly Dialect[] = ['ts', 'tsx', 'cts', 'js', 'jsx', 'cjs'];

export const isTypeScript = (dialect: Dialect): boolean => dialect === 'ts' || dialect === 'tsx' || dialect === 'cts';
export const hasJsx = (dialect: Dialect): boolean => dialect === 'tsx' || dialect === 'jsx';
export const isModule = (dialect: Dialect): boolean => dialect !== 'cjs' && dialect !== 'cts';

export const typedFixtureDir = fileURLToPath(new URL('../fixtures/typed', import.meta.url));

export const ALL_FILES = ['**/*.ts', '**/*.tsx', '**/*.cts', '**/*.mts', '**/*.d.ts', '**/*.js', '**/*.jsx', '**/*.cjs', '**/*.mjs'];

export function filenameFor(dialect: Dialect): string {
  return `file.${dialect}`;
}

/** Parser and options for a dialect; `typed` adds type information from the fixture project (`ts` only). */
export function languageOptions(dialect: Dialect, typed = false): Linter.LanguageOptions {
  const ecmaFeatures = { jsx: hasJsx(dialect) };
  if (!isTypeScript(dialect)) {
    return { parser: espree as Linter.Parser, ecmaVersion: 'latest', sourceType: isModule(dialect) ? 'module' : 'commonjs', parserOptions: { ecmaFeatures } };
  }
  return {
    parser: tseslint.parser as Linter.Parser,
    sourceType: isModule(dialect) ? 'module' : 'commonjs',
    parserOptions: typed ? { ecmaFeatures, projectService: true, tsconfigRootDir: typedFixtureDir } : { ecmaFeatures },
  };
}

/** The rule configurations the properties run: the shipped `all` and `recommended`, and every option and setting changed. */
export type RuleVariant = 'all' | 'recommended' | 'options';

export const RULE_VARIANTS: readonly RuleVariant[] = ['all', 'recommended', 'options'];

/** The package a program may import the kit from under the `options` variant, with the constant object renamed. */
export const CUSTOM_SOURCE = { importSource: '@acme/wa', constantName: 'Codes' } as const;

export function ruleConfig(variant: RuleVariant): Linter.Config {
  if (variant === 'all') return { ...plugin.configs.all };
  if (variant === 'recommended') return { ...plugin.configs.recommended };
  return {
    plugins: { 'whatsapp-errors': plugin },
    rules: {
      // Every rule of the plugin, including ones added later; then options for those that take them.
      ...Object.fromEntries(Object.keys(plugin.rules).map((name) => [`whatsapp-errors/${name}`, 'error'])),
      'whatsapp-errors/exhaustive-category-switch': ['error', { allowDefault: true, requireCategoryCoverage: true }],
      'whatsapp-errors/no-deprecated-code': 'error',
      'whatsapp-errors/no-unknown-code': 'error',
      'whatsapp-errors/prefer-code-constant': ['error', CUSTOM_SOURCE],
    },
    settings: {
      'whatsapp-errors': {
        additionalCodes: [{ code: 131099, name: 'PROJECT_ONLY_CODE', category: 'platform', title: 'Known to the project only' }],
        codeNames: ['code', 'errorCode', 'reason', 'status'],
      },
    },
  };
}

/** ESLint ignores `node_modules` by default; the smoke run lints code there. */
const UNIGNORE_NODE_MODULES: Linter.Config = { ignores: ['!**/node_modules/'] };

export function lintConfig(dialect: Dialect, variant: RuleVariant, typed = false): Linter.Config[] {
  return [UNIGNORE_NODE_MODULES, { files: ALL_FILES, languageOptions: languageOptions(dialect, typed) }, ruleConfig(variant)];
}

export function parseConfig(dialect: Dialect): Linter.Config[] {
  return [UNIGNORE_NODE_MODULES, { files: ALL_FILES, languageOptions: languageOptions(dialect) }];
}

/** A message saying the file was not linted at all (no config matched, or it was ignored): never a pass. */
export function isNotLinted(message: Linter.LintMessage): boolean {
  return message.ruleId === null && !message.fatal && /No matching configuration|ignored/i.test(message.message);
}

/** The parse errors of a text in a dialect (empty when it parses). */
export function parseErrors(linter: Linter, text: string, dialect: Dialect, filename = filenameFor(dialect)): string[] {
  return linter
    .verify(text, parseConfig(dialect), filename)
    .filter((message) => message.fatal || isNotLinted(message))
    .map((message) => `${message.line}:${message.column} ${message.message}`);
}

export function applyFix(text: string, fix: { range: readonly [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

/** Problems with where a report or its fixes point: each must lie inside the file. */
export function positionProblems(text: string, messages: readonly Linter.LintMessage[]): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|[\r\n\u2028\u2029]/);
  const length = text.replace(/^\uFEFF/, '').length;
  const problems: string[] = [];
  const inside = (line: number, column: number): boolean => line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1;
  const rangeInside = (range: readonly [number, number]): boolean => Number.isInteger(range[0]) && Number.isInteger(range[1]) && range[0] >= 0 && range[0] <= range[1] && range[1] <= length;
  for (const message of messages) {
    const where = `${message.ruleId ?? 'parser'} at ${message.line}:${message.column}`;
    if (!inside(message.line, message.column)) problems.push(`${where}: start outside the file`);
    if (message.endLine !== undefined && (!inside(message.endLine, message.endColumn ?? 1) || message.endLine < message.line || (message.endLine === message.line && message.endColumn! < message.column))) {
      problems.push(`${where}: end ${message.endLine}:${message.endColumn} outside the file or before the start`);
    }
    if (message.fix && !rangeInside(message.fix.range)) problems.push(`${where}: fix range ${message.fix.range.join('-')} outside the file`);
    for (const suggestion of message.suggestions ?? []) {
      if (!rangeInside(suggestion.fix.range)) problems.push(`${where}: suggestion range ${suggestion.fix.range.join('-')} outside the file`);
    }
  }
  return problems;
}

/** A comparable form of a report: everything a user sees, fixes and suggestions included. */
export function reportKey(message: Linter.LintMessage): string {
  const fix = message.fix ? ` fix[${message.fix.range.join('-')}]=${JSON.stringify(message.fix.text)}` : '';
  const suggestions = (message.suggestions ?? []).map((s) => ` suggest[${s.fix.range.join('-')}]=${JSON.stringify(s.fix.text)}`).join('');
  return `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.ruleId} ${message.message}${fix}${suggestions}`;
}

export interface FixCheck {
  /** The text after `verifyAndFix`, with the problems found on the way. */
  readonly output: string;
  readonly fixed: boolean;
  readonly problems: string[];
}

/**
 * Lints `text`, then checks: no fatal message, every report inside the file, each autofix and
 * each suggestion (applied alone) parses, the combined autofix output parses, and fixing the
 * output again changes nothing.
 */
export function checkLintResult(linter: Linter, text: string, dialect: Dialect, config: Linter.Config[], filename = filenameFor(dialect)): FixCheck {
  const problems: string[] = [];
  const messages = linter.verify(text, config, filename);
  const fatal = messages.filter((message) => message.fatal || isNotLinted(message));
  if (fatal.length > 0) return { output: text, fixed: false, problems: fatal.map((message) => `input does not parse: ${message.message}`) };
  problems.push(...positionProblems(text, messages));
  const body = text.replace(/^\uFEFF/, '');
  for (const message of messages) {
    const where = `${message.ruleId} at ${message.line}:${message.column} (${message.message})`;
    if (message.fix) {
      const errors = parseErrors(linter, applyFix(body, message.fix), dialect, filename);
      if (errors.length > 0) problems.push(`${where}: its fix alone does not parse: ${errors.join('; ')}`);
    }
    for (const suggestion of message.suggestions ?? []) {
      const errors = parseErrors(linter, applyFix(body, suggestion.fix), dialect, filename);
      if (errors.length > 0) problems.push(`${where}: suggestion "${suggestion.desc}" does not parse: ${errors.join('; ')}`);
    }
  }
  const once = linter.verifyAndFix(text, config, filename);
  const onceErrors = parseErrors(linter, once.output, dialect, filename);
  if (onceErrors.length > 0) problems.push(`the autofix output does not parse: ${onceErrors.join('; ')}`);
  else if (once.fixed) {
    const twice = linter.verifyAndFix(once.output, config, filename);
    if (twice.output !== once.output) problems.push('fixing the fixed output changes it again');
  }
  return { output: once.output, fixed: once.fixed, problems };
}
