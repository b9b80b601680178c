/**
 * "Is this name the kit's export?": follows an identifier (or `kit.name`) to its import or
 * `require` of the package, under any local alias. Rules use it to recognise `categoryOf`,
 * `describeErrorCode`, `ErrorCategory` and `WhatsAppErrorCode` without type information.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable, scopeAt } from './scope.js';

export const KIT_MODULE = 'whatsapp-error-codes';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export function isRequireOf(node: TSESTree.Node | null | undefined, source: string): boolean {
  return (
    node?.type === 'CallExpression' &&
    node.callee.type === 'Identifier' &&
    node.callee.name === 'require' &&
    node.arguments[0]?.type === 'Literal' &&
    node.arguments[0].value === source
  );
}

function propertyKeyName(key: TSESTree.Node): string | undefined {
  if (key.type === 'Identifier') return key.name;
  return key.type === 'Literal' && typeof key.value === 'string' ? key.value : undefined;
}

/** What a local name is bound to: a named export of the package, the whole package (namespace), or nothing. */
export type KitBinding = { readonly kind: 'export'; readonly name: string } | { readonly kind: 'namespace' } | undefined;

export function kitBindingOf(context: Context, identifier: TSESTree.Identifier, source = KIT_MODULE): KitBinding {
  const variable = findVariable(scopeAt(context.sourceCode, identifier), identifier);
  for (const definition of variable?.defs ?? []) {
    const node = definition.node;
    if (node.type === 'ImportSpecifier' && node.parent.type === 'ImportDeclaration' && node.parent.source.value === source) {
      return { kind: 'export', name: propertyKeyName(node.imported)! };
    }
    if (node.type === 'ImportNamespaceSpecifier' && node.parent.type === 'ImportDeclaration' && node.parent.source.value === source) {
      return { kind: 'namespace' };
    }
    if (node.type === 'VariableDeclarator' && isRequireOf(node.init, source)) {
      if (node.id.type === 'Identifier') return { kind: 'namespace' };
      if (node.id.type === 'ObjectPattern') {
        for (const property of node.id.properties) {
          if (property.type === 'Property' && property.value.type === 'Identifier' && property.value.name === identifier.name) {
            const name = propertyKeyName(property.key);
            return name === undefined ? undefined : { kind: 'export', name };
          }
        }
      }
    }
  }
  return undefined;
}

/**
 * The kit export that `node` names: `categoryOf` (imported under any alias), `kit.categoryOf`
 * (namespace import or `require`), or in type positions `ErrorCategory` / `kit.ErrorCategory`.
 */
export function kitExportName(context: Context, node: TSESTree.Node, source = KIT_MODULE): string | undefined {
  if (node.type === 'Identifier') {
    const binding = kitBindingOf(context, node, source);
    return binding?.kind === 'export' ? binding.name : undefined;
  }
  const [object, property] =
    node.type === 'MemberExpression' && !node.computed
      ? [node.object, node.property]
      : node.type === 'TSQualifiedName'
        ? [node.left, node.right]
        : [undefined, undefined];
  if (object?.type !== 'Identifier' || property?.type !== 'Identifier') return undefined;
  return kitBindingOf(context, object, source)?.kind === 'namespace' ? property.name : undefined;
}

/** A use of one of the kit's constants: `WhatsAppErrorCode.RATE_LIMIT_HIT` (under any alias, or through a namespace). */
export interface ConstantUse {
  readonly node: TSESTree.MemberExpression;
  /** `WhatsAppErrorCode` or `WhatsAppErrorSubcode`. */
  readonly object: 'WhatsAppErrorCode' | 'WhatsAppErrorSubcode';
  readonly name: string;
}

const CONSTANT_OBJECTS = new Set(['WhatsAppErrorCode', 'WhatsAppErrorSubcode']);

/**
 * Every `WhatsAppErrorCode.NAME` and `WhatsAppErrorSubcode.NAME` of the file, found from the
 * kit's imports and requires through scope analysis: no listener on member expressions, the
 * most common node there is.
 */
export function kitConstantUses(context: Context, source = KIT_MODULE): ConstantUse[] {
  const sourceCode = context.sourceCode;
  const uses: ConstantUse[] = [];
  const push = (member: TSESTree.Node | undefined, object: string): void => {
    if (member?.type !== 'MemberExpression' || member.computed || member.property.type !== 'Identifier' || !CONSTANT_OBJECTS.has(object)) return;
    uses.push({ node: member, object: object as ConstantUse['object'], name: member.property.name });
  };
  const visit = (variable: TSESLint.Scope.Variable | undefined, namespace: boolean, exported?: string): void => {
    for (const reference of variable?.references ?? []) {
      if (reference.init) continue;
      const parent = reference.identifier.parent;
      if (parent?.type !== 'MemberExpression' || parent.object !== reference.identifier) continue;
      if (!namespace) push(parent, exported ?? '');
      else if (!parent.computed && parent.property.type === 'Identifier') push(parent.parent, parent.property.name);
    }
  };
  for (const statement of sourceCode.ast.body) {
    if (statement.type === 'ImportDeclaration' && statement.source.value === source && statement.importKind !== 'type') {
      for (const specifier of statement.specifiers) {
        const [variable] = sourceCode.getDeclaredVariables(specifier);
        if (specifier.type === 'ImportSpecifier' && specifier.importKind !== 'type') visit(variable, false, propertyKeyName(specifier.imported));
        else if (specifier.type === 'ImportNamespaceSpecifier') visit(variable, true);
      }
    }
    if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        if (!isRequireOf(declarator.init, source)) continue;
        if (declarator.id.type === 'Identifier') visit(sourceCode.getDeclaredVariables(declarator)[0], true);
        else if (declarator.id.type === 'ObjectPattern') {
          for (const property of declarator.id.properties) {
            if (property.type !== 'Property' || property.value.type !== 'Identifier') continue;
            const variable = sourceCode.getDeclaredVariables(declarator).find((candidate) => candidate.name === (property.value as TSESTree.Identifier).name);
            visit(variable, false, propertyKeyName(property.key));
          }
        }
      }
    }
  }
  return uses;
}
