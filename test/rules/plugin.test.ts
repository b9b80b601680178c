import { readFileSync } from 'node:fs';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../rules/index.js';

const { rules } = plugin;

const pkg = JSON.parse(readFileSync(new URL('../../rules/package.json', import.meta.url), 'utf8')) as { name: string; version: string };
const fixture = readFileSync(new URL('../fixtures/lint/mixed-handlers.ts', import.meta.url), 'utf8');
const ruleNames = Object.keys(plugin.rules);

function configs(): Linter.Config[] {
  return [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tseslint.parser as Linter.Parser },
      plugins: { 'whatsapp-errors': plugin },
      rules: Object.fromEntries(ruleNames.map((name) => [`whatsapp-errors/${name}`, 'error'])),
    },
  ];
}

describe('the plugin object', () => {
  it("carries the package's name and version (ESLint's cache keys change on upgrade) and its namespace, the rule prefix", () => {
    expect(plugin.meta).toEqual({ name: 'eslint-plugin-whatsapp-errors', version: pkg.version, namespace: 'whatsapp-errors' });
    expect(pkg.name).toBe(plugin.meta.name);
  });

  it('has one rule per file in rules/, each with a docs URL to its doc at the installed version', () => {
    expect(ruleNames.sort()).toEqual(['exhaustive-category-switch', 'no-deprecated-code', 'no-misnamed-code', 'no-unknown-code', 'prefer-code-constant']);
    for (const [name, rule] of Object.entries(rules)) {
      expect(rule.meta!.docs?.url).toBe(`https://github.com/whatsapp-error-codes/whatsapp-error-codes/blob/v${pkg.version}/docs/rules/${name}.md`);
      expect(rule.meta!.docs?.description).toMatch(/^[A-Z]/);
    }
  });
});

describe('the configs', () => {
  const prefixed = (name: string) => `whatsapp-errors/${name}`;

  it('recommended: typos and unhandled categories are errors; magic numbers, retired codes and misnamed codes warnings', () => {
    expect(plugin.configs.recommended.rules).toEqual({
      [prefixed('no-unknown-code')]: 'error',
      [prefixed('exhaustive-category-switch')]: 'error',
      [prefixed('prefer-code-constant')]: 'warn',
      [prefixed('no-deprecated-code')]: 'warn',
      [prefixed('no-misnamed-code')]: 'warn',
    });
  });

  it('strict: every rule an error, with requireCategoryCoverage on', () => {
    const strict = plugin.configs.strict.rules!;
    expect(Object.keys(strict).sort()).toEqual(ruleNames.map(prefixed).sort());
    expect(strict[prefixed('exhaustive-category-switch')]).toEqual(['error', { requireCategoryCoverage: true }]);
    for (const [name, entry] of Object.entries(strict)) expect(Array.isArray(entry) ? entry[0] : entry, name).toBe('error');
  });

  it('all: strict plus every opt-in option (table keys for prefer-code-constant)', () => {
    const all = plugin.configs.all.rules!;
    expect(Object.keys(all).sort()).toEqual(ruleNames.map(prefixed).sort());
    expect(all[prefixed('prefer-code-constant')]).toEqual(['error', { tables: true }]);
    expect({ ...all, [prefixed('prefer-code-constant')]: 'error' }).toEqual(plugin.configs.strict.rules);
  });

  it('each registers the plugin under whatsapp-errors and brings no parser or file filter of its own', () => {
    for (const config of Object.values(plugin.configs)) {
      expect(config.plugins).toEqual({ 'whatsapp-errors': plugin });
      expect(config.languageOptions).toBeUndefined();
      expect(config.files).toBeUndefined();
    }
  });

  it('every rule is in the README table and has a doc with Fail and Pass examples and a when-not-to-use section', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const [name, rule] of Object.entries(rules)) {
      expect(readme).toContain(`| [${name}](docs/rules/${name}.md) `);
      const doc = readFileSync(new URL(`../../docs/rules/${name}.md`, import.meta.url), 'utf8');
      expect(doc.startsWith(`# whatsapp-errors/${name}\n`)).toBe(true);
      const hasOptions = (rule.meta!.schema as unknown[]).length > 0;
      for (const section of ['### Fail', '### Pass', hasOptions ? '## Options' : '## Settings', '## When not to use it']) expect(doc, `${name}: ${section}`).toContain(section);
    }
  });
});

describe('the rules together', () => {
  it('report each literal at most once, and the expected literals exactly', () => {
    const messages = new Linter().verify(fixture, configs(), 'handlers.ts');
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    const positions = messages.map((message) => `${message.line}:${message.column}`);
    expect(new Set(positions).size).toBe(positions.length);
    const found = messages.map((message) => `${message.line}:${message.ruleId?.replace('whatsapp-errors/', '')}:${fixture.split('\n')[message.line - 1]!.slice(message.column - 1, message.endColumn! - 1)}`);
    expect(found).toEqual([
      '4:prefer-code-constant:130429',
      '4:prefer-code-constant:131056',
      '4:prefer-code-constant:131000',
      '5:prefer-code-constant:131026',
      '5:prefer-code-constant:131050',
      "5:prefer-code-constant:'131047'",
      '8:no-unknown-code:131074',
      '8:prefer-code-constant:131_047',
      '9:no-deprecated-code:470',
      "10:prefer-code-constant:'131026'",
      '14:prefer-code-constant:190',
      '15:prefer-code-constant:0',
      '17:no-unknown-code:130249',
      '19:no-deprecated-code:1026',
      '29:prefer-code-constant:131063',
    ]);
  });

  it('fixes into code that parses, and a second fix run changes nothing', () => {
    const linter = new Linter();
    const first = linter.verifyAndFix(fixture, configs(), 'handlers.ts');
    expect(first.fixed).toBe(true);
    expect(first.messages.filter((message) => message.fatal)).toEqual([]);
    expect(first.output).toContain("import { categoryOf, WhatsAppErrorCode } from 'whatsapp-error-codes';");
    expect(first.output).toContain('const RETRYABLE_CODES = [WhatsAppErrorCode.RATE_LIMIT_HIT, WhatsAppErrorCode.PAIR_RATE_LIMIT_HIT, 429, WhatsAppErrorCode.SOMETHING_WENT_WRONG];');
    expect(first.output).toContain('case WhatsAppErrorCode.ACCESS_TOKEN_EXPIRED:\n    case WhatsAppErrorCode.AUTH_EXCEPTION:');
    // Typos and retired codes are never changed without the author.
    expect(first.output).toContain('err.code === 131074 || err.code === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED');
    expect(first.output).toContain('case 1026:');
    const second = linter.verifyAndFix(first.output, configs(), 'handlers.ts');
    expect(second.fixed).toBe(false);
    expect(second.output).toBe(first.output);
  });

  it('works with ESLint’s default parser on plain JavaScript', () => {
    const messages = new Linter().verify('if (err.code === 131074) {}\nif (err.code === 131047) {}\nif (err.code === 470) {}', [
      { plugins: { 'whatsapp-errors': plugin }, rules: Object.fromEntries(ruleNames.map((name) => [`whatsapp-errors/${name}`, 'error'])) },
    ]);
    expect(messages.map((message) => message.ruleId)).toEqual(['whatsapp-errors/no-unknown-code', 'whatsapp-errors/prefer-code-constant', 'whatsapp-errors/no-deprecated-code']);
  });
});
