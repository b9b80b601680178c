/**
 * "Is this name the kit's export?": follows an identifier (or `kit.name`) to its import or
 * `require` of the package, under any local alias. Rules use it to recognise `categoryOf`,
 * `describeErrorCode`, `ErrorCategory` and `WhatsAppErrorCode` without type information.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable, scopeAt } from './scope.js';
import { KIT_MODULE, mentionsKit } from './whatsapp-mentions.js';

export { KIT_MODULE, mentionsKit };

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
  // Only an import or a `require` naming the module binds to it: a file that never names it needs no scope walk.
  if (source === KIT_MODULE && !mentionsKit(context.sourceCode)) return undefined;
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

/** A binding the file's import or `require` of the kit makes: the export it names, or the whole package. */
interface KitVariable {
  readonly variable: TSESLint.Scope.Variable | undefined;
  /** The export's name; `undefined` for a namespace (`import * as kit`, `const kit = require(…)`). */
  readonly exported: string | undefined;
  /** `import type { … }`, `import { type … }`: names a type, never a value. */
  readonly typeOnly: boolean;
}

function kitVariables(context: Context, source: string): KitVariable[] {
  const sourceCode = context.sourceCode;
  const variables: KitVariable[] = [];
  if (source === KIT_MODULE && !mentionsKit(sourceCode)) return variables;
  for (const statement of sourceCode.ast.body) {
    if (statement.type === 'ImportDeclaration' && statement.source.value === source) {
      for (const specifier of statement.specifiers) {
        const [variable] = sourceCode.getDeclaredVariables(specifier);
        const typeOnly = statement.importKind === 'type' || (specifier.type === 'ImportSpecifier' && specifier.importKind === 'type');
        if (specifier.type === 'ImportSpecifier') variables.push({ variable, exported: propertyKeyName(specifier.imported), typeOnly });
        else if (specifier.type === 'ImportNamespaceSpecifier') variables.push({ variable, exported: undefined, typeOnly });
      }
    }
    if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        if (!isRequireOf(declarator.init, source)) continue;
        if (declarator.id.type === 'Identifier') variables.push({ variable: sourceCode.getDeclaredVariables(declarator)[0], exported: undefined, typeOnly: false });
        else if (declarator.id.type === 'ObjectPattern') {
          for (const property of declarator.id.properties) {
            if (property.type !== 'Property' || property.value.type !== 'Identifier') continue;
            const variable = sourceCode.getDeclaredVariables(declarator).find((candidate) => candidate.name === (property.value as TSESTree.Identifier).name);
            variables.push({ variable, exported: propertyKeyName(property.key), typeOnly: false });
          }
        }
      }
    }
  }
  return variables;
}

/**
 * Every `WhatsAppErrorCode.NAME` and `WhatsAppErrorSubcode.NAME` of the file, found from the
 * kit's imports and requires through scope analysis: no listener on member expressions, the
 * most common node there is.
 */
export function kitConstantUses(context: Context, source = KIT_MODULE): ConstantUse[] {
  const uses: ConstantUse[] = [];
  const push = (member: TSESTree.Node | undefined, object: string): void => {
    if (member?.type !== 'MemberExpression' || member.computed || member.property.type !== 'Identifier' || !CONSTANT_OBJECTS.has(object)) return;
    uses.push({ node: member, object: object as ConstantUse['object'], name: member.property.name });
  };
  for (const { variable, exported, typeOnly } of kitVariables(context, source)) {
    if (typeOnly) continue;
    for (const reference of variable?.references ?? []) {
      if (reference.init) continue;
      const parent = reference.identifier.parent;
      if (parent?.type !== 'MemberExpression' || parent.object !== reference.identifier) continue;
      if (exported !== undefined) push(parent, exported);
      else if (!parent.computed && parent.property.type === 'Identifier') push(parent.parent, parent.property.name);
    }
  }
  return uses;
}

/** Every place the file names one of the kit's exports, as a value or as a type (`code: LooseWhatsAppErrorCode`). */
export function kitReferences(context: Context, source = KIT_MODULE): TSESTree.Node[] {
  const references: TSESTree.Node[] = [];
  for (const { variable } of kitVariables(context, source)) for (const reference of variable?.references ?? []) references.push(reference.identifier);
  return references;
}
