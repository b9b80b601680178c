/**
 * `settings['whatsapp-errors']`, shared by every rule: codes the project knows before the package
 * does, the names that mark an expression as holding an error code, and the names that mark a
 * table of codes.
 *
 * Bad settings stop the lint run with one line that names `settings['whatsapp-errors']`, the field
 * (`additionalCodes[1].code`) and the value as written (`NaN`, `Infinity`, `-0`, `131099n`), and says
 * what to write instead: no stack trace, and no rule blamed (the settings are no rule's). Settings
 * only reach rules, so a rule throws the error when it first reads them; see `SettingsError` for how
 * the error keeps ESLint from adding a rule name or a stack.
 */
import {
  ERROR_CATEGORIES,
  ERROR_SUBCODE_ENTRIES,
  WhatsAppErrorCode,
  WhatsAppErrorSubcode,
  describeErrorCode,
  editDistance,
  type ErrorCategory,
} from 'whatsapp-error-codes';

export const SETTINGS_KEY = 'whatsapp-errors';

export const DEFAULT_CODE_NAMES: readonly string[] = [
  'code',
  'errorCode',
  'error_code',
  'errCode',
  'metaCode',
  'metaErrorCode',
  'whatsappCode',
  'waCode',
  'providerCode',
  'graphCode',
  // The same words in the languages integrations are written in.
  'codigo',
  'código',
  'codigoError',
  'codigoErro',
  'codeErreur',
];

/** Names of tables of codes: `*` stands for any text; matched case-insensitively, with `_` and `-` left out. */
export const DEFAULT_TABLE_NAMES: readonly string[] = ['*codes', '*errors', 'error*', 'codigos*', 'erros*', 'errores*', 'erreurs*'];

export interface AdditionalCode {
  readonly code: number;
  readonly name: string;
  readonly category: ErrorCategory;
  readonly title?: string;
}

export interface WhatsAppErrorsSettings {
  readonly additionalCodes: readonly AdditionalCode[];
  readonly codeNames: ReadonlySet<string>;
  /** Whether a name (of a variable, field or property holding a table) names a table of codes. */
  readonly isTableName: (name: string) => boolean;
}

/** JSON schema of the settings, for documentation and editor tooling. */
export const settingsSchema = {
  type: 'object',
  description: "Settings shared by every whatsapp-errors rule, under settings['whatsapp-errors'].",
  additionalProperties: false,
  properties: {
    additionalCodes: {
      type: 'array',
      description: 'Codes your project knows before this package does. They count as known everywhere.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'name', 'category'],
        properties: {
          code: { type: 'integer', minimum: 0, description: 'The numeric code Meta sends; must not already be in the catalog.' },
          name: { type: 'string', pattern: '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$', description: 'A SCREAMING_SNAKE_CASE name for messages, unlike any constant of the kit.' },
          category: { enum: ['sender', 'recipient', 'platform'], description: 'Who can act on the failure.' },
          title: { type: 'string', description: "Meta's title, for messages." },
        },
      },
    },
    codeNames: {
      type: 'array',
      minItems: 1,
      description: 'Identifier or property names that hold an error code (names, not paths); replaces the default list.',
      items: { type: 'string', minLength: 1 },
    },
    tableNames: {
      type: 'array',
      minItems: 1,
      description: 'Names of tables of codes (`*` for any text; case, `_` and `-` ignored); replaces the default list.',
      items: { type: 'string', minLength: 1 },
    },
  },
} as const;

const FIELDS: readonly string[] = Object.keys(settingsSchema.properties);
const ENTRY_FIELDS: readonly string[] = Object.keys(settingsSchema.properties.additionalCodes.items.properties);
const NAME_PATTERN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
/** An identifier, or a property name written with `-` (`error-code` in a JSON body). */
const PROPERTY_NAME = /^[\p{ID_Start}$_-][\p{ID_Continue}$\u200C\u200D-]*$/u;

const SETTINGS = `settings[${quoteKey(SETTINGS_KEY)}]`;
const EXAMPLE_ENTRY = '{ code: 131099, name: "TEMPLATE_QUOTA_HIT", category: "sender" }';

// ── The error ─────────────────────────────────────────────────────────────────────────────────

