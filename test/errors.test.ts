/**
 * WhatsAppApiError and getErrorCode: every shape a WhatsApp error reaches user code in is read
 * the same way, and the shapes of unrelated libraries are not read at all.
 */
import { describe, expect, it } from 'vitest';
import {
  WhatsAppApiError,
  WhatsAppErrorCode,
  WhatsAppErrorSubcode,
  describeError,
  describeErrorCode,
  describeErrorSubcode,
  getErrorCode,
  isGraphApiErrorBody,
  isWhatsAppApiError,
} from '../src/index.js';

const NOW = Date.UTC(2026, 11, 2, 12, 0, 0);

/** A Graph API error body as Meta sends it (https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes). */
function graphBody(code: number, extra: Record<string, unknown> = {}) {
  return {
    error: {
      message: `(#${code}) Something`,
      type: 'OAuthException',
      code,
      error_data: { messaging_product: 'whatsapp', details: `Details of ${code}` },
      fbtrace_id: 'AbCdEf123',
      ...extra,
    },
  };
}

/** The error axios rejects with: its own string `code`, Meta's body in `response.data`. */
function axiosError(body: unknown, status = 400, headers: Record<string, string> = {}) {
  return Object.assign(new Error(`Request failed with status code ${status}`), {
    name: 'AxiosError',
    isAxiosError: true,
    code: 'ERR_BAD_REQUEST',
    response: { status, statusText: 'Bad Request', headers, data: body },
  });
}

/** The error ky 2 throws: the parsed body in `data`, the consumed `Response` for status and headers. */
function kyError(body: unknown, status: number, headers: Record<string, string> = {}) {
  return Object.assign(new Error(`Request failed with status code ${status}`), {
    name: 'HTTPError',
    data: body,
    response: new Response(null, { status, headers }),
  });
}

