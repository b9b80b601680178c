/**
 * The catalog file, field by field: one description that both the validator (`validate.ts`)
 * and the JSON schema for editors (`catalog.schema.json`, generated from `toJsonSchema`) are
 * derived from, so the two cannot drift. What a field spec cannot say (a code used twice, a
 * replacement that is not a live code, a class nobody defined) the validator checks across
 * entries, and the schema's descriptions say so.
 */
import type { ArrivalPath, ErrorCategory, ForeignProductKind, RetiredPlatform, RetryAction, WordLanguage } from './schema.js';

export type FieldSpec =
  | { readonly type: 'integer'; readonly minimum: number; readonly maximum?: number; readonly must: string; readonly description: string }
  | { readonly type: 'text'; readonly pattern?: RegExp; readonly must?: string; readonly description: string }
  | { readonly type: 'enum'; readonly values: readonly string[]; readonly description: string }
  | { readonly type: 'list'; readonly items: FieldSpec; readonly minItems?: number; readonly description: string }
  | { readonly type: 'object'; readonly fields: Readonly<Record<string, FieldSpec>>; readonly required: readonly string[]; readonly description: string };

export const CATEGORY_VALUES: readonly ErrorCategory[] = ['sender', 'recipient', 'platform'];
export const RETRY_ACTION_VALUES: readonly RetryAction[] = [
  'retry',
  'retry-with-backoff',
  'wait',
  'send-template',
  'refresh-token',
  'fix-request',
  'fix-account',
  'do-not-retry',
  'contact-support',
];
export const ARRIVAL_PATH_VALUES: readonly ArrivalPath[] = ['response', 'status-webhook', 'message-webhook', 'account-webhook', 'call-webhook', 'history-webhook', 'health-status'];
export const RETIRED_PLATFORM_VALUES: readonly RetiredPlatform[] = ['cloud', 'on-premises'];
export const FOREIGN_PRODUCT_KIND_VALUES: readonly ForeignProductKind[] = ['graph-api', 'meta-product', 'provider'];
export const WORD_LANGUAGES: readonly WordLanguage[] = ['en', 'es', 'pt', 'fr'];

export const CONSTANT_NAME_PATTERN = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/** Largest span of a range entry; keeps a typo such as `rangeEnd: 2999` from bloating the union type. */
export const MAX_RANGE_LENGTH = 1000;

const code = (description: string): FieldSpec => ({ type: 'integer', minimum: 0, must: 'a non-negative integer', description });
const text = (description: string): FieldSpec => ({ type: 'text', description });

/** A phrase of the catalog's vocabulary: lower case in any script, so that matching can fold case once. */
const phrase: FieldSpec = { type: 'text', pattern: /^[^\p{Lu}]+$/u, must: 'lower case', description: 'A word or phrase, lower case.' };

const LANGUAGE_NAMES: Readonly<Record<WordLanguage, string>> = { en: 'English', es: 'Spanish', pt: 'Portuguese', fr: 'French' };

const words = (description: string): FieldSpec => ({
  type: 'object',
  description,
  required: ['en'],
  fields: Object.fromEntries(WORD_LANGUAGES.map((language) => [language, { type: 'list', items: phrase, description: `Phrases in ${LANGUAGE_NAMES[language]}.` } satisfies FieldSpec])),
});

