/**
 * Every rule of the plugin is made here: one place gives each rule its versioned docs URL, its
 * options merged with `meta.defaultOptions`, and the file's shared analysis (analysis.ts). Every
 * rule reads that analysis, so a file that can hold no WhatsApp code (most application files)
 * never reaches a rule's `create`: the rule registers no listener there and costs nothing more.
 *
 * ESLint 9.15 and later merge `meta.defaultOptions` into `context.options` themselves. ESLint 8.57
 * and 9.0–9.14 do not, so `create` merges again: a shallow merge of each options object, which
 * gives the same value when ESLint has merged already, and costs one small object per rule per
 * file (bench/: no measurable difference from reading `context.options` as ESLint hands it over).
 * The rules never change their options.
 *
 * No typescript-eslint at runtime: its types describe the rule, ESLint runs it.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { analysisOf, type SharedAnalysis } from './analysis.js';
import { packageMeta } from './package-meta.js';

export interface WhatsAppErrorsRuleDocs {
  readonly description: string;
  /** Whether `configs.recommended` enables the rule. */
  readonly recommended?: boolean;
  /** Whether the rule asks the type checker when the project provides type information (it never requires it). */
  readonly usesTypeInformation?: boolean;
}

export const REPOSITORY_URL = 'https://github.com/whatsapp-error-codes/whatsapp-error-codes';

/** `…/blob/v0.2.0/docs/rules/<name>.md`: the doc of the version the user runs, as eslint-plugin-unicorn links. */
export function ruleDocsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/v${packageMeta.version}/docs/rules/${name}.md`;
}

export type RuleMeta<Options extends readonly unknown[], MessageIds extends string> = Omit<TSESLint.RuleMetaData<MessageIds, WhatsAppErrorsRuleDocs, Options>, 'docs' | 'defaultOptions'> & {
  readonly docs: WhatsAppErrorsRuleDocs;
  /** Absent for a rule without options. */
  readonly defaultOptions?: Options;
};

export interface RuleDefinition<Options extends readonly unknown[], MessageIds extends string> {
  readonly name: string;
  readonly meta: RuleMeta<Options, MessageIds>;
  /** Called only for a file that can hold a code, with the file's analysis and the listener that feeds it. */
  create(context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, options: Options, shared: SharedAnalysis): TSESLint.RuleListener;
}

export type WhatsAppErrorsRule<Options extends readonly unknown[] = readonly unknown[], MessageIds extends string = string> = TSESLint.RuleModule<
  MessageIds,
  Options,
  WhatsAppErrorsRuleDocs & { readonly url: string }
> & { readonly name: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** ESLint 9.15 and later hand a rule configured without options the objects of `meta.defaultOptions` themselves: nothing to merge. */
function isDefaults(defaults: readonly unknown[], given: readonly unknown[]): boolean {
  if (given === defaults) return true;
  if (given.length !== defaults.length) return false;
  for (let index = 0; index < given.length; index++) if (given[index] !== defaults[index]) return false;
  return true;
}

/** `defaults` with `given` laid over it, element by element; objects merge one level deep. */
export function withDefaultOptions<Options extends readonly unknown[]>(defaults: Options, given: readonly unknown[]): Options {
  if (defaults.length === 0 || isDefaults(defaults, given)) return given as unknown as Options;
  const merged = defaults.map((fallback, index) => {
    const value = given[index];
    if (value === undefined) return fallback;
    return isPlainObject(fallback) && isPlainObject(value) ? { ...fallback, ...value } : value;
  });
  for (let index = defaults.length; index < given.length; index++) merged.push(given[index]);
  return merged as unknown as Options;
}

export function createRule<Options extends readonly unknown[], MessageIds extends string>(rule: RuleDefinition<Options, MessageIds>): WhatsAppErrorsRule<Options, MessageIds> {
  const { name, meta } = rule;
  const defaultOptions = meta.defaultOptions ?? ([] as unknown as Options);
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: ruleDocsUrl(name) } },
    defaultOptions,
    create(context) {
      const shared = analysisOf(context);
      if (!shared) return {};
      return rule.create(context, withDefaultOptions(defaultOptions, context.options), shared);
    },
  };
}
