/**
 * What a piece of text says an error code means: "is `RATE_LIMIT`, `// usuario bloqueó el bot` or
 * 'TEMPLATE_PAUSED' about the code it is attached to, about another code, or about another kind
 * of failure?". All the vocabulary comes from the kit's catalog: each code's constant name, old
 * names, Meta title, aliases and keywords (English, Spanish, Portuguese, French), and the words of
 * each meaning class. The texts of the catalog and the texts of the linted code are normalised the
 * same way (normalise.ts), once for the catalog, when the module loads.
 *
 * Precision beats recall. A text is a finding only when
 * - it fits none of the codes it may be about: no phrase of theirs or of their class, no
 *   distinctive word of their vocabulary;
 * - its phrases (after the longest ones swallow those inside them) all name one other code, or
 *   all name one other class, and no contrast (`not`, `unlike`, `no`, `pas`…) comes just before.
 */
import type { CatalogCodeEntry, CatalogMeaningClass, CatalogSubcodeEntry } from 'whatsapp-error-codes';
import { ERROR_CODE_ENTRIES, ERROR_SUBCODE_ENTRIES, MEANING_CLASSES } from 'whatsapp-error-codes';
import { CONTRASTS, normalise, normaliseWithBreaks } from './normalise.js';

export type CatalogEntry = CatalogCodeEntry | CatalogSubcodeEntry;

/** A phrase of the catalog, normalised: a code's label or keyword, or a class's word. */
interface Phrase {
  /** As the catalog writes it, for messages. */
  readonly text: string;
  readonly words: readonly string[];
  /** Offsets of the words a conjunction stands before (`missing or invalid`): a text must have it there too. */
  readonly breaks: ReadonlySet<number>;
  /** The entry whose label or keyword it is; absent for a class word. */
  readonly entry?: CatalogEntry;
  readonly classId: string;
  /** For a class word: the other classes whose codes it describes too (`sharedWords`). */
  readonly alsoFits?: readonly string[];
}

/** A phrase found in a text: where it starts and ends (in normalised words). */
interface Match {
  readonly phrase: Phrase;
  readonly start: number;
  readonly end: number;
}

function isSubcodeEntry(entry: CatalogEntry): entry is CatalogSubcodeEntry {
  return 'subcode' in entry;
}

/** The phrases of every language of a `keywords` or `words` field. */
function phrasesOf(words: CatalogMeaningClass['words']): string[] {
  return Object.values(words as Readonly<Record<string, readonly string[] | undefined>>).flatMap((list) => list ?? []);
}

function labelsOf(entry: CatalogEntry): string[] {
  return [entry.name, ...(entry.deprecatedNames ?? []), entry.title, ...entry.aliases, ...phrasesOf(entry.keywords)];
}

// ── The catalog's vocabulary, built once ────────────────────────────────────────────────────

const ENTRIES: readonly CatalogEntry[] = [...ERROR_CODE_ENTRIES, ...ERROR_SUBCODE_ENTRIES];

/** Every stem of each entry's labels. */
const VOCABULARY = new Map<CatalogEntry, ReadonlySet<string>>();
/** The stems of each entry's own names: constant name, old names, Meta title and aliases (not its keywords). */
const NAME_WORDS = new Map<CatalogEntry, ReadonlySet<string>>();
/** Phrases by their first word, for matching in one pass over a text. */
const PHRASES_BY_FIRST_WORD = new Map<string, Phrase[]>();
/** The phrases of each class, its codes' included: what a text about one of its codes may say. */
const PHRASES_BY_CLASS = new Map<string, Phrase[]>();

function addPhrase(phrase: Phrase): void {
  for (const [map, key] of [[PHRASES_BY_FIRST_WORD, phrase.words[0]!], [PHRASES_BY_CLASS, phrase.classId]] as const) {
    const list = map.get(key);
    if (list) list.push(phrase);
    else map.set(key, [phrase]);
  }
}

