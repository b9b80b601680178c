/**
 * Renders the generated TypeScript module: the `WhatsAppErrorCode` const object and union,
 * the category unions, the code → category interface behind `CategoryOf`, and the entries
 * the runtime helpers look codes up in. Output depends only on the catalog, so it is stable.
 */
import type { Catalog, CatalogCodeEntry, ErrorCategory } from '../catalog/schema.js';
import { CATEGORY_VALUES } from '../catalog/validate.js';

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
    codes: [...catalog.codes].sort((a, b) => a.code - b.code),
    retired: [...catalog.retired].sort((a, b) => a.code - b.code),
  };
}

const CODE_FIELD_ORDER = ['code', 'rangeEnd', 'name', 'title', 'category', 'summary', 'retry', 'aliases', 'keywords', 'docsUrl', 'httpStatus', 'metaGroup', 'notes'] as const;
const RETIRED_FIELD_ORDER = ['code', 'title', 'platform', 'replacement', 'notes'] as const;

function objectLiteral(entry: object, fields: readonly string[]): string {
  const record = entry as Record<string, unknown>;
  const parts = fields.filter((field) => record[field] !== undefined).map((field) => `${field}: ${JSON.stringify(record[field])}`);
  return `{ ${parts.join(', ')} }`;
}

function union(codes: readonly number[]): string {
  if (codes.length === 0) return ' never';
  const lines: string[] = [];
  for (let i = 0; i < codes.length; i += 10) lines.push(`  | ${codes.slice(i, i + 10).join(' | ')}`);
  return `\n${lines.join('\n')}`;
}

function docComment(text: string, indent: string): string {
  return `${indent}/** ${text.replaceAll('*/', '*\\/')} */`;
}

const CATEGORY_TYPE_NAMES: Readonly<Record<ErrorCategory, string>> = {
  sender: 'SenderErrorCode',
  recipient: 'RecipientErrorCode',
  platform: 'PlatformErrorCode',
};

export function renderModule(input: Catalog, options: RenderModuleOptions): string {
  const catalog = sortedCatalog(input);
  const allCodes = catalog.codes.flatMap(codesOfEntry);
  const out: string[] = [];
  out.push(
    '/*',
    ` * GENERATED FILE: do not edit by hand. Generated from ${options.catalogPath}`,
    ` * by the whatsapp-error-codes generator; edit the catalog and run \`${options.command}\`.`,
    ' */',
    `import type { CatalogCodeEntry, CatalogRetiredEntry } from '${options.typesFrom}';`,
    '',
    '/** Every documented WhatsApp Cloud API error code: canonical constant name → code. */',
    'export const WhatsAppErrorCode = {',
  );
  for (const entry of catalog.codes) {
    const range = entry.rangeEnd === undefined ? '' : ` (first of ${entry.code}–${entry.rangeEnd})`;
    out.push(docComment(`${entry.code}${range} · ${entry.title} · ${entry.category}. ${entry.summary}`, '  '));
    out.push(`  ${entry.name}: ${entry.code},`);
  }
  out.push('} as const;', '');
  out.push('/** The union of every documented code, each value of a range included. */');
  out.push(`export type WhatsAppErrorCode =${union(allCodes)};`, '');
  for (const category of CATEGORY_VALUES) {
    const codes = catalog.codes.filter((entry) => entry.category === category).flatMap(codesOfEntry);
    out.push(`/** The codes of the \`${category}\` category. */`);
    out.push(`export type ${CATEGORY_TYPE_NAMES[category]} =${union(codes)};`, '');
  }
  out.push('/** Code → category, one member per code: `CategoryOf` is an indexed access into it. */');
  out.push('export interface ErrorCategoryByCode {');
  for (const entry of catalog.codes) {
    for (const code of codesOfEntry(entry)) out.push(`  readonly ${code}: '${entry.category}';`);
  }
  out.push('}', '');
  out.push('/** The catalog entries, sorted by code. */');
  out.push('export const ERROR_CODE_ENTRIES: readonly CatalogCodeEntry[] = [');
  for (const entry of catalog.codes) out.push(`  ${objectLiteral(entry, CODE_FIELD_ORDER)},`);
  out.push('];', '');
  out.push('/** Codes that Meta no longer sends (retired Cloud API and On-Premises codes). Not part of `WhatsAppErrorCode`. */');
  out.push(`export type RetiredErrorCode =${union(catalog.retired.map((entry) => entry.code))};`, '');
  out.push('/** The retired entries, sorted by code, each with its Cloud API replacement where one is known. */');
  out.push('export const RETIRED_ERROR_CODE_ENTRIES: readonly CatalogRetiredEntry[] = [');
  for (const entry of catalog.retired) out.push(`  ${objectLiteral(entry, RETIRED_FIELD_ORDER)},`);
  out.push('];', '');
  return out.join('\n');
}
