import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createRule } from '../../rules/utils/create-rule.js';

type Options = [{ readonly allowDefault?: boolean; readonly names?: readonly string[] }];

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
    },
    defaultOptions: [{ allowDefault: false, names: ['code'] }],
    create(_context, [options]) {
      seen.push(options);
      return {};
    },
  });
}

function lintTwice(ruleOptions: readonly unknown[][]): Options[0][] {
  const seen: Options[0][] = [];
  const linter = new Linter();
  // The same cast as the plugin entry: typescript-eslint's rule type and ESLint's differ in their context type.
  const plugins = { test: { rules: { recording: recordingRule(seen) as unknown as Rule.RuleModule } } };
  for (const options of ruleOptions) {
    for (const text of ['a;', 'b;']) {
      linter.verify(text, [{ plugins, rules: { 'test/recording': ['error', ...options] } }]);
    }
  }
  return seen;
}

describe('createRule', () => {
  it('merges the user options into the defaults', () => {
    const [none, partial] = lintTwice([[], [{ allowDefault: true }]]).filter((_, index) => index % 2 === 0);
    expect(none).toEqual({ allowDefault: false, names: ['code'] });
    expect(partial).toEqual({ allowDefault: true, names: ['code'] });
  });

  it('merges once per distinct options value and shares the result between files', () => {
    const seen = lintTwice([[{ allowDefault: true }], [{ allowDefault: false }]]);
    expect(seen).toHaveLength(4);
    expect(seen[0]).toBe(seen[1]);
    expect(seen[2]).toBe(seen[3]);
    expect(seen[0]).not.toBe(seen[2]);
    expect(seen[0]?.allowDefault).toBe(true);
    expect(seen[2]?.allowDefault).toBe(false);
  });

  it('freezes the shared options, so one file cannot change what the next one sees', () => {
    const [options] = lintTwice([[{ names: ['reason'] }]]);
    expect(Object.isFrozen(options)).toBe(true);
    expect(Object.isFrozen(options?.names)).toBe(true);
    expect(() => (options?.names as string[]).push('x')).toThrow(TypeError);
  });

  it('keeps the docs URL that points at docs/rules/<name>.md', () => {
    const rule = recordingRule([]);
    expect(rule.meta.docs?.url).toBe('https://github.com/whatsapp-error-codes/whatsapp-error-codes/blob/main/docs/rules/recording.md');
  });
});
