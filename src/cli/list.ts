/** `list [--category <c>] [--json]`: the catalog, as a table for people or JSON for tools. */
import type { CatalogCodeEntry, ErrorCategory } from '../catalog/schema.js';
import { ERROR_CODE_ENTRIES } from '../generated/catalog.js';

export function listEntries(category?: ErrorCategory): readonly CatalogCodeEntry[] {
  return category === undefined ? ERROR_CODE_ENTRIES : ERROR_CODE_ENTRIES.filter((entry) => entry.category === category);
}

export function formatList(entries: readonly CatalogCodeEntry[]): string {
  const rows = entries.map((entry) => [entry.rangeEnd === undefined ? String(entry.code) : `${entry.code}-${entry.rangeEnd}`, entry.name, entry.category, entry.title]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ')).join('\n');
}
