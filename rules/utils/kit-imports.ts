/**
 * "Is this name the kit's export?": follows an identifier (or `kit.name`) to its import or
 * `require` of the package, under any local alias. Rules use it to recognise `categoryOf`,
 * `describeErrorCode`, `ErrorCategory` and `WhatsAppErrorCode` without type information.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable } from './scope.js';

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
  const variable = findVariable(context.sourceCode.getScope(identifier), identifier);
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
