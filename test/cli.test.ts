import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { describeErrorCode, ERROR_CODE_ENTRIES } from '../src/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

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

  it('explains a known code: constant, category, title, summary, retry and docs link', () => {
    const entry = describeErrorCode(131047);
    const result = runCli(['explain', '131047']);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('131047 RE_ENGAGEMENT_MESSAGE_REQUIRED (sender)');
    expect(lines).toContain(`  Title:    ${entry.title}`);
    expect(lines).toContain(`  Summary:  ${entry.summary}`);
    expect(lines).toContain(`  Retry:    ${entry.retry}: retry only after fixing the cause on your side`);
    expect(lines).toContain('  Constant: WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED');
    expect(lines).toContain(`  Docs:     ${entry.docsUrl}`);
    expect(entry.docsUrl).toMatch(/^https:\/\//);
    expect(result.exitCode).toBe(0);
  });

  it('explains a value inside the 200–299 range as API_PERMISSION', () => {
    const result = runCli(['explain', '250']);
    expect(result.stdout.split('\n')[0]).toBe('250 API_PERMISSION (sender)');
    expect(result.stdout).toContain('  Range:    200–299, all with this meaning');
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
    const parsed = JSON.parse(result.stdout) as { input: string; kind: string; code: number; entry?: { name: string }; replacement?: { code: number }; suggestions?: { code: number }[] }[];
    expect(parsed.map((item) => [item.input, item.kind, item.code])).toEqual([
      ['131047', 'known', 131047],
      ['470', 'retired', 470],
      ['131074', 'unknown', 131074],
    ]);
    expect(parsed[0]?.entry?.name).toBe('RE_ENGAGEMENT_MESSAGE_REQUIRED');
    expect(parsed[1]?.replacement?.code).toBe(131047);
    expect(parsed[2]?.suggestions?.[0]?.code).toBe(131047);
    expect(result.exitCode).toBe(1);
  });

  it('rejects a value that is not a number with exit 1', () => {
    const result = runCli(['explain', 'abc']);
    expect(result.stdout).toBe('"abc" is not an error code: codes are non-negative whole numbers such as 131047.');
    expect(result.exitCode).toBe(1);
  });

  it('asks for a code when given none, with exit 2', () => {
    const result = runCli(['explain']);
    expect(result.stderr).toMatch(/^explain needs at least one code/);
    expect(result.exitCode).toBe(2);
  });
});

describe('list', () => {
  it('lists every catalog entry with its code, constant and category', () => {
    const result = runCli(['list']);
    const lines = result.stdout.split('\n');
    expect(lines).toHaveLength(ERROR_CODE_ENTRIES.length);
    ERROR_CODE_ENTRIES.forEach((entry, index) => {
      const code = entry.rangeEnd === undefined ? `${entry.code}` : `${entry.code}-${entry.rangeEnd}`;
      expect(lines[index]!.split(/\s{2,}/).slice(0, 3)).toEqual([code, entry.name, entry.category]);
    });
    expect(result.exitCode).toBe(0);
  });

  it('lists only recipient codes with --category recipient', () => {
    const result = runCli(['list', '--category', 'recipient']);
    const lines = result.stdout.split('\n');
    const recipients = ERROR_CODE_ENTRIES.filter((entry) => entry.category === 'recipient');
    expect(lines.map((line) => line.split(/\s+/)[1])).toEqual(recipients.map((entry) => entry.name));
    expect(lines.map((line) => line.split(/\s+/)[2])).toEqual(recipients.map(() => 'recipient'));
    expect(lines.some((line) => line.startsWith('131026 '))).toBe(true);
    expect(result.exitCode).toBe(0);
  });

  it('rejects an unknown category with exit 2 and says which are allowed', () => {
    const result = runCli(['list', '--category', 'nope']);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe('Unknown category "nope": use one of sender, recipient, platform.');
    expect(result.exitCode).toBe(2);
  });

  it('prints the entries as JSON with --json', () => {
    const result = runCli(['list', '--json', '--category', 'platform']);
    const parsed = JSON.parse(result.stdout) as { code: number; category: string }[];
    expect(parsed).toEqual(ERROR_CODE_ENTRIES.filter((entry) => entry.category === 'platform'));
    expect(JSON.parse(runCli(['list', '--json']).stdout)).toHaveLength(ERROR_CODE_ENTRIES.length);
  });

  it('rejects an unknown option with exit 2', () => {
    const result = runCli(['list', '--colour']);
    expect(result.stderr).toContain("Unknown option '--colour'");
    expect(result.exitCode).toBe(2);
  });
});

