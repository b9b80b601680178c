/**
 * A large file full of magic codes, through ESLint 10's Node API and its JSON formatter, with the
 * built plugin's `recommended` config. ESLint merges the fixes of one report into one fix from the
 * first edit to the last: when every report carried the import beside its literal, each fix ran
 * from the top of the file to its literal, and the report grew with the square of the file (23 MB
 * of fix text for 1,000 lines; "Invalid string length" in the JSON formatter at 5,000). Now one
 * report per file carries the import and the others carry their literal alone once it exists, so
 * every fix is the size of a literal and the report grows with the file. 5,000 lines: big enough
 * that a quadratic report would be hundreds of megabytes, small enough for a few seconds.
 */
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pluginEntry = join(root, 'rules/dist/index.js');
const work = mkdtempSync(join(tmpdir(), 'wa-large-report-'));
const IMPORT = "import { WhatsAppErrorCode } from 'whatsapp-error-codes';\n";
const LINES = 5000;

const CODES = [131026, 131047, 130429, 131056, 131000, 131050, 131031, 132000, 133010, 131051];

/** Functions of comparisons, a switch and a Set, until the file has `lines` lines; and how many literals it holds. */
function generate(lines: number): { readonly text: string; readonly literals: number } {
  const out: string[] = [];
  let literals = 0;
  const code = (): number => CODES[literals++ % CODES.length]!;
  for (let fn = 0; out.length < lines; fn++) {
    out.push(`export function handle${fn}(err) {`);
    for (let i = 0; i < 10; i++) out.push(`  if (err.code === ${code()}) return ${i};`);
    out.push('  switch (err.code) {', `    case ${code()}:`, `    case ${code()}:`, "      return 'switch';", '  }');
    out.push(`  const PERMANENT_CODES = new Set([${code()}, ${code()}]);`, "  return PERMANENT_CODES.has(err.code) ? 'permanent' : undefined;", '}');
  }
  return { text: `${out.join('\n')}\n`, literals };
}

const { text, literals } = generate(LINES);
let eslint: ESLint;
let fresh: ESLint.LintResult | undefined;
let imported: ESLint.LintResult | undefined;

/** Sum of `fix.text.length` and the range a fix spans, over the messages that have one. */
const fixSize = (messages: readonly Linter.LintMessage[]): number => messages.reduce((sum, message) => sum + (message.fix ? message.fix.text.length + message.fix.range[1] - message.fix.range[0] : 0), 0);

beforeAll(async () => {
  if (!existsSync(pluginEntry) || statSync(pluginEntry).mtimeMs < statSync(join(root, 'rules/prefer-code-constant.ts')).mtimeMs) {
    throw new Error('rules/dist is missing or older than rules/prefer-code-constant.ts: run `npm run build` first.');
  }
  writeFileSync(join(work, 'package.json'), '{ "private": true, "type": "module" }\n');
  const plugin = createRequire(import.meta.url)(pluginEntry) as { configs: { recommended: Linter.Config } };
  eslint = new ESLint({ cwd: work, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended] });
  [[fresh], [imported]] = await Promise.all([eslint.lintText(text, { filePath: join(work, 'magic.js') }), eslint.lintText(IMPORT + text, { filePath: join(work, 'imported.js') })]);
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`a ${LINES}-line file of ${literals} magic codes`, () => {
  it('is reported once per literal, by prefer-code-constant only', () => {
    expect(fresh!.messages).toHaveLength(literals);
    expect(new Set(fresh!.messages.map((message) => message.ruleId))).toEqual(new Set(['whatsapp-errors/prefer-code-constant']));
  });

  it('without the import: one report carries it, with its literal; the others wait for the next pass', () => {
    const fixed = fresh!.messages.filter((message) => message.fix);
    expect(fixed).toHaveLength(1);
    expect(fixed[0]!.fix).toEqual({ range: [0, 56], text: `${IMPORT}export function handle0(err) {\n  if (err.code === WhatsAppErrorCode.MESSAGE_UNDELIVERABLE` });
    expect(fresh!.messages.every((message) => message.suggestions === undefined)).toBe(true);
  });

  it('with the import: every report has a fix of its literal alone (JavaScript: no Set needs a widening)', () => {
    expect(imported!.messages).toHaveLength(literals);
    for (const message of imported!.messages) {
      expect(message.fix!.range[1] - message.fix!.range[0]).toBe(6);
      expect(message.fix!.text).toMatch(/^WhatsAppErrorCode\.[A-Z_]+$/);
    }
    expect(fixSize(imported!.messages)).toBeLessThan(60 * literals);
  });

  it('the JSON formatter writes a report that grows with the file, not its square', async () => {
    const formatter = await eslint.loadFormatter('json');
    for (const result of [fresh!, imported!]) {
      const output = await formatter.format([result]);
      expect(JSON.parse(output)).toHaveLength(1);
      expect(output.length).toBeLessThan(400 * literals);
    }
  });

  it('eslint --fix (multi-pass) rewrites every literal: pass 1 adds the import, pass 2 the rest', async () => {
    const fixer = new ESLint({ cwd: work, overrideConfigFile: true, overrideConfig: [(createRequire(import.meta.url)(pluginEntry) as { configs: { recommended: Linter.Config } }).configs.recommended], fix: true });
    const [result] = await fixer.lintText(text, { filePath: join(work, 'magic.js') });
    expect(result!.messages).toEqual([]);
    expect(result!.output!.startsWith(IMPORT)).toBe(true);
    expect(result!.output!.match(/WhatsAppErrorCode\.[A-Z_]+/g)).toHaveLength(literals);
  });
});
