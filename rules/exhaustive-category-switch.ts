/**
 * exhaustive-category-switch: every `switch` over WhatsApp error categories handles each category
 * with its own `case`. A `default` hides the next new failure class, so it does not count unless
 * `allowDefault` is set. Misspelled labels (`'Sender'`, `'plattform'`) are reported with the
 * nearest category. With `requireCategoryCoverage`, a `switch` over codes must also cover every
 * code of each category it touches, or have a `default`.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Type, TypeChecker } from 'typescript';
import { ERROR_CATEGORIES, ERROR_CODE_ENTRIES, WhatsAppErrorCode, editDistance, type CatalogCodeEntry, type ErrorCategory } from 'whatsapp-error-codes';
import { createCodeDetector, isCandidateLiteral, literalCodeValue, unwrapCodeSide } from './utils/code-positions.js';
import { constantReference } from './utils/constant-reference.js';
import { createRule } from './utils/create-rule.js';
import { KIT_MODULE, kitExportName } from './utils/kit-imports.js';

export type Options = [{ allowDefault?: boolean; requireCategoryCoverage?: boolean }];
export type MessageIds = 'missingCategories' | 'addMissingCategories' | 'notACategory' | 'replaceWithCategory' | 'uncoveredCodes' | 'addMissingCodes';

const CATEGORY_SET = new Set<string>(ERROR_CATEGORIES);
const NULLISH_TYPE_NAMES = new Set(['undefined', 'null']);
const CONSTANT_NAMES = new Set(Object.keys(WhatsAppErrorCode));

/** `exact`: the kit's `ErrorCategory`; `derived`: a type built from it, whose members only type information can tell. */
type Provenance = 'exact' | 'derived' | undefined;

/** Catalog entries by category, in code order: what a code switch must list. */
const ENTRIES_BY_CATEGORY = new Map<ErrorCategory, readonly CatalogCodeEntry[]>(
  ERROR_CATEGORIES.map((category) => [category, ERROR_CODE_ENTRIES.filter((entry) => entry.category === category)]),
);

