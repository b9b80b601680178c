/**
 * `settings['whatsapp-errors']` (rules/utils/settings.ts): what good settings parse to, the exact
 * message for each kind of bad setting, and the shape of the error that carries it. The real
 * ESLint CLI's output for bad settings is checked in test/e2e/settings-errors.test.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../rules/index.js';
import { DEFAULT_CODE_NAMES, DEFAULT_TABLE_NAMES, SettingsError, parseSettings, readSettings, showValue, settingsSchema } from '../../rules/utils/settings.js';

/** The error `run` throws (it must throw one). */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

const entry = (fields: Record<string, unknown>): unknown => ({ additionalCodes: [{ code: 131099, name: 'NEW_CODE', category: 'sender', ...fields }] });

describe('good settings', () => {
  it('default to no extra codes, the default code names and the default table names', () => {
    for (const raw of [undefined, {}]) {
      const settings = parseSettings(raw);
      expect(settings.additionalCodes).toEqual([]);
      expect([...settings.codeNames]).toEqual(DEFAULT_CODE_NAMES);
      for (const name of ['ERROR_CODES', 'errorCodes', 'knownErrors', 'errorTable', 'codigosDeError', 'errores_conocidos', 'erreursConnues']) expect(settings.isTableName(name), name).toBe(true);
      for (const name of ['handlers', 'retryDelays', 'users', 'codeNames']) expect(settings.isTableName(name), name).toBe(false);
    }
    expect(DEFAULT_TABLE_NAMES.length).toBeGreaterThan(0);
  });

  it('parse additional codes, with and without a title', () => {
    const settings = parseSettings({
      additionalCodes: [
        { code: 131099, name: 'NEW_CODE', category: 'platform', title: 'New' },
        { code: 131098, name: 'OTHER_NEW_CODE', category: 'recipient' },
      ],
    });
    expect(settings.additionalCodes).toStrictEqual([
      { code: 131099, name: 'NEW_CODE', category: 'platform', title: 'New' },
      { code: 131098, name: 'OTHER_NEW_CODE', category: 'recipient' },
    ]);
  });

  it('accept a retired code as an additional code (a team still on the On-Premises API)', () => {
    expect(parseSettings({ additionalCodes: [{ code: 470, name: 'LEGACY_WINDOW', category: 'sender' }] }).additionalCodes).toEqual([{ code: 470, name: 'LEGACY_WINDOW', category: 'sender' }]);
  });

  it('replace the code names with codeNames, property names with - included', () => {
    expect([...parseSettings({ codeNames: ['reason', 'error-code', 'código', '$code'] }).codeNames]).toEqual(['reason', 'error-code', 'código', '$code']);
  });

  it('replace the table names with tableNames, matched case-insensitively with _ and - left out', () => {
    const { isTableName } = parseSettings({ tableNames: ['known_codes*', '*Lookup', '$table', 'exact'] });
    for (const name of ['knownCodes', 'KNOWN_CODES', 'known-codes-v2', 'KnownCodesByName', 'errorLookup', 'ERROR_LOOKUP', 'lookup', '$table', '$TABLE', 'EXACT', 'ex_act']) expect(isTableName(name), name).toBe(true);
    // The defaults are replaced, not extended; `*` is the only wildcard, and the whole name must match.
    for (const name of ['errorCodes', 'ERRORS', 'knowncode', 'myKnownCodes', 'lookupTable', 'table', 'exactly', 'xexact']) expect(isTableName(name), name).toBe(false);
  });

  it('parse each settings object once', () => {
    const raw = { codeNames: ['reason'] };
    expect(parseSettings(raw)).toBe(parseSettings(raw));
  });

  it('are read from settings["whatsapp-errors"], beside other plugins\' settings', () => {
    const settings = readSettings({ settings: { react: { version: 'detect' }, 'import/resolver': {}, 'whatsapp-error-tracker': {}, 'whatsapp-errors': { codeNames: ['reason'] } } });
    expect([...settings.codeNames]).toEqual(['reason']);
  });

  it('match the JSON schema and the README: the same fields and the same default lists', () => {
    expect(Object.keys(settingsSchema.properties)).toEqual(['additionalCodes', 'codeNames', 'tableNames']);
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const section = readme.slice(readme.indexOf('### Settings shared by all rules'), readme.indexOf('## The kit in five lines'));
    const defaults = (field: string): string[] => {
      const comment = new RegExp(`Replaces the default list:\\n((?:\\s*//.*\\n)+?)\\s*${field}:`).exec(section)?.[1] ?? '';
      return comment.replace(/^\s*\/\/\s*/gm, '').replace(/\.\s*$/, '').split(/,\s*/);
    };
    expect(defaults('codeNames')).toEqual(DEFAULT_CODE_NAMES);
    expect(defaults('tableNames')).toEqual(DEFAULT_TABLE_NAMES);
  });
});

