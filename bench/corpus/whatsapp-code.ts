/**
 * WhatsApp error handling as integrations write it: webhook status handlers, retry sets, switches
 * over codes and over categories, Graph API error bodies. Mostly correct code (magic numbers and
 * kit constants both), with the occasional typo or retired On-Premises code the rules exist for.
 */
import type { Random } from '../prng.js';
import { capitalize, type Names } from './names.js';
import type { Snippet } from './app-code.js';

/** Codes integrations actually branch on, with their kit constant names. */
export const COMMON = [
  [131047, 'RE_ENGAGEMENT_MESSAGE_REQUIRED'],
  [131026, 'MESSAGE_UNDELIVERABLE'],
  [131049, 'HEALTHY_ECOSYSTEM_LIMIT'],
  [131050, 'RECIPIENT_OPTED_OUT_OF_MARKETING'],
  [131051, 'UNSUPPORTED_MESSAGE_TYPE'],
  [131053, 'MEDIA_UPLOAD_ERROR'],
  [131056, 'PAIR_RATE_LIMIT_HIT'],
  [130429, 'RATE_LIMIT_HIT'],
  [131048, 'SPAM_RATE_LIMIT_HIT'],
  [131000, 'SOMETHING_WENT_WRONG'],
  [131016, 'SERVICE_UNAVAILABLE'],
  [133004, 'SERVER_TEMPORARILY_UNAVAILABLE'],
  [132000, 'TEMPLATE_PARAM_COUNT_MISMATCH'],
  [132001, 'TEMPLATE_DOES_NOT_EXIST'],
  [132015, 'TEMPLATE_PAUSED'],
  [132016, 'TEMPLATE_DISABLED'],
  [131009, 'PARAMETER_VALUE_NOT_VALID'],
  [131008, 'REQUIRED_PARAMETER_MISSING'],
  [190, 'ACCESS_TOKEN_EXPIRED'],
  [100, 'INVALID_PARAMETER'],
  [80007, 'RATE_LIMIT_ISSUES'],
  [368, 'TEMPORARILY_BLOCKED_FOR_POLICY_VIOLATIONS'],
] as const;

const RETRYABLE = [130429, 131000, 131016, 131056, 133004, 80007, 131049] as const;
/** Typos of real codes and retired On-Premises codes: what the rules report. */
const MISTAKES = [131074, 130249, 131062 + 100, 132100, 470, 1026, 2001, 131001] as const;

type Code = (typeof COMMON)[number];

function codes(random: Random, count: number): Code[] {
  return random.sample(COMMON, count);
}

/** A code as written in the wild: usually a magic number, sometimes a kit constant, rarely a digit string. */
function written(random: Random, [code, name]: Code, usesKit: boolean): string {
  if (usesKit && random.chance(0.5)) return `WhatsAppErrorCode.${name}`;
  return String(code);
}

/** Mistakes are rare: about one WhatsApp file in fifteen carries one. */
function maybeMistake(random: Random, code: string): string {
  return random.chance(0.07) ? String(random.pick(MISTAKES)) : code;
}

const kitImport = (random: Random): { usesKit: boolean; header: string } => {
  const usesKit = random.chance(0.4);
  return {
    usesKit,
    header: usesKit ? "import { WhatsAppErrorCode, categoryOf, type ErrorCategory } from 'whatsapp-error-codes';\n" : '',
  };
};

const statusWebhook = (names: Names, random: Random, usesKit: boolean): string => {
  const fn = names.unique('onMessageStatus');
  const cases = codes(random, random.int(3, 6));
  return `
interface ${names.unique('StatusError')} {
  code: number;
  title: string;
  message?: string;
  error_data?: { details: string };
}

export async function ${fn}(status: { id: string; recipient_id: string; status: string; errors?: { code: number; title: string }[] }): Promise<void> {
  if (status.status !== 'failed') return;
  for (const error of status.errors ?? []) {
    switch (error.code) {
${cases
  .map(
    (code, index) =>
      `      case ${maybeMistake(random, written(random, code, usesKit))}:\n        await queue.push('${code[1].toLowerCase()}', { id: status.id, attempt: ${index} });\n        break;`,
  )
  .join('\n')}
      default:
        logger.warn('unhandled WhatsApp error', error.code, error.title);
    }
  }
}
`;
};

