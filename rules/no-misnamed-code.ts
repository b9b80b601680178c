/**
 * no-misnamed-code: a real error code with the wrong meaning, the most common bug in WhatsApp
 * integrations: `RATE_LIMIT = 130472` (130472 is the marketing experiment; the rate limit is
 * 130429). Where a catalog code is given a name (const, enum member, object property, class
 * field), a comment (on its line, or on the line above its `case`) or a label in a map, the text
 * is compared with what the code means. The rule reports only when the text clearly describes
 * another code and shares nothing distinctive with the one it holds, and suggests the code the
 * text describes. It also reports two members of one enum or code table with the same value.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { CatalogCodeEntry } from 'whatsapp-error-codes';
import { WhatsAppErrorCode } from 'whatsapp-error-codes';
import { createCodeDetector, isCandidateLiteral, literalCodeValue, literalText, unwrapCodeSide, type CodeLiteralNode } from './utils/code-positions.js';
import { createRule } from './utils/create-rule.js';
import { kitExportName } from './utils/kit-imports.js';
import { misdescribedAs, type Description } from './utils/meaning.js';

export type Options = [{ checkComments?: boolean; checkDuplicates?: boolean }];
export type MessageIds = 'misnamedCode' | 'duplicateValue' | 'replaceWithDescribed';

const CONSTANTS: Readonly<Record<string, number>> = WhatsAppErrorCode;

/**
 * Five-digit and longer codes are WhatsApp's own. Smaller ones (100, 190, 368) are everyday
 * numbers: they count only as `WhatsAppErrorCode.NAME`, or in a table that also holds a long one.
 */
const SELF_EVIDENT_MINIMUM = 10_000;

/** A name ending in one of these holds a quantity or an identifier, not a code (`BLOCKED_USER_ID`, `WINDOW_MS`). */
const QUANTITY_SUFFIX = /(?:^|[^a-z])(?:ids?|ms|millis|milliseconds|secs?|seconds|minutes|ttl|delay|interval|size|length|count|index|port|version|offset|bytes)$/i;

/** Properties of an object value that hold its label: `{ 131047: { message: '…', retry: false } }`. */
const LABEL_KEYS = new Set(['message', 'label', 'title', 'description', 'text', 'reason', 'summary', 'detail', 'details', 'hint', 'meaning', 'name']);

