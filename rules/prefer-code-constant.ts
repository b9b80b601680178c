/**
 * prefer-code-constant: a documented error code written as a number is a magic number; the
 * constant says what it means where it is used. Reads the code positions of the shared analysis
 * where a code is used (compared, a `case`, a member of a collection tested against a code, an
 * element of a `…CODES` list) and, with `tables: true`, the keys of code tables. A project's own
 * definitions (`const WINDOW_CLOSED = 131047`, enum members, `{ WINDOW_CLOSED: 131047 }`) already
 * name the code and are left alone. Numbers are fixed automatically (with the import added);
 * digit strings get a `String(WhatsAppErrorCode.NAME)` suggestion.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { CodePosition, PositionKind } from './utils/analysis.js';
import { constantAccess, type ConstantAccess } from './utils/fix-import.js';
import { wideningPlanner, type WideningPlanner } from './utils/fix-widening.js';
import { createRule } from './utils/create-rule.js';
import { KIT_MODULE } from './utils/kit-imports.js';
import { SUBCODE_CONSTANTS } from './utils/known-codes.js';

export type Options = [{ importSource?: string; constantName?: string; subcodeConstantName?: string; tables?: boolean }];
export type MessageIds = 'preferConstant' | 'preferConstantString' | 'replaceWithConstant' | 'addImport';

/** Per file: how collections keep their types, and which constant objects' import a report already carries. */
interface Fixes {
  readonly widening: WideningPlanner;
  /** How each constant object can be written in the file (asked once per object, not once per report). */
  accessOf(object: string): ConstantAccess;
  readonly importCarried: Set<string>;
}

/** Where a code is used, not defined: the positions this rule rewrites by default. */
const USES: ReadonlySet<PositionKind> = new Set(['comparison', 'case', 'member', 'list', 'lookup']);

