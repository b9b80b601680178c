/**
 * The one analysis every rule of the plugin shares: "where does this file hold WhatsApp error
 * codes?", computed once per file and cached for the lint, so a rule costs its own check
 * and not another detection pass.
 *
 * First, before any listener: can the file hold a code at all (`mayHoldCodes`)? Without type
 * information, a kit import or a Graph call, only a number that is a code on its own gives a small
 * value evidence; a file without one (most application code) gets no listener from any rule.
 *
 * While ESLint walks the file, one `Literal` listener (registered by whichever of the plugin's
 * rules is created first for the file) keeps the literals that sit where a code can: compared
 * with an expression, a `case` label, an element of an array, a key or value of an object, an
 * enum member, a `const` or field initialiser, an `expect(…).toBe(…)` argument. When a rule first
 * asks for the result (at `Program:exit`), the analysis decides, in one pass over those literals:
 *
 * 1. the code side each is compared with (code-sides.ts: names, aliases, parameters, types);
 * 2. the group each is listed in: one `a === x || a === y` chain, one `switch`, one collection
 *    (with where it is tested, `SET.has(code)`), one table (object keys or values, a `Map`'s
 *    entries, an enum), one definition (`const OUTSIDE_WINDOW = 131047`, read where it is used);
 * 3. whether each is a WhatsApp code. A value of 10,000 or more that the catalog knows is one. A
 *    smaller one also means other things (exit codes, HTTP statuses, WebSocket close codes, other
 *    Meta APIs' codes) and needs evidence: a WhatsApp-only code in its group, the same code side
 *    compared with one elsewhere in the function, a code type, or a Graph error body read in a
 *    file that talks to WhatsApp. A kit import, a `…CODES` name or a union of small literals is no
 *    evidence. A value is judged by its company: retired codes that are also HTTP statuses (429,
 *    500) count only beside On-Premises codes that are not; a comment that names another product
 *    (Messenger, Instagram, Twilio) takes the numbers beside it out of WhatsApp's hands.
 *
 * Code sides are resolved only where a small value can have that evidence (code-regions.ts):
 * elsewhere `i === 0` and `status === 200` cost a classification, not a scope walk.
 *
 * Everything is linear in what it reads: groups are built once, evidence is counted once per
 * group and per function.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { FOREIGN_ERROR_CODES, WhatsAppErrorCode } from 'whatsapp-error-codes';
import { chainRoot, enclosingFunction, isCandidateLiteral, isDigits, lastName, literalCodeValue, outermostCast, propertyName, typeServicesOf, unwrapTypeCasts, type CodeLiteralNode } from './ast.js';
import { CodeRegions } from './code-regions.js';
import { createCodeSides, type CodeSides, type SideKind } from './code-sides.js';
import { codeIndexFor, isEverydayNumber, isHttpStatus, type CodeIndex, type CodeMeaning } from './known-codes.js';
import { kitConstantUses, kitReferences, type ConstantUse } from './kit-imports.js';
import { perFile } from './per-file.js';
import { readSettings, type WhatsAppErrorsSettings } from './settings.js';
import { seesCodeTypes } from './type-reach.js';
import { mentionsKit, talksToWhatsApp } from './whatsapp-mentions.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Where a code literal stands. */
export type PositionKind =
  /** `err.code === 131047`, `expect(err.code).toBe(131047)` */
  | 'comparison'
  /** `case 131047:` in a switch over a code side */
  | 'case'
  /** an element of a collection tested against a code side: `[131047].includes(code)`, `RETRY.has(code)` */
  | 'member'
  /** an element of a collection named as a code list (`const RETRYABLE_CODES = [...]`) */
  | 'list'
  /** a key of a table: `{ 131047: 'Re-engagement' }`, `new Map([[131047, …]])` */
  | 'table-key'
  /** a value of a table: `{ WINDOW_CLOSED: 131047 }`, `enum E { WINDOW_CLOSED = 131047 }` */
  | 'table-value'
  /** `const OUTSIDE_WINDOW = 131047` (or a class field), read where it is compared or named as a code */
  | 'definition'
  /** `{ code: 131047 }`: an object's code field */
  | 'property'
  /** `ERROR_MESSAGES[131047]`: a code looked up in a table named as one of codes */
  | 'lookup'
  /** `type MetaCode = 131047 | 131026`: a member of a literal union type of codes (read, never rewritten) */
  | 'type-member';

export interface CodePosition {
  readonly node: CodeLiteralNode;
  /** The numeric value (`131_047` and `'131047'` are both 131047). */
  readonly value: number;
  /** Whether the code is written as a number or as a string of digits. */
  readonly form: 'number' | 'string';
  readonly kind: PositionKind;
  /** `subcode` when the literal is compared with an `error_subcode`. */
  readonly side: SideKind;
  /** The expression the literal is compared with, tested against or defined for, where there is one. */
  readonly codeSide: TSESTree.Node | undefined;
  readonly meaning: CodeMeaning;
  /** The node the literal is listed in with others: a chain's root, a switch, a collection, a table; the literal itself alone. */
  readonly group: TSESTree.Node;
  /** The name the code is given: the enum member, the table key, the `const` or field. */
  readonly name?: { readonly text: string; readonly node: TSESTree.Node };
  /** The label a table gives the code: a key's value, a `Map` entry's second element. */
  readonly label?: TSESTree.Node;
  /** Whether type information says the code side holds a WhatsApp code (asked lazily). */
  isTypedAsCode(): boolean;
}

/** A switch over a code side with at least one WhatsApp code among its labels. */
export interface CodeSwitch {
  readonly node: TSESTree.SwitchStatement;
  /** The codes its labels list: literals and kit constants. */
  readonly listed: ReadonlySet<number>;
}

export interface FileAnalysis {
  readonly settings: WhatsAppErrorsSettings;
  readonly index: CodeIndex;
  readonly sides: CodeSides;
  /** Every literal that is a WhatsApp code position, in source order. */
  readonly positions: readonly CodePosition[];
  readonly codeSwitches: readonly CodeSwitch[];
  /** Every use of the kit's constants. */
  readonly constants: readonly ConstantUse[];
  /** The outermost `||`/`&&` a comparison is a term of, remembered for the file (ast.ts `chainRoot`). */
  chainRootOf(node: TSESTree.Node): TSESTree.Node;
}

// ── Collection: which literals may be codes ─────────────────────────────────────────────────

const EQUALITY = new Set(['===', '!==', '==', '!=']);
const MEMBERSHIP = new Set(['includes', 'has', 'indexOf', 'lastIndexOf']);
const ASSERTIONS = new Set(['toBe', 'toEqual', 'toStrictEqual']);

