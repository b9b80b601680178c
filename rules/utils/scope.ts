/** Scope look-ups the rules share, on ESLint's own scope manager (no eslint-utils needed). */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { perFile } from './per-file.js';

/** The variable a name refers to from `scope`: the innermost declaration, walking out to the global scope. */
export function findVariable(scope: TSESLint.Scope.Scope, nameOrNode: string | TSESTree.Identifier): TSESLint.Scope.Variable | null {
  const name = typeof nameOrNode === 'string' ? nameOrNode : nameOrNode.name;
  for (let current: TSESLint.Scope.Scope | null = scope; current; current = current.upper) {
    const variable = current.set.get(name);
    if (variable) return variable;
  }
  return null;
}

/** Per lint: the scope of the nodes met deep in a walk (see `scopeAt`). */
const scopeMemoOf = perFile(() => new Map<TSESTree.Node, TSESLint.Scope.Scope>());

/** Ancestors walked before a walk starts remembering: ordinary code finds its scope within a few. */
const SHORT_WALK = 8;

/**
 * `sourceCode.getScope(node)`, found the way ESLint finds it (the nearest ancestor that has a
 * scope), without the entry ESLint's own cache adds for every node asked about. Inside an
 * `a === 1 || a === 2 || …` chain of 20,000 terms the walk is as deep as the chain, and walking
 * once per term would be quadratic, so the nodes a walk passes after its first few steps are
 * remembered: every node of a deep chain is walked past once.
 */
export function scopeAt(sourceCode: Readonly<TSESLint.SourceCode>, start: TSESTree.Node): TSESLint.Scope.Scope {
  const manager = sourceCode.scopeManager;
  // On the Program ESLint answers with the outermost scope, not the module scope.
  if (!manager || start.type === 'Program') return sourceCode.getScope(start);
  const memo = scopeMemoOf(sourceCode);
  let walked: TSESTree.Node[] | undefined;
  let scope: TSESLint.Scope.Scope | undefined;
  let steps = 0;
  for (let node: TSESTree.Node | undefined = start; node; node = node.parent, steps++) {
    if (steps >= SHORT_WALK) {
      scope = memo.get(node);
      if (scope) break;
      (walked ??= []).push(node);
    }
    const own = manager.acquire(node, true);
    if (own) {
      scope = own.type === 'function-expression-name' ? own.childScopes[0]! : own;
      break;
    }
  }
  scope ??= manager.scopes[0]!;
  if (walked) for (const node of walked) memo.set(node, scope);
  return scope;
}