export default createRule<Options, MessageIds>({
  name: 'prefer-code-constant',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require `WhatsAppErrorCode` constants instead of magic numbers for WhatsApp error codes',
      recommended: true,
      usesTypeInformation: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          importSource: { type: 'string', minLength: 1, description: 'Module to import the constant objects from (for teams that re-export the kit).' },
          constantName: { type: 'string', pattern: '^[A-Za-z_$][A-Za-z0-9_$]*$', description: 'Exported name of the code constants object.' },
          subcodeConstantName: { type: 'string', pattern: '^[A-Za-z_$][A-Za-z0-9_$]*$', description: 'Exported name of the subcode constants object.' },
          tables: { type: 'boolean', description: 'Also rewrite the keys of code tables (`{ [WhatsAppErrorCode.X]: … }`).' },
        },
      },
    ],
    defaultOptions: [{ importSource: KIT_MODULE, constantName: 'WhatsAppErrorCode', subcodeConstantName: 'WhatsAppErrorSubcode', tables: false }],
    messages: {
      preferConstant: 'Use {{constant}} instead of the magic number {{value}}.',
      preferConstantString: 'Use String({{constant}}) instead of the magic string {{raw}}.',
      replaceWithConstant: 'Replace {{raw}} with {{replacement}}.',
      addImport: 'Import {{name}} from {{source}} (then {{name}} can replace the literal).',
    },
    languages: ['js/js'],
  },
  create(context, [options], shared) {
    const importSource = options.importSource ?? KIT_MODULE;
    const codeObject = options.constantName ?? 'WhatsAppErrorCode';
    const subcodeObject = options.subcodeConstantName ?? 'WhatsAppErrorSubcode';
    const rewritten = options.tables ? new Set<PositionKind>([...USES, 'table-key']) : USES;
    const { analysis, collector } = shared;

    /** `[object, name]` of the constant a position is written with, if it has one. */
    function constantOf(position: CodePosition): readonly [string, string] | undefined {
      const meaning = position.meaning;
      if (meaning.kind === 'live') return meaning.constantName === undefined ? undefined : [codeObject, meaning.constantName];
      if (meaning.kind === 'subcode') {
        // A subcode compared with a code never matches: no-deprecated-code says so, and a constant would hide it.
        if (position.side === 'code' && position.codeSide !== undefined) return undefined;
        const name = SUBCODE_CONSTANTS.get(meaning.code);
        return name === undefined ? undefined : [subcodeObject, name];
      }
      return undefined;
    }

    interface Planned {
      readonly position: CodePosition;
      readonly object: string;
      readonly name: string;
      /** Written as a number (or a plain table key): the constant replaces it; a digit string gets `String(…)`. */
      readonly asNumber: boolean;
      readonly plainKey: boolean;
    }

    /** Whether the rule reports the position, and with which constant. */
    function plan(position: CodePosition): Planned | undefined {
      if (!rewritten.has(position.kind)) return undefined;
      const constant = constantOf(position);
      if (!constant) return undefined;
      const [object, name] = constant;
      const node = position.node;
      // `String(WhatsAppErrorCode.X)` is the code's decimal text: '0131047' is not it, so it is no magic number for this rule.
      if (position.form === 'string' && node.value !== String(position.value)) return undefined;
      // A table key `131047:` or `'131047':` becomes the computed key `[X.NAME]:`; everywhere else the literal is replaced.
      const plainKey = position.kind === 'table-key' && node.parent.type === 'Property' && node.parent.key === node && !node.parent.computed;
      return { position, object, name, asNumber: position.form === 'number' || plainKey, plainKey };
    }

    /*
     * How the fixes stay small (ESLint merges the fixes of one report into ONE fix spanning from
     * the first to the last; its JSON output and editors get every fix and suggestion as text):
     *
     * - Where the constant object resolves already, a report's fix replaces its literal, plus
     *   (for the first rewritten element of a collection) the widening beside it.
     * - Where it does not, only the first report of the file that can be fixed carries the
     *   import (per constant object): together with its literal when both fit in NEAR characters,
     *   else the import alone. The file's other reports carry no fix in this state.
     * - `eslint --fix` re-lints after each pass (up to 10): pass 1 adds the import (and maybe the
     *   first literal), pass 2 finds the import and fixes every other literal, each fix its own
     *   literal's size. So no fix text grows with the file, and the result is fully fixed.
     * - A suggestion (digit strings, an unsafe widening) adds the import with its literal when
     *   they are NEAR, else it offers the import alone; once the import exists, the replacement.
     */
    const NEAR = 2000;

    function report(planned: Planned, fixes: Fixes): void {
      const { position, object, name, asNumber, plainKey } = planned;
      const node = position.node;
      const access = fixes.accessOf(object).at(node);
      const member = `${access.objectText}.${name}`;
      const replacement = plainKey ? `[${member}]` : asNumber ? member : `String(${member})`;
      // `case'131047':` is valid; `caseString(…)` is not, so a name right after a keyword gets a space.
      // (The character before the literal tells: no token look-up for each of a file's literals.)
      const glued = node.range[0] > 0 && continuesName(context.sourceCode.text.charCodeAt(node.range[0] - 1));
      // A digit string becomes `String(…)`, a string either way; a number may narrow its collection's type.
      const widening = asNumber ? fixes.widening.of(node) : undefined;
      const literalFix = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix[] => [
        fixer.replaceText(node, glued ? ` ${replacement}` : replacement),
        ...(widening?.kind === 'widen' && widening.carrier === node ? widening.fixes(fixer) : []),
      ];
      const data = { constant: `${object}.${name}`, value: position.value, raw: node.raw, replacement };
      const messageId = asNumber ? 'preferConstant' : 'preferConstantString';
      const autofix = asNumber && access.status !== 'unsafe' && widening?.kind !== 'unsafe';

      if (access.status !== 'addable') {
        context.report({ node, messageId, data, ...(autofix ? { fix: literalFix } : { suggest: [{ messageId: 'replaceWithConstant', data, fix: literalFix }] }) });
        return;
      }
      const addition = access.addition;
      if (autofix) {
        if (fixes.importCarried.has(object)) {
          // The import comes with the file's first report; this literal is fixed in the next pass.
          context.report({ node, messageId, data });
          return;
        }
        fixes.importCarried.add(object);
        context.report({
          node,
          messageId,
          data,
          fix: (fixer) => {
            const literal = literalFix(fixer);
            const start = Math.min(addition.offset, ...literal.map((fix) => fix.range[0]));
            const end = Math.max(addition.offset, ...literal.map((fix) => fix.range[1]));
            return end - start <= NEAR ? [addition.fix(fixer), ...literal] : [addition.fix(fixer)];
          },
        });
        return;
      }
      const near = Math.max(addition.offset, node.range[1]) - Math.min(addition.offset, node.range[0]) <= NEAR;
      context.report({
        node,
        messageId,
        data,
        suggest: [
          near
            ? { messageId: 'replaceWithConstant', data, fix: (fixer) => [addition.fix(fixer), ...literalFix(fixer)] }
            : { messageId: 'addImport', data: { name: object, source: importSource }, fix: (fixer) => addition.fix(fixer) },
        ],
      });
    }

    return Object.assign(collector, {
      'Program:exit'() {
        const plans: Planned[] = [];
        for (const position of analysis.get().positions) {
          const planned = plan(position);
          if (planned) plans.push(planned);
        }
        if (plans.length === 0) return;
        const numbers = new Set<TSESTree.Node>(plans.filter((planned) => planned.asNumber && !planned.plainKey).map((planned) => planned.position.node));
        const accesses = new Map<string, ConstantAccess>();
        const fixes: Fixes = {
          widening: wideningPlanner(context, { rewritten: numbers, importSource, constantObjects: new Set([codeObject, subcodeObject]) }),
          importCarried: new Set(),
          accessOf(object) {
            let access = accesses.get(object);
            if (!access) accesses.set(object, (access = constantAccess(context, { importSource, constantName: object })));
            return access;
          },
        };
        for (const planned of plans) report(planned, fixes);
      },
    });
  },
});

/** Whether a character continues an identifier (`case` before `String(…)` would make `caseString`): ASCII answered without a regular expression. */
function continuesName(char: number): boolean {
  if (char < 128) return (char >= 97 && char <= 122) || (char >= 65 && char <= 90) || (char >= 48 && char <= 57) || char === 95 || char === 36;
  return /[\p{ID_Continue}$]/u.test(String.fromCharCode(char));
}