{
  // A phrase two entries share names neither of them; it still names their class when they share
  // one. A class word that is also an entry's label ('Internal error') names the class.
  const owners = new Map<string, { text: string; entries: Set<CatalogEntry>; classes: Set<string>; words: string[]; breaks: ReadonlySet<number>; classWord: boolean }>();
  const own = (text: string, entry: CatalogEntry | undefined, classId: string): void => {
    const { words, breaks } = normaliseWithBreaks(text);
    if (words.length === 0) return;
    const key = words.join(' ');
    let owner = owners.get(key);
    if (!owner) owners.set(key, (owner = { text, entries: new Set(), classes: new Set(), words, breaks, classWord: false }));
    if (entry) owner.entries.add(entry);
    else owner.classWord = true;
    owner.classes.add(classId);
  };
  for (const entry of ENTRIES) {
    const vocabulary = new Set<string>();
    for (const label of labelsOf(entry)) {
      own(label, entry, entry.class);
      for (const word of normalise(label)) vocabulary.add(word);
    }
    VOCABULARY.set(entry, vocabulary);
    NAME_WORDS.set(entry, new Set([entry.name, ...(entry.deprecatedNames ?? []), entry.title, ...entry.aliases].flatMap(normalise)));
  }
  for (const meaningClass of MEANING_CLASSES) {
    for (const word of phrasesOf(meaningClass.words)) own(word, undefined, meaningClass.id);
  }
  for (const { text, entries, classes, words, breaks, classWord } of owners.values()) {
    if (classes.size !== 1) continue;
    const [classId] = classes as Set<string>;
    const [entry] = entries.size === 1 && !classWord ? entries : [undefined];
    addPhrase({ text, words, breaks, classId: classId!, ...(entry && { entry }) });
  }
  // A class's words that other classes' codes are described with too ('invalid phone number' on
  // 131026): they fit a code of those classes as well, and elsewhere name their own class.
  for (const meaningClass of MEANING_CLASSES) {
    for (const shared of meaningClass.sharedWords ?? []) {
      for (const text of phrasesOf(shared.words)) {
        const { words, breaks } = normaliseWithBreaks(text);
        if (words.length > 0) addPhrase({ text, words, breaks, classId: meaningClass.id, alsoFits: shared.with });
      }
    }
  }
}

/** Words every error text may use: sharing one with the held code says nothing about which code it is. */
const ERROR_WORDS = new Set(normalise('error code issue problem failure failed whatsapp meta erro erreur fallo falha échec'));

/**
 * A word that more than one entry in twenty uses (`message`, `template`, `user`, `call`,
 * `number`) names a family, not a code: sharing it with the held code does not make a text right.
 * Derived from the catalog, so it follows the catalog as codes are added. (One in ten let
 * `user` and `marketing` excuse 'blocked by the user' on the pair rate limit; one in thirty
 * starts excusing nothing: measured on the labelled set.)
 */
const ENTRIES_PER_STEM = new Map<string, number>();
for (const vocabulary of VOCABULARY.values()) for (const word of vocabulary) ENTRIES_PER_STEM.set(word, (ENTRIES_PER_STEM.get(word) ?? 0) + 1);
const MOST_ENTRIES_FOR_A_DISTINCTIVE_WORD = ENTRIES.length * 0.05;

function isDistinctive(word: string): boolean {
  return !CONTRASTS.has(word) && !ERROR_WORDS.has(word) && (ENTRIES_PER_STEM.get(word) ?? 0) <= MOST_ENTRIES_FOR_A_DISTINCTIVE_WORD;
}

/** Below this, a code is one of Graph's generic codes (0–4, 10, 100, 190, 200–299, 368, 613…), shared with every Meta API. */
const GENERIC_CODE_LIMIT = 10_000;

const CLASS_BY_ID = new Map(MEANING_CLASSES.map((meaningClass) => [meaningClass.id, meaningClass]));
const CODE_ENTRY_BY_CODE = new Map(ERROR_CODE_ENTRIES.map((entry) => [entry.code, entry]));

/** Whether a phrase's class is `classId`, or its class shares the phrase with `classId`. */
function fitsClass(phrase: Phrase, classId: string): boolean {
  return phrase.classId === classId || (phrase.alsoFits?.includes(classId) ?? false);
}

