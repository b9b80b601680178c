import { readFileSync } from 'node:fs';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createRule, withDefaultOptions } from '../../rules/utils/create-rule.js';

type Options = [{ readonly allowDefault?: boolean; readonly names?: readonly string[] }];

const pluginVersion = (JSON.parse(readFileSync(new URL('../../rules/package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** A rule that hands back the options `createRule` gave it, so the merge can be looked at. */
function recordingRule(seen: Options[0][]) {
  return createRule<Options, 'seen'>({
    name: 'recording',
    meta: {
      type: 'problem',
      docs: { description: 'Records its options.' },
      messages: { seen: 'seen' },
      schema: [
        {
          type: 'object',
          additionalProperties: false,
          properties: { allowDefault: { type: 'boolean' }, names: { type: 'array', items: { type: 'string' } } },
        },
      ],
      defaultOptions: [{ allowDefault: false, names: ['code'] }],
    },
    create(_context, [options]) {
      seen.push(options);
      return {};
    },
  });
}

function optionsSeen(ruleOptions: readonly unknown[], code = 'if (err.code === 131047) {}'): Options[0] | undefined {
  const seen: Options[0][] = [];
  // The same cast as the plugin entry: typescript-eslint's rule type and ESLint's differ in their context type.
  const plugins = { test: { rules: { recording: recordingRule(seen) as unknown as Rule.RuleModule } } };
  new Linter().verify(code, [{ plugins, rules: { 'test/recording': ['error', ...ruleOptions] } }]);
  return seen[0];
}

describe('createRule', () => {
  it('gives the rule its options over meta.defaultOptions', () => {
    expect(optionsSeen([])).toEqual({ allowDefault: false, names: ['code'] });
    expect(optionsSeen([{ allowDefault: true }])).toEqual({ allowDefault: true, names: ['code'] });
    expect(optionsSeen([{ names: [] }])).toEqual({ allowDefault: false, names: [] });
  });

  it('never creates the rule for a file that can hold no code', () => {
    expect(optionsSeen([], 'if (res.status === 200 || exitCode !== 0) {}')).toBeUndefined();
  });

  it('links each rule to the doc of the installed version, as eslint-plugin-unicorn does', () => {
    expect(recordingRule([]).meta.docs?.url).toBe(`https://github.com/whatsapp-error-codes/whatsapp-error-codes/blob/v${pluginVersion}/docs/rules/recording.md`);
  });
});

describe('withDefaultOptions (what ESLint 8.57 and 9.0–9.14, which ignore meta.defaultOptions, get)', () => {
  const defaults = [{ allowDefault: false, names: ['code'] }] as const;

  it('fills what the user left out, one level deep', () => {
    expect(withDefaultOptions(defaults, [])).toEqual([{ allowDefault: false, names: ['code'] }]);
    expect(withDefaultOptions(defaults, [{ allowDefault: true }])).toEqual([{ allowDefault: true, names: ['code'] }]);
  });

  it('gives the same value when ESLint has merged already', () => {
    const merged = [{ allowDefault: true, names: ['errorCode'] }];
    expect(withDefaultOptions(defaults, merged)).toEqual(merged);
  });

  it('hands back the default objects untouched when ESLint passes them (a rule configured as "error"), and merges a copy otherwise', () => {
    const passed = [defaults[0]];
    expect(withDefaultOptions(defaults, passed)).toBe(passed);
    expect(withDefaultOptions(defaults, defaults)).toBe(defaults);
    const partial = [{ allowDefault: true }];
    const merged = withDefaultOptions(defaults, partial);
    expect(merged).not.toBe(partial);
    expect(merged[0]).not.toBe(defaults[0]);
    expect(defaults[0]).toEqual({ allowDefault: false, names: ['code'] });
  });

  it('keeps options beyond the defaults, and non-object options as given', () => {
    expect(withDefaultOptions(['always'] as const, ['never', { extra: 1 }])).toEqual(['never', { extra: 1 }]);
    expect(withDefaultOptions([] as const, [{ a: 1 }])).toEqual([{ a: 1 }]);
  });
});
