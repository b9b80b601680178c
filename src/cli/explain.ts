/** `explain <code>… [--subcode <n>]`: what a code means and what to do about it, or what was probably meant. */
import { ARRIVAL_PATH_LABELS, RETIRED_PLATFORM_LABELS, RETRY_ACTION_LABELS, formatDuration } from '../catalog/labels.js';
import type { CatalogCodeEntry, CatalogEntryCommon, CatalogSubcodeEntry } from '../catalog/schema.js';
import { describeErrorCode, describeErrorSubcode, describeRetiredErrorCode, subcodeEntriesOf } from '../lookup.js';
import { toCodeNumber } from '../shapes.js';
import { suggestErrorCodes, type ErrorCodeSuggestion } from '../suggest.js';
import { PLAIN, type Style } from './style.js';

export type Explanation =
  | { readonly input: string; readonly kind: 'known'; readonly code: number; readonly entry: CatalogCodeEntry; readonly subcode?: CatalogSubcodeEntry; readonly unknownSubcode?: number }
  | { readonly input: string; readonly kind: 'subcode'; readonly code: number; readonly entries: readonly CatalogSubcodeEntry[] }
  | { readonly input: string; readonly kind: 'retired'; readonly code: number; readonly title: string; readonly platform: string; readonly replacement?: CatalogCodeEntry; readonly notes?: string }
  | { readonly input: string; readonly kind: 'unknown'; readonly code: number; readonly suggestions: readonly ErrorCodeSuggestion[] }
  | { readonly input: string; readonly kind: 'invalid'; readonly reason: string };

/** Why `input` is not a code, in words: what the user typed and what a code looks like. */
function invalidReason(input: string): string {
  const trimmed = input.trim();
  if (/^-\d/.test(trimmed)) return 'codes are never negative';
  if (/^\d+[.,]\d+$/.test(trimmed)) return 'codes are whole numbers';
  if (/^0x[\da-f]+$/i.test(trimmed)) return 'write codes in decimal';
  return 'codes are non-negative whole numbers such as 131047';
}

export function explainCode(input: string, subcode?: number): Explanation {
  const code = toCodeNumber(input.trim());
  if (code === undefined) return { input, kind: 'invalid', reason: invalidReason(input) };
  const entry = describeErrorCode(code);
  if (entry !== undefined) {
    if (subcode === undefined) return { input, kind: 'known', code, entry };
    const pair = describeErrorSubcode(code, subcode);
    return pair ? { input, kind: 'known', code, entry, subcode: pair } : { input, kind: 'known', code, entry, unknownSubcode: subcode };
  }
  const asSubcode = subcodeEntriesOf(code);
  if (asSubcode.length > 0) return { input, kind: 'subcode', code, entries: asSubcode };
  const retired = describeRetiredErrorCode(code);
  if (retired !== undefined) {
    const replacement = retired.replacement === undefined ? undefined : describeErrorCode(retired.replacement);
    return {
      input,
      kind: 'retired',
      code,
      title: retired.title,
      platform: retired.platform,
      ...(replacement && { replacement }),
      ...(retired.notes !== undefined && { notes: retired.notes }),
    };
  }
  return { input, kind: 'unknown', code, suggestions: suggestErrorCodes(code) };
}

/** "131047 RE_ENGAGEMENT_MESSAGE_REQUIRED (sender)" */
export function codeLabel(code: number, name: string, category: string): string {
  return `${code} ${name} (${category})`;
}

function alternatives(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
}

/** "wait ≥ 24 h: send it again only after a delay" */
export function nextStep(entry: CatalogEntryCommon): string {
  const { action, minDelaySeconds, maxAttempts } = entry.retry;
  const delay = minDelaySeconds === undefined ? '' : ` ≥ ${formatDuration(minDelaySeconds)}`;
  const attempts = maxAttempts === undefined ? '' : `, at most ${maxAttempts === 1 ? 'once' : `${maxAttempts} times`}`;
  return `${action}${delay}: ${RETRY_ACTION_LABELS[action]}${attempts}`;
}

