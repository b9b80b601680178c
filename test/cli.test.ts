import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { wantsColour } from '../src/cli/style.js';
import { describeErrorCode, describeErrorSubcode, ERROR_CODE_ENTRIES, ERROR_SUBCODE_ENTRIES, RETRY_ACTION_LABELS } from '../src/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KIT_VERSION = (JSON.parse(readFileSync(new URL('../src/package.json', import.meta.url), 'utf8')) as { version: string }).version;
/** The CSI sequences of colour; none may appear unless asked for. */
const ANSI = /\u001B\[/;

describe('explain', () => {
  it('explains an unknown code with "did you mean" and exits 1', () => {
    const result = runCli(['explain', '131074']);
    expect(result.stdout.startsWith('131074 is not a WhatsApp Cloud API error code. Did you mean 131047 RE_ENGAGEMENT_MESSAGE_REQUIRED (sender)')).toBe(true);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe('');
  });

  it('says so when no code is near an unknown one', () => {
    const result = runCli(['explain', '99999999']);
    expect(result.stdout).toBe('99999999 is not a WhatsApp Cloud API error code, and no documented code is within two digit edits of it. Run `whatsapp-error-codes list` to see them all.');
    expect(result.exitCode).toBe(1);
  });

  it('explains a known code: constant, category, title, summary, next step, where it arrives, HTTP status and docs link', () => {
    const entry = describeErrorCode(131047);
    const result = runCli(['explain', '131047']);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('131047 RE_ENGAGEMENT_MESSAGE_REQUIRED (sender)');
    expect(lines).toContain(`  Title:     ${entry.title}`);
    expect(lines).toContain(`  Summary:   ${entry.summary}`);
    expect(lines).toContain(`  Next step: send-template: ${RETRY_ACTION_LABELS['send-template']}`);
    expect(lines.find((line) => line.startsWith('  Arrives:'))).toMatch(/status webhook/);
    expect(lines).toContain(`  HTTP:      ${entry.httpStatus}`);
    expect(lines).toContain('  Constant:  WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED');
    expect(lines).toContain(`  Docs:      ${entry.docsUrl}`);
    expect(result.exitCode).toBe(0);
  });

  it("shows Meta's minimum wait in the next step", () => {
    expect(runCli(['explain', '131049']).stdout).toContain(`  Next step: wait ≥ 24 h: ${RETRY_ACTION_LABELS.wait}`);
    expect(runCli(['explain', '133015']).stdout).toContain('  Next step: wait ≥ 5 min:');
  });

  it('explains a value inside the 200–299 range as API_PERMISSION', () => {
    const result = runCli(['explain', '250']);
    expect(result.stdout.split('\n')[0]).toBe('250 API_PERMISSION (sender)');
    expect(result.stdout).toContain('  Range:     200–299, all with this meaning');
    expect(result.exitCode).toBe(0);
  });

  it('explains a (code, error_subcode) pair: the subcode first, then the code it narrows', () => {
    const pair = describeErrorSubcode(100, 2388077);
    const result = runCli(['explain', '100', '--subcode', '2388077']);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`100 with error_subcode 2388077: ${pair.name} (${pair.category})`);
    expect(lines).toContain(`  Title:     ${pair.title}`);
    expect(lines).toContain(`  Constant:  WhatsAppErrorSubcode.${pair.name}`);
    expect(lines).toContain('100 INVALID_PARAMETER (sender), the code it narrows:');
    expect(result.exitCode).toBe(0);
  });

  it('says when a subcode is not documented under the code, and explains the code', () => {
    const result = runCli(['explain', '131047', '--subcode', '5']);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual(['error_subcode 5 under 131047 is not documented; the code means:', '131047 RE_ENGAGEMENT_MESSAGE_REQUIRED (sender)']);
    expect(result.exitCode).toBe(0);
  });

  it('explains a subcode value given as a code, and says where it really arrives', () => {
    const result = runCli(['explain', '2388040']);
    expect(result.stdout.split('\n')[0]).toBe('2388040 is an error_subcode, under code 100: TEMPLATE_CHARACTER_LIMIT_EXCEEDED (sender)');
    expect(result.stdout).toContain('  It arrives as { "code": 100, "error_subcode": 2388040 }: compare error_subcode, not code.');
    expect(result.exitCode).toBe(0);
  });

  it('explains a retired code with its replacement and exits 0', () => {
    const result = runCli(['explain', '470']);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      '470 is a retired On-Premises code ("Re-engagement message"); Meta no longer sends it.',
      '  The Cloud API reports this as 131047 RE_ENGAGEMENT_MESSAGE_REQUIRED (sender): use WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED.',
    ]);
    expect(result.exitCode).toBe(0);
  });

  it('explains several codes at once, separated by a blank line', () => {
    const result = runCli(['explain', '131047', '131026', '470']);
    const blocks = result.stdout.split('\n\n');
    expect(blocks.map((block) => block.split('\n')[0])).toEqual([
      '131047 RE_ENGAGEMENT_MESSAGE_REQUIRED (sender)',
      '131026 MESSAGE_UNDELIVERABLE (recipient)',
      '470 is a retired On-Premises code ("Re-engagement message"); Meta no longer sends it.',
    ]);
    expect(result.exitCode).toBe(0);
  });

  it('exits 1 when any one of several codes is unknown', () => {
    const result = runCli(['explain', '131047', '131074']);
    expect(result.stdout.split('\n\n')).toHaveLength(2);
    expect(result.exitCode).toBe(1);
  });

  it('prints JSON with --json', () => {
    const result = runCli(['explain', '131047', '470', '131074', '--json']);
    const parsed = JSON.parse(result.stdout) as { input: string; kind: string; code: number; entry?: { name: string; retry: { action: string } }; replacement?: { code: number }; suggestions?: { code: number }[] }[];
    expect(parsed.map((item) => [item.input, item.kind, item.code])).toEqual([
      ['131047', 'known', 131047],
      ['470', 'retired', 470],
      ['131074', 'unknown', 131074],
    ]);
    expect(parsed[0]?.entry).toMatchObject({ name: 'RE_ENGAGEMENT_MESSAGE_REQUIRED', retry: { action: 'send-template' } });
    expect(parsed[1]?.replacement?.code).toBe(131047);
    expect(parsed[2]?.suggestions?.[0]?.code).toBe(131047);
    expect(result.exitCode).toBe(1);
  });

  it.each([
    ['abc', '"abc" is not an error code: codes are non-negative whole numbers such as 131047.'],
    ['-5', '"-5" is not an error code: codes are never negative.'],
    ['-131047', '"-131047" is not an error code: codes are never negative.'],
    ['1.5', '"1.5" is not an error code: codes are whole numbers.'],
    ['0x10', '"0x10" is not an error code: write codes in decimal.'],
  ])('answers %s clearly, with exit 1', (input, message) => {
    const result = runCli(['explain', input]);
    expect(result).toEqual({ stdout: message, stderr: '', exitCode: 1 });
  });

  it('rejects a --subcode that is not a code, with exit 2', () => {
    const result = runCli(['explain', '100', '--subcode', 'x']);
    expect(result.stderr.split('\n')[0]).toBe('--subcode takes a non-negative whole number such as 2388077, got "x".');
    expect(result.exitCode).toBe(2);
  });

  it('asks for a code when given none, with exit 2', () => {
    const result = runCli(['explain']);
    expect(result.stderr).toMatch(/^explain needs at least one code/);
    expect(result.stderr).toContain('Usage: whatsapp-error-codes explain <code>...');
    expect(result.exitCode).toBe(2);
  });
});

