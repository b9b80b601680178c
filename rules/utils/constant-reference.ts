/**
 * How to write `WhatsAppErrorCode.NAME` at a given place in a file, and what import (if any) makes
 * it resolve. Reuses an existing import (under its local alias, or through a namespace import or
 * a CommonJS `require`), else extends an import from the package, else adds one (an `import` in
 * an ES module, a `require` in CommonJS; see fix-import.ts for where and in which style). Where
 * nothing can be added safely (a script, a local that shadows the name) the caller offers a
 * suggestion.
 *
 * A fix that carries `addImport` beside its own edit spans, once ESLint merges the two, from the
 * import to the edit: rules that report many places in a file should let only one report carry
 * it (as prefer-code-constant does through `constantAccess`).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { constantAccess, type ConstantSource } from './fix-import.js';

export type { ConstantSource } from './fix-import.js';

export interface ConstantReference {
  /** Expression text that names the constant object at the location, e.g. `WhatsAppErrorCode`, `WA`, `kit.WhatsAppErrorCode`. */
  readonly objectText: string;
  /** Adds the import the reference needs; absent when it resolves already. */
  readonly addImport?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;
  /** False when the reference cannot be made to resolve safely: offer it as a suggestion only. */
  readonly safe: boolean;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export function constantReference(context: Context, at: TSESTree.Node, source: ConstantSource): ConstantReference {
  const access = constantAccess(context, source).at(at);
  if (access.status === 'bound') return { objectText: access.objectText, safe: true };
  if (access.status === 'unsafe') return { objectText: access.objectText, safe: false };
  const addition = access.addition;
  return { objectText: access.objectText, safe: true, addImport: (fixer) => addition.fix(fixer) };
}
