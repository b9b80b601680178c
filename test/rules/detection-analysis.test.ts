/**
 * One analysis per file, shared by every rule (issue 15, part 6): the first rule of the plugin
 * created for a file registers the one `Literal` listener, the others read the same cached
 * result; the code sides are built once per file whatever rules are on; and the type checker is
 * asked only what names, scopes and annotations could not decide, each node at most once.
 */
import { Linter, type Rule } from 'eslint';
import type { ParserServices, TSESTree } from '@typescript-eslint/utils';
import tseslint from 'typescript-eslint';
import { afterEach, describe, expect, it, vi } from 'vitest';
import plugin from '../../rules/index.js';
import { analysisOf, type FileAnalysis } from '../../rules/utils/analysis.js';
import * as codeSides from '../../rules/utils/code-sides.js';
import { typedFixtureDir } from './rule-tester.js';

vi.mock('../../rules/utils/code-sides.js', async (importOriginal) => {
  const original = await importOriginal<typeof codeSides>();
  return { ...original, createCodeSides: vi.fn(original.createCodeSides) };
});

const createCodeSides = vi.mocked(codeSides.createCodeSides);
afterEach(() => createCodeSides.mockClear());

const PROGRAM = [
  "import { WhatsAppErrorCode, categoryOf } from 'whatsapp-error-codes';",
  'export function handle(err: { code: number }, items: string[], i: number, reason: string) {',
  '  if (err.code === 131074) return 0;',
  '  if (err.code === 470) return 1;',
  '  if (err.code === WhatsAppErrorCode.RATE_LIMIT_HIT || err.code === 4) return 2;',
  '  if (items.length === 1 || i % 2 === 0 || i + 1 === 4) return 3;',
  '  switch (err.code) {',
  '    case 131026:',
  '      return 4;',
  '  }',
  '  switch (categoryOf(err.code)) {',
  "    case 'sender':",
  '      return 5;',
  '  }',
  // `reason` is no code name: without type information, 131047 here is no code position.
  '  switch (reason) {',
  '    case 131047:',
  "    case 'sender':",
  '      return 6;',
  '  }',
  '  return 7;',
  '}',
].join('\n');

/** A rule that reads the shared analysis, and records what it got. */
interface Seen {
  /** `undefined` where the file can hold no code. */
  readonly analysis: { get(): FileAnalysis } | undefined;
  readonly registeredListener: boolean;
  result?: FileAnalysis;
}

function probePlugin(seen: Seen[]) {
  const probe: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      const shared = analysisOf(context as never);
      if (!shared) {
        seen.push({ analysis: undefined, registeredListener: false });
        return {};
      }
      const { analysis, collector } = shared;
      const entry: Seen = { analysis, registeredListener: 'Literal' in collector };
      seen.push(entry);
      return {
        ...(collector as Rule.RuleListener),
        'Program:exit'() {
          entry.result = analysis.get();
        },
      };
    },
  };
  return { rules: { first: probe, second: probe } };
}

const everyRule = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`whatsapp-errors/${name}`, 'error' as const]));
const linter = new Linter();

function lint(code: string, rules: Linter.RulesRecord, seen: Seen[] = [], parser: Linter.Parser = tseslint.parser as Linter.Parser, filename = 'file.ts'): Linter.LintMessage[] {
  return linter.verify(code, [{ files: ['**/*.ts'], languageOptions: { parser }, plugins: { 'whatsapp-errors': plugin, probe: probePlugin(seen) }, rules }], filename);
}

