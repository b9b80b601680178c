/**
 * `settings['whatsapp-errors']`, shared by every rule: codes the project knows before the package
 * does, and the names that mark an expression as holding an error code. Bad settings stop the lint
 * run with a message that names the field and the value, rather than being silently ignored.
 */
import type { ErrorCategory } from 'whatsapp-error-codes';
import { ERROR_CATEGORIES, describeErrorCode } from 'whatsapp-error-codes';

export const SETTINGS_KEY = 'whatsapp-errors';

export const DEFAULT_CODE_NAMES: readonly string[] = ['code', 'errorCode', 'error_code', 'errCode', 'metaCode', 'whatsappCode', 'waCode', 'providerCode', 'graphCode'];

export interface AdditionalCode {
  readonly code: number;
  readonly name: string;
  readonly category: ErrorCategory;
  readonly title?: string;
}

export interface WhatsAppErrorsSettings {
  readonly additionalCodes: readonly AdditionalCode[];
  readonly codeNames: ReadonlySet<string>;
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
          name: { type: 'string', pattern: '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$', description: 'A SCREAMING_SNAKE_CASE name for messages.' },
          category: { enum: ['sender', 'recipient', 'platform'], description: 'Who can act on the failure.' },
          title: { type: 'string', description: "Meta's title, for messages." },
        },
      },
    },
    codeNames: {
      type: 'array',
      description: 'Identifier or property names that hold an error code; replaces the default list.',
      items: { type: 'string', minLength: 1 },
    },
  },
} as const;

const NAME_PATTERN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

function fail(field: string, problem: string, value: unknown): never {
  throw new Error(`Invalid settings['${SETTINGS_KEY}'].${field}: ${problem}, got ${JSON.stringify(value)}.`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const DEFAULT_SETTINGS: WhatsAppErrorsSettings = { additionalCodes: [], codeNames: new Set(DEFAULT_CODE_NAMES) };

/** Parsed once per settings object: ESLint hands every file of a config the same object. */
const cache = new WeakMap<object, WhatsAppErrorsSettings>();

export function parseSettings(raw: unknown): WhatsAppErrorsSettings {
  if (raw === undefined) return DEFAULT_SETTINGS;
  if (!isRecord(raw)) throw new Error(`Invalid settings['${SETTINGS_KEY}']: expected an object with additionalCodes and/or codeNames, got ${JSON.stringify(raw)}.`);
  const cached = cache.get(raw);
  if (cached) return cached;
  for (const key of Object.keys(raw)) {
    if (key !== 'additionalCodes' && key !== 'codeNames') fail(key, 'unknown setting (allowed: additionalCodes, codeNames)', raw[key]);
  }
  const settings: WhatsAppErrorsSettings = {
    additionalCodes: parseAdditionalCodes(raw['additionalCodes']),
    codeNames: parseCodeNames(raw['codeNames']),
  };
  cache.set(raw, settings);
  return settings;
}

function parseCodeNames(value: unknown): ReadonlySet<string> {
  if (value === undefined) return DEFAULT_SETTINGS.codeNames;
  if (!Array.isArray(value)) fail('codeNames', 'must be an array of names', value);
  value.forEach((name, index) => {
    if (typeof name !== 'string' || name.trim() === '') fail(`codeNames[${index}]`, 'must be a non-empty string', name);
  });
  return new Set(value as string[]);
}

function parseAdditionalCodes(value: unknown): readonly AdditionalCode[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail('additionalCodes', 'must be an array of { code, name, category, title? }', value);
  const seenCodes = new Set<number>();
  const seenNames = new Set<string>();
  return value.map((item: unknown, index): AdditionalCode => {
    const at = `additionalCodes[${index}]`;
    if (!isRecord(item)) fail(at, 'must be an object { code, name, category, title? }', item);
    for (const key of Object.keys(item)) {
      if (!['code', 'name', 'category', 'title'].includes(key)) fail(`${at}.${key}`, 'unknown field (allowed: code, name, category, title)', item[key]);
    }
    const { code, name, category, title } = item;
    if (typeof code !== 'number' || !Number.isSafeInteger(code) || code < 0) fail(`${at}.code`, 'must be a non-negative integer', code);
    const known = describeErrorCode(code);
    if (known) fail(`${at}.code`, `is already in the catalog as ${known.name}; remove it from additionalCodes`, code);
    if (seenCodes.has(code)) fail(`${at}.code`, 'is listed twice', code);
    seenCodes.add(code);
    if (typeof name !== 'string' || !NAME_PATTERN.test(name)) fail(`${at}.name`, 'must be a SCREAMING_SNAKE_CASE name such as TEMPLATE_QUOTA_HIT', name);
    if (seenNames.has(name)) fail(`${at}.name`, 'is listed twice', name);
    seenNames.add(name);
    if (typeof category !== 'string' || !(ERROR_CATEGORIES as readonly string[]).includes(category)) {
      fail(`${at}.category`, `must be one of ${ERROR_CATEGORIES.join(', ')}`, category);
    }
    if (title !== undefined && typeof title !== 'string') fail(`${at}.title`, 'must be a string', title);
    return { code, name, category: category as ErrorCategory, ...(typeof title === 'string' && { title }) };
  });
}

export function readSettings(context: { readonly settings: Readonly<Record<string, unknown>> }): WhatsAppErrorsSettings {
  return parseSettings(context.settings[SETTINGS_KEY]);
}
