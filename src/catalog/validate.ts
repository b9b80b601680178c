/**
 * Validation of a catalog file. The generator refuses to write anything from a catalog that
 * fails here, so every defect is reported with the entry (index, code, name) and the field.
 */
import type { Catalog, CatalogCodeEntry, CatalogRetiredEntry, ErrorCategory, RetiredPlatform, RetryAdvice } from './schema.js';

export const CATEGORY_VALUES: readonly ErrorCategory[] = ['sender', 'recipient', 'platform'];
export const RETRY_VALUES: readonly RetryAdvice[] = ['yes', 'wait', 'fix', 'no'];
export const RETIRED_PLATFORM_VALUES: readonly RetiredPlatform[] = ['cloud', 'on-premises'];
export const CONSTANT_NAME_PATTERN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/** Largest code a range entry may span; keeps a typo such as `rangeEnd: 2999` from bloating the union type. */
const MAX_RANGE_LENGTH = 1000;

const CODE_FIELDS = new Set(['code', 'rangeEnd', 'name', 'title', 'category', 'summary', 'retry', 'aliases', 'keywords', 'docsUrl', 'httpStatus', 'metaGroup', 'notes']);
const RETIRED_FIELDS = new Set(['code', 'title', 'platform', 'replacement', 'notes']);
const TOP_LEVEL_FIELDS = new Set(['$schema', 'codes', 'retired']);

