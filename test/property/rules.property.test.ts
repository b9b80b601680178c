/**
 * Property-based tests: every rule of the plugin on programs generated from a grammar
 * (test/property/programs.ts), in six dialects and three rule configurations.
 *
 * For every generated program and every rule: no exception; every report, fix and suggestion
 * lies inside the file; the autofix output parses, and so does each fix and each suggestion
 * applied alone; fixing the fixed output changes nothing. `prefer-code-constant`'s fix (and its
 * suggestion) never changes a value the program computes, checked by running both versions.
 * Type information only changes reports inside the fragments whose meaning depends on types.
 *
 * Fixed seed and few runs in `npm test`; `WA_PROPERTY_RUNS=5000 npx vitest run test/property`
 * for a long run (that many programs per dialect; a tenth of it for the typed comparison).
 */
import { Linter } from 'eslint';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import plugin from '../../rules/index.js';
import * as kit from '../../src/index.js';
import {
  CUSTOM_SOURCE,
  DIALECTS,
  RULE_VARIANTS,
  checkLintResult,
  lintConfig as harnessConfig,
  positionProblems,
  reportKey,
  typedFixtureDir,
  type Dialect,
  type RuleVariant,
} from './harness.js';
import { evaluableProgramArbitrary, programArbitrary, type EvaluableProgram, type GeneratedProgram } from './programs.js';

const SEED = 20261124;
const LONG_RUNS = Number(process.env['WA_PROPERTY_RUNS'] ?? 0);
const runs = (quick: number, share = 1): number => (LONG_RUNS > 0 ? Math.max(quick, Math.ceil(LONG_RUNS * share)) : quick);
const LONG_TIMEOUT = LONG_RUNS > 0 ? 24 * 60 * 60 * 1000 : 120_000;

/** How many programs each property checks in `npm test`. */
export const QUICK_RUNS = { perDialect: 150, evaluable: 300, typed: 80, state: 80 } as const;

const linter = new Linter();
const variant = fc.constantFrom<RuleVariant>(...RULE_VARIANTS);

/**
 * The harness's configurations, with prefer-code-constant's opt-in `tables` in the `options`
 * variant: the variant that changes every option also rewrites the keys of code tables.
 */
function lintConfig(dialect: Dialect, ruleVariant: RuleVariant, typed = false): Linter.Config[] {
  const config = harnessConfig(dialect, ruleVariant, typed);
  if (ruleVariant !== 'options') return config;
  return [...config, { rules: { 'whatsapp-errors/prefer-code-constant': ['error', { ...CUSTOM_SOURCE, tables: true }] } }];
}

/** What the generated programs exercised, so that a grammar that stops reaching the rules fails loudly. */
const seen = { reports: new Map<string, number>(), fixedPrograms: 0, suggestions: 0, valueFixes: 0, valueSuggestions: 0, typedPrograms: 0, tableKeyReports: 0, aliasReports: 0, tableKeyFixes: 0 };

/** The names the alias fragments of programs.ts give the copies of a code side (`a0`, `second3`, `inner1`, …). */
const ALIAS_NAME = /\b(?:a|n|s|first|second|m|inner|sw|t|r|scoped)\d+\b|\balias\b|\bmetaErr\b/;

/** Whether the literal a report covers is the key of an object literal (`131047:`, `'131047':`, `[131047]:`). */
function isObjectKey(text: string, message: Linter.LintMessage): boolean {
  const lines = text.split(/\r\n|[\r\n\u2028\u2029]/);
  const after = lines[(message.endLine ?? message.line) - 1]?.slice((message.endColumn ?? message.column) - 1) ?? '';
  return /^\s*\]?\s*:/.test(after) && !/^\s*:\s*$/.test(after) && !/\?[^:]*$/.test(lines[message.line - 1]!.slice(0, message.column - 1));
}

function describeFailure(program: { text: string }, problems: readonly string[]): string {
  return `${problems.join('\n')}\n--- program ---\n${program.text}`;
}

