/** Small questions about ESTree nodes that the analysis and the rules ask everywhere. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Type, TypeChecker } from 'typescript';
import { perFile } from './per-file.js';

export type CodeLiteralNode = TSESTree.NumberLiteral | TSESTree.StringLiteral;

/** A number literal holding a non-negative integer, or a string literal of digits. */
export function isCandidateLiteral(node: TSESTree.Node | null | undefined): node is CodeLiteralNode {
  if (node?.type !== 'Literal') return false;
  const value = node.value;
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0;
  return typeof value === 'string' && isDigits(value);
}

/** `^\d{1,15}$`, without a regular expression: string literals are the most common node there is. */
export function isDigits(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char < 48 || char > 57) return false;
  }
  return true;
}

export function literalCodeValue(node: CodeLiteralNode): number {
  return typeof node.value === 'number' ? node.value : Number(node.value);
}

/** The text of a literal for `code` in the same form as `node`: a number stays a number, a string keeps its quotes. */
export function literalText(node: CodeLiteralNode, code: number): string {
  if (typeof node.value === 'number') return String(code);
  const quote = node.raw.startsWith("'") ? "'" : '"';
  return `${quote}${code}${quote}`;
}

/** The TS wrappers that change a node's type but not its value: `as`, `satisfies`, `!`, `<T>x`. */
export function isTypeWrapper(node: TSESTree.Node): node is TSESTree.TSAsExpression | TSESTree.TSSatisfiesExpression | TSESTree.TSNonNullExpression | TSESTree.TSTypeAssertion {
  return node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression' || node.type === 'TSNonNullExpression' || node.type === 'TSTypeAssertion';
}

/** Strips TS casts around a literal or a collection (`[…] as const`, `(131047 as number)`). */
export function unwrapTypeCasts(start: TSESTree.Node): TSESTree.Node {
  let node = start;
  while (isTypeWrapper(node)) node = node.expression;
  return node;
}

/** The outermost node whose value is `node`'s, through the TS casts around it. */
export function outermostCast(start: TSESTree.Node): TSESTree.Node {
  let node = start;
  while (node.parent && isTypeWrapper(node.parent) && node.parent.expression === node) node = node.parent;
  return node;
}

/** `Number`, `String`, `Number.parseInt`: the name of a callee that is an identifier or `a.b`. */
export function calleeName(callee: TSESTree.Node): string | undefined {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.object.type === 'Identifier' && callee.property.type === 'Identifier') {
    return `${callee.object.name}.${callee.property.name}`;
  }
  return undefined;
}

/** The name of a non-computed property, or of a computed one written as a string literal. */
export function propertyName(node: TSESTree.MemberExpression | TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition): string | undefined {
  const key = node.type === 'MemberExpression' ? node.property : node.key;
  if (!node.computed) return key.type === 'Identifier' || key.type === 'PrivateIdentifier' ? key.name : key.type === 'Literal' ? String(key.value) : undefined;
  return key.type === 'Literal' && typeof key.value === 'string' ? key.value : undefined;
}

/** The last name of an identifier or member access (`a.b.code`, `a?.['code']`), if it has one. */
export function lastName(node: TSESTree.Node): string | undefined {
  if (node.type === 'Identifier') return node.name;
  return node.type === 'MemberExpression' ? propertyName(node) : undefined;
}

/** The names along a member chain, outermost last: `err.response?.data.error.code` → err response data error code; `errors[0]` gives `0`. */
export function memberPath(start: TSESTree.Node): string[] | undefined {
  const names: string[] = [];
  let node: TSESTree.Node = start;
  for (;;) {
    if (node.type === 'ChainExpression' || isTypeWrapper(node)) {
      node = node.expression;
      continue;
    }
    if (node.type === 'Identifier' || node.type === 'ThisExpression') {
      names.push(node.type === 'Identifier' ? node.name : 'this');
      return names.reverse();
    }
    if (node.type !== 'MemberExpression') return undefined;
    const name = propertyName(node) ?? (node.property.type === 'Literal' ? String(node.property.value) : undefined);
    if (name === undefined) return undefined;
    names.push(name);
    node = node.object;
  }
}

