/**
 * A value computed once per lint of a file, for every rule of the plugin to share. A linter lints
 * one file at a time in a thread, and the rules of one lint share its `SourceCode`, so the value
 * of the file being linted is found by identity, in one slot, with no WeakMap: a WeakMap entry
 * per file costs about a microsecond to add, and the plugin would add several for every file of a
 * codebase, most of which hold no code at all.
 *
 * The slot is the file's while both its `SourceCode` and its AST are the ones it was computed
 * for. ESLint makes a new `SourceCode` for every lint, even of an AST a caching parser hands out
 * again; oxlint keeps one `SourceCode` (and one scope manager) per thread and gives it a new AST
 * for each file. Another lint (the next file, a new `--fix` pass, a lint nested in a listener)
 * takes the slot; coming back computes the value again, which gives the same answer.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;

export function perFile<Value>(compute: (sourceCode: SourceCode) => Value): (sourceCode: SourceCode) => Value {
  let lastSource: SourceCode | undefined;
  let lastAst: TSESTree.Program | undefined;
  let lastValue: Value | undefined;
  return (sourceCode) => {
    if (sourceCode !== lastSource || sourceCode.ast !== lastAst) {
      lastValue = compute(sourceCode);
      lastSource = sourceCode;
      lastAst = sourceCode.ast;
    }
    return lastValue as Value;
  };
}
