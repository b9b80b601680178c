/**
 * exhaustive-category-switch: every `switch` over WhatsApp error categories handles each category
 * with its own `case`. A `default` hides the next new failure class, so it does not count unless
 * `allowDefault` is set. Misspelled labels (`'Sender'`, `'plattform'`) are reported with the
 * nearest category; the label of a fallback (`categoryOf(c) ?? 'unknown'`) is not one. With
 * `requireCategoryCoverage`, a `switch` over codes (from the shared analysis) must also cover
 * every code of each category it touches, have a `default`, or be followed by handling of
 * whatever it left: a `return` or `throw` right after it, or a statement that reads the same value.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { ERROR_CATEGORIES, ERROR_CODE_ENTRIES, WhatsAppErrorCode, type CatalogCodeEntry, type ErrorCategory } from 'whatsapp-error-codes';
import { isCandidateLiteral, literalCodeValue, memberPath, statementSlot, typeServicesOf, unwrapTypeCasts } from './utils/ast.js';
import { createCategorySides, nearestCategory, type CategorySides } from './utils/category-sides.js';
import { constantReference } from './utils/constant-reference.js';
import { createRule } from './utils/create-rule.js';
import { KIT_MODULE, kitExportName, mentionsKit } from './utils/kit-imports.js';
import { findVariable, scopeAt } from './utils/scope.js';
import { insertionPoint } from './utils/switch-insertion.js';

export type Options = [{ allowDefault?: boolean; requireCategoryCoverage?: boolean }];
export type MessageIds = 'missingCategories' | 'addMissingCategories' | 'notACategory' | 'replaceWithCategory' | 'uncoveredCodes' | 'addMissingCodes';

const CATEGORY_SET = new Set<string>(ERROR_CATEGORIES);
const CONSTANTS: Readonly<Record<string, number>> = WhatsAppErrorCode;

/** Catalog entries by category, in code order: what a code switch must list. */
const ENTRIES_BY_CATEGORY = new Map<ErrorCategory, readonly CatalogCodeEntry[]>(
  ERROR_CATEGORIES.map((category) => [category, ERROR_CODE_ENTRIES.filter((entry) => entry.category === category)]),
);

/** How many enclosing blocks are looked through for the statement after a switch (`if (…) { switch … }` then `return …`). */
const MAX_BLOCKS_OUT = 3;

