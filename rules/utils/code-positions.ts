/**
 * The one detector every rule shares: "is this literal a WhatsApp error code?".
 *
 * A code position is a literal compared with (or listed for) an expression that holds an error
 * code: `err.code === 131047`, `case 131047:`, `[131047].includes(code)`, `new Set([…]).has(code)`,
 * and the elements of a `const …_CODES = [ … ]`. The code side is recognised by its name
 * (`code`, `errorCode`, … configurable) after unwrapping casts and coercions, or, when the
 * project provides type information, by its type. Precision beats recall: a value that often
 * means something else (exit codes, HTTP 2xx, WebSocket close codes) only counts with WhatsApp
 * context around it.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable } from './scope.js';
import { codeIndexFor, type CodeIndex } from './known-codes.js';
import { readSettings, type WhatsAppErrorsSettings } from './settings.js';

export type CodeLiteralNode = TSESTree.NumberLiteral | TSESTree.StringLiteral;

export interface CodeLiteral {
  readonly node: CodeLiteralNode;
  /** The numeric value (`131_047` and `'131047'` are both 131047). */
  readonly value: number;
  /** Whether the code is written as a number or as a string of digits. */
  readonly form: 'number' | 'string';
  /** The expression the literal is compared with; `undefined` for an element of a `…Codes` constant. */
  readonly codeSide: TSESTree.Node | undefined;
  /** True when type information says the code side holds a WhatsApp code (asked lazily). */
  isTypedAsCode(): boolean;
}

export interface CodeDetector {
  readonly settings: WhatsAppErrorsSettings;
  readonly index: CodeIndex;
  /** Listeners that call `onCodeLiteral` once for every code position in the file. */
  listeners(onCodeLiteral: (literal: CodeLiteral) => void): TSESLint.RuleListener;
  /** Whether an expression holds an error code (by name, or by type when types are available). */
  isCodeSide(node: TSESTree.Node): boolean;
  /** Whether type information says the expression holds a WhatsApp code. */
  isTypedAsCode(node: TSESTree.Node): boolean;
}

const EQUALITY_OPERATORS = new Set(['===', '!==', '==', '!=']);
const MEMBERSHIP_METHODS = new Set(['includes', 'indexOf', 'has']);
const CODES_CONSTANT = /codes$/i;
const DIGITS = /^\d{1,15}$/;

/** Values that often mean something else (exit codes, HTTP success, WebSocket close codes). */
export function isAmbiguousCodeValue(value: number): boolean {
  return value < 100 || (value >= 200 && value <= 299) || (value >= 1000 && value <= 1015);
}

/** A number literal holding a non-negative integer, or a string literal of digits. */
export function isCandidateLiteral(node: TSESTree.Node | null | undefined): node is CodeLiteralNode {
  if (node?.type !== 'Literal') return false;
  if (typeof node.value === 'number') return Number.isSafeInteger(node.value) && node.value >= 0;
  return typeof node.value === 'string' && DIGITS.test(node.value);
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

/** Strips what does not change which value is compared: TS casts, `!`, optional-chain wrappers and number/string coercions. */
export function unwrapCodeSide(start: TSESTree.Node): TSESTree.Node {
  let node = start;
  for (;;) {
    switch (node.type) {
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'ChainExpression':
        node = node.expression;
        continue;
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
      default:
        return node;
    }
  }
}

function calleeName(callee: TSESTree.Node): string | undefined {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.object.type === 'Identifier' && callee.property.type === 'Identifier') {
    return `${callee.object.name}.${callee.property.name}`;
  }
  return undefined;
}

/** `Number(x)`, `String(x)`, `parseInt(x)`, `parseInt(x, 10)`, `x.toString()` → `x`. */
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
  if (call.arguments.length === 0 && callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === 'toString') {
    return callee.object;
  }
  return undefined;
}

/** The last name of an identifier or member access (`a.b.code`, `a?.['code']`), if it has one. */
function lastName(node: TSESTree.Node): string | undefined {
  if (node.type === 'Identifier') return node.name;
  if (node.type !== 'MemberExpression') return undefined;
  if (!node.computed) return node.property.type === 'Identifier' ? node.property.name : undefined;
  return node.property.type === 'Literal' && typeof node.property.value === 'string' ? node.property.value : undefined;
}

/** Strips TS casts around a literal or a collection (`[…] as const`, `(131047 as number)`). */
function unwrapTypeCasts(start: TSESTree.Node): TSESTree.Node {
  let node = start;
  while (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression' || node.type === 'TSNonNullExpression' || node.type === 'TSTypeAssertion') {
    node = node.expression;
  }
  return node;
}

