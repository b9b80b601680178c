/**
 * Keeping a collection's type when its number literals become constants.
 *
 * `[131026, 131047]` is a `number[]`: TypeScript widens the literals. `WhatsAppErrorCode.X` is
 * declared `readonly X: 131026`, a literal type that does not widen, so after the rewrite
 * `new Set([WhatsAppErrorCode.A, WhatsAppErrorCode.B])` is a `Set<131026 | 131047>` and
 * `PERMANENT.has(code)` with `code: number` fails (TS2345); so do a mutable array's `.includes`,
 * `Object.freeze([...])`, and `new Map([[131026, '…']])`'s `.get(code)`. Checked with `tsc --strict`:
 *
 * | shape (inferred type before)                | after the rewrite          | widening                              |
 * | :------------------------------------------ | :------------------------- | :------------------------------------ |
 * | `new Set([131026, 131047])` (`Set<number>`) | `Set<131026 \| 131047>`    | `new Set<number>([…])`                |
 * | `const L = [131026, 131047]` (`number[]`)   | `(131026 \| 131047)[]`     | `const L: number[] = […]`             |
 * | `static X = [131026]` (field, `number[]`)   | `131026[]`                 | `static X: number[] = […]`            |
 * | `[131026, 131047].includes(code)`           | TS2345                     | `([…] as number[]).includes(code)`    |
 * | `Object.freeze([131026])` (`readonly number[]`) | `readonly 131026[]`    | `Object.freeze<number[]>([…])`        |
 * | `new Map([[131026, 'a']])` (`Map<number, string>`) | `Map<131026, string>` | `new Map<number, string>([…])`     |
 * | `{ CODES: [131026] }` in an unannotated `const` | `{ CODES: 131026[] }`  | `{ CODES: […] as number[] }`          |
 *
 * A collection held in a `const` or `let` is widened only where the program reads it in a way the
 * narrower type could break: a member test or insertion (`.has`, `.includes`, `.indexOf`, `.add`,
 * `.push`, `.get`, `.set`, `.delete`) with an argument the literal types may not cover (a
 * `number`, or without type information anything but one of its own values), a write, an export,
 * or any other read (passed on, iterated, spread, `typeof`): widening restores the type exactly, so
 * where a use cannot be judged it is the safe choice. A collection that is never read that way
 * (unused, only `.size`/`.length`) keeps its literal types and the fix stays the literal.
 *
 * No widening is needed where the type does not come from the literals: `[…] as const` (a tuple
 * of literal types either way), any other `as`, an annotated holder (`const L: number[] = …`,
 * `Set<number>`, type arguments), an assignment to a declared target, a comparison or `case`, an
 * object key (`{ [X.A]: … }` has the key `131026` either way), and a collection that keeps a
 * number literal the rule does not rewrite (`[131026, 5]` stays `number[]`). Where the type
 * cannot be told without type information (an argument, a `return`, `satisfies`, elements of
 * unknown type), the rewrite is a suggestion; with type information, the contextual type decides.
 *
 * The widening goes with the rewrite of the collection's first rewritten literal, once: until
 * that literal is rewritten it is a number literal that keeps the type wide, and once it is, the
 * widening is in the text (the next pass reads `Set<number>` or `: number[]` and adds nothing).
 * JavaScript needs no widening; checked JavaScript (`// @ts-check`, `checkJs`) gets suggestions.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Node as TsNode, Type, TypeChecker } from 'typescript';
import { outermostCast, propertyName, unwrapTypeCasts, type CodeLiteralNode } from './ast.js';
import { isTypeScriptFile } from './fix-import.js';
import { kitExportName } from './kit-imports.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export type Widening =
  /** The collection's type does not change (or the literal is in no collection). */
  | { readonly kind: 'none' }
  /** `fixes` keep the type; they go with the rewrite of `carrier` only. */
  | { readonly kind: 'widen'; readonly carrier: TSESTree.Node; fixes(fixer: TSESLint.RuleFixer): TSESLint.RuleFix[] }
  /** The type could change and no widening is known to keep it: suggest, do not fix. */
  | { readonly kind: 'unsafe' };

