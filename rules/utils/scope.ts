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

type ScopeManager = NonNullable<TSESLint.SourceCode['scopeManager']>;

/** Per scope manager (one per file): the scope of every node asked about, and of the nodes walked past on the way. A `Map`: it dies with the file's scope manager, and ephemeron tables cost every garbage collection. */
const scopeMemos = new WeakMap<ScopeManager, Map<TSESTree.Node, TSESLint.Scope.Scope>>();

/**
 * `sourceCode.getScope(node)`, remembered for every node on the way up to the scope's node. ESLint
 * walks from the node to the nearest node that has a scope each time it is asked; inside an
 * `a === 1 || a === 2 || …` chain of 20,000 terms that walk is as deep as the chain, and asking
 * once per term would be quadratic. With the memo every node is walked past once.
 */
export function scopeAt(sourceCode: Readonly<TSESLint.SourceCode>, start: TSESTree.Node): TSESLint.Scope.Scope {
  const manager = sourceCode.scopeManager;
  if (!manager) return sourceCode.getScope(start);
  let memo = scopeMemos.get(manager);
  if (!memo) scopeMemos.set(manager, (memo = new Map()));
  const walked: TSESTree.Node[] = [];
  let scope: TSESLint.Scope.Scope | undefined;
  for (let node: TSESTree.Node | undefined = start; node; node = node.parent) {
    scope = memo.get(node);
    if (scope) break;
    // The node ESLint's getScope stops at: its scope is not its descendants' (the Program's is the
    // global scope, theirs the module scope), so it is not remembered for them.
    if (node.type === 'Program' || manager.acquire(node, true)) {
      scope = sourceCode.getScope(start);
      break;
    }
    walked.push(node);
  }
  scope ??= sourceCode.getScope(start);
  for (const node of walked) memo.set(node, scope);
  return scope;
}
