/**
 * no-misnamed-code: a real error code handled as if it meant another, the most common bug in
 * WhatsApp integrations: `case 131016: return 'TEMPLATE_PAUSED'` (131016 is "service
 * unavailable"), `RATE_LIMIT = 130472` (the marketing experiment; the rate limit is 130429),
 * `case 131008: { // user blocked the bot` (131008 is a missing parameter).
 *
 * For every WhatsApp code of the file (the shared analysis) and every `WhatsAppErrorCode.NAME`, it
 * reads the texts the code is given (labels.ts: names, table labels, comments, what its branch
 * returns, throws, assigns or logs) and asks the catalog's vocabulary what each says (meaning.ts).
 * It reports a code whose texts fit none of the codes they may be about and name another code
 * (suggesting it) or another class of failure (suggesting the codes that class arrives as). It
 * also reports a code listed twice in one switch, table or enum under different labels. A label
 * or branch text the file gives three or more codes (`'template_unavailable'`) is a category of
 * the author's: it is judged by class, never as one code's title.
 * Suggestions keep the literal's form; nothing is fixed automatically.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { literalCodeValue, literalText, type CodeLiteralNode } from './utils/ast.js';
import { createRule } from './utils/create-rule.js';
import { labelledCodes, type LabelledCode, type LabelSource } from './utils/labels.js';
import { fits, misdescription, readText, type CatalogEntry, type Finding } from './utils/meaning.js';

export type Options = [{ checkComments?: boolean; checkDuplicates?: boolean }];
export type MessageIds = 'misnamedCode' | 'misnamedClass' | 'duplicateValue' | 'replaceWithDescribed';

const SOURCE_WORDS: Readonly<Record<LabelSource, string>> = { name: 'name', label: 'label', comment: 'comment', branch: 'code handling it' };

/** A finding, where it was read and the text as the author wrote it (the message quotes it). */
interface Found {
  readonly finding: Finding;
  readonly source: LabelSource;
  readonly text: string;
}

/** The author's text, shortened to fit a message. */
function quoted(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= 60 ? line : `${line.slice(0, 59)}…`;
}

