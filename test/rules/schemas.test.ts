/**
 * Bad configuration: every rule option and every settings field has a JSON schema with a
 * description, options are plain JSON, and wrong values stop the lint run with a message that
 * names the rule or field and the value, through the real `Linter`.
 */
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../rules/index.js';
import { settingsSchema } from '../../rules/utils/settings.js';

const { rules } = plugin;

type Schema = Record<string, unknown>;

/** Every property schema under `schema`, with its path, found through properties, items and combinators. */
function propertySchemas(schema: unknown, path: string): { path: string; schema: Schema }[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Schema;
  const found: { path: string; schema: Schema }[] = [];
  for (const [name, property] of Object.entries((node['properties'] as Record<string, unknown> | undefined) ?? {})) {
    found.push({ path: `${path}.${name}`, schema: property as Schema }, ...propertySchemas(property, `${path}.${name}`));
  }
  const items = node['items'];
  for (const [index, item] of (Array.isArray(items) ? items : items === undefined ? [] : [items]).entries()) found.push(...propertySchemas(item, `${path}[${Array.isArray(items) ? index : ''}]`));
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    for (const [index, branch] of ((node[key] as unknown[] | undefined) ?? []).entries()) found.push(...propertySchemas(branch, `${path}.${key}[${index}]`));
  }
  return found;
}

/** Every object schema (one with `properties`) under `schema`. */
function objectSchemas(schema: unknown, path: string): { path: string; schema: Schema }[] {
  const all = [{ path, schema: schema as Schema }, ...propertySchemas(schema, path)];
  const withItems = all.flatMap(({ path: at, schema: node }) => {
    const items = node['items'];
    return items && typeof items === 'object' && !Array.isArray(items) ? [{ path: `${at}[]`, schema: items as Schema }] : [];
  });
  return [...all, ...withItems].filter(({ schema: node }) => node['properties'] !== undefined);
}

const ruleSchemas = Object.entries(rules).map(([name, rule]) => ({ name, schema: rule.meta!.schema as unknown[] }));

describe('the JSON schemas', () => {
  it.each(ruleSchemas)('$name: every option property has a description, and option objects reject unknown keys', ({ name, schema }) => {
    expect(Array.isArray(schema)).toBe(true);
    for (const [index, option] of schema.entries()) {
      for (const { path, schema: property } of propertySchemas(option, `${name}[${index}]`)) {
        expect(typeof property['description'] === 'string' && (property['description'] as string).length > 10, `${path} has no description`).toBe(true);
      }
      for (const { path, schema: object } of objectSchemas(option, `${name}[${index}]`)) {
        expect(object['additionalProperties'], `${path} accepts unknown keys`).toBe(false);
      }
    }
  });

  it("settings['whatsapp-errors']: every property has a description, and every object rejects unknown keys", () => {
    const properties = propertySchemas(settingsSchema, 'settings');
    expect(properties.map(({ path }) => path)).toEqual([
      'settings.additionalCodes',
      'settings.additionalCodes[].code',
      'settings.additionalCodes[].name',
      'settings.additionalCodes[].category',
      'settings.additionalCodes[].title',
      'settings.codeNames',
      'settings.tableNames',
    ]);
    for (const { path, schema } of properties) expect(typeof schema['description'], `${path} has no description`).toBe('string');
    for (const { path, schema } of objectSchemas(settingsSchema, 'settings')) expect(schema['additionalProperties'], `${path} accepts unknown keys`).toBe(false);
  });

  it('schemas, default options and the shared configs are plain JSON (what --cache and --concurrency need)', () => {
    const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
    for (const [name, rule] of Object.entries(rules)) {
      expect(roundTrip(rule.meta!.schema), name).toEqual(rule.meta!.schema);
      expect(roundTrip(rule.meta!.defaultOptions ?? []), name).toEqual(rule.meta!.defaultOptions ?? []);
    }
    for (const [name, config] of Object.entries(plugin.configs)) expect(roundTrip(config.rules), name).toEqual(config.rules);
    expect(roundTrip(settingsSchema)).toEqual(settingsSchema);
  });
});

