/**
 * The words of a text as no-misnamed-code compares them, in English, Spanish, Portuguese and
 * French: `RATE_LIMIT`, `rateLimit`, `rate-limit`, 'Rate limits' all give `rate limit`;
 * 'Límite de tasa' gives `limit tasa`; `d'authentification` gives `authentification`.
 * Applied the same way to the catalog and to the linted code, so the two meet whatever the
 * spelling: case, accents, plurals and common English endings are folded, identifiers are split
 * at camelCase and PascalCase humps, snake_case and kebab-case, and function words dropped.
 * Negations stay: they change what a text says.
 */

/** Function words of the four languages: they carry no meaning of their own here. */
const STOPWORDS = new Set(
  [
    // English
    'a an the is are was were be been being am has have had do does did to of in on at for from with into onto this that these those it its our your their my his her us we you they them i me and or so then than if when while can could will would should shall may might must please just also still yet here there what which who whom whose how why eg ie etc via per err todo fixme note see',
    // Spanish
    'el la lo los las un una unos unas de del al y e o u en con por para que se su sus es son esta este esto estos estas ha han fue ser le les mi tu nos',
    // Portuguese (`no`, `nao` stay: negations; `as` stays: a comparison in English)
    'os um uma uns umas do da dos das ao aos pelo pela pelos pelas em com ou seu sua seus suas foi sao esta este isso essa esse ja na nas num numa',
    // French (elided `l'`, `d'`, `qu'` leave single letters, dropped too)
    'le la les un une des du au aux et ou dans avec pour par sur est sont ce cette ces qui il elle ils elles son sa ses leur leurs l d j s c n qu t m y',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Words that say the text is about something other than the code itself: a negation (`not a
 * rate limit`, `no es la ventana`, `pas une limite`) or a comparison (`treat it like a rate
 * limit`, `handled as a rate limit`, `unlike 130429`).
 */
export const CONTRASTS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'non',
  'never',
  'unlike',
  'instead',
  'rather',
  'neither',
  'nor',
  'versus',
  'vs',
  'like',
  'similar',
  'as',
  'nao',
  'nunca',
  'sin',
  'sem',
  'sans',
  'ne',
  'pas',
  'jamais',
  'como',
  'comme',
]);

/** `h`, `hr`: `24h` and `24 hours` are one thing; `param` is `parameter` (`TEMPLATE_PARAM_MISMATCH` says no more than 132012's title). Spelling variants only; meanings live in the catalog. */
const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['h', 'hour'],
  ['hr', 'hour'],
  ['hrs', 'hour'],
  ['msg', 'messag'],
  ['param', 'parameter'],
  ['wa', 'whatsapp'],
  ['cannot', 'not'],
  ['cant', 'not'],
]);

/** Prefixes that kebab-case splits off: `re-engagement` and `reengagement` are one word. */
const JOINED_PREFIXES = new Set(['re', 'pre', 'opt']);

/** Strips plural and inflection endings. Crude, but applied the same way to the catalog and to the text. */
function stem(word: string): string {
  if (word.length <= 3 || /^\d+$/.test(word)) return word;
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
    // `stopping` → `stop`.
    if (/([bdgkmnprt])\1$/.test(base)) base = base.slice(0, -1);
  }
  if (participle) {
    // A past participle names a state and stays one: `blocked by the user` is not `block users`.
    // `stopped` → `stoped`, `denied` → `denyed`: the same on both sides.
    if (/([bdgkmnprt])\1$/.test(base)) base = base.slice(0, -1);
    return `${base}ed`;
  }
  if (base.endsWith('ication')) base = `${base.slice(0, -7)}y`;
  else if (base.endsWith('istration')) base = `${base.slice(0, -9)}ister`;
  else if (base.endsWith('tion')) base = base.slice(0, -3);
  if (base.endsWith('able') && base.length > 6) base = base.slice(0, -4);
  if (base.endsWith('e') && base.length > 4) base = base.slice(0, -1);
  return base;
}

/** The lower-case words of a text, accents folded, identifiers split. */
function rawWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/whats[\s_-]?app/gi, (written) => (written.startsWith('W') ? 'Whatsapp' : 'whatsapp'))
    .replace(/\bcan['’]t\b/gi, 'cannot')
    .replace(/\bwon['’]t\b/gi, 'will not')
    .replace(/n['’]t\b/gi, ' not')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([0-9])([a-zA-Z])/g, '$1 $2')
    .replace(/([a-zA-Z])([0-9])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/**
 * Conjunctions join two things: `el formato y los parámetros` is no `formato del parámetro`. They
 * are dropped like other function words, but where one stood a phrase does not run on.
 */
const CONJUNCTIONS = new Set(['and', 'or', 'y', 'e', 'o', 'u', 'ou', 'et']);

/** The normalised words of a text, in order, without function words. */
export function normalise(text: string): string[] {
  return normaliseWithBreaks(text).words;
}

/** The normalised words, and the positions of the words a conjunction stood before. */
export function normaliseWithBreaks(text: string): { readonly words: string[]; readonly breaks: ReadonlySet<number> } {
  const words = rawWords(text);
  const result: string[] = [];
  const breaks = new Set<number>();
  for (let index = 0; index < words.length; index++) {
    let word = words[index]!;
    const next = words[index + 1];
    if (JOINED_PREFIXES.has(word) && next !== undefined && /^[a-z]{3,}/.test(next) && !STOPWORDS.has(next)) {
      word += next;
      index++;
    }
    if (STOPWORDS.has(word)) {
      if (CONJUNCTIONS.has(word) && result.length > 0) breaks.add(result.length);
      continue;
    }
    const stemmed = stem(word);
    result.push(SPELLINGS.get(stemmed) ?? SPELLINGS.get(word) ?? stemmed);
  }
  return { words: result, breaks };
}
