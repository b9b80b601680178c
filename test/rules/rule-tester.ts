/**
 * RuleTester under vitest, in the three modes every rule must work in: plain JavaScript with
 * ESLint's default parser, TypeScript without type information, and TypeScript with types
 * (`projectService` on the fixture project in test/fixtures/typed).
 */
import { fileURLToPath } from 'node:url';
import { RuleTester, type InvalidTestCase, type RunTests, type ValidTestCase } from '@typescript-eslint/rule-tester';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';
import * as espree from 'espree';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export const typedFixtureDir = fileURLToPath(new URL('../fixtures/typed', import.meta.url));

export const javascriptTester = new RuleTester({
  languageOptions: { parser: espree, ecmaVersion: 'latest', sourceType: 'module' },
});

export const typescriptTester = new RuleTester();

export const typedTester = new RuleTester({
  languageOptions: {
    parserOptions: {
      projectService: true,
      tsconfigRootDir: typedFixtureDir,
    },
  },
});

type Tests<MessageIds extends string, Options extends readonly unknown[]> = RunTests<MessageIds, Options>;

/** Runs the same cases in all three modes (the cases must be plain JavaScript). */
export function runInAllModes<MessageIds extends string, Options extends readonly unknown[]>(
  name: string,
  rule: RuleModule<MessageIds, Options>,
  tests: Tests<MessageIds, Options>,
): void {
  describe('plain JavaScript (espree)', () => javascriptTester.run(name, rule, withFilename(tests, 'file.js')));
  describe('TypeScript without type information', () => typescriptTester.run(name, rule, withFilename(tests, 'file.ts')));
  describe('TypeScript with type information', () => typedTester.run(name, rule, withFilename(tests, 'file.ts')));
}

/** Runs TypeScript-only cases without and with type information. */
export function runInTypeScriptModes<MessageIds extends string, Options extends readonly unknown[]>(
  name: string,
  rule: RuleModule<MessageIds, Options>,
  tests: Tests<MessageIds, Options>,
): void {
  describe('TypeScript without type information', () => typescriptTester.run(name, rule, withFilename(tests, 'file.ts')));
  describe('TypeScript with type information', () => typedTester.run(name, rule, withFilename(tests, 'file.ts')));
}

/** Runs cases that depend on type information. */
export function runTyped<MessageIds extends string, Options extends readonly unknown[]>(
  name: string,
  rule: RuleModule<MessageIds, Options>,
  tests: Tests<MessageIds, Options>,
): void {
  describe('TypeScript with type information', () => typedTester.run(name, rule, withFilename(tests, 'file.ts')));
}

function withFilename<MessageIds extends string, Options extends readonly unknown[]>(tests: Tests<MessageIds, Options>, filename: string): Tests<MessageIds, Options> {
  const name = <T extends ValidTestCase<Options> | InvalidTestCase<MessageIds, Options>>(test: T | string): T =>
    (typeof test === 'string' ? { code: test, filename } : { filename, ...test }) as T;
  return { valid: tests.valid.map(name), invalid: tests.invalid.map(name) };
}