describe('one analysis per file', () => {
  it('the first rule created registers the listener; every other rule reads the same cached result', () => {
    const seen: Seen[] = [];
    lint(PROGRAM, { 'probe/first': 'error', 'probe/second': 'error' }, seen);
    expect(seen.map((entry) => entry.registeredListener)).toEqual([true, false]);
    expect(seen[0]!.analysis).toBe(seen[1]!.analysis);
    expect(seen[0]!.result).toBe(seen[1]!.result);
    expect(seen[0]!.result!.positions.map((position) => position.value)).toEqual([131074, 470, 4, 131026]);
  });

  it("beside the plugin's rules, the probes get the analysis those rules already registered", () => {
    const seen: Seen[] = [];
    const messages = lint(PROGRAM, { ...everyRule, 'probe/first': 'error', 'probe/second': 'error' }, seen);
    expect(seen.map((entry) => entry.registeredListener)).toEqual([false, false]);
    expect(seen[0]!.result).toBe(seen[1]!.result);
    expect(messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual([
      '3:20 whatsapp-errors/no-unknown-code',
      '4:20 whatsapp-errors/no-deprecated-code',
      '5:69 whatsapp-errors/prefer-code-constant',
      '8:10 whatsapp-errors/prefer-code-constant',
      '11:11 whatsapp-errors/exhaustive-category-switch',
    ]);
  });

  it('builds the code sides once per file, whichever rules are on', () => {
    lint(PROGRAM, everyRule);
    expect(createCodeSides).toHaveBeenCalledTimes(1);
    lint(PROGRAM, everyRule);
    lint('if (err.code === 131047) {}', { 'whatsapp-errors/no-unknown-code': 'error' });
    expect(createCodeSides).toHaveBeenCalledTimes(3);
  });

  it('a file that can hold no code gets no analysis, and no rule listens to it', () => {
    const plain = [
      'export function f(res: { status: number }, exitCode: number, items: string[]) {',
      "  if (res.status === 200 || exitCode !== 0 || items.length === 3) return 'ok';",
      '  switch (res.status) {',
      '    case 404:',
      "      return 'missing';",
      '  }',
      "  return ['sha256', 'utf8'].includes(String(res.status)) ? 1 : 100;",
      '}',
      // Another system's five-digit numbers: PostgreSQL's unique violation, a timeout, a year.
      "export const isDuplicate = (err: { code: string }) => err.code === '23505';",
      'export const TIMEOUT_MS = 60000; // since 2024',
    ].join('\n');
    const seen: Seen[] = [];
    expect(lint(plain, { ...everyRule, 'probe/first': 'error' }, seen)).toEqual([]);
    expect(seen).toEqual([{ analysis: undefined, registeredListener: false }]);
  });

  it.each([
    ['a code of its own', 'if (err.code === 131047) {}'],
    ['a retired On-Premises code', 'if (err.code === 470) {}'],
    ['a code written as a string', "if (String(err.code) === '131047') {}"],
    ['a code written in hexadecimal', 'if (err.code === 0x1ffe7) {}'],
    ['a code written with separators', 'if (err.code === 131_047) {}'],
    ['a code written with an exponent', 'if (err.code === 1.31047e5) {}'],
    ['a code written with a signed exponent', 'if (err.code === 1.31047e+5) {}'],
    ['a code as a string of digits beside a template', 'if (`${err.code}` === "131047") {}'],
    ['a kit import', "import { WhatsAppErrorCode } from 'whatsapp-error-codes';\nif (err.code === 4) {}"],
    ['a Graph call', "await fetch('https://graph.facebook.com/v21.0/123/messages');\nif (err.code === 4) {}"],
  ])('a file with %s gets an analysis', (_, code) => {
    const seen: Seen[] = [];
    lint(code, { 'probe/first': 'error' }, seen);
    expect(seen[0]!.analysis).toBeDefined();
  });

  it('a code in a comment, a name, a regular expression or a template is no reason to look', () => {
    const code = [
      '// WhatsApp sends 131047 when the window has closed',
      'const pattern = /131047/;',
      'const handler131047 = () => `code 131047`;',
      "export const isMissing = (res: { status: number }) => res.status === 404 || pattern.test('x') || handler131047() === '';",
    ].join('\n');
    const seen: Seen[] = [];
    lint(code, { 'probe/first': 'error' }, seen);
    expect(seen).toEqual([{ analysis: undefined, registeredListener: false }]);
  });

  it('the literals of a code written in another form are read as that code', () => {
    const messages = lint('if (err.code === 0x20002) {}\nif (err.code === 131_074) {}', { 'whatsapp-errors/no-unknown-code': 'error' });
    expect(messages.map((message) => `${message.line}:${message.column} ${message.messageId}`)).toEqual(['1:18 unknownCode', '2:18 unknownCode']);
  });

  it('a new file gets a new analysis', () => {
    const first: Seen[] = [];
    const second: Seen[] = [];
    lint(PROGRAM, { 'probe/first': 'error' }, first);
    lint(PROGRAM, { 'probe/first': 'error' }, second);
    expect(first[0]!.analysis).toBeDefined();
    expect(first[0]!.analysis).not.toBe(second[0]!.analysis);
  });

  it('a parser that hands the same AST to two lints gets a fresh analysis each time, under each lint’s settings', () => {
    // An editor or a benchmark may cache parses; the analysis belongs to the lint, not to the AST.
    const cached = new Map<string, Linter.ESLintParseResult>();
    const parse = tseslint.parser.parseForESLint as unknown as (text: string, options: unknown) => Linter.ESLintParseResult;
    const cachingParser = {
      meta: { name: 'caching-typescript-eslint-parser' },
      parseForESLint(text: string, options: unknown) {
        let result = cached.get(text);
        if (!result) cached.set(text, (result = parse(text, options)));
        return result;
      },
    } as Linter.Parser;
    const code = 'export function f(failure: { reason: number }) {\n  return failure.reason === 131074;\n}';
    const lintWith = (settings: Record<string, unknown>): string[] =>
      linter
        .verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: cachingParser }, plugins: { 'whatsapp-errors': plugin }, settings, rules: { 'whatsapp-errors/no-unknown-code': 'error' } }], 'file.ts')
        .map((message) => `${message.line}:${message.column} ${message.messageId}`);
    expect(lintWith({})).toEqual([]);
    expect(lintWith({ 'whatsapp-errors': { codeNames: ['reason'] } })).toEqual(['2:29 unknownCode']);
    expect(lintWith({})).toEqual([]);
    expect(cached.size).toBe(1);
  });
});