export interface WideningOptions {
  /** The number literals the rule rewrites to constants. */
  readonly rewritten: ReadonlySet<TSESTree.Node>;
  /** Module the constants come from, and the names of their objects (`WhatsAppErrorCode`, `WhatsAppErrorSubcode`). */
  readonly importSource: string;
  readonly constantObjects: ReadonlySet<string>;
}

export interface WideningPlanner {
  /** What rewriting `literal` (an element of a collection, or not) does to the collection's type. */
  of(literal: CodeLiteralNode): Widening;
}

/** Methods whose first argument must be of the element (or key) type. */
const ELEMENT_ARGUMENT = new Set(['has', 'includes', 'indexOf', 'lastIndexOf', 'add', 'push', 'unshift', 'delete', 'get', 'set']);
/** Reads that do not see the element type. */
const TYPE_BLIND = new Set(['size', 'length']);

const NONE: Widening = { kind: 'none' };
const UNSAFE: Widening = { kind: 'unsafe' };

type Checked = 'typescript' | 'checked-js' | 'unchecked';

export function wideningPlanner(context: Context, options: WideningOptions): WideningPlanner {
  const checked = checkedAs(context);
  const sourceCode = context.sourceCode;
  const types = typeServices(context);
  const byCollection = new Map<TSESTree.Node, Widening>();

  /** How an element counts: a literal the rule rewrites, a literal type, a plain `number` (keeps the type wide), or unknown. */
  function elementKind(element: TSESTree.Node | null): 'rewritten' | 'literal' | 'number' | 'unknown' {
    if (!element) return 'unknown';
    if (element.type === 'SpreadElement') {
      if (!types) return 'unknown';
      const type = types.typeOf(element.argument).getNumberIndexType();
      return type ? typeKind(type, types.checker) : 'unknown';
    }
    if ((element.type === 'TSAsExpression' || element.type === 'TSTypeAssertion') && (element.typeAnnotation.type === 'TSNumberKeyword' || element.typeAnnotation.type === 'TSAnyKeyword')) return 'number';
    const core = element.type === 'TSAsExpression' || element.type === 'TSTypeAssertion' || element.type === 'TSNonNullExpression' ? unwrapTypeCasts(element) : element;
    if (core.type === 'Literal' && typeof core.value === 'number') return options.rewritten.has(core) ? 'rewritten' : 'number';
    if (core.type === 'UnaryExpression' && (core.operator === '-' || core.operator === '+') && core.argument.type === 'Literal' && typeof core.argument.value === 'number') return 'number';
    if (core.type === 'MemberExpression' && !core.computed && core.property.type === 'Identifier') {
      const object = kitExportName(context, core.object, options.importSource);
      if (object !== undefined && options.constantObjects.has(object)) return 'literal';
    }
    if (core.type === 'Identifier' && isNumberConstant(core)) return 'number';
    if (!types) return 'unknown';
    return typeKind(types.typeOf(core), types.checker);
  }

  /** `const LIMIT = 131047`: a widening literal type, `number` inside an array. */
  function isNumberConstant(identifier: TSESTree.Identifier): boolean {
    let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(identifier);
    for (; scope; scope = scope.upper) {
      const variable = scope.set.get(identifier.name);
      if (!variable) continue;
      const definition = variable.defs[0];
      const node = definition?.node;
      return (
        variable.defs.length === 1 &&
        node?.type === 'VariableDeclarator' &&
        node.id.type === 'Identifier' &&
        !node.id.typeAnnotation &&
        node.parent.kind === 'const' &&
        node.init?.type === 'Literal' &&
        typeof node.init.value === 'number'
      );
    }
    return false;
  }

  /** Combines the elements: a plain number keeps `number`; literal types need the widening; anything unknown makes it unsafe. */
  function elementsNeed(elements: readonly (TSESTree.Node | null)[]): 'none' | 'widen' | 'unsafe' {
    let unknown = false;
    let rewritten = false;
    for (const element of elements) {
      const kind = elementKind(element);
      if (kind === 'number') return 'none';
      if (kind === 'unknown') unknown = true;
      if (kind === 'rewritten') rewritten = true;
    }
    if (!rewritten) return 'none';
    return unknown ? 'unsafe' : 'widen';
  }

  function firstRewritten(nodes: readonly (TSESTree.Node | null)[]): TSESTree.Node | undefined {
    for (const node of nodes) {
      const core = node && node.type !== 'SpreadElement' ? unwrapTypeCasts(node) : undefined;
      if (core && options.rewritten.has(core)) return core;
    }
    return undefined;
  }

  /**
   * Where the elements leave the type unknown (a spread, an expression of unknown type), no widening can be written:
   * a collection that needs one gets a suggestion; one used where its type cannot matter is fixed as it is.
   */
  function ifWritable(placed: Widening, known: boolean): Widening {
    return !known && placed.kind === 'widen' ? UNSAFE : placed;
  }

  function forArray(array: TSESTree.ArrayExpression): Widening {
    const need = elementsNeed(array.elements);
    if (need === 'none') return NONE;
    const carrier = firstRewritten(array.elements);
    if (!carrier) return NONE;
    const known = need === 'widen';
    const arrayWrappers = wrappersOf(array);
    if (arrayWrappers === 'fixed') return NONE;
    if (arrayWrappers === 'unsafe') return UNSAFE;
    const outerArray = outermostCast(array);
    const parent = outerArray.parent;
    // `new Set([...])`, `Object.freeze([...])`: the type argument says the element type.
    if (parent?.type === 'NewExpression' && parent.arguments[0] === outerArray && parent.callee.type === 'Identifier' && parent.callee.name === 'Set') {
      if (parent.typeArguments) return NONE;
      return ifWritable(place(parent, carrier, { typeArgument: { after: parent.callee, text: '<number>' } }, array.elements), known);
    }
    if (parent?.type === 'CallExpression' && parent.arguments[0] === outerArray && parent.callee.type === 'MemberExpression' && isFreeze(parent.callee)) {
      if (parent.typeArguments) return NONE;
      return ifWritable(place(parent, carrier, { typeArgument: { after: parent.callee, text: '<number[]>' } }, array.elements), known);
    }
    return ifWritable(place(array, carrier, { array }, array.elements), known);
  }

  function forMap(entries: TSESTree.ArrayExpression, map: TSESTree.NewExpression): Widening {
    if (map.typeArguments) return NONE;
    const pairs: TSESTree.ArrayExpression[] = [];
    for (const element of entries.elements) {
      if (element?.type !== 'ArrayExpression' || element.elements.length !== 2) return UNSAFE;
      pairs.push(element);
    }
    const keys = pairs.map((pair) => pair.elements[0] ?? null);
    const need = elementsNeed(keys);
    if (need === 'none') return NONE;
    const carrier = firstRewritten(keys);
    if (!carrier) return NONE;
    const wrappers = wrappersOf(entries);
    if (wrappers !== 'free') return wrappers === 'fixed' ? NONE : UNSAFE;
    // Values of no one primitive type have no name to write in `Map<number, …>`.
    const valueType = commonValueType(pairs.map((pair) => pair.elements[1] ?? null));
    return ifWritable(place(map, carrier, { typeArgument: { after: map.callee, text: `<number, ${valueType ?? 'unknown'}>` } }, keys), need === 'widen' && valueType !== undefined);
  }

  /** `string` for `'…'` labels, `number`, `boolean`; with types, any one primitive. */
  function commonValueType(values: readonly (TSESTree.Node | null)[]): string | undefined {
    let common: string | undefined;
    for (const value of values) {
      let type: string | undefined;
      if (value?.type === 'Literal') type = typeof value.value === 'string' ? 'string' : typeof value.value === 'number' ? 'number' : typeof value.value === 'boolean' ? 'boolean' : undefined;
      else if (value?.type === 'TemplateLiteral') type = 'string';
      else if (value && value.type !== 'SpreadElement' && types) {
        const text = types.checker.typeToString(types.checker.getBaseTypeOfLiteralType(types.typeOf(value)));
        type = text === 'string' || text === 'number' || text === 'boolean' ? text : undefined;
      }
      if (type === undefined || (common !== undefined && common !== type)) return undefined;
      common = type;
    }
    return common;
  }

  type How = { readonly typeArgument: { readonly after: TSESTree.Node; readonly text: string } } | { readonly array: TSESTree.ArrayExpression };
  type Elements = readonly (TSESTree.Node | null)[];

  const valuesOf = new Map<Elements, Set<number> | undefined>();

  /** The number values the element (or key) type is made of after the rewrite, where every one is known; once per collection. */
  function elementValues(elements: Elements): Set<number> | undefined {
    if (valuesOf.has(elements)) return valuesOf.get(elements);
    const values = collectValues(elements);
    valuesOf.set(elements, values);
    return values;
  }

  function collectValues(elements: Elements): Set<number> | undefined {
    const values = new Set<number>();
    for (const element of elements) {
      if (!element || element.type === 'SpreadElement') return undefined;
      const core = unwrapTypeCasts(element);
      if (core.type === 'Literal' && typeof core.value === 'number') {
        values.add(core.value);
        continue;
      }
      if (!types) return undefined;
      const type = types.typeOf(core);
      for (const part of type.isUnion() ? type.types : [type]) {
        if (!part.isNumberLiteral()) return undefined;
        values.add(part.value);
      }
    }
    return values;
  }

  /** Whether an argument of `.has(…)`/`.push(…)` is sure to be of the literal element type: one of its values, `any`, or (typed) a union of them. */
  function fits(argument: TSESTree.Node | undefined, elements: Elements): boolean {
    if (!argument || argument.type === 'SpreadElement' || (!types && argument.type !== 'Literal')) return false;
    const values = elementValues(elements);
    if (!values) return false;
    if (argument.type === 'Literal') return typeof argument.value === 'number' && values.has(argument.value);
    if (!types) return false;
    const type = types.typeOf(argument);
    if (types.checker.typeToString(type) === 'any') return true;
    return (type.isUnion() ? type.types : [type]).every((part) => part.isNumberLiteral() && values.has(part.value));
  }

  /** Whether a read `X.name` or `X.name(…)` of the collection could break once its type is narrower. */
  function memberReadNeeds(member: TSESTree.MemberExpression, elements: Elements): boolean {
    const name = propertyName(member);
    if (name === undefined) return true;
    const call = member.parent;
    if (call?.type === 'CallExpression' && call.callee === member) return !ELEMENT_ARGUMENT.has(name) || !fits(call.arguments[0], elements);
    return !TYPE_BLIND.has(name);
  }

  /** The references to the variable a declarator makes, besides its initialiser; undefined where others may see it (an export, a script's global). */
  function localReferences(declarator: TSESTree.VariableDeclarator): TSESLint.Scope.Reference[] | undefined {
    if (declarator.id.type !== 'Identifier' || declarator.parent.parent?.type === 'ExportNamedDeclaration') return undefined;
    const [variable] = sourceCode.getDeclaredVariables(declarator);
    // A script's global is seen by other files, and its references here may be left unresolved.
    if (!variable || variable.scope.type === 'global') return undefined;
    return variable.references.filter((reference) => !reference.init);
  }

  /** Whether the program uses the variable a collection initialises where its narrower type could break (see the file's comment). */
  function readsNeed(declarator: TSESTree.VariableDeclarator, elements: Elements): boolean {
    const references = localReferences(declarator);
    if (!references) return true;
    return references.some((reference) => {
      const identifier = reference.identifier;
      const parent = identifier.parent;
      return reference.isWrite() || parent?.type !== 'MemberExpression' || parent.object !== identifier || memberReadNeeds(parent, elements);
    });
  }

  /** An object of lists that nothing reads (its reads, `config.CODES…`, are not followed further). */
  function unread(declarator: TSESTree.VariableDeclarator): boolean {
    return localReferences(declarator)?.length === 0;
  }

  /** Where the collection's type goes, and whether that place decides it (annotated) or takes it (inferred). */
  function place(collection: TSESTree.Node, carrier: TSESTree.Node, how: How, elements: Elements): Widening {
    const wrappers = 'array' in how ? 'free' : wrappersOf(collection);
    if (wrappers !== 'free') return wrappers === 'fixed' ? NONE : UNSAFE;
    const outer = outermostCast(collection);
    const parent = outer.parent;
    const typeArgument = 'typeArgument' in how ? how.typeArgument : undefined;
    const array = 'array' in how ? how.array : undefined;
    const widen = (fixes: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]): Widening => ({ kind: 'widen', carrier, fixes });
    const viaTypeArgument = typeArgument && ((fixer: TSESLint.RuleFixer) => [fixer.insertTextAfter(typeArgument.after, typeArgument.text)]);
    const wrapped = array && ((fixer: TSESLint.RuleFixer) => [fixer.insertTextBefore(array, '('), fixer.insertTextAfter(array, ' as number[])')]);
    const asNumbers = array && ((fixer: TSESLint.RuleFixer) => [fixer.insertTextAfter(array, ' as number[]')]);
    switch (parent?.type) {
      case 'VariableDeclarator': {
        if (parent.init !== outer) return UNSAFE;
        if (parent.id.typeAnnotation || !readsNeed(parent, elements)) return NONE;
        if (viaTypeArgument) return widen(viaTypeArgument);
        if (parent.id.type !== 'Identifier') return UNSAFE;
        const id = parent.id;
        return widen((fixer) => [fixer.insertTextAfter(id, ': number[]')]);
      }
      case 'PropertyDefinition': {
        if (parent.value !== outer) return UNSAFE;
        if (parent.typeAnnotation) return NONE;
        if (viaTypeArgument) return widen(viaTypeArgument);
        const equals = sourceCode.getTokenBefore(outer, { filter: (token) => token.value === '=' });
        const beforeEquals = equals && sourceCode.getTokenBefore(equals);
        return beforeEquals ? widen((fixer) => [fixer.insertTextAfter(beforeEquals, ': number[]')]) : UNSAFE;
      }
      case 'MemberExpression':
        if (parent.object !== outer) return UNSAFE;
        if (!memberReadNeeds(parent, elements)) return NONE;
        return widen(viaTypeArgument ?? wrapped!);
      case 'AssignmentExpression':
        // The target's declared type decides.
        return parent.right === outer ? NONE : UNSAFE;
      case 'Property': {
        const root = objectRoot(parent);
        const rootWrappers = wrappersOf(root);
        // `{ CODES: [...] } as const`: a tuple of literal types either way (a `new Set(...)` inside is still inferred).
        if (rootWrappers === 'fixed' && (array || !isConstAsserted(root))) return NONE;
        if (rootWrappers === 'unsafe') return UNSAFE;
        const holder = outermostCast(root).parent;
        const inferred =
          (holder?.type === 'VariableDeclarator' && !holder.id.typeAnnotation) ||
          (holder?.type === 'PropertyDefinition' && !holder.typeAnnotation) ||
          holder?.type === 'ExportDefaultDeclaration';
        const annotated = (holder?.type === 'VariableDeclarator' && holder.id.typeAnnotation) || (holder?.type === 'PropertyDefinition' && holder.typeAnnotation);
        if (annotated) return NONE;
        if (holder?.type === 'VariableDeclarator' && !holder.id.typeAnnotation && unread(holder)) return NONE;
        if (inferred) return widen(viaTypeArgument ?? asNumbers!);
        return byContext(outer, () => widen(viaTypeArgument ?? asNumbers!));
      }
      default:
        return byContext(outer, () => widen(viaTypeArgument ?? wrapped!));
    }
  }

  /** An argument, a `return`, a conditional branch: the contextual type decides, which only type information knows. */
  function byContext(outer: TSESTree.Node, widen: () => Widening): Widening {
    if (!types) return UNSAFE;
    return types.contextualType(outer) ? NONE : widen();
  }

  return {
    of(literal) {
      if (checked === 'unchecked') return NONE;
      const outer = outermostCast(literal);
      const array = outer.parent;
      if (array?.type !== 'ArrayExpression') return NONE;
      let collection: TSESTree.Node = array;
      let map: TSESTree.NewExpression | undefined;
      // A `Map` entry `[131047, '…']`: its key types the Map.
      const entries = outermostCast(array).parent;
      if (entries?.type === 'ArrayExpression' && array.elements[0] === outer) {
        const mapNode = outermostCast(entries).parent;
        if (mapNode?.type === 'NewExpression' && mapNode.callee.type === 'Identifier' && mapNode.callee.name === 'Map' && mapNode.arguments[0] === outermostCast(entries)) {
          collection = entries;
          map = mapNode;
        } else if (mapNode?.type === 'CallExpression' && mapNode.callee.type === 'MemberExpression' && isFromEntries(mapNode.callee)) {
          return NONE;
        }
      }
      let widening = byCollection.get(collection);
      if (!widening) {
        widening = map ? forMap(collection as TSESTree.ArrayExpression, map) : forArray(array);
        // Checked JavaScript has no syntax for the widening here: a suggestion.
        if (checked === 'checked-js' && widening.kind !== 'none') widening = UNSAFE;
        byCollection.set(collection, widening);
      }
      return widening;
    },
  };
}