/** The fields code and subcode entries share. */
const entryFields: Readonly<Record<string, FieldSpec>> = {
  name: {
    type: 'text',
    pattern: CONSTANT_NAME_PATTERN,
    must: 'a SCREAMING_SNAKE_CASE constant name such as RATE_LIMIT_HIT',
    description: 'Canonical constant name, unique across codes and subcodes (checked by the validator).',
  },
  title: text("Meta's short title where one exists, else the details text Meta documents."),
  category: { type: 'enum', values: CATEGORY_VALUES, description: 'Who can act on the failure: the business (sender), the recipient, or Meta (platform).' },
  class: { type: 'text', pattern: /^[a-z]+(?:-[a-z]+)*$/, must: 'a kebab-case class id', description: 'The id of the meaning class, one of "classes" (checked by the validator).' },
  summary: text('One or two sentences in our own words.'),
  retry: {
    type: 'object',
    description: 'What to do with the request that failed.',
    required: ['action'],
    fields: {
      action: { type: 'enum', values: RETRY_ACTION_VALUES, description: 'The next step: retry, retry-with-backoff, wait, send-template, refresh-token, fix-request, fix-account, do-not-retry or contact-support.' },
      minDelaySeconds: { type: 'integer', minimum: 1, must: 'a whole number of seconds, at least 1', description: 'The shortest wait Meta documents before sending again.' },
      maxAttempts: { type: 'integer', minimum: 1, must: 'a whole number, at least 1', description: 'How many more attempts are worth it at most.' },
    },
  },
  arrives: {
    type: 'list',
    items: { type: 'enum', values: ARRIVAL_PATH_VALUES, description: 'An arrival path.' },
    minItems: 1,
    description: 'Where the code reaches an integration: the API response, a webhook, or the Health Status API.',
  },
  aliases: { type: 'list', items: text('An alias.'), description: 'Other titles and names the code goes by.' },
  keywords: words('Words that describe this entry and no other (unique across entries, checked by the validator).'),
  deprecatedNames: {
    type: 'list',
    items: { type: 'text', pattern: CONSTANT_NAME_PATTERN, must: 'a SCREAMING_SNAKE_CASE constant name', description: 'A former constant name.' },
    description: 'Former constant names, kept on WhatsAppErrorCode as deprecated aliases.',
  },
  docsUrl: { type: 'text', pattern: /^https:\/\/\S+$/, must: 'an https URL', description: "The Meta page that documents the code." },
  httpStatus: { type: 'integer', minimum: 100, maximum: 599, must: 'an HTTP status between 100 and 599', description: 'The HTTP status Meta documents for the response.' },
  metaGroup: text("Meta's own group on its error-codes page."),
  notes: text('Anything else worth knowing, in our own words.'),
};

const entryRequired = ['name', 'title', 'category', 'class', 'summary', 'retry', 'arrives', 'aliases', 'keywords', 'docsUrl'];

export const CODE_ENTRY: FieldSpec = {
  type: 'object',
  description: 'A code Meta documents. Codes and range values are unique across the catalog (checked by the validator).',
  required: ['code', ...entryRequired],
  fields: {
    code: code('The numeric code Meta sends; for a range, its first value.'),
    rangeEnd: code(`The inclusive last code of a range entry: greater than "code", less than code + ${MAX_RANGE_LENGTH} (checked by the validator).`),
    ...entryFields,
    sharedFamily: text(
      "The numbering Meta shares between products that the code is one member of (the business-use-case rate limits, one code per product in 80000–80014): beside another product's codes the lint rules judge it by its company, not as WhatsApp's alone.",
    ),
  },
};

export const SUBCODE_ENTRY: FieldSpec = {
  type: 'object',
  description: 'An error_subcode and the code it arrives under: the pair is unique, and the code is a code of the catalog (checked by the validator).',
  required: ['code', 'subcode', ...entryRequired],
  fields: {
    code: code('The parent code the subcode arrives under.'),
    subcode: code('The error_subcode value.'),
    ...entryFields,
  },
};

export const RETIRED_ENTRY: FieldSpec = {
  type: 'object',
  description: 'A code Meta no longer sends. It collides with no live code; its replacement is a live code (checked by the validator).',
  required: ['code', 'title', 'platform'],
  fields: {
    code: code('The retired code.'),
    title: text('Its title when it was in use.'),
    platform: { type: 'enum', values: RETIRED_PLATFORM_VALUES, description: 'Where it was used.' },
    replacement: code('The live Cloud API code that reports the same failure today.'),
    notes: text('Anything else worth knowing.'),
  },
};

