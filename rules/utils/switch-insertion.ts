/**
 * Where new `case`s go in a switch, and how they are indented: the suggestions of
 * exhaustive-category-switch add cases without changing which existing case a value falls into.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A case body that leaves the switch: the only place a new case can go without changing fall-through. */
export function exitsSwitch(switchCase: TSESTree.SwitchCase): boolean {
  let last: TSESTree.Node | undefined = switchCase.consequent.at(-1);
  while (last?.type === 'BlockStatement') last = last.body.at(-1);
  return last?.type === 'BreakStatement' || last?.type === 'ReturnStatement' || last?.type === 'ThrowStatement' || last?.type === 'ContinueStatement';
}

/** Whether only whitespace precedes the node on its line. */
function startsLine(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  return /^\s*$/.test(sourceCode.lines[node.loc.start.line - 1]!.slice(0, node.loc.start.column));
}

/**
 * Inserts whole lines before a case: at the start of its line when it starts one; otherwise
 * (`switch (x) { case 'a': …`) on lines of their own, moving the case onto a new line.
 */
function insertLinesBefore(sourceCode: SourceCode, fixer: TSESLint.RuleFixer, target: TSESTree.SwitchCase, text: string, indent: string): TSESLint.RuleFix {
  if (startsLine(sourceCode, target)) return fixer.insertTextBeforeRange([target.range[0] - target.loc.start.column, target.range[0]], text);
  return fixer.insertTextBefore(target, `\n${text}${indent}`);
}

export interface InsertionPoint {
  /** Inserts `text` (whole lines, each ending in a newline) where new cases belong. */
  readonly at: (fixer: TSESLint.RuleFixer, text: string) => TSESLint.RuleFix;
  /** The indentation of a `case` line. */
  readonly indent: string;
  /** The indentation of a statement inside a case. */
  readonly bodyIndent: string;
}

/** Before `default` or after the last case, where that keeps fall-through as it is; else before the first case. */
export function insertionPoint(sourceCode: SourceCode, node: TSESTree.SwitchStatement): InsertionPoint {
  const firstCase = node.cases[0];
  const switchIndent = sourceCode.lines[node.loc.start.line - 1]!.match(/^\s*/)![0];
  const indent = firstCase && startsLine(sourceCode, firstCase) ? sourceCode.lines[firstCase.loc.start.line - 1]!.slice(0, firstCase.loc.start.column) : `${switchIndent}  `;
  const bodyIndent = statementIndent(sourceCode, node) ?? `${indent}  `;
  const defaultIndex = node.cases.findIndex((switchCase) => switchCase.test === null);
  const before = defaultIndex === -1 ? node.cases.at(-1) : node.cases[defaultIndex - 1];
  if (!firstCase) {
    const closing = sourceCode.getLastToken(node)!;
    return { indent, bodyIndent, at: (fixer, text) => fixer.insertTextBefore(closing, `${text}\n`) };
  }
  if (defaultIndex === -1 && before && exitsSwitch(before)) {
    return { indent, bodyIndent, at: (fixer, text) => fixer.insertTextAfter(before, `\n${text.trimEnd()}`) };
  }
  if (defaultIndex !== -1 && (!before || exitsSwitch(before))) {
    const target = node.cases[defaultIndex]!;
    return { indent, bodyIndent, at: (fixer, text) => insertLinesBefore(sourceCode, fixer, target, text, indent) };
  }
  // Inserting there would catch a fall-through: put the new cases first instead.
  return { indent, bodyIndent, at: (fixer, text) => insertLinesBefore(sourceCode, fixer, firstCase, text, indent) };
}

function statementIndent(sourceCode: SourceCode, node: TSESTree.SwitchStatement): string | undefined {
  const statement = node.cases.find((switchCase) => switchCase.consequent.length > 0)?.consequent[0];
  if (statement && statement.loc.start.line !== statement.parent.loc.start.line && startsLine(sourceCode, statement)) {
    return sourceCode.lines[statement.loc.start.line - 1]!.slice(0, statement.loc.start.column);
  }
  return undefined;
}
