/**
 * no-deprecated-code: retired Cloud API codes and On-Premises codes never arrive from the Cloud
 * API, so a branch on them is dead. Reports each with its Cloud replacement and suggests it.
 */
import { RETIRED_PLATFORM_LABELS } from 'whatsapp-error-codes';
import { createCodeDetector, literalText } from './utils/code-positions.js';
import { createRule } from './utils/create-rule.js';

export type MessageIds = 'retiredCode' | 'retiredCodeNoReplacement' | 'replaceWithReplacement';

export default createRule<[], MessageIds>({
  name: 'no-deprecated-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow retired Cloud API and On-Premises error codes, which the Cloud API never sends',
      recommended: true,
      usesTypeInformation: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      retiredCode: '{{value}} is a {{platform}} code; the Cloud API reports this as {{replacement}} ({{replacementName}}).',
      retiredCodeNoReplacement: '{{value}} is a {{platform}} code ({{title}}); the Cloud API never sends it and has no single replacement.',
      replaceWithReplacement: 'Replace with {{replacement}} ({{replacementName}}).',
    },
    languages: ['js/js'],
  },
  create(context) {
    const detector = createCodeDetector(context);
    return detector.listeners((literal) => {
      const meaning = detector.index.meaningOf(literal.value);
      if (meaning.kind !== 'retired') return;
      const platform = RETIRED_PLATFORM_LABELS[meaning.entry.platform];
      const replacement = meaning.replacement;
      if (!replacement) {
        context.report({ node: literal.node, messageId: 'retiredCodeNoReplacement', data: { value: literal.value, platform, title: meaning.entry.title } });
        return;
      }
      const data = { value: literal.value, platform, replacement: replacement.code, replacementName: replacement.name };
      context.report({
        node: literal.node,
        messageId: 'retiredCode',
        data,
        suggest: [{ messageId: 'replaceWithReplacement', data, fix: (fixer) => fixer.replaceText(literal.node, literalText(literal.node, replacement.code)) }],
      });
    });
  },
});
