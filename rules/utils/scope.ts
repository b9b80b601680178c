/** Scope look-ups the rules share, on ESLint's own scope manager (no eslint-utils needed). */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** The variable a name refers to from `scope`: the innermost declaration, walking out to the global scope. */
export function findVariable(scope: TSESLint.Scope.Scope, nameOrNode: string | TSESTree.Identifier): TSESLint.Scope.Variable | null {
  const name = typeof nameOrNode === 'string' ? nameOrNode : nameOrNode.name;
  for (let current: TSESLint.Scope.Scope | null = scope; current; current = current.upper) {
    const variable = current.set.get(name);
    if (variable) return variable;
  }
  return null;
}
