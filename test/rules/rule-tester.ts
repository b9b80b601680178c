/**
 * RuleTester under vitest, in the three modes every rule must work in: plain JavaScript with
 * ESLint's default parser, TypeScript without type information, and TypeScript with types
 * (`projectService` on the fixture project in test/fixtures/typed). Each tester class runs the
 * same cases in the modes its name says, so `new AllModesRuleTester().run(name, rule, tests)`
 * reads like (and is linted by eslint-plugin-eslint-plugin as) any RuleTester run.
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

interface Mode {
  readonly title: string;
  readonly filename: string;
  readonly tester: RuleTester;
}

const javascript: Mode = {
  title: 'plain JavaScript (espree)',
  filename: 'file.js',
  tester: new RuleTester({ languageOptions: { parser: espree, ecmaVersion: 'latest', sourceType: 'module' } }),
};
const typescript: Mode = { title: 'TypeScript without type information', filename: 'file.ts', tester: new RuleTester() };
const typed: Mode = {
  title: 'TypeScript with type information',
  filename: 'file.ts',
  tester: new RuleTester({ languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: typedFixtureDir } } }),
};

type Tests<MessageIds extends string, Options extends readonly unknown[]> = RunTests<MessageIds, Options>;

class ModesRuleTester {
  constructor(private readonly modes: readonly Mode[]) {}

  run<MessageIds extends string, Options extends readonly unknown[]>(name: string, rule: RuleModule<MessageIds, Options>, tests: Tests<MessageIds, Options>): void {
    for (const mode of this.modes) describe(mode.title, () => mode.tester.run(name, rule, withFilename(tests, mode.filename)));
  }
}

/** The same cases in plain JavaScript, TypeScript without types and TypeScript with types (the cases must be plain JavaScript). */
export class AllModesRuleTester extends ModesRuleTester {
  constructor() {
    super([javascript, typescript, typed]);
  }
}

/** TypeScript-only cases, without and with type information. */
export class TypeScriptRuleTester extends ModesRuleTester {
  constructor() {
    super([typescript, typed]);
  }
}

/** Cases that depend on type information. */
export class TypedRuleTester extends ModesRuleTester {
  constructor() {
    super([typed]);
  }
}

/** Cases for TypeScript without type information only. */
export class UntypedTypeScriptRuleTester extends ModesRuleTester {
  constructor() {
    super([typescript]);
  }
}

/** Cases for plain JavaScript only (CommonJS and the like). */
export class JavaScriptRuleTester extends ModesRuleTester {
  constructor() {
    super([javascript]);
  }
}

function withFilename<MessageIds extends string, Options extends readonly unknown[]>(tests: Tests<MessageIds, Options>, filename: string): Tests<MessageIds, Options> {
  const name = <T extends ValidTestCase<Options> | InvalidTestCase<MessageIds, Options>>(test: T | string): T =>
    (typeof test === 'string' ? { code: test, filename } : { filename, ...test }) as T;
  return { valid: tests.valid.map(name), invalid: tests.invalid.map(name) };
}