type Raw =
  | { readonly kind: 'comparison'; readonly literal: CodeLiteralNode; readonly other: TSESTree.Node; readonly expression: TSESTree.Node }
  | { readonly kind: 'case'; readonly literal: CodeLiteralNode; readonly switchNode: TSESTree.SwitchStatement }
  | { readonly kind: 'element'; readonly literal: CodeLiteralNode; readonly array: TSESTree.ArrayExpression }
  | { readonly kind: 'key' | 'value'; readonly literal: CodeLiteralNode; readonly property: TSESTree.Property }
  | { readonly kind: 'enum'; readonly literal: CodeLiteralNode; readonly member: TSESTree.TSEnumMember }
  | { readonly kind: 'definition'; readonly literal: CodeLiteralNode; readonly holder: TSESTree.VariableDeclarator | TSESTree.PropertyDefinition }
  | { readonly kind: 'lookup'; readonly literal: CodeLiteralNode; readonly member: TSESTree.MemberExpression }
  | { readonly kind: 'union'; readonly literal: CodeLiteralNode; readonly union: TSESTree.TSUnionType };

/** Where a literal stands, if it can be a code there; most literals (`i + 1`, `arr[0]`) cannot. */
function classify(literal: CodeLiteralNode): Raw | undefined {
  const outer = outermostCast(literal);
  const parent = outer.parent;
  if (!parent) return undefined;
  switch (parent.type) {
    case 'BinaryExpression':
      if (!EQUALITY.has(parent.operator)) return undefined;
      return { kind: 'comparison', literal, other: parent.left === outer ? parent.right : parent.left, expression: parent };
    case 'SwitchCase':
      return parent.test === outer ? { kind: 'case', literal, switchNode: parent.parent as TSESTree.SwitchStatement } : undefined;
    case 'ArrayExpression':
      return { kind: 'element', literal, array: parent };
    case 'Property':
      if (parent.parent.type !== 'ObjectExpression') return undefined;
      if (parent.value === outer) return { kind: 'value', literal, property: parent };
      return parent.key === outer ? { kind: 'key', literal, property: parent } : undefined;
    case 'TSEnumMember':
      return parent.initializer === outer ? { kind: 'enum', literal, member: parent } : undefined;
    case 'VariableDeclarator':
      return parent.init === outer && parent.id.type === 'Identifier' ? { kind: 'definition', literal, holder: parent } : undefined;
    case 'PropertyDefinition':
      return parent.value === outer && !parent.computed ? { kind: 'definition', literal, holder: parent } : undefined;
    case 'MemberExpression':
      return parent.computed && parent.property === outer ? { kind: 'lookup', literal, member: parent } : undefined;
    case 'TSLiteralType':
      return parent.parent?.type === 'TSUnionType' ? { kind: 'union', literal, union: parent.parent } : undefined;
    case 'CallExpression': {
      // expect(err.code).toBe(131047)
      const callee = parent.callee;
      if (parent.arguments[0] !== outer || callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || !ASSERTIONS.has(callee.property.name)) return undefined;
      const subject = callee.object;
      if (subject.type !== 'CallExpression' || subject.callee.type !== 'Identifier' || subject.callee.name !== 'expect' || !subject.arguments[0]) return undefined;
      return { kind: 'comparison', literal, other: subject.arguments[0], expression: parent };
    }
    default:
      return undefined;
  }
}

// ── The analysis of one file ────────────────────────────────────────────────────────────────

/** A candidate once its group and code side are known, before the evidence decides. */
interface Candidate {
  readonly literal: CodeLiteralNode;
  readonly value: number;
  readonly kind: PositionKind;
  readonly side: SideKind;
  readonly codeSide: TSESTree.Node | undefined;
  readonly group: Group;
  readonly name?: { readonly text: string; readonly node: TSESTree.Node };
  readonly label?: TSESTree.Node;
}

interface Group {
  readonly node: TSESTree.Node;
  readonly members: Candidate[];
  /** The function (or program) the group is in: asked once per group, not once per member. */
  functionNode?: TSESTree.Node;
  /** A table typed as one of codes (`Record<WhatsAppErrorCode, …>`): evidence for every member. */
  typed: boolean;
  /** A table named as one of codes (`…_CODES`, configurable): a table, but no evidence for small values. */
  named: boolean;
  /** A table read with a code side (`TABLE[code]`, `code in TABLE`, `MAP.get(code)`). */
  lookedUp: boolean;
  /** Every key (or value) of the table is a code literal or a kit constant. */
  codeLike: boolean;
  /** How many kit constants of codes that are WhatsApp's alone it lists (`case WhatsAppErrorCode.RATE_LIMIT_HIT:`): company like a literal's. */
  constants: number;
}

interface Tally {
  unambiguous: boolean;
  unambiguousCount: number;
  /** A catalog code that is no everyday number (131047, but also 470 or 2000): WhatsApp company for the small values beside it. */
  distinctive: boolean;
  /** A retired On-Premises code that is no HTTP status (470, 1026, 2000): the group is On-Premises code. */
  onPremises: boolean;
  /** An HTTP status that is no WhatsApp code (404, 502): the group is HTTP statuses. */
  http: boolean;
  /** Another product's code (Messenger's 551, Twilio's 30007; not the Graph API's own 17 or 341): the group is not WhatsApp's alone. */
  foreign: boolean;
}

const PRODUCT_WORDS: readonly string[] = [...new Set(FOREIGN_ERROR_CODES.flatMap((product) => Object.values(product.words).flat()))].map((word) => word.toLowerCase());

class Analysis {
  /** The literals that stand where a code can, classified as ESLint reaches them. */
  private readonly raws: Raw[] = [];
  /** The functions that hold a code on its own (code-regions.ts). */
  private readonly regions = new CodeRegions();
  private result: FileAnalysis | undefined;

  /**
   * @param settings The file's settings, read once by `analysisOf`.
   * @param index The code index of those settings.
   * @param textHoldsCodes Whether the file's text holds a code on its own, the kit or WhatsApp
   * (`mayHoldCodes`). A typed file without any is analysed only if a side has a code type.
   */
  constructor(
    private readonly context: Context,
    private readonly settings: WhatsAppErrorsSettings,
    private readonly index: CodeIndex,
    private readonly textHoldsCodes: boolean,
  ) {}

  /**
   * Classified as ESLint reaches them: most literals (`i + 1`, `arr[0]`) stand where no code can
   * and are not kept, so a file with many literals holds only its candidates until `Program:exit`.
   */
  readonly collect = (node: TSESTree.Literal): void => {
    const value = node.value;
    if (typeof value === 'number' ? !(Number.isSafeInteger(value) && value >= 0) : !(typeof value === 'string' && isDigits(value))) return;
    const literal = node as CodeLiteralNode;
    const raw = classify(literal);
    if (!raw) return;
    this.raws.push(raw);
    if (this.index.isCodeOnItsOwn(typeof value === 'number' ? value : Number(value))) this.regions.add(literal);
  };

  get(): FileAnalysis {
    this.result ??= this.finish();
    return this.result;
  }