// ── Lazy type-checker questions ─────────────────────────────────────────────────────────────

/** typescript-eslint's parser, with a checker that records the nodes whose type it is asked. */
function countingParser(asked: string[]): Linter.Parser {
  return {
    meta: { name: 'counting-typescript-eslint-parser' },
    parseForESLint(code: string, options: Record<string, unknown>) {
      const parse = tseslint.parser.parseForESLint as unknown as (text: string, parserOptions: Record<string, unknown>) => { services: ParserServices };
      const result = parse(code, options);
      const services = result.services;
      const program = services.program;
      if (program) {
        const checker = program.getTypeChecker();
        const counting = new Proxy(checker, {
          get(target, property, receiver) {
            const value = Reflect.get(target, property, receiver) as unknown;
            if (property !== 'getTypeAtLocation' || typeof value !== 'function') return value;
            return (node: Parameters<typeof checker.getTypeAtLocation>[0]) => {
              const estree = services.tsNodeToESTreeNodeMap?.get(node as never) as TSESTree.Node | undefined;
              asked.push(estree ? `${estree.loc.start.line}:${estree.loc.start.column + 1} ${code.slice(estree.range[0], estree.range[1])}` : '?');
              return checker.getTypeAtLocation(node);
            };
          },
        });
        (services as { program: unknown }).program = new Proxy(program, {
          get(target, property) {
            if (property === 'getTypeChecker') return () => counting;
            const value = Reflect.get(target, property) as unknown;
            return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
          },
        });
      }
      return result as unknown as Linter.ESLintParseResult;
    },
  } as Linter.Parser;
}

function askedWithTypes(code: string, rules: Linter.RulesRecord = everyRule): string[] {
  const asked: string[] = [];
  linter.verify(
    code,
    [{ files: ['**/*.ts'], languageOptions: { parser: countingParser(asked), parserOptions: { projectService: true, tsconfigRootDir: typedFixtureDir } }, plugins: { 'whatsapp-errors': plugin }, rules }],
    `${typedFixtureDir}/file.ts`,
  );
  return asked;
}

describe('the type checker is asked lazily', () => {
  it('asks nothing where names decide: code names, known codes, arithmetic, sizes, switches over numbers', () => {
    const code = [
      "import { WhatsAppErrorCode } from 'whatsapp-error-codes';",
      'export function f(err: { code: number }, items: string[], i: number) {',
      '  if (err.code === 131047 || err.code === WhatsAppErrorCode.RATE_LIMIT_HIT) return 1;',
      '  if (items.length === 1 || i % 2 === 0 || i + 1 === 4 || -i === 3) return 2;',
      '  switch (err.code) {',
      '    case 131026:',
      '      return 3;',
      '  }',
      '  return 0;',
      '}',
    ].join('\n');
    expect(askedWithTypes(code)).toEqual([]);
  });

  it('asks nothing about a side annotated with the kit type: the annotation answers', () => {
    const code = "import type { LooseWhatsAppErrorCode } from 'whatsapp-error-codes';\nexport function f(reason: LooseWhatsAppErrorCode | undefined) {\n  return reason === 1000;\n}";
    expect(askedWithTypes(code)).toEqual([]);
  });

  it('asks each node once, however many rules want its type', () => {
    const code = "export function f(reason: string, i: number) {\n  switch (reason) {\n    case 131047:\n    case 'sender':\n      return 1;\n  }\n  return i === 4;\n}";
    expect(askedWithTypes(code)).toEqual(['2:11 reason', '7:10 i']);
  });

  it('asks nothing of a file without literals or kit constants', () => {
    expect(askedWithTypes("export function f(x: string) {\n  switch (x) {\n    case 'a':\n      return 1;\n  }\n  return x.length;\n}", { 'whatsapp-errors/no-unknown-code': 'error' })).toEqual([]);
  });
});