/** `fixed`: a cast gives the type (`as const`, `as T`, `<T>`); `unsafe`: `satisfies` (inferred from the literal types); `free`: no cast. */
function wrappersOf(node: TSESTree.Node): 'free' | 'fixed' | 'unsafe' {
  let result: 'free' | 'fixed' | 'unsafe' = 'free';
  for (let current = node; current.parent && (current.parent.type === 'TSAsExpression' || current.parent.type === 'TSSatisfiesExpression' || current.parent.type === 'TSTypeAssertion' || current.parent.type === 'TSNonNullExpression') && current.parent.expression === current; current = current.parent) {
    const wrapper = current.parent;
    if (wrapper.type === 'TSAsExpression' || wrapper.type === 'TSTypeAssertion') return 'fixed';
    if (wrapper.type === 'TSSatisfiesExpression') result = 'unsafe';
  }
  return result;
}

function isConstAsserted(node: TSESTree.Node): boolean {
  for (let current = node; current.parent && (current.parent.type === 'TSAsExpression' || current.parent.type === 'TSSatisfiesExpression' || current.parent.type === 'TSNonNullExpression') && current.parent.expression === current; current = current.parent) {
    const wrapper = current.parent;
    if (wrapper.type === 'TSAsExpression' && wrapper.typeAnnotation.type === 'TSTypeReference' && wrapper.typeAnnotation.typeName.type === 'Identifier' && wrapper.typeAnnotation.typeName.name === 'const') return true;
  }
  return false;
}

