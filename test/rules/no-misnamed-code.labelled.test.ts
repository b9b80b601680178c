/**
 * no-misnamed-code measured, not just exercised: precision and recall on the labelled set
 * (no-misnamed-code.cases.ts), and attribution of every catalog label written onto another code.
 * The figures the rule's doc gives come from here.
 */
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-misnamed-code.js';
import { normalise } from '../../rules/utils/normalise.js';
import { ERROR_CODE_ENTRIES, ERROR_SUBCODE_ENTRIES, MEANING_CLASSES, type CatalogCodeEntry } from '../../src/index.js';
import { ARGUABLE_CASES, GENERATED_CASES, WRITTEN_CASES, type LabelledCase, type Misnaming } from './no-misnamed-code.cases.js';

const linter = new Linter();
const config: Linter.Config[] = [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser as Linter.Parser },
    plugins: { 'whatsapp-errors': { rules: { 'no-misnamed-code': rule as never } } },
    rules: { 'whatsapp-errors/no-misnamed-code': 'error' },
  },
];

const CLASS_OF = new Map<number, string>([...ERROR_CODE_ENTRIES.map((entry) => [entry.code, entry.class] as const), ...ERROR_SUBCODE_ENTRIES.map((entry) => [entry.subcode, entry.class] as const)]);
const HELD = /^(\d+) is /;
const DESCRIBED_CODE = /, which is (\d+) /;
const DESCRIBED_CLASS = /another kind of failure \(([a-z-]+)\)/;

/**
 * Whether a report answers a misnaming: same held code, and it names the described code, or the
 * class the label names, or the class of the code the label names (the class's codes are then
 * among the suggestions).
 */
function answers(message: Linter.LintMessage, misnaming: Misnaming): boolean {
  if (Number(HELD.exec(message.message)?.[1]) !== misnaming.held) return false;
  const code = DESCRIBED_CODE.exec(message.message)?.[1];
  const reported = code === undefined ? DESCRIBED_CLASS.exec(message.message)?.[1] : CLASS_OF.get(Number(code));
  const wanted = typeof misnaming.describes === 'number' ? CLASS_OF.get(misnaming.describes) : misnaming.describes;
  if (code !== undefined && Number(code) === misnaming.describes) return true;
  return code === undefined ? reported === wanted : typeof misnaming.describes === 'string' && reported === wanted;
}

interface Score {
  found: number;
  /** Misnamings whose text states a catalog meaning (a code or a class). */
  describable: number;
  misnamings: number;
  correct: number;
  wrong: string[];
  fatal: string[];
}

function score(cases: readonly LabelledCase[]): Score {
  const result: Score = { found: 0, describable: 0, misnamings: 0, correct: 0, wrong: [], fatal: [] };
  for (const labelled of cases) {
    const expected = [...labelled.misnamed];
    result.misnamings += expected.length;
    result.describable += expected.filter((misnaming) => misnaming.describes !== null).length;
    result.correct += labelled.correct;
    for (const message of linter.verify(labelled.code, config, 'labelled.ts')) {
      if (message.fatal) result.fatal.push(`${labelled.origin}: ${message.message}`);
      if (message.messageId === 'duplicateValue' || !HELD.test(message.message)) continue;
      const index = expected.findIndex((misnaming) => answers(message, misnaming));
      if (index !== -1) {
        result.found++;
        expected.splice(index, 1);
        continue;
      }
      // A misnaming whose text names no catalog meaning may be reported with any; it is neither found nor wrong.
      const unnamed = expected.findIndex((misnaming) => misnaming.describes === null && misnaming.held === Number(HELD.exec(message.message)?.[1]));
      if (unnamed !== -1) expected.splice(unnamed, 1);
      else result.wrong.push(`${labelled.origin} (line ${message.line}): ${message.message}`);
    }
  }
  return result;
}

describe('no-misnamed-code on the labelled set', () => {
  const written = score(WRITTEN_CASES);
  const generated = score(GENERATED_CASES);

  it('is large enough to measure: at least 120 wrong meanings and 3,000 right ones, in four languages', () => {
    expect(written.misnamings).toBeGreaterThanOrEqual(120);
    expect(written.correct + generated.correct).toBeGreaterThanOrEqual(3000);
    expect(new Set(WRITTEN_CASES.map((labelled) => labelled.language))).toEqual(new Set(['en', 'es', 'pt', 'fr']));
    expect([...written.fatal, ...generated.fatal]).toEqual([]);
  });

  it('is never wrong: precision 1 on hand-written and generated cases', () => {
    expect(written.wrong).toEqual([]);
    expect(generated.wrong).toEqual([]);
  });

  it('finds at least 80% of the wrong meanings that name a catalog meaning', () => {
    // Measured: 239 of 286 (83.6%).
    expect(written.found / written.describable).toBeGreaterThanOrEqual(0.8);
  });

  it('stays quiet or right on the arguable cases', () => {
    expect(score(ARGUABLE_CASES).wrong).toEqual([]);
  });
});

