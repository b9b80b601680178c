/**
 * Categories: who can act on a failure. `categoryOf` and `matchCategory` keep the category
 * exact at the type level, so a forgotten category is a compile error rather than a silent gap.
 */
import type { ErrorCategory } from './catalog/schema.js';
import type { ErrorCategoryByCode, PlatformErrorCode, RecipientErrorCode, SenderErrorCode, WhatsAppErrorCode } from './generated/catalog.js';
import { describeErrorCode } from './lookup.js';

export type { ErrorCategory };

/** The three categories, in the order the docs and the CLI list them. */
export const ERROR_CATEGORIES = ['sender', 'recipient', 'platform'] as const satisfies readonly ErrorCategory[];

/** The union of the codes of one category (or of several, for a union of categories). */
export type ErrorCodeOf<C extends ErrorCategory> = {
  sender: SenderErrorCode;
  recipient: RecipientErrorCode;
  platform: PlatformErrorCode;
}[C];

/** The category of a code, exactly: `CategoryOf<131047>` is `'sender'`. */
export type CategoryOf<Code extends WhatsAppErrorCode> = ErrorCategoryByCode[Code];

export function isErrorCategory(value: unknown): value is ErrorCategory {
  return value === 'sender' || value === 'recipient' || value === 'platform';
}

/**
 * The category of a code. For a code typed as a known literal the result type is that code's
 * category; for a plain `number` it is `ErrorCategory | undefined` (undefined: not a known code).
 */
export function categoryOf<Code extends WhatsAppErrorCode>(code: Code): CategoryOf<Code>;
export function categoryOf(code: number): ErrorCategory | undefined;
export function categoryOf(code: number): ErrorCategory | undefined {
  return describeErrorCode(code)?.category;
}

/** One handler per category, each given the code narrowed to that category's codes. */
export type CategoryHandlers<Code extends number> = {
  readonly [C in ErrorCategory]: (code: Extract<Code, ErrorCodeOf<C>>) => unknown;
};

/** Handlers for a code typed as plain `number`: the three categories plus `unknown`. */
export type LooseCategoryHandlers = CategoryHandlers<WhatsAppErrorCode> & {
  readonly unknown: (code: number) => unknown;
};

type HandlerResult<H> = { [K in keyof H]: H[K] extends (...args: never[]) => infer R ? R : never }[keyof H];

/**
 * Calls the handler of the code's category and returns what it returns. All three category
 * handlers are required; when `code` is a plain `number`, an `unknown` handler is required too.
 */
export function matchCategory<Code extends WhatsAppErrorCode, H extends CategoryHandlers<Code>>(code: Code, handlers: H): HandlerResult<H>;
export function matchCategory<H extends LooseCategoryHandlers>(code: number, handlers: H): HandlerResult<H>;
export function matchCategory(code: number, handlers: LooseCategoryHandlers): unknown {
  const category = describeErrorCode(code)?.category;
  if (category !== undefined) return (handlers[category] as (code: number) => unknown)(code);
  if (typeof handlers.unknown === 'function') return handlers.unknown(code);
  throw new TypeError(`matchCategory: ${String(code)} is not a known WhatsApp error code and no "unknown" handler was given`);
}