export default createRule<Options, MessageIds>({
  name: 'no-misnamed-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow names, comments, labels and branches that describe a different WhatsApp error code than the one they handle',
      recommended: true,
      usesTypeInformation: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkComments: { type: 'boolean', description: 'Read comments: on the code’s line, above its `case` or `if`, and on the first line inside them.' },
          checkDuplicates: { type: 'boolean', description: 'Report a code listed twice in one switch, table or enum under different labels.' },
        },
      },
    ],
    defaultOptions: [{ checkComments: true, checkDuplicates: true }],
    messages: {
      misnamedCode: "{{value}} is {{name}} ({{title}}), but the {{source}} says '{{phrase}}', which is {{describedCode}} {{describedName}}.",
      misnamedClass: "{{value}} is {{name}} ({{title}}), but the {{source}} says '{{phrase}}', another kind of failure ({{classId}}), which arrives as {{proposed}}.",
      duplicateValue: "'{{member}}' has the same code as '{{firstMember}}': both are {{value}} ({{name}}), so one of the two is wrong.",
      replaceWithDescribed: 'Replace with {{replacement}} ({{describedName}}).',
    },
    languages: ['js/js'],
  },
  create(context, [options], shared) {
    const checkComments = options.checkComments ?? true;
    const checkDuplicates = options.checkDuplicates ?? true;
    const { analysis, collector } = shared;
    const sourceCode = context.sourceCode;

    /** What the code's texts say it is not: the first finding, when none of its texts fits it and they agree. */
    function findingOf(code: LabelledCode, categories: ReadonlySet<string>): Found | undefined {
      let found: Found | undefined;
      for (const label of code.labels) {
        const held = label.held ?? code.held;
        if (mentionsAnotherCode(label.text, held)) continue;
        const text = readText(label.text);
        const reading = label.source !== 'name' && label.source !== 'comment' && categories.has(label.text) ? 'category' : 'label';
        // Any text that fits the code (`RATE_LIMIT = 130472; // marketing experiment`) says the author knew what it is.
        if (fits(text, held, reading)) return undefined;
        const finding = misdescription(text, held, reading);
        if (!finding) continue;
        if (found && target(found.finding) !== target(finding)) return undefined;
        found ??= { finding, source: label.source, text: label.text };
      }
      return found;
    }

    /** `// unlike 131047, …`: a text that names other codes compares them; it does not label this one. */
    function mentionsAnotherCode(text: string, held: readonly CatalogEntry[]): boolean {
      const digits = text.match(/\d{3,}/g);
      return digits !== null && digits.some((number) => !held.some((entry) => valueOf(entry) === Number(number)));
    }

    function report(code: LabelledCode, { finding, source, text }: Found): void {
      const value = valueOf(code.entry);
      const { name, title } = code.entry;
      const said = { source: SOURCE_WORDS[source], phrase: quoted(text) };
      const proposed = finding.kind === 'code' ? [finding.entry] : finding.suggest;
      const suggest = proposed.map((entry) => {
        const replacement = replacementFor(code.node, entry);
        return { messageId: 'replaceWithDescribed' as const, data: { replacement, describedName: entry.name }, fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(code.node, replacement) };
      });
      if (finding.kind === 'code') {
        const data = { value, name, title, source: said.source, phrase: said.phrase, describedCode: valueOf(finding.entry), describedName: finding.entry.name };
        context.report({ node: code.node, messageId: 'misnamedCode', data, suggest });
      } else {
        const data = { value, name, title, source: said.source, phrase: said.phrase, classId: finding.meaningClass.id, proposed: proposed.map((entry) => `${valueOf(entry)} ${entry.name}`).join(' or ') };
        context.report({ node: code.node, messageId: 'misnamedClass', data, suggest });
      }
    }

    /** The described code in the held code's form: a number stays a number, a digit string a digit string, a constant the other constant. */
    function replacementFor(node: CodeLiteralNode | TSESTree.MemberExpression, entry: CatalogEntry): string {
      if (node.type === 'MemberExpression') return `${sourceCode.getText(node.object)}.${entry.name}`;
      return literalText(node, valueOf(entry));
    }

    function reportDuplicates(codes: readonly LabelledCode[]): void {
      const seen = new Map<TSESTree.Node, Map<number, string>>();
      for (const code of codes) {
        const listing = code.listing;
        if (!listing || listing.label === '') continue;
        let firsts = seen.get(listing.group);
        if (!firsts) seen.set(listing.group, (firsts = new Map()));
        // The value as written: 200 and 294 are one catalog entry (200–299), not one code listed twice.
        const value = code.node.type === 'MemberExpression' ? valueOf(code.entry) : literalCodeValue(code.node);
        const first = firsts.get(value);
        if (first === undefined) firsts.set(value, listing.label);
        else if (first !== listing.label) {
          context.report({ node: listing.node, messageId: 'duplicateValue', data: { member: listing.label, firstMember: first, value, name: code.entry.name } });
        }
      }
    }

    return Object.assign(collector, {
      'Program:exit'() {
        const result = analysis.get();
        if (result.positions.length === 0 && result.constants.length === 0) return;
        const codes = labelledCodes(context, result, { comments: checkComments });
        const categories = categoryTexts(codes);
        for (const code of codes) {
          const found = findingOf(code, categories);
          if (found) report(code, found);
        }
        if (checkDuplicates) reportDuplicates(codes);
      },
    });
  },
});

/** A label or branch text given to this many different codes is one of the file's categories, not a description of one code. */
const CODES_OF_A_CATEGORY = 3;

/** The label and branch texts of the file that name a category of its own (`'template_unavailable'` on 132000, 132001 and 132015). */
function categoryTexts(codes: readonly LabelledCode[]): Set<string> {
  const entriesByText = new Map<string, Set<CatalogEntry>>();
  for (const code of codes) {
    for (const label of code.labels) {
      if (label.source === 'name' || label.source === 'comment') continue;
      let entries = entriesByText.get(label.text);
      if (!entries) entriesByText.set(label.text, (entries = new Set()));
      entries.add(code.entry);
    }
  }
  return new Set([...entriesByText].filter(([, entries]) => entries.size >= CODES_OF_A_CATEGORY).map(([text]) => text));
}

function valueOf(entry: CatalogEntry): number {
  return 'subcode' in entry ? entry.subcode : entry.code;
}

function target(finding: Finding): string {
  return finding.kind === 'code' ? `code:${valueOf(finding.entry)}` : `class:${finding.meaningClass.id}`;
}
