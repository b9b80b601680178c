/**
 * What a piece of text says about an error code: "which catalog code does `RATE_LIMIT`, `// rate
 * limit, back off` or 'Message undeliverable' describe?". Words are normalised (camelCase,
 * snake_case and kebab-case split, lower-cased, plurals and common endings stripped, a few
 * synonyms mapped) and matched against each code's title, aliases, name and `keywords`, all
 * taken from the generated catalog and normalised once, when the module loads.
 *
 * Precision beats recall: a text describes a code only through one of that code's `keywords`
 * (which the catalog keeps unique), and only when no other code explains the text as well.
 */
import type { CatalogCodeEntry } from 'whatsapp-error-codes';
import { ERROR_CODE_ENTRIES } from 'whatsapp-error-codes';

/** One normalised word. */
interface Word {
  /** Stem after synonyms: `limited`, `limits` and `limit` are all `limit`. */
  readonly stem: string;
  /**
   * Written as a past participle (`blocked`, `paused`, `opted`). A keyword in that form names a
   * state and matches only the same form: `blocked user` is a state, `block the user` an action.
   */
  readonly participle: boolean;
}

/** Words that carry no meaning of their own here. */
const STOPWORDS = new Set(
  'a an the is are was were be been being am has have had do does did to of in on at for from with into onto this that these those it its our your their my his her us we you they them i me and or so then than if when while can could will would should shall may might must please just also still yet here there what which who whom whose how why eg ie etc e g via per err todo fixme note see'.split(' '),
);

/**
 * Words that say the text is about something other than the code itself: a negation (`not a
 * rate limit`, `unlike 130429`) or a comparison (`treat it like a rate limit`, `handled as a
 * rate limit`).
 */
const CONTRASTS = new Set(['not', 'no', 'non', 'never', 'unlike', 'instead', 'rather', 'neither', 'nor', 'versus', 'vs', 'like', 'similar', 'as']);

/**
 * Synonyms, keyed by stem: a word on the left is read as the words on the right. Kept short on
 * purpose; vocabulary that describes one code belongs in that code's `keywords`.
 */
const SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['throttl', ['rate', 'limit']],
  ['ratelimit', ['rate', 'limit']],
  ['quota', ['limit']],
  ['cap', ['limit']],
  ['h', ['hour']],
  ['hr', ['hour']],
  ['hrs', ['hour']],
  ['recipient', ['user']],
  ['receiver', ['user']],
  ['customer', ['user']],
  ['contact', ['user']],
  ['consumer', ['user']],
  ['param', ['parameter']],
  ['arg', ['parameter']],
  ['msg', ['messag']],
  ['tpl', ['templat']],
  ['tmpl', ['templat']],
  ['wa', ['whatsapp']],
  ['cannot', ['not']],
  ['expiry', ['expir']],
  ['expirat', ['expir']],
  ['blacklist', ['blocklist']],
  ['whitelist', ['allowlist']],
]);

/** Two words read as one: `block list` is `blocklist`, `time out` is `timeout`. */
const COMPOUNDS: ReadonlyMap<string, string> = new Map([
  ['block list', 'blocklist'],
  ['black list', 'blocklist'],
  ['allow list', 'allowlist'],
  ['white list', 'allowlist'],
  ['phon number', 'number'],
  ['tim out', 'timeout'],
  ['time out', 'timeout'],
]);

/** Prefixes that kebab-case splits off: `re-engagement` and `reengagement` are one word. */
const JOINED_PREFIXES = new Set(['re', 'pre']);

/** Strips plural and inflection endings. Crude, but applied the same way to the catalog and to the text. */
function stem(word: string): Word {
  if (word.length <= 3 || /^\d+$/.test(word)) return { stem: word, participle: false };
  let base = word;
  let participle = false;
  if (base.endsWith('ies') && base.length > 4) base = `${base.slice(0, -3)}y`;
  else if (/(?:ss|us|is)$/.test(base)) {
    // `access`, `status`, `analysis` are not plurals.
  } else if (/(?:sh|ch|x|ss)es$/.test(base)) base = base.slice(0, -2);
  else if (base.endsWith('s')) base = base.slice(0, -1);

  if (base.endsWith('ied') && base.length > 4) {
    base = `${base.slice(0, -3)}y`;
    participle = true;
  } else if (base.endsWith('ed') && base.length > 4) {
    base = base.slice(0, -2);
    participle = true;
  } else if (base.endsWith('ing') && base.length > 5) {
    base = base.slice(0, -3);
  }
  if (participle || word.endsWith('ing')) {
    // `stopped` → `stop`, `blocked` → `block`.
    if (/([bdgkmnprt])\1$/.test(base)) base = base.slice(0, -1);
  }
  if (base.endsWith('ication')) base = `${base.slice(0, -7)}y`;
  else if (base.endsWith('istration')) base = `${base.slice(0, -9)}ister`;
  else if (base.endsWith('tion')) base = base.slice(0, -3);
  if (base.endsWith('able') && base.length > 6) base = base.slice(0, -4);
  if (base.endsWith('e') && base.length > 4) base = base.slice(0, -1);
  return { stem: base, participle };
}