  private finish(): FileAnalysis {
    const { context, settings, index } = this;
    const sides = createCodeSides(context, settings, index);
    const constants = kitConstantUses(context);
    const chainRoots = new Map<TSESTree.Node, TSESTree.Node>();
    const chainRootOf = (node: TSESTree.Node): TSESTree.Node => chainRoot(node, chainRoots);
    const nothing: FileAnalysis = { settings, index, sides, positions: [], codeSwitches: [], constants, chainRootOf };
    const { raws, regions } = this;
    if (raws.length === 0 && constants.length === 0) return nothing;
    // Most literals: `i === 0`, `status === 200`, `code !== 1`. A small value has evidence only
    // from a code on its own in its function (code-regions.ts), from the kit named there (its
    // constants, its code types in an annotation), from type information, or from a Graph body in
    // a file that talks to WhatsApp. Where none of these can be, its code side is not resolved.
    // HTTP statuses that are no codes (404) are kept everywhere: the file's comparisons with them
    // say its codes are HTTP statuses.
    const everywhere = typeServicesOf(context.sourceCode) !== undefined || talksToWhatsApp(context.sourceCode);
    if (!everywhere) for (const reference of kitReferences(context)) regions.add(reference);
    if (!everywhere && regions.isEmpty) return nothing;
    if (!this.textHoldsCodes && !hasTypedCodePosition(context, settings, index, sides, chainRootOf, raws, constants)) return nothing;
    const finisher = new Finisher(context, settings, index, sides, chainRootOf);
    for (const raw of raws) if (everywhere || regions.covers(raw.literal) || isHttpStatusOnly(literalCodeValue(raw.literal), index)) finisher.add(raw);
    for (const constant of constants) finisher.addConstant(constant);
    const positions = finisher.decide();
    return { settings, index, sides, positions, codeSwitches: finisher.codeSwitches(positions, constants), constants, chainRootOf };
  }
}

/**
 * In a typed file whose text holds no code on its own, nor the kit, nor WhatsApp, only a side
 * whose type is a code type (`err.code === 4`, `err` typed by another module) can make a small
 * value a code: everything else a position needs is in the text. A first pass with only those
 * sides tells whether there is one. Most typed files have none, and skip the full pass with its
 * scope walks and name readings; the checker's answers of the first pass are kept for the full one.
 */
function hasTypedCodePosition(
  context: Context,
  settings: WhatsAppErrorsSettings,
  index: CodeIndex,
  sides: CodeSides,
  chainRootOf: (node: TSESTree.Node) => TSESTree.Node,
  raws: readonly Raw[],
  constants: readonly ConstantUse[],
): boolean {
  const typedSides: CodeSides = { ...sides, kindOf: (node) => (sides.isTypedAsCode(node) ? 'code' : undefined) };
  const probe = new Finisher(context, settings, index, typedSides, chainRootOf);
  for (const raw of raws) probe.add(raw);
  for (const constant of constants) probe.addConstant(constant);
  return probe.decide().length > 0;
}

class Finisher {
  private readonly groups = new Map<TSESTree.Node, Group>();
  private readonly candidates: Candidate[] = [];
  /**
   * The code sides compared with a WhatsApp-only code (a literal or a kit constant), with their
   * groups: "the same code side in the same function" is evidence for a small value. Their keys
   * (`function|side`) are made only when a small value first asks, as most files never do.
   */
  private readonly evidenceSources: { readonly group: Group; readonly codeSide: TSESTree.Node }[] = [];
  private functionEvidence: Set<string> | undefined;
  /** What each array is for (tested against a code side, a named list, neither): decided once, not once per element. */
  private readonly arrayUses = new Map<TSESTree.ArrayExpression, { side: SideKind; codeSide: TSESTree.Node } | 'list' | null>();
  /** Per class body: the first membership test (`this.X.has(side)`) of each field name. */
  private readonly fieldUses = new Map<TSESTree.Node, Map<string, { side: SideKind; codeSide: TSESTree.Node }>>();
  /** The file compares or lists a kit constant of a code that is WhatsApp's alone. */
  private constantEvidence = false;
  private httpFile: boolean | undefined;

  constructor(
    private readonly context: Context,
    private readonly settings: WhatsAppErrorsSettings,
    private readonly index: CodeIndex,
    private readonly sides: CodeSides,
    private readonly chainRootOf: (node: TSESTree.Node) => TSESTree.Node,
  ) {}

  private group(node: TSESTree.Node): Group {
    let group = this.groups.get(node);
    if (!group) this.groups.set(node, (group = { node, members: [], typed: false, named: false, lookedUp: false, codeLike: false, constants: 0 }));
    return group;
  }

  private push(candidate: Omit<Candidate, 'value'>): void {
    const value = literalCodeValue(candidate.literal);
    // The caller's object literal, completed: no copy per candidate.
    const full: Candidate = Object.assign(candidate, { value });
    this.candidates.push(full);
    full.group.members.push(full);
    if (full.codeSide && (this.index.isUnambiguous(value) || this.index.sharesNumbering(value))) this.evidenceSources.push({ group: full.group, codeSide: full.codeSide });
  }

  /** `function|side`: where "the same code side in the same function" is counted. */
  private functionKey(group: Group, codeSide: TSESTree.Node): string {
    return `${(group.functionNode ??= enclosingFunction(group.node)).range[0]}|${this.sides.keyOf(codeSide)}`;
  }

  private hasFunctionEvidence(candidate: Candidate): boolean {
    if (!candidate.codeSide) return false;
    if (!this.functionEvidence) {
      this.functionEvidence = new Set();
      for (const source of this.evidenceSources) this.functionEvidence.add(this.functionKey(source.group, source.codeSide));
    }
    if (this.functionEvidence.size === 0) return false;
    const key = this.functionKey(candidate.group, candidate.codeSide);
    if (this.functionEvidence.has(key)) return true;
    // `err.error_subcode === 463` where `err.code` is compared with a WhatsApp code: the subcode of a WhatsApp error.
    const sibling = candidate.side === 'subcode' ? key.replace(/\.[^.|]+$/, '.code') : key;
    return sibling !== key && this.functionEvidence.has(sibling);
  }

  add(raw: Raw): void {
    switch (raw.kind) {
      case 'comparison':
        return this.addComparison(raw.literal, raw.other, raw.expression);
      case 'case': {
        const side = this.sides.kindOf(raw.switchNode.discriminant);
        if (side) this.push({ literal: raw.literal, kind: 'case', side, codeSide: raw.switchNode.discriminant, group: this.group(raw.switchNode) });
        return;
      }
      case 'element':
        return this.addElement(raw.literal, raw.array);
      case 'key':
      case 'value':
        return this.addProperty(raw.literal, raw.property, raw.kind);
      case 'enum': {
        const enumNode = raw.member.parent.type === 'TSEnumBody' ? raw.member.parent.parent : (raw.member.parent as TSESTree.Node);
        const members = raw.member.parent.type === 'TSEnumBody' ? raw.member.parent.members : (enumNode as TSESTree.TSEnumDeclaration).members;
        const name = raw.member.id.type === 'Identifier' ? raw.member.id.name : String((raw.member.id as TSESTree.StringLiteral).value);
        const table = this.table(enumNode, (enumNode as TSESTree.TSEnumDeclaration).id.name, enumNode, () => members.every((member) => isCodeLike(member.initializer)));
        this.push({ literal: raw.literal, kind: 'table-value', side: 'code', codeSide: undefined, group: table, name: { text: name, node: raw.member.id } });
        return;
      }
      case 'definition':
        return this.addDefinition(raw.literal, raw.holder);
      case 'union': {
        // `type MetaCode = 131047 | 131026 | 131014`: a table of codes when it is one by name or by its members.
        const union = raw.union;
        const table = this.table(union, unionName(union), union, () => union.types.every((member) => (member.type === 'TSLiteralType' && isCodeLike(member.literal)) || member.type === 'TSUndefinedKeyword' || member.type === 'TSNullKeyword'));
        this.push({ literal: raw.literal, kind: 'type-member', side: 'code', codeSide: undefined, group: table });
        return;
      }
      case 'lookup': {
        // `ERROR_CODES[131047]`: read as a code where the table is named as one of codes.
        const name = lastName(unwrapTypeCasts(raw.member.object));
        if (name !== undefined && this.settings.isTableName(name)) this.push({ literal: raw.literal, kind: 'lookup', side: 'code', codeSide: undefined, group: this.group(raw.literal) });
        return;
      }
    }
  }

