/** Renders `docs/codes.md`: every code grouped by category, then the retired codes. */
import { CATEGORY_LABELS, RETIRED_PLATFORM_LABELS, RETRY_LABELS } from '../catalog/labels.js';
import type { Catalog } from '../catalog/schema.js';
import { CATEGORY_VALUES } from '../catalog/validate.js';
import { codesOfEntry, sortedCatalog } from './render-module.js';

export interface RenderDocsOptions {
  readonly catalogPath: string;
  readonly command: string;
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

export function renderDocs(input: Catalog, options: RenderDocsOptions): string {
  const catalog = sortedCatalog(input);
  const byCode = new Map(catalog.codes.map((entry) => [entry.code, entry]));
  const codeCount = catalog.codes.reduce((sum, entry) => sum + codesOfEntry(entry).length, 0);
  const out: string[] = [
    `<!-- GENERATED FILE: do not edit by hand. Generated from ${options.catalogPath}; edit the catalog and run \`${options.command}\`. -->`,
    '',
    '# WhatsApp Cloud API error codes',
    '',
    `${catalog.codes.length} catalog entries (${codeCount} codes, ranges counted per value) and ${catalog.retired.length} retired codes.`,
    'Each code has a canonical constant on `WhatsAppErrorCode`, a category and retry advice. Summaries are our own words; follow the title link for Meta\'s text.',
    '',
    'Retry advice: ' + Object.entries(RETRY_LABELS).map(([key, text]) => `\`${key}\` ${text}`).join('; ') + '.',
    '',
  ];
  for (const category of CATEGORY_VALUES) {
    const entries = catalog.codes.filter((entry) => entry.category === category);
    out.push(`## ${CATEGORY_LABELS[category].heading} (${entries.length})`, '', CATEGORY_LABELS[category].meaning, '');
    out.push('| Code | Constant | Title | Summary | Retry |', '| --- | --- | --- | --- | --- |');
    for (const entry of entries) {
      const code = entry.rangeEnd === undefined ? `${entry.code}` : `${entry.code}–${entry.rangeEnd}`;
      out.push(`| ${code} | \`${entry.name}\` | [${cell(entry.title)}](${entry.docsUrl}) | ${cell(entry.summary)} | ${entry.retry} |`);
    }
    out.push('');
  }
  out.push('## Retired codes', '', 'Meta no longer sends these. They are not part of `WhatsAppErrorCode`; the `no-deprecated-code` rule points each one to its replacement.', '');
  out.push('| Code | Was | Title | Cloud API replacement |', '| --- | --- | --- | --- |');
  for (const entry of catalog.retired) {
    const replacement = entry.replacement === undefined ? '—' : `${entry.replacement} \`${byCode.get(entry.replacement)?.name ?? '?'}\``;
    out.push(`| ${entry.code} | ${RETIRED_PLATFORM_LABELS[entry.platform]} | ${cell(entry.title)} | ${replacement} |`);
  }
  out.push('');
  return out.join('\n');
}
