// The project lints itself: typescript-eslint's recommended rules everywhere, and every rule of
// eslint-plugin-eslint-plugin (its `all` config) on the plugin and its tests. A rule turned off
// below says why in one line.
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/', 'bench/out/', 'coverage/', 'test/fixtures/', 'test/.tmp-*/', 'examples/', 'src/generated/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // `const { dropped: _dropped, ...rest } = value` and type-only probes in type tests.
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Type-only imports stay visible as such: the plugin imports typescript-eslint's types, never its code.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['rules/**/*.ts', 'test/rules/**/*.ts'],
    ...eslintPlugin.configs.all,
    // test/rules/rule-tester.ts runs each suite in several modes: AllModesRuleTester, TypedRuleTester, ….
    settings: { 'eslint-plugin': { ruleTesterConstructors: [/RuleTester$/] } },
    rules: {
      ...eslintPlugin.configs.all.rules,
      // Descriptions start with a capital, as typescript-eslint's do; eslint-doc-generator prints them as written.
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Require|Disallow|Enforce) ' }],
      // rules/utils/create-rule.ts gives every rule its versioned docs URL, which this rule cannot see.
      'eslint-plugin/require-meta-docs-url': 'off',
    },
  },
);