/** Whether either class lists the other in `overlaps`. */
function overlap(first: string, second: string): boolean {
  return (CLASS_BY_ID.get(first)?.overlaps?.includes(second) ?? false) || (CLASS_BY_ID.get(second)?.overlaps?.includes(first) ?? false);
}

// ── Reading a text ──────────────────────────────────────────────────────────────────────────

/**
 * The product's own names, which texts put anywhere (`Plantilla de WhatsApp no encontrada`,
 * `Meta template paused`): inside a phrase they are read past, unless the phrase has them there.
 */
const PRODUCT_NAMES = new Set(normalise('WhatsApp Meta'));

/** Every catalog phrase the words hold, each where it starts. */
function matchesIn(words: readonly string[], breaks: ReadonlySet<number>): Match[] {
  const matches: Match[] = [];
  for (let start = 0; start < words.length; start++) {
    for (const phrase of PHRASES_BY_FIRST_WORD.get(words[start]!) ?? []) {
      if (start + phrase.words.length > words.length) continue;
      const end = phraseEnd(words, breaks, start, phrase);
      if (end !== undefined) matches.push({ phrase, start, end });
    }
  }
  return matches;
}

/** Where a phrase whose first word is at `start` ends in the words, or `undefined` if it is not there. */
function phraseEnd(words: readonly string[], breaks: ReadonlySet<number>, start: number, phrase: Phrase): number | undefined {
  let position = start + 1;
  for (let offset = 1; offset < phrase.words.length; offset++) {
    const wanted = phrase.words[offset];
    while (position < words.length && words[position] !== wanted && PRODUCT_NAMES.has(words[position]!)) position++;
    if (words[position] !== wanted) return undefined;
    // `formato y los parámetros`: the phrase does not run on over a conjunction it does not have.
    if (breaks.has(position) && !phrase.breaks.has(offset)) return undefined;
    position++;
  }
  return position;
}

/** The matches no longer match holds: `spam rate limit hit` swallows `rate limit hit`; a code's phrase swallows an equal class word. */
function outermost(matches: readonly Match[]): Match[] {
  return matches.filter(
    (match) =>
      !matches.some(
        (other) =>
          other !== match &&
          other.start <= match.start &&
          other.end >= match.end &&
          (other.end - other.start > match.end - match.start || (other.phrase.entry !== undefined && match.phrase.entry === undefined)),
      ),
  );
}

/** `not a rate limit`, `no es la ventana`, `unlike 130429`: a contrast just before the phrase. */
function isContrasted(words: readonly string[], match: Match): boolean {
  for (let index = Math.max(0, match.start - 2); index < match.start; index++) if (CONTRASTS.has(words[index]!)) return true;
  return false;
}

/** What a text says, judged against the entries it is attached to. */
export type Finding =
  /** It names another code: `RATE_LIMIT` on 130472 names 130429. */
  | { readonly kind: 'code'; readonly entry: CatalogEntry; readonly phrase: string }
  /** It names another class of failure, no single code: 'blocked_by_user' on 131008. */
  | { readonly kind: 'class'; readonly meaningClass: CatalogMeaningClass; readonly phrase: string; readonly suggest: readonly CatalogCodeEntry[] };

/**
 * The words of a text, normalised once, for judging it against several codes (a comment beside a
 * fall-through group).
 */
export interface Text {
  readonly words: readonly string[];
  /** Where a conjunction stood (normalise.ts). */
  readonly breaks: ReadonlySet<number>;
  readonly matches: readonly Match[];
}

/**
 * The same texts come back across a codebase (`RATE_LIMITED`, 'Template not found', a shared
 * error message), and reading one is a pure function of it: each is read once per process, up to
 * a bound, and shared (read-only) by every code it labels.
 */
const READ_LIMIT = 5_000;
/** Longer texts (a table's paragraph of help) are read each time: the memo stays small. */
const REMEMBERED_LENGTH = 200;
const readTexts = new Map<string, Text>();

