import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../rules/index.js';
import { DEFAULT_CODE_NAMES, parseSettings } from '../../rules/utils/settings.js';

describe("settings['whatsapp-errors']", () => {
  it('defaults to no extra codes and the default code names', () => {
    const settings = parseSettings(undefined);
    expect(settings.additionalCodes).toEqual([]);
    expect([...settings.codeNames]).toEqual(DEFAULT_CODE_NAMES);
  });

  it('accepts additional codes and replaces the code names', () => {
    const settings = parseSettings({
      additionalCodes: [{ code: 131099, name: 'NEW_CODE', category: 'platform', title: 'New' }],
      codeNames: ['reason'],
    });
    expect(settings.additionalCodes).toEqual([{ code: 131099, name: 'NEW_CODE', category: 'platform', title: 'New' }]);
    expect([...settings.codeNames]).toEqual(['reason']);
  });

  it.each([
    ['a non-object', 42, "Invalid settings['whatsapp-errors']: expected an object with additionalCodes and/or codeNames, got 42."],
    ['an unknown key', { codeName: ['x'] }, `Invalid settings['whatsapp-errors'].codeName: unknown setting (allowed: additionalCodes, codeNames), got ["x"].`],
    ['additionalCodes not an array', { additionalCodes: {} }, "Invalid settings['whatsapp-errors'].additionalCodes: must be an array of { code, name, category, title? }, got {}."],
    ['a non-integer code', { additionalCodes: [{ code: '131099', name: 'A', category: 'sender' }] }, `Invalid settings['whatsapp-errors'].additionalCodes[0].code: must be a non-negative integer, got "131099".`],
    ['a code already in the catalog', { additionalCodes: [{ code: 131047, name: 'A', category: 'sender' }] }, "Invalid settings['whatsapp-errors'].additionalCodes[0].code: is already in the catalog as RE_ENGAGEMENT_MESSAGE_REQUIRED; remove it from additionalCodes, got 131047."],
    ['a bad category', { additionalCodes: [{ code: 131099, name: 'A', category: 'Sender' }] }, `Invalid settings['whatsapp-errors'].additionalCodes[0].category: must be one of sender, recipient, platform, got "Sender".`],
    ['a bad name', { additionalCodes: [{ code: 131099, name: 'newCode', category: 'sender' }] }, `Invalid settings['whatsapp-errors'].additionalCodes[0].name: must be a SCREAMING_SNAKE_CASE name such as TEMPLATE_QUOTA_HIT, got "newCode".`],
    ['a duplicate code', { additionalCodes: [{ code: 131099, name: 'A', category: 'sender' }, { code: 131099, name: 'B', category: 'sender' }] }, "Invalid settings['whatsapp-errors'].additionalCodes[1].code: is listed twice, got 131099."],
    ['an unknown entry field', { additionalCodes: [{ code: 131099, name: 'A', category: 'sender', retry: 'no' }] }, `Invalid settings['whatsapp-errors'].additionalCodes[0].retry: unknown field (allowed: code, name, category, title), got "no".`],
    ['codeNames not an array', { codeNames: 'code' }, `Invalid settings['whatsapp-errors'].codeNames: must be an array of names, got "code".`],
    ['an empty code name', { codeNames: ['code', ''] }, `Invalid settings['whatsapp-errors'].codeNames[1]: must be a non-empty string, got "".`],
  ])('rejects %s with a message naming the field and the value', (_, raw, message) => {
    expect(() => parseSettings(raw)).toThrow(message);
  });

  it('stops a lint run with that message instead of ignoring the setting', () => {
    const linter = new Linter();
    const run = () =>
      linter.verify('if (err.code === 131074) {}', [
        { plugins: { 'whatsapp-errors': plugin }, rules: { 'whatsapp-errors/no-unknown-code': 'error' }, settings: { 'whatsapp-errors': { additionalCodes: [{ code: 1, name: 'X', category: 'sender' }] } } },
      ]);
    expect(run).toThrow("additionalCodes[0].code: is already in the catalog as API_UNKNOWN");
  });
});
