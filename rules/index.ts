/**
 * The ESLint plugin: `import whatsappErrors from 'whatsapp-error-codes/eslint-plugin'`.
 * A flat-config plugin object for ESLint 9 and 10: `meta`, `rules`, and `configs`.
 */
import noDeprecatedCode from './no-deprecated-code.js';
import noUnknownCode from './no-unknown-code.js';
import preferCodeConstant from './prefer-code-constant.js';
import { packageMeta } from './utils/package-meta.js';

export const rules = {
  'no-unknown-code': noUnknownCode,
  'prefer-code-constant': preferCodeConstant,
  'no-deprecated-code': noDeprecatedCode,
};

const plugin = {
  meta: { name: packageMeta.name, version: packageMeta.version },
  rules,
  configs: {},
};

export default plugin;
