/**
 * A value computed once per lint of a file, for every rule of the plugin to share. A linter lints
 * one file at a time in a thread, and the rules of one lint share its `SourceCode`, so the value
 * of the file being linted is found by identity, in one slot, with no WeakMap: a WeakMap entry
 * per file costs about a microsecond to add, and the plugin would add several for every file of a
 * codebase, most of which hold no code at all.
 *
 * The slots are the file's while both its `SourceCode` and its AST are the ones they were computed
 * for. ESLint makes a new `SourceCode` for every lint, even of an AST a caching parser hands out
 * again; oxlint keeps one `SourceCode` (and one scope manager) per thread and gives it a new AST
 * for each file. The first question about another file (the next one, a new `--fix` pass, a lint
 * nested in a listener) empties every slot, not only its own: a slot the next file never asks
 * about would otherwise hold the last file's nodes, and with them its whole AST, after ESLint has
 * let it go (a 50,000-line file's is hundreds of megabytes). Coming back to a file computes its
 * values again, which gives the same answers.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Empties one slot. */
type Clear = () => void;

const slots: Clear[] = [];
let currentSource: SourceCode | undefined;
let currentAst: TSESTree.Program | undefined;

/** Makes `sourceCode` the file the slots are for, emptying them when it is another. */
function enter(sourceCode: SourceCode): void {
  if (sourceCode === currentSource && sourceCode.ast === currentAst) return;
  for (const clear of slots) clear();
  currentSource = sourceCode;
  currentAst = sourceCode.ast;
}

export function perFile<Value>(compute: (sourceCode: SourceCode) => Value): (sourceCode: SourceCode) => Value {
  let computed = false;
  let value: Value | undefined;
  slots.push(() => {
    computed = false;
    value = undefined;
  });
  return (sourceCode) => {
    enter(sourceCode);
    if (!computed) {
      value = compute(sourceCode);
      computed = true;
    }
    return value as Value;
  };
}