/** The identifier (or `this`) a member chain starts from: `err` of `err.response?.data.error.code`. */
export function memberRoot(start: TSESTree.Node): TSESTree.Node | undefined {
  let node: TSESTree.Node = start;
  for (;;) {
    if (node.type === 'ChainExpression' || isTypeWrapper(node)) node = node.expression;
    else if (node.type === 'MemberExpression') node = node.object;
    else return node.type === 'Identifier' || node.type === 'ThisExpression' ? node : undefined;
  }
}

/**
 * The outermost `||`/`&&` a comparison is a term of (itself when it is no term of one). `memo`
 * (one per file) remembers the root of every chain node walked past: a long chain is climbed
 * once, not once per term.
 */
export function chainRoot(expression: TSESTree.Node, memo: Map<TSESTree.Node, TSESTree.Node>): TSESTree.Node {
  const walked: TSESTree.Node[] = [];
  let root = expression;
  while (root.parent?.type === 'LogicalExpression') {
    const known = memo.get(root.parent);
    if (known) {
      root = known;
      break;
    }
    root = root.parent;
    walked.push(root);
  }
  for (const node of walked) memo.set(node, root);
  return root;
}

/** The function (or the program) whose body a node is in. */
export function enclosingFunction(start: TSESTree.Node): TSESTree.Node {
  let node: TSESTree.Node | undefined = start.parent;
  while (node && node.type !== 'FunctionDeclaration' && node.type !== 'FunctionExpression' && node.type !== 'ArrowFunctionExpression' && node.type !== 'Program') node = node.parent;
  return node ?? start;
}

/** The statement list a node is an element of, and its index there (the body of a block, program or case). */
export function statementSlot(node: TSESTree.Node): { readonly list: readonly TSESTree.Node[]; readonly index: number } | undefined {
  const parent = node.parent;
  if (!parent) return undefined;
  const list: readonly TSESTree.Node[] | undefined =
    parent.type === 'BlockStatement' || parent.type === 'Program' || parent.type === 'StaticBlock' ? parent.body : parent.type === 'SwitchCase' ? parent.consequent : undefined;
  if (!list) return undefined;
  const index = list.indexOf(node);
  return index === -1 ? undefined : { list, index };
}

/** The type checker of a file that has type information, and the type of a node, each asked of the checker once. */
export interface TypeServices {
  readonly checker: TypeChecker;
  typeOf(node: TSESTree.Node): Type;
  /** Whether a type is `undefined` or `null`: read from its flags, since printing a type costs far more than the question. */
  isNullish(type: Type): boolean;
}

/**
 * The file's type services, shared by the analysis, the category sides and the rules: the code
 * sides and the category sides often ask about the same discriminant (`switch (reason)`), and a
 * checker question costs type checking, so each node's type is asked once per file. `undefined`
 * without type information (plain JavaScript, TypeScript without `projectService`). Per lint (its
 * `SourceCode`), like the analysis: a `Program` node can outlive one lint in a caching parser.
 */
export const typeServicesOf: (sourceCode: Readonly<TSESLint.SourceCode>) => TypeServices | undefined = perFile((sourceCode) => {
  const services = sourceCode.parserServices;
  const tsProgram = services?.program;
  const nodeMap = services?.esTreeNodeToTSNodeMap;
  if (!tsProgram || !nodeMap) return undefined;
  const checker = tsProgram.getTypeChecker();
  const types = new Map<TSESTree.Node, Type>();
  const nullishFlags = nullishFlagsOf(checker);
  return {
    checker,
    typeOf(node) {
      let type = types.get(node);
      if (!type) types.set(node, (type = checker.getTypeAtLocation(nodeMap.get(node))));
      return type;
    },
    isNullish:
      nullishFlags === undefined
        ? (type) => {
            const text = checker.typeToString(type);
            return text === 'undefined' || text === 'null';
          }
        : (type) => (type.flags & nullishFlags) !== 0 && (type.flags & ~nullishFlags) === 0,
  };
});

/**
 * The flags of `undefined` and `null`, taken from the checker's own types: their values differ
 * between TypeScript versions (6.0 renumbered them), so they are never written here. `undefined`
 * when the checker does not offer those types (TypeScript before they were public).
 */
function nullishFlagsOf(checker: TypeChecker): number | undefined {
  const typed = checker as Partial<Pick<TypeChecker, 'getUndefinedType' | 'getNullType'>>;
  if (typeof typed.getUndefinedType !== 'function' || typeof typed.getNullType !== 'function') return undefined;
  return typed.getUndefinedType().flags | typed.getNullType().flags;
}
