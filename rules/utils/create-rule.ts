import { ESLintUtils } from '@typescript-eslint/utils';

export interface WhatsAppErrorsRuleDocs {
  /** Whether `configs.recommended` enables the rule. */
  readonly recommended?: boolean;
  /** Whether the rule uses type information when the project provides it (never required). */
  readonly usesTypeInformation?: boolean;
}

export const REPOSITORY_URL = 'https://github.com/whatsapp-error-codes/whatsapp-error-codes';

const ruleCreator = ESLintUtils.RuleCreator<WhatsAppErrorsRuleDocs>((name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`);

/**
 * Every rule of the plugin is made here, so each has a docs URL pointing at `docs/rules/<name>.md`.
 *
 * `RuleCreator` merges the user's options into the defaults with a `structuredClone` on every file,
 * for every rule: in bench/ that was a sixth of the plugin's whole cost. ESLint hands each file of a
 * config equal options, so the merge (typescript-eslint's own `applyDefault`) is done once per
 * distinct options value and the frozen result shared; the rules only read their options.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, WhatsAppErrorsRuleDocs>>,
): ReturnType<typeof ruleCreator<Options, MessageIds>> {
  const created = ruleCreator(rule);
  const defaults: Readonly<Options> = rule.meta.defaultOptions ?? rule.defaultOptions ?? ([] as unknown as Options);
  const merged = new Map<string, Options>();
  return {
    ...created,
    create(context) {
      const key = JSON.stringify(context.options);
      let options = merged.get(key);
      if (options === undefined) {
        options = deepFreeze(ESLintUtils.applyDefault<Options, Options>(defaults as Options, context.options));
        merged.set(key, options);
      }
      return rule.create(context, options);
    },
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