  /**
   * `err.code === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED`, `case WA.RATE_LIMIT_HIT:`, a
   * constant in a collection or table: a code that is WhatsApp's alone, written as the kit's
   * constant, is the same evidence for the small values beside it (in its group, and for its code
   * side in its function) as the literal it stands for.
   */
  addConstant(constant: ConstantUse): void {
    if (constant.object !== 'WhatsAppErrorCode') return;
    const value = constantValue(constant);
    if (value === undefined || !this.index.isUnambiguous(value)) return;
    this.constantEvidence = true;
    const outer = outermostCast(constant.node);
    const parent = outer.parent;
    let group: Group | undefined;
    let codeSide: TSESTree.Node | undefined;
    if (parent?.type === 'BinaryExpression' && EQUALITY.has(parent.operator)) {
      const other = parent.left === outer ? parent.right : parent.left;
      if (!this.sides.kindOf(other)) return;
      group = this.group(this.chainRootOf(parent));
      codeSide = other;
    } else if (parent?.type === 'SwitchCase' && parent.test === outer) {
      const switchNode = parent.parent as TSESTree.SwitchStatement;
      if (!this.sides.kindOf(switchNode.discriminant)) return;
      group = this.group(switchNode);
      codeSide = switchNode.discriminant;
    } else if (parent?.type === 'ArrayExpression') {
      // The key of a `Map` entry: `new Map([[WhatsAppErrorCode.RATE_LIMIT_HIT, …], [429, …]])`.
      const entries = parent.elements[0] === outer ? outermostCast(parent).parent : undefined;
      group = entries?.type === 'ArrayExpression' ? this.groups.get(entries) : undefined;
      if (!group) {
        const use = this.arrayUse(parent);
        if (use === null) return;
        group = this.group(parent);
        if (use !== 'list') codeSide = use.codeSide;
      }
    } else if (parent?.type === 'Property' && parent.value === outer && parent.parent.type === 'ObjectExpression') {
      group = this.groups.get(parent.parent);
    }
    if (!group) return;
    group.constants++;
    if (codeSide) this.evidenceSources.push({ group, codeSide });
  }

  private addComparison(literal: CodeLiteralNode, other: TSESTree.Node, expression: TSESTree.Node): void {
    const side = this.sides.kindOf(other);
    if (!side) return;
    const group = this.group(this.chainRootOf(expression));
    this.push({ literal, kind: 'comparison', side, codeSide: other, group });
  }

  /** The collection an array makes (`new Set(arr)`, `Object.freeze(arr)`, `arr as const`), and what holds it. */
  private addElement(literal: CodeLiteralNode, array: TSESTree.ArrayExpression): void {
    const outerArray = outermostCast(array);
    // A pair of a `Map`'s entries: `new Map([[131047, 'label'], …])`; its first element is a key.
    if (outerArray.parent?.type === 'ArrayExpression' && array.elements.length === 2 && unwrapTypeCasts(array.elements[0] ?? array) === literal) {
      const entries = outerArray.parent;
      const collection = this.collectionOf(entries);
      if (isMapLike(collection) || isFromEntries(collection)) {
        const table = this.table(entries, holderName(collection), collection, () => entries.elements.every((pair) => pair?.type === 'ArrayExpression' && isCodeLike(pair.elements[0])));
        this.push({ literal, kind: 'table-key', side: 'code', codeSide: undefined, group: table, ...(array.elements[1] && { label: array.elements[1] }) });
        return;
      }
    }
    const use = this.arrayUse(array);
    if (use === null) return;
    const group = this.group(array);
    if (use === 'list') this.push({ literal, kind: 'list', side: 'code', codeSide: undefined, group });
    else this.push({ literal, kind: 'member', side: use.side, codeSide: use.codeSide, group });
  }

  /** What an array is for: tested against a code side, a list named as one of codes, or neither (`null`). Decided once per array. */
  private arrayUse(array: TSESTree.ArrayExpression): { side: SideKind; codeSide: TSESTree.Node } | 'list' | null {
    let use = this.arrayUses.get(array);
    if (use === undefined) {
      const collection = this.collectionOf(array);
      const name = holderName(collection);
      use = this.membershipUse(collection) ?? (name !== undefined && this.settings.isTableName(name) && isCodeList(array, collection) ? 'list' : null);
      this.arrayUses.set(array, use);
    }
    return use;
  }

  /** `[…]` → `new Set([…])`, `Object.freeze([…])`, `Object.fromEntries([…])` (and `{…}` → `Object.freeze({…})`), through casts. */
  private collectionOf(array: TSESTree.Node): TSESTree.Node {
    let node = outermostCast(array);
    const parent = node.parent;
    if (parent?.type === 'NewExpression' && parent.arguments[0] === node && parent.callee.type === 'Identifier' && (parent.callee.name === 'Set' || parent.callee.name === 'Map')) node = outermostCast(parent);
    else if (parent?.type === 'CallExpression' && parent.arguments[0] === node && parent.callee.type === 'MemberExpression' && COLLECTION_CALLS.has(propertyName(parent.callee) ?? '')) node = outermostCast(parent);
    return node;
  }

  /** Where a collection is tested against a code side: directly, through the `const` holding it, or through the class field holding it. */
  private membershipUse(collection: TSESTree.Node): { side: SideKind; codeSide: TSESTree.Node } | undefined {
    const direct = this.membershipCall(collection);
    if (direct) return direct;
    const holder = collection.parent;
    if (holder?.type === 'VariableDeclarator' && holder.init === collection && holder.id.type === 'Identifier') {
      for (const variable of this.context.sourceCode.getDeclaredVariables(holder)) {
        for (const reference of variable.references) {
          if (reference.init) continue;
          const use = this.membershipCall(reference.identifier);
          if (use) return use;
        }
      }
      return undefined;
    }
    if (holder?.type === 'PropertyDefinition' && holder.value === collection && !holder.computed) {
      const name = propertyName(holder);
      const classBody = holder.parent;
      return name === undefined ? undefined : this.fieldMembership(classBody, name);
    }
    return undefined;
  }