/**
 * Every constant name, old name, alias and Meta title of the catalog written onto an unrelated
 * code (another class, no word in common with its names, keywords or class words) is reported as naming its own code. Left out: the
 * labels that name no single code, because two entries or a class share them once normalised
 * ('Internal error' is 139103's title and every platform failure's words), and name shapes the
 * rule reads as identifiers (`…_ID`).
 */
describe('no-misnamed-code attributes every catalog label to its code', () => {
  const labelOwners = new Map<string, Set<string>>();
  const own = (text: string, owner: string): void => {
    const key = normalise(text).join(' ');
    let owners = labelOwners.get(key);
    if (!owners) labelOwners.set(key, (owners = new Set()));
    owners.add(owner);
  };
  for (const entry of [...ERROR_CODE_ENTRIES, ...ERROR_SUBCODE_ENTRIES]) {
    const owner = 'subcode' in entry ? `subcode ${entry.subcode}` : `code ${entry.code}`;
    for (const text of [entry.name, ...(entry.deprecatedNames ?? []), entry.title, ...entry.aliases, ...Object.values(entry.keywords).flat()]) own(text, owner);
  }
  for (const meaningClass of MEANING_CLASSES) {
    for (const word of Object.values(meaningClass.words).flat()) own(word, `class ${meaningClass.id}`);
    for (const shared of meaningClass.sharedWords ?? []) for (const word of Object.values(shared.words).flat()) for (const id of [meaningClass.id, ...shared.with]) own(word, `class ${id}`);
  }

  const words = (text: string): Set<string> => new Set(text.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length > 3));
  const upperSnake = (text: string): string => {
    const name = text.replace(/['’]/g, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word.toUpperCase()).join('_');
    return /^[0-9]/.test(name) ? `WA_${name}` : name;
  };
  // Hosts that are codes on their own: 10,000 or more, and no member of a numbering other products share (80007).
  const classWords = (id: string): string[] => MEANING_CLASSES.filter((meaningClass) => meaningClass.id === id).flatMap((meaningClass) => Object.values(meaningClass.words).flat());
  const long = ERROR_CODE_ENTRIES.filter((entry) => entry.code >= 10_000 && entry.sharedFamily === undefined);

  let attributed = 0;
  let total = 0;
  let excluded = 0;
  const misses: string[] = [];
  let turn = 0;
  for (const entry of ERROR_CODE_ENTRIES) {
    for (const label of [entry.name, ...(entry.deprecatedNames ?? []), entry.title, ...entry.aliases]) {
      if ((labelOwners.get(normalise(label).join(' '))?.size ?? 0) > 1) {
        excluded++;
        continue;
      }
      const labelWords = words(label);
      const unrelated = long.filter((other: CatalogCodeEntry) => other.class !== entry.class && ![other.name, other.title, ...other.aliases, ...Object.values(other.keywords).flat(), ...classWords(other.class)].some((text) => [...words(text)].some((word) => labelWords.has(word))));
      const held = unrelated[(turn++ * 7) % unrelated.length]!.code;
      const snippets = [
        ...(/(?:^|[^a-z])ids?$/i.test(label) ? [] : [`export const ${upperSnake(label)} = ${held};`]),
        `export function describe(code: number): string {\n  switch (code) {\n    case ${held}:\n      return ${JSON.stringify(label)};\n    default:\n      return 'unknown';\n  }\n}`,
        `export const LABELS: Record<number, string> = { ${held}: ${JSON.stringify(label)} };`,
      ];
      for (const snippet of snippets) {
        total++;
        const messages = linter.verify(snippet, config, 'labelled.ts');
        if (messages.some((message) => DESCRIBED_CODE.exec(message.message)?.[1] === String(entry.code))) attributed++;
        else misses.push(`${entry.code} '${label}' on ${held}: ${messages.map((message) => message.message).join('; ') || 'silent'}`);
      }
    }
  }

  it('in names, branch texts and table labels: 100%', () => {
    expect(total).toBeGreaterThan(900);
    expect(excluded).toBeLessThan(total / 20);
    expect(misses).toEqual([]);
    expect(attributed).toBe(total);
  });
});