/** The elements of `[…]` or `new Set([…])`, or undefined for anything else. */
function collectionElements(start: TSESTree.Node): readonly (TSESTree.Node | null)[] | undefined {
  const node = unwrapTypeCasts(start);
  if (node.type === 'ArrayExpression') return node.elements;
  if (node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'Set' && node.arguments.length === 1) {
    const list = unwrapTypeCasts(node.arguments[0]!);
    if (list.type === 'ArrayExpression') return list.elements;
  }
  return undefined;
}

function isLiteralOf<T extends TSESTree.Node>(node: T | null): node is T {
  return node !== null && isCandidateLiteral(unwrapTypeCasts(node));
}

function isNumberLiteral(node: TSESTree.Node | null): boolean {
  const inner = node && unwrapTypeCasts(node);
  return inner?.type === 'Literal' && typeof inner.value === 'number';
}

/** `WhatsAppErrorCode.RATE_LIMIT_HIT`: an element already converted by prefer-code-constant keeps the list a code list. */
function isConstantReference(node: TSESTree.Node | null): boolean {
  return node?.type === 'MemberExpression' && !node.computed;
}

function hasLiteralTest(switchCase: TSESTree.SwitchCase): boolean {
  return switchCase.test !== null && isLiteralOf(switchCase.test);
}

/** Sizes of built-in collections and strings: always `number`, never a code type. */
const SIZE_PROPERTIES = new Set(['length', 'size', 'byteLength']);

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

/**
 * "Is this expression typed as a code?", per index (the answer depends on `additionalCodes`) and
 * per AST node. Module-level so that the three literal rules ask the checker once per node rather
 * than once each; keyed weakly by nodes of the file being linted, so nothing outlives the file.
 */
const typedCaches = new WeakMap<CodeIndex, WeakMap<TSESTree.Node, boolean>>();

function typedCacheFor(index: CodeIndex): WeakMap<TSESTree.Node, boolean> {
  let cache = typedCaches.get(index);
  if (!cache) typedCaches.set(index, (cache = new WeakMap()));
  return cache;
}

