import { expectTypeOf, test } from 'vitest';
import {
  assertNever,
  categoryOf,
  describeErrorCode,
  describeErrorSubcode,
  getErrorCode,
  isRateLimit,
  isWhatsAppErrorCode,
  matchCategory,
  nextRetryDelay,
  retryAdviceOf,
  WhatsAppApiError,
  WhatsAppErrorCode,
  WhatsAppErrorSubcode,
  type CatalogSubcodeEntry,
  type ErrorSubcodesByCode,
  type RetryAction,
  type RetryActionOf,
  type RetryAdvice,
  type SubcodeOf,
  type CategoryOf,
  type ErrorCategory,
  type ErrorCodeOf,
  type LooseWhatsAppErrorCode,
  type PlatformErrorCode,
  type RecipientErrorCode,
  type SenderErrorCode,
} from '../src/index.js';

declare const anyCode: WhatsAppErrorCode;
declare const anyNumber: number;

const handlers = {
  sender: (code: SenderErrorCode) => code,
  recipient: (code: RecipientErrorCode) => code,
  platform: (code: PlatformErrorCode) => code,
};

test('WhatsAppErrorCode accepts documented codes only', () => {
  const known: WhatsAppErrorCode = 131047;
  const inRange: WhatsAppErrorCode = 250;
  // @ts-expect-error 131074 is not a documented code
  const unknown: WhatsAppErrorCode = 131074;
  // @ts-expect-error 470 is retired
  const retired: WhatsAppErrorCode = 470;
  // @ts-expect-error 300 is past the end of the 200–299 range
  const pastRange: WhatsAppErrorCode = 300;
  expectTypeOf(WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED).toEqualTypeOf<131047>();
  expectTypeOf(WhatsAppErrorCode.API_PERMISSION).toEqualTypeOf<200>();
  void [known, inRange, unknown, retired, pastRange];
});

test('CategoryOf is the exact category of a code', () => {
  expectTypeOf<CategoryOf<131047>>().toEqualTypeOf<'sender'>();
  expectTypeOf<CategoryOf<131026>>().toEqualTypeOf<'recipient'>();
  expectTypeOf<CategoryOf<131000>>().toEqualTypeOf<'platform'>();
  expectTypeOf<CategoryOf<250>>().toEqualTypeOf<'sender'>();
  expectTypeOf<CategoryOf<131000 | 131026>>().toEqualTypeOf<'platform' | 'recipient'>();
  // @ts-expect-error CategoryOf takes documented codes only
  type _Unknown = CategoryOf<131074>;
});

test('the category unions are exact and disjoint and together make WhatsAppErrorCode', () => {
  expectTypeOf<Extract<SenderErrorCode, RecipientErrorCode>>().toBeNever();
  expectTypeOf<Extract<SenderErrorCode, PlatformErrorCode>>().toBeNever();
  expectTypeOf<Extract<RecipientErrorCode, PlatformErrorCode>>().toBeNever();
  expectTypeOf<131047>().toExtend<SenderErrorCode>();
  expectTypeOf<250>().toExtend<SenderErrorCode>();
  expectTypeOf<131026>().not.toExtend<SenderErrorCode>();
  expectTypeOf<131026>().toExtend<RecipientErrorCode>();
  expectTypeOf<131000>().toExtend<PlatformErrorCode>();
  expectTypeOf<SenderErrorCode | RecipientErrorCode | PlatformErrorCode>().toExtend<WhatsAppErrorCode>();
  expectTypeOf<WhatsAppErrorCode>().toExtend<SenderErrorCode | RecipientErrorCode | PlatformErrorCode>();
  expectTypeOf<SenderErrorCode | RecipientErrorCode | PlatformErrorCode>().toEqualTypeOf<WhatsAppErrorCode>();
});

test('ErrorCodeOf maps a category to its codes', () => {
  expectTypeOf<ErrorCodeOf<'sender'>>().toEqualTypeOf<SenderErrorCode>();
  expectTypeOf<ErrorCodeOf<'recipient'>>().toEqualTypeOf<RecipientErrorCode>();
  expectTypeOf<ErrorCodeOf<'platform'>>().toEqualTypeOf<PlatformErrorCode>();
  expectTypeOf<ErrorCodeOf<'sender' | 'platform'>>().toEqualTypeOf<SenderErrorCode | PlatformErrorCode>();
});