/** The raw lower-case words of a text: `RATE_LIMIT`, `rateLimit`, `rate-limit` and `Rate limit` all give `rate limit`. */
function rawWords(text: string): string[] {
  return text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/whats\s?app/gi, 'whatsapp')
    .replace(/\bcan['’]t\b/gi, 'cannot')
    .replace(/\bwon['’]t\b/gi, 'will not')
    .replace(/n['’]t\b/gi, ' not')
    .replace(/['’]/g, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([0-9])([a-zA-Z])/g, '$1 $2')
    .replace(/([a-zA-Z])([0-9])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** The normalised words of a text, in order, without stopwords. */
export function normalise(text: string): Word[] {
  const words = rawWords(text);
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    if (JOINED_PREFIXES.has(word) && next !== undefined && /^[a-z]/.test(next)) {
      joined.push(word + next);
      i++;
    } else {
      joined.push(word);
    }
  }
  const stemmed = joined.filter((word) => !STOPWORDS.has(word)).map(stem);
  const result: Word[] = [];
  for (let i = 0; i < stemmed.length; i++) {
    const word = stemmed[i]!;
    const compound = stemmed[i + 1] && COMPOUNDS.get(`${word.stem} ${stemmed[i + 1]!.stem}`);
    if (compound) {
      result.push({ stem: compound, participle: false });
      i++;
      continue;
    }
    const synonym = SYNONYMS.get(word.stem);
    if (synonym) for (const replacement of synonym) result.push({ stem: replacement, participle: word.participle });
    else result.push(word);
  }
  return result;
}

interface Keyword {
  /** As written in the catalog, for messages. */
  readonly phrase: string;
  readonly words: readonly Word[];
}

interface CodeProfile {
  readonly entry: CatalogCodeEntry;
  readonly keywords: readonly Keyword[];
  /** Every stem of the code's name, title, aliases and keywords. */
  readonly vocabulary: ReadonlySet<string>;
}

const PROFILES: readonly CodeProfile[] = ERROR_CODE_ENTRIES.map((entry) => {
  const keywords = entry.keywords.en.map((phrase) => ({ phrase, words: normalise(phrase) })).filter((keyword) => keyword.words.length > 0);
  const vocabulary = new Set<string>();
  for (const text of [entry.name, entry.title, ...entry.aliases, ...entry.keywords.en]) {
    for (const word of normalise(text)) vocabulary.add(word.stem);
  }
  return { entry, keywords, vocabulary };
});

const PROFILE_BY_ENTRY = new Map(PROFILES.map((profile) => [profile.entry, profile]));

/** Words every error text may use: sharing one with the held code says nothing about which code it is. */
const ERROR_WORDS = new Set(['error', 'code', 'issue', 'problem', 'fail', 'failur', 'whatsapp', 'meta']);

/**
 * A word that more than a tenth of the catalog's codes use (`limit`, `message`, `template`,
 * `user`, `call`, `number`) names a family, not a code: sharing it with the held code does not
 * make a text right. Derived from the catalog, so it follows the catalog as codes are added.
 */
const FAMILY_SHARE = 0.1;

const CODES_PER_STEM = new Map<string, number>();
for (const profile of PROFILES) for (const word of profile.vocabulary) CODES_PER_STEM.set(word, (CODES_PER_STEM.get(word) ?? 0) + 1);
const MOST_CODES_FOR_A_DISTINCTIVE_WORD = PROFILES.length * FAMILY_SHARE;

function isDistinctive(word: string): boolean {
  return !CONTRASTS.has(word) && !ERROR_WORDS.has(word) && (CODES_PER_STEM.get(word) ?? 0) <= MOST_CODES_FOR_A_DISTINCTIVE_WORD;
}

/** Where `keyword` occurs in `words` as a run in order, or -1. */
function keywordPosition(words: readonly Word[], keyword: Keyword): number {
  const needed = keyword.words;
  outer: for (let start = 0; start + needed.length <= words.length; start++) {
    for (let offset = 0; offset < needed.length; offset++) {
      const want = needed[offset]!;
      const have = words[start + offset]!;
      if (have.stem !== want.stem || (want.participle && !have.participle)) continue outer;
    }
    return start;
  }
  return -1;
}

export interface Description {
  /** The code the text describes. */
  readonly entry: CatalogCodeEntry;
  /** The catalog keyword that matched, as the catalog writes it. */
  readonly phrase: string;
}

interface Candidate {
  readonly profile: CodeProfile;
  readonly keyword: Keyword;
  readonly position: number;
  /** How many of the text's words the code explains: distinctive words in its vocabulary, and the words of its keyword. */
  readonly coverage: number;
}

/**
 * The code that `text` clearly describes, if it is not `held`: a keyword of that code occurs in
 * the text, no other code explains as many of the text's distinctive words, and the text shares
 * no distinctive word with `held`. `undefined` when the text fits `held`, is ambiguous, negates
 * what it says, or describes nothing.
 */
export function misdescribedAs(text: string, held: CatalogCodeEntry): Description | undefined {
  const heldProfile = PROFILE_BY_ENTRY.get(held);
  if (heldProfile === undefined) return undefined;
  const words = normalise(text);
  const distinctive = [...new Set(words.map((word) => word.stem))].filter(isDistinctive);
  if (distinctive.some((word) => heldProfile.vocabulary.has(word))) return undefined;

  const candidates: Candidate[] = [];
  let bestCoverage = 0;
  for (const profile of PROFILES) {
    const explained = distinctive.filter((word) => profile.vocabulary.has(word));
    const match = longestKeyword(words, profile, text);
    // A keyword explains its own words too, family words included (`not on whatsapp`).
    const coverage = match === undefined ? explained.length : new Set([...explained, ...match.keyword.words.map((word) => word.stem)]).size;
    bestCoverage = Math.max(bestCoverage, coverage);
    if (match === undefined) continue;
    if (profile === heldProfile) return undefined;
    candidates.push({ profile, ...match, coverage });
  }
  const best = candidates.reduce<Candidate | undefined>((leader, candidate) => (leader === undefined || compare(candidate, leader) > 0 ? candidate : leader), undefined);
  // Another code explains more of the text than any keyword match: the text is not clearly about one code.
  if (best === undefined || best.coverage < bestCoverage) return undefined;
  for (const other of candidates) {
    if (other === best) continue;
    if (compare(other, best) === 0) return undefined;
    // `temporarily blocked for throughput` names two codes; `spam rate limit` names one (131048's title holds `rate limit`).
    if (!other.keyword.words.every((word) => best.profile.vocabulary.has(word.stem))) return undefined;
  }
  if (isContrasted(words, best)) return undefined;
  return { entry: best.profile.entry, phrase: best.keyword.phrase };
}

/** The code's longest keyword found in the text; among equals, one the text spells the same way (for the message). */
function longestKeyword(words: readonly Word[], profile: CodeProfile, text: string): { keyword: Keyword; position: number } | undefined {
  let match: { keyword: Keyword; position: number } | undefined;
  let spelled = '';
  for (const keyword of profile.keywords) {
    const position = keywordPosition(words, keyword);
    if (position === -1) continue;
    const longer = match === undefined || keyword.words.length > match.keyword.words.length;
    const sameLength = match !== undefined && keyword.words.length === match.keyword.words.length;
    if (longer || (sameLength && !isSpelledIn(match!.keyword.phrase, (spelled ||= spelling(text))) && isSpelledIn(keyword.phrase, spelled))) {
      match = { keyword, position };
    }
  }
  return match;
}

function spelling(text: string): string {
  return ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
}

function isSpelledIn(phrase: string, spelled: string): boolean {
  return spelled.includes(` ${phrase.replace(/[^a-z0-9]+/g, ' ')} `);
}

function compare(a: Candidate, b: Candidate): number {
  return a.coverage - b.coverage || a.keyword.words.length - b.keyword.words.length;
}

/**
 * `not a rate limit`, `like a rate limit`: a contrast just before the match, unless the described
 * code's own words carry it (`not in allowed list` is what 131030 means, `flagged as spam` 131048).
 */
function isContrasted(words: readonly Word[], candidate: Candidate): boolean {
  for (let index = Math.max(0, candidate.position - 2); index < candidate.position; index++) {
    const word = words[index]!.stem;
    if (CONTRASTS.has(word) && !candidate.profile.vocabulary.has(word)) return true;
  }
  return false;
}
