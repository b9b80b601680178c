/**
 * The ESLint plugin: `import whatsappErrors from 'whatsapp-error-codes/eslint-plugin'`.
 * A flat-config plugin object for ESLint 9 and 10: `meta`, `rules`, and `configs`.
 */
import type { ESLint, Linter, Rule } from 'eslint';
import exhaustiveCategorySwitch from './exhaustive-category-switch.js';
import noDeprecatedCode from './no-deprecated-code.js';
import noMisnamedCode from './no-misnamed-code.js';
import noUnknownCode from './no-unknown-code.js';
import preferCodeConstant from './prefer-code-constant.js';
import { createConfigs, type ConfigName } from './configs.js';
import { packageMeta } from './utils/package-meta.js';

/** The rules, keyed by name (without the `whatsapp-errors/` prefix). */
export const rules = {
  'exhaustive-category-switch': exhaustiveCategorySwitch,
  'no-deprecated-code': noDeprecatedCode,
  'no-misnamed-code': noMisnamedCode,
  'no-unknown-code': noUnknownCode,
  'prefer-code-constant': preferCodeConstant,
};

export type RuleName = keyof typeof rules;

export interface WhatsAppErrorsPlugin extends ESLint.Plugin {
  readonly meta: { readonly name: string; readonly version: string };
  // typescript-eslint's rule type is stricter than ESLint's; at runtime they are the same objects.
  readonly rules: Record<RuleName, Rule.RuleModule>;
  readonly configs: Record<ConfigName, Linter.Config>;
}

const configs = {} as Record<ConfigName, Linter.Config>;

const plugin: WhatsAppErrorsPlugin = {
  meta: { name: packageMeta.name, version: packageMeta.version },
  rules: rules as unknown as Record<RuleName, Rule.RuleModule>,
  configs,
};

// The configs register the plugin itself, so they are made once it exists.
Object.assign(configs, createConfigs(plugin, Object.keys(rules)));

export default plugin;
