/**
 * "Does this expression hold a WhatsApp error category, and which categories can it be?", without
 * type information first: an expression is a category side when it is `categoryOf(…)` or
 * `describeErrorCode(…)?.category` from the kit (or `.category` of a `WhatsAppApiError`), a local
 * `const` (or never-reassigned `let`) initialised from one, or a parameter, field or property
 * whose annotation is the kit's `ErrorCategory` or `CategoryOf<…>`. A fallback after `??` or `||`
 * (`categoryOf(c) ?? 'unknown'`) is looked through, and its label remembered: a `case 'unknown':`
 * handles the fallback, not a misspelled category.
 *
 * With type information, a union of category literals also counts when it names `ErrorCategory`
 * or holds all three; `'sender' | 'recipient'` alone may be a chat direction.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Type } from 'typescript';
import { ERROR_CATEGORIES, editDistance, type ErrorCategory } from 'whatsapp-error-codes';
import { isTypeWrapper, propertyName, type TypeServices, typeServicesOf } from './ast.js';
import { unwrapCodeSide } from './code-sides.js';
import { kitExportName, mentionsKit } from './kit-imports.js';
import { findVariable, scopeAt } from './scope.js';

/** The kit's name for the category union: a type so named is a category type whoever declares it. */
export const CATEGORY_TYPE_NAME = 'ErrorCategory';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** `all`: every category; a list: the categories a narrower kit type allows; `derived`: built from the kit's type, only type information can tell. */
export type CategoryProvenance = { readonly categories: readonly ErrorCategory[] } | 'derived' | undefined;

const ALL: CategoryProvenance = { categories: ERROR_CATEGORIES };
const CATEGORY_SET = new Set<string>(ERROR_CATEGORIES);
const CATEGORIES: readonly ErrorCategory[] = [...ERROR_CATEGORIES];
/** How many edits a label may be from a category and still be meant as one. */
const NEAR_CATEGORY = 3;

/** The kit's code types whose category is known from the name alone: `CategoryOf<SenderErrorCode>` is `'sender'`. */
const CODE_TYPE_CATEGORIES: ReadonlyMap<string, readonly ErrorCategory[]> = new Map<string, readonly ErrorCategory[]>([
  ['WhatsAppErrorCode', ERROR_CATEGORIES],
  ['LooseWhatsAppErrorCode', ERROR_CATEGORIES],
  ['SenderErrorCode', ['sender']],
  ['RecipientErrorCode', ['recipient']],
  ['PlatformErrorCode', ['platform']],
]);

/** How far `const a = b; const b = categoryOf(c)` is followed. */
const MAX_ALIAS_DEPTH = 4;

export interface CategorySides {
  /** The categories a switch over `node` must handle, or `undefined` when `node` holds no category. */
  requiredCategories(node: TSESTree.Node): readonly ErrorCategory[] | undefined;
  /** The labels of fallbacks on the way to the category (`'unknown'` in `categoryOf(c) ?? 'unknown'`). */
  fallbackLabels(node: TSESTree.Node): ReadonlySet<string>;
  /** With type information: the single category a `case` label's type is, if it is one. */
  categoryOfLabel(node: TSESTree.Node): ErrorCategory | undefined | 'unevaluated';
}