  /** `X.includes(side)`, `(X as readonly number[]).has(side)`, `X.indexOf(side)`. */
  private membershipCall(receiver: TSESTree.Node): { side: SideKind; codeSide: TSESTree.Node } | undefined {
    const outer = outermostCast(receiver);
    const member = outer.parent;
    if (member?.type !== 'MemberExpression' || member.object !== outer || member.computed || member.property.type !== 'Identifier' || !MEMBERSHIP.has(member.property.name)) return undefined;
    const call = member.parent;
    const argument = call?.type === 'CallExpression' && call.callee === member ? call.arguments[0] : undefined;
    if (!argument || argument.type === 'SpreadElement') return undefined;
    const side = this.sides.kindOf(argument);
    return side ? { side, codeSide: argument } : undefined;
  }

  /** `this.NAME.has(side)` or `Class.NAME.has(side)` inside the class that holds the field: the class is walked once for all its fields. */
  private fieldMembership(classBody: TSESTree.Node, name: string): { side: SideKind; codeSide: TSESTree.Node } | undefined {
    let uses = this.fieldUses.get(classBody);
    if (!uses) {
      const found = new Map<string, { side: SideKind; codeSide: TSESTree.Node }>();
      const visitorKeys = this.context.sourceCode.visitorKeys;
      const stack: TSESTree.Node[] = [classBody];
      while (stack.length > 0) {
        const node = stack.pop()!;
        if (node.type === 'MemberExpression' && !node.computed) {
          const field = propertyName(node);
          const use = field === undefined || found.has(field) ? undefined : this.membershipCall(node);
          if (use) found.set(field!, use);
        }
        for (const key of visitorKeys[node.type] ?? []) {
          const child = (node as unknown as Record<string, unknown>)[key];
          if (Array.isArray(child)) {
            for (const item of child) if (item && typeof item === 'object') stack.push(item as TSESTree.Node);
          } else if (child && typeof child === 'object' && 'type' in child) stack.push(child as TSESTree.Node);
        }
      }
      this.fieldUses.set(classBody, (uses = found));
    }
    return uses.get(name);
  }

  /** An object, enum or Map read as a table: typed as one, named as one, looked up with a code side, or made only of codes. */
  private table(node: TSESTree.Node, name: string | undefined, collection: TSESTree.Node, codeLike: () => boolean): Group {
    const existing = this.groups.get(node);
    if (existing) return existing;
    const group = this.group(node);
    group.typed = this.isTypedTable(node, collection);
    group.named = name !== undefined && this.settings.isTableName(name);
    group.lookedUp = this.isLookedUpWithCodeSide(collection);
    group.codeLike = codeLike();
    return group;
  }

