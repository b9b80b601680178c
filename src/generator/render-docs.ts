/** Renders `docs/codes.md`: every code grouped by category, the subcodes, the retired codes and the codes left out. */
import { ARRIVAL_PATH_LABELS, CATEGORY_LABELS, RETIRED_PLATFORM_LABELS, RETRY_ACTION_LABELS, formatDuration } from '../catalog/labels.js';
import type { Catalog, CatalogEntryCommon } from '../catalog/schema.js';
import { CATEGORY_VALUES } from '../catalog/fields.js';
import { codesOfEntry, sortedCatalog } from './render-module.js';

export interface RenderDocsOptions {
  readonly catalogPath: string;
  readonly command: string;
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** "`wait` ≥ 24 h", "`retry` (once)". */
function nextStep(entry: CatalogEntryCommon): string {
  const { action, minDelaySeconds, maxAttempts } = entry.retry;
  const delay = minDelaySeconds === undefined ? '' : ` ≥ ${formatDuration(minDelaySeconds)}`;
  const attempts = maxAttempts === undefined ? '' : ` (at most ${maxAttempts === 1 ? 'once' : `${maxAttempts} times`})`;
  return `\`${action}\`${delay}${attempts}`;
}

const ARRIVAL_SHORT: Readonly<Record<CatalogEntryCommon['arrives'][number], string>> = {
  response: 'response',
  'status-webhook': 'status',
  'message-webhook': 'message',
  'account-webhook': 'errors',
  'call-webhook': 'calls',
  'history-webhook': 'history',
  'health-status': 'health status',
};

export function renderDocs(input: Catalog, options: RenderDocsOptions): string {
  const catalog = sortedCatalog(input);
  const codeByValue = new Map(catalog.codes.map((entry) => [entry.code, entry]));
  const codeCount = catalog.codes.reduce((sum, entry) => sum + codesOfEntry(entry).length, 0);
  const out: string[] = [
    `<!-- GENERATED FILE: do not edit by hand. Generated from ${options.catalogPath}; edit the catalog and run \`${options.command}\`. -->`,
    '',
    '# WhatsApp Cloud API error codes',
    '',
    `${catalog.codes.length} catalog entries (${codeCount} codes, ranges counted per value), ${catalog.subcodes.length} error subcodes and ${catalog.retired.length} retired codes.`,
    'Each code has a canonical constant on `WhatsAppErrorCode`, a category, a next step and the places it arrives. Summaries are our own words; follow the title link for Meta\'s text.',
    '',
    'Next steps: ' + Object.entries(RETRY_ACTION_LABELS).map(([action, text]) => `\`${action}\` ${text}`).join('; ') + '. A delay is the shortest wait Meta documents.',
    '',
    'Arrives in: ' + Object.entries(ARRIVAL_SHORT).map(([path, short]) => `${short}: ${ARRIVAL_PATH_LABELS[path as keyof typeof ARRIVAL_SHORT]}`).join('; ') + '.',
    '',
  ];
  for (const category of CATEGORY_VALUES) {
    const entries = catalog.codes.filter((entry) => entry.category === category);
    out.push(`## ${CATEGORY_LABELS[category].heading} (${entries.length})`, '', CATEGORY_LABELS[category].meaning, '');
    out.push('| Code | Constant | Title | Summary | Next step | Arrives in | HTTP |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const entry of entries) {
      const code = entry.rangeEnd === undefined ? `${entry.code}` : `${entry.code}–${entry.rangeEnd}`;
      const arrives = entry.arrives.map((path) => ARRIVAL_SHORT[path]).join(', ');
      out.push(`| ${code} | \`${entry.name}\` | [${cell(entry.title)}](${entry.docsUrl}) | ${cell(entry.summary)} | ${nextStep(entry)} | ${arrives} | ${entry.httpStatus ?? ''} |`);
    }
    out.push('');
  }
  out.push(
    '## Error subcodes',
    '',
    '`error_subcode` narrows the meaning of its `code`: template-creation and phone-migration errors arrive as code 100 with a 2388xxx subcode. The constants are on `WhatsAppErrorSubcode`; `describeError({ code, error_subcode })` reads the pair.',
    '',
    '| Code | Subcode | Constant | Title | Summary | Next step |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const entry of catalog.subcodes) {
    out.push(`| ${entry.code} \`${codeByValue.get(entry.code)?.name ?? '?'}\` | ${entry.subcode} | \`${entry.name}\` | [${cell(entry.title)}](${entry.docsUrl}) | ${cell(entry.summary)} | ${nextStep(entry)} |`);
  }
  out.push('');
  out.push('## Retired codes', '', 'Meta no longer sends these. They are not part of `WhatsAppErrorCode`; the `no-deprecated-code` rule points each one to its replacement.', '');
  out.push('| Code | Was | Title | Cloud API replacement |', '| --- | --- | --- | --- |');
  for (const entry of catalog.retired) {
    const replacement = entry.replacement === undefined ? '—' : `${entry.replacement} \`${codeByValue.get(entry.replacement)?.name ?? '?'}\``;
    out.push(`| ${entry.code} | ${RETIRED_PLATFORM_LABELS[entry.platform]} | ${cell(entry.title)} | ${replacement} |`);
  }
  out.push('');
  if (catalog.excluded.length > 0) {
    out.push('## Not in the catalog', '', 'Codes left out on purpose; `no-unknown-code` reports them like any unknown code. List one in `settings[\'whatsapp-errors\'].additionalCodes` if your integration receives it.', '');
    out.push('| Codes | What | Why not |', '| --- | --- | --- |');
    for (const entry of catalog.excluded) out.push(`| ${entry.codes.join(', ')} | ${cell(entry.title)} | ${cell(entry.reason)} |`);
    out.push('');
  }
  if (catalog.foreign.length > 0) {
    out.push("## Other products' codes", '', "Integrations compare these beside WhatsApp's codes. They are not WhatsApp codes, and the rules never report them as unknown ones.", '');
    out.push('| Product | Codes |', '| --- | --- |');
    for (const entry of catalog.foreign) out.push(`| ${cell(entry.product)} | ${entry.codes.join(', ')} |`);
    out.push('');
    const families = new Map<string, number[]>();
    for (const entry of catalog.codes) if (entry.sharedFamily !== undefined) families.set(entry.sharedFamily, [...(families.get(entry.sharedFamily) ?? []), entry.code]);
    for (const [family, codes] of families) {
      out.push(`WhatsApp's ${codes.join(' and ')} belong to a numbering other products share: ${family}. Beside other products' codes alone the rules do not take them for WhatsApp codes; beside a code that is WhatsApp's alone, or compared with a code, they do.`, '');
    }
  }
  return out.join('\n');
}