export const MEANING_CLASS: FieldSpec = {
  type: 'object',
  description: 'A meaning class: what a family of codes is about. Ids are unique (checked by the validator).',
  required: ['id', 'title', 'words'],
  fields: {
    id: { type: 'text', pattern: /^[a-z]+(?:-[a-z]+)*$/, must: 'a kebab-case id', description: 'The id entries name in "class".' },
    title: text('What the class is about.'),
    words: words('Words that describe this class and no other.'),
    suggest: {
      type: 'list',
      items: code('A code.'),
      minItems: 1,
      description: 'The codes to propose when a label names this class but no single code: live codes of this class (checked by the validator).',
    },
    overlaps: {
      type: 'list',
      items: { type: 'text', pattern: /^[a-z]+(?:-[a-z]+)*$/, must: 'a kebab-case id', description: 'The id of another class.' },
      minItems: 1,
      description: "Classes whose words code often uses for this class's codes, and the other way round: a label of one on a code of the other is no finding. Ids of other classes (checked by the validator).",
    },
    sharedWords: {
      type: 'list',
      minItems: 1,
      description: "Words of this class that code also uses for other classes' codes: on a code of those classes they are no finding; elsewhere they name this class.",
      items: {
        type: 'object',
        description: 'Words of this class that describe the codes of other classes too.',
        required: ['with', 'words'],
        fields: {
          with: {
            type: 'list',
            items: { type: 'text', pattern: /^[a-z]+(?:-[a-z]+)*$/, must: 'a kebab-case id', description: 'The id of another class.' },
            minItems: 1,
            description: 'The other classes whose codes the words describe as well: ids of other classes (checked by the validator).',
          },
          words: words('The shared words; unique across the catalog like every other word (checked by the validator).'),
        },
      },
    },
  },
};

export const EXCLUSION: FieldSpec = {
  type: 'object',
  description: 'Codes left out on purpose, and why.',
  required: ['codes', 'title', 'reason'],
  fields: {
    codes: { type: 'list', items: code('A code.'), minItems: 1, description: 'The codes left out.' },
    title: text('What they are.'),
    reason: text('Why they are not in the catalog.'),
  },
};

export const FOREIGN_PRODUCT: FieldSpec = {
  type: 'object',
  description: "Another product's codes that integrations compare beside WhatsApp's: never WhatsApp codes, never unknown ones. None is in the catalog (checked by the validator).",
  required: ['product', 'kind', 'codes', 'words'],
  fields: {
    product: text('The product the codes belong to.'),
    kind: {
      type: 'enum',
      values: FOREIGN_PRODUCT_KIND_VALUES,
      description:
        "Whose the codes are: graph-api (the Graph API's own; Graph's generic codes beside them keep their one meaning), meta-product (another Meta product; a generic code beside its codes may be that product's), provider (another company).",
    },
    codes: { type: 'list', items: code('A code.'), minItems: 1, description: "The product's codes." },
    words: words('Words that name the product in a comment or a name (never a word of a class or a code).'),
  },
};

/** The lists of a catalog file, in the order the file keeps them; `codes` is required, the others default to empty. */
export const CATALOG_LISTS = {
  classes: MEANING_CLASS,
  codes: CODE_ENTRY,
  subcodes: SUBCODE_ENTRY,
  retired: RETIRED_ENTRY,
  excluded: EXCLUSION,
  foreign: FOREIGN_PRODUCT,
} as const satisfies Readonly<Record<string, FieldSpec>>;

export type CatalogList = keyof typeof CATALOG_LISTS;

