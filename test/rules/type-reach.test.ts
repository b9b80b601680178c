/**
 * Which typed files can see a code type (rules/utils/type-reach.ts): a typed file whose text holds
 * no code gets the analysis only when a module it imports, directly or not, or a global
 * declaration of the program may declare a code type or a category type. Each program here is
 * made in memory, so each case says exactly which files exist.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { codeIndexFor } from '../../rules/utils/known-codes.js';
import { parseSettings } from '../../rules/utils/settings.js';
import { mayReachCodeTypes } from '../../rules/utils/type-reach.js';

const index = codeIndexFor(parseSettings(undefined));
/** A module that uses the type `T` of `b.ts`: what it sees is what `b.ts` declares. */
const importer = "import type { T } from './b.js';\nexport declare const t: T;";
const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, noEmit: true, types: [], lib: ['lib.es2022.d.ts'] };

/** A program of `files` (path → text, under /project), and a question per file. */
function programOf(files: Record<string, string>): (path: string) => boolean {
  const texts = new Map(Object.entries(files).map(([path, text]) => [`/project/${path}`, text]));
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => texts.has(name) || ts.sys.fileExists(name);
  host.readFile = (name) => texts.get(name) ?? readFile(name);
  host.getSourceFile = (name, version) => (texts.has(name) ? ts.createSourceFile(name, texts.get(name)!, version) : getSourceFile(name, version));
  host.getCurrentDirectory = () => '/project';
  host.directoryExists = (name) => name === '/project' || ts.sys.directoryExists(name);
  const program = ts.createProgram([...texts.keys()], options, host);
  return (path) => mayReachCodeTypes(program, program.getSourceFile(`/project/${path}`)!, index);
}

describe('mayReachCodeTypes', () => {
  it('sees no code type in a module that imports nothing', () => {
    const sees = programOf({ 'a.ts': 'export function f(code: number) { return code === 4; }', 'b.ts': 'export type C = 131047 | 4;' });
    expect(sees('a.ts')).toBe(false);
    expect(sees('b.ts')).toBe(true);
  });

  it('sees the code types of the modules a file imports, directly or not', () => {
    const sees = programOf({
      'a.ts': "import { last } from './b.js';\nexport const hit = last().code === 4;",
      'b.ts': "import type { C } from './c.js';\nexport declare function last(): { code: C };",
      'c.ts': 'export type C = 131047 | 4;',
      'd.ts': "import { helper } from './e.js';\nexport const x = helper(4);",
      'e.ts': 'export const helper = (n: number) => n + 1;',
    });
    expect(sees('a.ts')).toBe(true);
    expect(sees('d.ts')).toBe(false);
    expect(sees('e.ts')).toBe(false);
  });

  it('follows re-exports, import types and dynamic imports', () => {
    const sees = programOf({
      'a.ts': "export * from './c.js';",
      'b.ts': "export declare const failure: import('./c.js').Failure;",
      'c.ts': 'export interface Failure { readonly code: 130429 | 131056 }',
      'd.ts': "export const load = () => import('./c.js');",
    });
    expect(sees('a.ts')).toBe(true);
    expect(sees('b.ts')).toBe(true);
    expect(sees('d.ts')).toBe(true);
  });

  it('answers the same for every member of an import cycle, whichever is asked first', () => {
    const sees = programOf({
      'a.ts': "import './b.js';\nexport const a = 1;",
      'b.ts': "import './a.js';\nimport './c.js';\nexport const b = 2;",
      'c.ts': 'export type C = 131026;',
      'x.ts': "import './y.js';\nexport const x = 1;",
      'y.ts': "import './x.js';\nexport const y = 2;",
    });
    expect(sees('a.ts')).toBe(true);
    expect(sees('b.ts')).toBe(true);
    expect(sees('x.ts')).toBe(false);
    expect(sees('y.ts')).toBe(false);
  });

  it('sees what global declarations declare: a script, `declare global`, a module augmentation', () => {
    const isolated = 'export function f(code: number) { return code === 4; }';
    expect(programOf({ 'a.ts': isolated, 'globals.d.ts': 'declare const lastFailure: { code: 131047 | 4 };' })('a.ts')).toBe(true);
    expect(programOf({ 'a.ts': isolated, 'g.ts': 'export {};\ndeclare global { var failure: { code: 131047 } }' })('a.ts')).toBe(true);
    expect(programOf({ 'a.ts': isolated, 'b.ts': 'export interface Failure { code: number }', 'g.ts': "export {};\ndeclare module './b.js' { interface Failure { kind: 131047 } }" })('a.ts')).toBe(true);
    expect(programOf({ 'a.ts': isolated, 'globals.d.ts': 'declare const platform: string;\ndeclare function sleep(ms: number): Promise<void>;' })('a.ts')).toBe(false);
  });

  it('counts the kit’s type names and a union of the three categories, not one category word', () => {
    expect(programOf({ 'a.ts': importer, 'b.ts': 'export type T = LooseWhatsAppErrorCode;' })('a.ts')).toBe(true);
    expect(programOf({ 'a.ts': importer, 'b.ts': "export type ErrorCategory = 'mine' | 'theirs';\nexport type T = ErrorCategory;" })('a.ts')).toBe(true);
    expect(programOf({ 'a.ts': importer, 'b.ts': "export type T = 'sender' | 'recipient' | 'platform';" })('a.ts')).toBe(true);
    expect(programOf({ 'a.ts': importer, 'b.ts': "export type T = { platform: 'ios' | 'android'; sender: string };" })('a.ts')).toBe(false);
  });

  it('reads codes however they are written, and not numbers that are no code of WhatsApp alone', () => {
    expect(programOf({ 'a.ts': importer, 'b.ts': 'export type T = 131_047;' })('a.ts')).toBe(true);
    expect(programOf({ 'a.ts': importer, 'b.ts': 'export const T = 0x1ffe7;\nexport type T = typeof T;' })('a.ts')).toBe(true);
    expect(programOf({ 'a.ts': importer, 'b.ts': 'export type T = 4 | 100 | 404 | 23505;' })('a.ts')).toBe(false);
  });
});