/** The outermost expression a collection is nested in through object and array literals and casts. */
function literalRoot(node: TSESTree.Node): TSESTree.Node {
  let current = outermostCast(node);
  for (;;) {
    const parent = current.parent;
    if (parent?.type === 'Property' && parent.value === current && parent.parent.type === 'ObjectExpression') current = outermostCast(parent.parent);
    else if (parent?.type === 'ArrayExpression') current = outermostCast(parent);
    else return current;
  }
}

/** The outermost object literal a property is nested in, through `{ a: { b: … } }`. */
function objectRoot(property: TSESTree.Property): TSESTree.Node {
  let object: TSESTree.Node = property.parent;
  for (;;) {
    const outer = outermostCast(object);
    const parent = outer.parent;
    if (outer === object && parent?.type === 'Property' && parent.value === outer && parent.parent.type === 'ObjectExpression') object = parent.parent;
    else return object;
  }
}

function isFreeze(callee: TSESTree.MemberExpression): boolean {
  return !callee.computed && callee.object.type === 'Identifier' && callee.object.name === 'Object' && callee.property.type === 'Identifier' && callee.property.name === 'freeze';
}

function isFromEntries(callee: TSESTree.MemberExpression): boolean {
  return !callee.computed && callee.property.type === 'Identifier' && callee.property.name === 'fromEntries';
}

