/**
 * The ESM entry: the CommonJS plugin (./index.ts) as the default export and nothing else, so
 * `import whatsappErrors from 'eslint-plugin-whatsapp-errors'` is the very object `require()`
 * gives: one plugin instance whichever way a config loads it.
 */
import plugin from './index.js';

export default plugin;
