// The demo's ESLint config: what a TypeScript project adds to adopt the plugin.
import tseslint from 'typescript-eslint';
import whatsappErrors from 'eslint-plugin-whatsapp-errors';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  whatsappErrors.configs.recommended,
];
