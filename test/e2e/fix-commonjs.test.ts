/**
 * `eslint --fix` with prefer-code-constant on JavaScript that Node runs as CommonJS and as ESM
 * (test/fixtures/fix/commonjs): a `.cjs` file and a `.js` file of a `"type": "commonjs"` package
 * (which ESLint parses as a module, and whose `exports.x =` says CommonJS) get a `require` of the
 * kit, the `.mjs` file an `import` after its `'use strict'`, and Node gives the same answers
 * before and after the fix. With the built plugin (rules/dist) and the built kit (src/dist), which
 * the fixture requires through node_modules as a user's project would.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { afterAll, beforeAll, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pluginEntry = join(root, 'rules/dist/index.js');
const dir = mkdtempSync(join(tmpdir(), 'wa-fix-commonjs-'));
const RULE = 'whatsapp-errors/prefer-code-constant';

const run = (): string => execFileSync(process.execPath, ['check.cjs'], { cwd: dir, encoding: 'utf8' });
const source = (file: string): string => readFileSync(join(dir, file), 'utf8');

let before: string;
let left: Linter.LintMessage[];

beforeAll(async () => {
  if (!existsSync(pluginEntry) || statSync(pluginEntry).mtimeMs < statSync(join(root, 'rules/utils/fix-import.ts')).mtimeMs) {
    throw new Error('rules/dist is missing or older than rules/utils/fix-import.ts: run `npm run build` first.');
  }
  cpSync(join(root, 'test/fixtures/fix/commonjs'), dir, { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(join(root, 'src'), join(dir, 'node_modules/whatsapp-error-codes'), 'dir');
  before = run();
  const plugin = createRequire(import.meta.url)(pluginEntry) as NonNullable<Linter.Config['plugins']>[string];
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.js', '**/*.cjs', '**/*.mjs'], ignores: ['check.cjs'], plugins: { 'whatsapp-errors': plugin }, rules: { [RULE]: 'warn' } }],
    fix: true,
  });
  const results = await eslint.lintFiles(['.']);
  await ESLint.outputFixes(results);
  left = results.flatMap((result) => result.messages);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('fixes every literal', () => {
  expect(left).toEqual([]);
});

it('requires the kit in CommonJS, after the directive and the file’s requires, in its style', () => {
  expect(source('legacy.cjs')).toMatch(/^'use strict';\nconst path = require\('node:path'\);\nconst \{ WhatsAppErrorCode \} = require\('whatsapp-error-codes'\);\n\nfunction classify/);
  // No semicolons in the file, none on the new line; the comment on the top stays above it as it is no license.
  expect(source('handler.js')).toBe(
    [
      "const { WhatsAppErrorCode } = require('whatsapp-error-codes')",
      '// A .js file in a CommonJS package: ESLint parses it as a module, its content says CommonJS.',
      'exports.isWindowClosed = (err) => err.code === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED',
      'exports.isThrottled = (err) => [WhatsAppErrorCode.RATE_LIMIT_HIT, WhatsAppErrorCode.PAIR_RATE_LIMIT_HIT].includes(err.code)',
      '',
    ].join('\n'),
  );
});

it('imports the kit in ESM, after the directive', () => {
  expect(source('module.mjs')).toMatch(/^'use strict';\n\nimport \{ WhatsAppErrorCode \} from 'whatsapp-error-codes';\n\nexport const isRetryable/);
});

it('Node gives the same answers before and after the fix', () => {
  expect(JSON.parse(before)).toHaveLength(7);
  expect(run()).toBe(before);
});