export function readText(text: string): Text {
  let read = readTexts.get(text);
  if (!read) {
    const { words, breaks } = normaliseWithBreaks(text);
    read = { words, breaks, matches: words.length === 0 ? [] : matchesIn(words, breaks) };
    if (text.length <= REMEMBERED_LENGTH) {
      if (readTexts.size >= READ_LIMIT) readTexts.clear();
      readTexts.set(text, read);
    }
  }
  return read;
}

/**
 * How a text is read: a `label` of one code, or a `category` the file gives several codes
 * (`'template_unavailable'` on six template codes), which names a class even where its words are
 * one code's title.
 */
export type Reading = 'label' | 'category';

/** Whether the text fits one of `held`: one of their phrases or their class's, or a distinctive word of theirs. */
export function fits(text: Text, held: readonly CatalogEntry[], reading: Reading = 'label'): boolean {
  for (const match of text.matches) {
    // Another code's phrase fits only that code, even in the held code's class: 'Template not found' is not 132000.
    // A category (`template_unavailable` on six template codes) fits every code of its class and of the classes that overlap it.
    if (reading === 'category' && held.some((entry) => fitsClass(match.phrase, entry.class) || overlap(match.phrase.classId, entry.class))) return true;
    if (held.some((entry) => (match.phrase.entry === undefined ? fitsClass(match.phrase, entry.class) : match.phrase.entry === entry))) return true;
  }
  const covered = coveredByOthers(text, held);
  for (const [index, word] of text.words.entries()) {
    if (!covered.has(index) && isDistinctive(word) && held.some((entry) => VOCABULARY.get(entry)!.has(word))) return true;
  }
  if (text.matches.length === 0) return false;
  // Only words of the code's own title or names ('Generic error' on 135000, Generic user error): it says what the code is, if loosely.
  if (held.some((entry) => text.words.every((word) => NAME_WORDS.get(entry)!.has(word)))) return true;
  // A phrase of their class with one word inside, read across another class's phrase (`too many
  // template requests` on a rate limit: `too many templates` is a template limit): two readings of
  // the same words, so the text is no finding.
  return held.some((entry) =>
    (PHRASES_BY_CLASS.get(entry.class) ?? []).some((phrase) => {
      if (phrase.entry !== undefined) return false;
      const span = spanWithOneWordInside(text, phrase.words);
      return span !== undefined && text.matches.some((match) => match.phrase.classId !== entry.class && match.start < span.end && match.end > span.start);
    }),
  );
}

/** Whether a word outside the matches is one the catalog's vocabulary holds, and no error word or product name. */
function saysMoreThan(text: Text, matches: readonly Match[]): boolean {
  return text.words.some(
    (word, index) =>
      !matches.some((match) => index >= match.start && index < match.end) && ENTRIES_PER_STEM.has(word) && !ERROR_WORDS.has(word) && !PRODUCT_NAMES.has(word) && !CONTRASTS.has(word),
  );
}

/** Where the phrase's words occur in order with exactly one other word between two of them, if they do. */
function spanWithOneWordInside({ words, breaks }: Text, phrase: readonly string[]): { start: number; end: number } | undefined {
  if (phrase.length < 2) return undefined;
  for (let start = words.indexOf(phrase[0]!); start !== -1; start = words.indexOf(phrase[0]!, start + 1)) {
    let position = start + 1;
    let inside = 0;
    let index = 1;
    for (; index < phrase.length; index++) {
      if (words[position] === phrase[index] && !breaks.has(position)) position++;
      else if (inside === 0 && words[position + 1] === phrase[index] && !breaks.has(position) && !breaks.has(position + 1)) {
        inside = 1;
        position += 2;
      } else break;
    }
    if (index === phrase.length && inside === 1) return { start, end: position };
  }
  return undefined;
}

/** The positions of the words that another entry's or class's phrase accounts for. */
function coveredByOthers(text: Text, held: readonly CatalogEntry[]): Set<number> {
  const covered = new Set<number>();
  for (const match of text.matches) {
    if (held.some((entry) => match.phrase.entry === entry)) continue;
    for (let index = match.start; index < match.end; index++) covered.add(index);
  }
  return covered;
}

