/**
 * End to end, with real parts only: pack both packages with `npm pack`, install the tarballs into
 * fresh projects beside real ESLint (8.57, 9 and 10), typescript-eslint, TypeScript and oxlint, and
 * use them the way a user would. Needs the npm registry (or a warm npm cache) for the consumers.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const consumerTemplate = fileURLToPath(new URL('../fixtures/consumer', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'wa-e2e-'));
const quiet = { encoding: 'utf8' as const, stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'] };

/** Exact versions the consumers install beside the tarballs: the oldest and newest majors the plugin supports. */
const ESLINT_VERSIONS = ['8.57.1', '9.39.5', '10.15.0'];
const TYPESCRIPT_ESLINT = '8.72.0';
const TYPESCRIPT = '6.0.3';
const OXLINT = '1.95.0';

const KIT = 'whatsapp-error-codes';
const PLUGIN = 'eslint-plugin-whatsapp-errors';

interface Packed {
  readonly name: string;
  readonly version: string;
  readonly tarball: string;
  readonly files: readonly string[];
}

const packed = new Map<string, Packed>();
const tarball = (name: string): string => packed.get(name)!.tarball;
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

beforeAll(() => {
  // `npm test` has built both packages; pack them as npm publish would.
  const output = execFileSync('npm', ['pack', '--workspaces', '--ignore-scripts', '--pack-destination', work, '--json'], { ...quiet, cwd: root });
  for (const entry of JSON.parse(output) as { name: string; version: string; filename: string; files: { path: string }[] }[]) {
    packed.set(entry.name, { name: entry.name, version: entry.version, tarball: join(work, entry.filename), files: entry.files.map((file) => file.path) });
  }
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(command, [...args], { ...quiet, cwd, env: { ...process.env, ...env } });
}

/** A new project with `package.json` only, then `npm install` of `specs`: what npm did, and what it said. */
function newProject(name: string, specs: readonly string[], type: 'module' | 'commonjs' = 'module'): { dir: string; install: SpawnSyncReturns<string> } {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name, private: true, type }, null, 2)}\n`);
  const install = run('npm', ['install', '--no-audit', '--no-fund', '--save-exact', ...specs], dir);
  return { dir, install };
}

/** Every package directory under node_modules (scoped ones included), as installed. */
function installedPackages(dir: string): string[] {
  const modules = join(dir, 'node_modules');
  return readdirSync(modules, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory() || entry.name.startsWith('.')) return [];
    if (entry.name.startsWith('@')) return readdirSync(join(modules, entry.name)).map((inner) => `${entry.name}/${inner}`);
    return [entry.name];
  });
}

describe('the packed tarballs', () => {
  it('are the kit and the plugin, at one version, the plugin depending on the kit by a caret range of it', () => {
    const kit = packed.get(KIT)!;
    const plugin = packed.get(PLUGIN)!;
    expect(plugin.version).toBe(kit.version);
    const pluginManifest = readJson<{ dependencies: Record<string, string>; peerDependencies: Record<string, string> }>(join(root, 'rules/package.json'));
    expect(pluginManifest.dependencies).toEqual({ [KIT]: `^${kit.version}` });
    expect(pluginManifest.peerDependencies).toEqual({ eslint: '^8.57.0 || ^9.0.0 || ^10.0.0' });
    const kitManifest = readJson<Record<string, unknown>>(join(root, 'src/package.json'));
    expect(kitManifest['dependencies']).toBeUndefined();
    expect(kitManifest['peerDependencies']).toBeUndefined();
    expect(kitManifest['sideEffects']).toBe(false);
  });

  it('hold what users need and nothing else', () => {
    const kit = packed.get(KIT)!.files;
    for (const needed of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'catalog/catalog.json', 'catalog/catalog.schema.json', 'dist/esm/index.js', 'dist/esm/index.d.ts', 'dist/cjs/index.js', 'dist/cjs/index.d.ts', 'dist/cjs/package.json', 'dist/esm/cli/main.js']) {
      expect(kit).toContain(needed);
    }
    const plugin = packed.get(PLUGIN)!.files;
    for (const needed of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/index.js', 'dist/index.d.ts', 'dist/no-unknown-code.js']) expect(plugin).toContain(needed);
    const unwanted = [...kit, ...plugin].filter((file) => /\.ts$/.test(file) && !/\.d\.ts$/.test(file) || /\.test\.|\.tsbuildinfo$|fixtures|^(test|examples|scripts|bench)\//.test(file));
    expect(unwanted).toEqual([]);
  });

  it.each([KIT, PLUGIN])('%s passes publint (strict) and arethetypeswrong with its default profile', async (name) => {
    const dir = join(work, `unpacked-${name}`);
    mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-xzf', tarball(name), '-C', dir]);
    const { publint } = await import('publint');
    const { messages } = await publint({ pkgDir: join(dir, 'package'), strict: true });
    expect(messages).toEqual([]);
    const attw = run(process.execPath, [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), tarball(name), '--format', 'ascii'], root);
    expect(attw.stdout + attw.stderr).toContain('No problems found');
    expect(attw.status).toBe(0);
  }, 120_000);

  it("has a kit whose import graph reaches nothing outside the package, and a plugin that needs only the kit and Node's built-ins at run time", () => {
    const unpacked = (name: string): string => join(work, `graph-${name}`);
    for (const name of [KIT, PLUGIN]) {
      mkdirSync(unpacked(name), { recursive: true });
      execFileSync('tar', ['-xzf', tarball(name), '-C', unpacked(name)]);
    }
    const external = (entry: string): Set<string> => {
      const seen = new Set<string>();
      const found = new Set<string>();
      const visit = (file: string): void => {
        if (seen.has(file)) return;
        seen.add(file);
        const text = readFileSync(file, 'utf8');
        // import/export statements at the start of a line, import() and require(): not the words in comments and messages.
        for (const [, specifier] of text.matchAll(/(?:^\s*(?:import|export)\b[^'"\n]*?from\s+|\bimport\s*\(\s*|\brequire\(\s*)['"]([^'"]+)['"]/gm)) {
          if (specifier!.startsWith('.')) visit(join(file, '..', specifier!));
          else found.add(specifier!);
        }
      };
      visit(entry);
      return found;
    };
    for (const format of ['esm', 'cjs']) expect([...external(join(unpacked(KIT), 'package', 'dist', format, 'index.js'))]).toEqual([]);
    expect([...external(join(unpacked(PLUGIN), 'package', 'dist', 'index.js'))].sort()).toEqual(['node:fs', 'node:path', KIT]);
  });
});

describe('the kit alone, in an empty project', () => {
  let dir = '';
  let install: SpawnSyncReturns<string>;

  beforeAll(() => {
    ({ dir, install } = newProject('kit-only', [tarball(KIT)]));
  }, 300_000);

  it('installs exactly one package', () => {
    expect(install.status, install.stderr).toBe(0);
    expect(installedPackages(dir)).toEqual([KIT]);
  });

  it('works with import and with require', () => {
    const esm = run(process.execPath, ['--input-type=module', '-e', `import { categoryOf, WhatsAppErrorCode } from '${KIT}'; console.log(categoryOf(WhatsAppErrorCode.RATE_LIMIT_HIT));`], dir);
    expect(esm.stdout.trim(), esm.stderr).toBe('sender');
    const cjs = run(process.execPath, ['-e', `const { isWhatsAppErrorCode } = require('${KIT}'); console.log(isWhatsAppErrorCode(131047), isWhatsAppErrorCode(131074));`], dir);
    expect(cjs.stdout.trim(), cjs.stderr).toBe('true false');
  });

  it('runs the CLI from the installed bin', () => {
    const explain = run(join(dir, 'node_modules/.bin/whatsapp-error-codes'), ['explain', '131074'], dir);
    expect(explain.status).toBe(1);
    expect(explain.stdout).toMatch(/^131074 is not a WhatsApp Cloud API error code\. Did you mean 131047 RE_ENGAGEMENT_MESSAGE_REQUIRED \(sender\)/);
  });
});

interface LintMessage {
  ruleId: string | null;
  line: number;
  message: string;
  severity: number;
}

function eslint(dir: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): { file: string; messages: LintMessage[] }[] {
  const result = run(process.execPath, ['node_modules/eslint/bin/eslint.js', '--format', 'json', ...args], dir, env);
  expect(result.stderr).not.toMatch(/Error|Oops/);
  return (JSON.parse(result.stdout) as { filePath: string; messages: LintMessage[] }[]).map((entry) => ({ file: entry.filePath.slice(dir.length + 1), messages: entry.messages }));
}

function findings(results: { file: string; messages: LintMessage[] }[]): string[] {
  return results.flatMap(({ file, messages }) => messages.map((message) => `${file}:${message.line} ${message.severity === 2 ? 'error' : 'warn'} ${message.ruleId}`));
}

const PLANTED = [
  'handlers.ts:5 error whatsapp-errors/no-unknown-code',
  'handlers.ts:6 warn whatsapp-errors/no-deprecated-code',
  'handlers.ts:7 warn whatsapp-errors/prefer-code-constant',
  'handlers.ts:8 error whatsapp-errors/exhaustive-category-switch',
  'handlers.ts:16 warn whatsapp-errors/no-misnamed-code',
];

describe.each(ESLINT_VERSIONS)('a consumer project with ESLint %s', (eslintVersion) => {
  let dir = '';
  let install: SpawnSyncReturns<string>;
  // ESLint 8.57 reads eslint.config.* only when asked to; 9 and 10 always do.
  const env = eslintVersion.startsWith('8.') ? { ESLINT_USE_FLAT_CONFIG: 'true' } : {};

  beforeAll(() => {
    ({ dir, install } = newProject(`consumer-eslint-${eslintVersion}`, [tarball(KIT), tarball(PLUGIN), `eslint@${eslintVersion}`, `typescript-eslint@${TYPESCRIPT_ESLINT}`, `typescript@${TYPESCRIPT}`]));
    cpSync(consumerTemplate, dir, { recursive: true });
  }, 300_000);

  it('installs the plugin beside it without a peer conflict', () => {
    expect(install.stderr).not.toMatch(/ERESOLVE|peer dep/i);
    expect(install.status, install.stderr).toBe(0);
  });

  it.each(['eslint.config.js', 'eslint.config.cjs'])('reports the typo in `err.code === 131074` with the %s config', (config) => {
    const results = eslint(dir, ['--config', config, 'typo.js'], env);
    expect(findings(results)).toEqual(['typo.js:2 error whatsapp-errors/no-unknown-code']);
    expect(results[0]!.messages[0]!.message).toMatch(/^131074 is not a WhatsApp Cloud API error code\. Did you mean 131047 \(RE_ENGAGEMENT_MESSAGE_REQUIRED\)/);
  }, 60_000);

  it('reports exactly the planted mistakes with configs.recommended, from the ESM and the CommonJS config alike', () => {
    // typed.ts's `reason` is annotated as a code type: read from the annotation, without type information too.
    expect(findings(eslint(dir, ['handlers.ts', 'typed.ts', 'plain.js'], env))).toEqual([...PLANTED, 'plain.js:3 error whatsapp-errors/no-unknown-code', 'typed.ts:6 error whatsapp-errors/no-unknown-code']);
    expect(findings(eslint(dir, ['--config', 'eslint.config.cjs', 'handlers.ts'], env))).toEqual(PLANTED);
  }, 60_000);

  it('uses type information through projectService', () => {
    const results = eslint(dir, ['--config', 'eslint.typed.config.js', 'typed.ts'], env);
    expect(findings(results)).toEqual(['typed.ts:6 error whatsapp-errors/no-unknown-code']);
    expect(results[0]!.messages[0]!.message).toBe(
      '130249 is not a WhatsApp Cloud API error code. Did you mean 130429 (RATE_LIMIT_HIT), 130497 (COUNTRY_RESTRICTION) or 131049 (HEALTHY_ECOSYSTEM_LIMIT)?',
    );
  }, 120_000);

  it('fixes into code that tsc compiles: the import the fix adds names the installed kit', () => {
    const fixedDir = join(work, `fixed-${eslintVersion}`);
    cpSync(dir, fixedDir, { recursive: true, verbatimSymlinks: true });
    const fixed = run(process.execPath, ['node_modules/eslint/bin/eslint.js', '--fix', 'handlers.ts'], fixedDir, env);
    expect(fixed.status).toBe(1); // the typo, the retired code and the switch remain for the author
    const source = readFileSync(join(fixedDir, 'handlers.ts'), 'utf8');
    const [, importSource] = /import \{ categoryOf, WhatsAppErrorCode \} from '([^']+)';/.exec(source) ?? [];
    expect(importSource).toBe(readJson<{ name: string }>(join(root, 'src/package.json')).name);
    expect(source).toContain('if (error.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE)');
    const tsc = run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], fixedDir);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);
});

describe('oxlint, with the plugin in jsPlugins and no alias', () => {
  let dir = '';

  beforeAll(() => {
    ({ dir } = newProject('consumer-oxlint', [tarball(KIT), tarball(PLUGIN), `oxlint@${OXLINT}`, 'eslint@10.15.0', `typescript-eslint@${TYPESCRIPT_ESLINT}`, `typescript@${TYPESCRIPT}`]));
    cpSync(consumerTemplate, dir, { recursive: true });
  }, 300_000);

  function oxlint(args: readonly string[], cwd = dir): string[] {
    // One thread: oxlint then lints every file with one `SourceCode` object, which gets a new AST per file.
    const result = run(process.execPath, ['node_modules/oxlint/bin/oxlint', '--threads=1', '--format', 'json', ...args], cwd);
    const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: { code: string; severity: string; filename: string; labels: { span: { line: number } }[] }[] };
    return diagnostics
      .map((d) => `${d.filename}:${d.labels[0]!.span.line} ${d.severity === 'error' ? 'error' : 'warn'} ${d.code.replace(/^(.+)\((.+)\)$/, '$1/$2')}`)
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  }

  it('reports what ESLint reports', () => {
    expect(oxlint(['handlers.ts', 'typo.js'])).toEqual([...PLANTED, 'typo.js:2 error whatsapp-errors/no-unknown-code']);
  });

  it('fixes as ESLint fixes', () => {
    const byOxlint = join(work, 'fixed-by-oxlint');
    const byEslint = join(work, 'fixed-by-eslint');
    for (const copy of [byOxlint, byEslint]) cpSync(dir, copy, { recursive: true, verbatimSymlinks: true });
    run(process.execPath, ['node_modules/oxlint/bin/oxlint', '--fix', 'handlers.ts'], byOxlint);
    run(process.execPath, ['node_modules/eslint/bin/eslint.js', '--fix', 'handlers.ts'], byEslint);
    const fixed = readFileSync(join(byOxlint, 'handlers.ts'), 'utf8');
    expect(fixed).toContain('WhatsAppErrorCode.MESSAGE_UNDELIVERABLE');
    expect(fixed).toBe(readFileSync(join(byEslint, 'handlers.ts'), 'utf8'));
  });
});
