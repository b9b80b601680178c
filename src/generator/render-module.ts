/**
 * Renders the generated TypeScript module: the `WhatsAppErrorCode` and `WhatsAppErrorSubcode`
 * const objects and unions, the category unions, the code → category, code → retry action and
 * code → subcodes interfaces behind the kit's exact types, and the entries the runtime helpers
 * look codes up in. Output depends only on the catalog, so it is stable.
 */
import type { Catalog, CatalogCodeEntry, CatalogEntryCommon, CatalogSubcodeEntry, ErrorCategory } from '../catalog/schema.js';
import { CATEGORY_VALUES } from '../catalog/fields.js';

export interface RenderModuleOptions {
  /** Path of the catalog as shown in the header. */
  readonly catalogPath: string;
  /** Module the generated file imports its entry types from. */
  readonly typesFrom: string;
  /** Command that regenerates the file, shown in the header. */
  readonly command: string;
}

/** Every code an entry stands for: one, or each value of its range. */
export function codesOfEntry(entry: Pick<CatalogCodeEntry, 'code' | 'rangeEnd'>): number[] {
  const last = entry.rangeEnd ?? entry.code;
  const codes: number[] = [];
  for (let code = entry.code; code <= last; code++) codes.push(code);
  return codes;
}

export function sortedCatalog(catalog: Catalog): Catalog {
  return {
    classes: [...catalog.classes].sort((a, b) => a.id.localeCompare(b.id, 'en')),
    codes: [...catalog.codes].sort((a, b) => a.code - b.code),
    subcodes: [...catalog.subcodes].sort((a, b) => a.code - b.code || a.subcode - b.subcode),
    retired: [...catalog.retired].sort((a, b) => a.code - b.code),
    excluded: [...catalog.excluded].sort((a, b) => Math.min(...a.codes) - Math.min(...b.codes)),
    foreign: [...catalog.foreign].sort((a, b) => a.product.localeCompare(b.product, 'en')),
  };
}

const COMMON_FIELDS = ['name', 'title', 'category', 'class', 'summary', 'retry', 'arrives', 'aliases', 'keywords', 'deprecatedNames', 'docsUrl', 'httpStatus', 'metaGroup', 'notes'] as const;
const CODE_FIELD_ORDER = ['code', 'rangeEnd', ...COMMON_FIELDS, 'sharedFamily'] as const;
const SUBCODE_FIELD_ORDER = ['code', 'subcode', ...COMMON_FIELDS] as const;
const RETIRED_FIELD_ORDER = ['code', 'title', 'platform', 'replacement', 'notes'] as const;
const CLASS_FIELD_ORDER = ['id', 'title', 'words', 'suggest', 'overlaps', 'sharedWords'] as const;
const EXCLUSION_FIELD_ORDER = ['codes', 'title', 'reason'] as const;
const FOREIGN_FIELD_ORDER = ['product', 'kind', 'codes', 'words'] as const;

/** A value as a literal, objects with their keys in a fixed order (so a reordered catalog renders the same). */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).sort();
    return `{ ${keys.map((key) => `${key}: ${literal((value as Record<string, unknown>)[key])}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

function objectLiteral(entry: object, fields: readonly string[]): string {
  const record = entry as Record<string, unknown>;
  const parts = fields.filter((field) => record[field] !== undefined).map((field) => `${field}: ${literal(record[field])}`);
  return `{ ${parts.join(', ')} }`;
}

function union(values: readonly (number | string)[]): string {
  if (values.length === 0) return ' never';
  const lines: string[] = [];
  for (let i = 0; i < values.length; i += 10) lines.push(`  | ${values.slice(i, i + 10).map((value) => (typeof value === 'number' ? value : `'${value}'`)).join(' | ')}`);
  return `\n${lines.join('\n')}`;
}

function docComment(text: string, indent: string): string {
  return `${indent}/** ${text.replaceAll('*/', '*\\/')} */`;
}