export function createCodeDetector(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): CodeDetector {
  const settings = readSettings(context);
  const index = codeIndexFor(settings);
  const sourceCode = context.sourceCode;
  let importsKit: boolean | undefined;

  function isTypedAsCode(node: TSESTree.Node): boolean {
    if (!mayHaveCodeType(node)) return false;
    const services = sourceCode.parserServices;
    const program = services?.program;
    if (!program || !services.esTreeNodeToTSNodeMap) return false;
    const typedCache = typedCacheFor(index);
    const cached = typedCache.get(node);
    if (cached !== undefined) return cached;
    const checker = program.getTypeChecker();
    const type = checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node));
    const parts = type.isUnion() ? type.types : [type];
    let literals = 0;
    let typed = true;
    for (const part of parts) {
      if (part.isNumberLiteral()) {
        if (!index.isLive(part.value)) typed = false;
        literals++;
      } else if (!(part.isIntersection() && checker.typeToString(part) === 'number & {}')) {
        typed = false; // `LooseWhatsAppErrorCode` is the catalog union plus `number & {}`; anything else is not a code type
      }
      if (!typed) break;
    }
    const result = typed && literals > 0;
    typedCache.set(node, result);
    return result;
  }

  function isCodeSide(node: TSESTree.Node): boolean {
    const core = unwrapCodeSide(node);
    const name = lastName(core);
    if (name !== undefined && settings.codeNames.has(name)) return true;
    return isTypedAsCode(core);
  }

  function fileImportsKit(): boolean {
    importsKit ??= sourceCode.ast.body.some(
      (statement) => statement.type === 'ImportDeclaration' && statement.source.value.startsWith('whatsapp-error-codes'),
    );
    return importsKit;
  }

  /** An ambiguous value counts only beside an unambiguous known code, in a typed position, or in a file that uses the kit. */
  function hasWhatsAppContext(value: number, siblings: readonly TSESTree.Node[], codeSide: TSESTree.Node | undefined): boolean {
    if (!isAmbiguousCodeValue(value)) return true;
    if (codeSide !== undefined && isTypedAsCode(unwrapCodeSide(codeSide))) return true;
    if (fileImportsKit()) return true;
    return siblings.some((sibling) => {
      const literal = unwrapTypeCasts(sibling) as CodeLiteralNode;
      const siblingValue = literalCodeValue(literal);
      return !isAmbiguousCodeValue(siblingValue) && index.meaningOf(siblingValue).kind !== 'unknown';
    });
  }

  function listeners(onCodeLiteral: (literal: CodeLiteral) => void): TSESLint.RuleListener {
    // Made on the first code position: most files have none.
    let emitted: WeakSet<TSESTree.Node> | undefined;

    function emit(node: TSESTree.Node, codeSide: TSESTree.Node | undefined, siblings: readonly TSESTree.Node[]): void {
      const literal = unwrapTypeCasts(node);
      if (!isCandidateLiteral(literal) || emitted?.has(literal)) return;
      const value = literalCodeValue(literal);
      if (!hasWhatsAppContext(value, siblings, codeSide)) return;
      (emitted ??= new WeakSet()).add(literal);
      onCodeLiteral({
        node: literal,
        value,
        form: typeof literal.value === 'number' ? 'number' : 'string',
        codeSide,
        isTypedAsCode: () => codeSide !== undefined && isTypedAsCode(unwrapCodeSide(codeSide)),
      });
    }

    /** The literal of an equality comparison with a code side, if `node` is one. */
    function comparedLiteral(node: TSESTree.Node): { literal: TSESTree.Node; codeSide: TSESTree.Node } | undefined {
      if (node.type !== 'BinaryExpression' || !EQUALITY_OPERATORS.has(node.operator)) return undefined;
      if (isLiteralOf(node.right) && node.left.type !== 'PrivateIdentifier' && isCodeSide(node.left)) return { literal: node.right, codeSide: node.left };
      if (node.left.type !== 'PrivateIdentifier' && isLiteralOf(node.left) && isCodeSide(node.right)) return { literal: node.left, codeSide: node.right };
      return undefined;
    }

    /** Literals compared with code sides across one `a || b && c` chain: the comparison's siblings. */
    function chainLiterals(node: TSESTree.Node): TSESTree.Node[] {
      let root = node;
      while (root.parent?.type === 'LogicalExpression') root = root.parent;
      const found: TSESTree.Node[] = [];
      const visit = (part: TSESTree.Node): void => {
        if (part.type === 'LogicalExpression') {
          visit(part.left);
          visit(part.right);
          return;
        }
        const compared = comparedLiteral(part);
        if (compared) found.push(compared.literal);
      };
      visit(root);
      return found;
    }

    function emitElements(elements: readonly (TSESTree.Node | null)[], codeSide: TSESTree.Node | undefined): void {
      const literals = elements.filter(isLiteralOf);
      for (const element of literals) emit(element, codeSide, literals);
    }

    /** The elements behind `.includes()`'s receiver: a literal collection, or a `const` bound to one. */
    function receiverElements(receiver: TSESTree.Node): readonly (TSESTree.Node | null)[] | undefined {
      const direct = collectionElements(receiver);
      if (direct) return direct;
      if (receiver.type !== 'Identifier') return undefined;
      const variable = findVariable(sourceCode.getScope(receiver), receiver);
      const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (definition?.node.type !== 'VariableDeclarator' || definition.parent?.type !== 'VariableDeclaration') return undefined;
      if (definition.parent.kind !== 'const' || !definition.node.init) return undefined;
      return collectionElements(definition.node.init);
    }

    return {
      BinaryExpression(node) {
        if (!EQUALITY_OPERATORS.has(node.operator)) return;
        const compared = comparedLiteral(node);
        if (compared) emit(compared.literal, compared.codeSide, chainLiterals(node));
      },
      SwitchStatement(node) {
        // Most switches are over strings (action types, statuses): bail before allocating.
        if (!node.cases.some(hasLiteralTest)) return;
        const tests = node.cases.map((switchCase) => switchCase.test).filter(isLiteralOf);
        if (tests.length === 0 || !isCodeSide(node.discriminant)) return;
        for (const test of tests) emit(test, node.discriminant, tests);
      },
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
        if (!MEMBERSHIP_METHODS.has(callee.property.name)) return;
        const argument = node.arguments[0];
        if (!argument || argument.type === 'SpreadElement') return;
        const elements = receiverElements(callee.object);
        // A list without a number or digit string (`roles.includes(role)`) needs no look at the argument, nor its type.
        if (elements && elements.some(isLiteralOf) && isCodeSide(argument)) emitElements(elements, argument);
      },
      VariableDeclarator(node) {
        if (node.id.type !== 'Identifier' || !CODES_CONSTANT.test(node.id.name) || !node.init) return;
        if (node.parent.type !== 'VariableDeclaration' || node.parent.kind !== 'const') return;
        const elements = collectionElements(node.init);
        if (elements && elements.some(isNumberLiteral) && elements.every((element) => isNumberLiteral(element) || isConstantReference(element))) {
          emitElements(elements, undefined);
        }
      },
    };
  }

  return { settings, index, listeners, isCodeSide, isTypedAsCode };
}
