/**
 * "Does this expression hold a WhatsApp error code?", for one file. An expression is a code side
 * when, after looking through casts, coercions (`Number(x)`, `String(x).trim()`, `+x`, a template
 * holding only `x`) and fallbacks (`x || ''`, `x ?? 0`):
 *
 * - its last name is a code name (`code`, `errorCode`, … configurable);
 * - it is a local `const` (or a `let` never reassigned) initialised from a code side, through
 *   destructuring with or without rename and default (`const { code: metaErr } = body.error`);
 * - it is a parameter typed as one of the kit's code types, or one every call in the file passes
 *   a code side to;
 * - type information, when the project provides it, gives it a code type: one of the kit's, or a
 *   union of catalog codes with at least one that is WhatsApp's alone (`1 | 2 | 3` is not).
 *
 * A subcode side (`error_subcode`, `errorSubcode`, `subcode`) is told apart: what it is compared
 * with is an `error_subcode`. Answers are memoised per node and per variable; the type checker is
 * asked last and only for what names and scopes could not decide.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Type } from 'typescript';
import { calleeName, isTypeWrapper, lastName, memberPath, memberRoot, type TypeServices, typeServicesOf } from './ast.js';
import type { CodeIndex } from './known-codes.js';
import { kitExportName } from './kit-imports.js';
import { findVariable, scopeAt } from './scope.js';
import type { WhatsAppErrorsSettings } from './settings.js';
import { mentionsKit } from './whatsapp-mentions.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const SUBCODE_NAMES = new Set(['error_subcode', 'errorSubcode', 'subcode', 'subCode', 'sub_code']);

/** The kit's types that hold a code: an annotation naming one makes a code side without type information. */
export const KIT_CODE_TYPES: ReadonlySet<string> = new Set(['WhatsAppErrorCode', 'LooseWhatsAppErrorCode', 'SenderErrorCode', 'RecipientErrorCode', 'PlatformErrorCode', 'ErrorCodeOf', 'RetiredErrorCode']);

/** String methods that keep the digits of a code: `String(code).trim()`. */
const DIGIT_PRESERVING_METHODS = new Set(['toString', 'trim', 'trimStart', 'trimEnd', 'valueOf']);

/** Sizes of built-in collections and strings: always `number`, never a code type. */
const SIZE_PROPERTIES = new Set(['length', 'size', 'byteLength']);

/** How deep aliases are followed (`a = b`, `b = c`, …), so a cycle cannot hang the analysis. */
const MAX_ALIAS_DEPTH = 6;

/** `Number(x)`, `String(x)`, `parseInt(x)`, `parseInt(x, 10)`, `x.toString()`, `x.trim()` → `x`. */
function coercedValue(call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const [first, second] = call.arguments;
  const name = calleeName(call.callee);
  if ((name === 'Number' || name === 'String') && call.arguments.length === 1 && first?.type !== 'SpreadElement') return first;
  if ((name === 'parseInt' || name === 'Number.parseInt') && first && first.type !== 'SpreadElement') {
    if (call.arguments.length === 1) return first;
    if (call.arguments.length === 2 && second?.type === 'Literal' && second.value === 10) return first;
    return undefined;
  }
  const callee = call.callee;
  if (call.arguments.length === 0 && callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && DIGIT_PRESERVING_METHODS.has(callee.property.name)) {
    return callee.object;
  }
  return undefined;
}

/** `''`, `0`, `null`, `'unknown'`, a template without expressions: what a fallback after `||` or `??` is. */
function isFallbackValue(node: TSESTree.Node): boolean {
  return node.type === 'Literal' || (node.type === 'TemplateLiteral' && node.expressions.length === 0) || (node.type === 'Identifier' && node.name === 'undefined');
}

/** Strips what does not change which value is compared: casts, optional chains, coercions, `+x`, `` `${x}` ``, `x || ''`. */
export function unwrapCodeSide(start: TSESTree.Node): TSESTree.Node {
  let node = start;
  for (;;) {
    if (isTypeWrapper(node) || node.type === 'ChainExpression') {
      node = node.expression;
      continue;
    }
    switch (node.type) {
      case 'UnaryExpression':
        if (node.operator !== '+') return node;
        node = node.argument;
        continue;
      case 'CallExpression': {
        const inner = coercedValue(node);
        if (inner === undefined) return node;
        node = inner;
        continue;
      }
      case 'TemplateLiteral':
        if (node.expressions.length !== 1 || node.quasis.some((quasi) => quasi.value.cooked !== '')) return node;
        node = node.expressions[0]!;
        continue;
      case 'LogicalExpression':
        if ((node.operator !== '||' && node.operator !== '??') || !isFallbackValue(node.right)) return node;
        node = node.left;
        continue;
      default:
        return node;
    }
  }
}

