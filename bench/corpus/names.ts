/** Word lists and a per-file name allocator, so generated declarations never collide within a file. */
import type { Random } from '../prng.js';

export const NOUNS = [
  'order', 'invoice', 'customer', 'account', 'session', 'payment', 'shipment', 'product', 'cart', 'ticket',
  'report', 'message', 'contact', 'campaign', 'template', 'booking', 'refund', 'subscription', 'device', 'upload',
] as const;

export const VERBS = ['load', 'sync', 'build', 'resolve', 'format', 'validate', 'normalize', 'fetch', 'update', 'archive'] as const;

export const STATUSES = ['pending', 'active', 'paused', 'cancelled', 'completed', 'failed', 'expired', 'draft'] as const;

export function capitalize(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** Hands out `orderStore`, `orderStore2`, … so two snippets in one file never declare the same name. */
export class Names {
  private readonly used = new Map<string, number>();
  constructor(readonly random: Random) {}

  unique(base: string): string {
    const count = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, count);
    return count === 1 ? base : `${base}${count}`;
  }

  noun(): string {
    return this.random.pick(NOUNS);
  }
}