describe('WhatsAppApiError.from reads every shape a WhatsApp error arrives in', () => {
  it('a Graph API error body, with everything Meta put in it', () => {
    const error = WhatsAppApiError.from(graphBody(131047, { is_transient: false, error_user_title: 'Window closed', error_user_msg: 'Send a template' }))!;
    expect(error).toBeInstanceOf(WhatsAppApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'WhatsAppApiError',
      message: '(#131047) Something',
      code: 131047,
      subcode: undefined,
      category: 'sender',
      entry: describeErrorCode(131047),
      fbtraceId: 'AbCdEf123',
      details: 'Details of 131047',
      type: 'OAuthException',
      isTransient: false,
      userTitle: 'Window closed',
      userMessage: 'Send a template',
      httpStatus: undefined,
      retryAfterMs: undefined,
    });
    expect(error.retry).toEqual({ action: 'send-template', transient: false, basis: 'code' });
  });

  it('an axios error: the body from response.data, the status and Retry-After from the response, not axios\'s own code', () => {
    const error = WhatsAppApiError.from(axiosError(graphBody(130429), 400, { 'retry-after': '30' }))!;
    expect(error).toMatchObject({ code: 130429, httpStatus: 400, retryAfterMs: 30_000, category: 'sender' });
    expect(error.retry).toMatchObject({ action: 'retry-with-backoff', transient: true, minDelayMs: 30_000, basis: 'code' });
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('a ky HTTPError: the body from data, status and Retry-After from its Response', () => {
    const error = WhatsAppApiError.from(kyError(graphBody(131056), 400, { 'Retry-After': '6' }))!;
    expect(error).toMatchObject({ code: 131056, httpStatus: 400, retryAfterMs: 6000 });
  });

  it('a fetch Response and its JSON, synchronously with the response as context or from the response itself', async () => {
    const response = new Response(JSON.stringify(graphBody(131049)), { status: 400, headers: { 'content-type': 'application/json', 'retry-after': 'Wed, 02 Dec 2026 12:00:10 GMT' } });
    const fromBody = WhatsAppApiError.from(await response.clone().json(), { response, now: NOW })!;
    expect(fromBody).toMatchObject({ code: 131049, httpStatus: 400, retryAfterMs: 10_000 });
    const fromResponse = (await WhatsAppApiError.fromResponse(response))!;
    expect(fromResponse).toMatchObject({ code: 131049, httpStatus: 400, fbtraceId: 'AbCdEf123' });
    expect(await response.json()).toEqual(graphBody(131049)); // the body is still there for the caller
    expect(await WhatsAppApiError.fromResponse(new Response('<html>Bad gateway</html>', { status: 502 }))).toBeUndefined();
  });

  it('a webhook status error (statuses[].errors[])', () => {
    const webhookError = { code: 131026, title: 'Message undeliverable', message: 'Message undeliverable', error_data: { details: 'Unable to deliver' }, href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/' };
    expect(WhatsAppApiError.from(webhookError)).toMatchObject({ code: 131026, category: 'recipient', title: 'Message undeliverable', details: 'Unable to deliver' });
  });

  it('a failed status, and a webhook value with errors[] (value.errors[])', () => {
    const status = { id: 'wamid.X', status: 'failed', timestamp: '1700000000', recipient_id: '15551234567', errors: [{ code: 131047, title: 'Re-engagement message' }] };
    expect(WhatsAppApiError.from(status)?.code).toBe(131047);
    const value = { messaging_product: 'whatsapp', metadata: { phone_number_id: '1' }, errors: [{ code: 130429, title: 'Rate limit hit', message: 'Rate limit hit', error_data: { details: 'Throughput reached' } }] };
    expect(WhatsAppApiError.from(value)).toMatchObject({ code: 130429, details: 'Throughput reached' });
  });

  it('a stringified code, alone or in an adapter error (Vercel Chat)', () => {
    expect(WhatsAppApiError.from('131047')?.code).toBe(131047);
    expect(WhatsAppApiError.from(131047)?.code).toBe(131047);
    const vercelOld = Object.assign(new Error('WhatsApp API error'), { code: '131047', status: 400, subcode: undefined, traceId: 'AbC' });
    expect(WhatsAppApiError.from(vercelOld)).toMatchObject({ code: 131047, httpStatus: 400, fbtraceId: 'AbC' });
    // The current adapter keeps its own taxonomy in `code` and the parsed body in `raw`.
    const vercel = Object.assign(new Error('send failed: 400'), { code: 'RATE_LIMITED', status: 400, errorCode: 130429, traceId: 'AbC', raw: graphBody(130429) });
    expect(WhatsAppApiError.from(vercel)).toMatchObject({ code: 130429, httpStatus: 400 });
  });

  it("Kapso's GraphApiError (camelCase fields) and a Graph error object on its own (whatsapp-business rejects with it)", () => {
    const kapso = Object.assign(new Error('(#131056) pair rate limit'), { code: 131056, errorSubcode: undefined, fbtraceId: 'Xy', httpStatus: 400, details: 'Too many messages', retryAfterMs: 4000 });
    expect(WhatsAppApiError.from(kapso)).toMatchObject({ code: 131056, fbtraceId: 'Xy', httpStatus: 400, details: 'Too many messages', retryAfterMs: 4000 });
    expect(WhatsAppApiError.from(graphBody(131008).error)?.code).toBe(131008);
  });

  it('any of these as the cause of another error, three levels deep', () => {
    const wrapped = new Error('send failed', { cause: new Error('request failed', { cause: axiosError(graphBody(131047)) }) });
    expect(WhatsAppApiError.from(wrapped)?.code).toBe(131047);
    const tooDeep = { cause: { cause: { cause: { cause: graphBody(131047) } } } };
    expect(WhatsAppApiError.from(tooDeep)).toBeUndefined();
    const cyclic: { message: string; cause?: unknown } = { message: 'first' };
    cyclic.cause = { message: 'second', cause: cyclic };
    expect(WhatsAppApiError.from(cyclic)).toBeUndefined();
  });

  it('fields that carry no mark of Meta once read (a code and its details): the advice and entry still come with them', () => {
    const error = new WhatsAppApiError({ code: 131026, details: 'Unable to deliver' });
    expect(error).toMatchObject({ code: 131026, details: 'Unable to deliver', category: 'recipient', entry: describeErrorCode(131026) });
    expect(error.retry).toEqual({ action: 'do-not-retry', transient: false, basis: 'code' });
    expect(WhatsAppApiError.from({ code: 131026, title: 'Message undeliverable', error_data: { details: 'x' } })).toMatchObject({ title: 'Message undeliverable', details: 'x' });
  });

  it('a WhatsAppApiError itself, and a JSON text body (got, superagent)', () => {
    const error = WhatsAppApiError.from(graphBody(131026))!;
    expect(WhatsAppApiError.from(error)).toBe(error);
    const got = Object.assign(new Error('Response code 400'), { code: 'ERR_NON_2XX_3XX_RESPONSE', response: { statusCode: 400, headers: {}, body: JSON.stringify(graphBody(131009)) } });
    expect(WhatsAppApiError.from(got)).toMatchObject({ code: 131009, httpStatus: 400 });
  });
});

describe('WhatsAppApiError.from rejects what is not a WhatsApp error', () => {
  it.each([
    ['a bare code from an unrelated library', { code: 1 }],
    ['a child process error', Object.assign(new Error('Command failed: git push'), { code: 1, killed: false, signal: null, cmd: 'git push' })],
    ['a Postgres unique violation', Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505', severity: 'ERROR', detail: 'Key (id)=(1) already exists.' })],
    ['a Node system error', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', errno: -111, syscall: 'connect' })],
    ['an axios network error without a response', Object.assign(new Error('socket hang up'), { isAxiosError: true, code: 'ECONNRESET' })],
    ['an axios error whose body is not Meta\'s', axiosError({ message: 'Bad gateway' }, 502)],
    ["another API's error envelope (Google)", { error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' } }],
    ['a JSON-RPC error', { jsonrpc: '2.0', error: { code: -32600, message: 'Invalid Request' }, id: 1 }],
    ['a message that mentions a code', new Error('(#131047) Re-engagement message')],
    ['a negative or fractional code', { code: -5, title: 'x' }],
    ['not a code', 'abc'],
    ['a code with a sign', '-131047'],
    ['an empty errors list', { errors: [] }],
    ['null', null],
    ['undefined', undefined],
  ])('%s', (_, value) => {
    expect(WhatsAppApiError.from(value)).toBeUndefined();
    expect(getErrorCode(value)).toBeUndefined();
  });
});

describe('getErrorCode', () => {
  it('returns the code every shape carries', () => {
    expect(getErrorCode(graphBody(131047))).toBe(131047);
    expect(getErrorCode(axiosError(graphBody(130429)))).toBe(130429);
    expect(getErrorCode({ code: 131026, title: 'Message undeliverable' })).toBe(131026);
    expect(getErrorCode('131047')).toBe(131047);
    expect(getErrorCode({ error: { code: '131047', message: '(#131047) Re-engagement message' } })).toBe(131047);
  });
});

describe('describeError: the subcode first, then the code', () => {
  it('finds the meaning of a (code, error_subcode) pair', () => {
    const entry = describeError({ code: 100, error_subcode: WhatsAppErrorSubcode.TEMPLATE_CHARACTER_LIMIT_EXCEEDED });
    expect(entry).toBe(describeErrorSubcode(100, 2388040));
    expect(entry).toMatchObject({ code: 100, subcode: 2388040, name: 'TEMPLATE_CHARACTER_LIMIT_EXCEEDED' });
    expect(describeError(graphBody(100, { error_subcode: 2388040 }))).toBe(entry);
    expect(WhatsAppApiError.from(graphBody(100, { error_subcode: 2388040 }))).toMatchObject({ code: 100, subcode: 2388040, entry });
  });

  it("falls back to the code's meaning for a subcode the catalog does not document", () => {
    expect(describeError({ code: 100, error_subcode: 1234567 })).toBe(describeErrorCode(100));
    expect(describeError({ code: 131047 })).toBe(describeErrorCode(131047));
  });

  it('reads a value Meta documents only as a subcode, sent as the code, as that subcode', () => {
    expect(describeError({ code: 2388040, title: 'x' })).toBe(describeErrorSubcode(100, 2388040));
    expect(describeErrorCode(2388040)).toBeUndefined();
  });

  it('describes nothing for an unknown code or a value that holds no code', () => {
    expect(describeError({ code: 131074, title: 'x' })).toBeUndefined();
    expect(describeError({ code: 'ERR_BAD_REQUEST' })).toBeUndefined();
    expect(describeError(null)).toBeUndefined();
  });
});

describe('isWhatsAppApiError', () => {
  it('recognises the kit\'s errors only', () => {
    expect(isWhatsAppApiError(WhatsAppApiError.from(131047))).toBe(true);
    expect(isWhatsAppApiError(Object.assign(new Error('x'), { name: 'WhatsAppApiError', code: 131047 }))).toBe(false);
    expect(isWhatsAppApiError(graphBody(131047))).toBe(false);
  });

  it('keeps the code comparable with the constants', () => {
    const error = WhatsAppApiError.from(graphBody(131047))!;
    expect(error.code === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED).toBe(true);
  });
});

describe('isGraphApiErrorBody', () => {
  it('accepts a Graph API error body', () => {
    expect(isGraphApiErrorBody(graphBody(131047))).toBe(true);
  });

  it.each([
    ['a string code', { error: { message: 'x', code: '131047' } }],
    ['no message', { error: { code: 131047 } }],
    ['a webhook error', { code: 131047, title: 'x' }],
    ['an error that is a string', { error: 'bad' }],
    ['null', null],
  ])('rejects %s', (_, value) => {
    expect(isGraphApiErrorBody(value)).toBe(false);
  });
});