/**
 * Whether an expression could have a code type at all. Arithmetic, `typeof`, literals and
 * `.length` never do, so the checker is not asked about them: in ordinary code they are most of
 * the numbers compared (`i % 2 === 0`, `items.length === 1`), and each answer costs type checking.
 */
function mayHaveCodeType(node: TSESTree.Node): boolean {
  switch (node.type) {
    case 'BinaryExpression':
    case 'UpdateExpression':
    case 'UnaryExpression':
    case 'Literal':
    case 'TemplateLiteral':
    case 'ArrayExpression':
    case 'ObjectExpression':
      return false;
    case 'MemberExpression':
      return node.computed || node.property.type !== 'Identifier' || !SIZE_PROPERTIES.has(node.property.name);
    default:
      return true;
  }
}

export type SideKind = 'code' | 'subcode';

export interface CodeSides {
  /** `'code'`, `'subcode'`, or `undefined` for an expression that holds neither. */
  kindOf(node: TSESTree.Node): SideKind | undefined;
  /** Whether type information says the expression holds a WhatsApp code. */
  isTypedAsCode(node: TSESTree.Node): boolean;
  /** A key that two mentions of the same value share (`c` and `body.error.code` after `const c = body.error.code`). */
  keyOf(node: TSESTree.Node): string;
  /** Whether the expression reads the `code` (or `error_subcode`) of a Graph error body or of a webhook's `errors[n]`. */
  readsGraphError(node: TSESTree.Node): boolean;
  /** Whether a type annotation names one of the kit's code types (`LooseWhatsAppErrorCode | undefined`). */
  annotatesCode(type: TSESTree.TypeNode | undefined): boolean;
}

/** The objects a Graph error body sits under: `response.data.error`, `body.error`, `json.error`. */
const BODY_HOLDERS = new Set(['data', 'body', 'json', 'payload', 'result', 'res', 'response', 'responseBody', 'responseData', 'errorBody']);

