/**
 * Ordinary application code with no WhatsApp error code in it: the bulk of any real corpus.
 * It is deliberately full of near misses the rules must pass over cheaply: `.length === 0`,
 * HTTP statuses, Node's `err.code === 'ENOENT'`, WebSocket close codes, Postgres SQLSTATEs,
 * a `RETRYABLE_HTTP_CODES` list, reducers switching over action types, `.includes()` on strings.
 */
import type { Random } from '../prng.js';
import { capitalize, type Names, STATUSES, VERBS } from './names.js';

export type Snippet = (names: Names, random: Random) => string;

const entityModel: Snippet = (names, random) => {
  const noun = names.noun();
  const type = names.unique(capitalize(noun));
  const statuses = random.sample(STATUSES, random.int(3, 6));
  const fn = names.unique(`summarize${type}`);
  return `
export interface ${type} {
  id: string;
  status: ${statuses.map((s) => `'${s}'`).join(' | ')};
  createdAt: number;
  amountCents: number;
  tags: string[];
  owner?: { id: string; email: string };
}

export function ${fn}(items: readonly ${type}[]): { total: number; open: number; averageCents: number } {
  if (items.length === 0) return { total: 0, open: 0, averageCents: 0 };
  let open = 0;
  let sum = 0;
  for (const item of items) {
    if (item.status === '${statuses[0]}' || item.status === '${statuses[1]}') open += 1;
    sum += item.amountCents;
  }
  return { total: items.length, open, averageCents: Math.round(sum / items.length) };
}
`;
};

const reducer: Snippet = (names, random) => {
  const noun = names.noun();
  const state = names.unique(`${capitalize(noun)}State`);
  const action = names.unique(`${capitalize(noun)}Action`);
  const fn = names.unique(`${noun}Reducer`);
  const verbs = random.sample(VERBS, random.int(3, 7));
  return `
interface ${state} {
  readonly items: readonly string[];
  readonly loading: boolean;
  readonly error: string | null;
  readonly page: number;
}

type ${action} =
${verbs.map((verb) => `  | { type: '${noun}/${verb}'; payload: string }`).join('\n')};

export function ${fn}(state: ${state}, action: ${action}): ${state} {
  switch (action.type) {
${verbs
  .map((verb, index) =>
    index === 0
      ? `    case '${noun}/${verb}':\n      return { ...state, loading: true, error: null };`
      : index % 2 === 1
        ? `    case '${noun}/${verb}':\n      return { ...state, items: [...state.items, action.payload], loading: false };`
        : `    case '${noun}/${verb}':\n      return { ...state, page: state.page + 1 };`,
  )
  .join('\n')}
    default:
      return state;
  }
}
`;
};

const httpClient: Snippet = (names, random) => {
  const noun = names.noun();
  const fn = names.unique(`${random.pick(VERBS)}${capitalize(noun)}`);
  const withList = random.chance(0.15);
  const list = withList ? names.unique('RETRYABLE_HTTP_CODES') : '';
  return `
${withList ? `const ${list} = [408, 429, 500, 502, 503, 504];\n` : ''}
export async function ${fn}(baseUrl: string, id: string, attempt = 0): Promise<unknown> {
  const res = await fetch(\`\${baseUrl}/${noun}s/\${encodeURIComponent(id)}\`, { headers: { accept: 'application/json' } });
  if (res.status === 404) return undefined;
  if (res.status === 401 || res.status === 403) throw new Error('not authorised');
  if (${withList ? `${list}.includes(res.status)` : 'res.status >= 500'} && attempt < 3) {
    await sleep(250 * 2 ** attempt);
    return ${fn}(baseUrl, id, attempt + 1);
  }
  if (!res.ok) throw new Error(\`unexpected status \${res.status}\`);
  return res.json();
}
`;
};

const fsErrors: Snippet = (names) => {
  const fn = names.unique('readConfigFile');
  return `
export async function ${fn}(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'EACCES' || code === 'EPERM') throw new Error(\`cannot read \${path}\`);
    throw err;
  }
}
`;
};

const socketClose: Snippet = (names) => {
  const fn = names.unique('onSocketClose');
  return `
export function ${fn}(event: { code: number; reason: string }, reconnect: () => void): void {
  if (event.code === 1000 || event.code === 1001) return;
  if (event.code === 1008) {
    logger.warn('socket closed by policy', event.reason);
    return;
  }
  logger.info('socket dropped', event.code);
  reconnect();
}
`;
};

const databaseErrors: Snippet = (names, random) => {
  const noun = names.noun();
  const fn = names.unique(`insert${capitalize(noun)}`);
  return `
export async function ${fn}(db: Db, row: Record<string, unknown>): Promise<'created' | 'duplicate' | 'retry'> {
  try {
    await db.query('insert into ${noun}s values ($1)', [row]);
    return 'created';
  } catch (error) {
    const pg = error as { code?: string; detail?: string };
    if (pg.code === '23505') return 'duplicate';
    if (pg.code === '${random.pick(['40001', '40P01'])}') return 'retry';
    throw error;
  }
}
`;
};

const processExit: Snippet = (names) => {
  const fn = names.unique('runTask');
  return `
export async function ${fn}(task: () => Promise<number>): Promise<void> {
  const exitCode = await task();
  if (exitCode === 0) return;
  if (exitCode === 2) logger.warn('task finished with warnings');
  else logger.error('task failed with exit code', exitCode);
  process.exitCode = exitCode === 1 ? 1 : 2;
}
`;
};