function show(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a value of `spec` must be, for messages: "must be one of sender, recipient, platform". */
function expectation(spec: FieldSpec): string {
  switch (spec.type) {
    case 'integer':
      return spec.must;
    case 'text':
      return spec.must ?? 'a non-empty string';
    case 'enum':
      return `one of ${spec.values.join(', ')}`;
    case 'list':
      return spec.minItems ? `an array of at least ${spec.minItems} item${spec.minItems === 1 ? '' : 's'}` : 'an array';
    case 'object':
      return 'an object';
  }
}

/**
 * Checks `value` against `spec`, pushing one message per defect: `${where}: field "${path}" must
 * be …, got …`. Objects also report missing required fields and unknown ones.
 */
export function checkField(spec: FieldSpec, value: unknown, where: string, path: string, problems: string[]): void {
  const fail = (): void => {
    problems.push(`${where}: field "${path}" must be ${expectation(spec)}, got ${show(value)}`);
  };
  switch (spec.type) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < spec.minimum || (spec.maximum !== undefined && value > spec.maximum)) fail();
      return;
    case 'text':
      if (typeof value !== 'string' || value.trim() === '') {
        problems.push(`${where}: field "${path}" must be a non-empty string${spec.must ? ` (${spec.must})` : ''}, got ${show(value)}`);
      } else if (spec.pattern && !spec.pattern.test(value)) {
        fail();
      }
      return;
    case 'enum':
      if (typeof value !== 'string' || !spec.values.includes(value)) fail();
      return;
    case 'list': {
      if (!Array.isArray(value) || value.length < (spec.minItems ?? 0)) {
        fail();
        return;
      }
      const seen = new Set<string>();
      value.forEach((item: unknown, index) => {
        checkField(spec.items, item, where, `${path}[${index}]`, problems);
        const key = JSON.stringify(item);
        if (seen.has(key)) problems.push(`${where}: field "${path}" lists ${key} twice`);
        seen.add(key);
      });
      return;
    }
    case 'object': {
      if (!isRecord(value)) {
        fail();
        return;
      }
      checkObject(spec, value, where, path, problems);
      return;
    }
  }
}

/** The fields of an object spec: unknown keys, then each field (required ones reported when missing). */
export function checkObject(spec: Extract<FieldSpec, { type: 'object' }>, value: Readonly<Record<string, unknown>>, where: string, path: string, problems: string[]): void {
  const prefix = path === '' ? '' : `${path}.`;
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(spec.fields, key)) problems.push(`${where}: unknown field "${prefix}${key}" (allowed: ${Object.keys(spec.fields).join(', ')})`);
  }
  for (const [key, field] of Object.entries(spec.fields)) {
    if (value[key] === undefined && !spec.required.includes(key)) continue;
    checkField(field, value[key], where, `${prefix}${key}`, problems);
  }
}

type JsonSchema = Readonly<Record<string, unknown>>;

/** The JSON schema of a field spec, for editors. */
export function toJsonSchema(spec: FieldSpec): JsonSchema {
  switch (spec.type) {
    case 'integer':
      return { type: 'integer', minimum: spec.minimum, ...(spec.maximum !== undefined && { maximum: spec.maximum }), description: spec.description };
    case 'text':
      return { type: 'string', minLength: 1, pattern: spec.pattern?.source ?? '\\S', description: spec.description };
    case 'enum':
      return { enum: spec.values, description: spec.description };
    case 'list':
      return { type: 'array', items: toJsonSchema(spec.items), uniqueItems: true, ...(spec.minItems !== undefined && { minItems: spec.minItems }), description: spec.description };
    case 'object':
      return {
        type: 'object',
        additionalProperties: false,
        required: spec.required,
        properties: Object.fromEntries(Object.entries(spec.fields).map(([key, field]) => [key, toJsonSchema(field)])),
        description: spec.description,
      };
  }
}

/** `catalog.schema.json`: the whole file. */
export function catalogJsonSchema(id: string): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: id,
    title: 'WhatsApp Cloud API error-code catalog',
    description:
      'The source the whatsapp-error-codes generator turns into constants, literal types and docs. Generated from src/catalog/fields.ts: the validator checks the same fields, and also what crosses entries (duplicates, collisions, references).',
    type: 'object',
    additionalProperties: false,
    required: ['codes'],
    properties: {
      $schema: { type: 'string', description: 'The path or URL of this schema.' },
      ...Object.fromEntries(Object.entries(CATALOG_LISTS).map(([list, spec]) => [list, { type: 'array', items: toJsonSchema(spec), description: spec.description }])),
    },
  };
}
