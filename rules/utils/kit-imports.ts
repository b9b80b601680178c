/**
 * "Is this name the kit's export?": follows an identifier (or `kit.name`) to its import or
 * `require` of the package, under any local alias. Rules use it to recognise `categoryOf`,
 * `describeErrorCode`, `ErrorCategory` and `WhatsAppErrorCode` without type information.
 */
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

export const KIT_MODULE = 'whatsapp-error-codes';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export function isRequireOf(node: TSESTree.Node | null | undefined, source: string): boolean {
  return (
    node?.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'require' &&
    node.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    node.arguments[0].value === source
  );
}

function propertyKeyName(key: TSESTree.Node): string | undefined {
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  return key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : undefined;
}

/** What a local name is bound to: a named export of the package, the whole package (namespace), or nothing. */
export type KitBinding = { readonly kind: 'export'; readonly name: string } | { readonly kind: 'namespace' } | undefined;

export function kitBindingOf(context: Context, identifier: TSESTree.Identifier, source = KIT_MODULE): KitBinding {
  const variable = ASTUtils.findVariable(context.sourceCode.getScope(identifier), identifier);
  for (const definition of variable?.defs ?? []) {
    const node = definition.node;
    if (node.type === AST_NODE_TYPES.ImportSpecifier && node.parent.type === AST_NODE_TYPES.ImportDeclaration && node.parent.source.value === source) {
      return { kind: 'export', name: propertyKeyName(node.imported)! };
    }
    if (node.type === AST_NODE_TYPES.ImportNamespaceSpecifier && node.parent.type === AST_NODE_TYPES.ImportDeclaration && node.parent.source.value === source) {
      return { kind: 'namespace' };
    }
    if (node.type === AST_NODE_TYPES.VariableDeclarator && isRequireOf(node.init, source)) {
      if (node.id.type === AST_NODE_TYPES.Identifier) return { kind: 'namespace' };
      if (node.id.type === AST_NODE_TYPES.ObjectPattern) {
        for (const property of node.id.properties) {
          if (property.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.Identifier && property.value.name === identifier.name) {
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
  if (node.type === AST_NODE_TYPES.Identifier) {
    const binding = kitBindingOf(context, node, source);
    return binding?.kind === 'export' ? binding.name : undefined;
  }
  const [object, property] =
    node.type === AST_NODE_TYPES.MemberExpression && !node.computed
      ? [node.object, node.property]
      : node.type === AST_NODE_TYPES.TSQualifiedName
        ? [node.left, node.right]
        : [undefined, undefined];
  if (object?.type !== AST_NODE_TYPES.Identifier || property?.type !== AST_NODE_TYPES.Identifier) return undefined;
  return kitBindingOf(context, object, source)?.kind === 'namespace' ? property.name : undefined;
}