test('categoryOf is exact for a known literal and loose for a number', () => {
  expectTypeOf(categoryOf(WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED)).toEqualTypeOf<'sender'>();
  expectTypeOf(categoryOf(WhatsAppErrorCode.MESSAGE_UNDELIVERABLE)).toEqualTypeOf<'recipient'>();
  expectTypeOf(categoryOf(anyCode)).toEqualTypeOf<ErrorCategory>();
  expectTypeOf(categoryOf(anyNumber)).toEqualTypeOf<ErrorCategory | undefined>();
});

test('matchCategory requires every category handler', () => {
  // @ts-expect-error the platform handler is missing
  matchCategory(anyCode, { sender: () => 1, recipient: () => 2 });
  // @ts-expect-error the recipient handler is missing, even with an unknown handler
  matchCategory(anyNumber, { sender: () => 1, platform: () => 3, unknown: () => 4 });
  // @ts-expect-error a plain number also needs an unknown handler
  matchCategory(anyNumber, { sender: () => 1, recipient: () => 2, platform: () => 3 });
  matchCategory(anyCode, handlers);
  matchCategory(anyNumber, { ...handlers, unknown: (code) => code });
});

test("matchCategory narrows each handler's parameter", () => {
  matchCategory(anyCode, {
    sender: (code) => expectTypeOf(code).toEqualTypeOf<SenderErrorCode>(),
    recipient: (code) => expectTypeOf(code).toEqualTypeOf<RecipientErrorCode>(),
    platform: (code) => expectTypeOf(code).toEqualTypeOf<PlatformErrorCode>(),
  });
  matchCategory(anyNumber, {
    sender: (code) => expectTypeOf(code).toEqualTypeOf<SenderErrorCode>(),
    recipient: (code) => expectTypeOf(code).toEqualTypeOf<RecipientErrorCode>(),
    platform: (code) => expectTypeOf(code).toEqualTypeOf<PlatformErrorCode>(),
    unknown: (code) => expectTypeOf(code).toEqualTypeOf<number>(),
  });
  matchCategory(WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED, {
    sender: (code) => expectTypeOf(code).toEqualTypeOf<131047>(),
    recipient: (code) => expectTypeOf(code).toBeNever(),
    platform: (code) => expectTypeOf(code).toBeNever(),
  });
});

test('matchCategory returns the union of the handlers’ results', () => {
  const result = matchCategory(anyCode, { sender: () => 'retry' as const, recipient: () => 42, platform: () => true });
  expectTypeOf(result).toEqualTypeOf<'retry' | number | boolean>();
  const loose = matchCategory(anyNumber, { sender: () => 'a' as const, recipient: () => 'b' as const, platform: () => 'c' as const, unknown: () => null });
  expectTypeOf(loose).toEqualTypeOf<'a' | 'b' | 'c' | null>();
});

test('LooseWhatsAppErrorCode accepts any number and keeps WhatsAppErrorCode assignable', () => {
  const loose: LooseWhatsAppErrorCode = 123;
  expectTypeOf<WhatsAppErrorCode>().toExtend<LooseWhatsAppErrorCode>();
  expectTypeOf<number>().toExtend<LooseWhatsAppErrorCode>();
  // @ts-expect-error a string is still not a code
  const text: LooseWhatsAppErrorCode = '131047';
  void [loose, text];
});

test('isWhatsAppErrorCode narrows unknown to WhatsAppErrorCode', () => {
  const value: unknown = 131047;
  if (isWhatsAppErrorCode(value)) expectTypeOf(value).toEqualTypeOf<WhatsAppErrorCode>();
  else expectTypeOf(value).toEqualTypeOf<unknown>();
});

test('describeErrorCode keeps the category of a known literal', () => {
  expectTypeOf(describeErrorCode(131047).category).toEqualTypeOf<'sender'>();
  expectTypeOf(describeErrorCode(131026).category).toEqualTypeOf<'recipient'>();
  expectTypeOf(describeErrorCode(anyNumber)?.category).toEqualTypeOf<ErrorCategory | undefined>();
});

