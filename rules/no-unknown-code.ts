/**
 * no-unknown-code: a number compared with an error code that Meta never documented is almost
 * always a typo (`131074` for `131047`). Reports it with the nearest real codes as suggestions;
 * never autofixes, because only the author knows which code was meant.
 */
import { createCodeDetector, literalText, type CodeLiteral } from './utils/code-positions.js';
import { createRule } from './utils/create-rule.js';

export type MessageIds = 'unknownCode' | 'unknownCodeNoSuggestion' | 'replaceWithCode';

/** Meta's messaging codes live in 130000–139999: an unknown value there is a WhatsApp code gone wrong. */
const MESSAGING_RANGE = { first: 130_000, last: 139_999 };

function alternatives(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

export default createRule<[], MessageIds>({
  name: 'no-unknown-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow comparing error codes with numbers that are not WhatsApp Cloud API error codes',
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
    const detector = createCodeDetector(context);

    /**
     * Typed as a code; in Meta's messaging range; or a 5+ digit value that is one digit edit from a
     * 5+ digit code (two edits when both have the same 6+ digits). An edit that adds or drops a
     * digit must keep the code's first two digits: a dropped digit inside a code is a typo, but a
     * different leading family is another system's code (TypeScript's diagnostic 18003 is not
     * 138003). Looser matching would flag other providers' codes compared under the same names,
     * such as Twilio's 21211 or 63016.
     */
    function looksLikeWhatsAppCode(literal: CodeLiteral): boolean {
      if (literal.value >= MESSAGING_RANGE.first && literal.value <= MESSAGING_RANGE.last) return true;
      const digits = String(literal.value);
      const nearTypo =
        digits.length >= 5 &&
        detector.index.suggest(literal.value).some((suggestion) => {
          if (suggestion.code < 10_000) return false;
          const code = String(suggestion.code);
          if (code.length !== digits.length) return suggestion.distance === 1 && code.slice(0, 2) === digits.slice(0, 2);
          return suggestion.distance === 1 || digits.length >= 6;
        });
      return nearTypo || literal.isTypedAsCode();
    }

    return detector.listeners((literal) => {
      if (detector.index.meaningOf(literal.value).kind !== 'unknown') return;
      if (!looksLikeWhatsAppCode(literal)) return;
      const suggestions = detector.index.suggest(literal.value);
      context.report({
        node: literal.node,
        messageId: suggestions.length > 0 ? 'unknownCode' : 'unknownCodeNoSuggestion',
        data: { value: literal.value, candidates: alternatives(suggestions.map((s) => `${s.code} (${s.name})`)) },
        suggest: suggestions.map((suggestion) => ({
          messageId: 'replaceWithCode' as const,
          data: { code: suggestion.code, name: suggestion.name },
          fix: (fixer) => fixer.replaceText(literal.node, literalText(literal.node, suggestion.code)),
        })),
      });
    });
  },
});
