/**
 * The shared configs. Each is one flat config object that registers the plugin under
 * `whatsapp-errors` and sets rules only: no parser and no `files`, so it works with ESLint's
 * default parser in JavaScript projects and beside typescript-eslint's configs in TypeScript ones.
 */
import type { ESLint, Linter } from 'eslint';

/** The rule prefix and plugin key, `meta.namespace`: rules are `whatsapp-errors/<rule>`. */
export const PLUGIN_NAMESPACE = 'whatsapp-errors';

export type ConfigName = 'recommended' | 'strict' | 'all';

/** Severity and options per rule; every rule of the plugin appears in `all`. */
function ruleEntries(ruleNames: readonly string[]): Record<ConfigName, Linter.RulesRecord> {
  const prefixed = (entries: Record<string, Linter.RuleEntry>): Linter.RulesRecord =>
    Object.fromEntries(Object.entries(entries).map(([name, entry]) => [`${PLUGIN_NAMESPACE}/${name}`, entry]));
  const strict: Record<string, Linter.RuleEntry> = {
    ...Object.fromEntries(ruleNames.map((name) => [name, 'error'])),
    'exhaustive-category-switch': ['error', { requireCategoryCoverage: true }],
  };
  return {
    // Typos and unhandled categories are bugs; magic numbers, retired codes and a code whose name
    // says another code are worth a look (a warning, since a name can be wrong while the code is right).
    recommended: prefixed({
      'no-unknown-code': 'error',
      'exhaustive-category-switch': 'error',
      'prefer-code-constant': 'warn',
      'no-deprecated-code': 'warn',
      'no-misnamed-code': 'warn',
    }),
    strict: prefixed(strict),
    // Every opt-in check on top of strict: code table keys as constants too (`{ [WhatsAppErrorCode.X]: … }`).
    all: prefixed({ ...strict, 'prefer-code-constant': ['error', { tables: true }] }),
  };
}

export function createConfigs(plugin: ESLint.Plugin, ruleNames: readonly string[]): Record<ConfigName, Linter.Config> {
  const entries = ruleEntries(ruleNames);
  const config = (name: ConfigName): Linter.Config => ({
    name: `${PLUGIN_NAMESPACE}/${name}`,
    plugins: { [PLUGIN_NAMESPACE]: plugin },
    rules: entries[name],
  });
  return { recommended: config('recommended'), strict: config('strict'), all: config('all') };
}