function describeEntry(entry: CatalogEntryCommon, codeText: string): string {
  const delay = entry.retry.minDelaySeconds === undefined ? '' : `, at least ${entry.retry.minDelaySeconds} s`;
  return `${codeText} · ${entry.title} · ${entry.category} · ${entry.retry.action}${delay}. ${entry.summary}`;
}

const CATEGORY_TYPE_NAMES: Readonly<Record<ErrorCategory, string>> = {
  sender: 'SenderErrorCode',
  recipient: 'RecipientErrorCode',
  platform: 'PlatformErrorCode',
};

function renderCodeConstants(codes: readonly CatalogCodeEntry[], subcodes: readonly CatalogSubcodeEntry[], out: string[]): void {
  out.push('/** Every documented WhatsApp Cloud API error code: canonical constant name → code. */', 'export const WhatsAppErrorCode = {');
  for (const entry of codes) {
    const range = entry.rangeEnd === undefined ? '' : ` (first of ${entry.code}–${entry.rangeEnd})`;
    out.push(docComment(describeEntry(entry, `${entry.code}${range}`), '  '), `  ${entry.name}: ${entry.code},`);
  }
  const renamed = codes.flatMap((entry) => (entry.deprecatedNames ?? []).map((old) => ({ old, entry })));
  for (const { old, entry } of renamed.sort((a, b) => a.old.localeCompare(b.old, 'en'))) {
    out.push(docComment(`@deprecated Renamed \`${entry.name}\` (${entry.code}); this alias goes in the next major version.`, '  '), `  ${old}: ${entry.code},`);
  }
  // Former top-level constants of values that arrive as `error_subcode`: still exported, but outside the union, so a
  // comparison with a code typed `WhatsAppErrorCode` fails to compile, as the branch never runs.
  const moved = subcodes.flatMap((entry) => (entry.deprecatedNames ?? []).map((old) => ({ old, entry })));
  for (const { old, entry } of moved.sort((a, b) => a.old.localeCompare(b.old, 'en'))) {
    out.push(
      docComment(`@deprecated ${entry.subcode} arrives as \`error_subcode\` under code ${entry.code}, never as \`code\`: use \`WhatsAppErrorSubcode.${entry.name}\`.`, '  '),
      `  ${old}: ${entry.subcode},`,
    );
  }
  out.push('} as const;', '');
}

function renderSubcodeConstants(subcodes: readonly CatalogSubcodeEntry[], out: string[]): void {
  out.push('/** Every documented `error_subcode`: canonical constant name → subcode. `ErrorSubcodesByCode` says under which code each arrives. */');
  out.push('export const WhatsAppErrorSubcode = {');
  for (const entry of subcodes) out.push(docComment(describeEntry(entry, `${entry.subcode} under ${entry.code}`), '  '), `  ${entry.name}: ${entry.subcode},`);
  out.push('} as const;', '');
  out.push('/** The union of every documented `error_subcode`. */');
  out.push(`export type WhatsAppErrorSubcode =${union([...new Set(subcodes.map((entry) => entry.subcode))].sort((a, b) => a - b))};`, '');
  out.push('/** Code → the subcodes documented under it: `SubcodeOf` is an indexed access into it. */', 'export interface ErrorSubcodesByCode {');
  for (const parent of [...new Set(subcodes.map((entry) => entry.code))]) {
    out.push(`  readonly ${parent}:${union(subcodes.filter((entry) => entry.code === parent).map((entry) => entry.subcode)).replaceAll('\n', '\n  ')};`);
  }
  out.push('}', '');
}