describe('list', () => {
  it('lists every catalog entry under a header: code, constant, category, next step, title', () => {
    const result = runCli(['list']);
    const [header, ...lines] = result.stdout.split('\n');
    expect(header!.split(/\s{2,}/)).toEqual(['CODE', 'CONSTANT', 'CATEGORY', 'NEXT STEP', 'TITLE']);
    expect(lines).toHaveLength(ERROR_CODE_ENTRIES.length);
    ERROR_CODE_ENTRIES.forEach((entry, index) => {
      const code = entry.rangeEnd === undefined ? `${entry.code}` : `${entry.code}-${entry.rangeEnd}`;
      expect(lines[index]!.split(/\s{2,}/).slice(0, 4)).toEqual([code, entry.name, entry.category, entry.retry.action]);
    });
    expect(result.exitCode).toBe(0);
  });

  it('lists only recipient codes with --category recipient', () => {
    const lines = runCli(['list', '--category', 'recipient']).stdout.split('\n').slice(1);
    const recipients = ERROR_CODE_ENTRIES.filter((entry) => entry.category === 'recipient');
    expect(lines.map((line) => line.split(/\s+/)[1])).toEqual(recipients.map((entry) => entry.name));
    expect(lines.some((line) => line.startsWith('131026 '))).toBe(true);
  });

  it('filters by next step with --retry', () => {
    const lines = runCli(['list', '--retry', 'refresh-token']).stdout.split('\n').slice(1);
    expect(lines.map((line) => Number(line.split(/\s+/)[0]))).toEqual(ERROR_CODE_ENTRIES.filter((entry) => entry.retry.action === 'refresh-token').map((entry) => entry.code));
    expect(lines.map((line) => line.split(/\s+/)[0])).toContain('190');
  });

  it('finds codes by text with --search: constant, title, keywords, aliases, case-insensitive', () => {
    const codes = (search: string) => runCli(['list', '--search', search]).stdout.split('\n').slice(1).map((line) => line.split(/\s+/)[0]);
    expect(codes('rate limit')).toContain('130429');
    expect(codes('RE_ENGAGEMENT')).toEqual(['131047']);
    expect(codes('131047')).toEqual(['131047']);
    expect(runCli(['list', '--search', 'no such thing at all']).stdout).toBe('No code matches.');
  });

  it('lists the subcodes with --subcodes', () => {
    const [header, ...lines] = runCli(['list', '--subcodes']).stdout.split('\n');
    expect(header!.split(/\s{2,}/)).toEqual(['CODE', 'SUBCODE', 'CONSTANT', 'CATEGORY', 'NEXT STEP', 'TITLE']);
    expect(lines).toHaveLength(ERROR_SUBCODE_ENTRIES.length);
    expect(lines.some((line) => /^100\s+2388040\s+TEMPLATE_CHARACTER_LIMIT_EXCEEDED\s/.test(line))).toBe(true);
  });

  it.each([
    [['--category', 'nope'], 'Unknown category "nope": use one of sender, recipient, platform.'],
    [['--retry', 'later'], 'Unknown retry action "later": use one of retry, retry-with-backoff, wait, send-template, refresh-token, fix-request, fix-account, do-not-retry, contact-support.'],
    [['131047'], 'list takes no codes (got "131047"); use `explain` for those, or --search.'],
  ])('rejects %j with exit 2 and says what is allowed', (args, message) => {
    const result = runCli(['list', ...args]);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(message);
    expect(result.stderr).toContain('Usage: whatsapp-error-codes list');
    expect(result.exitCode).toBe(2);
  });

  it('prints the entries as JSON with --json', () => {
    const parsed = JSON.parse(runCli(['list', '--json', '--category', 'platform']).stdout) as unknown[];
    expect(parsed).toEqual(ERROR_CODE_ENTRIES.filter((entry) => entry.category === 'platform'));
    expect(JSON.parse(runCli(['list', '--json']).stdout)).toHaveLength(ERROR_CODE_ENTRIES.length);
  });

  it('rejects an unknown option with exit 2', () => {
    const result = runCli(['list', '--colour']);
    expect(result.stderr).toContain("Unknown option '--colour'");
    expect(result.exitCode).toBe(2);
  });
});

