/**
 * `npm run docs [-- --check]`: writes the parts of the docs that come from rule metadata, so they
 * cannot drift: the rules table in README.md and the header and options list of every
 * docs/rules/<rule>.md. CI runs it with --check.
 *
 * Why not eslint-doc-generator: it loads the plugin from the package's main entry (ours is the
 * kit; the plugin is the `./eslint-plugin` subpath) and derives the rule prefix from the package
 * name (ours is `whatsapp-errors`, not `whatsapp-error-codes`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import plugin, { rules } from '../rules/index.js';
import { PLUGIN_PREFIX, type ConfigName } from '../rules/configs.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');

const CONFIG_NAMES: readonly ConfigName[] = ['recommended', 'strict', 'all'];
const ruleNames = Object.keys(rules).sort() as (keyof typeof rules)[];

function configsOf(ruleName: string): { name: ConfigName; severity: string }[] {
  return CONFIG_NAMES.flatMap((name) => {
    const entry = plugin.configs[name].rules?.[`${PLUGIN_PREFIX}/${ruleName}`];
    if (entry === undefined) return [];
    const severity = Array.isArray(entry) ? entry[0] : entry;
    return [{ name, severity: String(severity) }];
  });
}

function replaceBlock(text: string, marker: string, content: string, file: string): string {
  const begin = `<!-- begin auto-generated ${marker} -->`;
  const end = `<!-- end auto-generated ${marker} -->`;
  const start = text.indexOf(begin);
  const stop = text.indexOf(end);
  if (start === -1 || stop === -1) throw new Error(`${file}: missing the "${begin}" / "${end}" markers`);
  return `${text.slice(0, start)}${begin}\n\n${content.trim()}\n\n${text.slice(stop)}`;
}

function rulesTable(): string {
  const rows = ruleNames.map((name) => {
    const rule = describedRule(name);
    const recommended = configsOf(name).find((config) => config.name === 'recommended');
    return [
      `[${name}](docs/rules/${name}.md)`,
      rule.description,
      recommended ? (recommended.severity === 'error' ? '✅ error' : '⚠️ warn') : '',
      rule.fixable ? '🔧' : '',
      rule.hasSuggestions ? '💡' : '',
    ];
  });
  return [
    '✅ / ⚠️ in `recommended` (as error / warning); every rule is in `strict` and `all`. 🔧 fixable with `--fix`. 💡 editor suggestions.',
    '',
    '| Rule | Description | `recommended` | 🔧 | 💡 |',
    '| :-- | :-- | :-- | :-: | :-: |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function ruleHeader(name: keyof typeof rules): string {
  const rule = describedRule(name);
  const lines = [`> ${rule.description}.`, ''];
  lines.push(`- Configs: ${configsOf(name).map((config) => `\`${config.name}\` (${config.severity})`).join(', ')}.`);
  if (rule.fixable) lines.push('- 🔧 Fixable with `--fix`.');
  if (rule.hasSuggestions) lines.push('- 💡 Offers editor suggestions.');
  if (rule.usesTypeInformation) lines.push('- Uses type information when the project provides it; never requires it.');
  return lines.join('\n');
}

/** The part of a rule's option schema the docs show. */
interface OptionSchema {
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, OptionSchema>>;
}

function describedRule(name: keyof typeof rules): { description: string; fixable: boolean; hasSuggestions: boolean; usesTypeInformation: boolean } {
  const { meta } = rules[name];
  if (!meta.docs?.description) throw new Error(`rule ${name} has no meta.docs.description`);
  return { description: meta.docs.description, fixable: Boolean(meta.fixable), hasSuggestions: Boolean(meta.hasSuggestions), usesTypeInformation: Boolean(meta.docs.usesTypeInformation) };
}

function schemaType(schema: OptionSchema): string {
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' \\| ');
  return Array.isArray(schema.type) ? schema.type.join(' \\| ') : String(schema.type ?? 'any');
}

function optionsList(name: keyof typeof rules): string {
  const schema = rules[name].meta.schema as OptionSchema | readonly OptionSchema[];
  const first: OptionSchema | undefined = Array.isArray(schema) ? (schema as readonly OptionSchema[])[0] : (schema as OptionSchema);
  const properties = Object.entries(first?.properties ?? {});
  if (properties.length === 0) return 'This rule has no options. It reads the shared settings described in the README (`settings[\'whatsapp-errors\']`).';
  const defaults = ((rules[name].defaultOptions as readonly unknown[])[0] ?? {}) as Record<string, unknown>;
  return [
    '| Name | Type | Default | Description |',
    '| :-- | :-- | :-- | :-- |',
    ...properties.map(([key, property]) => `| \`${key}\` | ${schemaType(property)} | \`${JSON.stringify(defaults[key])}\` | ${property.description ?? ''} |`),
  ].join('\n');
}

const outputs = new Map<string, string>();
const readme = `${root}README.md`;
outputs.set(readme, replaceBlock(readFileSync(readme, 'utf8'), 'rules list', rulesTable(), 'README.md'));
for (const name of ruleNames) {
  const file = `${root}docs/rules/${name}.md`;
  let text = readFileSync(file, 'utf8');
  text = replaceBlock(text, 'rule header', ruleHeader(name), `docs/rules/${name}.md`);
  text = replaceBlock(text, 'rule options list', optionsList(name), `docs/rules/${name}.md`);
  outputs.set(file, text);
}

const stale: string[] = [];
for (const [file, text] of outputs) {
  if (readFileSync(file, 'utf8') === text) continue;
  stale.push(file.slice(root.length));
  if (!check) writeFileSync(file, text);
}
if (check && stale.length > 0) {
  console.error(`Docs generated from rule metadata are stale: ${stale.join(', ')}.\nRun \`npm run docs\` and commit the result.`);
  process.exit(1);
}
console.log(check ? 'Rule docs and the README rules table match the rule metadata.' : stale.length ? `Updated ${stale.join(', ')}.` : 'Docs already up to date.');