export function renderModule(input: Catalog, options: RenderModuleOptions): string {
  const catalog = sortedCatalog(input);
  const allCodes = catalog.codes.flatMap(codesOfEntry);
  const out: string[] = [
    '/*',
    ` * GENERATED FILE: do not edit by hand. Generated from ${options.catalogPath}`,
    ` * by the whatsapp-error-codes generator; edit the catalog and run \`${options.command}\`.`,
    ' */',
    `import type { CatalogCodeEntry, CatalogExclusion, CatalogForeignProduct, CatalogMeaningClass, CatalogRetiredEntry, CatalogSubcodeEntry } from '${options.typesFrom}';`,
    '',
  ];
  renderCodeConstants(catalog.codes, catalog.subcodes, out);
  out.push('/** The union of every documented code, each value of a range included. */', `export type WhatsAppErrorCode =${union(allCodes)};`, '');
  for (const category of CATEGORY_VALUES) {
    const codes = catalog.codes.filter((entry) => entry.category === category).flatMap(codesOfEntry);
    out.push(`/** The codes of the \`${category}\` category. */`, `export type ${CATEGORY_TYPE_NAMES[category]} =${union(codes)};`, '');
  }
  out.push('/** Code → category, one member per code: `CategoryOf` is an indexed access into it. */', 'export interface ErrorCategoryByCode {');
  for (const entry of catalog.codes) for (const code of codesOfEntry(entry)) out.push(`  readonly ${code}: '${entry.category}';`);
  out.push('}', '');
  out.push('/** Code → retry action, one member per code: `RetryActionOf` is an indexed access into it. */', 'export interface RetryActionByCode {');
  for (const entry of catalog.codes) for (const code of codesOfEntry(entry)) out.push(`  readonly ${code}: '${entry.retry.action}';`);
  out.push('}', '');
  renderSubcodeConstants(catalog.subcodes, out);
  out.push('/** The ids of the meaning classes. */', `export type MeaningClassId =${union(catalog.classes.map((entry) => entry.id))};`, '');
  out.push('/** The meaning classes, by id. */', 'export const MEANING_CLASSES: readonly CatalogMeaningClass[] = [');
  for (const entry of catalog.classes) out.push(`  ${objectLiteral(entry, CLASS_FIELD_ORDER)},`);
  out.push('];', '');
  out.push('/** The catalog entries, sorted by code. */', 'export const ERROR_CODE_ENTRIES: readonly CatalogCodeEntry[] = [');
  for (const entry of catalog.codes) out.push(`  ${objectLiteral(entry, CODE_FIELD_ORDER)},`);
  out.push('];', '');
  out.push('/** The subcode entries, sorted by code, then subcode. */', 'export const ERROR_SUBCODE_ENTRIES: readonly CatalogSubcodeEntry[] = [');
  for (const entry of catalog.subcodes) out.push(`  ${objectLiteral(entry, SUBCODE_FIELD_ORDER)},`);
  out.push('];', '');
  out.push('/** Codes that Meta no longer sends (retired Cloud API and On-Premises codes). Not part of `WhatsAppErrorCode`. */');
  out.push(`export type RetiredErrorCode =${union(catalog.retired.map((entry) => entry.code))};`, '');
  out.push('/** The retired entries, sorted by code, each with its Cloud API replacement where one is known. */', 'export const RETIRED_ERROR_CODE_ENTRIES: readonly CatalogRetiredEntry[] = [');
  for (const entry of catalog.retired) out.push(`  ${objectLiteral(entry, RETIRED_FIELD_ORDER)},`);
  out.push('];', '');
  out.push('/** Codes the catalog leaves out on purpose, with the reason. */', 'export const EXCLUDED_ERROR_CODES: readonly CatalogExclusion[] = [');
  for (const entry of catalog.excluded) out.push(`  ${objectLiteral(entry, EXCLUSION_FIELD_ORDER)},`);
  out.push('];', '');
  out.push("/** Other products' codes that integrations compare beside WhatsApp's: never WhatsApp codes. */", 'export const FOREIGN_ERROR_CODES: readonly CatalogForeignProduct[] = [');
  for (const entry of catalog.foreign) out.push(`  ${objectLiteral(entry, FOREIGN_FIELD_ORDER)},`);
  out.push('];', '');
  return out.join('\n');
}