describe('commands', () => {
  it('rejects an unknown command with exit 2 and the usage', () => {
    const result = runCli(['frobnicate']);
    expect(result.stderr.split('\n')[0]).toBe('Unknown command "frobnicate".');
    expect(result.stderr).toContain('Usage: whatsapp-error-codes <command>');
    expect(result.exitCode).toBe(2);
  });

  it('prints the usage for help and for no command, with exit 0', () => {
    for (const argv of [['help'], []]) {
      const result = runCli(argv);
      expect(result.stdout.split('\n')[0]).toBe('Usage: whatsapp-error-codes <command>');
      expect(result.exitCode).toBe(0);
    }
  });
});

describe('generate', () => {
  const entry = (code: number, name: string, category: string) => ({
    code,
    name,
    title: name,
    category,
    summary: `About ${name}.`,
    retry: 'no',
    aliases: [],
    keywords: [name.toLowerCase()],
    docsUrl: 'https://example.com/codes',
  });
  const goodCatalog = { codes: [entry(1001, 'FIRST', 'sender'), entry(1002, 'SECOND', 'platform')], retired: [] };

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

  it('writes the module and docs for a user catalog, relative to cwd', () => {
    const dir = workspace(goodCatalog);
    const result = runCli(['generate', 'codes.json', '--module', 'src/codes.ts', '--docs', 'docs/codes.md', '--types-from', 'whatsapp-error-codes'], dir);
    expect(result).toEqual({ stdout: 'Wrote src/codes.ts, docs/codes.md.', stderr: '', exitCode: 0 });
    expect(readFileSync(join(dir, 'src/codes.ts'), 'utf8')).toContain('  FIRST: 1001,');
    expect(readFileSync(join(dir, 'docs/codes.md'), 'utf8')).toContain('| 1002 | `SECOND` |');
  });

  it('--check passes when up to date and fails (exit 1, names the file) once the catalog changes', () => {
    const dir = workspace(goodCatalog);
    const argv = ['generate', 'codes.json', '--module', 'codes.ts'];
    runCli(argv, dir);
    expect(runCli([...argv, '--check'], dir)).toEqual({ stdout: 'Up to date: codes.ts.', stderr: '', exitCode: 0 });
    const before = readFileSync(join(dir, 'codes.ts'), 'utf8');
    writeFileSync(join(dir, 'codes.json'), JSON.stringify({ ...goodCatalog, codes: [...goodCatalog.codes, entry(1003, 'THIRD', 'recipient')] }));
    expect(runCli([...argv, '--check'], dir)).toEqual({ stdout: '', stderr: 'Stale: codes.ts. Run the same command without --check to regenerate.', exitCode: 1 });
    expect(readFileSync(join(dir, 'codes.ts'), 'utf8')).toBe(before);
  });

  it('exits 1 on a broken catalog, naming the entry and field, and writes nothing', () => {
    const dir = workspace({ codes: [goodCatalog.codes[0], { ...entry(1002, 'SECOND', 'platform'), summary: '' }], retired: [] });
    const result = runCli(['generate', 'codes.json', '--module', 'codes.ts'], dir);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('codes.json is not a valid WhatsApp error-code catalog (1 problem):\n  - codes[1] (1002 SECOND): field "summary" must be a non-empty string, got ""');
    expect(existsSync(join(dir, 'codes.ts'))).toBe(false);
  });

  it('exits 1 on a missing catalog file', () => {
    const dir = workspace(goodCatalog);
    const result = runCli(['generate', 'nope.json', '--module', 'codes.ts'], dir);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^cannot read catalog nope\.json: /);
  });

  it('exits 2 without --module', () => {
    const dir = workspace(goodCatalog);
    const result = runCli(['generate', 'codes.json'], dir);
    expect(result.stderr).toMatch(/^generate needs one catalog file and --module/);
    expect(result.exitCode).toBe(2);
  });
});

describe('the executable', () => {
  it('`whatsapp-error-codes explain 131074` prints the suggestion and exits with status 1', () => {
    const result = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'explain', '131074'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stdout.startsWith('131074 is not a WhatsApp Cloud API error code. Did you mean 131047 RE_ENGAGEMENT_MESSAGE_REQUIRED (sender)')).toBe(true);
    expect(result.stdout.endsWith('?\n')).toBe(true);
    expect(result.status).toBe(1);
  });
});