function typeKind(type: Type, checker: TypeChecker): 'literal' | 'number' | 'unknown' {
  const text = checker.typeToString(type);
  if (text === 'number' || text === 'any') return 'number';
  const parts = type.isUnion() ? type.types : [type];
  return parts.every((part) => part.isNumberLiteral()) ? 'literal' : 'unknown';
}

/** TypeScript files are widened; JavaScript is checked with `// @ts-check` or `checkJs`. */
function checkedAs(context: Context): Checked {
  if (isTypeScriptFile(context.filename)) return 'typescript';
  const sourceCode = context.sourceCode;
  const program = sourceCode.parserServices?.program;
  if (program?.getCompilerOptions().checkJs) return 'checked-js';
  const firstToken = sourceCode.ast.body[0]?.range[0] ?? sourceCode.text.length;
  for (const comment of sourceCode.getAllComments()) {
    if (comment.range[0] >= firstToken) break;
    if (/^\s*@ts-check\b/.test(comment.value)) return 'checked-js';
  }
  // Neither a TypeScript nor a JavaScript file (a .vue or .svelte block, a virtual file): treat it as checked.
  return /\.[cm]?jsx?$/i.test(context.filename) ? 'unchecked' : 'checked-js';
}

interface TypeServices {
  readonly checker: TypeChecker;
  typeOf(node: TSESTree.Node): Type;
  /** `true`: a contextual type decides the collection's type; `false`: it is inferred from the collection (no contextual type, or a generic call infers from it). */
  contextualType(node: TSESTree.Node): boolean;
}

