// The project lints itself: typescript-eslint's recommended rules everywhere, and
// eslint-plugin-eslint-plugin's recommended rules on the rules (meta, messages, fixes, tests).
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'bench/out/', 'coverage/', 'test/fixtures/', 'examples/', 'src/generated/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // `const { dropped: _dropped, ...rest } = value` and type-only probes in type tests.
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['rules/**/*.ts'],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      // typescript-eslint's RuleCreator takes the defaults as `defaultOptions` beside `meta` and applies them.
      'eslint-plugin/require-meta-default-options': 'off',
    },
  },
  { files: ['test/rules/**/*.ts'], ...eslintPlugin.configs['tests-recommended'] },
);