describe('every rule on generated programs', () => {
  for (const dialect of DIALECTS) {
    it(
      `${dialect}: no crash, reports inside the file, fixes and suggestions parse, fixing twice equals fixing once`,
      () => {
        fc.assert(
          fc.property(programArbitrary(dialect), variant, (program, ruleVariant) => {
            const config = lintConfig(dialect, ruleVariant);
            const result = checkLintResult(linter, program.text, dialect, config);
            if (result.problems.length > 0) throw new Error(describeFailure(program, result.problems));
            for (const message of linter.verify(program.text, config, `file.${dialect}`)) {
              const key = message.fatal ? 'fatal' : (message.ruleId ?? 'eslint');
              seen.reports.set(key, (seen.reports.get(key) ?? 0) + 1);
              seen.suggestions += message.suggestions?.length ?? 0;
              if (message.ruleId?.startsWith('whatsapp-errors/') && isObjectKey(program.text, message)) seen.tableKeyReports++;
              if (message.ruleId?.startsWith('whatsapp-errors/') && ALIAS_NAME.test(program.text.split(/\r\n|[\r\n\u2028\u2029]/)[message.line - 1] ?? '')) seen.aliasReports++;
            }
            if (result.fixed) seen.fixedPrograms++;
          }),
          { seed: SEED, numRuns: runs(QUICK_RUNS.perDialect) },
        );
      },
      LONG_TIMEOUT,
    );
  }
});

describe('rules keep no state across files', () => {
  it(
    'a file gets the same reports before and after other files were linted with other options and settings',
    () => {
      const dialect = fc.constantFrom(...DIALECTS);
      const file = dialect.chain((d) => fc.tuple(programArbitrary(d), variant));
      fc.assert(
        fc.property(file, fc.array(file, { minLength: 1, maxLength: 3 }), ([program, ruleVariant], others) => {
          const lint = (p: GeneratedProgram, v: RuleVariant): string[] => linter.verify(p.text, lintConfig(p.dialect, v), `file.${p.dialect}`).map(reportKey);
          const first = lint(program, ruleVariant);
          for (const [other, otherVariant] of others) lint(other, otherVariant);
          expect(lint(program, ruleVariant)).toEqual(first);
        }),
        { seed: SEED, numRuns: runs(QUICK_RUNS.state, 0.2) },
      );
    },
    LONG_TIMEOUT,
  );
});

// ── prefer-code-constant never changes a value ───────────────────────────────────────────────

const customModule = { ...kit, [CUSTOM_SOURCE.constantName]: kit.WhatsAppErrorCode };

function requireStub(id: string): unknown {
  if (id === 'whatsapp-error-codes') return kit;
  if (id === CUSTOM_SOURCE.importSource) return customModule;
  throw new Error(`unexpected require(${JSON.stringify(id)})`);
}

/** Runs `check(err, reason)` of a program for every probe; a throw is a result too. */
function evaluate(program: EvaluableProgram, text: string): string[] {
  const { outputText } = ts.transpileModule(text, {
    fileName: program.dialect === 'ts' ? 'check.ts' : 'check.js',
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, allowJs: true },
  });
  const load = new Function('require', 'module', 'exports', `${outputText}\nreturn check;`) as (...args: unknown[]) => (err: unknown, reason: unknown) => unknown;
  const check = load(requireStub, { exports: {} }, {});
  return program.probes.map((probe) => {
    try {
      return JSON.stringify(check({ code: probe, errorCode: probe }, probe));
    } catch (error) {
      return `throws ${(error as Error).message}`;
    }
  });
}

/** The source text a report covers (the literal, for prefer-code-constant). */
function literalAt(text: string, message: Linter.LintMessage): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number): number => lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
  return text.slice(offset(message.line, message.column), offset(message.endLine!, message.endColumn!));
}