function typeServices(context: Context): TypeServices | undefined {
  const services = context.sourceCode.parserServices;
  const program = services?.program;
  const nodeMap = services?.esTreeNodeToTSNodeMap;
  if (!program || !nodeMap) return undefined;
  const checker = program.getTypeChecker();
  const tsNode = (node: TSESTree.Node): TsNode => nodeMap.get(node);
  return {
    checker,
    typeOf: (node) => checker.getTypeAtLocation(tsNode(node)),
    contextualType(node) {
      const contextual = checker.getContextualType(tsNode(node) as Parameters<TypeChecker['getContextualType']>[0]);
      if (!contextual) return false;
      // A generic call infers its type arguments from the argument (`configure({ CODES: [...] })`): the literal types would flow in.
      const root = literalRoot(node);
      const call = root.parent;
      if ((call?.type === 'CallExpression' || call?.type === 'NewExpression') && call.arguments.includes(root as TSESTree.CallExpressionArgument)) {
        const signature = checker.getResolvedSignature(tsNode(call) as Parameters<TypeChecker['getResolvedSignature']>[0]);
        const declaration = signature?.getDeclaration() as { typeParameters?: readonly unknown[] } | undefined;
        if (declaration?.typeParameters?.length) return false;
      }
      return true;
    },
  };
}