  /**
   * `Record<WhatsAppErrorCode, …>`, `Map<LooseWhatsAppErrorCode, …>`, `… satisfies Partial<Record<WhatsAppErrorCode, string>>`:
   * an annotation of the holder, or a cast or type argument anywhere from the table up to the
   * collection that holds it (`Object.freeze({ … } as Record<WhatsAppErrorCode, string>)`,
   * `new Map([…]) as Map<WhatsAppErrorCode, string>`).
   */
  private isTypedTable(table: TSESTree.Node, collection: TSESTree.Node): boolean {
    const annotations: TSESTree.TypeNode[] = [];
    const top = outermostCast(collection);
    for (let node: TSESTree.Node | undefined = table; node; node = node.parent) {
      if (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression' || node.type === 'TSTypeAssertion') annotations.push(node.typeAnnotation);
      else if (node.type === 'NewExpression' && node.typeArguments?.params[0]) annotations.push(node.typeArguments.params[0]);
      if (node === top) break;
    }
    const holder = top.parent;
    if (holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier' && holder.id.typeAnnotation) annotations.push(holder.id.typeAnnotation.typeAnnotation);
    if (holder?.type === 'PropertyDefinition' && holder.typeAnnotation) annotations.push(holder.typeAnnotation.typeAnnotation);
    return annotations.some((annotation) => this.mentionsCodeType(annotation));
  }

  private mentionsCodeType(type: TSESTree.TypeNode): boolean {
    if (this.sides.annotatesCode(type)) return true;
    if (type.type === 'TSTypeReference') return type.typeArguments?.params.some((argument) => this.mentionsCodeType(argument)) ?? false;
    if (type.type === 'TSUnionType' || type.type === 'TSIntersectionType') return type.types.some((member) => this.mentionsCodeType(member));
    if (type.type === 'TSMappedType') return type.constraint ? this.mentionsCodeType(type.constraint) : false;
    return false;
  }

  /** `TABLE[side]`, `side in TABLE`, `TABLE.get(side)`: the table is read with a code. */
  private isLookedUpWithCodeSide(collection: TSESTree.Node): boolean {
    const holder = outermostCast(collection).parent;
    const identifiers: TSESTree.Node[] = [];
    if (holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier') {
      for (const variable of this.context.sourceCode.getDeclaredVariables(holder)) for (const reference of variable.references) if (!reference.init) identifiers.push(reference.identifier);
    }
    return identifiers.some((identifier) => {
      const outer = outermostCast(identifier);
      const parent = outer.parent;
      if (parent?.type === 'MemberExpression' && parent.object === outer && parent.computed) return this.sides.kindOf(parent.property) !== undefined;
      if (parent?.type === 'BinaryExpression' && parent.operator === 'in' && parent.right === outer) return this.sides.kindOf(parent.left) !== undefined;
      const use = this.membershipCallNamed(outer, 'get');
      return use;
    });
  }

  private membershipCallNamed(outer: TSESTree.Node, method: string): boolean {
    const member = outer.parent;
    if (member?.type !== 'MemberExpression' || member.object !== outer || propertyName(member) !== method) return false;
    const call = member.parent;
    const argument = call?.type === 'CallExpression' && call.callee === member ? call.arguments[0] : undefined;
    return argument !== undefined && argument.type !== 'SpreadElement' && this.sides.kindOf(argument) !== undefined;
  }

  private addProperty(literal: CodeLiteralNode, property: TSESTree.Property, kind: 'key' | 'value'): void {
    const object = property.parent as TSESTree.ObjectExpression;
    const properties = object.properties;
    // `Object.freeze({ … })` is held (and named, typed, looked up) where the frozen object is.
    const collection = this.collectionOf(object);
    if (kind === 'key') {
      const table = this.table(object, holderName(collection), collection, () => properties.every((item) => item.type === 'Property' && (item.computed || item.key.type === 'Literal') && isCodeLike(item.key)));
      this.push({ literal, kind: 'table-key', side: 'code', codeSide: undefined, group: table, label: property.value });
      return;
    }
    const key = property.computed ? undefined : propertyName(property);
    if (key === undefined) return;
    // `{ code: 131047, title: '…' }`: an object's code field.
    if (this.settings.codeNames.has(key)) {
      // `additionalCodes: [{ code: 131099, … }]` in an ESLint config declares a code; it does not use one.
      if (isAdditionalCodeDeclaration(property.parent)) return;
      this.push({ literal, kind: 'property', side: 'code', codeSide: property.key, group: this.group(literal) });
      return;
    }
    const table = this.table(object, holderName(collection), collection, () => properties.every((item) => item.type === 'Property' && isCodeLike(item.value)));
    this.push({ literal, kind: 'table-value', side: 'code', codeSide: undefined, group: table, name: { text: key, node: property.key } });
  }

  private addDefinition(literal: CodeLiteralNode, holder: TSESTree.VariableDeclarator | TSESTree.PropertyDefinition): void {
    const nameNode = holder.type === 'VariableDeclarator' ? holder.id : holder.key;
    const text = holder.type === 'VariableDeclarator' ? (holder.id as TSESTree.Identifier).name : propertyName(holder);
    if (text === undefined) return;
    // Where the constant is compared or tested with a code side, the literal is compared with it.
    let codeSide: TSESTree.Node | undefined;
    let side: SideKind = 'code';
    if (holder.type === 'VariableDeclarator' && holder.parent?.type === 'VariableDeclaration' && holder.parent.kind === 'const') {
      for (const variable of this.context.sourceCode.getDeclaredVariables(holder)) {
        for (const reference of variable.references) {
          if (reference.init) continue;
          const use = this.useAsCode(reference.identifier);
          if (use) {
            ({ codeSide, side } = use);
            break;
          }
        }
      }
    }
    this.push({ literal, kind: 'definition', side, codeSide, group: this.group(literal), name: { text, node: nameNode } });
  }

  /** `side === NAME`, `case NAME:` in a switch over a side: a constant used as a code. */
  private useAsCode(identifier: TSESTree.Node): { side: SideKind; codeSide: TSESTree.Node } | undefined {
    const outer = outermostCast(identifier);
    const parent = outer.parent;
    if (parent?.type === 'BinaryExpression' && EQUALITY.has(parent.operator)) {
      const other = parent.left === outer ? parent.right : parent.left;
      const side = this.sides.kindOf(other);
      return side ? { side, codeSide: other } : undefined;
    }
    if (parent?.type === 'SwitchCase' && parent.test === outer) {
      const discriminant = (parent.parent as TSESTree.SwitchStatement).discriminant;
      const side = this.sides.kindOf(discriminant);
      return side ? { side, codeSide: discriminant } : undefined;
    }
    return undefined;
  }

  // ── Evidence ──────────────────────────────────────────────────────────────────────────────

  private tally(group: Group): Tally {
    const tally: Tally = { unambiguous: group.constants > 0, unambiguousCount: group.constants, distinctive: group.constants > 0, onPremises: false, http: false, foreign: false };
    for (const member of group.members) {
      const meaning = this.index.meaningOf(member.value);
      if (meaning.kind === 'foreign' && meaning.product.kind !== 'graph-api') tally.foreign = true;
      if (this.index.isUnambiguous(member.value)) {
        tally.unambiguous = true;
        tally.unambiguousCount++;
      }
      if ((meaning.kind === 'live' || meaning.kind === 'retired') && !isEverydayNumber(member.value)) tally.distinctive = true;
      if (meaning.kind === 'retired' && meaning.entry.platform === 'on-premises' && !isHttpStatus(member.value)) tally.onPremises = true;
      if (isHttpStatus(member.value) && meaning.kind !== 'live' && meaning.kind !== 'retired') tally.http = true;
    }
    return tally;
  }

  /**
   * The file compares its codes with HTTP statuses that are no WhatsApp codes (404, 409, 502), and
   * never with a code that is WhatsApp's alone, nor talks to WhatsApp: its own numbers (`code ===
   * 470` for "user not found") are the application's.
   */
  private codesAreHttpStatuses(): boolean {
    if (this.httpFile === undefined) {
      let http = false;
      let whatsApp = false;
      for (const candidate of this.candidates) {
        const kind = this.index.meaningOf(candidate.value).kind;
        if (isHttpStatus(candidate.value) && kind !== 'live' && kind !== 'retired') http = true;
        if (this.index.isUnambiguous(candidate.value)) whatsApp = true;
      }
      this.httpFile = http && !whatsApp && !this.constantEvidence && !talksToWhatsApp(this.context.sourceCode);
    }
    return this.httpFile;
  }


  /** A comment beside the literal, or above its group, naming another product and not WhatsApp. */
  private namesOtherProduct(candidate: Candidate): boolean {
    if (PRODUCT_WORDS.length === 0) return false;
    const sourceCode = this.context.sourceCode;
    const lines = new Set([candidate.literal.loc.start.line, candidate.group.node.loc.start.line - 1, candidate.group.node.loc.start.line]);
    const texts: string[] = [];
    for (const line of lines) {
      const text = sourceCode.lines[line - 1];
      if (text !== undefined && (text.includes('//') || text.includes('/*'))) texts.push(text.toLowerCase());
    }
    return texts.some((text) => !text.includes('whatsapp') && PRODUCT_WORDS.some((word) => containsWord(text, word)));
  }

  decide(): CodePosition[] {
    const tallies = new Map<Group, Tally>();
    const positions: CodePosition[] = [];
    for (const candidate of this.candidates) {
      let tally = tallies.get(candidate.group);
      if (!tally) tallies.set(candidate.group, (tally = this.tally(candidate.group)));
      if (!this.isWhatsAppCode(candidate, tally)) continue;
      positions.push(this.position(candidate));
    }
    // Candidates come in source order except where a group gathers them out of it: sort only then.
    for (let index = 1; index < positions.length; index++) {
      if (positions[index - 1]!.node.range[0] > positions[index]!.node.range[0]) return positions.sort((a, b) => a.node.range[0] - b.node.range[0]);
    }
    return positions;
  }

  private isWhatsAppCode(candidate: Candidate, tally: Tally): boolean {
    const { value } = candidate;
    const meaning = this.index.meaningOf(value);
    if (meaning.kind === 'foreign') return false;
    const group = candidate.group;
    // A value that is WhatsApp's alone is a code wherever it stands as one.
    if (this.index.isUnambiguous(value)) return true;
    const isTable = candidate.kind === 'table-key' || candidate.kind === 'table-value' || candidate.kind === 'type-member';
    // A table (keys, values, enum members) holds codes when typed, named or looked up as one, or made only of codes, two of them WhatsApp's alone.
    if (isTable && !group.typed && !group.named && !group.lookedUp && !(group.codeLike && tally.unambiguousCount >= 2)) return false;
    // A constant defined once is a code where it is used as one, or named as one.
    if (candidate.kind === 'definition' && !candidate.codeSide && !CODE_NAME.test(candidate.name?.text ?? '')) return false;
    // An unknown value of 10,000 or more: no-unknown-code decides whether it looks like a code.
    if (value >= 10_000 && meaning.kind === 'unknown') return true;
    // A member of a numbering products share (80007) has one meaning: beside a code that is WhatsApp's alone, it is WhatsApp's.
    if (tally.unambiguous && this.index.sharesNumbering(value)) return true;
    // A small value, or one of a numbering Meta shares between products (80007): evidence, judged by its company.
    // Beside another product's code (`code === 131047 || code === 10 || code === 551`), it may be that product's.
    if (tally.foreign) return false;
    // Beside HTTP statuses (404, 502) and no code that is WhatsApp's alone, a small value is one more HTTP status.
    if (tally.http && !tally.onPremises && !tally.unambiguous) return false;
    // A retired code that is also an HTTP status counts beside On-Premises codes, or as a key or value of a table of WhatsApp codes.
    // Not in a union type: SDKs type the field that holds the HTTP status when a body has no code (`KnownErrorCode = … | 429 | 500`).
    if (meaning.kind === 'retired' && isHttpStatus(value) && !tally.onPremises && !(isTable && candidate.kind !== 'type-member' && tally.unambiguous)) return false;
    if (this.namesOtherProduct(candidate)) return false;
    if (group.typed || tally.unambiguous) return true;
    if (tally.distinctive && !this.codesAreHttpStatuses()) return true;
    // 470 or 2000 compared with a code: nothing else that number usually is, unless the file's codes are HTTP statuses.
    // Not Graph's own subcodes (463 under 190): every Meta API sends them.
    if (candidate.codeSide && candidate.kind !== 'property' && meaning.kind !== 'subcode' && !isEverydayNumber(value) && !this.codesAreHttpStatuses()) return true;
    if (this.hasFunctionEvidence(candidate)) return true;
    if (candidate.codeSide && candidate.kind !== 'property') {
      if (this.sides.isTypedAsCode(candidate.codeSide)) return true;
      if (this.sides.readsGraphError(candidate.codeSide) && talksToWhatsApp(this.context.sourceCode)) return true;
    }
    return false;
  }

  private position(candidate: Candidate): CodePosition {
    const meaning = candidate.side === 'subcode' ? this.index.meaningAsSubcode(candidate.value) : this.index.meaningOf(candidate.value);
    const { literal, codeSide } = candidate;
    const sides = this.sides;
    return {
      node: literal,
      value: candidate.value,
      form: typeof literal.value === 'number' ? 'number' : 'string',
      kind: candidate.kind,
      side: candidate.side,
      codeSide,
      meaning,
      group: candidate.group.node,
      ...(candidate.name && { name: candidate.name }),
      ...(candidate.label && { label: candidate.label }),
      isTypedAsCode: () => codeSide !== undefined && sides.isTypedAsCode(codeSide),
    };
  }

  codeSwitches(positions: readonly CodePosition[], constants: readonly ConstantUse[]): CodeSwitch[] {
    const listed = new Map<TSESTree.SwitchStatement, Set<number>>();
    for (const position of positions) {
      if (position.kind !== 'case' || position.side !== 'code') continue;
      const node = position.group as TSESTree.SwitchStatement;
      let set = listed.get(node);
      if (!set) listed.set(node, (set = new Set()));
      set.add(position.value);
    }
    for (const constant of constants) {
      if (constant.object !== 'WhatsAppErrorCode') continue;
      const test = outermostCast(constant.node);
      const switchCase = test.parent;
      if (switchCase?.type !== 'SwitchCase' || switchCase.test !== test) continue;
      const node = switchCase.parent as TSESTree.SwitchStatement;
      if (this.sides.kindOf(node.discriminant) !== 'code') continue;
      const value = constantValue(constant);
      if (value === undefined) continue;
      let set = listed.get(node);
      if (!set) listed.set(node, (set = new Set()));
      set.add(value);
    }
    return [...listed].map(([node, codes]) => ({ node, listed: codes }));
  }
}

/** The value of `WhatsAppErrorCode.NAME`, if the kit has that constant. */
function constantValue(constant: ConstantUse): number | undefined {
  return Object.hasOwn(WhatsAppErrorCode, constant.name) ? (WhatsAppErrorCode as Readonly<Record<string, number>>)[constant.name] : undefined;
}

/**
 * A list named as one of codes holds codes only when it is fixed (a `const`, a field) and every
 * element is a code literal or a kit constant: `let CODES = []` is filled at run time, and
 * `[131047, 'x']` is not a list of codes.
 */
function isCodeList(array: TSESTree.ArrayExpression, collection: TSESTree.Node): boolean {
  const holder = collection.parent;
  const fixed = (holder?.type === 'VariableDeclarator' && holder.parent?.type === 'VariableDeclaration' && holder.parent.kind === 'const') || holder?.type === 'PropertyDefinition' || holder?.type === 'Property';
  return fixed && array.elements.every((element) => element !== null && element.type !== 'SpreadElement' && isCodeLike(element));
}

/** `{ additionalCodes: [{ code: … }] }`: the plugin's own settings. */
function isAdditionalCodeDeclaration(object: TSESTree.Node): boolean {
  const list = object.parent;
  const property = list?.type === 'ArrayExpression' ? list.parent : undefined;
  return property?.type === 'Property' && property.value === list && !property.computed && propertyName(property) === 'additionalCodes';
}

/** `new Map([[k, v], …])`: a collection whose pairs are entries. */
function isMapLike(collection: TSESTree.Node): boolean {
  const core = unwrapTypeCasts(collection);
  return core.type === 'NewExpression' && core.callee.type === 'Identifier' && core.callee.name === 'Map';
}

/** `Object.fromEntries([[k, v], …])`: the call, as `collectionOf` gives it. */
function isFromEntries(collection: TSESTree.Node): boolean {
  const call = unwrapTypeCasts(collection);
  return call.type === 'CallExpression' && call.callee.type === 'MemberExpression' && propertyName(call.callee) === 'fromEntries';
}

/** Calls whose result is the collection they are given, held where the call is. */
const COLLECTION_CALLS = new Set(['freeze', 'fromEntries']);

/** What a table of codes holds: a number or digit-string literal, or a kit constant (`WhatsAppErrorCode.X`, `WA.X`). */
function isCodeLike(node: TSESTree.Node | null | undefined): boolean {
  if (!node) return false;
  const core = unwrapTypeCasts(node);
  return isCandidateLiteral(core) || (core.type === 'MemberExpression' && !core.computed && core.property.type === 'Identifier' && /^[A-Z][A-Z0-9_]*$/.test(core.property.name));
}

/** A constant or field named as a code (`REENGAGEMENT_CODE`, `windowClosedError`): read even where it is never used. */
const CODE_NAME = /(?:^|_)(?:CODE|CODES|ERROR|ERR)(?:_|$)|[a-z](?:Code|Error)$/;

/** The name a collection or table is held under: `const NAME = …`, a field, an object property, an enum. */
function holderName(collection: TSESTree.Node): string | undefined {
  const holder = outermostCast(collection).parent;
  if (holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier') return holder.id.name;
  if ((holder?.type === 'PropertyDefinition' || holder?.type === 'Property') && !holder.computed) return propertyName(holder);
  if (holder?.type === 'AssignmentExpression' && holder.left.type === 'MemberExpression') return propertyName(holder.left);
  return undefined;
}

/** The name a literal union type is declared under: its alias, or the property or parameter it annotates. */
function unionName(union: TSESTree.TSUnionType): string | undefined {
  const parent = union.parent;
  if (parent.type === 'TSTypeAliasDeclaration') return parent.id.name;
  const annotated = parent.type === 'TSTypeAnnotation' ? parent.parent : undefined;
  if (annotated?.type === 'Identifier') return annotated.name;
  if (annotated?.type === 'PropertyDefinition' && !annotated.computed) return propertyName(annotated);
  return annotated?.type === 'TSPropertySignature' && annotated.key.type === 'Identifier' ? annotated.key.name : undefined;
}

/** An HTTP status that is no WhatsApp code (404, 502). */
function isHttpStatusOnly(value: number, index: CodeIndex): boolean {
  if (!isHttpStatus(value)) return false;
  const kind = index.meaningOf(value).kind;
  return kind !== 'live' && kind !== 'retired';
}

function containsWord(text: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at === -1) return false;
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + word.length);
    if (!isWordChar(before) && !isWordChar(after)) return true;
    from = at + 1;
  }
}