/** Lints a line with one rule set to `entry`, or with all rules and `settings`; returns the error the run stopped with. */
function configError(config: Linter.Config): string {
  try {
    new Linter().verify('if (err.code === 131047) {}', [{ plugins: { 'whatsapp-errors': plugin }, ...config }], 'file.js');
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the lint run to stop on the configuration');
}

const rule = (name: string, options: unknown): Linter.Config => ({ rules: { [`whatsapp-errors/${name}`]: ['error', options] } });

describe('rule options through the real Linter', () => {
  // ESLint validates options against the schema before a rule runs. Its message names the rule and
  // the value; for an unknown key it names the key and the allowed ones.
  it.each([
    ['exhaustive-category-switch', { allowDefault: 'yes' }, 'Value "yes" should be boolean.'],
    ['exhaustive-category-switch', { requireCategoryCoverage: 1 }, 'Value 1 should be boolean.'],
    ['exhaustive-category-switch', 'strict', 'Value "strict" should be object.'],
    [
      'exhaustive-category-switch',
      { allowDefalt: true },
      // ESLint 9.15+ validates the options merged with meta.defaultOptions, and shows them so.
      'Value {"allowDefault":false,"requireCategoryCoverage":false,"allowDefalt":true} should NOT have additional properties.\n\t\tUnexpected property "allowDefalt". Expected properties: "allowDefault", "requireCategoryCoverage".',
    ],
    ['prefer-code-constant', { importSource: 42 }, 'Value 42 should be string.'],
    ['prefer-code-constant', { importSource: '' }, 'Value "" should NOT be shorter than 1 characters.'],
    ['prefer-code-constant', { constantName: 'Whats App' }, 'Value "Whats App" should match pattern "^[A-Za-z_$][A-Za-z0-9_$]*$".'],
    [
      'prefer-code-constant',
      { constantName: 'Codes', import: 'x' },
      'Value {"importSource":"whatsapp-error-codes","constantName":"Codes","subcodeConstantName":"WhatsAppErrorSubcode","tables":false,"import":"x"} should NOT have additional properties.\n\t\tUnexpected property "import". Expected properties: "importSource", "constantName", "subcodeConstantName", "tables".',
    ],
    ['no-unknown-code', { strict: true }, 'Value [{"strict":true}] should NOT have more than 0 items.'],
    ['no-deprecated-code', 'warn', 'Value ["warn"] should NOT have more than 0 items.'],
  ])('%s with %j stops the run naming the rule and the value', (name, options, detail) => {
    expect(configError(rule(name, options))).toBe(`Key "rules": Key "whatsapp-errors/${name}":\n\t${detail}\n`);
  });
});

describe("settings['whatsapp-errors'] through the real Linter", () => {
  // The exact wording is settings.test.ts's; here every rule must stop with the field and the value as written.
  it.each([
    [{ additionalCodes: 'none' }, 'additionalCodes', '"none"'],
    [{ codeNames: [42] }, 'codeNames[0]', '42'],
    [{ codenames: ['code'] }, 'codenames', '["code"]'],
    [{ additionalCodes: [{ code: 131026, name: 'DUP', category: 'recipient' }] }, 'additionalCodes[0].code', '131026'],
    [{ additionalCodes: [{ code: 131099, name: 'NEW', category: 'user' }] }, 'additionalCodes[0].category', '"user"'],
    [{ additionalCodes: [{ code: -1, name: 'NEW', category: 'sender' }] }, 'additionalCodes[0].code', '-1'],
    [{ additionalCodes: [{ code: Number.NaN, name: 'NEW', category: 'sender' }] }, 'additionalCodes[0].code', 'NaN'],
    [{ additionalCodes: [{ code: 131099, name: 'NEW', category: 'sender', title: 7 }] }, 'additionalCodes[0].title', '7'],
  ])('%j stops every rule naming the field and the value', (settings, field, value) => {
    for (const name of Object.keys(rules)) {
      const message = configError({ rules: { [`whatsapp-errors/${name}`]: 'error' }, settings: { 'whatsapp-errors': settings } });
      expect(message, name).toContain(`settings['whatsapp-errors'].${field}`);
      expect(message, name).toContain(value);
    }
  });
});
