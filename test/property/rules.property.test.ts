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
  lintConfig,
  positionProblems,
  reportKey,
  typedFixtureDir,
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

/** What the generated programs exercised, so that a grammar that stops reaching the rules fails loudly. */
const seen = { reports: new Map<string, number>(), fixedPrograms: 0, suggestions: 0, valueFixes: 0, valueSuggestions: 0, typedPrograms: 0 };

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

/**
 * What a suggestion evaluates to where its name is the kit's constant object: `X.NAME` is the
 * code, `String(X.NAME)` its decimal text. (A suggestion is offered where the name may not resolve
 * to the kit, which is why it is not applied automatically; so it is checked by its meaning.)
 */
function suggestedValue(text: string): number | string | undefined {
  const match = /(String\()?[\w$.]+\.([A-Z][A-Z0-9_]*)\)?$/.exec(text);
  const code = match && (kit.WhatsAppErrorCode as Record<string, number>)[match[2]!];
  return code === undefined || code === null ? undefined : match![1] ? String(code) : code;
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
            for (const suggestion of message.suggestions ?? []) {
              seen.valueSuggestions++;
              expect(suggestedValue(suggestion.fix.text), `suggestion "${suggestion.desc}" for ${literalAt(program.text, message)}`).toBe(literalValue(literalAt(program.text, message)));
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

function outsideTypeDependentLines(program: GeneratedProgram, messages: readonly Linter.LintMessage[]): string[] {
  return messages.filter((message) => !program.typeDependentLines.some(([first, last]) => message.line >= first && message.line <= last)).map(reportKey);
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
  });
});
