// When to resend a message after a synchronous Graph API error, with two planted mistakes.
interface GraphError {
  response?: { status: number; data?: { error?: { code: number; message: string } } };
}

// Mistake 5: 130249 is a typo for 130429, the throughput rate limit.
const RETRYABLE_CODES = new Set([130249, 131056, 131000]);

export function shouldRetry(err: GraphError, attempt: number): boolean {
  const code = err.response?.data?.error?.code;
  if (code === undefined || attempt >= 5) return false;
  // Mistake 6: 429 was the On-Premises rate limit; the Cloud API sends 130429 (with HTTP 400).
  if (code === 429) return true;
  return RETRYABLE_CODES.has(code);
}

export function backoffMs(attempt: number): number {
  return Math.min(60_000, 1_000 * 4 ** attempt);
}