describe('help, version and colour', () => {
  it('rejects an unknown command with exit 2 and the usage', () => {
    const result = runCli(['frobnicate']);
    expect(result.stderr.split('\n')[0]).toBe('Unknown command "frobnicate".');
    expect(result.stderr).toContain('Usage: whatsapp-error-codes <command>');
    expect(result.exitCode).toBe(2);
  });

  it('prints the usage for help, --help and no command, with exit 0', () => {
    for (const argv of [['help'], ['--help'], ['-h'], []]) {
      const result = runCli(argv);
      expect(result.stdout.split('\n')[0]).toBe('Usage: whatsapp-error-codes <command> [options]');
      expect(result.exitCode).toBe(0);
    }
  });

  it.each(['explain', 'list', 'generate'])('prints the help of %s for `<command> --help` and `help <command>`', (command) => {
    const viaFlag = runCli([command, '--help']);
    expect(viaFlag.stdout.startsWith(`Usage: whatsapp-error-codes ${command}`)).toBe(true);
    expect(viaFlag.exitCode).toBe(0);
    expect(runCli(['help', command])).toEqual(viaFlag);
  });

  it('prints the version with --version', () => {
    expect(runCli(['--version'])).toEqual({ stdout: KIT_VERSION, stderr: '', exitCode: 0 });
    expect(runCli(['-v']).stdout).toBe(KIT_VERSION);
  });

  it('colours only when asked (main.ts asks for a TTY without NO_COLOR)', () => {
    expect(runCli(['explain', '131074']).stdout).not.toMatch(ANSI);
    expect(runCli(['list']).stdout).not.toMatch(ANSI);
    expect(runCli(['explain', '131074'], { colour: true }).stdout).toMatch(ANSI);
    expect(runCli(['explain', '131047'], { colour: true }).stdout.split('\n')[0]).toBe('\u001B[1m131047 RE_ENGAGEMENT_MESSAGE_REQUIRED (sender)\u001B[22m');
  });

  it.each([
    [{ isTTY: true }, {}, true],
    [{ isTTY: true }, { NO_COLOR: '1' }, false],
    [{ isTTY: true }, { NO_COLOR: '' }, true],
    [{ isTTY: false }, {}, false],
    [{}, {}, false],
  ])('wantsColour(%j, %j) is %s', (stream, env, expected) => {
    expect(wantsColour(stream, env)).toBe(expected);
  });
});