const S = "Invalid settings['whatsapp-errors']";
const EXAMPLE = '{ code: 131099, name: "TEMPLATE_QUOTA_HIT", category: "sender" }';
const ALLOWED = '(allowed: additionalCodes, codeNames, tableNames)';
const ENTRY_ALLOWED = '(allowed: code, name, category, title)';
const sparse = ['code'];
sparse[2] = 'reason';

describe('bad settings stop with one line naming the field, the value as written and what to write instead', () => {
  it.each<[string, unknown, string]>([
    // The settings object itself.
    ['a number', 42, `${S}: must be an object, got 42. Write an object with any of additionalCodes, codeNames, tableNames, or leave settings['whatsapp-errors'] out for the defaults.`],
    ['null', null, `${S}: must be an object, got null. Write an object with any of additionalCodes, codeNames, tableNames, or leave settings['whatsapp-errors'] out for the defaults.`],
    ['an array', [{ codeNames: ['code'] }], `${S}: must be an object, got [{ codeNames: ["code"] }]. Write an object with any of additionalCodes, codeNames, tableNames, or leave settings['whatsapp-errors'] out for the defaults.`],
    ['a mistyped key', { codenames: ['code'] }, `${S}.codenames: unknown setting ${ALLOWED}, got ["code"]. Rename it codeNames.`],
    ['a mistyped key, in the singular', { tableName: ['*Codes'] }, `${S}.tableName: unknown setting ${ALLOWED}, got ["*Codes"]. Rename it tableNames.`],
    ['an unknown key', { strict: true }, `${S}.strict: unknown setting ${ALLOWED}, got true. Remove it.`],
    ['a mistyped key that is no identifier', { 'code names': [] }, `${S}['code names']: unknown setting ${ALLOWED}, got []. Rename it codeNames.`],
    ['an unknown key that is no identifier', { 'my-setting': 1 }, `${S}['my-setting']: unknown setting ${ALLOWED}, got 1. Remove it.`],

    // additionalCodes and its entries.
    ['additionalCodes as a string', { additionalCodes: 'none' }, `${S}.additionalCodes: must be an array of { code, name, category, title? }, got "none". Write an array of entries such as [${EXAMPLE}].`],
    ['additionalCodes as one entry', { additionalCodes: { code: 131099, name: 'NEW_CODE', category: 'sender' } }, `${S}.additionalCodes: must be an array of { code, name, category, title? }, got { code: 131099, name: "NEW_CODE", category: "sender" }. Wrap the entry in [ ].`],
    ['an entry that is a number', { additionalCodes: [131099] }, `${S}.additionalCodes[0]: must be an object { code, name, category, title? }, got 131099. Write an entry such as ${EXAMPLE}.`],
    ['an entry that is null', { additionalCodes: [null] }, `${S}.additionalCodes[0]: must be an object { code, name, category, title? }, got null. Write an entry such as ${EXAMPLE}.`],
    ['an unknown entry field', entry({ retry: 'no' }), `${S}.additionalCodes[0].retry: unknown field ${ENTRY_ALLOWED}, got "no". Remove it.`],
    ['a mistyped entry field', { additionalCodes: [{ code: 131099, name: 'NEW_CODE', cateogry: 'sender' }] }, `${S}.additionalCodes[0].cateogry: unknown field ${ENTRY_ALLOWED}, got "sender". Rename it category.`],
    ['a missing code', { additionalCodes: [{ name: 'NEW_CODE', category: 'sender' }] }, `${S}.additionalCodes[0].code: must be a non-negative integer, got undefined. Write the numeric code Meta sends, such as 131099.`],
    ['a NaN code', entry({ code: NaN }), `${S}.additionalCodes[0].code: must be a non-negative integer, got NaN. Write the numeric code Meta sends, such as 131099.`],
    ['an Infinity code', entry({ code: Infinity }), `${S}.additionalCodes[0].code: must be a non-negative integer, got Infinity. Write the numeric code Meta sends, such as 131099.`],
    ['a -Infinity code', entry({ code: -Infinity }), `${S}.additionalCodes[0].code: must be a non-negative integer, got -Infinity. Write the numeric code Meta sends, such as 131099.`],
    ['a negative code', entry({ code: -1 }), `${S}.additionalCodes[0].code: must be a non-negative integer, got -1. Write the numeric code Meta sends, such as 131099.`],
    ['a fractional code', entry({ code: 131099.5 }), `${S}.additionalCodes[0].code: must be a non-negative integer, got 131099.5. Write the numeric code Meta sends, such as 131099.`],
    ['a code beyond the safe integers', entry({ code: 2 ** 53 }), `${S}.additionalCodes[0].code: must be a non-negative integer, got 9007199254740992. Write the numeric code Meta sends, such as 131099.`],
    ['a code written as a string of digits', entry({ code: '131099' }), `${S}.additionalCodes[0].code: must be a non-negative integer, got "131099". Write 131099, without quotes.`],
    ['a code written as a string of other text', entry({ code: '131O99' }), `${S}.additionalCodes[0].code: must be a non-negative integer, got "131O99". Write the numeric code Meta sends, such as 131099.`],
    ['a bigint code', entry({ code: 131099n }), `${S}.additionalCodes[0].code: must be a non-negative integer, got 131099n. Write 131099, without the n.`],
    ['a -0 code (0 is in the catalog)', entry({ code: -0 }), `${S}.additionalCodes[0].code: is already in the catalog as AUTH_EXCEPTION; remove it from additionalCodes, got -0.`],
    ['a code already in the catalog', entry({ code: 131047 }), `${S}.additionalCodes[0].code: is already in the catalog as RE_ENGAGEMENT_MESSAGE_REQUIRED; remove it from additionalCodes, got 131047.`],
    ['a code inside a catalog range', entry({ code: 250 }), `${S}.additionalCodes[0].code: is already in the catalog as API_PERMISSION (200–299); remove it from additionalCodes, got 250.`],
    [
      'a duplicate code',
      { additionalCodes: [{ code: 131099, name: 'A', category: 'sender' }, { code: 131099, name: 'B', category: 'sender' }] },
      `${S}.additionalCodes[1].code: is listed twice, got 131099. Keep one entry per code: additionalCodes[0] has it already.`,
    ],
    [
      'a duplicate name',
      { additionalCodes: [{ code: 131099, name: 'A', category: 'sender' }, { code: 131098, name: 'A', category: 'sender' }] },
      `${S}.additionalCodes[1].name: is listed twice, got "A". Give each code its own name: additionalCodes[0] is named A already.`,
    ],
    ['a camelCase name', entry({ name: 'newCode' }), `${S}.additionalCodes[0].name: must be a SCREAMING_SNAKE_CASE name such as TEMPLATE_QUOTA_HIT, got "newCode". Write "NEW_CODE".`],
    ['a kebab-case name', entry({ name: 'new-code' }), `${S}.additionalCodes[0].name: must be a SCREAMING_SNAKE_CASE name such as TEMPLATE_QUOTA_HIT, got "new-code". Write "NEW_CODE".`],
    ['a name that is no name', entry({ name: '42' }), `${S}.additionalCodes[0].name: must be a SCREAMING_SNAKE_CASE name such as TEMPLATE_QUOTA_HIT, got "42".`],
    ['a missing name', { additionalCodes: [{ code: 131099, category: 'sender' }] }, `${S}.additionalCodes[0].name: must be a SCREAMING_SNAKE_CASE name such as TEMPLATE_QUOTA_HIT, got undefined.`],
    [
      'the name of a catalog constant',
      entry({ name: 'API_UNKNOWN' }),
      `${S}.additionalCodes[0].name: is already the name of the kit's WhatsAppErrorCode.API_UNKNOWN (code 1), got "API_UNKNOWN". Choose a name of your own, such as "API_UNKNOWN_131099".`,
    ],
    [
      'the name of a deprecated alias',
      entry({ name: 'BAD_GROUP' }),
      `${S}.additionalCodes[0].name: is already the name of the kit's WhatsAppErrorCode.BAD_GROUP (code 131020, a deprecated alias of GROUP_HAS_SINGLE_MEMBER), got "BAD_GROUP". Choose a name of your own, such as "BAD_GROUP_131099".`,
    ],
    [
      'the name of a subcode constant',
      entry({ name: 'TEMPLATE_LIMIT_EXCEEDED' }),
      `${S}.additionalCodes[0].name: is already the name of the kit's WhatsAppErrorSubcode.TEMPLATE_LIMIT_EXCEEDED (subcode 2388019 under code 100), got "TEMPLATE_LIMIT_EXCEEDED". Choose a name of your own, such as "TEMPLATE_LIMIT_EXCEEDED_131099".`,
    ],
    ['a capitalised category', entry({ category: 'Sender' }), `${S}.additionalCodes[0].category: must be one of sender, recipient, platform, got "Sender". Write "sender".`],
    ['an unknown category', entry({ category: 'user' }), `${S}.additionalCodes[0].category: must be one of sender, recipient, platform, got "user".`],
    ['a missing category', { additionalCodes: [{ code: 131099, name: 'NEW_CODE' }] }, `${S}.additionalCodes[0].category: must be one of sender, recipient, platform, got undefined.`],
    ['a title that is no string', entry({ title: 7 }), `${S}.additionalCodes[0].title: must be a string, got 7. Write Meta's title in quotes, or leave title out.`],

    // codeNames.
    ['codeNames as a string', { codeNames: 'code' }, `${S}.codeNames: must be an array of names, got "code". Write ["code"].`],
    ['codeNames as an object', { codeNames: { code: true } }, `${S}.codeNames: must be an array of names, got { code: true }. Write an array such as ["errorCode"], or leave codeNames out for the defaults.`],
    ['an empty codeNames', { codeNames: [] }, `${S}.codeNames: must list at least one name, got []. Leave codeNames out for the defaults: an empty list would switch off every check that finds codes by the name that holds them.`],
    ['an empty code name', { codeNames: ['code', ''] }, `${S}.codeNames[1]: must be a non-empty string, got "". Write a name such as "errorCode", or remove the entry.`],
    ['a blank code name', { codeNames: ['  '] }, `${S}.codeNames[0]: must be a name, got "  ". Write a name such as "errorCode", or remove the entry.`],
    ['a code name that is a number', { codeNames: [42] }, `${S}.codeNames[0]: must be a non-empty string, got 42. Write a name such as "errorCode", or remove the entry.`],
    ['a code name that is a regular expression', { codeNames: [/code/i] }, `${S}.codeNames[0]: must be a non-empty string, got /code/i. Write a name such as "errorCode", or remove the entry.`],
    ['a hole in codeNames', { codeNames: sparse }, `${S}.codeNames[1]: must be a non-empty string, got undefined. Write a name such as "errorCode", or remove the entry.`],
    ['a dotted code name', { codeNames: ['err.code'] }, `${S}.codeNames[0]: must be a name, not a path, got "err.code". Write "code", which matches every ….code.`],
    ['an optional-chained code name', { codeNames: ['body?.error.code'] }, `${S}.codeNames[0]: must be a name, not a path, got "body?.error.code". Write "code", which matches every ….code.`],
    ['a code name ending in a dot', { codeNames: ['err.'] }, `${S}.codeNames[0]: must be a name, not a path, got "err.". Write the last name of the path, such as "errorCode".`],
    ['a code name with spaces around it', { codeNames: [' code '] }, `${S}.codeNames[0]: must be an identifier or property name, got " code ". Write "code", without the spaces.`],
    ['a code name with a space in it', { codeNames: ['error code'] }, `${S}.codeNames[0]: must be an identifier or property name, got "error code". Write a name such as "errorCode".`],
    ['a code name with a wildcard', { codeNames: ['*Code'] }, `${S}.codeNames[0]: must be a name: codeNames lists exact names (* is for tableNames), got "*Code". Write each name in full, such as "errorCode".`],
    ['a code name of dashes', { codeNames: ['--'] }, `${S}.codeNames[0]: must be an identifier or property name, got "--". Write a name such as "errorCode".`],

    // tableNames.
    ['tableNames as a string', { tableNames: '*Codes' }, `${S}.tableNames: must be an array of names, got "*Codes". Write ["*Codes"].`],
    ['an empty tableNames', { tableNames: [] }, `${S}.tableNames: must list at least one name, got []. Leave tableNames out for the defaults: an empty list would switch off every check that finds tables of codes by their name.`],
    ['a lone wildcard', { tableNames: ['*codes', '*'] }, `${S}.tableNames[1]: must hold a name besides *, got "*". Write a pattern such as "*Codes": a lone * would take every table for a table of codes.`],
    ['a wildcard with only _ or - besides', { tableNames: ['*_*'] }, `${S}.tableNames[0]: must hold a name besides *, got "*_*". Write a pattern such as "*Codes": a lone * would take every table for a table of codes.`],
    ['a dotted table name', { tableNames: ['config.errorCodes'] }, `${S}.tableNames[0]: must be a name, not a path, got "config.errorCodes". Write "errorCodes", which matches every ….errorCodes.`],
    ['a table name with a space', { tableNames: ['error codes*'] }, `${S}.tableNames[0]: must be an identifier or property name, with * for any text, got "error codes*". Write a name such as "*Codes".`],
  ])('%s', (_, raw, message) => {
    const error = thrown(() => parseSettings(raw));
    expect(error).toBeInstanceOf(SettingsError);
    expect(error.message).toBe(message);
  });

  it('check the fields in order: the first bad one is reported', () => {
    expect(thrown(() => parseSettings({ codeNames: [], additionalCodes: [{ code: NaN, name: 'x', category: 'y' }] })).message).toBe(
      `${S}.additionalCodes[0].code: must be a non-negative integer, got NaN. Write the numeric code Meta sends, such as 131099.`,
    );
  });
});