test('assertNever accepts only never', () => {
  // ReturnType/Parameters cannot take a function whose parameter is never (they yield any), so compare the signature.
  expectTypeOf(assertNever).toEqualTypeOf<(value: never, message?: string) => never>();
  const category = 'sender' as ErrorCategory;
  switch (category) {
    case 'sender':
    case 'recipient':
      break;
    default:
      // @ts-expect-error 'platform' is not handled, so category is not never here
      assertNever(category);
  }
  // @ts-expect-error a string is not never
  assertNever('sender');
});

test('getErrorCode and WhatsAppApiError type the code as LooseWhatsAppErrorCode: completion and literal checks', () => {
  expectTypeOf(getErrorCode).returns.toEqualTypeOf<LooseWhatsAppErrorCode | undefined>();
  const error = WhatsAppApiError.from(new Error('x'));
  expectTypeOf(error).toEqualTypeOf<WhatsAppApiError | undefined>();
  if (error) {
    expectTypeOf(error.code).toEqualTypeOf<LooseWhatsAppErrorCode>();
    expectTypeOf(error.subcode).toEqualTypeOf<number | undefined>();
    expectTypeOf(error.category).toEqualTypeOf<ErrorCategory | undefined>();
    expectTypeOf(error.retry.action).toEqualTypeOf<RetryAction>();
    expectTypeOf(error.fbtraceId).toEqualTypeOf<string | undefined>();
    // A constant compares; so does any number (the code may be one the catalog does not know yet).
    void (error.code === WhatsAppErrorCode.RATE_LIMIT_HIT);
    void (error.code === 131099);
  }
});

test('subcodes: their own constants and unions, and SubcodeOf<code>', () => {
  expectTypeOf(WhatsAppErrorSubcode.TEMPLATE_CHARACTER_LIMIT_EXCEEDED).toEqualTypeOf<2388040>();
  expectTypeOf<2388040>().toExtend<WhatsAppErrorSubcode>();
  expectTypeOf<2388040>().toExtend<SubcodeOf<100>>();
  expectTypeOf<SubcodeOf<131047>>().toBeNever();
  expectTypeOf<ErrorSubcodesByCode[100]>().toEqualTypeOf<SubcodeOf<100>>();
  expectTypeOf(describeErrorSubcode(100, 2388040)).toEqualTypeOf<CatalogSubcodeEntry>();
  expectTypeOf(describeErrorSubcode(anyNumber, anyNumber)).toEqualTypeOf<CatalogSubcodeEntry | undefined>();
  // @ts-expect-error 2388040 arrives as error_subcode, never as code
  const asCode: WhatsAppErrorCode = 2388040;
  void asCode;
});

test('renamed constants stay as deprecated aliases that still type-check as the same code', () => {
  expectTypeOf(WhatsAppErrorCode.CONNECTION_ERROR).toEqualTypeOf(WhatsAppErrorCode.CALL_CONNECTION_ERROR);
  const code: WhatsAppErrorCode = WhatsAppErrorCode.CONNECTION_ERROR;
  expectTypeOf(code).toExtend<WhatsAppErrorCode>();
  // A template-creation constant now lives on WhatsAppErrorSubcode; the old one still exists (deprecated)…
  expectTypeOf(WhatsAppErrorCode.CHARACTER_LIMIT_EXCEEDED).toEqualTypeOf<2388040>();
  // …but no WhatsApp error has it as its code, so comparing it with a code typed WhatsAppErrorCode is an error.
  // @ts-expect-error This comparison appears to be unintentional because the types have no overlap.
  void (anyCode === WhatsAppErrorCode.CHARACTER_LIMIT_EXCEEDED);
});

test('retry advice is exact for a code known from its type', () => {
  expectTypeOf<RetryActionOf<131047>>().toEqualTypeOf<'send-template'>();
  expectTypeOf<RetryActionOf<190>>().toEqualTypeOf<'refresh-token'>();
  expectTypeOf(retryAdviceOf(WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED).action).toEqualTypeOf<'send-template'>();
  expectTypeOf(retryAdviceOf(anyNumber)).toEqualTypeOf<RetryAdvice | undefined>();
  expectTypeOf(retryAdviceOf(new Error('x'))).toEqualTypeOf<RetryAdvice | undefined>();
  expectTypeOf(nextRetryDelay).returns.toEqualTypeOf<number | undefined>();
  expectTypeOf(isRateLimit).parameters.toEqualTypeOf<[unknown]>();
  // @ts-expect-error jitter is 'full' or 'none'
  nextRetryDelay(1, 130429, { jitter: 'equal' });
});
