/**
 * prefer-code-constant: a documented error code written as a number is a magic number; the
 * constant says what it means where it is used. Numbers are fixed automatically (with the import
 * added); digit strings get a `String(WhatsAppErrorCode.NAME)` suggestion.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { createCodeDetector } from './utils/code-positions.js';
import { constantReference } from './utils/constant-reference.js';
import { createRule } from './utils/create-rule.js';

export type Options = [{ importSource?: string; constantName?: string }];
export type MessageIds = 'preferConstant' | 'preferConstantString' | 'replaceWithConstant';

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
          importSource: { type: 'string', minLength: 1, description: 'Module to import the constant object from (for teams that re-export the kit).' },
          constantName: { type: 'string', pattern: '^[A-Za-z_$][A-Za-z0-9_$]*$', description: 'Exported name of the constant object.' },
        },
      },
    ],
    defaultOptions: [{ importSource: 'whatsapp-error-codes', constantName: 'WhatsAppErrorCode' }],
    messages: {
      preferConstant: 'Use {{constant}} instead of the magic number {{value}}.',
      preferConstantString: 'Use String({{constant}}) instead of the magic string {{raw}}.',
      replaceWithConstant: 'Replace {{raw}} with {{replacement}}.',
    },
    languages: ['js/js'],
  },
  create(context, [options]) {
    const source = { importSource: options.importSource ?? 'whatsapp-error-codes', constantName: options.constantName ?? 'WhatsAppErrorCode' };
    const detector = createCodeDetector(context);
    return detector.listeners((literal) => {
      const meaning = detector.index.meaningOf(literal.value);
      if (meaning.kind !== 'live' || meaning.constantName === undefined) return;
      // `String(WhatsAppErrorCode.X)` is the code's decimal text: '0131047' is not it, so it is no magic number for this rule.
      if (literal.form === 'string' && literal.node.value !== String(literal.value)) return;
      const reference = constantReference(context, literal.node, source);
      const member = `${reference.objectText}.${meaning.constantName}`;
      const replacement = literal.form === 'number' ? member : `String(${member})`;
      // `case'131047':` is valid; `caseString(…)` is not, so a name right after a keyword gets a space.
      const previous = context.sourceCode.getTokenBefore(literal.node);
      const glued = previous !== null && previous.range[1] === literal.node.range[0] && /[\p{ID_Continue}$]$/u.test(previous.value);
      const fix = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix[] => [
        fixer.replaceText(literal.node, glued ? ` ${replacement}` : replacement),
        ...(reference.addImport ? [reference.addImport(fixer)] : []),
      ];
      const data = { constant: `${source.constantName}.${meaning.constantName}`, value: literal.value, raw: literal.node.raw, replacement };
      const autofix = literal.form === 'number' && reference.safe;
      context.report({
        node: literal.node,
        messageId: literal.form === 'number' ? 'preferConstant' : 'preferConstantString',
        data,
        ...(autofix ? { fix } : { suggest: [{ messageId: 'replaceWithConstant', data, fix }] }),
      });
    });
  },
});