export function createCategorySides(context: Context): CategorySides {
  const sourceCode = context.sourceCode;
  const fieldProvenances = new Map<TSESTree.ClassBody, Map<string, CategoryProvenance>>();

  function variableOf(identifier: TSESTree.Identifier): TSESLint.Scope.Variable | null {
    return findVariable(scopeAt(sourceCode, identifier), identifier);
  }

  /** The categories an annotation allows: `ErrorCategory`, `CategoryOf<SenderErrorCode>`, `ErrorCategory | undefined`. */
  function annotationProvenance(type: TSESTree.TypeNode | undefined): CategoryProvenance {
    if (!type) return undefined;
    if (type.type === 'TSUnionType') {
      const meaningful = type.types.filter((member) => member.type !== 'TSUndefinedKeyword' && member.type !== 'TSNullKeyword');
      if (meaningful.length === 1) return annotationProvenance(meaningful[0]);
      return meaningful.some((member) => annotationProvenance(member) !== undefined) ? 'derived' : undefined;
    }
    if (type.type !== 'TSTypeReference') return undefined;
    const name = kitExportName(context, type.typeName);
    if (name === CATEGORY_TYPE_NAME) return ALL;
    if (name === 'CategoryOf') {
      const argument = type.typeArguments?.params[0];
      const argumentName = argument?.type === 'TSTypeReference' ? kitExportName(context, argument.typeName) : undefined;
      const categories = argumentName === undefined ? undefined : CODE_TYPE_CATEGORIES.get(argumentName);
      return categories ? { categories } : 'derived';
    }
    return type.typeArguments?.params.some((argument) => annotationProvenance(argument) !== undefined) ? 'derived' : undefined;
  }

  /**
   * The annotation of property `name` in an object type: a type literal (`{ category: ErrorCategory }`),
   * or an interface or type alias of the file that declares it (`e: Failure` where
   * `interface Failure { category: ErrorCategory }`), through one level of `extends` or alias.
   */
  function propertyAnnotation(type: TSESTree.TypeNode | undefined, name: string, depth = 0): TSESTree.TypeNode | undefined {
    if (type?.type === 'TSTypeLiteral') return memberAnnotation(type.members, name);
    if (type?.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier' || depth > 1) return undefined;
    const declaration = findVariable(scopeAt(sourceCode, type.typeName), type.typeName)?.defs[0]?.node;
    if (declaration?.type === 'TSInterfaceDeclaration') {
      const own = memberAnnotation(declaration.body.body, name);
      if (own) return own;
      for (const heritage of declaration.extends) {
        if (heritage.expression.type !== 'Identifier') continue;
        const inherited = propertyAnnotation({ type: 'TSTypeReference', typeName: heritage.expression } as TSESTree.TSTypeReference, name, depth + 1);
        if (inherited) return inherited;
      }
      return undefined;
    }
    return declaration?.type === 'TSTypeAliasDeclaration' ? propertyAnnotation(declaration.typeAnnotation, name, depth + 1) : undefined;
  }

  function memberAnnotation(members: readonly TSESTree.TypeElement[], name: string): TSESTree.TypeNode | undefined {
    for (const member of members) {
      if (member.type === 'TSPropertySignature' && !member.computed && member.key.type === 'Identifier' && member.key.name === name) return member.typeAnnotation?.typeAnnotation;
    }
    return undefined;
  }

  function isKitCall(node: TSESTree.Node | null | undefined, name: string): boolean {
    const inner = node && unwrapCodeSide(node);
    return inner?.type === 'CallExpression' && kitExportName(context, inner.callee) === name;
  }

  /** `describeErrorCode(c)`, `WhatsAppApiError.from(…)`, `new WhatsAppApiError(…)`: something whose `.category` is the kit's. */
  function hasKitCategory(node: TSESTree.Node, depth: number): boolean {
    let inner = unwrapCodeSide(node);
    // `describeErrorCode(code) ?? {}`: destructured with a fallback for an unknown code.
    while (inner.type === 'LogicalExpression' && (inner.operator === '??' || inner.operator === '||') && inner.right.type === 'ObjectExpression' && inner.right.properties.length === 0) inner = unwrapCodeSide(inner.left);
    if (isKitCall(inner, 'describeErrorCode') || isKitCall(inner, 'describeError')) return true;
    if (inner.type === 'NewExpression' && kitExportName(context, inner.callee) === 'WhatsAppApiError') return true;
    if (inner.type === 'CallExpression' && inner.callee.type === 'MemberExpression' && kitExportName(context, inner.callee.object) === 'WhatsAppApiError') {
      const method = propertyName(inner.callee);
      return method === 'from' || method === 'fromResponse';
    }
    if (inner.type === 'AwaitExpression') return hasKitCategory(inner.argument, depth);
    if (inner.type !== 'Identifier' || depth > MAX_ALIAS_DEPTH) return false;
    const init = singleInitialiser(inner);
    return init !== undefined && hasKitCategory(init, depth + 1);
  }

  /** The initialiser of a local that is written only where it is declared. */
  function singleInitialiser(identifier: TSESTree.Identifier): TSESTree.Node | undefined {
    const variable = variableOf(identifier);
    if (!variable || variable.defs.length !== 1) return undefined;
    const definition = variable.defs[0]!;
    if (definition.type !== 'Variable' || definition.node.id.type !== 'Identifier' || !definition.node.init) return undefined;
    if (!variable.references.every((reference) => !reference.isWrite() || reference.init === true)) return undefined;
    return definition.node.init;
  }

  /** An identifier's categories: its annotation, a `{ category }` destructured from the kit, or the category side it copies. */
  function declaredProvenance(identifier: TSESTree.Identifier, depth: number): CategoryProvenance {
    const variable = variableOf(identifier);
    for (const definition of variable?.defs ?? []) {
      const declared = definition.name;
      const annotated = declared.type === 'Identifier' ? annotationProvenance(declared.typeAnnotation?.typeAnnotation) : undefined;
      if (annotated) return annotated;
      // `{ category }: { category: ErrorCategory }` and `const { category } = describeErrorCode(code)!`
      const property = declared.parent?.type === 'AssignmentPattern' ? declared.parent.parent : declared.parent;
      const pattern = property?.parent;
      if (property?.type === 'Property' && pattern?.type === 'ObjectPattern' && property.key.type === 'Identifier') {
        const fromPattern = annotationProvenance(propertyAnnotation(pattern.typeAnnotation?.typeAnnotation, property.key.name));
        if (fromPattern) return fromPattern;
        if (property.key.name === 'category' && pattern.parent?.type === 'VariableDeclarator' && pattern.parent.init && hasKitCategory(pattern.parent.init, depth)) return ALL;
      }
    }
    const init = depth < MAX_ALIAS_DEPTH ? singleInitialiser(identifier) : undefined;
    return init === undefined ? undefined : provenance(init, depth + 1);
  }

  /** `this.category` (or `Failure.category` inside or outside class `Failure`) of a field or parameter property annotated with a kit type. */
  function fieldProvenance(member: TSESTree.MemberExpression, classBody: TSESTree.ClassBody | undefined): CategoryProvenance {
    const name = propertyName(member);
    if (name === undefined) return undefined;
    let node: TSESTree.Node | undefined = classBody;
    if (!node) {
      node = member.parent;
      while (node && node.type !== 'ClassBody') node = node.parent;
    }
    if (!node) return undefined;
    // Remembered per class and name: a class whose methods all switch over `this.category` is walked once.
    let fields = fieldProvenances.get(node);
    if (!fields) fieldProvenances.set(node, (fields = new Map()));
    const key = `${classBody ? 'static' : 'this'} ${name}`;
    if (fields.has(key)) return fields.get(key);
    let found: CategoryProvenance;
    for (const element of node.body) {
      if (element.type === 'PropertyDefinition' && !element.computed && propertyName(element) === name && (!classBody || element.static)) {
        found = annotationProvenance(element.typeAnnotation?.typeAnnotation);
        break;
      }
      if (element.type === 'MethodDefinition' && element.kind === 'constructor' && !classBody) {
        const param = element.value.params.find((item) => item.type === 'TSParameterProperty' && item.parameter.type === 'Identifier' && item.parameter.name === name);
        if (param?.type === 'TSParameterProperty') {
          found = annotationProvenance((param.parameter as TSESTree.Identifier).typeAnnotation?.typeAnnotation);
          break;
        }
      }
    }
    fields.set(key, found);
    return found;
  }

  /** `e.category` where `e` is annotated `{ category: ErrorCategory }`, or holds something of the kit's. */
  function memberProvenance(member: TSESTree.MemberExpression, depth: number): CategoryProvenance {
    if (member.object.type === 'ThisExpression') return fieldProvenance(member, undefined);
    const name = propertyName(member);
    if (name === 'category' && hasKitCategory(member.object, depth)) return ALL;
    if (name === undefined || member.object.type !== 'Identifier') return undefined;
    const variable = variableOf(member.object);
    for (const definition of variable?.defs ?? []) {
      // `Failure.category`: a static field of a class of the file.
      if (definition.type === 'ClassName' && (definition.node.type === 'ClassDeclaration' || definition.node.type === 'ClassExpression')) return fieldProvenance(member, definition.node.body);
      const declared = definition.name;
      if (declared.type !== 'Identifier') continue;
      const fromType = annotationProvenance(propertyAnnotation(declared.typeAnnotation?.typeAnnotation, name));
      if (fromType) return fromType;
    }
    return undefined;
  }

  function provenance(start: TSESTree.Node, depth: number): CategoryProvenance {
    let node = start;
    // `x as ErrorCategory` claims the kit's type; other wrappers are looked through.
    while (isTypeWrapper(node)) {
      if (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression' || node.type === 'TSTypeAssertion') {
        const claimed = annotationProvenance(node.typeAnnotation);
        if (claimed) return claimed;
      }
      node = node.expression;
    }
    const core = unwrapCodeSide(node);
    if (isKitCall(core, 'categoryOf')) return ALL;
    if (core.type === 'MemberExpression') return memberProvenance(core, depth);
    return core.type === 'Identifier' ? declaredProvenance(core, depth) : undefined;
  }

  /** The category literals of a type made only of them (`undefined`/`null` aside), and whether it names `ErrorCategory`. */
  function categoriesOfType(type: Type, types: TypeServices): { categories: ErrorCategory[]; namesErrorCategory: boolean } | undefined {
    const parts = type.isUnion() ? type.types : [type];
    const categories: ErrorCategory[] = [];
    for (const part of parts) {
      if (part.isStringLiteral() && CATEGORY_SET.has(part.value)) categories.push(part.value as ErrorCategory);
      // A literal type (`'order/created'`, `404`) is never undefined or null: decided without printing it.
      else if (part.isLiteral() || !types.isNullish(part)) return undefined;
    }
    if (categories.length === 0) return undefined;
    const named = (candidate: Type | undefined): boolean =>
      candidate?.aliasSymbol?.escapedName === CATEGORY_TYPE_NAME || (candidate?.aliasTypeArguments ?? []).some((argument) => named(argument));
    return { categories: ERROR_CATEGORIES.filter((category) => categories.includes(category)), namesErrorCategory: named(type) };
  }

  function fallbackLabels(start: TSESTree.Node): ReadonlySet<string> {
    const labels = new Set<string>();
    let node: TSESTree.Node | undefined = start;
    for (let depth = 0; node && depth <= MAX_ALIAS_DEPTH; depth++) {
      while (isTypeWrapper(node) || node.type === 'ChainExpression') node = node.expression;
      if (node.type === 'LogicalExpression' && (node.operator === '??' || node.operator === '||')) {
        if (node.right.type === 'Literal' && typeof node.right.value === 'string') labels.add(node.right.value);
        node = node.left;
        continue;
      }
      node = node.type === 'Identifier' ? singleInitialiser(node) : undefined;
    }
    return labels;
  }

  return {
    requiredCategories(discriminant) {
      // Every way to a category but a type goes through a name of the kit: a file that never names it has only types.
      const fromKit = mentionsKit(sourceCode) ? provenance(discriminant, 0) : undefined;
      // A switch none of whose labels is or resembles a category (`case 'ADD':`, `case 404:`) is
      // over something else: the checker is not asked, which is most of a typed lint's switches.
      const types = typeServicesOf(sourceCode);
      const typed = types && (fromKit !== undefined || mayLabelCategories(discriminant.parent)) ? categoriesOfType(types.typeOf(discriminant), types) : undefined;
      // A union of category names only counts when it comes from the kit: `'sender' | 'recipient'` may be a chat direction.
      if (typed && (fromKit || typed.namesErrorCategory || typed.categories.length === ERROR_CATEGORIES.length)) return typed.categories;
      return fromKit === 'derived' ? undefined : fromKit?.categories;
    },
    fallbackLabels,
    categoryOfLabel(test) {
      const types = typeServicesOf(sourceCode);
      if (!types) return 'unevaluated';
      const typed = categoriesOfType(types.typeOf(test), types);
      return typed?.categories.length === 1 ? typed.categories[0] : 'unevaluated';
    },
  };
}

/**
 * Whether a switch may be over categories: it has no label, or a label is a category name or
 * near one (`'Sender'`), or something only the checker can read (`case Category.Sender:`).
 */
function mayLabelCategories(node: TSESTree.Node | undefined): boolean {
  if (node?.type !== 'SwitchStatement') return true;
  let labels = 0;
  for (const switchCase of node.cases) {
    const test = switchCase.test;
    if (!test) continue;
    labels++;
    if (test.type !== 'Literal' || (typeof test.value === 'string' && resemblesCategory(test.value))) return true;
  }
  return labels === 0;
}

/** A category or a misspelling of one that starts right (`'Sender'`, `'plattform'`): decided without a distance for most labels. */
function resemblesCategory(label: string): boolean {
  if (CATEGORY_SET.has(label)) return true;
  const first = label.charCodeAt(0) | 32;
  return (first === 115 || first === 114 || first === 112) && nearestCategory(label) !== undefined;
}

/** The nearest category to a label, if it is near enough to be meant (`'Sender'`, `'plattform'`). */
export function nearestCategory(label: string): ErrorCategory | undefined {
  const lower = label.toLowerCase().trim();
  let best: { category: ErrorCategory; distance: number } | undefined;
  for (const category of CATEGORIES) {
    // Lengths 4 apart are at least 4 edits apart: most labels are decided without a distance.
    if (Math.abs(lower.length - category.length) > NEAR_CATEGORY) continue;
    const distance = editDistance(lower, category, NEAR_CATEGORY);
    if (distance <= NEAR_CATEGORY && (!best || distance < best.distance)) best = { category, distance };
  }
  return best?.category;
}