function quoted(categories: readonly string[]): string {
  const items = categories.map((category) => `'${category}'`);
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export default createRule<Options, MessageIds>({
  name: 'exhaustive-category-switch',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require every WhatsApp error category to have its own `case` in a switch over categories',
      recommended: true,
      usesTypeInformation: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowDefault: { type: 'boolean', description: 'Let a `default` branch count as handling every category.' },
          requireCategoryCoverage: {
            type: 'boolean',
            description: 'Require a switch over codes to list every code of each category it touches, unless a `default` or the statement after it handles the rest.',
          },
        },
      },
    ],
    defaultOptions: [{ allowDefault: false, requireCategoryCoverage: false }],
    messages: {
      missingCategories: 'Switch over WhatsApp error categories does not handle {{missing}}.',
      addMissingCategories: 'Add {{cases}} that throw until you handle them.',
      notACategory: '{{label}} is not a WhatsApp error category (sender, recipient, platform).',
      replaceWithCategory: "Replace {{label}} with '{{category}}'.",
      uncoveredCodes: 'Switch over WhatsApp error codes has no default and leaves codes of {{summary}} unhandled.',
      addMissingCodes: 'Add the {{count}} missing code cases, falling through to a branch that throws.',
    },
    languages: ['js/js'],
  },
  create(context, [options], shared) {
    const sourceCode = context.sourceCode;
    const { analysis, collector } = shared;
    // Made for the first switch that asks: most files with codes have no category switch.
    let categorySides: CategorySides | undefined;
    const categories = (): CategorySides => (categorySides ??= createCategorySides(context));

    // ── Category switches ────────────────────────────────────────────────────────────

    function checkCategorySwitch(node: TSESTree.SwitchStatement, required: readonly ErrorCategory[]): void {
      const handled = new Set<string>();
      const fallbacks = categories().fallbackLabels(node.discriminant);
      let unevaluated = false;
      for (const switchCase of node.cases) {
        const test = switchCase.test;
        if (!test) continue;
        if (test.type === 'Literal' && typeof test.value === 'string') {
          if (CATEGORY_SET.has(test.value)) handled.add(test.value);
          else if (!fallbacks.has(test.value)) reportNotACategory(test as TSESTree.StringLiteral);
          continue;
        }
        if ((test.type === 'Identifier' && test.name === 'undefined') || (test.type === 'Literal' && test.value === null)) continue;
        const category = categories().categoryOfLabel(test);
        if (category === 'unevaluated' || category === undefined) unevaluated = true;
        else handled.add(category);
      }
      const hasDefault = node.cases.some((switchCase) => switchCase.test === null);
      if (unevaluated || (options.allowDefault && hasDefault)) return; // a label we cannot read may handle the rest
      const missing = required.filter((category) => !handled.has(category));
      if (missing.length === 0) return;
      const { at, indent, bodyIndent } = insertionPoint(sourceCode, node);
      const text = missing.map((category) => `${indent}case '${category}':\n${bodyIndent}throw new Error("Unhandled WhatsApp error category '${category}'");\n`).join('');
      context.report({
        node: node.discriminant,
        messageId: 'missingCategories',
        data: { missing: quoted(missing) },
        suggest: [{ messageId: 'addMissingCategories', data: { cases: missing.map((category) => `case '${category}'`).join(', ') }, fix: (fixer) => at(fixer, text) }],
      });
    }

    function reportNotACategory(test: TSESTree.StringLiteral): void {
      const category = nearestCategory(test.value);
      const quote = test.raw.startsWith('"') ? '"' : "'";
      context.report({
        node: test,
        messageId: 'notACategory',
        data: { label: test.raw },
        suggest: category ? [{ messageId: 'replaceWithCategory', data: { label: test.raw, category }, fix: (fixer) => fixer.replaceText(test, `${quote}${category}${quote}`) }] : [],
      });
    }

    // ── Code switches (requireCategoryCoverage) ───────────────────────────────────────

    /** The code a case label stands for: a literal, the kit's `WhatsAppErrorCode.NAME`, a local constant of a literal, or (with types) a number literal type. */
    function labelCode(test: TSESTree.Expression): number | undefined {
      const core = unwrapTypeCasts(test);
      if (isCandidateLiteral(core)) return literalCodeValue(core);
      if (core.type === 'MemberExpression' && !core.computed && core.property.type === 'Identifier' && Object.hasOwn(CONSTANTS, core.property.name)) {
        if (kitExportName(context, core.object) === 'WhatsAppErrorCode') return CONSTANTS[core.property.name];
      }
      if (core.type === 'Identifier') {
        const definition = findVariable(scopeAt(sourceCode, core), core)?.defs[0];
        const init = definition?.type === 'Variable' && definition.parent.kind === 'const' ? definition.node.init : null;
        if (init && isCandidateLiteral(unwrapTypeCasts(init))) return literalCodeValue(unwrapTypeCasts(init) as Parameters<typeof literalCodeValue>[0]);
      }
      const type = typeServicesOf(sourceCode)?.typeOf(test);
      return type?.isNumberLiteral() ? type.value : undefined;
    }

    /**
     * Whether what the switch leaves is handled after it: the statements that follow end in a
     * `return` or `throw` (`return describeFallback(code)`, an HTTP-status fallback), or one reads
     * the same value (`logger.warn('unhandled', code)`). Only a switch that falls off the end of its
     * function, dropping the codes it does not list, is missing cases.
     */
    function handledAfter(node: TSESTree.SwitchStatement): boolean {
      const discriminant = memberPath(node.discriminant)?.join('.') ?? sourceCode.getText(node.discriminant);
      let statement: TSESTree.Node = node;
      for (let depth = 0; depth <= MAX_BLOCKS_OUT; depth++) {
        const slot = statementSlot(statement);
        if (!slot) return false;
        const rest = slot.list.slice(slot.index + 1);
        if (rest.length > 0) return rest.some((next) => next.type === 'ReturnStatement' || next.type === 'ThrowStatement' || readsValue(next, discriminant));
        const block: TSESTree.Node | undefined = statement.parent;
        // The end of a function body: falling out of the switch returns `undefined`, which is what the rule is about.
        if (block?.type !== 'BlockStatement' || !block.parent || block.parent.type.includes('Function') || block.parent.type === 'SwitchCase') return false;
        statement = block.parent.type === 'IfStatement' || block.parent.type === 'TryStatement' || block.parent.type === 'LabeledStatement' ? block.parent : block;
      }
      return false;
    }

    function readsValue(statement: TSESTree.Node, discriminant: string): boolean {
      const text = sourceCode.getText(statement);
      let from = 0;
      for (;;) {
        const at = text.indexOf(discriminant, from);
        if (at === -1) return false;
        const before = text[at - 1];
        const after = text[at + discriminant.length];
        if (!(before && /[\w$.]/.test(before)) && !(after && /[\w$]/.test(after))) return true;
        from = at + 1;
      }
    }

    function checkCodeSwitch(node: TSESTree.SwitchStatement): void {
      if (node.cases.some((switchCase) => switchCase.test === null)) return;
      const { index } = analysis.get();
      const listed = new Set<number>();
      for (const switchCase of node.cases) {
        const code = switchCase.test && labelCode(switchCase.test);
        if (code !== undefined && code !== null) listed.add(code);
      }
      const touched = new Set<ErrorCategory>();
      for (const code of listed) {
        const meaning = index.meaningOf(code);
        if (meaning.kind === 'live' && meaning.entry) touched.add(meaning.category);
      }
      if (touched.size === 0) return;
      const uncovered = ERROR_CATEGORIES.filter((category) => touched.has(category))
        .map((category) => ({ category, entries: ENTRIES_BY_CATEGORY.get(category)!.filter((entry) => !listed.has(entry.code)) }))
        .filter((group) => group.entries.length > 0);
      if (uncovered.length === 0 || handledAfter(node)) return;
      const count = uncovered.reduce((sum, group) => sum + group.entries.length, 0);
      const reference = constantReference(context, node, { importSource: KIT_MODULE, constantName: 'WhatsAppErrorCode' });
      const { at, indent, bodyIndent } = insertionPoint(sourceCode, node);
      const discriminant = sourceCode.getText(node.discriminant);
      const labels = uncovered
        .map((group) => [`${indent}// ${group.category}`, ...group.entries.map((entry) => `${indent}case ${reference.objectText}.${entry.name}:`)].join('\n'))
        .join('\n');
      const text = `${labels}\n${bodyIndent}throw new Error(\`Unhandled WhatsApp error code \${String(${discriminant})}\`);\n`;
      context.report({
        node: node.discriminant,
        messageId: 'uncoveredCodes',
        data: { summary: uncovered.map((group) => `${group.category} (${group.entries.length} missing)`).join(', ') },
        suggest: [{ messageId: 'addMissingCodes', data: { count }, fix: (fixer) => [at(fixer, text), ...(reference.addImport ? [reference.addImport(fixer)] : [])] }],
      });
    }

    // Without type information, only the kit's names make a category side (`categoryOf`,
    // `ErrorCategory`): a file that never mentions the kit has no category switch to check.
    const mayHoldCategories = mentionsKit(sourceCode) || typeServicesOf(sourceCode) !== undefined;
    return Object.assign(collector, {
      ...(mayHoldCategories && {
        SwitchStatement(node: TSESTree.SwitchStatement) {
          const required = categories().requiredCategories(node.discriminant);
          if (required) checkCategorySwitch(node, required);
        },
      }),
      'Program:exit'() {
        if (!options.requireCategoryCoverage) return;
        for (const codeSwitch of analysis.get().codeSwitches) checkCodeSwitch(codeSwitch.node);
      },
    });
  },
});
