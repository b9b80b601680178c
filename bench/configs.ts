/**
 * The configs the benchmark compares, all on the same corpus:
 *   A    baseline: typescript-eslint's parser and a handful of core rules
 *   B    A + whatsapp-errors configs.recommended
 *   P    B + the peer rule no-magic-numbers, with ESLint's `stats` on: per-rule times, ours beside the
 *        peer's. Our rules outside recommended (if any) run here too, to be timed, not in B.
 *   CA   A with type information (`projectService`)
 *   CB   CA + configs.recommended
 *   CS   CB with `stats` (and our other rules): our rules' typed times
 *   CQ   CA + the peers (no-magic-numbers, switch-exhaustiveness-check) with `stats`. Apart from
 *        CS, because the first rule to ask the checker about a node pays for it and the next gets
 *        it cached: in one run, whichever rule comes first would look slower.
 *   CT   CA + typescript-eslint's type-checked rules (recommendedTypeCheckedOnly), then ours, with
 *        `stats`: a typed project runs those rules anyway, and they have the checker type the file
 *        before our rules ask, so our time here is what our rules add to a typed lint.
 * A and B run without `stats`, which wraps every listener in a timer and would bias their wall times.
 * The plugin comes from bench/plugin.ts: source by default, or tsc's output with --compiled.
 */
import type { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from './plugin.js';

export const CONFIG_NAMES = ['A', 'B', 'P', 'CA', 'CB', 'CS', 'CQ', 'CT'] as const;
export type ConfigName = (typeof CONFIG_NAMES)[number];

/** Cheap, common core rules: the floor our overhead is measured against. */
export const BASELINE_RULES: Linter.RulesRecord = {
  eqeqeq: 'error',
  'no-var': 'error',
  'prefer-const': 'error',
  'no-debugger': 'error',
  'no-dupe-keys': 'error',
  'no-unreachable': 'error',
  'no-fallthrough': 'error',
  'no-self-compare': 'error',
};

/**
 * The rule each of ours is measured against: the nearest rule doing the same kind of work. The
 * literal rules and no-magic-numbers all look at every number in a file; the switch rules both
 * ask the checker for the discriminant's type.
 */
export const PEERS: Readonly<Record<string, string>> = {
  'whatsapp-errors/no-unknown-code': 'no-magic-numbers',
  'whatsapp-errors/prefer-code-constant': 'no-magic-numbers',
  'whatsapp-errors/no-deprecated-code': 'no-magic-numbers',
  'whatsapp-errors/no-misnamed-code': 'no-magic-numbers',
  'whatsapp-errors/exhaustive-category-switch': '@typescript-eslint/switch-exhaustiveness-check',
};

const PREFIX = 'whatsapp-errors/';

/** The rules configs.recommended turns on: what the overhead is about. */
export const OUR_RULES: readonly string[] = Object.keys(plugin.configs.recommended.rules ?? {});

/** Our other rules, timed in the stats configs only. */
export const OTHER_RULES: readonly string[] = Object.keys(plugin.rules)
  .map((name) => `${PREFIX}${name}`)
  .filter((rule) => !OUR_RULES.includes(rule));

export function isOurRule(rule: string): boolean {
  return rule.startsWith(PREFIX);
}

export function isTyped(name: ConfigName): boolean {
  return name.startsWith('C');
}

/** Whether a config collects per-rule times (ESLint's `stats` wraps every listener, so A/B wall times run without it). */
export function usesStats(name: ConfigName): boolean {
  return name === 'P' || name === 'CS' || name === 'CQ' || name === 'CT';
}

/** `parser` replaces typescript-eslint's parser (bench/rules-only.ts passes a caching one). */
export function configFor(name: ConfigName, corpusDir: string, parser: Linter.Parser = tseslint.parser as Linter.Parser): Linter.Config[] {
  const typed = isTyped(name);
  const base: Linter.Config = {
    name: 'bench/baseline',
    files: ['**/*.ts'],
    languageOptions: {
      parser,
      ...(typed && { parserOptions: { projectService: true, tsconfigRootDir: corpusDir } }),
    },
    rules: BASELINE_RULES,
  };
  const ours: Linter.Config = { ...plugin.configs.recommended, files: ['**/*.ts'] };
  const others: Linter.Config = { name: 'bench/other-rules', files: ['**/*.ts'], rules: Object.fromEntries(OTHER_RULES.map((rule) => [rule, 'warn'])) };
  switch (name) {
    case 'A':
    case 'CA':
      return [base];
    case 'B':
    case 'CB':
      return [base, ours];
    case 'CS':
      return [base, ours, others];
    case 'P':
      return [base, ours, others, peers(false)];
    case 'CQ':
      return [base, peers(true)];
    case 'CT':
      return [base, typeChecked(), ours, others];
  }
}

/** The type-checked rules of typescript-eslint's recommended set, as warnings. */
function typeChecked(): Linter.Config {
  const rules = Object.assign({}, ...tseslint.configs.recommendedTypeCheckedOnly.map((config) => config.rules ?? {})) as Linter.RulesRecord;
  return {
    name: 'bench/type-checked',
    files: ['**/*.ts'],
    plugins: { '@typescript-eslint': tseslint.plugin as never },
    rules: Object.fromEntries(Object.entries(rules).map(([rule, level]) => [rule, level === 'off' || level === 0 ? 'off' : 'warn'])),
  };
}

function peers(typed: boolean): Linter.Config {
  return {
    name: 'bench/peers',
    files: ['**/*.ts'],
    plugins: { '@typescript-eslint': tseslint.plugin as never },
    rules: {
      'no-magic-numbers': 'warn',
      // Needs type information: only in typed mode.
      ...(typed && { '@typescript-eslint/switch-exhaustiveness-check': 'warn' }),
    },
  };
}
