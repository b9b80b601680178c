import { ESLintUtils } from '@typescript-eslint/utils';

export interface WhatsAppErrorsRuleDocs {
  /** Whether `configs.recommended` enables the rule. */
  readonly recommended?: boolean;
  /** Whether the rule uses type information when the project provides it (never required). */
  readonly usesTypeInformation?: boolean;
}

export const REPOSITORY_URL = 'https://github.com/whatsapp-error-codes/whatsapp-error-codes';

/** Every rule of the plugin is made here, so each has a docs URL pointing at `docs/rules/<name>.md`. */
export const createRule = ESLintUtils.RuleCreator<WhatsAppErrorsRuleDocs>((name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`);