describe('settings under a near-miss key', () => {
  it.each<[string, string]>([
    ['whatsapp-error-codes', ' (the rule prefix, not the package name)'],
    ['eslint-plugin-whatsapp-errors', ' (the rule prefix, not the package name)'],
    ['whatsapp-error', ''],
    ['whatsappErrors', ''],
    ['whatsapp_errors', ''],
    ['WhatsApp-Errors', ''],
  ])('%s stops the run, saying where to write them', (key, why) => {
    const settings = { [key]: { codeNames: ['reason'] } };
    expect(thrown(() => readSettings({ settings })).message).toBe(
      `Invalid settings['${key}']: not read by eslint-plugin-whatsapp-errors, got { codeNames: ["reason"] }. Write them under settings['whatsapp-errors'] instead${why}.`,
    );
  });

  it('beside settings["whatsapp-errors"], says to move them there', () => {
    const settings = { 'whatsapp-errors': { codeNames: ['code'] }, 'whatsapp-error-codes': { codeNames: ['reason'] } };
    expect(thrown(() => readSettings({ settings })).message).toBe(
      `Invalid settings['whatsapp-error-codes']: not read by eslint-plugin-whatsapp-errors, got { codeNames: ["reason"] }. Move them into settings['whatsapp-errors'] instead (the rule prefix, not the package name).`,
    );
  });
});