function quoted(categories: readonly string[]): string {
  const items = categories.map((category) => `'${category}'`);
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A case body that leaves the switch: the only place a new case can go without changing fall-through. */
function exitsSwitch(switchCase: TSESTree.SwitchCase): boolean {
  let last: TSESTree.Node | undefined = switchCase.consequent.at(-1);
  while (last?.type === 'BlockStatement') last = last.body.at(-1);
  return (
    last?.type === 'BreakStatement' ||
    last?.type === 'ReturnStatement' ||
    last?.type === 'ThrowStatement' ||
    last?.type === 'ContinueStatement'
  );
}

/** The nearest category to a misspelled label, if it is near enough to be meant. */
function nearestCategory(label: string): ErrorCategory | undefined {
  const lower = label.toLowerCase().trim();
  let best: { category: ErrorCategory; distance: number } | undefined;
  for (const category of ERROR_CATEGORIES) {
    const distance = editDistance(lower, category, 3);
    if (distance <= 3 && (!best || distance < best.distance)) best = { category, distance };
  }
  return best?.category;
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
            description: 'Require a switch over codes to have a `default` or to list every code of each category it touches.',
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
  create(context, [options]) {
    const detector = createCodeDetector(context);
    const sourceCode = context.sourceCode;

    function typeServices(): { checker: TypeChecker; typeOf(node: TSESTree.Node): Type } | undefined {
      const services = sourceCode.parserServices;
      const program = services?.program;
      const nodeMap = services?.esTreeNodeToTSNodeMap;
      if (!program || !nodeMap) return undefined;
      const checker = program.getTypeChecker();
      return { checker, typeOf: (node) => checker.getTypeAtLocation(nodeMap.get(node)) };
    }

    // ── Is this a switch over categories? ─────────────────────────────────────────────

    /** `categoryOf(…)` or `kit.categoryOf(…)` from the kit. */
    function isCategoryOfCall(node: TSESTree.Node): boolean {
      return node.type === 'CallExpression' && kitExportName(context, node.callee) === 'categoryOf';
    }

    function isDescribeCall(node: TSESTree.Node | null | undefined): boolean {
      const inner = node && unwrapCodeSide(node);
      return inner?.type === 'CallExpression' && kitExportName(context, inner.callee) === 'describeErrorCode';
    }

    /**
     * How a type annotation relates to the kit's `ErrorCategory`: `exact` for `ErrorCategory`
     * (optionally `| undefined` / `| null`), `derived` for a type built from it
     * (`Exclude<ErrorCategory, 'platform'>`), whose members only type information can tell.
     */
    function annotationProvenance(type: TSESTree.TypeNode | undefined): Provenance {
      if (!type) return undefined;
      if (type.type === 'TSUnionType') {
        const meaningful = type.types.filter((member) => member.type !== 'TSUndefinedKeyword' && member.type !== 'TSNullKeyword');
        if (meaningful.length === 1) return annotationProvenance(meaningful[0]);
        return meaningful.some((member) => annotationProvenance(member) !== undefined) ? 'derived' : undefined;
      }
      if (type.type !== 'TSTypeReference') return undefined;
      if (kitExportName(context, type.typeName) === 'ErrorCategory') return 'exact';
      return type.typeArguments?.params.some((argument) => annotationProvenance(argument) !== undefined) ? 'derived' : undefined;
    }

    /** The type annotation of property `name` in an object type literal. */
    function propertyAnnotation(type: TSESTree.TypeNode | undefined, name: string): TSESTree.TypeNode | undefined {
      if (type?.type !== 'TSTypeLiteral') return undefined;
      for (const member of type.members) {
        if (member.type === 'TSPropertySignature' && member.key.type === 'Identifier' && member.key.name === name) {
          return member.typeAnnotation?.typeAnnotation;
        }
      }
      return undefined;
    }

    /** An identifier declared in this file as `ErrorCategory`, or destructured as `category` from `describeErrorCode(…)`. */
    function declaredProvenance(identifier: TSESTree.Identifier): Provenance {
      const scope = sourceCode.getScope(identifier);
      let variable = null as ReturnType<typeof scope.set.get> | null;
      for (let current: typeof scope | null = scope; current && !variable; current = current.upper) variable = current.set.get(identifier.name) ?? null;
      for (const definition of variable?.defs ?? []) {
        const declared = definition.name;
        const annotated = declared.type === 'Identifier' ? annotationProvenance(declared.typeAnnotation?.typeAnnotation) : undefined;
        if (annotated) return annotated;
        // `{ category }: { category: ErrorCategory }` and `const { category } = describeErrorCode(code)!`
        const property = declared.parent;
        const pattern = property?.parent;
        if (property?.type === 'Property' && pattern?.type === 'ObjectPattern' && property.key.type === 'Identifier') {
          const fromPattern = annotationProvenance(propertyAnnotation(pattern.typeAnnotation?.typeAnnotation, property.key.name));
          if (fromPattern) return fromPattern;
          if (property.key.name === 'category' && pattern.parent?.type === 'VariableDeclarator' && isDescribeCall(pattern.parent.init)) return 'exact';
        }
      }
      return undefined;
    }

    /** `describeErrorCode(c)?.category`, or `entry.category` where `const entry = describeErrorCode(c)`. */
    function isDescribedCategory(node: TSESTree.Node): boolean {
      if (node.type !== 'MemberExpression' || node.computed || node.property.type !== 'Identifier' || node.property.name !== 'category') return false;
      const object = unwrapCodeSide(node.object);
      if (isDescribeCall(object)) return true;
      if (object.type !== 'Identifier') return false;
      const scope = sourceCode.getScope(object);
      for (let current: typeof scope | null = scope; current; current = current.upper) {
        const variable = current.set.get(object.name);
        if (variable) return variable.defs.some((definition) => definition.node.type === 'VariableDeclarator' && isDescribeCall(definition.node.init));
      }
      return false;
    }

    /** The category literals of a type made only of them (`undefined`/`null` aside), and whether it names `ErrorCategory`. */
    function categoriesOfType(type: Type, checker: TypeChecker): { categories: ErrorCategory[]; namesErrorCategory: boolean } | undefined {
      const parts = type.isUnion() ? type.types : [type];
      const categories: ErrorCategory[] = [];
      for (const part of parts) {
        if (part.isStringLiteral() && CATEGORY_SET.has(part.value)) categories.push(part.value as ErrorCategory);
        // A literal type (`'order/created'`, `404`) is never undefined or null: decided without printing it.
        else if (part.isLiteral() || !NULLISH_TYPE_NAMES.has(checker.typeToString(part))) return undefined; // TypeFlags values differ between TypeScript versions
      }
      if (categories.length === 0) return undefined;
      const named = (candidate: Type | undefined): boolean =>
        candidate?.aliasSymbol?.escapedName === 'ErrorCategory' || (candidate?.aliasTypeArguments ?? []).some((argument) => named(argument));
      return { categories: ERROR_CATEGORIES.filter((category) => categories.includes(category)), namesErrorCategory: named(type) };
    }

    /** Where a discriminant's categories come from: the kit (`categoryOf`, `describeErrorCode`, `ErrorCategory`), or nowhere. */
    function provenance(discriminant: TSESTree.Node): Provenance {
      let node = discriminant;
      // `x as ErrorCategory` claims the kit's type; other wrappers are looked through.
      while (node.type === 'TSAsExpression' || node.type === 'TSNonNullExpression' || node.type === 'TSSatisfiesExpression') {
        if (node.type !== 'TSNonNullExpression') {
          const claimed = annotationProvenance(node.typeAnnotation);
          if (claimed) return claimed;
        }
        node = node.expression;
      }
      const core = unwrapCodeSide(node);
      if (isCategoryOfCall(core) || isDescribedCategory(core)) return 'exact';
      return core.type === 'Identifier' ? declaredProvenance(core) : undefined;
    }

    /** The categories a switch must handle, or undefined when it is not a switch over categories. */
    function requiredCategories(discriminant: TSESTree.Node): readonly ErrorCategory[] | undefined {
      const fromKit = provenance(discriminant);
      const types = typeServices();
      const typed = types && categoriesOfType(types.typeOf(discriminant), types.checker);
      // A union of category names only counts when it comes from the kit: `'sender' | 'recipient'` may be a chat direction.
      if (typed && (fromKit || typed.namesErrorCategory || typed.categories.length === ERROR_CATEGORIES.length)) return typed.categories;
      return fromKit === 'exact' ? ERROR_CATEGORIES : undefined;
    }

    // ── Fixes ─────────────────────────────────────────────────────────────────────────

    /** Whether only whitespace precedes the node on its line. */
    function startsLine(node: TSESTree.Node): boolean {
      return /^\s*$/.test(sourceCode.lines[node.loc.start.line - 1]!.slice(0, node.loc.start.column));
    }

    /**
     * Inserts whole lines before a case: at the start of its line when it starts one; otherwise
     * (`switch (x) { case 'a': …`) on lines of their own, moving the case onto a new line.
     */
    function insertLinesBefore(fixer: TSESLint.RuleFixer, target: TSESTree.SwitchCase, text: string, indent: string): TSESLint.RuleFix {
      if (startsLine(target)) return fixer.insertTextBeforeRange([target.range[0] - target.loc.start.column, target.range[0]], text);
      return fixer.insertTextBefore(target, `\n${text}${indent}`);
    }

    /** Where new cases go, and how they are indented: before `default` or after the last case, where that keeps fall-through as it is. */
    function insertionPoint(node: TSESTree.SwitchStatement): { at: (fixer: TSESLint.RuleFixer, text: string) => TSESLint.RuleFix; indent: string } {
      const firstCase = node.cases[0];
      const switchIndent = sourceCode.lines[node.loc.start.line - 1]!.match(/^\s*/)![0];
      const indent = firstCase && startsLine(firstCase) ? sourceCode.lines[firstCase.loc.start.line - 1]!.slice(0, firstCase.loc.start.column) : `${switchIndent}  `;
      const defaultIndex = node.cases.findIndex((switchCase) => switchCase.test === null);
      const before = defaultIndex === -1 ? node.cases.at(-1) : node.cases[defaultIndex - 1];
      if (!firstCase) {
        const closing = sourceCode.getLastToken(node)!;
        return { indent, at: (fixer, text) => fixer.insertTextBefore(closing, `${text}\n`) };
      }
      if (defaultIndex === -1 && before && exitsSwitch(before)) {
        return { indent, at: (fixer, text) => fixer.insertTextAfter(before, `\n${text.trimEnd()}`) };
      }
      if (defaultIndex !== -1 && (!before || exitsSwitch(before))) {
        const target = node.cases[defaultIndex]!;
        return { indent, at: (fixer, text) => insertLinesBefore(fixer, target, text, indent) };
      }
      // Inserting there would catch a fall-through: put the new cases first instead.
      return { indent, at: (fixer, text) => insertLinesBefore(fixer, firstCase, text, indent) };
    }

    function bodyIndent(node: TSESTree.SwitchStatement, caseIndent: string): string {
      const statement = node.cases.find((switchCase) => switchCase.consequent.length > 0)?.consequent[0];
      if (statement && statement.loc.start.line !== statement.parent.loc.start.line && startsLine(statement)) {
        return sourceCode.lines[statement.loc.start.line - 1]!.slice(0, statement.loc.start.column);
      }
      return `${caseIndent}  `;
    }

    // ── Category switches ────────────────────────────────────────────────────────────

    function checkCategorySwitch(node: TSESTree.SwitchStatement, required: readonly ErrorCategory[]): void {
      const handled = new Set<string>();
      let unevaluated = false;
      const types = typeServices();
      for (const switchCase of node.cases) {
        const test = switchCase.test;
        if (!test) continue;
        if (test.type === 'Literal' && typeof test.value === 'string') {
          if (CATEGORY_SET.has(test.value)) {
            handled.add(test.value);
            continue;
          }
          const category = nearestCategory(test.value);
          const quote = test.raw.startsWith('"') ? '"' : "'";
          context.report({
            node: test,
            messageId: 'notACategory',
            data: { label: test.raw },
            suggest: category ? [{ messageId: 'replaceWithCategory', data: { label: test.raw, category }, fix: (fixer) => fixer.replaceText(test, `${quote}${category}${quote}`) }] : [],
          });
          continue;
        }
        const typed = types && categoriesOfType(types.typeOf(test), types.checker);
        if (typed?.categories.length === 1) handled.add(typed.categories[0]!);
        else if (!(test.type === 'Identifier' && test.name === 'undefined') && !(test.type === 'Literal' && test.value === null)) unevaluated = true;
      }
      const hasDefault = node.cases.some((switchCase) => switchCase.test === null);
      if (unevaluated || (options.allowDefault && hasDefault)) return; // a label we cannot read may handle the rest
      const missing = required.filter((category) => !handled.has(category));
      if (missing.length === 0) return;
      const { at, indent } = insertionPoint(node);
      const inner = bodyIndent(node, indent);
      const text = missing
        .map((category) => `${indent}case '${category}':\n${inner}throw new Error("Unhandled WhatsApp error category '${category}'");\n`)
        .join('');
      context.report({
        node: node.discriminant,
        messageId: 'missingCategories',
        data: { missing: quoted(missing) },
        suggest: [{ messageId: 'addMissingCategories', data: { cases: missing.map((category) => `case '${category}'`).join(', ') }, fix: (fixer) => at(fixer, text) }],
      });
    }

    // ── Code switches (requireCategoryCoverage) ───────────────────────────────────────

    /** The code a case label stands for: a literal, the kit's `WhatsAppErrorCode.NAME`, or (with types) a number literal type. */
    function labelCode(test: TSESTree.Expression): number | undefined {
      if (isCandidateLiteral(test)) return literalCodeValue(test);
      if (test.type === 'MemberExpression' && !test.computed && test.property.type === 'Identifier' && CONSTANT_NAMES.has(test.property.name)) {
        if (kitExportName(context, test.object) === 'WhatsAppErrorCode' || (test.object.type === 'MemberExpression' && kitExportName(context, test.object) === 'WhatsAppErrorCode')) {
          return WhatsAppErrorCode[test.property.name as keyof typeof WhatsAppErrorCode];
        }
      }
      const type = typeServices()?.typeOf(test);
      return type?.isNumberLiteral() ? type.value : undefined;
    }

    function checkCodeSwitch(node: TSESTree.SwitchStatement): void {
      if (node.cases.some((switchCase) => switchCase.test === null) || !detector.isCodeSide(node.discriminant)) return;
      const listed = new Set<number>();
      for (const switchCase of node.cases) {
        const code = switchCase.test && labelCode(switchCase.test);
        if (code !== undefined && code !== null) listed.add(code);
      }
      const touched = new Set<ErrorCategory>();
      for (const code of listed) {
        const meaning = detector.index.meaningOf(code);
        if (meaning.kind === 'live' && meaning.entry) touched.add(meaning.category);
      }
      if (touched.size === 0) return;
      const missing = ERROR_CATEGORIES.filter((category) => touched.has(category)).map((category) => ({
        category,
        entries: ENTRIES_BY_CATEGORY.get(category)!.filter((entry) => !listed.has(entry.code)),
      }));
      const uncovered = missing.filter((group) => group.entries.length > 0);
      if (uncovered.length === 0) return;
      const count = uncovered.reduce((sum, group) => sum + group.entries.length, 0);
      const reference = constantReference(context, node, { importSource: KIT_MODULE, constantName: 'WhatsAppErrorCode' });
      const { at, indent } = insertionPoint(node);
      const inner = bodyIndent(node, indent);
      const discriminant = sourceCode.getText(node.discriminant);
      const labels = uncovered
        .map((group) => [`${indent}// ${group.category}`, ...group.entries.map((entry) => `${indent}case ${reference.objectText}.${entry.name}:`)].join('\n'))
        .join('\n');
      const text = `${labels}\n${inner}throw new Error(\`Unhandled WhatsApp error code \${String(${discriminant})}\`);\n`;
      context.report({
        node: node.discriminant,
        messageId: 'uncoveredCodes',
        data: { summary: uncovered.map((group) => `${group.category} (${group.entries.length} missing)`).join(', ') },
        suggest: [
          {
            messageId: 'addMissingCodes',
            data: { count },
            fix: (fixer) => [at(fixer, text), ...(reference.addImport ? [reference.addImport(fixer)] : [])],
          },
        ],
      });
    }

    return {
      SwitchStatement(node) {
        const required = requiredCategories(node.discriminant);
        if (required) checkCategorySwitch(node, required);
        else if (options.requireCategoryCoverage) checkCodeSwitch(node);
      },
    };
  },
});