export function createCodeSides(context: Context, settings: WhatsAppErrorsSettings, index: CodeIndex): CodeSides {
  const sourceCode = context.sourceCode;
  // Maps, not WeakMaps: they live as long as the file's analysis, and ephemeron tables cost every garbage collection.
  const kinds = new Map<TSESTree.Node, SideKind | null>();
  const variableKinds = new Map<TSESLint.Scope.Variable, SideKind | null>();
  const typed = new Map<TSESTree.Node, boolean>();
  const aliasOf = new Map<TSESLint.Scope.Variable, TSESTree.Node | null>();
  const annotated = new Map<TSESLint.Scope.Variable, boolean>();

  function nameKind(name: string | undefined): SideKind | undefined {
    if (name === undefined) return undefined;
    if (settings.codeNames.has(name)) return 'code';
    return SUBCODE_NAMES.has(name) ? 'subcode' : undefined;
  }

  function annotatesCode(type: TSESTree.TypeNode | undefined): boolean {
    if (!type) return false;
    if (type.type === 'TSUnionType') {
      const meaningful = type.types.filter((member) => member.type !== 'TSUndefinedKeyword' && member.type !== 'TSNullKeyword');
      return meaningful.length > 0 && meaningful.every((member) => annotatesCode(member));
    }
    if (type.type !== 'TSTypeReference') return false;
    const name = kitExportName(context, type.typeName);
    return name !== undefined && KIT_CODE_TYPES.has(name);
  }

  function variableOf(identifier: TSESTree.Identifier): TSESLint.Scope.Variable | null {
    return findVariable(scopeAt(sourceCode, identifier), identifier);
  }

  /** Whether a variable is only written where it is declared. */
  function isNeverReassigned(variable: TSESLint.Scope.Variable): boolean {
    return variable.references.every((reference) => !reference.isWrite() || reference.init === true);
  }

  /** What a local's single definition makes of it: the code side it copies, or its kind from a destructuring key or an annotation. */
  function variableKind(variable: TSESLint.Scope.Variable, depth: number): SideKind | undefined {
    const cached = variableKinds.get(variable);
    if (cached !== undefined) return cached ?? undefined;
    variableKinds.set(variable, null); // a cycle answers "no"
    const kind = computeVariableKind(variable, depth);
    variableKinds.set(variable, kind ?? null);
    return kind;
  }

  function computeVariableKind(variable: TSESLint.Scope.Variable, depth: number): SideKind | undefined {
    if (variable.defs.length !== 1 || !isNeverReassigned(variable)) return undefined;
    const definition = variable.defs[0]!;
    const declared = definition.name as TSESTree.Identifier;
    if (annotatesCode(declared.typeAnnotation?.typeAnnotation)) return 'code';
    // `{ code: metaErr = 0 }` or `{ error_subcode: sub }`: the key says what the local holds.
    const holder = declared.parent?.type === 'AssignmentPattern' && declared.parent.left === declared ? declared.parent : declared;
    const property = holder.parent;
    if (property?.type === 'Property' && property.value === holder && property.parent?.type === 'ObjectPattern') {
      const key = nameKind(property.computed ? undefined : property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined);
      if (key) return key;
    }
    if (definition.type === 'Variable' && definition.node.id === declared && definition.node.init) {
      aliasOf.set(variable, definition.node.init);
      return kindAt(definition.node.init, depth + 1);
    }
    if (definition.type === 'Parameter') return parameterKind(definition.node, holder, variable, depth);
    return undefined;
  }

  /**
   * A parameter every call in the file passes a code side to (and there is at least one such
   * call). A recursive call that passes the parameter on (`retry(code)` inside `retry`) says
   * nothing either way.
   */
  function parameterKind(fn: TSESTree.Node, param: TSESTree.Node, parameter: TSESLint.Scope.Variable, depth: number): SideKind | undefined {
    if (fn.type !== 'FunctionDeclaration' && fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression') return undefined;
    const position = fn.params.indexOf(param as TSESTree.Parameter);
    if (position === -1) return undefined;
    let name: TSESTree.Identifier | undefined;
    if (fn.type === 'FunctionDeclaration' && fn.id) name = fn.id;
    else if (fn.parent?.type === 'VariableDeclarator' && fn.parent.init === fn && fn.parent.id.type === 'Identifier') name = fn.parent.id;
    if (!name) return undefined;
    const variable = variableOf(name);
    if (!variable) return undefined;
    const calls = variable.references.filter((reference) => reference.identifier !== name);
    if (calls.length === 0) return undefined;
    let kind: SideKind | undefined;
    for (const reference of calls) {
      const call = reference.identifier.parent;
      if (call?.type !== 'CallExpression' || call.callee !== reference.identifier) return undefined;
      const argument = call.arguments[position];
      if (!argument || argument.type === 'SpreadElement') return undefined;
      const passed = unwrapCodeSide(argument);
      if (passed.type === 'Identifier' && variableOf(passed) === parameter) continue;
      const argumentKind = kindAt(argument, depth + 1);
      if (argumentKind === undefined || (kind !== undefined && argumentKind !== kind)) return undefined;
      kind = argumentKind;
    }
    return kind;
  }

  function kindAt(start: TSESTree.Node, depth: number): SideKind | undefined {
    const cached = kinds.get(start);
    if (cached !== undefined) return cached ?? undefined;
    let kind: SideKind | undefined;
    if (depth <= MAX_ALIAS_DEPTH) {
      const core = unwrapCodeSide(start);
      kind = nameKind(lastName(core));
      if (kind === undefined && core.type === 'Identifier') {
        const variable = variableOf(core);
        if (variable) kind = variableKind(variable, depth);
      }
      if (kind === undefined && isTypedAsCode(core)) kind = 'code';
    }
    kinds.set(start, kind ?? null);
    return kind;
  }

  /**
   * A code type: the kit's (by its alias), or a union of catalog codes (and `number & {}`, and
   * `undefined`/`null`) with at least one code that is WhatsApp's alone. `1 | 2 | 3` and
   * `200 | 201 | 204` are other things' numbers.
   */
  function isCodeType(type: Type, types: TypeServices): boolean {
    if (type.aliasSymbol && KIT_CODE_TYPES.has(type.aliasSymbol.getName())) return true;
    const parts = type.isUnion() ? type.types : [type];
    let unambiguous = false;
    for (const part of parts) {
      if (part.isNumberLiteral()) {
        if (!index.isLive(part.value)) return false;
        if (index.isUnambiguous(part.value)) unambiguous = true;
      } else if (part.isIntersection() ? types.checker.typeToString(part) !== 'number & {}' : !types.isNullish(part)) {
        return false;
      }
    }
    return unambiguous;
  }

  /**
   * Whether an annotation says the value is one of the kit's code types: a local or parameter
   * declared `x: LooseWhatsAppErrorCode | undefined`, or a local copied from one. Asked before the
   * checker (and without type information, instead of it): the annotation answers what the
   * checker would, and costs nothing.
   */
  function annotatedAsCode(core: TSESTree.Node, depth: number): boolean {
    // Only the kit's code types count, and a file that never names the kit can name none of them.
    if (core.type !== 'Identifier' || depth > MAX_ALIAS_DEPTH || !mentionsKit(sourceCode)) return false;
    const variable = variableOf(core);
    if (!variable || variable.defs.length !== 1) return false;
    const cached = annotated.get(variable);
    if (cached !== undefined) return cached;
    annotated.set(variable, false); // a cycle answers "no"
    const declared = variable.defs[0]!.name;
    let result = declared.type === 'Identifier' && annotatesCode(declared.typeAnnotation?.typeAnnotation);
    if (!result) {
      variableKind(variable, depth); // records the alias, if the local copies one
      const alias = aliasOf.get(variable);
      result = alias ? annotatedAsCode(unwrapCodeSide(alias), depth + 1) : false;
    }
    annotated.set(variable, result);
    return result;
  }

  function isTypedAsCode(node: TSESTree.Node): boolean {
    if (!mayHaveCodeType(node)) return false;
    const cached = typed.get(node);
    if (cached !== undefined) return cached;
    let result = annotatedAsCode(node, 0);
    if (!result) {
      const types = typeServicesOf(sourceCode);
      result = types !== undefined && isCodeType(types.typeOf(node), types);
    }
    typed.set(node, result);
    return result;
  }

  function keyOf(start: TSESTree.Node): string {
    let core = unwrapCodeSide(start);
    for (let depth = 0; core.type === 'Identifier' && depth < MAX_ALIAS_DEPTH; depth++) {
      const variable = variableOf(core);
      const alias = variable && (variableKind(variable, 0), aliasOf.get(variable));
      if (!alias) {
        if (!variable) return core.name;
        // `const { code: metaErr } = err.response.data.error` reads `err.response.data.error.code`.
        const path = sourcePath(core, 0);
        return path && path.length > 1 ? path.join('.') : `${core.name}@${variable.defs[0]?.name.range[0] ?? 'global'}`;
      }
      core = unwrapCodeSide(alias);
    }
    return (memberPath(core) ?? [sourceCode.getText(core)]).join('.');
  }

  /**
   * The member path an expression reads, through the locals it is copied into: `errorCode` after
   * `const errorData = body.error; const errorCode = errorData?.code` reads `body.error.code`, and
   * so does `code` after `const { code } = body.error`.
   */
  function sourcePath(start: TSESTree.Node, depth: number): string[] | undefined {
    const path = memberPath(unwrapCodeSide(start));
    if (!path || depth >= MAX_ALIAS_DEPTH) return path;
    const root = memberRoot(unwrapCodeSide(start));
    if (root?.type !== 'Identifier') return path;
    const variable = variableOf(root);
    if (!variable || variable.defs.length !== 1 || !isNeverReassigned(variable)) return path;
    const definition = variable.defs[0]!;
    if (definition.type !== 'Variable' || !definition.node.init) return path;
    const declared = definition.name as TSESTree.Identifier;
    if (definition.node.id === declared) return [...(sourcePath(definition.node.init, depth + 1) ?? [root.name]), ...path.slice(1)];
    // `const { code } = body.error`, `const { code: metaErr } = …`: one level of destructuring.
    const property = declared.parent?.type === 'AssignmentPattern' ? declared.parent.parent : declared.parent;
    if (property?.type !== 'Property' || property.parent !== definition.node.id || property.computed || property.key.type !== 'Identifier') return path;
    const from = sourcePath(definition.node.init, depth + 1);
    return from ? [...from, property.key.name, ...path.slice(1)] : path;
  }

  function readsGraphError(start: TSESTree.Node): boolean {
    const path = sourcePath(start, 0);
    if (!path || (path.at(-1) !== 'code' && path.at(-1) !== 'error_subcode')) return false;
    const before = path.at(-2);
    if (before === 'error') return path.length >= 3 && BODY_HOLDERS.has(path.at(-3)!);
    // `errors[0].code` under a webhook value or status.
    return before !== undefined && /^\d+$/.test(before) && path.at(-3) === 'errors';
  }

  return {
    kindOf: (node) => kindAt(node, 0),
    isTypedAsCode: (node) => isTypedAsCode(unwrapCodeSide(node)),
    keyOf,
    readsGraphError,
    annotatesCode,
  };
}