describe('SettingsError', () => {
  it('is one line whose stack is the message, so ESLint prints no stack frame', () => {
    const error = thrown(() => parseSettings({ codeNames: [] }));
    expect(error.name).toBe('SettingsError');
    expect(error.stack).toBe(error.message);
    expect(error.message).not.toContain('\n');
  });

  it("keeps its message when ESLint prefixes a rule or appends a file (the settings are no rule's)", () => {
    const error = new SettingsError('Invalid settings.');
    error.message = `Error while loading rule 'whatsapp-errors/no-unknown-code': ${error.message}`;
    error.message += '\nOccurred while linting /x.js:1\nRule: "whatsapp-errors/no-unknown-code"';
    expect(error.message).toBe('Invalid settings.');
    expect(error.stack).toBe('Invalid settings.');
    expect(String(error)).toBe('SettingsError: Invalid settings.');
  });

  it('stops a lint run from every rule alone, even in a file without codes, with that message alone', () => {
    const linter = new Linter();
    const message = `${S}.additionalCodes[0].code: is already in the catalog as API_UNKNOWN; remove it from additionalCodes, got 1.`;
    for (const name of Object.keys(plugin.rules)) {
      const error = thrown(() =>
        linter.verify('const x = 1;', [
          { plugins: { 'whatsapp-errors': plugin }, rules: { [`whatsapp-errors/${name}`]: 'error' }, settings: { 'whatsapp-errors': { additionalCodes: [{ code: 1, name: 'X', category: 'sender' }] } } },
        ]),
      );
      expect(error.message, name).toBe(message);
      expect(error.stack, name).toBe(message);
    }
  });
});