/** The value of a number or string literal's source text. */
function literalValue(raw: string): number | string {
  return /^['"`]/.test(raw) ? raw.slice(1, -1) : Number(raw.replaceAll('_', ''));
}

/** Every `X.NAME` (or `String(X.NAME)`) of the kit's code and subcode constants in a text, as the value it stands for. */
function constantValues(text: string): (number | string)[] {
  const values: (number | string)[] = [];
  for (const match of text.matchAll(/(String\()?((?:[\w$]+\.)*[\w$]+)\.([A-Z][A-Z0-9_]*)\b(\))?/g)) {
    const object = match[2]!.split('.').at(-1) === 'WhatsAppErrorSubcode' ? kit.WhatsAppErrorSubcode : kit.WhatsAppErrorCode;
    const code = (object as Record<string, number>)[match[3]!];
    if (code !== undefined) values.push(match[1] && match[4] ? String(code) : code);
  }
  return values;
}

/**
 * What a suggestion writes in place of the literal, where its name is the kit's constant object:
 * the one constant the suggestion's text holds beyond those of the text it replaces. (A
 * suggestion is offered where the name may not resolve to the kit, which is why it is not applied
 * automatically; so it is checked by its meaning. It may carry an import, or keep a collection's
 * type by widening it, `([X.NAME] as number[])`: the constant it adds is still exactly one.)
 */
function suggestedValue(original: string, fix: { range: readonly [number, number]; text: string }): number | string | undefined {
  const before = constantValues(original.slice(fix.range[0], fix.range[1]));
  const added = constantValues(fix.text);
  for (const value of before) {
    const at = added.indexOf(value);
    if (at === -1) return undefined;
    added.splice(at, 1);
  }
  return added.length === 1 ? added[0] : undefined;
}

describe('prefer-code-constant keeps every compared value', () => {
  it(
    'the autofix computes the same results as the original for every probed code; each suggestion names a constant equal to the literal it replaces',
    () => {
      fc.assert(
        fc.property(evaluableProgramArbitrary(), (program) => {
          const config = lintConfig(program.dialect, program.customSource ? 'options' : 'all');
          const filename = `check.${program.dialect}`;
          const before = evaluate(program, program.text);
          const { output, fixed } = linter.verifyAndFix(program.text, config, filename);
          if (fixed) {
            seen.valueFixes++;
            expect(evaluate(program, output), `fixed:\n${output}\noriginal:\n${program.text}`).toEqual(before);
          }
          for (const message of linter.verify(program.text, config, filename)) {
            if (message.ruleId !== 'whatsapp-errors/prefer-code-constant') continue;
            if (message.fix && isObjectKey(program.text, message)) seen.tableKeyFixes++;
            for (const suggestion of message.suggestions ?? []) {
              seen.valueSuggestions++;
              expect(suggestedValue(program.text, suggestion.fix), `suggestion "${suggestion.desc}" for ${literalAt(program.text, message)}`).toBe(literalValue(literalAt(program.text, message)));
            }
          }
        }),
        { seed: SEED, numRuns: runs(QUICK_RUNS.evaluable) },
      );
    },
    LONG_TIMEOUT,
  );
});

// ── Type information changes only what depends on types ─────────────────────────────────────

/**
 * A report as the typed comparison reads it. prefer-code-constant's edits depend on types by
 * design (rules/utils/fix-widening.ts): the contextual type decides whether a collection needs
 * widening, and whether the rewrite can be a fix or only a suggestion. So its reports are compared
 * by position and message, and by whether they offer an edit; every other rule's in full.
 */
function typedComparisonKey(message: Linter.LintMessage): string {
  if (message.ruleId !== 'whatsapp-errors/prefer-code-constant') return reportKey(message);
  const edits = message.fix !== undefined || (message.suggestions ?? []).length > 0;
  return `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.ruleId} ${message.message}${edits ? ' (with an edit)' : ''}`;
}

function outsideTypeDependentLines(program: GeneratedProgram, messages: readonly Linter.LintMessage[]): string[] {
  return messages.filter((message) => !program.typeDependentLines.some(([first, last]) => message.line >= first && message.line <= last)).map(typedComparisonKey);
}

describe('with and without type information', () => {
  it(
    'TypeScript programs get the same reports, fixes and suggestions at every position that does not depend on types',
    () => {
      const typedFile = `${typedFixtureDir}/file.ts`;
      fc.assert(
        fc.property(programArbitrary('ts'), variant, (program, ruleVariant) => {
          seen.typedPrograms++;
          const untyped = linter.verify(program.text, lintConfig('ts', ruleVariant), 'file.ts');
          const typed = linter.verify(program.text, lintConfig('ts', ruleVariant, true), typedFile);
          expect(typed.filter((message) => message.fatal)).toEqual([]);
          expect(positionProblems(program.text, typed)).toEqual([]);
          expect(outsideTypeDependentLines(program, typed), program.text).toEqual(outsideTypeDependentLines(program, untyped));
        }),
        { seed: SEED, numRuns: runs(QUICK_RUNS.typed, 0.1) },
      );
    },
    LONG_TIMEOUT,
  );
});

describe('the generated programs reach the rules', () => {
  it('every rule reported, fixes and suggestions were exercised', () => {
    for (const rule of Object.keys(plugin.rules)) {
      expect(seen.reports.get(`whatsapp-errors/${rule}`) ?? 0, rule).toBeGreaterThan(20);
    }
    expect(seen.reports.get('fatal')).toBeUndefined();
    expect(seen.fixedPrograms).toBeGreaterThan(50);
    expect(seen.suggestions).toBeGreaterThan(200);
    expect(seen.valueFixes).toBeGreaterThan(20);
    expect(seen.valueSuggestions).toBeGreaterThan(10);
    expect(seen.typedPrograms).toBeGreaterThan(0);
    // The alias and table fragments reach the rules: reports on copies of code sides and on table keys, key rewrites that keep values.
    expect(seen.aliasReports).toBeGreaterThan(20);
    expect(seen.tableKeyReports).toBeGreaterThan(20);
    expect(seen.tableKeyFixes).toBeGreaterThan(5);
  });
});
