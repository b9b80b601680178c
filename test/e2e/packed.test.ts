/**
 * End to end, with real parts only: pack the package with `npm pack`, install the tarball into
 * fresh consumer projects beside the real ESLint (9 and 10), typescript-eslint and TypeScript, and
 * use it the way a user would. Needs the npm registry (or a warm npm cache) for the consumers.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const consumerTemplate = fileURLToPath(new URL('../fixtures/consumer', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'wa-e2e-'));
const quiet = { encoding: 'utf8' as const, stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'] };

/** Exact versions the consumers install, beside the tarball. */
const ESLINT_VERSIONS = ['9.39.5', '10.15.0'];
const TYPESCRIPT_ESLINT = '8.72.0';
const TYPESCRIPT = '6.0.3';

let tarball = '';
let unpacked = '';

beforeAll(() => {
  const output = execFileSync('npm', ['pack', '--pack-destination', work, '--json'], { ...quiet, cwd: root });
  const [{ filename }] = JSON.parse(output) as [{ filename: string }];
  tarball = join(work, filename);
  unpacked = join(work, 'unpacked');
  execFileSync('mkdir', ['-p', unpacked]);
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

describe('the packed tarball', () => {
  it('holds what users need and nothing else', () => {
    const files = filesUnder(join(unpacked, 'package'));
    for (const needed of ['package.json', 'README.md', 'catalog.schema.json', 'docs/codes.md', 'docs/rules/no-unknown-code.md', 'dist/esm/src/index.js', 'dist/esm/src/index.d.ts', 'dist/cjs/src/index.js', 'dist/cjs/src/index.d.ts', 'dist/cjs/package.json', 'dist/esm/rules/index.js', 'dist/esm/src/cli/main.js']) {
      expect(files).toContain(needed);
    }
    const unwanted = files.filter((file) => /^(test|examples|scripts|bench|src|rules|\.ci)\/|\.test\.|\.tsbuildinfo$|fixtures/.test(file));
    expect(unwanted).toEqual([]);
  });

  it('passes publint and arethetypeswrong', async () => {
    const { publint } = await import('publint');
    const { messages } = await publint({ pkgDir: join(unpacked, 'package'), strict: true });
    expect(messages).toEqual([]);
    // The kit: ESM and CommonJS, every resolution mode.
    const kit = spawnSync(process.execPath, [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), tarball, '--profile', 'node16', '--exclude-entrypoints', './eslint-plugin', '--format', 'ascii'], quiet);
    expect(kit.stdout + kit.stderr).toContain('No problems found');
    expect(kit.status).toBe(0);
    // The plugin is ESM only: ESLint 9+ loads configs as ESM, and Node 20.19+ can require() it.
    const eslintPlugin = spawnSync(process.execPath, [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), tarball, '--profile', 'esm-only', '--entrypoints', './eslint-plugin', '--format', 'ascii'], quiet);
    expect(eslintPlugin.stdout).toMatch(/"whatsapp-error-codes\/eslint-plugin"\s+node16 \(from ESM\): 🟢 \(ESM\)\s+bundler: 🟢/);
    expect(eslintPlugin.status).toBe(0);
  }, 120_000);

  it('has a kit entry whose import graph reaches nothing outside the package', () => {
    for (const format of ['esm', 'cjs']) {
      const seen = new Set<string>();
      const visit = (file: string): void => {
        if (seen.has(file)) return;
        seen.add(file);
        const text = readFileSync(file, 'utf8');
        const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\(\s*)['"]([^'"]+)['"]/g)].map((match) => match[1]!);
        for (const specifier of specifiers) {
          expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\.?\//);
          visit(join(file, '..', specifier));
        }
      };
      visit(join(unpacked, 'package', 'dist', format, 'src', 'index.js'));
      expect(seen.size).toBeGreaterThan(3);
    }
  });
});

interface LintMessage {
  ruleId: string | null;
  line: number;
  message: string;
  severity: number;
}

function lint(dir: string, args: string[]): { file: string; messages: LintMessage[] }[] {
  const result = spawnSync(process.execPath, ['node_modules/eslint/bin/eslint.js', '--format', 'json', ...args], { ...quiet, cwd: dir });
  expect(result.stderr).not.toMatch(/Error|Oops/);
  return (JSON.parse(result.stdout) as { filePath: string; messages: LintMessage[] }[]).map((entry) => ({ file: entry.filePath.slice(dir.length + 1), messages: entry.messages }));
}

function findings(results: { file: string; messages: LintMessage[] }[]): string[] {
  return results.flatMap(({ file, messages }) => messages.map((message) => `${file}:${message.line} ${message.severity === 2 ? 'error' : 'warn'} ${message.ruleId}`));
}

describe.each(ESLINT_VERSIONS)('a consumer project with ESLint %s', (eslintVersion) => {
  const dir = join(work, `consumer-eslint-${eslintVersion}`);

  beforeAll(() => {
    cpSync(consumerTemplate, dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact', tarball, `eslint@${eslintVersion}`, `typescript-eslint@${TYPESCRIPT_ESLINT}`, `typescript@${TYPESCRIPT}`], { ...quiet, cwd: dir });
  }, 300_000);

  it('reports exactly the planted mistakes with configs.recommended', () => {
    expect(findings(lint(dir, ['handlers.ts', 'typed.ts', 'plain.js']))).toEqual([
      'handlers.ts:5 error whatsapp-errors/no-unknown-code',
      'handlers.ts:6 warn whatsapp-errors/no-deprecated-code',
      'handlers.ts:7 warn whatsapp-errors/prefer-code-constant',
      'handlers.ts:8 error whatsapp-errors/exhaustive-category-switch',
      'handlers.ts:16 warn whatsapp-errors/no-misnamed-code',
      'plain.js:3 error whatsapp-errors/no-unknown-code',
    ]);
  }, 60_000);

  it('uses type information through projectService', () => {
    const results = lint(dir, ['--config', 'eslint.typed.config.js', 'typed.ts']);
    expect(findings(results)).toEqual(['typed.ts:6 error whatsapp-errors/no-unknown-code']);
    expect(results[0]!.messages[0]!.message).toBe(
      '130249 is not a WhatsApp Cloud API error code. Did you mean 130429 (RATE_LIMIT_HIT), 130497 (COUNTRY_RESTRICTION) or 131049 (HEALTHY_ECOSYSTEM_LIMIT)?',
    );
  }, 120_000);

  it('fixes into code that tsc compiles, and resolves the kit types from the published exports (ESM and CommonJS)', () => {
    const fixed = spawnSync(process.execPath, ['node_modules/eslint/bin/eslint.js', '--fix', 'handlers.ts'], { ...quiet, cwd: dir });
    expect(fixed.status).toBe(1); // the typo, the retired code and the switch remain for the author
    const source = readFileSync(join(dir, 'handlers.ts'), 'utf8');
    expect(source).toContain("import { categoryOf, WhatsAppErrorCode } from 'whatsapp-error-codes';");
    expect(source).toContain('if (error.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE)');
    const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { ...quiet, cwd: dir });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);

  it('runs the CLI from the installed bin', () => {
    const explain = spawnSync(join(dir, 'node_modules/.bin/whatsapp-error-codes'), ['explain', '131074'], { ...quiet, cwd: dir });
    expect(explain.status).toBe(1);
    expect(explain.stdout).toMatch(/^131074 is not a WhatsApp Cloud API error code\. Did you mean 131047 RE_ENGAGEMENT_MESSAGE_REQUIRED \(sender\)/);
  });
});