function entryLines(entry: CatalogEntryCommon, constant: string, style: Style): string[] {
  const field = (name: string, value: string): string => `  ${style.dim(`${name}:`.padEnd(10))} ${value}`;
  const lines = [
    field('Title', entry.title),
    field('Summary', entry.summary),
    field('Next step', nextStep(entry)),
    field('Arrives', entry.arrives.map((path) => ARRIVAL_PATH_LABELS[path]).join('; ')),
  ];
  if (entry.httpStatus !== undefined) lines.push(field('HTTP', String(entry.httpStatus)));
  if (entry.aliases.length > 0) lines.push(field('Also', entry.aliases.join('; ')));
  if (entry.notes !== undefined) lines.push(field('Notes', entry.notes));
  lines.push(field('Constant', constant), field('Docs', entry.docsUrl));
  return lines;
}

export function formatExplanation(explanation: Explanation, style: Style = PLAIN): string {
  switch (explanation.kind) {
    case 'known': {
      const { entry, code, subcode, unknownSubcode } = explanation;
      const head = style.bold(codeLabel(code, entry.name, entry.category));
      const codeLines = entryLines(entry, `WhatsAppErrorCode.${entry.name}`, style);
      if (entry.rangeEnd !== undefined) codeLines.splice(1, 0, `  ${style.dim('Range:'.padEnd(10))} ${entry.code}–${entry.rangeEnd}, all with this meaning`);
      if (subcode) {
        return [
          style.bold(`${code} with error_subcode ${subcode.subcode}: ${subcode.name} (${subcode.category})`),
          ...entryLines(subcode, `WhatsAppErrorSubcode.${subcode.name}`, style),
          '',
          `${head}, the code it narrows:`,
          ...codeLines,
        ].join('\n');
      }
      if (unknownSubcode !== undefined) {
        return [`${style.yellow(`error_subcode ${unknownSubcode} under ${code} is not documented`)}; the code means:`, head, ...codeLines].join('\n');
      }
      return [head, ...codeLines].join('\n');
    }
    case 'subcode': {
      const { code, entries } = explanation;
      return entries
        .map((entry) =>
          [
            style.bold(`${code} is an error_subcode, under code ${entry.code}: ${entry.name} (${entry.category})`),
            ...entryLines(entry, `WhatsAppErrorSubcode.${entry.name}`, style),
            `  It arrives as { "code": ${entry.code}, "error_subcode": ${entry.subcode} }: compare error_subcode, not code.`,
          ].join('\n'),
        )
        .join('\n\n');
    }
    case 'retired': {
      const platform = RETIRED_PLATFORM_LABELS[explanation.platform as keyof typeof RETIRED_PLATFORM_LABELS] ?? explanation.platform;
      const replacement = explanation.replacement;
      const lines = [
        `${style.bold(String(explanation.code))} is a ${platform} code ("${explanation.title}"); Meta no longer sends it.`,
        replacement
          ? `  The Cloud API reports this as ${codeLabel(replacement.code, replacement.name, replacement.category)}: use WhatsAppErrorCode.${replacement.name}.`
          : '  The Cloud API has no single replacement for it.',
      ];
      if (explanation.notes !== undefined) lines.push(`  ${style.dim('Notes:'.padEnd(10))} ${explanation.notes}`);
      return lines.join('\n');
    }
    case 'unknown': {
      const { code, suggestions } = explanation;
      const head = style.red(`${code} is not a WhatsApp Cloud API error code`);
      if (suggestions.length === 0) {
        return `${head}, and no documented code is within two digit edits of it. Run \`whatsapp-error-codes list\` to see them all.`;
      }
      return `${head}. Did you mean ${alternatives(suggestions.map((s) => codeLabel(s.code, s.name, s.category)))}?`;
    }
    case 'invalid':
      return `${style.red(`${JSON.stringify(explanation.input)} is not an error code`)}: ${explanation.reason}.`;
  }
}
