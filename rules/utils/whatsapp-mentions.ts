/**
 * Where a file's text mentions WhatsApp: the kit's module, a WhatsApp module of another package
 * (an SDK, by import or `require`), the Graph API (`graph.facebook.com`, `messaging_product`).
 * Every rule asks, in every file, so the answers are read once per lint and kept for it.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { perFile } from './per-file.js';

export const KIT_MODULE = 'whatsapp-error-codes';

type SourceCode = Readonly<TSESLint.SourceCode>;

interface Mentions {
  /** The text names the kit's module (in an import, a `require`, an `import type`). */
  readonly kit: boolean;
  /** The file calls the Graph API or imports a WhatsApp module other than the kit. */
  readonly talks: boolean;
}

const GRAPH_HOST = 'graph.facebook.com';
const MESSAGING_PRODUCT = 'messaging_product';

const mentionsOf = perFile((sourceCode): Mentions => {
  const text = sourceCode.text;
  const talks =
    text.includes(GRAPH_HOST) || text.includes(MESSAGING_PRODUCT) || importsWhatsAppModule(sourceCode) || (text.includes('require') && requiresWhatsAppModule(text));
  return { kit: text.includes(KIT_MODULE), talks };
});

/**
 * Whether the file's text names the kit's module at all. Without it no name in the file can be
 * bound to the kit (no import, no `require` of it, no import type of it), so the scope walks that
 * look for its exports are skipped: most files of a codebase never mention it.
 */
export function mentionsKit(sourceCode: SourceCode): boolean {
  return mentionsOf(sourceCode).kit;
}

/** The file calls the Graph API or imports a WhatsApp SDK: a Graph error body read there holds WhatsApp codes. */
export function talksToWhatsApp(sourceCode: SourceCode): boolean {
  return mentionsOf(sourceCode).talks;
}

function importsWhatsAppModule(sourceCode: SourceCode): boolean {
  return sourceCode.ast.body.some((statement) => statement.type === 'ImportDeclaration' && isWhatsAppModule(String(statement.source.value)));
}

/** A `require` of a WhatsApp module other than the kit (whatsapp-web.js, an SDK). */
function requiresWhatsAppModule(text: string): boolean {
  const requires = /require\(\s*['"]([^'"]*whatsapp[^'"]*)['"]\s*\)/gi;
  for (let match = requires.exec(text); match !== null; match = requires.exec(text)) if (isWhatsAppModule(match[1]!)) return true;
  return false;
}

function isWhatsAppModule(source: string): boolean {
  return source !== KIT_MODULE && /whatsapp/i.test(source);
}