/** Tool directives, not descriptions. */
const DIRECTIVE = /^\s*(?:eslint|@ts-|istanbul|c8|prettier|jshint|globals?\b|#?(?:end)?region\b)/;

/** A comment longer than this is prose about the code, not a label for it. */
const MAX_COMMENT_WORDS = 12;

const EQUALITY_OPERATORS = new Set(['===', '!==', '==', '!=']);

type Source = 'name' | 'comment' | 'label';

/** A catalog code written somewhere: a literal, or `WhatsAppErrorCode.NAME` from the package. */
interface CodeValue {
  /** What is reported and replaced. */
  readonly node: CodeLiteralNode | TSESTree.MemberExpression;
  readonly value: number;
  readonly entry: CatalogCodeEntry;
  readonly isConstant: boolean;
}

/** A member of an enum or object literal: its name and, if it holds one, its code. */
interface Member {
  readonly name: string;
  readonly code: CodeValue | undefined;
  readonly node: TSESTree.Node;
}

export default createRule<Options, MessageIds>({
  name: 'no-misnamed-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow names, comments and labels that describe a different WhatsApp error code than the one they hold',
      recommended: true,
      usesTypeInformation: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkComments: { type: 'boolean', description: 'Compare line comments with the code on their line, or with the `case` below them.' },
          checkDuplicates: { type: 'boolean', description: 'Report two members of one enum or code table that hold the same code.' },
        },
      },
    ],
    defaultOptions: [{ checkComments: true, checkDuplicates: true }],
    messages: {
      misnamedCode: "{{value}} is {{name}} ({{title}}), but the {{source}} says '{{phrase}}', which is {{describedCode}} {{describedName}}.",
      duplicateValue: '{{member}} has the same value as {{firstMember}}: both are {{value}} ({{name}}), so one of the two names is wrong.',
      replaceWithDescribed: 'Replace with {{replacement}} ({{describedName}}).',
    },
    languages: ['js/js'],
  },
  create(context, [options]) {
    const checkComments = options.checkComments ?? true;
    const checkDuplicates = options.checkDuplicates ?? true;
    const detector = createCodeDetector(context);
    const sourceCode = context.sourceCode;
    const reported = new WeakSet<TSESTree.Node>();

    // ── Code values ────────────────────────────────────────────────────────────────────────

    /** The catalog code `node` holds, if any. Cheapest tests first: most nodes are not codes. */
    function codeValueOf(node: TSESTree.Node | null | undefined): CodeValue | undefined {
      if (!node) return undefined;
      const core = unwrapCodeSide(node);
      let value: number;
      if (isCandidateLiteral(core)) value = literalCodeValue(core);
      else if (isKitConstant(core)) value = CONSTANTS[core.property.name]!;
      else return undefined;
      const meaning = detector.index.meaningOf(value);
      if (meaning.kind !== 'live' || meaning.entry === undefined) return undefined;
      return { node: core, value, entry: meaning.entry, isConstant: core.type === 'MemberExpression' };
    }

    /** `WhatsAppErrorCode.NAME` (or `kit.WhatsAppErrorCode.NAME`) from the package, under any alias. */
    function isKitConstant(node: TSESTree.Node): node is TSESTree.MemberExpression & { property: TSESTree.Identifier } {
      return (
        node.type === 'MemberExpression' &&
        !node.computed &&
        node.property.type === 'Identifier' &&
        Object.hasOwn(CONSTANTS, node.property.name) &&
        kitExportName(context, node.object) === 'WhatsAppErrorCode'
      );
    }

    /** What a table of codes holds: a number or digit-string literal, or a kit constant. */
    function isCodeLike(node: TSESTree.Node | null | undefined): boolean {
      if (!node) return false;
      const core = unwrapCodeSide(node);
      return isCandidateLiteral(core) || isKitConstant(core);
    }

    /** A property whose key or value could be a code: the test that lets most objects go unexamined. */
    function holdsCode(property: TSESTree.ObjectLiteralElement): boolean {
      return property.type === 'Property' && (isCodeLike(property.value) || ((property.computed || property.key.type === 'Literal') && isCodeLike(property.key)));
    }

    function isSelfEvident(code: CodeValue | undefined): code is CodeValue {
      return code !== undefined && (code.isConstant || code.value >= SELF_EVIDENT_MINIMUM);
    }

    // ── Checking a text against a code ─────────────────────────────────────────────────────

    /** Reports `code` when `text` describes another code (not one of `siblings`, which the text may be about). */
    function check(code: CodeValue, text: string, source: Source, siblings?: ReadonlySet<number>): void {
      if (reported.has(code.node) || mentionsAnotherCode(text, code.value)) return;
      const described = misdescribedAs(text, code.entry);
      if (described && !siblings?.has(described.entry.code)) report(code, described, source);
    }

    /** `// unlike 131047, …`: a text that names other codes compares them; it does not label this one. */
    function mentionsAnotherCode(text: string, held: number): boolean {
      return (text.match(/\d{3,}/g) ?? []).some((digits) => Number(digits) !== held && detector.index.meaningOf(Number(digits)).kind !== 'unknown');
    }

    function report(code: CodeValue, described: Description, source: Source): void {
      reported.add(code.node);
      // The suggestion keeps the form: a number stays a number, a constant names the other constant.
      const replacement =
        code.node.type === 'MemberExpression'
          ? `${sourceCode.getText(code.node.object)}.${described.entry.name}`
          : literalText(code.node, described.entry.code);
      const data = {
        value: code.value,
        name: code.entry.name,
        title: code.entry.title,
        source,
        phrase: described.phrase,
        describedCode: described.entry.code,
        describedName: described.entry.name,
        replacement,
      };
      context.report({
        node: code.node,
        messageId: 'misnamedCode',
        data,
        suggest: [{ messageId: 'replaceWithDescribed', data, fix: (fixer) => fixer.replaceText(code.node, replacement) }],
      });
    }

    // ── Names ──────────────────────────────────────────────────────────────────────────────

    function checkName(code: CodeValue, name: string): void {
      if (!QUANTITY_SUFFIX.test(name)) check(code, name, 'name');
    }

    function keyName(key: TSESTree.Node): string | undefined {
      if (key.type === 'Identifier' || key.type === 'PrivateIdentifier') return key.name;
      return key.type === 'Literal' && typeof key.value === 'string' ? key.value : undefined;
    }

    /**
     * The members of an enum or object literal. Long codes are checked wherever they are; small
     * ones only in a table (every member a code) that also holds a long one. In such a table, a
     * value seen before is reported on the second member.
     */
    function checkMembers(members: readonly Member[], isTable: boolean): void {
      const inCodeTable = isTable && members.some((member) => isSelfEvident(member.code));
      for (const member of members) {
        if (member.code && (inCodeTable || isSelfEvident(member.code))) {
          remember(member.code);
          checkName(member.code, member.name);
        }
      }
      if (checkDuplicates && inCodeTable) reportDuplicates(members);
    }

    function reportDuplicates(members: readonly Member[]): void {
      const firstByValue = new Map<number, string>();
      for (const { code, name, node } of members) {
        if (!code) continue;
        const first = firstByValue.get(code.value);
        if (first === undefined) firstByValue.set(code.value, name);
        else context.report({ node, messageId: 'duplicateValue', data: { member: name, firstMember: first, value: code.value, name: code.entry.name } });
      }
    }

    // ── Labels ─────────────────────────────────────────────────────────────────────────────

    /** The text of a label: a string, or the `message`/`label`/… string of an object. */
    function labelOf(node: TSESTree.Node | null | undefined): string | undefined {
      if (!node) return undefined;
      if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
      if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
      if (node.type !== 'ObjectExpression') return undefined;
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.computed) continue;
        const key = keyName(property.key);
        const label = key !== undefined && LABEL_KEYS.has(key) ? labelOf(property.value) : undefined;
        if (label !== undefined) return label;
      }
      return undefined;
    }

    /** `{ 131047: … }`, `{ '131047': … }`, `{ [131047]: … }`, `{ [WhatsAppErrorCode.X]: … }`. */
    function codeKeyOf(property: TSESTree.Property): CodeValue | undefined {
      if (property.computed || property.key.type === 'Literal') return codeValueOf(property.key);
      return undefined;
    }

    /** A map keyed by codes: each key's label is checked (small keys only beside a long one). */
    function checkCodeKeys(keyed: readonly { property: TSESTree.Property; code: CodeValue }[]): void {
      if (!keyed.some(({ code }) => isSelfEvident(code))) return;
      for (const { property, code } of keyed) {
        remember(code);
        const label = labelOf(property.value);
        if (label !== undefined) check(code, label, 'label');
      }
    }

    /** `[131026, '24h window closed']`, alone (long codes) or among other pairs (`new Map([[…], […]])`). */
    function checkPair(node: TSESTree.ArrayExpression): void {
      if (node.elements.length !== 2) return;
      const code = codeValueOf(node.elements[0]);
      if (!code) return;
      const among = node.parent.type === 'ArrayExpression' ? node.parent.elements : [];
      if (!isSelfEvident(code) && !among.some((pair) => pair?.type === 'ArrayExpression' && pair.elements.length === 2 && isSelfEvident(codeValueOf(pair.elements[0])))) return;
      remember(code);
      const label = labelOf(node.elements[1]);
      if (label !== undefined) check(code, label, 'label');
    }

    // ── Comments ───────────────────────────────────────────────────────────────────────────

    /** Codes by the line they end on, for the comments on that line; `case` tests also for the comment above. */
    const codesByLine = new Map<number, { code: CodeValue; switchCase: TSESTree.SwitchCase | undefined }[]>();
    const remembered = new WeakSet<TSESTree.Node>();

    function rememberConstant(node: TSESTree.Node): void {
      if (node.type !== 'MemberExpression' || !isKitConstant(node)) return;
      const code = codeValueOf(node);
      if (code) remember(code);
    }

    function remember(code: CodeValue): void {
      if (!checkComments || remembered.has(code.node)) return;
      remembered.add(code.node);
      const line = code.node.loc.end.line;
      const entry = { code, switchCase: caseOf(code.node) };
      const list = codesByLine.get(line);
      if (list) list.push(entry);
      else codesByLine.set(line, [entry]);
    }

    function caseOf(node: TSESTree.Node): TSESTree.SwitchCase | undefined {
      let child: TSESTree.Node = node;
      while (child.parent && child.parent.type !== 'SwitchCase' && unwrapCodeSide(child.parent) === node) child = child.parent;
      return child.parent?.type === 'SwitchCase' && child.parent.test === child ? child.parent : undefined;
    }

    /** The codes of the fall-through group a `case` belongs to: one comment may describe any of them. */
    function caseGroup(switchCase: TSESTree.SwitchCase): number[] {
      const cases = (switchCase.parent as TSESTree.SwitchStatement).cases;
      let start = cases.indexOf(switchCase);
      let end = start;
      while (start > 0 && cases[start - 1]!.consequent.length === 0) start--;
      while (end < cases.length - 1 && cases[end]!.consequent.length === 0) end++;
      return cases.slice(start, end + 1).flatMap((member) => codeValueOf(member.test)?.value ?? []);
    }

    function isAloneOnItsLine(comment: TSESTree.Comment): boolean {
      const before = sourceCode.getTokenBefore(comment, { includeComments: true });
      return before === null || before.loc.end.line !== comment.loc.start.line;
    }

    function checkComment(comment: TSESTree.Comment): void {
      if (comment.type !== 'Line') return;
      const line = comment.loc.start.line;
      const onLine = (codesByLine.get(line) ?? []).filter(({ code }) => code.node.range[1] <= comment.range[0]);
      const caseBelow = (codesByLine.get(line + 1) ?? []).filter(({ switchCase }) => switchCase?.loc.start.line === line + 1);
      const targets = [...onLine, ...(caseBelow.length > 0 && isAloneOnItsLine(comment) ? caseBelow : [])];
      if (targets.length === 0 || DIRECTIVE.test(comment.value) || comment.value.trim().split(/\s+/).length > MAX_COMMENT_WORDS) return;
      // A comment beside several codes (`case 131047: case 131026: // window closed`) may describe any of them.
      const siblings = new Set(targets.flatMap(({ code, switchCase }) => [code.value, ...(switchCase ? caseGroup(switchCase) : [])]));
      for (const { code } of targets) check(code, comment.value, 'comment', siblings);
    }

    // ── Listeners ──────────────────────────────────────────────────────────────────────────

    const codePositions = detector.listeners((literal) => {
      const code = codeValueOf(literal.node);
      if (code) remember(code);
    });

    // Object.assign rather than `{ ...codePositions, … }`: V8 builds a spread followed by more
    // properties on a slow path, which cost 8 µs per file here against 0.2 µs for a whole create().
    return Object.assign(codePositions, {
      // On exit, because the detector listens to VariableDeclarator too (for `const CODES = [...]`).
      'VariableDeclarator:exit'(node: TSESTree.VariableDeclarator) {
        if (node.id.type !== 'Identifier' || node.parent.kind !== 'const') return;
        const code = codeValueOf(node.init);
        if (!isSelfEvident(code)) return;
        remember(code);
        checkName(code, node.id.name);
      },
      PropertyDefinition(node) {
        const name = node.computed ? undefined : keyName(node.key);
        const code = name === undefined ? undefined : codeValueOf(node.value);
        if (!isSelfEvident(code)) return;
        remember(code);
        checkName(code, name!);
      },
      TSEnumDeclaration(node) {
        const members = node.body.members.map((member) => ({ name: keyName(member.id) ?? '', code: codeValueOf(member.initializer), node: member }));
        checkMembers(members, node.body.members.every((member) => isCodeLike(member.initializer)));
      },
      ObjectExpression(node) {
        // Most objects hold no code at all: look before collecting anything.
        if (!node.properties.some(holdsCode)) return;
        const members: Member[] = [];
        const keyed: { property: TSESTree.Property; code: CodeValue }[] = [];
        let isTable = true;
        for (const property of node.properties) {
          if (property.type !== 'Property') {
            isTable = false;
            continue;
          }
          // A map keyed by codes is not a table of named codes.
          const key = codeKeyOf(property);
          if (key) keyed.push({ property, code: key });
          const name = key || property.computed || property.method || property.kind !== 'init' ? undefined : keyName(property.key);
          if (name !== undefined) members.push({ name, code: codeValueOf(property.value), node: property });
          if (name === undefined || !isCodeLike(property.value)) isTable = false;
        }
        checkCodeKeys(keyed);
        checkMembers(members, isTable);
      },
      // `case WhatsAppErrorCode.X:`, `code === WhatsAppErrorCode.X`, `[WhatsAppErrorCode.X, …]`: a
      // comment may describe them. Listening here rather than on every MemberExpression keeps the
      // rule off the most common node there is.
      SwitchCase(node) {
        if (node.test) rememberConstant(node.test);
      },
      // On exit, because the detector listens to BinaryExpression too.
      'BinaryExpression:exit'(node: TSESTree.BinaryExpression) {
        if (!EQUALITY_OPERATORS.has(node.operator)) return;
        rememberConstant(node.left);
        rememberConstant(node.right);
      },
      ArrayExpression(node) {
        checkPair(node);
        for (const element of node.elements) if (element) rememberConstant(element);
      },
      'Program:exit'() {
        if (codesByLine.size === 0) return;
        for (const comment of sourceCode.getAllComments()) checkComment(comment);
      },
    } satisfies TSESLint.RuleListener);
  },
});
