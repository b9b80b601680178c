/**
 * no-deprecated-code: retired Cloud API codes and On-Premises codes never arrive from the Cloud
 * API, so a branch on them is dead, and a table that types the webhook's `code` with them promises
 * values that never come. Reads every code position of the shared analysis; reports each retired
 * code with its Cloud replacement (as a suggestion) and each `error_subcode` value compared with
 * a `code`, which it never equals.
 */
import { RETIRED_PLATFORM_LABELS } from 'whatsapp-error-codes';
import type { CodePosition } from './utils/analysis.js';
import { literalText } from './utils/ast.js';
import { createRule } from './utils/create-rule.js';

export type MessageIds = 'retiredCode' | 'retiredCodeNoReplacement' | 'replaceWithReplacement' | 'subcodeAsCode';

export default createRule<[], MessageIds>({
  name: 'no-deprecated-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow retired Cloud API and On-Premises error codes, and subcodes compared as codes, which the Cloud API never sends',
      recommended: true,
      usesTypeInformation: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      retiredCode: '{{value}} is a {{platform}} code; the Cloud API reports this as {{replacement}} ({{replacementName}}).',
      retiredCodeNoReplacement: '{{value}} is a {{platform}} code ({{title}}); the Cloud API never sends it and has no single replacement.',
      replaceWithReplacement: 'Replace with {{replacement}} ({{replacementName}}).',
      subcodeAsCode: '{{value}} is an error_subcode ({{name}}) that arrives under code {{parent}}, never as the code itself: compare it with error_subcode.',
    },
    languages: ['js/js'],
  },
  create(context, _options, shared) {
    const { analysis, collector } = shared;

    function check(position: CodePosition): void {
      const { meaning, node } = position;
      if (position.side !== 'code') return;
      if (meaning.kind === 'subcode') {
        // Only where it is compared with a code: a table of subcodes is a table of subcodes.
        if (position.codeSide === undefined) return;
        const [entry] = meaning.entries;
        if (entry) context.report({ node, messageId: 'subcodeAsCode', data: { value: position.value, name: entry.name, parent: meaning.entries.map((item) => item.code).join(' or ') } });
        return;
      }
      if (meaning.kind !== 'retired') return;
      const platform = RETIRED_PLATFORM_LABELS[meaning.entry.platform];
      const replacement = meaning.replacement;
      if (!replacement) {
        context.report({ node, messageId: 'retiredCodeNoReplacement', data: { value: position.value, platform, title: meaning.entry.title } });
        return;
      }
      const data = { value: position.value, platform, replacement: replacement.code, replacementName: replacement.name };
      context.report({
        node,
        messageId: 'retiredCode',
        data,
        suggest: [{ messageId: 'replaceWithReplacement', data, fix: (fixer) => fixer.replaceText(node, literalText(node, replacement.code)) }],
      });
    }

    return Object.assign(collector, {
      'Program:exit'() {
        for (const position of analysis.get().positions) check(position);
      },
    });
  },
});
