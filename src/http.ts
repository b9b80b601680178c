/** What the HTTP layer adds to an error: the status and the `Retry-After` header, read from any client's response. */

/** `Headers` (fetch, ky), `AxiosHeaders`, or a plain record of header values (axios, got, Node). */
export type HeadersLike = { get(name: string): unknown } | Readonly<Record<string, unknown>>;

/** The parts of a response the kit reads: a fetch `Response`, an axios or got response. */
export interface ResponseLike {
  readonly status?: number;
  readonly statusCode?: number;
  readonly headers?: HeadersLike;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

/** A header's value, whatever holds it; the first value of a repeated header. */
export function readHeader(headers: unknown, name: string): string | undefined {
  if (!isRecord(headers)) return undefined;
  let value: unknown;
  if (typeof headers['get'] === 'function') value = (headers as { get(name: string): unknown }).get(name);
  if (value === undefined || value === null) {
    const lower = name.toLowerCase();
    const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === lower);
    value = key === undefined ? undefined : headers[key];
  }
  if (Array.isArray(value)) value = value[0];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : undefined;
}

/** The HTTP status of a response, if it has a plausible one. */
export function statusOf(response: unknown): number | undefined {
  if (!isRecord(response)) return undefined;
  const status = response['status'] ?? response['statusCode'];
  return typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599 ? status : undefined;
}

/**
 * `Retry-After` in milliseconds from `now`: delta-seconds (`120`) or an HTTP date
 * (`Wed, 21 Oct 2026 07:28:00 GMT`; a date in the past is 0). `undefined` for anything else,
 * such as a negative or fractional number of seconds.
 */
export function parseRetryAfter(value: string | number | null | undefined, now: number = Date.now()): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value * 1000 : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its weekday and its zone (RFC 9110, 5.6.7): anything looser is not one.
  if (!/^[A-Za-z]{3,9},? .*\d{2}:\d{2}:\d{2} (?:GMT|UTC)$|^[A-Za-z]{3} [A-Za-z]{3} +\d{1,2} \d{2}:\d{2}:\d{2} \d{4}$/.test(text)) return undefined;
  const date = Date.parse(/GMT|UTC$/.test(text) ? text : `${text} GMT`);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
