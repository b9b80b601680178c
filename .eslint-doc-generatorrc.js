// eslint-doc-generator (`npm run docs`, and `npm run docs:check` in `npm test`): the rules lists in
// README.md and rules/README.md and the header and options list of each docs/rules/<rule>.md, from
// the built plugin's metadata. Paths are relative to the plugin package, rules/.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('rules/package.json', import.meta.url), 'utf8'));

/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  pathRuleDoc: '../docs/rules/{name}.md',
  pathRuleList: ['../README.md', 'README.md'],
  ruleDocSectionInclude: ['When not to use it'],
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'fixable', 'hasSuggestions'],
  // The plugin's own README is read on npm, away from the repository: it links the docs of its version.
  urlRuleDoc: (name, page) => (page === 'README.md' ? `https://github.com/whatsapp-error-codes/whatsapp-error-codes/blob/v${version}/docs/rules/${name}.md` : undefined),
};