/**
 * A settings problem, as one line that is both its `message` and its `stack`.
 *
 * ESLint's CLI prints a fatal error's `stack` (after its "Oops! Something went wrong!" banner), in
 * 8.57, 9 and 10 alike; a `messageTemplate` would have to name a file of ESLint's own `messages/`.
 * A rule that throws gets its `message` rewritten on the way out: "Error while loading rule 'x': "
 * in front when `create` threw, "\nOccurred while linting <file>:<line>" and "\nRule: "x"" behind
 * when a listener did. So the stack is the message alone (no frames), and `message` ignores those
 * writes: whoever shows the error (the CLI, an editor, the Node API's rejection) shows the one line,
 * and no rule. Both survive `--concurrency`, whose worker threads copy an error's properties.
 */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
  constructor(message: string) {
    super(message);
    Object.defineProperties(this, {
      message: {
        get: () => message,
        // A setter that does nothing: ESLint's strict-mode `ex.message = …` must not throw a TypeError instead.
        set: () => {},
        enumerable: false,
        configurable: true,
      },
      stack: { value: message, writable: true, enumerable: false, configurable: true },
    });
  }
}

/** Values longer than this are cut (with `…`): the message stays one readable line. */
const SHOWN_LENGTH = 100;

/**
 * A value as the user wrote it: `NaN`, `Infinity`, `-0` and `131099n` stay what they are (JSON would
 * print `null`, `null`, `0` and throw), strings are quoted, objects and arrays are written as literals.
 */
export function showValue(value: unknown): string {
  const shown = show(value, 0, new Set());
  return shown.length > SHOWN_LENGTH ? `${shown.slice(0, SHOWN_LENGTH - 1)}…` : shown;
}

