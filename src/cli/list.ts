/** `list [--category <c>] [--retry <action>] [--search <text>] [--subcodes] [--json]`: the catalog, as a table for people or JSON for tools. */
import type { CatalogCodeEntry, CatalogEntryCommon, CatalogSubcodeEntry, ErrorCategory, RetryAction } from '../catalog/schema.js';
import { ERROR_CODE_ENTRIES, ERROR_SUBCODE_ENTRIES } from '../generated/catalog.js';
import { PLAIN, type Style } from './style.js';

export interface ListFilters {
  readonly category?: ErrorCategory;
  readonly retry?: RetryAction;
  /** Case-insensitive text the code, constant, title, aliases, keywords or summary must contain. */
  readonly search?: string;
}

function searchable(entry: CatalogEntryCommon & { readonly code: number }): string {
  const subcode = 'subcode' in entry ? ` ${String(entry.subcode)}` : '';
  return [String(entry.code) + subcode, entry.name, entry.name.replaceAll('_', ' '), entry.title, entry.summary, ...entry.aliases, ...Object.values(entry.keywords).flat()].join('\n').toLowerCase();
}

function matches(entry: CatalogEntryCommon & { readonly code: number }, filters: ListFilters): boolean {
  if (filters.category !== undefined && entry.category !== filters.category) return false;
  if (filters.retry !== undefined && entry.retry.action !== filters.retry) return false;
  if (filters.search !== undefined && !searchable(entry).includes(filters.search.trim().toLowerCase())) return false;
  return true;
}

export function listEntries(filters: ListFilters = {}): readonly CatalogCodeEntry[] {
  return ERROR_CODE_ENTRIES.filter((entry) => matches(entry, filters));
}

export function listSubcodeEntries(filters: ListFilters = {}): readonly CatalogSubcodeEntry[] {
  return ERROR_SUBCODE_ENTRIES.filter((entry) => matches(entry, filters));
}

function table(header: readonly string[], rows: readonly (readonly string[])[], style: Style): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => (column < cells.length - 1 ? cell.padEnd(widths[column]!) : cell)).join('  ');
  return [style.bold(line(header)), ...rows.map(line)].join('\n');
}

export function formatList(entries: readonly CatalogCodeEntry[], style: Style = PLAIN): string {
  const rows = entries.map((entry) => [entry.rangeEnd === undefined ? String(entry.code) : `${entry.code}-${entry.rangeEnd}`, entry.name, entry.category, entry.retry.action, entry.title]);
  return table(['CODE', 'CONSTANT', 'CATEGORY', 'NEXT STEP', 'TITLE'], rows, style);
}

export function formatSubcodeList(entries: readonly CatalogSubcodeEntry[], style: Style = PLAIN): string {
  const rows = entries.map((entry) => [String(entry.code), String(entry.subcode), entry.name, entry.category, entry.retry.action, entry.title]);
  return table(['CODE', 'SUBCODE', 'CONSTANT', 'CATEGORY', 'NEXT STEP', 'TITLE'], rows, style);
}