describe('generate', () => {
  const entry = (code: number, name: string, category: string) => ({
    code,
    name,
    title: name,
    category,
    class: 'mine',
    summary: `About ${name}.`,
    retry: { action: 'do-not-retry' },
    arrives: ['response'],
    aliases: [],
    keywords: { en: [name.toLowerCase()] },
    docsUrl: 'https://example.com/codes',
  });
  const goodCatalog = { classes: [{ id: 'mine', title: 'My codes', words: { en: [] } }], codes: [entry(1001, 'FIRST', 'sender'), entry(1002, 'SECOND', 'platform')] };

  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  function workspace(catalog: unknown): string {
    const dir = mkdtempSync(join(tmpdir(), 'wec-cli-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'codes.json'), JSON.stringify(catalog));
    return dir;
  }

  it('writes the module, docs and schema for a user catalog, relative to cwd', () => {
    const dir = workspace(goodCatalog);
    const result = runCli(['generate', 'codes.json', '--module', 'src/codes.ts', '--docs', 'docs/codes.md', '--schema', 'codes.schema.json', '--types-from', 'whatsapp-error-codes'], { cwd: dir });
    expect(result).toEqual({ stdout: 'Wrote src/codes.ts, docs/codes.md, codes.schema.json.', stderr: '', exitCode: 0 });
    const module = readFileSync(join(dir, 'src/codes.ts'), 'utf8');
    expect(module).toContain('  FIRST: 1001,');
    expect(module).toContain('run `npx whatsapp-error-codes generate codes.json --module src/codes.ts --docs docs/codes.md --schema codes.schema.json --types-from whatsapp-error-codes`.');
    expect(readFileSync(join(dir, 'docs/codes.md'), 'utf8')).toContain('| 1002 | `SECOND` |');
  });

  it('--check passes when up to date and fails (exit 1, names the file) once the catalog changes', () => {
    const dir = workspace(goodCatalog);
    const argv = ['generate', 'codes.json', '--module', 'codes.ts'];
    runCli(argv, { cwd: dir });
    expect(runCli([...argv, '--check'], { cwd: dir })).toEqual({ stdout: 'Up to date: codes.ts.', stderr: '', exitCode: 0 });
    const before = readFileSync(join(dir, 'codes.ts'), 'utf8');
    writeFileSync(join(dir, 'codes.json'), JSON.stringify({ ...goodCatalog, codes: [...goodCatalog.codes, entry(1003, 'THIRD', 'recipient')] }));
    expect(runCli([...argv, '--check'], { cwd: dir })).toEqual({ stdout: '', stderr: 'Stale: codes.ts. Run the same command without --check to regenerate.', exitCode: 1 });
    expect(readFileSync(join(dir, 'codes.ts'), 'utf8')).toBe(before);
  });

  it('refuses to create a directory outside the working directory without --allow-outside-cwd (exit 1)', () => {
    const dir = workspace(goodCatalog);
    const outside = mkdtempSync(join(tmpdir(), 'wec-cli-outside-'));
    dirs.push(outside);
    const result = runCli(['generate', 'codes.json', '--module', join(outside, 'made', 'codes.ts')], { cwd: dir });
    expect(result).toEqual({ stdout: '', stderr: `refusing to create ${join(outside, 'made')}, outside the working directory ${dir}: create it first, or pass --allow-outside-cwd`, exitCode: 1 });
    expect(existsSync(join(outside, 'made'))).toBe(false);
    expect(runCli(['generate', 'codes.json', '--module', join(outside, 'made', 'codes.ts'), '--allow-outside-cwd'], { cwd: dir }).exitCode).toBe(0);
    expect(existsSync(join(outside, 'made', 'codes.ts'))).toBe(true);
  });

  it('exits 1 on a broken catalog, naming the entry and field, and writes nothing', () => {
    const dir = workspace({ ...goodCatalog, codes: [goodCatalog.codes[0], { ...entry(1002, 'SECOND', 'platform'), summary: '' }] });
    const result = runCli(['generate', 'codes.json', '--module', 'codes.ts'], { cwd: dir });
    expect(result).toEqual({ stdout: '', stderr: 'codes.json is not a valid WhatsApp error-code catalog (1 problem):\n  - codes[1] (1002 SECOND): field "summary" must be a non-empty string, got ""', exitCode: 1 });
    expect(existsSync(join(dir, 'codes.ts'))).toBe(false);
  });

  it('exits 1 on a missing catalog file', () => {
    const dir = workspace(goodCatalog);
    const result = runCli(['generate', 'nope.json', '--module', 'codes.ts'], { cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^cannot read catalog nope\.json: /);
  });

  it('exits 2 without --module, with the command\'s help', () => {
    const dir = workspace(goodCatalog);
    const result = runCli(['generate', 'codes.json'], { cwd: dir });
    expect(result.stderr).toMatch(/^generate needs one catalog file and --module/);
    expect(result.stderr).toContain('Usage: whatsapp-error-codes generate <catalog.json>');
    expect(result.exitCode).toBe(2);
  });
});

describe('the executable', () => {
  it('`whatsapp-error-codes explain 131074` prints the suggestion, uncoloured when not a TTY, and exits with status 1', () => {
    const result = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'explain', '131074'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stdout.startsWith('131074 is not a WhatsApp Cloud API error code. Did you mean 131047 RE_ENGAGEMENT_MESSAGE_REQUIRED (sender)')).toBe(true);
    expect(result.stdout.endsWith('?\n')).toBe(true);
    expect(result.stdout).not.toMatch(ANSI);
    expect(result.status).toBe(1);
  });
});
