/**
 * no-unknown-code: a number held as an error code that Meta never documented is almost always a
 * typo (`131074` for `131047`). Reads every code position of the shared analysis: comparisons,
 * `case`s, collections tested against a code, code lists, the keys and values of code tables,
 * enum members, definitions used as codes. Reports the value with the nearest real codes as
 * suggestions; never autofixes, because only the author knows which code was meant. Another
 * product's codes (Twilio's 30007, Messenger's 80001) are never unknown WhatsApp codes.
 */
import { analysisOf, type CodePosition } from './utils/analysis.js';
import { literalText } from './utils/ast.js';
import { createRule } from './utils/create-rule.js';
import type { CodeIndex } from './utils/known-codes.js';

export type MessageIds = 'unknownCode' | 'unknownCodeNoSuggestion' | 'replaceWithCode';

/** Meta's messaging codes live in 130000–139999: an unknown value there is a WhatsApp code gone wrong. */
const MESSAGING_RANGE = { first: 130_000, last: 139_999 };

function alternatives(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/**
 * In Meta's messaging range; typed as a code; or a value of five digits or more within one digit
 * edit of a code of five digits or more (two edits when both have the same six digits or more).
 * Every edit keeps the code's first two digits: a slip inside a code is a typo, but another leading
 * family is another system's code (Twilio's 30007 is not 80007, TypeScript's diagnostic 18003 is
 * not 138003).
 */
function looksLikeWhatsAppCode(position: CodePosition, index: CodeIndex): boolean {
  const { value } = position;
  if (value >= MESSAGING_RANGE.first && value <= MESSAGING_RANGE.last) return true;
  const digits = String(value);
  const nearTypo =
    digits.length >= 5 &&
    index.suggest(value).some((suggestion) => {
      const code = String(suggestion.code);
      if (suggestion.code < 10_000 || code.slice(0, 2) !== digits.slice(0, 2)) return false;
      return suggestion.distance === 1 || (code.length === digits.length && digits.length >= 6);
    });
  return nearTypo || position.isTypedAsCode();
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
  create(context) {
    const { analysis, collector } = analysisOf(context);

    function check(position: CodePosition, index: CodeIndex): void {
      if (position.side !== 'code' || position.meaning.kind !== 'unknown' || !looksLikeWhatsAppCode(position, index)) return;
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
