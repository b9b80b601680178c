/**
 * eslint-plugin-whatsapp-errors: `import whatsappErrors from 'eslint-plugin-whatsapp-errors'` or
 * `require('eslint-plugin-whatsapp-errors')`, both the plugin object itself. A flat-config plugin
 * for ESLint 8.57, 9 and 10 (and oxlint's JS plugins): `meta`, `rules` and `configs`.
 */
import type { ESLint, Linter, Rule } from 'eslint';
import exhaustiveCategorySwitch from './exhaustive-category-switch.js';
import noDeprecatedCode from './no-deprecated-code.js';
import noMisnamedCode from './no-misnamed-code.js';
import noUnknownCode from './no-unknown-code.js';
import preferCodeConstant from './prefer-code-constant.js';
import { createConfigs, PLUGIN_NAMESPACE, type ConfigName } from './configs.js';
import { packageMeta } from './utils/package-meta.js';

/** The rules, by name without the `whatsapp-errors/` prefix. */
type RuleName = 'exhaustive-category-switch' | 'no-deprecated-code' | 'no-misnamed-code' | 'no-unknown-code' | 'prefer-code-constant';

const rules = {
  'exhaustive-category-switch': exhaustiveCategorySwitch,
  'no-deprecated-code': noDeprecatedCode,
  'no-misnamed-code': noMisnamedCode,
  'no-unknown-code': noUnknownCode,
  'prefer-code-constant': preferCodeConstant,
} satisfies Record<RuleName, unknown>;

interface WhatsAppErrorsPlugin extends ESLint.Plugin {
  readonly meta: { readonly name: string; readonly version: string; readonly namespace: string };
  // typescript-eslint's rule type is stricter than ESLint's; at runtime they are the same objects.
  readonly rules: Readonly<Record<RuleName, Rule.RuleModule>>;
  readonly configs: Readonly<Record<ConfigName, Linter.Config>>;
}

const configs = {} as Record<ConfigName, Linter.Config>;

const plugin: WhatsAppErrorsPlugin = {
  meta: { name: packageMeta.name, version: packageMeta.version, namespace: PLUGIN_NAMESPACE },
  rules: rules as unknown as Record<RuleName, Rule.RuleModule>,
  configs,
};

// The configs register the plugin itself, so they are made once it exists.
Object.assign(configs, createConfigs(plugin, Object.keys(rules)));

export = plugin;
