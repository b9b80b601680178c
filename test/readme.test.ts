/**
 * The README's "kit in five lines" is code that runs: its block, as written, becomes the body of
 * a function that is type-checked against the kit and called with real error shapes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeErrorCode } from '../src/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## The kit in five lines'));
const [, block] = /```ts\n([\s\S]*?)```/.exec(section) ?? [];
const lines = (block ?? '').trimEnd().split('\n');
const [importLine, blank, ...body] = lines;

type Handler = (thrown: unknown, to: string, attempt: number) => string;
let dir = '';
let handle: Handler;

beforeAll(async () => {
  dir = mkdtempSync(join(ROOT, 'test', '.tmp-readme-'));
  const file = join(dir, 'on-send-failure.ts');
  writeFileSync(
    file,
    [
      importLine,
      '',
      'declare function sendTemplate(to: string): string;',
      'declare function drop(action: string, why: string | undefined): string;',
      'declare function retryIn(ms: number): string;',
      'export function onSendFailure(thrown: unknown, to: string, attempt: number): string {',
      ...body.map((line) => `  ${line}`),
      '}',
      // The stand-ins say what the README's lines decided.
      'globalThis.sendTemplate = (to: string) => `template:${to}`;',
      'globalThis.drop = (action: string, why: string | undefined) => `drop:${action}:${why}`;',
      'globalThis.retryIn = (ms: number) => `retry:${ms}`;',
      '',
    ].join('\n').replace(/^globalThis\.(\w+) =/gm, '(globalThis as Record<string, unknown>).$1 ='),
  );
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const diagnostics = ts.getPreEmitDiagnostics(ts.createProgram([file], { ...options, noEmit: true }));
  if (diagnostics.length > 0) throw new Error(`the README's example does not type-check:\n${diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n')}`);
  ({ onSendFailure: handle } = (await import(file)) as { onSendFailure: Handler });
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const axiosError = (code: number, headers: Record<string, string> = {}) =>
  Object.assign(new Error('Request failed with status code 400'), {
    code: 'ERR_BAD_REQUEST',
    response: { status: 400, headers, data: { error: { message: `(#${code}) x`, type: 'OAuthException', code, fbtrace_id: 'A' } } },
  });

describe("the README's kit in five lines", () => {
  it('is five lines after its import, and imports only what the kit exports', () => {
    expect(blank).toBe('');
    expect(body).toHaveLength(5);
    expect(importLine).toMatch(/^import \{ [\w, ]+ \} from 'whatsapp-error-codes';$/);
  });

  it('sends a template when the 24-hour window is closed', () => {
    expect(handle(axiosError(131047), '+15551234567', 1)).toBe('template:+15551234567');
  });

  it("waits what the response's Retry-After asks before retrying a rate limit", () => {
    expect(handle(axiosError(130429, { 'retry-after': '20' }), 'x', 1)).toBe('retry:20000');
  });

  it('retries a platform failure after a short, capped delay', () => {
    const [, ms] = handle(axiosError(131000), 'x', 1).split(':');
    expect(Number(ms)).toBeGreaterThanOrEqual(0);
    expect(Number(ms)).toBeLessThanOrEqual(1000);
  });

  it("drops what will never be delivered, with the catalog's reason", () => {
    const webhookError = { code: 131026, title: 'Message undeliverable', error_data: { details: 'x' } };
    expect(handle(webhookError, 'x', 1)).toBe(`drop:do-not-retry:${describeErrorCode(131026).summary}`);
  });

  it('drops a wait longer than a retry loop should hold (131049 asks for 24 hours)', () => {
    expect(handle(axiosError(131049), 'x', 1)).toBe(`drop:wait:${describeErrorCode(131049).summary}`);
  });

  it('rethrows what is not a WhatsApp error', () => {
    const socket = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    expect(() => handle(socket, 'x', 1)).toThrow(socket);
  });
});