export class CatalogValidationError extends Error {
  readonly problems: readonly string[];
  constructor(source: string, problems: readonly string[]) {
    super(`${source} is not a valid WhatsApp error-code catalog (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CatalogValidationError';
    this.problems = problems;
  }
}

type UnknownRecord = Record<string, unknown>;

function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

function isCode(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** "codes[3] (131047 RE_ENGAGEMENT_MESSAGE_REQUIRED)": enough to find the entry in a large file. */
function label(list: string, index: number, entry: unknown): string {
  if (!isRecord(entry)) return `${list}[${index}]`;
  const parts = [entry['code'], entry['name']].filter((part) => typeof part === 'number' || typeof part === 'string');
  return parts.length > 0 ? `${list}[${index}] (${parts.join(' ')})` : `${list}[${index}]`;
}

/**
 * Checks a parsed catalog file and returns it typed, or throws `CatalogValidationError` listing
 * every problem found. `source` names the file in the message.
 */
export function validateCatalog(input: unknown, source = 'catalog'): Catalog {
  const problems: string[] = [];
  if (!isRecord(input)) throw new CatalogValidationError(source, [`the file must hold an object with "codes" and "retired" arrays, got ${show(input)}`]);
  for (const key of Object.keys(input)) {
    if (!TOP_LEVEL_FIELDS.has(key)) problems.push(`unknown top-level field "${key}" (allowed: codes, retired, $schema)`);
  }
  const codes = input['codes'];
  const retired = input['retired'] ?? [];
  if (!Array.isArray(codes)) problems.push(`field "codes" must be an array of code entries, got ${show(codes)}`);
  if (!Array.isArray(retired)) problems.push(`field "retired" must be an array of retired entries, got ${show(retired)}`);
  if (problems.length > 0 || !Array.isArray(codes) || !Array.isArray(retired)) throw new CatalogValidationError(source, problems);

  const liveCodes = new Map<number, string>();
  const names = new Map<string, string>();
  const keywords = new Map<string, string>();
  codes.forEach((entry: unknown, index) => checkCodeEntry(entry, label('codes', index, entry), { problems, liveCodes, names, keywords }));

  const retiredCodes = new Map<number, string>();
  retired.forEach((entry: unknown, index) => checkRetiredEntry(entry, label('retired', index, entry), { problems, liveCodes, retiredCodes }));

  if (problems.length > 0) throw new CatalogValidationError(source, problems);
  return { codes: codes as CatalogCodeEntry[], retired: retired as CatalogRetiredEntry[] };
}

interface CodeContext {
  problems: string[];
  liveCodes: Map<number, string>;
  names: Map<string, string>;
  keywords: Map<string, string>;
}

function checkCodeEntry(entry: unknown, where: string, context: CodeContext): void {
  const { problems } = context;
  if (!isRecord(entry)) {
    problems.push(`${where}: must be an object, got ${show(entry)}`);
    return;
  }
  for (const key of Object.keys(entry)) {
    if (!CODE_FIELDS.has(key)) problems.push(`${where}: unknown field "${key}"`);
  }
  const { code, rangeEnd, name } = entry;
  if (!isCode(code)) problems.push(`${where}: field "code" must be a non-negative integer, got ${show(code)}`);
  if (rangeEnd !== undefined) {
    if (!isCode(rangeEnd) || !isCode(code) || rangeEnd <= code || rangeEnd - code >= MAX_RANGE_LENGTH) {
      problems.push(`${where}: field "rangeEnd" must be an integer greater than "code" and less than code + ${MAX_RANGE_LENGTH}, got ${show(rangeEnd)}`);
    }
  }
  if (isCode(code)) {
    const last = isCode(rangeEnd) && rangeEnd > code && rangeEnd - code < MAX_RANGE_LENGTH ? rangeEnd : code;
    for (let value = code; value <= last; value++) {
      const owner = context.liveCodes.get(value);
      if (owner !== undefined) {
        problems.push(`${where}: field "code": ${value} is already used by ${owner}`);
        break;
      }
    }
    for (let value = code; value <= last; value++) context.liveCodes.set(value, where);
  }
  if (typeof name !== 'string' || !CONSTANT_NAME_PATTERN.test(name)) {
    problems.push(`${where}: field "name" must be a SCREAMING_SNAKE_CASE constant name such as RATE_LIMIT_HIT, got ${show(name)}`);
  } else {
    const owner = context.names.get(name);
    if (owner !== undefined) problems.push(`${where}: field "name": ${name} is already used by ${owner}`);
    else context.names.set(name, where);
  }
  requireText(entry, 'title', where, problems);
  requireText(entry, 'summary', where, problems);
  requireText(entry, 'docsUrl', where, problems);
  if (typeof entry['docsUrl'] === 'string' && !/^https:\/\/\S+$/.test(entry['docsUrl'])) {
    problems.push(`${where}: field "docsUrl" must be an https URL, got ${show(entry['docsUrl'])}`);
  }
  requireOneOf(entry, 'category', CATEGORY_VALUES, where, problems);
  requireOneOf(entry, 'retry', RETRY_VALUES, where, problems);
  requireTextList(entry, 'aliases', where, problems);
  if (requireTextList(entry, 'keywords', where, problems)) {
    for (const keyword of entry['keywords'] as string[]) {
      if (keyword !== keyword.toLowerCase()) problems.push(`${where}: field "keywords": ${show(keyword)} must be lower case`);
      const owner = context.keywords.get(keyword.toLowerCase());
      if (owner !== undefined && owner !== where) {
        problems.push(`${where}: field "keywords": ${show(keyword)} is also a keyword of ${owner}; a keyword must describe one code only`);
      }
      context.keywords.set(keyword.toLowerCase(), where);
    }
  }
  const httpStatus = entry['httpStatus'];
  if (httpStatus !== undefined && !(Number.isInteger(httpStatus) && (httpStatus as number) >= 100 && (httpStatus as number) <= 599)) {
    problems.push(`${where}: field "httpStatus" must be an HTTP status between 100 and 599, got ${show(httpStatus)}`);
  }
  optionalText(entry, 'metaGroup', where, problems);
  optionalText(entry, 'notes', where, problems);
}

interface RetiredContext {
  problems: string[];
  liveCodes: Map<number, string>;
  retiredCodes: Map<number, string>;
}

function checkRetiredEntry(entry: unknown, where: string, context: RetiredContext): void {
  const { problems } = context;
  if (!isRecord(entry)) {
    problems.push(`${where}: must be an object, got ${show(entry)}`);
    return;
  }
  for (const key of Object.keys(entry)) {
    if (!RETIRED_FIELDS.has(key)) problems.push(`${where}: unknown field "${key}"`);
  }
  const { code, replacement } = entry;
  if (!isCode(code)) {
    problems.push(`${where}: field "code" must be a non-negative integer, got ${show(code)}`);
  } else {
    const live = context.liveCodes.get(code);
    if (live !== undefined) problems.push(`${where}: field "code": retired code ${code} collides with the live entry ${live}`);
    const other = context.retiredCodes.get(code);
    if (other !== undefined) problems.push(`${where}: field "code": ${code} is already retired by ${other}`);
    context.retiredCodes.set(code, where);
  }
  requireText(entry, 'title', where, problems);
  requireOneOf(entry, 'platform', RETIRED_PLATFORM_VALUES, where, problems);
  if (replacement !== undefined && !(isCode(replacement) && context.liveCodes.has(replacement))) {
    problems.push(`${where}: field "replacement" must be a live code of this catalog, got ${show(replacement)}`);
  }
  optionalText(entry, 'notes', where, problems);
}

function requireText(entry: UnknownRecord, field: string, where: string, problems: string[]): void {
  const value = entry[field];
  if (typeof value !== 'string' || value.trim() === '') problems.push(`${where}: field "${field}" must be a non-empty string, got ${show(value)}`);
}

function optionalText(entry: UnknownRecord, field: string, where: string, problems: string[]): void {
  if (entry[field] !== undefined) requireText(entry, field, where, problems);
}

function requireOneOf(entry: UnknownRecord, field: string, allowed: readonly string[], where: string, problems: string[]): void {
  const value = entry[field];
  if (typeof value !== 'string' || !allowed.includes(value)) {
    problems.push(`${where}: field "${field}" must be one of ${allowed.join(', ')}, got ${show(value)}`);
  }
}

function requireTextList(entry: UnknownRecord, field: string, where: string, problems: string[]): boolean {
  const value = entry[field];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
    problems.push(`${where}: field "${field}" must be an array of non-empty strings, got ${show(value)}`);
    return false;
  }
  const seen = new Set<string>();
  for (const item of value as string[]) {
    if (seen.has(item)) problems.push(`${where}: field "${field}" lists ${show(item)} twice`);
    seen.add(item);
  }
  return true;
}
