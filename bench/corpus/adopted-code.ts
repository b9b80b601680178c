/**
 * The same integrations after adopting the kit and the plugin: every code is a kit constant
 * (`WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED`), category switches go through `categoryOf`
 * and handle every category, retry decisions ask the kit, tables are keyed by constants and say in
 * words what each code is. What is left for the rules to report is rare: a magic number someone
 * added since (about one code position in forty) and, rarer still, a typo.
 */
import type { Random } from '../prng.js';
import { capitalize, type Names } from './names.js';
import { COMMON } from './whatsapp-code.js';

type Code = (typeof COMMON)[number];

const KIT_IMPORT = "import { WhatsAppErrorCode, categoryOf, isRetryable, describeErrorCode, type ErrorCategory } from 'whatsapp-error-codes';\n";
const RETRYABLE = COMMON.filter(([code]) => [130429, 131000, 131016, 131056, 133004, 80007, 131049].includes(code));
const TYPOS = [131074, 130249, 132100] as const;

/** `RE_ENGAGEMENT_MESSAGE_REQUIRED` → `re-engagement message required`: what a comment beside the constant says. */
const words = ([, name]: Code): string => name.toLowerCase().replaceAll('_', ' ').replace('re engagement', 're-engagement');

/** A code as adopted code writes it: the constant, with now and then a magic number or (rarer) a typo. */
function written(random: Random, code: Code): string {
  const roll = random.next();
  if (roll < 0.004) return String(random.pick(TYPOS));
  if (roll < 0.025) return String(code[0]);
  return `WhatsAppErrorCode.${code[1]}`;
}

const statusWebhook = (names: Names, random: Random): string => {
  const fn = names.unique('onMessageStatus');
  const cases = random.sample(COMMON, random.int(3, 6));
  return `
export async function ${fn}(status: { id: string; status: string; errors?: { code: number; title: string }[] }): Promise<void> {
  if (status.status !== 'failed') return;
  for (const error of status.errors ?? []) {
    switch (error.code) {
${cases
  .map(
    (code, index) =>
      `      case ${written(random, code)}:${random.chance(0.5) ? ` // ${words(code)}` : ''}\n        await queue.push('${code[1].toLowerCase()}', { id: status.id, attempt: ${index} });\n        break;`,
  )
  .join('\n')}
      default:
        logger.warn('unhandled WhatsApp error', error.code, describeErrorCode(error.code)?.title ?? error.title);
    }
  }
}
`;
};

const retryPolicy = (names: Names, random: Random): string => {
  const set = names.unique('RETRYABLE_CODES');
  const fn = names.unique('shouldRetry');
  const members = random.sample(RETRYABLE, random.int(2, 5)).map((code) => written(random, code));
  return `
/** Codes we retry sooner than the kit's advice says. */
const ${set} = new Set<number>([${members.join(', ')}]);

export function ${fn}(err: { response?: { data?: { error?: { code: number; message: string } } } }, attempt: number): boolean {
  const code = err.response?.data?.error?.code;
  if (code === undefined || attempt >= 5) return false;
  if (code === ${written(random, [130429, 'RATE_LIMIT_HIT'])}) return true; // rate limit hit
  return ${set}.has(code) || isRetryable(err.response?.data);
}
`;
};

const categorySwitch = (names: Names, random: Random): string => {
  const fn = names.unique('routeFailure');
  // Adopted code handles every category; one switch in fifty has lost one.
  const categories = random.chance(0.98) ? ['sender', 'recipient', 'platform'] : random.sample(['sender', 'recipient', 'platform'], 2);
  return `
export function ${fn}(code: number): 'fix-request' | 'drop-contact' | 'retry-later' | 'unknown' {
  const category: ErrorCategory | undefined = categoryOf(code);
  switch (category) {
${categories.map((category) => `    case '${category}':\n      return '${category === 'sender' ? 'fix-request' : category === 'recipient' ? 'drop-contact' : 'retry-later'}';`).join('\n')}
    case undefined:
      return 'unknown';
  }
  return 'unknown';
}
`;
};

const graphErrorBody = (names: Names, random: Random): string => {
  const fn = names.unique('sendTemplateMessage');
  const [first, second] = random.sample(COMMON, 2);
  return `
export async function ${fn}(phoneNumberId: string, token: string, to: string, template: string): Promise<string> {
  const res = await fetch(\`https://graph.facebook.com/v21.0/\${phoneNumberId}/messages\`, {
    method: 'POST',
    headers: { authorization: \`Bearer \${token}\`, 'content-type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', to, type: 'template', template: { name: template, language: { code: 'en_US' } } }),
  });
  const body = (await res.json()) as { messages?: { id: string }[]; error?: { code: number; message: string; error_subcode?: number } };
  if (res.ok && body.messages?.[0]) return body.messages[0].id;
  const error = body.error;
  if (!error) throw new Error(\`HTTP \${res.status}\`);
  if (error.code === ${written(random, [190, 'ACCESS_TOKEN_EXPIRED'])}) throw new TokenExpiredError(error.message);
  if (error.code === ${written(random, first!)} || error.code === ${written(random, second!)}) {
    throw new PermanentFailure(error.message, error.code);
  }
  if (isRetryable(body)) throw new Error(\`retry later: \${error.message}\`);
  throw new Error(error.message);
}
`;
};

const messageTable = (names: Names, random: Random): string => {
  const name = names.unique(`${random.pick(['customer', 'agent', 'support'])}_MESSAGES`.toUpperCase());
  const fn = names.unique(`${random.pick(['customer', 'agent', 'support'])}MessageFor`);
  const entries = random.sample(COMMON, random.int(3, 6));
  return `
const ${name}: Partial<Record<number, string>> = {
${entries.map((code) => `  [${written(random, code)}]: '${capitalize(words(code))}',`).join('\n')}
};

export function ${fn}(code: number): string {
  return ${name}[code] ?? describeErrorCode(code)?.title ?? 'Something went wrong';
}
`;
};

const SNIPPETS = [statusWebhook, retryPolicy, categorySwitch, graphErrorBody] as const;

/** One WhatsApp-handling block for a file, with the kit import: 1–3 snippets, sometimes a message table. */
export function adoptedBlock(names: Names, random: Random): { header: string; body: string } {
  const parts = random.sample(SNIPPETS, random.int(1, 3)).map((snippet) => snippet(names, random));
  if (random.chance(0.2)) parts.push(messageTable(names, random));
  return { header: KIT_IMPORT, body: parts.join('') };
}

/** A single `code === WhatsAppErrorCode.X` check dropped into otherwise ordinary code, with the kit import. */
export function adoptedLightCheck(names: Names, random: Random): { header: string; body: string } {
  const fn = names.unique('notifyCustomer');
  const code = random.pick(COMMON);
  return {
    header: KIT_IMPORT,
    body: `
export async function ${fn}(client: WhatsAppClient, to: string, text: string): Promise<boolean> {
  try {
    await client.sendText(to, text);
    return true;
  } catch (err) {
    const code = (err as { code?: number }).code;
    if (code === ${written(random, code)}) {
      await client.sendTemplate(to, 'reopen_conversation');
      return true;
    }
    return false;
  }
}
`,
  };
}
