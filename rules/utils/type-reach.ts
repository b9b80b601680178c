/**
 * Whether any type a typed file can see may be a code type or a category type. A typed file whose
 * text holds no code, no kit and no WhatsApp can still hold a code position, but only through a
 * side whose type makes it one (`err.code === 4`, `err` typed by another module). Such a type is
 * declared somewhere in words the rules know: a union of literals with a code that is WhatsApp's
 * alone (`131047 | 131026`), one of the kit's type names, or the three category names. And a
 * file can only see the types of the modules it imports, of theirs in turn, and of the program's
 * global declarations (scripts, `declare global`, module augmentations).
 *
 * So a typed file none of whose reachable declarations holds such words has no code position, and
 * gets no listener, as an untyped one does: most files of a typed lint. The answer is conservative:
 * whatever this module cannot read (a TypeScript whose source files keep their imports elsewhere)
 * counts as reaching a code type. Reached files are found through the checker's own module
 * resolution; a file's words are read once per TypeScript source file, which TypeScript reuses
 * between the programs of one lint.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import type { Node as TsNode, Program, SourceFile, TypeChecker } from 'typescript';
import { CATEGORY_TYPE_NAME } from './category-sides.js';
import { KIT_CODE_TYPES } from './code-sides.js';
import type { CodeIndex } from './known-codes.js';

/** What TypeScript's source files carry besides their public API; stable since TypeScript 2. */
interface BoundSourceFile extends SourceFile {
  /** Set for a module; a script's declarations are global. */
  readonly externalModuleIndicator?: unknown;
  /** Every module specifier the file names: imports, re-exports, `import()`, `import('x').T`, `require` in JavaScript. */
  readonly imports?: readonly TsNode[];
  /** `declare module 'x'` and `declare global` inside a module: declarations every importer of `x`, or every file, sees. */
  readonly moduleAugmentations?: readonly TsNode[];
}

/** The names code-sides.ts and category-sides.ts read a type by, whoever declares it. */
const TYPE_NAMES = [...KIT_CODE_TYPES, CATEGORY_TYPE_NAME];
/** A union of all three categories is a category type whatever its name. */
const CATEGORY_NAMES = ['sender', 'recipient', 'platform'];
/**
 * A number as a literal type can be written (`131047`, `131_047`, `0x1ffe7`, `1.31047e5`), not
 * inside a name, a version (`20.13.1` is no integer) or a hash.
 */
const NUMBERS = /\b(?:0[xX][\da-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?)/g;

interface ProgramReach {
  readonly checker: TypeChecker;
  /** Files known to reach a declaring file (`true`) or known not to (`false`). */
  readonly known: Map<SourceFile, boolean>;
  readonly edges: Map<SourceFile, readonly SourceFile[] | undefined>;
  /** Whether the program's global declarations reach a declaring file. */
  globals?: boolean;
}

const reachByIndex = new WeakMap<CodeIndex, WeakMap<Program, ProgramReach>>();
const declaresByIndex = new WeakMap<CodeIndex, WeakMap<SourceFile, boolean>>();

/** Whether a code type or a category type may be visible in the typed file `sourceCode`; `false` without type information. */
export function seesCodeTypes(sourceCode: Readonly<TSESLint.SourceCode>, index: CodeIndex): boolean {
  const services = sourceCode.parserServices;
  const program = services?.program;
  const file = services?.esTreeNodeToTSNodeMap?.get(sourceCode.ast);
  if (!program) return false;
  // A program without this file's source file: nothing says what it sees, so it may see anything.
  return file === undefined || mayReachCodeTypes(program, file as SourceFile, index);
}

/** Whether a code type or a category type may be visible in `file`, a source file of `program`. */
export function mayReachCodeTypes(program: Program, file: SourceFile, index: CodeIndex): boolean {
  let programs = reachByIndex.get(index);
  if (!programs) reachByIndex.set(index, (programs = new WeakMap()));
  let reach = programs.get(program);
  if (!reach) programs.set(program, (reach = { checker: program.getTypeChecker(), known: new Map(), edges: new Map() }));
  const declares = declaresOf(index);
  reach.globals ??= program.getSourceFiles().some((candidate) => isGlobal(candidate as BoundSourceFile) && !program.isSourceFileDefaultLibrary(candidate) && reaches(reach, candidate, declares));
  return reach.globals || reaches(reach, file, declares);
}

function isGlobal(file: BoundSourceFile): boolean {
  return file.externalModuleIndicator === undefined || (file.moduleAugmentations?.length ?? 0) > 0;
}

/**
 * A walk of the files `start` imports, directly or not, until one declares. A walk that finds
 * none proves it for every file it went through (each one's imports are among them), so those
 * are never walked again; a walk that finds one proves it for `start` only.
 */
function reaches(reach: ProgramReach, start: SourceFile, declares: (file: SourceFile) => boolean): boolean {
  const known = reach.known.get(start);
  if (known !== undefined) return known;
  const seen = new Set<SourceFile>([start]);
  const pending: SourceFile[] = [start];
  while (pending.length > 0) {
    const file = pending.pop()!;
    const answer = reach.known.get(file);
    if (answer === false) continue;
    const imported = answer === true || declares(file) ? undefined : importsOf(reach, file as BoundSourceFile);
    if (imported === undefined) {
      reach.known.set(start, true);
      return true;
    }
    for (const next of imported) {
      if (seen.has(next)) continue;
      seen.add(next);
      pending.push(next);
    }
  }
  for (const file of seen) reach.known.set(file, false);
  return false;
}

/** The files `file` names as modules, as the checker resolves them; `undefined` when they cannot be read. */
function importsOf(reach: ProgramReach, file: BoundSourceFile): readonly SourceFile[] | undefined {
  if (reach.edges.has(file)) return reach.edges.get(file);
  let files: SourceFile[] | undefined;
  if (Array.isArray(file.imports)) {
    files = [];
    for (const specifier of file.imports) {
      // An unresolved module is `any`: nothing in it is a code type.
      for (const declaration of reach.checker.getSymbolAtLocation(specifier)?.declarations ?? []) files.push(declaration.getSourceFile());
    }
  }
  reach.edges.set(file, files);
  return files;
}

function declaresOf(index: CodeIndex): (file: SourceFile) => boolean {
  let answers = declaresByIndex.get(index);
  if (!answers) declaresByIndex.set(index, (answers = new WeakMap()));
  const cache = answers;
  return (file) => {
    let answer = cache.get(file);
    if (answer === undefined) cache.set(file, (answer = holdsTypeWords(file.text, index)));
    return answer;
  };
}

/** Whether a text may declare a code type or a category type: conservative, comments and strings included. */
function holdsTypeWords(text: string, index: CodeIndex): boolean {
  if (TYPE_NAMES.some((name) => text.includes(name)) || CATEGORY_NAMES.every((name) => text.includes(name))) return true;
  NUMBERS.lastIndex = 0;
  for (let match = NUMBERS.exec(text); match !== null; match = NUMBERS.exec(text)) {
    const written = match[0];
    // Every code that is WhatsApp's alone is 10,000 or more: five characters, or an exponent (`2e6`).
    if (written.length < 5 && !written.includes('e') && !written.includes('E')) continue;
    const value = Number(written.replaceAll('_', ''));
    if (Number.isSafeInteger(value) && index.isUnambiguous(value)) return true;
  }
  return false;
}
