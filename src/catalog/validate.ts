/**
 * Validation of a catalog file. The generator refuses to write anything from a catalog that
 * fails here, so every defect is reported with the entry (list, index, code, name) and the field.
 * Each field is checked against its spec in `fields.ts` (the spec `catalog.schema.json` is
 * generated from); what crosses entries (duplicates, collisions, references) is checked here.
 */
import { CATALOG_LISTS, MAX_RANGE_LENGTH, checkObject, type CatalogList } from './fields.js';
import type { Catalog, Words } from './schema.js';

export { CATEGORY_VALUES, CONSTANT_NAME_PATTERN, RETIRED_PLATFORM_VALUES, RETRY_ACTION_VALUES } from './fields.js';

export class CatalogValidationError extends Error {
  readonly problems: readonly string[];
  constructor(source: string, problems: readonly string[]) {
    super(`${source} is not a valid WhatsApp error-code catalog (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CatalogValidationError';
    this.problems = problems;
  }
}

type UnknownRecord = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

function isCode(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** The fields that name an entry of each list, in the order the label shows them. */
const LABEL_FIELDS: Readonly<Record<string, readonly string[]>> = {
  classes: ['id'],
  codes: ['code', 'name'],
  subcodes: ['code', 'subcode', 'name'],
  retired: ['code'],
  excluded: [],
  foreign: ['product'],
};

/** "codes[3] (131047 RE_ENGAGEMENT_MESSAGE_REQUIRED)": enough to find the entry in a large file. */
function label(list: string, index: number, entry: unknown): string {
  if (!isRecord(entry)) return `${list}[${index}]`;
  const parts = (LABEL_FIELDS[list] ?? []).map((field) => entry[field]).filter((part) => typeof part === 'number' || typeof part === 'string');
  return parts.length > 0 ? `${list}[${index}] (${parts.join(' ')})` : `${list}[${index}]`;
}

/** Where each value was first seen, to report the second sighting with the first. */
class Registry<K> {
  private readonly owners = new Map<K, string>();
  /** Records `key` for `where`; returns the earlier owner if there is one. */
  claim(key: K, where: string): string | undefined {
    const owner = this.owners.get(key);
    if (owner === undefined) this.owners.set(key, where);
    return owner;
  }
  has(key: K): boolean {
    return this.owners.has(key);
  }
}

const TOP_LEVEL_FIELDS = new Set(['$schema', ...Object.keys(CATALOG_LISTS)]);

/**
 * Checks a parsed catalog file and returns it typed, or throws `CatalogValidationError` listing
 * every problem found. `source` names the file in the message. Lists other than `codes` may be
 * left out; they are returned empty.
 */
export function validateCatalog(input: unknown, source = 'catalog'): Catalog {
  if (!isRecord(input)) throw new CatalogValidationError(source, [`the file must hold an object with a "codes" array, got ${show(input)}`]);
  const problems: string[] = [];
  for (const key of Object.keys(input)) {
    if (!TOP_LEVEL_FIELDS.has(key)) problems.push(`unknown top-level field "${key}" (allowed: ${[...TOP_LEVEL_FIELDS].join(', ')})`);
  }
  const lists = {} as Record<CatalogList, readonly unknown[]>;
  for (const list of Object.keys(CATALOG_LISTS) as CatalogList[]) {
    const value = input[list] ?? (list === 'codes' ? undefined : []);
    if (Array.isArray(value)) lists[list] = value;
    else problems.push(`field "${list}" must be an array of ${list === 'codes' ? 'code entries' : `${list} entries`}, got ${show(value)}`);
  }
  if (problems.length > 0) throw new CatalogValidationError(source, problems);

  // Each entry against its spec.
  for (const list of Object.keys(CATALOG_LISTS) as CatalogList[]) {
    lists[list].forEach((entry, index) => {
      const where = label(list, index, entry);
      if (isRecord(entry)) checkObject(CATALOG_LISTS[list], entry, where, '', problems);
      else problems.push(`${where}: must be an object, got ${show(entry)}`);
    });
  }
  checkAcrossEntries(lists, problems);
  if (problems.length > 0) throw new CatalogValidationError(source, problems);
  return lists as unknown as Catalog;
}

function entries(list: readonly unknown[], name: string): { entry: UnknownRecord; where: string }[] {
  return list.flatMap((entry, index) => (isRecord(entry) ? [{ entry, where: label(name, index, entry) }] : []));
}

function checkAcrossEntries(lists: Record<CatalogList, readonly unknown[]>, problems: string[]): void {
  const classes = new Registry<string>();
  for (const { entry, where } of entries(lists.classes, 'classes')) {
    if (typeof entry['id'] !== 'string') continue;
    const owner = classes.claim(entry['id'], where);
    if (owner !== undefined) problems.push(`${where}: field "id": ${entry['id']} is already used by ${owner}`);
  }

  const liveCodes = new Registry<number>();
  const names = new Registry<string>();
  const keywords = new Registry<string>();
  for (const { entry, where } of entries(lists.classes, 'classes')) claimWords(entry['words'], where, 'words', keywords, problems);
  // Shared words after every class's own: a collision is then the shared word's to fix.
  for (const { entry, where } of entries(lists.classes, 'classes')) {
    for (const [index, shared] of sharedWordsOf(entry)) claimWords(shared['words'], where, `sharedWords[${index}].words`, keywords, problems);
  }

  const claimName = (name: unknown, where: string, field: string): void => {
    if (typeof name !== 'string') return;
    const owner = names.claim(name, where);
    if (owner !== undefined) problems.push(`${where}: field "${field}": ${name} is already used by ${owner}`);
  };
  const checkCommon = (entry: UnknownRecord, where: string): void => {
    claimName(entry['name'], where, 'name');
    if (Array.isArray(entry['deprecatedNames'])) for (const old of entry['deprecatedNames']) claimName(old, where, 'deprecatedNames');
    if (typeof entry['class'] === 'string' && /^[a-z]/.test(entry['class']) && !classes.has(entry['class'])) {
      problems.push(`${where}: field "class": ${show(entry['class'])} is not the id of any entry of "classes"`);
    }
    claimWords(entry['keywords'], where, 'keywords', keywords, problems);
  };

  for (const { entry, where } of entries(lists.codes, 'codes')) {
    const { code, rangeEnd } = entry;
    if (rangeEnd !== undefined && isCode(rangeEnd) && isCode(code) && (rangeEnd <= code || rangeEnd - code >= MAX_RANGE_LENGTH)) {
      problems.push(`${where}: field "rangeEnd" must be greater than "code" and less than code + ${MAX_RANGE_LENGTH}, got ${show(rangeEnd)}`);
    }
    if (isCode(code)) {
      const last = isCode(rangeEnd) && rangeEnd > code && rangeEnd - code < MAX_RANGE_LENGTH ? rangeEnd : code;
      for (let value = code; value <= last; value++) {
        const owner = liveCodes.claim(value, where);
        if (owner !== undefined && owner !== where) {
          problems.push(`${where}: field "code": ${value} is already used by ${owner}`);
          break;
        }
      }
    }
    checkCommon(entry, where);
  }

  const pairs = new Registry<string>();
  for (const { entry, where } of entries(lists.subcodes, 'subcodes')) {
    const { code, subcode } = entry;
    if (isCode(code) && !liveCodes.has(code)) problems.push(`${where}: field "code": ${code} is not a code of "codes"; a subcode arrives under a live code`);
    if (isCode(code) && isCode(subcode)) {
      const owner = pairs.claim(`${code}/${subcode}`, where);
      if (owner !== undefined) problems.push(`${where}: field "subcode": ${subcode} under ${code} is already used by ${owner}`);
    }
    checkCommon(entry, where);
  }

  const classOfCode = new Map<number, unknown>();
  for (const { entry } of entries(lists.codes, 'codes')) if (isCode(entry['code'])) classOfCode.set(entry['code'], entry['class']);
  const classIds = new Set(entries(lists.classes, 'classes').map(({ entry }) => entry['id']));
  for (const { entry, where } of entries(lists.classes, 'classes')) {
    for (const id of Array.isArray(entry['overlaps']) ? entry['overlaps'] : []) {
      if (typeof id !== 'string') continue;
      if (id === entry['id']) problems.push(`${where}: field "overlaps": a class does not overlap itself (${show(id)})`);
      else if (!classIds.has(id)) problems.push(`${where}: field "overlaps": ${show(id)} is no class id`);
    }
    for (const [index, shared] of sharedWordsOf(entry)) {
      for (const id of Array.isArray(shared['with']) ? shared['with'] : []) {
        if (typeof id !== 'string') continue;
        if (id === entry['id']) problems.push(`${where}: field "sharedWords[${index}].with": the class's own id (${show(id)}); list the other classes`);
        else if (!classIds.has(id)) problems.push(`${where}: field "sharedWords[${index}].with": ${show(id)} is no class id`);
      }
    }
    if (!Array.isArray(entry['suggest'])) continue;
    for (const code of entry['suggest']) {
      if (isCode(code) && classOfCode.get(code) !== entry['id']) problems.push(`${where}: field "suggest": ${code} is not a code of class ${show(entry['id'])}`);
    }
  }

  const retiredCodes = new Registry<number>();
  for (const { entry, where } of entries(lists.retired, 'retired')) {
    const { code, replacement } = entry;
    if (isCode(code)) {
      if (liveCodes.has(code)) problems.push(`${where}: field "code": retired code ${code} collides with the live entry ${liveCodes.claim(code, where)}`);
      const other = retiredCodes.claim(code, where);
      if (other !== undefined) problems.push(`${where}: field "code": ${code} is already retired by ${other}`);
    }
    if (isCode(replacement) && !liveCodes.has(replacement)) problems.push(`${where}: field "replacement" must be a live code of this catalog, got ${show(replacement)}`);
  }

  for (const { entry, where } of entries(lists.excluded, 'excluded')) {
    if (!Array.isArray(entry['codes'])) continue;
    for (const code of entry['codes']) {
      if (isCode(code) && (liveCodes.has(code) || retiredCodes.has(code))) problems.push(`${where}: field "codes": ${code} is in the catalog; an excluded code cannot be`);
    }
  }
  const foreignCodes = new Registry<number>();
  for (const { entry, where } of entries(lists.foreign, 'foreign')) {
    claimWords(entry['words'], where, 'words', keywords, problems);
    if (!Array.isArray(entry['codes'])) continue;
    for (const code of entry['codes']) {
      if (!isCode(code)) continue;
      if (liveCodes.has(code) || retiredCodes.has(code)) problems.push(`${where}: field "codes": ${code} is a WhatsApp code of this catalog; another product's code cannot be`);
      const owner = foreignCodes.claim(code, where);
      if (owner !== undefined) problems.push(`${where}: field "codes": ${code} is already another product's, ${owner}`);
    }
  }
}

/** Keywords and class words describe one thing each: a phrase (in any language) may appear once in the whole catalog. */
/** A class's `sharedWords` items that are objects, each with its index (for messages). */
function sharedWordsOf(entry: UnknownRecord): [number, UnknownRecord][] {
  const shared = Array.isArray(entry['sharedWords']) ? entry['sharedWords'] : [];
  return shared.flatMap((words: unknown, index) => (isRecord(words) ? [[index, words] as [number, UnknownRecord]] : []));
}

function claimWords(value: unknown, where: string, field: string, registry: Registry<string>, problems: string[]): void {
  if (!isRecord(value)) return;
  for (const [language, phrases] of Object.entries(value as Partial<Words>)) {
    if (!Array.isArray(phrases)) continue;
    for (const phrase of phrases as unknown[]) {
      if (typeof phrase !== 'string') continue;
      const owner = registry.claim(phrase, where);
      if (owner !== undefined && owner !== where) problems.push(`${where}: field "${field}.${language}": ${show(phrase)} is also a word of ${owner}; a word must describe one thing only`);
    }
  }
}
