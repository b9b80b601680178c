/**
 * The texts a file attaches to each WhatsApp code it holds, for no-misnamed-code: where real code
 * states what it thinks a code means.
 *
 * - name: the constant, field, enum member or table key that holds it (`RATE_LIMIT = 130472`);
 * - label: what a table gives it (`{ 131047: 'Re-engagement…' }`, a `Map` entry's second element,
 *   `{ code: 131031, title: 'Rate limit hit' }`);
 * - comment: on its line, on the line above its `case` or its `if`, on the first line inside its
 *   `case` block or `if` block;
 * - branch: what the branch that handles it returns, throws, assigns or passes to a logging or
 *   reply call, in the `case` body (to its `break`/`return`), the `if` consequent, the ternary arm.
 *
 * Each code comes with the codes its texts may be about (its fall-through group, its `||` chain,
 * the codes on its line), so `case 131047: case 131026: // window closed` is no finding.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { WhatsAppErrorCode, WhatsAppErrorSubcode } from 'whatsapp-error-codes';
import type { FileAnalysis } from './analysis.js';
import { isCandidateLiteral, literalCodeValue, outermostCast, propertyName, unwrapTypeCasts, type CodeLiteralNode } from './ast.js';
import type { CodeIndex } from './known-codes.js';
import type { CatalogEntry } from './meaning.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export type LabelSource = 'name' | 'label' | 'comment' | 'branch';

export interface Label {
  readonly source: LabelSource;
  readonly text: string;
  /** The entries this text may be about, where they are not the code's `held` (a comment on one line of a chain). */
  readonly held?: readonly CatalogEntry[];
}

export interface LabelledCode {
  /** What is reported and replaced: the literal, or `WhatsAppErrorCode.NAME`. */
  readonly node: CodeLiteralNode | TSESTree.MemberExpression;
  readonly entry: CatalogEntry;
  /** The entries the texts may be about: this one and those of its group. */
  readonly held: readonly CatalogEntry[];
  readonly labels: readonly Label[];
  /** The switch, table or chain the code is listed in, for duplicates; with the name or text that labels it there. */
  readonly listing?: { readonly group: TSESTree.Node; readonly label: string; readonly node: TSESTree.Node };
}

export interface LabelOptions {
  readonly comments: boolean;
}

/**
 * Properties of an object that hold its label: `{ 131047: { message: '…', retry: false } }`,
 * `{ code, title }`, `{ codigo, motivo }`; in the four languages, compared lower-cased without accents.
 */
const LABEL_KEYS = new Set([
  ...['message', 'label', 'title', 'description', 'text', 'reason', 'summary', 'detail', 'details', 'hint', 'meaning', 'name', 'status', 'type', 'kind', 'state', 'error', 'category'],
  // Spanish and Portuguese
  ...['mensaje', 'mensagem', 'motivo', 'razon', 'razao', 'titulo', 'descripcion', 'descricao', 'texto', 'detalle', 'detalhe', 'estado', 'tipo', 'categoria', 'erro'],
  // French
  ...['libelle', 'raison', 'titre', 'erreur', 'etat', 'categorie'],
]);