const retrySet = (names: Names, random: Random, usesKit: boolean): string => {
  const set = names.unique('RETRYABLE_CODES');
  const members = random.sample(RETRYABLE, random.int(2, 5)).map((code) => maybeMistake(random, String(code)));
  const fn = names.unique('shouldRetry');
  const asArray = random.chance(0.4);
  return `
const ${set} = ${asArray ? `[${members.join(', ')}]` : `new Set([${members.join(', ')}])`};

export function ${fn}(err: { response?: { data?: { error?: { code: number; message: string } } } }, attempt: number): boolean {
  const code = err.response?.data?.error?.code;
  if (code === undefined || attempt >= 5) return false;
  if (code === ${usesKit && random.chance(0.5) ? 'WhatsAppErrorCode.RATE_LIMIT_HIT' : maybeMistake(random, '130429')}) return true;
  return ${asArray ? `${set}.includes(code)` : `${set}.has(code)`};
}
`;
};

const categorySwitch = (names: Names, random: Random, usesKit: boolean): string => {
  const fn = names.unique('routeFailure');
  const categories = random.chance(0.9) ? ['sender', 'recipient', 'platform'] : random.sample(['sender', 'recipient', 'platform'], 2);
  const discriminant = usesKit ? 'categoryOf(code)' : 'category';
  return `
export function ${fn}(code: number${usesKit ? '' : ", category: 'sender' | 'recipient' | 'platform'"}): 'fix-request' | 'drop-contact' | 'retry-later' | 'unknown' {
  switch (${discriminant}) {
${categories.map((category) => `    case '${category}':\n      return '${category === 'sender' ? 'fix-request' : category === 'recipient' ? 'drop-contact' : 'retry-later'}';`).join('\n')}
  }
  return 'unknown';
}
`;
};

const graphErrorBody = (names: Names, random: Random, usesKit: boolean): string => {
  const fn = names.unique('sendTemplateMessage');
  const [first, second] = codes(random, 2);
  return `
interface ${names.unique('GraphErrorBody')} {
  error: { message: string; type: string; code: number; error_subcode?: number; fbtrace_id: string; error_data?: { details: string } };
}

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
  if (error.code === ${written(random, [190, 'ACCESS_TOKEN_EXPIRED'], usesKit)}) throw new TokenExpiredError(error.message);
  if (error.code === ${maybeMistake(random, written(random, first!, usesKit))} || error.code === ${written(random, second!, usesKit)}) {
    throw new PermanentFailure(error.message, error.code);
  }
  throw new Error(error.message);
}
`;
};

const stringCodes = (names: Names, random: Random): string => {
  const fn = names.unique('isWindowClosed');
  const [code] = codes(random, 1);
  return `
/** Some SDKs hand the code over as a string. */
export function ${fn}(failure: { errorCode?: string }): boolean {
  return failure.errorCode === '131047' || failure.errorCode === '${code![0]}';
}
`;
};

const codeTable = (names: Names, random: Random): string => {
  const name = names.unique(`${capitalize(random.pick(['alerting', 'paging', 'silent']))}_CODES`.toUpperCase());
  const fn = names.unique('shouldPage');
  const members = codes(random, random.int(3, 6)).map((code) => String(code[0]));
  return `
const ${name} = [${members.join(', ')}] as const;

export function ${fn}(errorCode: number): boolean {
  return (${name} as readonly number[]).includes(errorCode);
}
`;
};

const WHATSAPP_SNIPPETS = [statusWebhook, retrySet, categorySwitch, graphErrorBody] as const;

/** One WhatsApp-handling block for a file: 1–3 snippets, plus the kit import when it uses the kit. */
export function whatsappBlock(names: Names, random: Random): { header: string; body: string } {
  const { usesKit, header } = kitImport(random);
  const parts = random.sample(WHATSAPP_SNIPPETS, random.int(1, 3)).map((snippet) => snippet(names, random, usesKit));
  if (random.chance(0.15)) parts.push(stringCodes(names, random));
  if (random.chance(0.15)) parts.push(codeTable(names, random));
  return { header, body: parts.join('') };
}

/** A single `err.code === 131047`-style check dropped into otherwise ordinary code. */
export const lightWhatsAppCheck: Snippet = (names, random) => {
  const fn = names.unique('notifyCustomer');
  const [code] = codes(random, 1);
  return `
export async function ${fn}(client: WhatsAppClient, to: string, text: string): Promise<boolean> {
  try {
    await client.sendText(to, text);
    return true;
  } catch (err) {
    const code = (err as { code?: number }).code;
    if (code === ${maybeMistake(random, String(code![0]))}) {
      await client.sendTemplate(to, 'reopen_conversation');
      return true;
    }
    return false;
  }
}
`;
};
