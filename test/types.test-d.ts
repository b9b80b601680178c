import { expectTypeOf, test } from 'vitest';
import {
  assertNever,
  categoryOf,
  describeErrorCode,
  isWhatsAppErrorCode,
  matchCategory,
  WhatsAppErrorCode,
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