/** `título` → `titulo`: how a property name is looked up in LABEL_KEYS. */
function foldedKey(key: string): string {
  return key.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** A name ending in one of these holds a quantity or an identifier, not a code (`BLOCKED_USER_ID`, `WINDOW_MS`). */
const QUANTITY_SUFFIX = /(?:^|[^a-z])(?:ids?|ms|millis|milliseconds|secs?|seconds|minutes|ttl|delay|interval|size|length|count|index|port|version|offset|bytes)$/i;

/** Calls whose first argument says what happened: logging, replying, failing. */
const TELLING_CALL = /^(?:log|info|warn|warning|err|error|debug|trace|fatal|notice|critical|alert|reply\w*|respond\w*|send(?:Text|Message|Reply)?|json|toast\w*|notify\w*|fail\w*|reject|next|set(?:Error|Message|Status|Reason)\w*)$/;

/** Tool directives, not descriptions. */
const DIRECTIVE = /^\s*(?:eslint|@ts-|istanbul|c8|prettier|jshint|globals?\b|#?(?:end)?region\b)/;

/** A comment longer than this is prose about the code, not a label for it; a branch text longer than that, a message to a person. */
const MAX_COMMENT_WORDS = 12;
const MAX_TEXT_WORDS = 30;

const EQUALITY = new Set(['===', '!==', '==', '!=']);

const NO_COMMENTS: readonly TSESTree.Comment[] = [];

const CODE_CONSTANTS: Readonly<Record<string, number>> = WhatsAppErrorCode;
const SUBCODE_CONSTANTS: Readonly<Record<string, number>> = WhatsAppErrorSubcode;

/** Every catalog code of the file with the texts attached to it, in source order. */
export function labelledCodes(context: Context, analysis: FileAnalysis, options: LabelOptions): LabelledCode[] {
  return new Labeller(context, analysis, options).all();
}

interface Occurrence {
  readonly node: CodeLiteralNode | TSESTree.MemberExpression;
  readonly entry: CatalogEntry;
  readonly subcode: boolean;
  readonly name?: string;
  readonly label?: TSESTree.Node;
  /** `{ code: 131047, title: '…' }`: the object whose code field it is. */
  readonly record?: TSESTree.ObjectExpression;
  readonly group?: TSESTree.Node;
}

class Labeller {
  private readonly sourceCode: TSESLint.SourceCode;
  private readonly index: CodeIndex;
  private commentsByLine: Map<number, TSESTree.Comment[]> | undefined;
  /** The lines comments end on: where a comment above a statement can be. */
  private endLines: Set<number> | undefined;
  /** Occurrences by the chain (`||`), collection or table they are listed in. */
  private readonly byGroup = new Map<TSESTree.Node, Occurrence[]>();
  /** Entries per group, and per group and line: computed once, not once per member (a chain of 20,000 terms). */
  private readonly groupEntries = new Map<TSESTree.Node, CatalogEntry[]>();
  private readonly lineEntries = new Map<TSESTree.Node, Map<number, CatalogEntry[]>>();
  private readonly commentedLineCounts = new Map<TSESTree.Node, number>();
  private readonly fallThroughGroups = new Map<TSESTree.SwitchCase, TSESTree.SwitchCase[]>();
  private readonly caseEntries = new Map<readonly TSESTree.SwitchCase[], CatalogEntry[]>();

  constructor(
    context: Context,
    private readonly analysis: FileAnalysis,
    private readonly options: LabelOptions,
  ) {
    this.sourceCode = context.sourceCode;
    this.index = analysis.index;
  }

  all(): LabelledCode[] {
    const occurrences = [...this.fromPositions(), ...this.fromConstants()].sort((a, b) => a.node.range[0] - b.node.range[0]);
    for (const occurrence of occurrences) {
      if (!occurrence.group) continue;
      const list = this.byGroup.get(occurrence.group);
      if (list) list.push(occurrence);
      else this.byGroup.set(occurrence.group, [occurrence]);
    }
    return occurrences.map((occurrence) => this.labelled(occurrence));
  }

  // ── Where the codes are ───────────────────────────────────────────────────────────────────

  private *fromPositions(): Generator<Occurrence> {
    for (const position of this.analysis.positions) {
      if (position.kind === 'lookup') continue;
      const subcode = position.side === 'subcode';
      const entry = this.entryOf(position.value, subcode);
      if (!entry) continue;
      const record = position.kind === 'property' ? (outermostCast(position.node).parent?.parent as TSESTree.ObjectExpression | undefined) : undefined;
      yield {
        node: position.node,
        entry,
        subcode,
        ...(position.name && { name: position.name.text }),
        ...(position.label && { label: position.label }),
        ...(record?.type === 'ObjectExpression' && { record }),
        group: position.kind === 'property' || position.kind === 'definition' ? position.node : position.group,
      };
    }
  }

  /** `WhatsAppErrorCode.NAME` where a code stands: a name, a table key or value, a `case`, a comparison. */
  private *fromConstants(): Generator<Occurrence> {
    for (const constant of this.analysis.constants) {
      const subcode = constant.object === 'WhatsAppErrorSubcode';
      const table = subcode ? SUBCODE_CONSTANTS : CODE_CONSTANTS;
      if (!Object.hasOwn(table, constant.name)) continue;
      const entry = this.entryOf(table[constant.name]!, subcode);
      if (!entry) continue;
      const outer = outermostCast(constant.node);
      const parent = outer.parent;
      if (!parent) continue;
      const base = { node: constant.node, entry, subcode };
      switch (parent.type) {
        case 'VariableDeclarator':
          if (parent.init === outer && parent.id.type === 'Identifier') yield { ...base, name: parent.id.name, group: constant.node };
          break;
        case 'PropertyDefinition':
          if (parent.value === outer && !parent.computed && propertyName(parent) !== undefined) yield { ...base, name: propertyName(parent)!, group: constant.node };
          break;
        case 'TSEnumMember':
          if (parent.initializer === outer) yield { ...base, name: enumMemberName(parent), group: parent.parent };
          break;
        case 'Property':
          if (parent.value === outer && !parent.computed) {
            const key = propertyName(parent);
            if (key !== undefined && this.analysis.settings.codeNames.has(key)) yield { ...base, record: parent.parent as TSESTree.ObjectExpression, group: constant.node };
            else if (key !== undefined) yield { ...base, name: key, group: parent.parent };
          } else if (parent.key === outer && parent.computed) yield { ...base, label: parent.value, group: parent.parent };
          break;
        case 'SwitchCase':
          if (parent.test === outer) yield { ...base, group: parent.parent };
          break;
        case 'BinaryExpression':
          if (EQUALITY.has(parent.operator)) yield { ...base, group: this.analysis.chainRootOf(parent) };
          break;
        case 'ArrayExpression':
          yield { ...base, group: parent };
          break;
        default:
          break;
      }
    }
  }

  private entryOf(value: number, subcode: boolean): CatalogEntry | undefined {
    if (subcode) {
      const meaning = this.index.meaningAsSubcode(value);
      return meaning.kind === 'subcode' && meaning.entries.length === 1 ? meaning.entries[0] : undefined;
    }
    const meaning = this.index.meaningOf(value);
    return meaning.kind === 'live' ? meaning.entry : undefined;
  }

  // ── Its texts ─────────────────────────────────────────────────────────────────────────────

  private labelled(occurrence: Occurrence): LabelledCode {
    const labels: Label[] = [];
    const add = (source: LabelSource, text: string | undefined, held?: readonly CatalogEntry[]): void => {
      if (text !== undefined && text.trim() !== '') labels.push(held ? { source, text, held } : { source, text });
    };
    // The codes its texts may be about, found only for a code that has a text: most have none.
    let heldOf: (() => readonly CatalogEntry[]) | undefined;
    let listing: LabelledCode['listing'];

    if (occurrence.name !== undefined && !QUANTITY_SUFFIX.test(occurrence.name)) add('name', occurrence.name);
    if (occurrence.label) for (const text of textsOf(occurrence.label)) add('label', text);
    if (occurrence.record) for (const text of recordTexts(occurrence.record)) add('label', text);

    const outer = outermostCast(occurrence.node);
    const switchCase = outer.parent?.type === 'SwitchCase' && outer.parent.test === outer ? outer.parent : undefined;
    const group = occurrence.group;
    if (switchCase) {
      const cases = this.fallThroughGroup(switchCase);
      heldOf = () => this.entriesOfCases(cases, occurrence);
      const body = cases.at(-1)!;
      const texts = branchTexts(body.consequent);
      for (const text of texts) add('branch', text);
      if (this.options.comments) {
        if (cases[0] === switchCase) add('comment', this.commentAbove(switchCase));
        add('comment', this.firstCommentInside(switchCase, body));
      }
      listing = { group: switchCase.parent, label: texts.join(' / '), node: switchCase };
    } else if (group && group.type !== 'SwitchStatement' && isChain(group)) {
      heldOf = () => this.entriesOfGroup(group);
      const branch = branchOf(group);
      if (branch?.type === 'IfStatement') {
        for (const text of branchTexts([branch.consequent])) add('branch', text);
        if (this.options.comments && firstTermNode(group) === outer.parent) {
          add('comment', this.commentAbove(branch));
          if (branch.consequent.type === 'BlockStatement') add('comment', this.firstCommentInBlock(branch.consequent));
        }
      } else if (branch?.type === 'ConditionalExpression') {
        for (const text of textsOf(branch.consequent)) add('branch', text);
      }
    } else if (occurrence.name !== undefined && group && group !== occurrence.node) {
      listing = { group, label: occurrence.name, node: occurrence.node };
    } else if (occurrence.label && group) {
      listing = { group, label: textsOf(occurrence.label).join(' / '), node: occurrence.node };
    }

    if (this.options.comments) {
      const onLine = this.commentAfterOnLine(occurrence.node);
      if (onLine !== undefined) {
        const held = heldOf?.() ?? [occurrence.entry];
        const line = occurrence.node.loc.end.line;
        if (held.length === 1 && group && !switchCase) {
          // A comment beside several codes (`131026, 131047, // window closed`) may describe any of them.
          const onSameLine = this.entriesOnLine(group, line);
          heldOf = () => onSameLine;
          add('comment', onLine);
        } else if (group && !switchCase && isChain(group) && this.commentedLines(group) >= 2) {
          // A chain written one term per line, each with its comment: the comment is about its line's codes, what its branch does about the whole chain's.
          add('comment', onLine, this.entriesOnLine(group, line));
        } else {
          add('comment', onLine);
        }
      }
    }
    const held = labels.length > 0 && heldOf ? heldOf() : [];
    const code: LabelledCode = { node: occurrence.node, entry: occurrence.entry, held: held.length > 0 ? held : [occurrence.entry], labels: labels.length === 0 ? labels : distinct(labels) };
    return listing ? { ...code, listing } : code;
  }

  /** `case A: case B: return …`: the cases that share one body, found for the whole switch at once. */
  private fallThroughGroup(switchCase: TSESTree.SwitchCase): readonly TSESTree.SwitchCase[] {
    let group = this.fallThroughGroups.get(switchCase);
    if (!group) {
      let current: TSESTree.SwitchCase[] = [];
      for (const member of (switchCase.parent as TSESTree.SwitchStatement).cases) {
        current.push(member);
        this.fallThroughGroups.set(member, current);
        if (member.consequent.length > 0) current = [];
      }
      group = this.fallThroughGroups.get(switchCase)!;
    }
    return group;
  }

  private entriesOfGroup(group: TSESTree.Node): CatalogEntry[] {
    let entries = this.groupEntries.get(group);
    if (!entries) this.groupEntries.set(group, (entries = entriesOf(this.byGroup.get(group) ?? [])));
    return entries;
  }

  private entriesOnLine(group: TSESTree.Node, line: number): CatalogEntry[] {
    let byLine = this.lineEntries.get(group);
    if (!byLine) {
      byLine = new Map();
      for (const member of this.byGroup.get(group) ?? []) {
        const list = byLine.get(member.node.loc.end.line);
        if (list) {
          if (!list.includes(member.entry)) list.push(member.entry);
        } else byLine.set(member.node.loc.end.line, [member.entry]);
      }
      this.lineEntries.set(group, byLine);
    }
    return byLine.get(line) ?? [];
  }

  /** How many lines of a group hold a member with a comment after it. */
  private commentedLines(group: TSESTree.Node): number {
    let count = this.commentedLineCounts.get(group);
    if (count === undefined) {
      const lines = new Set<number>();
      for (const member of this.byGroup.get(group) ?? []) if (this.commentAfterOnLine(member.node) !== undefined) lines.add(member.node.loc.end.line);
      this.commentedLineCounts.set(group, (count = lines.size));
    }
    return count;
  }

  private entriesOfCases(cases: readonly TSESTree.SwitchCase[], occurrence: Occurrence): CatalogEntry[] {
    const known = this.caseEntries.get(cases);
    if (known) return known.includes(occurrence.entry) ? known : [occurrence.entry, ...known];
    const entries = new Set<CatalogEntry>([occurrence.entry]);
    for (const member of cases) {
      const test = member.test && unwrapTypeCasts(member.test);
      let value: number | undefined;
      if (test && isCandidateLiteral(test)) value = literalCodeValue(test);
      else if (test?.type === 'MemberExpression' && !test.computed && test.property.type === 'Identifier') {
        value = (occurrence.subcode ? SUBCODE_CONSTANTS : CODE_CONSTANTS)[test.property.name];
      }
      const entry = value === undefined ? undefined : this.entryOf(value, occurrence.subcode);
      if (entry) entries.add(entry);
    }
    const list = [...entries];
    this.caseEntries.set(cases, list);
    return list;
  }

  // ── Comments ──────────────────────────────────────────────────────────────────────────────

  private comments(line: number): readonly TSESTree.Comment[] {
    if (!this.commentsByLine) {
      this.commentsByLine = new Map();
      for (const comment of this.sourceCode.getAllComments()) {
        const list = this.commentsByLine.get(comment.loc.start.line);
        if (list) list.push(comment);
        else this.commentsByLine.set(comment.loc.start.line, [comment]);
      }
    }
    return this.commentsByLine.get(line) ?? NO_COMMENTS;
  }

  private commentEndLines(): ReadonlySet<number> {
    if (!this.endLines) {
      this.endLines = new Set();
      for (const comment of this.sourceCode.getAllComments()) this.endLines.add(comment.loc.end.line);
    }
    return this.endLines;
  }

  /** `131026, // window closed`: the first comment after the code on its line. */
  private commentAfterOnLine(node: TSESTree.Node): string | undefined {
    const comments = this.comments(node.loc.end.line);
    if (comments.length === 0) return undefined;
    const comment = comments.find((candidate) => candidate.range[0] >= node.range[1]);
    return comment && this.commentText(comment);
  }

  /** The comment alone on the line right above a statement (or `case`), whose next token is the statement's first. */
  private commentAbove(node: TSESTree.Node): string | undefined {
    // Token look-ups only where a comment ends on the line above: most statements have none.
    if (!this.commentEndLines().has(node.loc.start.line - 1)) return undefined;
    const first = this.sourceCode.getFirstToken(node);
    const before = this.sourceCode.getTokenBefore(node, { includeComments: true });
    if (!first || !before || (before.type !== 'Line' && before.type !== 'Block') || before.loc.end.line !== first.loc.start.line - 1) return undefined;
    const prior = this.sourceCode.getTokenBefore(before, { includeComments: true });
    if (prior && prior.loc.end.line === before.loc.start.line) return undefined;
    return this.commentText(before as TSESTree.Comment);
  }

  /** `case 131008: { // user blocked the bot` or the comment before the first statement of the case. */
  private firstCommentInside(switchCase: TSESTree.SwitchCase, body: TSESTree.SwitchCase): string | undefined {
    const block = body.consequent.length === 1 && body.consequent[0]!.type === 'BlockStatement' ? body.consequent[0] : undefined;
    if (block) return this.firstCommentInBlock(block);
    const first = body.consequent[0];
    if (body !== switchCase || !first) return undefined;
    const comment = this.sourceCode.getCommentsBefore(first)[0];
    return comment && comment.range[0] > (switchCase.test?.range[1] ?? switchCase.range[0]) ? this.commentText(comment) : undefined;
  }

  private firstCommentInBlock(block: TSESTree.BlockStatement): string | undefined {
    const first = block.body[0];
    const comment = first ? this.sourceCode.getCommentsBefore(first)[0] : this.sourceCode.getCommentsInside(block)[0];
    return comment && this.commentText(comment);
  }

  private commentText(comment: TSESTree.Comment): string | undefined {
    const text = comment.value.replace(/^[\s*]+/gm, ' ').trim();
    if (DIRECTIVE.test(text) || text.split(/\s+/).length > MAX_COMMENT_WORDS) return undefined;
    return text;
  }
}

/** Each label once; branch texts only as long as labels are (a longer one is a message to a person). */
function distinct(labels: readonly Label[]): Label[] {
  const seen = new Set<string>();
  return labels.filter((label) => {
    const key = `${label.source}\u0000${label.text}`;
    if (seen.has(key) || (label.source === 'branch' && label.text.split(/\s+/).length > MAX_TEXT_WORDS)) return false;
    seen.add(key);
    return true;
  });
}

function entriesOf(occurrences: readonly Occurrence[]): CatalogEntry[] {
  return [...new Set(occurrences.map((occurrence) => occurrence.entry))];
}

function enumMemberName(member: TSESTree.TSEnumMember): string {
  return member.id.type === 'Identifier' ? member.id.name : String((member.id as TSESTree.StringLiteral).value);
}

function isChain(node: TSESTree.Node): boolean {
  return node.type === 'LogicalExpression' || node.type === 'BinaryExpression';
}

/** The first comparison of a chain: the one the comment above the `if` is counted for, once. */
function firstTermNode(root: TSESTree.Node): TSESTree.Node {
  let node = root;
  while (node.type === 'LogicalExpression') node = node.left;
  return node;
}

/** The `if` or ternary whose test is the chain. */
function branchOf(root: TSESTree.Node): TSESTree.IfStatement | TSESTree.ConditionalExpression | undefined {
  const parent = root.parent;
  if ((parent?.type === 'IfStatement' || parent?.type === 'ConditionalExpression') && parent.test === root) return parent;
  return undefined;
}

/** What a branch says: returned, thrown, assigned, logged or replied texts, to its `break`/`return`. */
function branchTexts(statements: readonly TSESTree.Node[]): string[] {
  const texts: string[] = [];
  for (const statement of statements) {
    if (statement.type === 'BlockStatement') {
      texts.push(...branchTexts(statement.body));
      continue;
    }
    switch (statement.type) {
      case 'ReturnStatement':
      case 'ThrowStatement':
        if (statement.argument) texts.push(...textsOf(statement.argument));
        return texts;
      case 'BreakStatement':
      case 'ContinueStatement':
        return texts;
      case 'ExpressionStatement':
        texts.push(...expressionStatementTexts(statement.expression));
        break;
      case 'VariableDeclaration':
        for (const declarator of statement.declarations) if (declarator.init) texts.push(...textsOf(declarator.init, false));
        break;
      default:
        break;
    }
  }
  return texts;
}

function expressionStatementTexts(start: TSESTree.Expression): string[] {
  const expression = start.type === 'AwaitExpression' ? start.argument : start;
  if (expression.type === 'AssignmentExpression') {
    // `blockedByUser = true`: the name says what the branch concluded.
    if (expression.right.type === 'Literal' && expression.right.value === true) {
      const target = expression.left.type === 'Identifier' ? expression.left.name : expression.left.type === 'MemberExpression' ? propertyName(expression.left) : undefined;
      return target === undefined ? [] : [target];
    }
    return textsOf(expression.right, false);
  }
  if (expression.type === 'CallExpression') {
    const name = expression.callee.type === 'Identifier' ? expression.callee.name : expression.callee.type === 'MemberExpression' ? propertyName(expression.callee) : undefined;
    if (name !== undefined && TELLING_CALL.test(name) && expression.arguments[0]) return textsOf(expression.arguments[0]);
  }
  return [];
}

/**
 * The texts an expression holds: a string, a template's text, the first argument of `new X(…)` or
 * of a call, the label properties of an object, an enum-like `Reason.TEMPLATE_PAUSED`.
 * With `calls` false (assignments, declarations) only strings and objects count.
 */
function textsOf(start: TSESTree.Node, calls = true): string[] {
  const node = unwrapTypeCasts(start.type === 'AwaitExpression' ? start.argument : start);
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' ? [node.value] : [];
    case 'TemplateLiteral':
      return [node.quasis.map((quasi) => quasi.value.cooked ?? '').join(' ')];
    case 'NewExpression': {
      const className = node.callee.type === 'Identifier' && node.callee.name !== 'Error' ? [node.callee.name] : [];
      return [...className, ...(node.arguments[0] ? textsOf(node.arguments[0], false) : [])];
    }
    case 'CallExpression':
      return calls && node.arguments[0] ? textsOf(node.arguments[0], false) : [];
    case 'ObjectExpression':
      return recordTexts(node);
    case 'MemberExpression':
      return calls && !node.computed && node.object.type === 'Identifier' && node.property.type === 'Identifier' && /^[A-Z]/.test(node.property.name) && !isKitObject(node.object.name)
        ? [node.property.name]
        : [];
    default:
      return [];
  }
}

function isKitObject(name: string): boolean {
  return name === 'WhatsAppErrorCode' || name === 'WhatsAppErrorSubcode';
}

/** The label properties of an object: `{ title: 'Rate limit hit' }`, `{ message: '…' }`. */
function recordTexts(object: TSESTree.ObjectExpression): string[] {
  const texts: string[] = [];
  for (const property of object.properties) {
    if (property.type !== 'Property' || property.computed) continue;
    const key = propertyName(property);
    if (key === undefined || !(LABEL_KEYS.has(key) || LABEL_KEYS.has(foldedKey(key)))) continue;
    const value = unwrapTypeCasts(property.value);
    if (value.type === 'Literal' && typeof value.value === 'string') texts.push(value.value);
    else if (value.type === 'TemplateLiteral') texts.push(value.quasis.map((quasi) => quasi.value.cooked ?? '').join(' '));
  }
  return texts;
}