const formatting: Snippet = (names, random) => {
  const fn = names.unique(`format${capitalize(names.noun())}Line`);
  const width = random.int(20, 60);
  return `
const ${names.unique('CURRENCY_DIGITS')} = 2;

export function ${fn}(label: string, cents: number, locale = 'en-US'): string {
  const amount = (cents / 100).toFixed(2);
  const padded = label.length > ${width} ? \`\${label.slice(0, ${width - 1})}…\` : label.padEnd(${width}, ' ');
  const sign = cents < 0 ? '-' : '';
  return \`\${padded} \${sign}\${amount} (\${locale})\`;
}

export function ${names.unique('percent')}(part: number, whole: number): string {
  if (whole === 0) return '0%';
  return \`\${Math.round((part / whole) * 1000) / 10}%\`;
}
`;
};

const permissions: Snippet = (names, random) => {
  const roles = random.sample(['admin', 'owner', 'editor', 'viewer', 'billing', 'support', 'auditor'], random.int(2, 4));
  const fn = names.unique('canEdit');
  const list = names.unique('EDITOR_ROLES');
  return `
const ${list} = [${roles.map((role) => `'${role}'`).join(', ')}] as const;

export function ${fn}(user: { roles: string[]; suspended?: boolean }, resource: { ownerId: string; locked: boolean }, userId: string): boolean {
  if (user.suspended === true || resource.locked) return false;
  if (resource.ownerId === userId) return true;
  return user.roles.some((role) => (${list} as readonly string[]).includes(role));
}
`;
};

const pagination: Snippet = (names, random) => {
  const fn = names.unique(`paginate${capitalize(names.noun())}s`);
  const max = random.pick([50, 100, 200, 500]);
  return `
export function ${fn}<T>(items: readonly T[], page: number, pageSize = 20): { items: T[]; pages: number; hasMore: boolean } {
  const size = Math.min(Math.max(pageSize, 1), ${max});
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(page, 1), pages);
  const start = (current - 1) * size;
  const slice = items.slice(start, start + size);
  return { items: slice, pages, hasMore: current < pages && slice.length === size };
}
`;
};

const dateUtils: Snippet = (names, random) => {
  const fn = names.unique('addBusinessDays');
  return `
const ${names.unique('MS_PER_DAY')} = 24 * 60 * 60 * 1000;

export function ${fn}(start: Date, days: number): Date {
  const result = new Date(start.getTime());
  let added = 0;
  while (added < days) {
    result.setDate(result.getDate() + 1);
    const weekday = result.getDay();
    if (weekday !== 0 && weekday !== 6) added++;
  }
  return result;
}

export function ${names.unique('isExpired')}(expiresAt: number, now = Date.now(), graceMs = ${random.int(1, 30)} * 1000): boolean {
  return expiresAt + graceMs < now;
}
`;
};

const cacheClass: Snippet = (names, random) => {
  const cls = names.unique(`${capitalize(names.noun())}Cache`);
  return `
export class ${cls}<V> {
  private readonly entries = new Map<string, { value: V; expires: number }>();
  constructor(private readonly ttlMs = ${random.int(1, 10) * 1000}, private readonly maxEntries = ${random.pick([100, 500, 1000])}) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires < Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V): void {
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, expires: Date.now() + this.ttlMs });
  }
}
`;
};

const validation: Snippet = (names) => {
  const fn = names.unique('validateSignup');
  return `
const ${names.unique('EMAIL')} = /^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$/i;

export function ${fn}(input: { email?: string; password?: string; age?: number }): string[] {
  const problems: string[] = [];
  if (!input.email || !/^[^@\\s]+@[^@\\s]+$/.test(input.email)) problems.push('email');
  if (!input.password || input.password.length < 12) problems.push('password');
  if (input.age !== undefined && (input.age < 16 || input.age > 120)) problems.push('age');
  return problems;
}
`;
};

const thirdPartyCodes: Snippet = (names, random) => {
  const fn = names.unique('handleSmsFailure');
  return `
export function ${fn}(err: { code?: number; status?: number; moreInfo?: string }): 'invalid-number' | 'blocked' | 'retry' | 'fail' {
  // Twilio error codes: another provider's numbers under the same property name.
  if (err.code === 21211 || err.code === 21614) return 'invalid-number';
  if (err.code === ${random.pick([21610, 30007])}) return 'blocked';
  if (err.status === 429 || (err.status ?? 0) >= 500) return 'retry';
  return 'fail';
}
`;
};

const grpcStatus: Snippet = (names) => {
  const fn = names.unique('isTransientGrpc');
  return `
export function ${fn}(error: { code: number; details: string }): boolean {
  // gRPC status codes: UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED.
  return error.code === 14 || error.code === 4 || error.code === 8;
}
`;
};

/** Weighted: common shapes first, the near misses rarer. */
export const APP_SNIPPETS: readonly (readonly [Snippet, number])[] = [
  [entityModel, 14],
  [reducer, 8],
  [httpClient, 10],
  [formatting, 10],
  [pagination, 8],
  [dateUtils, 8],
  [cacheClass, 7],
  [validation, 7],
  [permissions, 7],
  [fsErrors, 4],
  [databaseErrors, 4],
  [socketClose, 3],
  [processExit, 3],
  [thirdPartyCodes, 2],
  [grpcStatus, 2],
];