/**
 * What the text says that `held` (the codes it may be about) is not: another code, or another
 * class; `undefined` when it fits one of them, says nothing the catalog knows, or is ambiguous.
 */
export function misdescription(text: Text, held: readonly CatalogEntry[], reading: Reading = 'label'): Finding | undefined {
  if (text.matches.length === 0 || fits(text, held, reading)) return undefined;
  const matches = outermost(text.matches).filter((match) => !isContrasted(text.words, match));
  if (matches.length === 0) return undefined;
  const heldIsSubcode = held.some(isSubcodeEntry);
  // Words of two classes are never a finding: `template rate limit` could be either.
  const classId = classOfMatches(matches);
  if (classId === undefined) return undefined;
  // A category shared by several codes names their class, not one of them.
  if (reading === 'category') return heldIsSubcode ? undefined : classFinding(classId, matches, held, text);
  // Class words beside one code's phrase (`ACCOUNT_IN_MAINTENANCE_MODE` holds `maintenance`) agree with it: the code is named.
  const entries = new Set(matches.flatMap((match) => match.phrase.entry ?? []));
  const [only] = entries;
  if (entries.size === 1 && only !== undefined) {
    // A code's phrase on a subcode, or a subcode's on a code: the replacement would change the field it is compared with.
    if (isSubcodeEntry(only) !== heldIsSubcode) return heldIsSubcode ? undefined : classFinding(classId, matches, held, text);
    // Graph's generic codes overlap their WhatsApp siblings of the same class (100 and 131009 are
    // both a bad parameter; 10 and 200 both a missing permission): naming one for the other is no finding.
    if (held.some((entry) => entry.class === only.class && (only.code < GENERIC_CODE_LIMIT || entry.code < GENERIC_CODE_LIMIT))) return undefined;
    return { kind: 'code', entry: only, phrase: matches[0]!.phrase.text };
  }
  return heldIsSubcode ? undefined : classFinding(classId, matches, held, text);
}

/**
 * The one class the phrases name. A class's word that describes another class's codes too
 * ('número inválido') agrees with that class beside its words ('não está no WhatsApp').
 */
function classOfMatches(matches: readonly Match[]): string | undefined {
  const own = new Set(matches.map((match) => match.phrase.classId));
  if (own.size === 1) return matches[0]!.phrase.classId;
  let common: string[] | undefined;
  for (const { phrase } of matches) {
    const allowed = [phrase.classId, ...(phrase.alsoFits ?? [])];
    common = common === undefined ? allowed : common.filter((classId) => allowed.includes(classId));
  }
  return common?.length === 1 ? common[0] : undefined;
}

function classFinding(classId: string, matches: readonly Match[], held: readonly CatalogEntry[], text: Text): Finding | undefined {
  const meaningClass = CLASS_BY_ID.get(classId);
  if (!meaningClass) return undefined;
  // Classes whose words code uses for each other ('auth error' on a missing permission): no finding between them.
  if (held.some((entry) => overlap(entry.class, classId))) return undefined;
  // `account_auth`: a lone class word beside another word the catalog knows names a bucket wider than the class.
  if (matches.every((match) => match.phrase.words.length === 1) && saysMoreThan(text, matches)) return undefined;
  const heldCodes = new Set(held.map((entry) => entry.code));
  const named = matches.flatMap((match) => (match.phrase.entry && !isSubcodeEntry(match.phrase.entry) ? [match.phrase.entry] : []));
  const proposed = [...new Set([...named, ...(meaningClass.suggest ?? []).flatMap((code) => CODE_ENTRY_BY_CODE.get(code) ?? [])])].filter((entry) => !heldCodes.has(entry.code));
  if (proposed.length === 0) return undefined;
  const phrase = (matches.find((match) => match.phrase.entry === undefined) ?? matches[0]!).phrase.text;
  return { kind: 'class', meaningClass, phrase, suggest: proposed };
}