function show(value: unknown, depth: number, seen: Set<object>): string {
  switch (typeof value) {
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
      return value.description === undefined ? 'Symbol()' : `Symbol(${JSON.stringify(value.description)})`;
    case 'function':
      return value.name ? `function ${value.name}` : 'a function';
  }
  if (value === null) return 'null';
  const object = value as object;
  if (object instanceof RegExp) return String(object);
  if (seen.has(object)) return '(circular)';
  if (Array.isArray(object)) {
    if (object.length === 0) return '[]';
    if (depth >= 3) return '[…]';
    seen.add(object);
    const items = Array.from(object, (item: unknown) => show(item, depth + 1, seen));
    seen.delete(object);
    return `[${items.join(', ')}]`;
  }
  const prototype: unknown = Object.getPrototypeOf(object);
  if (prototype !== Object.prototype && prototype !== null) {
    const name = (prototype as { constructor?: { name?: unknown } }).constructor?.name;
    return `${typeof name === 'string' && name !== '' ? name : 'an object'} {…}`;
  }
  const entries = Object.entries(object);
  if (entries.length === 0) return '{}';
  if (depth >= 3) return '{…}';
  seen.add(object);
  const members = entries.map(([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${show(item, depth + 1, seen)}`);
  seen.delete(object);
  return `{ ${members.join(', ')} }`;
}

/** A key in quotes, as a config file writes it: `'whatsapp-errors'`. */
function quoteKey(key: string): string {
  return `'${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** `.codeNames`, `[2]`, `['my key']`: a member of a path, as JavaScript writes it. */
function member(key: string | number): string {
  if (typeof key === 'number') return `[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${quoteKey(key)}]`;
}

/**
 * Stops the run: `Invalid settings['whatsapp-errors']<path>: <problem>, got <value>. <fix>`. The
 * problem says what the field must be; the fix, a sentence of its own, what to write instead.
 */
function fail(path: string, problem: string, value: unknown, fix?: string): never {
  throw new SettingsError(`Invalid ${SETTINGS}${path}: ${problem}, got ${showValue(value)}.${fix === undefined ? '' : ` ${fix}`}`);
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The allowed key closest to a mistyped one (case ignored; a third of its letters may differ, at most 3), if any. */
function closest(key: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const limit = Math.min(3, Math.max(1, Math.floor(candidate.length / 3)));
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase(), limit);
    if (distance <= limit && distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function rejectUnknownKeys(object: Readonly<Record<string, unknown>>, path: string, allowed: readonly string[], what: string): void {
  for (const key of Object.keys(object)) {
    if (allowed.includes(key)) continue;
    const near = closest(key, allowed);
    fail(`${path}${member(key)}`, `unknown ${what} (allowed: ${allowed.join(', ')})`, object[key], near === undefined ? 'Remove it.' : `Rename it ${near}.`);
  }
}

// ── Table name patterns ─────────────────────────────────────────────────────────────────────

/** Case, `_` and `-` do not count in table names: `ERROR_CODES`, `errorCodes` and `error-codes` are one name. */
function foldName(name: string): string {
  return name.toLowerCase().replace(/[_-]/g, '');
}

function namePattern(pattern: string): RegExp {
  const parts = foldName(pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`, 'u');
}

/** Answers per name are remembered, up to this many names, then forgotten all at once. */
const MEMO_LIMIT = 10_000;

function tableNameMatcher(patterns: readonly string[]): (name: string) => boolean {
  const expressions = patterns.map(namePattern);
  const memo = new Map<string, boolean>();
  return (name) => {
    let answer = memo.get(name);
    if (answer === undefined) {
      const folded = foldName(name);
      answer = expressions.some((expression) => expression.test(folded));
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(name, answer);
    }
    return answer;
  };
}

const DEFAULT_SETTINGS: WhatsAppErrorsSettings = {
  additionalCodes: [],
  codeNames: new Set(DEFAULT_CODE_NAMES),
  isTableName: tableNameMatcher(DEFAULT_TABLE_NAMES),
};

// ── The kit's constant names ──────────────────────────────────────────────────────────────────

/** Every constant name the kit exports, with what it is: an added code must not reuse one. */
const KIT_NAMES: ReadonlyMap<string, string> = (() => {
  const names = new Map<string, string>();
  for (const [name, code] of Object.entries(WhatsAppErrorCode)) {
    const entry = describeErrorCode(code);
    const alias = entry !== undefined && entry.name !== name ? `, a deprecated alias of ${entry.name}` : '';
    names.set(name, `WhatsAppErrorCode.${name} (code ${code}${alias})`);
  }
  for (const [name, subcode] of Object.entries(WhatsAppErrorSubcode)) {
    const parent = ERROR_SUBCODE_ENTRIES.find((entry) => entry.name === name)?.code;
    names.set(name, `WhatsAppErrorSubcode.${name} (subcode ${subcode}${parent === undefined ? '' : ` under code ${parent}`})`);
  }
  return names;
})();

// ── Parsing ───────────────────────────────────────────────────────────────────────────────────

/** Parsed once per settings object: ESLint hands every file of a config the same object. */
const cache = new WeakMap<object, WhatsAppErrorsSettings>();

/** `settings['whatsapp-errors']` checked and parsed; `undefined` gives the defaults. Throws a `SettingsError`. */
export function parseSettings(raw: unknown): WhatsAppErrorsSettings {
  if (raw === undefined) return DEFAULT_SETTINGS;
  if (!isRecord(raw)) {
    fail('', 'must be an object', raw, `Write an object with any of ${FIELDS.join(', ')}, or leave ${SETTINGS} out for the defaults.`);
  }
  const cached = cache.get(raw);
  if (cached) return cached;
  rejectUnknownKeys(raw, '', FIELDS, 'setting');
  const settings: WhatsAppErrorsSettings = {
    additionalCodes: parseAdditionalCodes(raw['additionalCodes']),
    codeNames: raw['codeNames'] === undefined ? DEFAULT_SETTINGS.codeNames : new Set(parseNames(raw['codeNames'], 'codeNames')),
    isTableName: raw['tableNames'] === undefined ? DEFAULT_SETTINGS.isTableName : tableNameMatcher(parseNames(raw['tableNames'], 'tableNames')),
  };
  cache.set(raw, settings);
  return settings;
}

const NAME_LISTS = {
  codeNames: { example: '"errorCode"', wildcards: false, reads: 'every check that finds codes by the name that holds them' },
  tableNames: { example: '"*Codes"', wildcards: true, reads: 'every check that finds tables of codes by their name' },
} as const;

function parseNames(value: unknown, field: keyof typeof NAME_LISTS): string[] {
  const { example, wildcards, reads } = NAME_LISTS[field];
  const path = member(field);
  if (!Array.isArray(value)) {
    fail(path, 'must be an array of names', value, typeof value === 'string' ? `Write [${JSON.stringify(value)}].` : `Write an array such as [${example}], or leave ${field} out for the defaults.`);
  }
  if (value.length === 0) fail(path, 'must list at least one name', value, `Leave ${field} out for the defaults: an empty list would switch off ${reads}.`);
  const names: string[] = [];
  // An index loop, not forEach: a hole (`['code', , 'reason']`) is a missing name too.
  for (let index = 0; index < value.length; index++) {
    const name: unknown = value[index];
    const at = `${path}[${index}]`;
    if (typeof name !== 'string' || name === '') fail(at, 'must be a non-empty string', name, `Write a name such as ${example}, or remove the entry.`);
    const trimmed = name.trim();
    if (trimmed === '') fail(at, 'must be a name', name, `Write a name such as ${example}, or remove the entry.`);
    if (trimmed.includes('.')) {
      const last = trimmed.split(/\??\./).at(-1)!.trim();
      const fix = isName(last, wildcards) ? `Write ${JSON.stringify(last)}, which matches every ….${last}.` : `Write the last name of the path, such as ${example}.`;
      fail(at, 'must be a name, not a path', name, fix);
    }
    if (!wildcards && name.includes('*')) {
      fail(at, 'must be a name: codeNames lists exact names (* is for tableNames)', name, `Write each name in full, such as ${example}.`);
    }
    if (wildcards && foldName(trimmed).replaceAll('*', '') === '') {
      fail(at, 'must hold a name besides *', name, `Write a pattern such as ${example}: a lone * would take every table for a table of codes.`);
    }
    if (!isName(name, wildcards)) {
      const fix = trimmed !== name && isName(trimmed, wildcards) ? `Write ${JSON.stringify(trimmed)}, without the spaces.` : `Write a name such as ${example}.`;
      fail(at, `must be an identifier or property name${wildcards ? ', with * for any text' : ''}`, name, fix);
    }
    names.push(name);
  }
  return names;
}

function isName(name: string, wildcards: boolean): boolean {
  const bare = wildcards ? name.replaceAll('*', '') : name;
  return PROPERTY_NAME.test(bare) && /[^-]/.test(bare);
}

/** `newCode`, `new-code`, `New Code` → `NEW_CODE`: the SCREAMING_SNAKE_CASE a name was meant to be, if one is plain. */
function screamingSnake(name: string): string | undefined {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const candidate = words.join('_').toUpperCase();
  return NAME_PATTERN.test(candidate) ? candidate : undefined;
}

function parseAdditionalCodes(value: unknown): readonly AdditionalCode[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    fail('.additionalCodes', 'must be an array of { code, name, category, title? }', value, isRecord(value) ? 'Wrap the entry in [ ].' : `Write an array of entries such as [${EXAMPLE_ENTRY}].`);
  }
  const indexOfCode = new Map<number, number>();
  const indexOfName = new Map<string, number>();
  const parsed: AdditionalCode[] = [];
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    const at = `.additionalCodes[${index}]`;
    if (!isRecord(item)) fail(at, 'must be an object { code, name, category, title? }', item, `Write an entry such as ${EXAMPLE_ENTRY}.`);
    rejectUnknownKeys(item, at, ENTRY_FIELDS, 'field');
    const code = parseCode(item['code'], `${at}.code`, indexOfCode);
    const name = parseName(item['name'], `${at}.name`, code, indexOfName);
    const category = item['category'];
    if (typeof category !== 'string' || !(ERROR_CATEGORIES as readonly string[]).includes(category)) {
      const meant = typeof category === 'string' ? ERROR_CATEGORIES.find((known) => known === category.trim().toLowerCase()) : undefined;
      fail(`${at}.category`, `must be one of ${ERROR_CATEGORIES.join(', ')}`, category, meant === undefined ? undefined : `Write ${JSON.stringify(meant)}.`);
    }
    const title = item['title'];
    if (title !== undefined && typeof title !== 'string') fail(`${at}.title`, 'must be a string', title, "Write Meta's title in quotes, or leave title out.");
    indexOfCode.set(code, index);
    indexOfName.set(name, index);
    parsed.push({ code, name, category: category as ErrorCategory, ...(title !== undefined && { title }) });
  }
  return parsed;
}

function parseCode(code: unknown, at: string, indexOfCode: ReadonlyMap<number, number>): number {
  if (typeof code !== 'number' || !Number.isSafeInteger(code) || code < 0) {
    // A code written as a string of digits or as a bigint: the number it was meant to be.
    const meant = (typeof code === 'string' && /^\s*\d+\s*$/.test(code)) || typeof code === 'bigint' ? Number(code) : undefined;
    const fix =
      meant !== undefined && Number.isSafeInteger(meant) && meant >= 0
        ? `Write ${meant}, ${typeof code === 'string' ? 'without quotes' : 'without the n'}.`
        : 'Write the numeric code Meta sends, such as 131099.';
    fail(at, 'must be a non-negative integer', code, fix);
  }
  // `-0` passes as the integer 0, which the catalog has (and the message shows the -0 as written).
  const known = describeErrorCode(code);
  if (known) {
    const range = known.rangeEnd === undefined ? '' : ` (${known.code}–${known.rangeEnd})`;
    fail(at, `is already in the catalog as ${known.name}${range}; remove it from additionalCodes`, code);
  }
  const first = indexOfCode.get(code);
  if (first !== undefined) fail(at, 'is listed twice', code, `Keep one entry per code: additionalCodes[${first}] has it already.`);
  return code;
}

function parseName(name: unknown, at: string, code: number, indexOfName: ReadonlyMap<string, number>): string {
  if (typeof name !== 'string' || !NAME_PATTERN.test(name)) {
    const meant = typeof name === 'string' ? screamingSnake(name) : undefined;
    fail(at, 'must be a SCREAMING_SNAKE_CASE name such as TEMPLATE_QUOTA_HIT', name, meant === undefined ? undefined : `Write ${JSON.stringify(meant)}.`);
  }
  const constant = KIT_NAMES.get(name);
  if (constant !== undefined) fail(at, `is already the name of the kit's ${constant}`, name, `Choose a name of your own, such as ${JSON.stringify(`${name}_${code}`)}.`);
  const first = indexOfName.get(name);
  if (first !== undefined) fail(at, 'is listed twice', name, `Give each code its own name: additionalCodes[${first}] is named ${name} already.`);
  return name;
}

// ── Reading from a rule ───────────────────────────────────────────────────────────────────────

/** The package names (folded), which people write as the settings key by mistake. */
const PACKAGE_KEYS = new Set(['whatsapperrorcodes', 'eslintpluginwhatsapperrors']);

/** A key that looks like ours but is not (`whatsappErrors`, `whatsapp-error`, the package names): settings under it would be silently ignored. */
function nearMissKey(settings: Readonly<Record<string, unknown>>): string | undefined {
  for (const key of Object.keys(settings)) {
    if (key === SETTINGS_KEY) continue;
    const folded = key.toLowerCase().replace(/[^a-z]/g, '');
    if (PACKAGE_KEYS.has(folded) || editDistance(folded, 'whatsapperrors', 2) <= 2) return key;
  }
  return undefined;
}

const nearMissChecked = new WeakSet<object>();

function isEmpty(settings: Readonly<Record<string, unknown>>): boolean {
  for (const key in settings) if (Object.hasOwn(settings, key)) return false;
  return true;
}
const NO_SETTINGS: Readonly<Record<string, unknown>> = Object.freeze({});

/** The settings of the file being linted: what every rule calls, the first time it needs them. Throws a `SettingsError`. */
export function readSettings(context: { readonly settings: Readonly<Record<string, unknown>> }): WhatsAppErrorsSettings {
  // ESLint always hands rules a settings object; a host that does not (an older oxlint) gets the defaults.
  const all: Readonly<Record<string, unknown>> = context.settings ?? NO_SETTINGS;
  // Without settings ESLint hands each file a new empty object: nothing to check, nothing to remember.
  if (isEmpty(all)) return DEFAULT_SETTINGS;
  if (!nearMissChecked.has(all)) {
    const near = nearMissKey(all);
    if (near !== undefined) {
      const folded = near.toLowerCase().replace(/[^a-z]/g, '');
      const why = PACKAGE_KEYS.has(folded) ? ' (the rule prefix, not the package name)' : '';
      const move = SETTINGS_KEY in all ? `Move them into ${SETTINGS}` : `Write them under ${SETTINGS}`;
      throw new SettingsError(`Invalid settings[${quoteKey(near)}]: not read by eslint-plugin-whatsapp-errors, got ${showValue(all[near])}. ${move} instead${why}.`);
    }
    nearMissChecked.add(all);
  }
  return parseSettings(all[SETTINGS_KEY]);
}
