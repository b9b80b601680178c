/**
 * no-unknown-code: a number held as an error code that Meta never documented is almost always a
 * typo (`131074` for `131047`). Reads every code position of the shared analysis: comparisons,
 * `case`s, collections tested against a code, code lists, the keys and values of code tables,
 * enum members, definitions used as codes. Reports the value with the nearest real codes as
 * suggestions; never autofixes, because only the author knows which code was meant. An unknown
 * value is reported when it looks mistyped (known-codes.ts `looksMistyped`) or is typed as a code.
 * Another product's codes (Twilio's 30007, Messenger's 80001) are never unknown WhatsApp codes.
 */
import type { CodePosition } from './utils/analysis.js';
import { literalText } from './utils/ast.js';
import { createRule } from './utils/create-rule.js';
import type { CodeIndex } from './utils/known-codes.js';

export type MessageIds = 'unknownCode' | 'unknownCodeNoSuggestion' | 'replaceWithCode';

function alternatives(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

export default createRule<[], MessageIds>({
  name: 'no-unknown-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow error codes that are not WhatsApp Cloud API error codes',
      recommended: true,
      usesTypeInformation: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      unknownCode: '{{value}} is not a WhatsApp Cloud API error code. Did you mean {{candidates}}?',
      unknownCodeNoSuggestion: '{{value}} is not a WhatsApp Cloud API error code, and no documented code is within two digit edits of it.',
      replaceWithCode: 'Replace with {{code}} ({{name}}).',
    },
    languages: ['js/js'],
  },
  create(context, _options, shared) {
    const { analysis, collector } = shared;

    function check(position: CodePosition, index: CodeIndex): void {
      if (position.side !== 'code' || position.meaning.kind !== 'unknown' || !(index.looksMistyped(position.value) || position.isTypedAsCode())) return;
      const suggestions = index.suggest(position.value);
      const node = position.node;
      context.report({
        node,
        messageId: suggestions.length > 0 ? 'unknownCode' : 'unknownCodeNoSuggestion',
        data: { value: position.value, candidates: alternatives(suggestions.map((s) => `${s.code} (${s.name})`)) },
        suggest: suggestions.map((suggestion) => ({
          messageId: 'replaceWithCode' as const,
          data: { code: suggestion.code, name: suggestion.name },
          fix: (fixer) => fixer.replaceText(node, literalText(node, suggestion.code)),
        })),
      });
    }

    return Object.assign(collector, {
      'Program:exit'() {
        const { positions, index } = analysis.get();
        for (const position of positions) check(position, index);
      },
    });
  },
});