function isWordChar(char: number): boolean {
  return (char >= 97 && char <= 122) || (char >= 48 && char <= 57) || char === 95;
}

/**
 * Whether the file's text can hold a WhatsApp code position. Without a kit import or a Graph
 * call, only a value that is a code on its own (131047, 470) brings small values evidence
 * (code-regions.ts); a file with none of these has no code position but those a side's type
 * makes, so without type information its literals are not even collected. Most application files
 * are like that: `=== 0`, `=== 200`, `err.code === '23505'`.
 *
 * The text is read once, for numbers and for the words that the kit's module, a WhatsApp SDK and
 * the Graph API are named with: a number counts only where a number or a string token starts (not
 * in a comment, a name or a longer string); a word sends the question to whatsapp-mentions.ts.
 */
function mayHoldCodes(context: Context, index: CodeIndex): boolean {
  const sourceCode = context.sourceCode;
  const text = sourceCode.text;
  let mentionsAsked = false;
  NUMBERS_AND_WORDS.lastIndex = 0;
  for (let match = NUMBERS_AND_WORDS.exec(text); match !== null; match = NUMBERS_AND_WORDS.exec(text)) {
    const written = match[0];
    if (!isDigitCode(written.charCodeAt(0))) {
      if (mentionsAsked) continue;
      mentionsAsked = true;
      if (mentionsKit(sourceCode) || talksToWhatsApp(sourceCode)) return true;
      continue;
    }
    // Most numbers are three or four plain digits (`1000`, `404`): read without a conversion.
    const small = plainSmallNumber(written);
    if (small !== undefined) {
      if (index.isCodeOnItsOwn(small) && startsNumberToken(sourceCode, match.index, written)) return true;
      continue;
    }
    const digits = isDigits(written);
    const value = Number(digits ? written : written.replaceAll('_', ''));
    if (Number.isNaN(value)) {
      // `1.31047e+5`: the sign ends the match; the tokens have the number whole.
      const next = text[NUMBERS_AND_WORDS.lastIndex];
      if ((written.charCodeAt(written.length - 1) | 32) === 101 && (next === '+' || next === '-')) return tokensHoldCodeOnItsOwn(sourceCode, index);
      continue;
    }
    // A leading zero may be a legacy octal number, whose value is not its digits: the analysis reads it.
    const octal = digits && written.charCodeAt(0) === 48;
    if (!octal && !(Number.isSafeInteger(value) && index.isCodeOnItsOwn(value))) continue;
    if (startsNumberToken(sourceCode, match.index, written)) return true;
  }
  return false;
}

