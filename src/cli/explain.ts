/** `explain <code>…`: what a code means and what to do about it, or what was probably meant. */
import { RETIRED_PLATFORM_LABELS, RETRY_LABELS } from '../catalog/labels.js';
import type { CatalogCodeEntry } from '../catalog/schema.js';
import { describeErrorCode, describeRetiredErrorCode, toCodeNumber } from '../lookup.js';
import { suggestErrorCodes, type ErrorCodeSuggestion } from '../suggest.js';

export type Explanation =
  | { readonly input: string; readonly kind: 'known'; readonly code: number; readonly entry: CatalogCodeEntry }
  | { readonly input: string; readonly kind: 'retired'; readonly code: number; readonly title: string; readonly platform: string; readonly replacement?: CatalogCodeEntry; readonly notes?: string }
  | { readonly input: string; readonly kind: 'unknown'; readonly code: number; readonly suggestions: readonly ErrorCodeSuggestion[] }
  | { readonly input: string; readonly kind: 'invalid' };

export function explainCode(input: string): Explanation {
  const code = toCodeNumber(input.trim());
  if (code === undefined) return { input, kind: 'invalid' };
  const entry = describeErrorCode(code);
  if (entry !== undefined) return { input, kind: 'known', code, entry };
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

export function formatExplanation(explanation: Explanation): string {
  switch (explanation.kind) {
    case 'known': {
      const { entry, code } = explanation;
      const lines = [
        codeLabel(code, entry.name, entry.category),
        `  Title:    ${entry.title}`,
        `  Summary:  ${entry.summary}`,
        `  Retry:    ${entry.retry}: ${RETRY_LABELS[entry.retry]}`,
      ];
      if (entry.rangeEnd !== undefined) lines.push(`  Range:    ${entry.code}–${entry.rangeEnd}, all with this meaning`);
      if (entry.aliases.length > 0) lines.push(`  Also:     ${entry.aliases.join('; ')}`);
      if (entry.notes !== undefined) lines.push(`  Notes:    ${entry.notes}`);
      lines.push(`  Constant: WhatsAppErrorCode.${entry.name}`, `  Docs:     ${entry.docsUrl}`);
      return lines.join('\n');
    }
    case 'retired': {
      const platform = RETIRED_PLATFORM_LABELS[explanation.platform as keyof typeof RETIRED_PLATFORM_LABELS] ?? explanation.platform;
      const replacement = explanation.replacement;
      const lines = [
        `${explanation.code} is a ${platform} code ("${explanation.title}"); Meta no longer sends it.`,
        replacement
          ? `  The Cloud API reports this as ${codeLabel(replacement.code, replacement.name, replacement.category)}: use WhatsAppErrorCode.${replacement.name}.`
          : '  The Cloud API has no single replacement for it.',
      ];
      if (explanation.notes !== undefined) lines.push(`  Notes:    ${explanation.notes}`);
      return lines.join('\n');
    }
    case 'unknown': {
      const { code, suggestions } = explanation;
      if (suggestions.length === 0) {
        return `${code} is not a WhatsApp Cloud API error code, and no documented code is within two digit edits of it. Run \`whatsapp-error-codes list\` to see them all.`;
      }
      return `${code} is not a WhatsApp Cloud API error code. Did you mean ${alternatives(suggestions.map((s) => codeLabel(s.code, s.name, s.category)))}?`;
    }
    case 'invalid':
      return `${JSON.stringify(explanation.input)} is not an error code: codes are non-negative whole numbers such as 131047.`;
  }
}