describe('showValue', () => {
  it.each<[string, unknown, string]>([
    ['NaN', NaN, 'NaN'],
    ['Infinity', Infinity, 'Infinity'],
    ['-Infinity', -Infinity, '-Infinity'],
    ['-0', -0, '-0'],
    ['0', 0, '0'],
    ['a bigint', 131099n, '131099n'],
    ['undefined', undefined, 'undefined'],
    ['null', null, 'null'],
    ['a boolean', false, 'false'],
    ['a string, quoted and escaped', 'say "hi"\n', '"say \\"hi\\"\\n"'],
    ['a symbol', Symbol('code'), 'Symbol("code")'],
    ['a named function', function codeOf() {}, 'function codeOf'],
    ['an anonymous function', () => {}, 'a function'],
    ['a regular expression', /^code$/u, '/^code$/u'],
    ['an empty array', [], '[]'],
    ['an empty object', {}, '{}'],
    ['an object', { code: NaN, 'error-code': [Infinity, -0], nested: {} }, '{ code: NaN, "error-code": [Infinity, -0], nested: {} }'],
    ['a string holding braces', { a: '{  }' }, '{ a: "{  }" }'],
    ['deep nesting', [1, [2, [3, [4]]]], '[1, [2, [3, […]]]]'],
    ['a Map', new Map([[1, 2]]), 'Map {…}'],
  ])('writes %s as written', (_, value, shown) => {
    expect(showValue(value)).toBe(shown);
  });

  it('writes a circular object without recursing forever', () => {
    const cyclic: Record<string, unknown> = { code: 1 };
    cyclic['self'] = cyclic;
    expect(showValue(cyclic)).toBe('{ code: 1, self: (circular) }');
  });

  it('cuts a long value to one short line', () => {
    const shown = showValue(Array.from({ length: 100 }, (_, index) => index));
    expect(shown).toHaveLength(100);
    expect(shown.endsWith('…')).toBe(true);
  });
});