/** The value of three or four digits without a leading zero (`1000`, `470`); `undefined` for any other form. */
function plainSmallNumber(written: string): number | undefined {
  const length = written.length;
  if (length > 4 || written.charCodeAt(0) === 48) return undefined;
  let value = 0;
  for (let position = 0; position < length; position++) {
    const digit = written.charCodeAt(position) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

/** Whether a number (or a string of its digits) starts a token at `start`: not a comment, a name or a longer string. */
function startsNumberToken(sourceCode: Readonly<TSESLint.SourceCode>, start: number, written: string): boolean {
  const token = sourceCode.getTokenByRangeStart(start) ?? sourceCode.getTokenByRangeStart(start - 1);
  return token?.type === 'Numeric' || (token?.type === 'String' && isDigits(written) && token.value.length === written.length + 2);
}

/**
 * A number as it can be written: a digit, then digits, separators, a fraction, an exponent, or
 * hexadecimal, octal or binary digits (`131047`, `131_047`, `1.31047e5`, `0x1ffe7`), three
 * characters at least (0–99 are never codes on their own); or a word a WhatsApp module or the
 * Graph API is named with.
 */
const NUMBERS_AND_WORDS = /\d[\d_.xXoObBeEa-fA-F]{2,}|graph\.facebook\.com|messaging_product|[wW][hH][aA][tT][sS][aA][pP][pP]/g;

function isDigitCode(char: number): boolean {
  return char >= 48 && char <= 57;
}

function tokensHoldCodeOnItsOwn(sourceCode: Readonly<TSESLint.SourceCode>, index: CodeIndex): boolean {
  for (const token of sourceCode.ast.tokens) {
    if (token.type !== 'Numeric' && token.type !== 'String') continue;
    const digits = token.type === 'String' ? token.value.slice(1, -1) : token.value.replaceAll('_', '');
    if (token.type === 'String' && !isDigits(digits)) continue;
    const value = token.type === 'Numeric' && /^0\d/.test(digits) ? Number.parseInt(digits, 8) : Number(digits);
    if (Number.isSafeInteger(value) && index.isCodeOnItsOwn(value)) return true;
  }
  return false;
}

// ── One analysis per file ──────────────────────────────────────────────────────────────────

/**
 * Per lint (its `SourceCode`, which every rule of one lint shares and each lint makes anew): not
 * per `Program` node, which a caching parser (an editor, a benchmark) hands to many lints. `null`
 * for a file that can hold no code.
 */
const analysisFor = perFile((): { current: Analysis | null | undefined } => ({ current: undefined }));

export interface SharedAnalysis {
  readonly analysis: { get(): FileAnalysis };
  /** The listener that feeds the analysis: registered by the first rule created for the file, empty for the others. */
  readonly collector: TSESLint.RuleListener;
}

/**
 * The file's analysis, or `undefined` when the file can hold no code position: then a rule has
 * nothing to check and registers no listener. Every rule reads the result when it needs it, at
 * `Program:exit` at the earliest.
 */
export function analysisOf(context: Context): SharedAnalysis | undefined {
  const slot = analysisFor(context.sourceCode);
  const existing = slot.current;
  if (existing !== undefined) return existing === null ? undefined : { analysis: existing, collector: {} };
  // Settings are read here, by the first rule created for the file, so bad settings stop the run whichever rules are on.
  const settings = readSettings(context);
  const index = codeIndexFor(settings);
  const textHoldsCodes = mayHoldCodes(context, index);
  // With type information a side's type can make a code of any value, if the file can see a code type.
  if (!textHoldsCodes && !seesCodeTypes(context.sourceCode, index)) {
    slot.current = null;
    return undefined;
  }
  const analysis = (slot.current = new Analysis(context, settings, index, textHoldsCodes));
  return { analysis, collector: { Literal: analysis.collect } };
}
