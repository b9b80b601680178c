/**
 * The labelled set (ground truth) no-misnamed-code is measured on: hand-written cases in English,
 * Spanish, Portuguese and French, cases generated from the catalog, and arguable cases kept out of
 * the score.
 *
 * Every snippet is written for this file. The shapes come from public code (§3 and §4 of the
 * ecosystem research, the `misnamed` / `ok` / `unsure` rows of the real-code inventory and the
 * rule's issue), but the identifiers, texts and surrounding code are our own.
 *
 * How the labels were decided:
 * - A label is WRONG only when its text contradicts the held code's meaning in a way a careful
 *   reviewer would agree with. `describes` is the catalog code the text states (a number), or the
 *   class id of catalog.json when it states only a kind of failure that no single code owns, or
 *   `null` when it states no catalog meaning at all (a real bug the rule cannot name a fix for).
 * - "Invalid (phone) number" is read as a bad request value ('invalid-request'); "not on WhatsApp" as
 *   131026; "the user blocked us" as 'recipient-unreachable' (and right on 131026, whose causes
 *   include it); "rate limit (hit / exceeded)" as 130429; "too many requests", "quota", "throttled",
 *   "daily cap" as 'rate-limit'; "too many messages" as 131056 (its pywa name TooManyMessages);
 *   "24-hour / customer service window" as 131047.
 * - `correct` counts every other code occurrence that carries a text: its own meaning in any words,
 *   an old Meta title of the same code, another SDK's name for it, a generic label, a text about
 *   something else (logs, metrics, apologies, actions), a negation or a comparison, and each member
 *   of a fall-through group under one comment. Snippets give every code some text.
 * - Every constant name, deprecated name, alias, title and keyword of the catalog is a right label
 *   of its own code (GENERATED_CASES), whatever an older review thought of it.
 * - Sub-cases, titles of doubtful meaning and judgement calls go to ARGUABLE_CASES, never to
 *   WRITTEN_CASES.
 */
import { ERROR_CODE_ENTRIES, ERROR_SUBCODE_ENTRIES, MEANING_CLASSES } from '../../src/index.js';

/** A class id of the catalog: classes[].id in src/catalog/catalog.json. */
export type ClassId = string;

export interface Misnaming {
  /** The code the label is attached to (the literal, or the value of the `WhatsAppErrorCode.X` constant; a subcode when the branch is on one). */
  readonly held: number;
  /** the code the label really describes, a class id when it names a class but no single code, or null when it names no catalog meaning */
  readonly describes: number | ClassId | null;
}

export interface LabelledCase {
  /** Where the shape comes from, e.g. 'real: bot marks blocked on 131008' or 'generated: title as enum name'. */
  readonly origin: string;
  /** The language of the labels. */
  readonly language: 'en' | 'es' | 'pt' | 'fr';
  /** How the labels are attached, e.g. 'case-return', 'if-comment-above', 'record-key-label', 'enum-name'. */
  readonly shape: string;
  /** TypeScript source, a complete small file. */
  readonly code: string;
  /** The wrong meanings in `code` (empty when all labels are right). */
  readonly misnamed: readonly Misnaming[];
  /** How many right labels `code` holds. */
  readonly correct: number;
}

const ENGLISH: readonly LabelledCase[] = [
  {
    origin: 'real: switch returning upper-case tags (notification provider), own tags',
    language: 'en',
    shape: 'case-return',
    code: `function deliveryTag(code: number): string {
  switch (code) {
    case 131000:
      return 'TEMPLATE_MISSING';
    case 131016:
      return 'TEMPLATE_PAUSED';
    case 131026:
      return 'UNDELIVERABLE';
    case 131047:
      return 'THROTTLED';
    case 132000:
      return 'ATTACHMENT_UPLOAD_FAILED';
    default:
      return 'UNKNOWN';
  }
}`,
    misnamed: [
      { held: 131000, describes: 132001 },
      { held: 131016, describes: 132015 },
      { held: 131047, describes: 'rate-limit' },
      { held: 132000, describes: 131053 },
    ],
    correct: 1,
  },
  {
    origin: 'written: throw new Error in each case',
    language: 'en',
    shape: 'case-throw',
    code: `switch (err.code) {
  case 130472:
    throw new Error('WhatsApp rate limit reached, retry later');
  case 131050:
    throw new Error('Contact unsubscribed from marketing messages');
  case 131052:
    throw new Error('Could not download the media the customer sent');
}`,
    misnamed: [{ held: 130472, describes: 130429 }],
    correct: 2,
  },
  {
    origin: 'written: custom error classes per code',
    language: 'en',
    shape: 'if-throw',
    code: `if (metaCode === 131031) {
  throw new ThrottledError('Meta is throttling this number, slow down');
}
if (metaCode === 131056) {
  throw new ThrottledError('Too many messages to this contact in a short time');
}
if (metaCode === 190) {
  throw new AuthError('Access token expired');
}`,
    misnamed: [{ held: 131031, describes: 'rate-limit' }],
    correct: 2,
  },
  {
    origin: 'real: logger line per case (handleErrors shape)',
    language: 'en',
    shape: 'log-call',
    code: `switch (code) {
  case 131047:
    logger.warn('[wa] recipient number is invalid, skipping');
    break;
  case 131026:
    logger.warn('[wa] message undeliverable');
    break;
  case 131048:
    logger.error('[wa] spam rate limit hit, pausing campaign');
    break;
}`,
    misnamed: [{ held: 131047, describes: 'invalid-request' }],
    correct: 2,
  },
  {
    origin: 'real: §4.1 required parameter read as a block (console + state)',
    language: 'en',
    shape: 'log-call',
    code: `switch (e.errorCode) {
  case 131008:
    console.error('User has blocked the business number');
    subscriber.state = 'blocked';
    return false;
  case 131009:
    console.error('A parameter value in the payload is invalid');
    return false;
}`,
    misnamed: [{ held: 131008, describes: 'recipient-unreachable' }],
    correct: 1,
  },
  {
    origin: 'written: reply() to the operator',
    language: 'en',
    shape: 'reply-call',
    code: `if (e.code === 131047) {
  reply('We could not reach this number. Is it on WhatsApp?');
} else if (e.code === 130429) {
  reply('Sorry, we are busy. Please try again in a minute.');
} else if (e.code === 131000) {
  reply('Something went wrong on our side. Try again later.');
}`,
    misnamed: [{ held: 131047, describes: 131026 }],
    correct: 2,
  },
  {
    origin: 'real: first line inside a case block (joel shape, own words)',
    language: 'en',
    shape: 'case-comment-inside',
    code: `switch (failure.code) {
  case 131008: {
    // contact blocked our bot
    await users.update(chatId, { status: 'blocked' });
    return false;
  }
  case 131030: {
    // test recipient missing from the allow list
    return false;
  }
}`,
    misnamed: [{ held: 131008, describes: 'recipient-unreachable' }],
    correct: 1,
  },
  {
    origin: 'written: reason assigned in an if chain',
    language: 'en',
    shape: 'if-assign',
    code: `let reason = 'unknown';
if (code === 131049) reason = 'recipient unsubscribed from marketing';
else if (code === 131050) reason = 'opted out';
else if (code === 131063) reason = 'marketing templates switched off for Cloud API';`,
    misnamed: [{ held: 131049, describes: 131050 }],
    correct: 2,
  },
  {
    origin: 'real: §4.12 server-unavailable code read as the 24 h window (result.message)',
    language: 'en',
    shape: 'if-assign',
    code: `if (code === 133004) {
  result.message = 'Outside the 24h customer window, send a template';
} else if (code === 131016) {
  result.message = 'Meta service unavailable, retrying';
}`,
    misnamed: [{ held: 133004, describes: 131047 }],
    correct: 1,
  },
  {
    origin: 'written: comments above if / else if',
    language: 'en',
    shape: 'if-comment-above',
    code: `// rate limit: back off and retry
if (code === 131031) {
  backOff();
}
// outside the customer service window
else if (code === 131047) {
  sendTemplate();
}`,
    misnamed: [{ held: 131031, describes: 130429 }],
    correct: 1,
  },
  {
    origin: 'real: §3.2 ternary hint, one of them on the wrong code',
    language: 'en',
    shape: 'ternary',
    code: `const hint = code === 131026 ? 'conversation window expired, use a template' : 'unexpected failure';
const hint2 = body.error?.code === 131047 ? 'use an approved template' : '';`,
    misnamed: [{ held: 131026, describes: 131047 }],
    correct: 1,
  },
  {
    origin: 'real: §4.9 label table with numeric keys',
    language: 'en',
    shape: 'record-key-label',
    code: `const LABELS: Record<number, string> = {
  131048: 'User blocked your number',
  131056: 'Too many messages to the same user',
  132000: 'Template not found',
  132001: 'Template does not exist',
  131053: 'Media upload failed',
};`,
    misnamed: [
      { held: 131048, describes: 'recipient-unreachable' },
      { held: 132000, describes: 132001 },
    ],
    correct: 3,
  },
  {
    origin: 'real: §4.6 label table with string keys',
    language: 'en',
    shape: 'record-key-label',
    code: `const MESSAGES: Record<string, string> = {
  '131047': '24-hour window closed',
  '131026': 'Recipient is not a WhatsApp user',
  '130472': 'Number not on WhatsApp',
  '131031': 'Number blocked by the recipient',
};`,
    misnamed: [
      { held: 130472, describes: 131026 },
      { held: 131031, describes: 'recipient-unreachable' },
    ],
    correct: 2,
  },
  {
    origin: 'written: computed keys with kit constants',
    language: 'en',
    shape: 'record-key-label',
    code: `import { WhatsAppErrorCode } from 'whatsapp-error-codes';
const COPY = {
  [WhatsAppErrorCode.RATE_LIMIT_HIT]: 'Sending too fast, slow down',
  [WhatsAppErrorCode.MARKETING_MESSAGE_EXPERIMENT]: 'Rate limited by Meta',
  [WhatsAppErrorCode.TEMPLATE_PAUSED]: 'Template paused for low quality',
  [WhatsAppErrorCode.TEMPLATE_DISABLED]: 'Template paused',
};`,
    misnamed: [
      { held: 130472, describes: 130429 },
      { held: 132016, describes: 132015 },
    ],
    correct: 2,
  },
  {
    origin: 'written: computed literal keys, old titles beside a wrong one',
    language: 'en',
    shape: 'record-key-label',
    code: `const TITLES = {
  [131057]: 'Account locked by Meta',
  [131045]: 'Unsigned certificate',
  [131000]: 'Generic error',
};`,
    misnamed: [{ held: 131057, describes: 131031 }],
    correct: 2,
  },
  {
    origin: 'written: Map of action tags',
    language: 'en',
    shape: 'map-label',
    code: `const ACTIONS = new Map<number, string>([
  [130429, 'too many messages per second'],
  [131049, 'spam rate limit hit'],
  [131021, 'NotOnWhatsApp'],
  [131026, 'NotOnWhatsApp'],
]);`,
    misnamed: [
      { held: 131049, describes: 131048 },
      { held: 131021, describes: 131026 },
    ],
    correct: 2,
  },
  {
    origin: 'real: §3.8 objects with a message per code',
    language: 'en',
    shape: 'record-key-label',
    code: `const ERRORS = {
  131042: { message: 'Access denied for this WABA', retry: false },
  131005: { message: 'Access denied', retry: false },
  131037: { message: 'Display name still pending approval', retry: false },
};`,
    misnamed: [{ held: 131042, describes: 131005 }],
    correct: 2,
  },
  {
    origin: 'real: §4.6 swapped enum members',
    language: 'en',
    shape: 'enum-name',
    code: `enum GraphError {
  RateLimited = 130429,
  OutsideWindow = 131026,
  Undeliverable = 131047,
  SpamFlagged = 131048,
}`,
    misnamed: [
      { held: 131026, describes: 131047 },
      { held: 131047, describes: 131026 },
    ],
    correct: 2,
  },
  {
    origin: 'real: §4.2 experiment as a throughput limit (consts)',
    language: 'en',
    shape: 'const-name',
    code: `export const THROUGHPUT_LIMIT_REACHED = 130472;
export const USER_IN_HOLDOUT = 130472;
export const OUTSIDE_SESSION = 131047;`,
    misnamed: [{ held: 130472, describes: 130429 }],
    correct: 2,
  },
  {
    origin: 'written: class fields',
    language: 'en',
    shape: 'class-field',
    code: `class MetaCodes {
  static readonly TOKEN_EXPIRED = 190;
  static readonly ACCOUNT_LOCKED = 131031;
  static readonly PAYMENT_FAILED = 131045;
  readonly maintenance = 131057;
}`,
    misnamed: [{ held: 131045, describes: 131042 }],
    correct: 3,
  },
  {
    origin: 'written: { code, title } list with Meta titles on the wrong code',
    language: 'en',
    shape: 'object-title',
    code: `const KNOWN = [
  { code: 131049, title: 'User opted out of marketing messages' },
  { code: 131050, title: 'Marketing opt-out' },
  { code: 131030, title: 'Recipient not in allowed list' },
  { code: 131021, title: 'Recipient not in allowed list' },
];`,
    misnamed: [
      { held: 131049, describes: 131050 },
      { held: 131021, describes: 131030 },
    ],
    correct: 2,
  },
  {
    origin: 'real: §4.4 kit constants returning wrong labels',
    language: 'en',
    shape: 'case-return',
    code: `import { WhatsAppErrorCode } from 'whatsapp-error-codes';
switch (e.code) {
  case WhatsAppErrorCode.BUSINESS_ACCOUNT_LOCKED:
    return 'Rate limit hit, retry shortly';
  case WhatsAppErrorCode.ACCOUNT_IN_MAINTENANCE_MODE:
    return 'Number in maintenance, retry in a minute';
  case WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED:
    return 'Message undeliverable';
}`,
    misnamed: [
      { held: 131031, describes: 130429 },
      { held: 131047, describes: 131026 },
    ],
    correct: 1,
  },
  {
    origin: 'written: our own catalog names on the wrong codes',
    language: 'en',
    shape: 'property-name',
    code: `export const Limits = {
  SPAM_RATE_LIMIT_HIT: 131049,
  PAIR_RATE_LIMIT_HIT: 131048,
  RATE_LIMIT_HIT: 130429,
  HEALTHY_ECOSYSTEM_LIMIT: 131049,
} as const;`,
    misnamed: [
      { held: 131049, describes: 131048 },
      { held: 131048, describes: 131056 },
    ],
    correct: 2,
  },
  {
    origin: 'real: §3.12 identifier-like tags',
    language: 'en',
    shape: 'record-key-label',
    code: `const TAG: Record<number, string> = {
  131047: 'quota_exceeded',
  130429: 'quota_exceeded',
  131026: 'not_on_whatsapp',
  131050: 'marketing_opt_out',
};`,
    misnamed: [{ held: 131047, describes: 'rate-limit' }],
    correct: 3,
  },
  {
    origin: 'real: §4.3 classifier returning kinds',
    language: 'en',
    shape: 'if-return',
    code: `function kind(code: number): 'auth' | 'rate_limit' | 'window' | 'other' {
  if (code === 190) return 'auth';
  if (code === 131057) return 'auth';
  if (code === 131056) return 'window';
  if (code === 130429) return 'rate_limit';
  return 'other';
}`,
    misnamed: [
      { held: 131057, describes: 'authentication' },
      { held: 131056, describes: 131047 },
    ],
    correct: 2,
  },
  {
    origin: 'written: contact status strings',
    language: 'en',
    shape: 'if-assign',
    code: `if (status.errors?.[0]?.code === 131021) contact.status = 'not_on_whatsapp';
if (status.errors?.[0]?.code === 131026) contact.status = 'not_on_whatsapp';`,
    misnamed: [{ held: 131021, describes: 131026 }],
    correct: 1,
  },
  {
    origin: 'real: §4.10 re-engagement read as a daily cap',
    language: 'en',
    shape: 'case-comment',
    code: `switch (code) {
  case 131047: // daily sending cap reached
    scheduleTomorrow();
    break;
  case 131049: // per-user marketing cap, try again in a day
    scheduleTomorrow();
    break;
}`,
    misnamed: [{ held: 131047, describes: 'rate-limit' }],
    correct: 1,
  },
  {
    origin: 'written: custom error class name and message on undeliverable',
    language: 'en',
    shape: 'case-throw',
    code: `switch (err.code) {
  case 131026:
    throw new WindowClosedError('Customer service window expired');
  case 131047:
    throw new WindowClosedError('Customer service window expired');
}`,
    misnamed: [{ held: 131026, describes: 131047 }],
    correct: 1,
  },
  {
    origin: 'written: { code, hint } fallbacks',
    language: 'en',
    shape: 'object-title',
    code: `const FALLBACKS = [
  { code: 133004, hint: 'Outside the 24h session, send an approved template' },
  { code: 133015, hint: 'Number deletion still in progress, wait five minutes' },
];`,
    misnamed: [{ held: 133004, describes: 131047 }],
    correct: 1,
  },
  {
    origin: 'written: console.error one-liners on template codes',
    language: 'en',
    shape: 'log-call',
    code: `if (code === 132000) console.error('Template not found or not approved');
if (code === 132012) console.error('A template variable has the wrong format');
if (code === 132005) console.error('Filled-in template text is too long');`,
    misnamed: [{ held: 132000, describes: 132001 }],
    correct: 2,
  },
  {
    origin: 'real: §4.11 media download read as too many messages (returned object)',
    language: 'en',
    shape: 'case-return',
    code: `switch (code) {
  case 131052:
    return { retry: true, reason: 'too many requests' };
  case 131053:
    return { retry: false, reason: 'upload of our media failed, check its type' };
}`,
    misnamed: [{ held: 131052, describes: 'rate-limit' }],
    correct: 1,
  },
  {
    origin: 'real: §4.11 errorMessage set inside if blocks',
    language: 'en',
    shape: 'if-assign',
    code: `let errorMessage = 'Send failed';
if (code === 131021) {
  errorMessage = 'Template variables do not line up';
}
if (code === 132000) {
  errorMessage = 'Wrong number of template variables';
}`,
    misnamed: [{ held: 131021, describes: 'template' }],
    correct: 1,
  },
  {
    origin: 'real: diagnosis branches over string codes (billing, token)',
    language: 'en',
    shape: 'if-return',
    code: `if (codeStr === '131042' || codeStr === '131045') {
  return { category: 'Billing problem', tone: 'danger' };
}
if (codeStr === '190' || codeStr === '131000') {
  return { category: 'Access token expired', tone: 'danger' };
}`,
    misnamed: [
      { held: 131045, describes: 'payment' },
      { held: 131000, describes: 190 },
    ],
    correct: 2,
  },
  {
    origin: 'real: subcode compared with a code, comment on the line',
    language: 'en',
    shape: 'comparison-comment',
    code: `const outsideWindow =
  code === 131047 || // re-engagement required
  subcode === 131051 || // outside the 24h window
  message.includes('24 hour');`,
    misnamed: [{ held: 131051, describes: 131047 }],
    correct: 1,
  },
  {
    origin: 'real: §4.15 Set with per-line comments',
    language: 'en',
    shape: 'set-comment',
    code: `const FIX_TEMPLATE = new Set([
  132_012, // variable format wrong
  132_007, // variable format does not match
  132_000, // variable count does not match
]);`,
    misnamed: [{ held: 132007, describes: 132012 }],
    correct: 2,
  },
  {
    origin: 'real: §4.4 registration rate limit read as the service window (return)',
    language: 'en',
    shape: 'case-return',
    code: `switch (code) {
  case 133016:
    return 'conversation window expired';
  case 133010:
    return 'business number not registered';
}`,
    misnamed: [{ held: 133016, describes: 131047 }],
    correct: 1,
  },
  {
    origin: 'real: §4.12 registration codes used as limits',
    language: 'en',
    shape: 'record-key-label',
    code: `const THROTTLE: Record<number, string> = {
  133000: 'rate limited',
  133005: 'daily quota reached',
  133008: 'too many PIN attempts',
};`,
    misnamed: [
      { held: 133000, describes: 130429 },
      { held: 133005, describes: 'rate-limit' },
    ],
    correct: 1,
  },
  {
    origin: 'real: §4.9 spam limit flagged as blockedByUser',
    language: 'en',
    shape: 'if-assign',
    code: `if (err.code === 131048) {
  recipient.flag = 'blockedByUser';
} else if (err.code === 131026) {
  recipient.flag = 'unreachable';
}`,
    misnamed: [{ held: 131048, describes: 'recipient-unreachable' }],
    correct: 1,
  },
  {
    origin: 'real: §4.3 re-engagement tagged as an auth error',
    language: 'en',
    shape: 'case-return',
    code: `switch (err.code) {
  case 131047: return 'AUTH_ERROR';
  case 0: return 'AUTH_ERROR';
  case 131005: return 'PERMISSION_ERROR';
}`,
    misnamed: [{ held: 131047, describes: 'authentication' }],
    correct: 2,
  },
  {
    origin: 'real: template tags on access-denied and missing-parameter codes',
    language: 'en',
    shape: 'case-return',
    code: `switch (code) {
  case 131005:
    return 'TEMPLATE_UNAPPROVED';
  case 131008:
    return 'TEMPLATE_PARAMS_MISMATCH';
  case 132001:
    return 'TEMPLATE_UNKNOWN';
}`,
    misnamed: [
      { held: 131005, describes: 'template' },
      { held: 131008, describes: 'template' },
    ],
    correct: 1,
  },
  {
    origin: 'real: template codes tagged as media failures (Map)',
    language: 'en',
    shape: 'map-label',
    code: `const MEDIA_TAGS = new Map([
  [132001, 'MEDIA_FETCH_FAILED'],
  [132007, 'MEDIA_TOO_LARGE'],
  [131052, 'MEDIA_FETCH_FAILED'],
]);`,
    misnamed: [
      { held: 132001, describes: 131052 },
      { held: 132007, describes: 'media' },
    ],
    correct: 1,
  },
  {
    origin: 'real: template enum with two members swapped',
    language: 'en',
    shape: 'enum-name',
    code: `export enum TemplateError {
  NO_SUCH_TEMPLATE = 132000,
  TEMPLATE_VARIABLE_COUNT_WRONG = 132001,
  TEMPLATE_TEXT_TOO_LONG = 132005,
}`,
    misnamed: [
      { held: 132000, describes: 132001 },
      { held: 132001, describes: 132000 },
    ],
    correct: 1,
  },
  {
    origin: 'real: enum members pointing at the wrong codes',
    language: 'en',
    shape: 'enum-name',
    code: `export enum MetaSendError {
  BUSINESS_NUMBER_NOT_REGISTERED = 131030,
  MEDIA_TYPE_NOT_SUPPORTED = 131055,
  PAYMENT_METHOD_MISSING = 131042,
}`,
    misnamed: [
      { held: 131030, describes: 133010 },
      { held: 131055, describes: 131053 },
    ],
    correct: 1,
  },
  {
    origin: 'written: own block list read the other way round',
    language: 'en',
    shape: 'case-comment',
    code: `switch (err.code) {
  case 130403: // this customer has blocked us
    markUnreachable(contact);
    break;
  case 139101: // our blocklist is full
    alertOps();
    break;
}`,
    misnamed: [{ held: 130403, describes: 'recipient-unreachable' }],
    correct: 1,
  },
  {
    origin: 'written: coexistence sync code read as the service window',
    language: 'en',
    shape: 'record-key-label',
    code: `const SYNC_ERRORS = {
  2593107: 'History sync already used for this number',
  2593108: 'Customer service window closed',
};`,
    misnamed: [{ held: 2593108, describes: 131047 }],
    correct: 1,
  },
  {
    origin: 'written: calling enum with a daily cap named as concurrency',
    language: 'en',
    shape: 'enum-name',
    code: `enum CallErr {
  CALL_RATE_LIMIT = 138005,
  CONCURRENT_CALLS_LIMIT = 138012,
  NO_CALL_PERMISSION = 138006,
}`,
    misnamed: [{ held: 138012, describes: 138002 }],
    correct: 2,
  },
  {
    origin: 'written: flow codes swapped in case comments',
    language: 'en',
    shape: 'case-comment',
    code: `switch (code) {
  case 132069: // flow is blocked, fix it in the builder
    notifyBuilder();
    break;
  case 132068: // flow blocked
    notifyBuilder();
    break;
}`,
    misnamed: [{ held: 132069, describes: 132068 }],
    correct: 1,
  },
  {
    origin: 'written: policy table with a payment label',
    language: 'en',
    shape: 'record-key-label',
    code: `const POLICY = {
  131064: 'Payment method declined',
  368: 'Temporarily blocked for policy violations',
  130497: 'Cannot message users in this country',
};`,
    misnamed: [{ held: 131064, describes: 'payment' }],
    correct: 2,
  },
  {
    origin: 'written: group labels',
    language: 'en',
    shape: 'record-key-label',
    code: `const GROUP_ERRORS: Record<number, string> = {
  131204: 'Group is full',
  131208: 'Group not found',
  131041: 'Group not found',
};`,
    misnamed: [{ held: 131208, describes: 131041 }],
    correct: 2,
  },
  {
    origin: 'written: registration case comments',
    language: 'en',
    shape: 'case-comment',
    code: `switch (code) {
  case 133005: // wrong two-step PIN
    askPin();
    break;
  case 133009: // phone number not registered
    register();
    break;
}`,
    misnamed: [{ held: 133009, describes: 133010 }],
    correct: 1,
  },
  {
    origin: 'written: info log on the pair rate limit',
    language: 'en',
    shape: 'log-call',
    code: `switch (code) {
  case 131056:
    logger.info('24h window closed, switching to a template');
    break;
  case 131047:
    logger.info('re-engagement needed, switching to a template');
    break;
}`,
    misnamed: [{ held: 131056, describes: 131047 }],
    correct: 1,
  },
  {
    origin: "written: Meta's title of code A on code B",
    language: 'en',
    shape: 'record-key-label',
    code: `const META_TITLES: Record<number, string> = {
  131016: 'Rate limit hit',
  132001: 'Template Param Count Mismatch',
  131051: 'Media upload error',
  131030: 'Recipient cannot be sender',
};`,
    misnamed: [
      { held: 131016, describes: 130429 },
      { held: 132001, describes: 132000 },
      { held: 131051, describes: 131053 },
      { held: 131030, describes: 131021 },
    ],
    correct: 0,
  },
  {
    origin: 'written: catalog constant name on the wrong code',
    language: 'en',
    shape: 'const-name',
    code: `const RE_ENGAGEMENT_MESSAGE_REQUIRED = 131026;
const MESSAGE_UNDELIVERABLE = 131026;`,
    misnamed: [{ held: 131026, describes: 131047 }],
    correct: 1,
  },
  // Right labels only.
  {
    origin: 'written: log line printing the code and its title',
    language: 'en',
    shape: 'log-call',
    code: `switch (err.code) {
  case 131047:
    logger.info('whatsapp send failed', { code: err.code, title: err.title });
    break;
  case 131026:
    logger.info('whatsapp send failed', { code: err.code, title: err.title });
    break;
}`,
    misnamed: [],
    correct: 2,
  },
  {
    origin: 'written: metrics per code',
    language: 'en',
    shape: 'metric-call',
    code: `switch (code) {
  case 130429: metrics.increment('wa.send.throttled'); break;
  case 131056: metrics.increment('wa.send.pair_limited'); break;
  case 131049: metrics.increment('wa.send.withheld'); break;
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: retry with backoff, fall-through group',
    language: 'en',
    shape: 'case-comment',
    code: `switch (code) {
  case 131000: // retry with backoff
  case 131016:
  case 133004:
    return retry(job, { backoff: 'exponential' });
  case 131057: // number in maintenance, retry in a minute
    return retry(job, { delayMs: 60_000 });
}`,
    misnamed: [],
    correct: 4,
  },
  {
    origin: 'written: comments comparing two codes',
    language: 'en',
    shape: 'case-comment',
    code: `switch (err.code) {
  case 131049: // unlike 131050, the user did not opt out: wait a day
    later();
    break;
  case 131050: // unlike 131049, waiting does not help
    suppress();
    break;
}`,
    misnamed: [],
    correct: 2,
  },
  {
    origin: 'written: negations',
    language: 'en',
    shape: 'case-comment',
    code: `switch (err.code) {
  case 131031: // not a rate limit: the account is locked, call support
    page();
    break;
  case 131026: // not a window problem, a template will not help
    drop();
    break;
}`,
    misnamed: [],
    correct: 2,
  },
  {
    origin: 'written: group comment describes one member',
    language: 'en',
    shape: 'case-comment',
    code: `switch (err.code) {
  case 131052:
  case 131053: // our media could not be uploaded
    askForAnotherFile();
    break;
}`,
    misnamed: [],
    correct: 2,
  },
  {
    origin: 'written: old Meta titles of the same codes',
    language: 'en',
    shape: 'record-key-label',
    code: `const LEGACY_TITLES = {
  131026: 'Receiver incapable',
  131016: 'Service Overloaded',
  133005: 'Security PIN Mismatch',
  133000: 'Incomplete Delete',
};`,
    misnamed: [],
    correct: 4,
  },
  {
    origin: "written: Kapso's category names",
    language: 'en',
    shape: 'record-key-label',
    code: `const CATEGORY_OF: Record<number, string> = {
  131047: 'reengagementWindow',
  131056: 'throttling',
  130497: 'integrity',
  134011: 'businessEligibility',
  132016: 'template',
};`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'written: user-facing apologies',
    language: 'en',
    shape: 'record-key-label',
    code: `const USER_TEXT: Record<number, string> = {
  131000: 'Sorry, try again later.',
  131016: 'Sorry, try again later.',
  131026: 'Your message could not be delivered.',
};`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: "written: pywa's class names as labels",
    language: 'en',
    shape: 'record-key-label',
    code: `const PYWA_CLASS = {
  131047: 'ReEngagementMessage',
  131026: 'MessageUndeliverable',
  130472: 'UserIsInExperimentGroup',
  131056: 'TooManyMessages',
  131048: 'SpamRateLimitHit',
};`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'real: "user blocked us" on undeliverable, our block list on 130403',
    language: 'en',
    shape: 'case-comment',
    code: `switch (err.code) {
  case 131026: // blocked by the user, or no WhatsApp account
    markUnreachable(contact);
    break;
  case 130403: // we blocked this contact ourselves
    unblockIfNeeded(contact);
    break;
}`,
    misnamed: [],
    correct: 2,
  },
  {
    origin: 'real: §3.12 rate-limit Set with per-line comments',
    language: 'en',
    shape: 'set-comment',
    code: `const RATE_LIMITS = new Set([
  4, // app call limit
  80007, // WABA rate limit
  130429, // throughput
  131056, // pair rate limit
]);`,
    misnamed: [],
    correct: 4,
  },
  {
    origin: 'written: a 24-hour text that belongs to the sync code',
    language: 'en',
    shape: 'record-key-label',
    code: `const SYNC = {
  2593108: 'Sync requested more than 24 hours after onboarding',
  2593109: 'History sharing turned off in the app',
};`,
    misnamed: [],
    correct: 2,
  },
  {
    origin: 'real: §3.21 constants named after the action',
    language: 'en',
    shape: 'const-name',
    code: `import { WhatsAppErrorCode } from 'whatsapp-error-codes';
const NEEDS_TEMPLATE = WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED;
const BACK_OFF = WhatsAppErrorCode.RATE_LIMIT_HIT;
const DROP_CONTACT = WhatsAppErrorCode.MESSAGE_UNDELIVERABLE;`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: status values that fit',
    language: 'en',
    shape: 'if-assign',
    code: `if (code === 131050) status = 'opted_out';
else if (code === 131047) status = 'needs_template';
else if (code === 130472) status = 'withheld_by_meta';`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: spam limit described by its cause (reports and blocks)',
    language: 'en',
    shape: 'if-throw',
    code: `if (code === 131048) throw new SpamLimitError('Too many users reported or blocked us; pausing the campaign');
if (code === 130429) throw new RateLimitError('Throughput exceeded');`,
    misnamed: [],
    correct: 2,
  },
  {
    origin: 'written: calling texts',
    language: 'en',
    shape: 'record-key-label',
    code: `const CALL_TEXT = {
  138001: 'This customer cannot take WhatsApp calls',
  138002: 'Too many calls at once',
  138005: 'Calling too often from this number',
  138014: 'Calling paused for low call quality',
};`,
    misnamed: [],
    correct: 4,
  },
  {
    origin: 'written: rate limit on the pair limit and 613',
    language: 'en',
    shape: 'case-comment',
    code: `switch (err.code) {
  case 131056: // rate limit for this one recipient
    later(6_000);
    break;
  case 613: // endpoint rate limit
    later(60_000);
    break;
}`,
    misnamed: [],
    correct: 2,
  },
  {
    origin: 'written: TODO and link comments',
    language: 'en',
    shape: 'case-comment',
    code: `switch (err.code) {
  case 131000: // TODO: alert on-call if this repeats
    retry();
    break;
  case 131049: // see docs/marketing-limits.md
    later();
    break;
}`,
    misnamed: [],
    correct: 2,
  },
];

const SPANISH: readonly LabelledCase[] = [
  {
    origin: 'real: switch returning user text (explicarError shape, es)',
    language: 'es',
    shape: 'case-return',
    code: `function explicarError(codigo: number | undefined): string {
  switch (codigo) {
    case 131047:
      return 'Pasaron más de 24 horas: hay que usar una plantilla';
    case 131026:
      return 'El número no tiene WhatsApp';
    case 130472:
      return 'Límite de envíos alcanzado';
    case 131031:
      return 'Demasiadas solicitudes, espera un momento';
    case 132015:
      return 'Plantilla pausada por baja calidad';
    default:
      return 'Error desconocido';
  }
}`,
    misnamed: [
      { held: 130472, describes: 'rate-limit' },
      { held: 131031, describes: 'rate-limit' },
    ],
    correct: 3,
  },
  {
    origin: 'written: throw new Error (es)',
    language: 'es',
    shape: 'if-throw',
    code: `if (err.code === 131026) throw new Error('Ventana de 24 horas cerrada');
if (err.code === 131047) throw new Error('Fuera de la ventana de atención de 24 horas');
if (err.code === 131053) throw new Error('No se pudo subir el archivo adjunto');`,
    misnamed: [{ held: 131026, describes: 131047 }],
    correct: 2,
  },
  {
    origin: 'real: §4.9 logger.warn on the spam limit (es)',
    language: 'es',
    shape: 'log-call',
    code: `switch (codigo) {
  case 131048:
    logger.warn('El usuario bloqueó nuestro número');
    break;
  case 131056:
    logger.warn('Demasiados mensajes seguidos al mismo contacto');
    break;
  case 131049:
    logger.warn('Meta no entregó el mensaje para cuidar la experiencia del usuario');
    break;
}`,
    misnamed: [{ held: 131048, describes: 'recipient-unreachable' }],
    correct: 2,
  },
  {
    origin: 'real: §4.1 console.error and state on the missing-parameter code (es)',
    language: 'es',
    shape: 'log-call',
    code: `switch (e.codigoError) {
  case 131008:
    console.error('El contacto nos bloqueó');
    estado = 'bloqueado';
    break;
  case 131009:
    console.error('Valor de parámetro no válido');
    break;
}`,
    misnamed: [{ held: 131008, describes: 'recipient-unreachable' }],
    correct: 1,
  },
  {
    origin: 'real: §4.8 reply with a phone-format text (es)',
    language: 'es',
    shape: 'reply-call',
    code: `if (codigo === 131047) {
  responder('Número inválido, revisa el formato');
} else if (codigo === 131000) {
  responder('Lo sentimos, algo salió mal. Inténtalo más tarde.');
}`,
    misnamed: [{ held: 131047, describes: 'invalid-request' }],
    correct: 1,
  },
  {
    origin: 'written: Record of messages (es)',
    language: 'es',
    shape: 'record-key-label',
    code: `const MENSAJES: Record<number, string> = {
  131047: 'Ventana de 24 horas cerrada',
  131026: 'Mensaje no entregable',
  131049: 'El usuario se dio de baja del marketing',
  131050: 'El usuario no quiere recibir marketing',
  132001: 'La plantilla no existe en ese idioma',
  132000: 'No encontramos la plantilla',
};`,
    misnamed: [
      { held: 131049, describes: 131050 },
      { held: 132000, describes: 132001 },
    ],
    correct: 4,
  },
  {
    origin: 'written: Map with download read as upload (es)',
    language: 'es',
    shape: 'map-label',
    code: `const TEXTOS = new Map<number, string>([
  [131053, 'Error al subir el archivo'],
  [131052, 'Error al subir el archivo'],
]);`,
    misnamed: [{ held: 131052, describes: 131053 }],
    correct: 1,
  },
  {
    origin: 'real: §4.13 template member in the registration range (es enum)',
    language: 'es',
    shape: 'enum-name',
    code: `enum CodigoMeta {
  LIMITE_DE_VELOCIDAD = 130429,
  PLANTILLA_PAUSADA = 133016,
  PLANTILLA_DESACTIVADA = 132016,
  CUENTA_BLOQUEADA = 131031,
}`,
    misnamed: [{ held: 133016, describes: 132015 }],
    correct: 3,
  },
  {
    origin: 'real: §4.2 experiment as the rate limit (es const)',
    language: 'es',
    shape: 'const-name',
    code: `export const LIMITE_DE_TASA = 130472;
export const FUERA_DE_VENTANA = 131047;`,
    misnamed: [{ held: 130472, describes: 130429 }],
    correct: 1,
  },
  {
    origin: 'written: ternaries (es)',
    language: 'es',
    shape: 'ternary',
    code: `const aviso = codigo === 131031 ? 'Límite de mensajes superado' : 'Error al enviar';
const aviso2 = codigo === 131047 ? 'Hay que enviar una plantilla' : '';`,
    misnamed: [{ held: 131031, describes: 'rate-limit' }],
    correct: 1,
  },
  {
    origin: 'real: §4.12 mensajeError in if blocks (es)',
    language: 'es',
    shape: 'if-assign',
    code: `let mensajeError = 'Falló el envío';
if (codigo === 133004) {
  mensajeError = 'Fuera de la ventana de 24 h, usa una plantilla';
} else if (codigo === 133010) {
  mensajeError = 'El número de la empresa no está registrado';
}`,
    misnamed: [{ held: 133004, describes: 131047 }],
    correct: 1,
  },
  {
    origin: 'real: §4.6 comments on case lines (es)',
    language: 'es',
    shape: 'case-comment',
    code: `switch (error.code) {
  case 131047: // fuera de la ventana de 24 horas
    enviarPlantilla();
    break;
  case 131026: // ventana de 24h vencida
    enviarPlantilla();
    break;
  case 131021: // remitente y destinatario son el mismo número
    avisar();
    break;
}`,
    misnamed: [{ held: 131026, describes: 131047 }],
    correct: 2,
  },
  {
    origin: 'written: comment above an if (es)',
    language: 'es',
    shape: 'if-comment-above',
    code: `// límite de spam: pausar la campaña
if (codigo === 131049) {
  pausarCampana();
}`,
    misnamed: [{ held: 131049, describes: 131048 }],
    correct: 0,
  },
  {
    origin: 'written: first line in case blocks (es)',
    language: 'es',
    shape: 'case-comment-inside',
    code: `switch (fallo.code) {
  case 131057: {
    // token vencido, hay que renovarlo
    await renovarToken();
    break;
  }
  case 190: {
    // token de acceso vencido
    await renovarToken();
    break;
  }
}`,
    misnamed: [{ held: 131057, describes: 190 }],
    correct: 1,
  },
  {
    origin: 'written: { code, titulo } list (es)',
    language: 'es',
    shape: 'object-title',
    code: `const CONOCIDOS = [
  { code: 131021, titulo: 'Número no registrado en WhatsApp' },
  { code: 131030, titulo: 'Número fuera de la lista permitida' },
  { code: 131026, titulo: 'El destinatario no puede recibir el mensaje' },
];`,
    misnamed: [{ held: 131021, describes: 131026 }],
    correct: 2,
  },
  {
    origin: 'written: class fields (es)',
    language: 'es',
    shape: 'class-field',
    code: `class ErroresWhatsApp {
  static readonly PROBLEMA_DE_PAGO = 131037;
  static readonly PAGO_PENDIENTE = 131042;
  static readonly CERTIFICADO_INCORRECTO = 131045;
}`,
    misnamed: [{ held: 131037, describes: 131042 }],
    correct: 2,
  },
  {
    origin: 'written: kit constants returning labels (es)',
    language: 'es',
    shape: 'case-return',
    code: `import { WhatsAppErrorCode } from 'whatsapp-error-codes';
switch (err.code) {
  case WhatsAppErrorCode.PAIR_RATE_LIMIT_HIT:
    return 'Esa plantilla quedó en pausa';
  case WhatsAppErrorCode.TEMPLATE_PAUSED:
    return 'Plantilla en pausa';
  case WhatsAppErrorCode.RATE_LIMIT_HIT:
    return 'Vamos demasiado rápido, reintentamos en unos segundos';
}`,
    misnamed: [{ held: 131056, describes: 132015 }],
    correct: 2,
  },
  {
    origin: 'real: §4.1 identifier-like state string (es)',
    language: 'es',
    shape: 'if-assign',
    code: `if (e.code === 131008) contacto.estado = 'bloqueadoPorUsuario';
if (e.code === 131050) contacto.estado = 'sinMarketing';`,
    misnamed: [{ held: 131008, describes: 'recipient-unreachable' }],
    correct: 1,
  },
  {
    origin: 'real: §4.4 re-engagement labelled undeliverable in an object value (es)',
    language: 'es',
    shape: 'record-key-label',
    code: `const ERRORES = {
  131047: { mensaje: 'Mensaje no entregable', reintentar: false },
  131056: { mensaje: 'Espera antes de volver a escribir a este contacto', reintentar: true },
};`,
    misnamed: [{ held: 131047, describes: 131026 }],
    correct: 1,
  },
  {
    origin: 'real: §4.18 experiment answered as a closed window (es)',
    language: 'es',
    shape: 'case-comment',
    code: `switch (code) {
  case 130472: // ventana cerrada, mandar plantilla
    enviarPlantilla();
    break;
  case 131050: // el usuario dejó el marketing
    quitarDeCampana();
    break;
}`,
    misnamed: [{ held: 130472, describes: 131047 }],
    correct: 1,
  },
  {
    origin: 'real: §4.13 service unavailable named as not registered; flows (es)',
    language: 'es',
    shape: 'record-key-label',
    code: `const DESCRIPCION: Record<number, string> = {
  131016: 'El número de la empresa no está registrado',
  132069: 'El flujo está bloqueado',
  132068: 'Flujo bloqueado',
  131057: 'Cuenta en mantenimiento',
};`,
    misnamed: [
      { held: 131016, describes: 133010 },
      { held: 132069, describes: 132068 },
    ],
    correct: 2,
  },
  {
    origin: 'written: calling labels in a Map (es)',
    language: 'es',
    shape: 'map-label',
    code: `const LLAMADAS = new Map([
  [131044, 'El cliente no puede recibir llamadas'],
  [138005, 'Límite de llamadas simultáneas'],
  [138002, 'Demasiadas llamadas simultáneas'],
  [138001, 'El cliente no puede recibir llamadas'],
]);`,
    misnamed: [
      { held: 131044, describes: 138001 },
      { held: 138005, describes: 138002 },
    ],
    correct: 2,
  },
  {
    origin: 'real: internal error filed as an expired token (es)',
    language: 'es',
    shape: 'case-return',
    code: `switch (codigo) {
  case 131000:
    return 'Token de acceso vencido';
  case 190:
    return 'Token de acceso vencido';
  case 10:
    return 'Permiso denegado';
}`,
    misnamed: [{ held: 131000, describes: 190 }],
    correct: 2,
  },
  {
    origin: 'real: §4.11 limits on a media and a country code (es)',
    language: 'es',
    shape: 'record-key-label',
    code: `const MOTIVO: Record<number, string> = {
  131053: 'Demasiados mensajes',
  130497: 'Cuota de mensajes agotada',
  131048: 'Límite por spam',
};`,
    misnamed: [
      { held: 131053, describes: 131056 },
      { held: 130497, describes: 'rate-limit' },
    ],
    correct: 1,
  },
  {
    origin: 'written: reason assignment (es)',
    language: 'es',
    shape: 'if-assign',
    code: `if (codigo === 131056) {
  motivo = 'El usuario optó por no recibir mensajes de marketing';
}`,
    misnamed: [{ held: 131056, describes: 131050 }],
    correct: 0,
  },
  {
    origin: 'written: registration code read as a rejected template (es)',
    language: 'es',
    shape: 'case-return',
    code: `switch (codigo) {
  case 133006: return 'Plantilla rechazada';
  case 133005: return 'PIN de verificación en dos pasos incorrecto';
}`,
    misnamed: [{ held: 133006, describes: 'template' }],
    correct: 1,
  },
  {
    origin: 'real: §4.3 category function (es)',
    language: 'es',
    shape: 'if-return',
    code: `function categoria(codigo: number): string {
  if (codigo === 131047) return 'autenticacion';
  if (codigo === 131005) return 'permisos';
  if (codigo === 130429) return 'limite';
  return 'otro';
}`,
    misnamed: [{ held: 131047, describes: 'authentication' }],
    correct: 2,
  },
  {
    origin: 'written: two consts, one naming maintenance on the locked account (es)',
    language: 'es',
    shape: 'const-name',
    code: `export const CUENTA_EN_MANTENIMIENTO = 131031;
export const CUENTA_BLOQUEADA = 131031;`,
    misnamed: [{ held: 131031, describes: 131057 }],
    correct: 1,
  },
  {
    origin: 'written: group labels (es)',
    language: 'es',
    shape: 'record-key-label',
    code: `const GRUPOS: Record<number, string> = {
  131211: 'El grupo está lleno',
  131204: 'El grupo está lleno',
  131212: 'El participante no es parte del grupo',
};`,
    misnamed: [{ held: 131211, describes: 131204 }],
    correct: 2,
  },
  {
    origin: 'written: razon assigned in a switch (es)',
    language: 'es',
    shape: 'case-assign',
    code: `switch (codigo) {
  case 130472:
    razon = 'el usuario bloqueó a la empresa';
    break;
  case 131026:
    razon = 'el usuario bloqueó a la empresa o no tiene WhatsApp';
    break;
}`,
    misnamed: [{ held: 130472, describes: 'recipient-unreachable' }],
    correct: 1,
  },
  {
    origin: 'written: outage logged on the payment code (es)',
    language: 'es',
    shape: 'log-call',
    code: `if (codigo === 131042) logger.error('Servicio de Meta caído, reintentando');
if (codigo === 131016) logger.error('Servicio de Meta caído, reintentando');`,
    misnamed: [{ held: 131042, describes: 'platform-failure' }],
    correct: 1,
  },
  {
    origin: "written: Meta's titles in Spanish on the wrong codes",
    language: 'es',
    shape: 'record-key-label',
    code: `const TITULOS: Record<number, string> = {
  131051: 'Falta un parámetro obligatorio',
  131009: 'Tipo de mensaje no soportado',
  131037: 'País restringido para esta cuenta',
};`,
    misnamed: [
      { held: 131051, describes: 131008 },
      { held: 131009, describes: 131051 },
      { held: 131037, describes: 130497 },
    ],
    correct: 0,
  },
  // Right labels only.
  {
    origin: 'written: generic labels (es)',
    language: 'es',
    shape: 'case-return',
    code: `switch (codigo) {
  case 131000: return 'Falló el envío';
  case 131016: return 'Error desconocido';
  case 133004: return 'No pudimos enviar el mensaje';
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'real: §3.4 retry group with one comment (es)',
    language: 'es',
    shape: 'case-comment',
    code: `switch (codigo) {
  case 130429: // reintentar con espera exponencial
  case 80007:
  case 4:
    return reintentar(tarea);
  case 131056: // mismo contacto: esperar unos segundos antes de reintentar
    return reintentarLuego(tarea, 6000);
}`,
    misnamed: [],
    correct: 4,
  },
  {
    origin: 'written: negation and comparison (es)',
    language: 'es',
    shape: 'case-comment',
    code: `switch (err.code) {
  case 130472: // no es un límite de tasa: es un experimento de Meta
    omitir();
    break;
  case 131049: // a diferencia de 131050, el usuario no se dio de baja
    reintentarManana();
    break;
}`,
    misnamed: [],
    correct: 2,
  },
  {
    origin: 'written: fall-through template group (es)',
    language: 'es',
    shape: 'case-comment',
    code: `switch (codigo) {
  case 132000:
  case 132012:
  case 132001: // la plantilla no existe o sus variables no cuadran
    avisarEquipo();
    break;
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'real: user-facing explanations (estado-envio shape, own words)',
    language: 'es',
    shape: 'record-key-label',
    code: `const EXPLICACION: Record<number, string> = {
  131047: 'Han pasado más de 24 horas desde que el cliente escribió; solo se puede enviar una plantilla aprobada.',
  131026: 'No se pudo entregar: el número no usa WhatsApp o su aplicación es muy antigua.',
  131048: 'Meta frenó los envíos porque muchos usuarios marcaron los mensajes como spam.',
  130429: 'Se superó el límite de mensajes por segundo del número.',
  131051: 'Ese tipo de mensaje no está soportado.',
};`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'written: metrics and logs (es)',
    language: 'es',
    shape: 'log-call',
    code: `switch (codigo) {
  case 131047:
    metricas.incrementar('whatsapp.fallo.ventana');
    break;
  case 131031:
    logger.error('Error de WhatsApp', codigo, detalle);
    break;
}`,
    misnamed: [],
    correct: 2,
  },
  {
    origin: 'written: enum with fitting names (es)',
    language: 'es',
    shape: 'enum-name',
    code: `enum ErrorMeta {
  VENTANA_CERRADA = 131047,
  NO_ENTREGABLE = 131026,
  LIMITE_POR_PAR = 131056,
  EXPERIMENTO_DE_MARKETING = 130472,
  BAJA_DE_MARKETING = 131050,
}`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'written: kit constants with fitting labels (es)',
    language: 'es',
    shape: 'record-key-label',
    code: `import { WhatsAppErrorCode } from 'whatsapp-error-codes';
const TEXTO = {
  [WhatsAppErrorCode.TEMPLATE_DISABLED]: 'Plantilla desactivada de forma permanente',
  [WhatsAppErrorCode.TEMPLATE_DOES_NOT_EXIST]: 'Esa plantilla no existe',
  [WhatsAppErrorCode.MEDIA_UPLOAD_ERROR]: 'No se pudo subir el archivo',
};`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'real: "the user blocked us" on undeliverable (es)',
    language: 'es',
    shape: 'if-comment-above',
    code: `// el usuario nos bloqueó o no tiene WhatsApp
if (codigo === 131026) {
  marcarInalcanzable(contacto);
}`,
    misnamed: [],
    correct: 1,
  },
  {
    origin: 'written: apologies for the customer (es)',
    language: 'es',
    shape: 'record-key-label',
    code: `const PARA_EL_CLIENTE: Record<number, string> = {
  131000: 'Lo sentimos, inténtalo de nuevo más tarde.',
  131057: 'Estamos en mantenimiento, vuelve a intentarlo en un minuto.',
  133004: 'Lo sentimos, inténtalo de nuevo más tarde.',
};`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: old Meta titles translated (es)',
    language: 'es',
    shape: 'record-key-label',
    code: `const TITULOS_ANTIGUOS = {
  131000: 'Error genérico',
  131016: 'Servicio sobrecargado',
  131045: 'Certificado sin firmar',
};`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: class fields with fitting names (es)',
    language: 'es',
    shape: 'class-field',
    code: `class CodigosMeta {
  static readonly TOKEN_VENCIDO = 190;
  static readonly PERMISO_DENEGADO = 10;
  static readonly ACCESO_DENEGADO = 131005;
  static readonly LIMITE_DE_SPAM = 131048;
}`,
    misnamed: [],
    correct: 4,
  },
  {
    origin: 'written: ternary and status with fitting texts (es)',
    language: 'es',
    shape: 'ternary',
    code: `const etiqueta = codigo === 131049 ? 'Meta retuvo el mensaje de marketing' : 'Otro error';
if (codigo === 131030) estado = 'fuera_de_lista_de_prueba';
if (codigo === 132016) estado = 'plantilla_desactivada';`,
    misnamed: [],
    correct: 3,
  },
];

const PORTUGUESE: readonly LabelledCase[] = [
  {
    origin: 'real: decision switch with case comments (templates shape, pt)',
    language: 'pt',
    shape: 'case-comment',
    code: `function decidir(codigo: number): string {
  switch (codigo) {
    case 130429: // vazão por segundo estourada
    case 80007: // limite de requisições da conta
      return 'tentar_de_novo';
    case 131026: // não entregável: sem WhatsApp ou app antigo
      return 'desistir';
    case 131031: // limite de envios, aguardar
      return 'esperar';
    case 132015: // modelo pausado por qualidade
      return 'corrigir_modelo';
  }
}`,
    misnamed: [{ held: 131031, describes: 'rate-limit' }],
    correct: 4,
  },
  {
    origin: 'real: §4.6 swapped return texts (pt)',
    language: 'pt',
    shape: 'case-return',
    code: `switch (codigo) {
  case 131047:
    return 'Número não está no WhatsApp';
  case 131026:
    return 'Janela de 24h encerrada';
  case 131048:
    return 'Número limitado por spam';
}`,
    misnamed: [
      { held: 131047, describes: 131026 },
      { held: 131026, describes: 131047 },
    ],
    correct: 1,
  },
  {
    origin: 'real: §4.9 custom error on the spam limit (pt)',
    language: 'pt',
    shape: 'if-throw',
    code: `if (codigo === 131048) {
  throw new ErroEnvio('O cliente bloqueou nosso número');
}
if (codigo === 131050) {
  throw new ErroEnvio('O cliente não quer mais receber marketing');
}`,
    misnamed: [{ held: 131048, describes: 'recipient-unreachable' }],
    correct: 1,
  },
  {
    origin: 'real: §4.2 logger.warn on the experiment (pt)',
    language: 'pt',
    shape: 'log-call',
    code: `switch (erro.code) {
  case 130472:
    logger.warn('Limite de taxa atingido, pausando a fila');
    break;
  case 130429:
    logger.warn('Limite de taxa atingido, pausando a fila');
    break;
}`,
    misnamed: [{ held: 130472, describes: 130429 }],
    correct: 1,
  },
  {
    origin: 'written: Record with string keys (pt)',
    language: 'pt',
    shape: 'record-key-label',
    code: `const DESCRICOES: Record<string, string> = {
  '131049': 'Usuário se descadastrou do marketing',
  '131050': 'Usuário pediu para não receber marketing',
  '131051': 'Esse tipo de mensagem não é aceito',
  '131052': 'Falha no upload da mídia',
  '131053': 'Falha no upload da mídia',
};`,
    misnamed: [
      { held: 131049, describes: 131050 },
      { held: 131052, describes: 131053 },
    ],
    correct: 3,
  },
  {
    origin: 'real: template not found on the count mismatch (pt Map)',
    language: 'pt',
    shape: 'map-label',
    code: `const MODELOS = new Map<number, string>([
  [132000, 'Modelo não encontrado'],
  [132001, 'Modelo inexistente ou não aprovado neste idioma'],
  [132016, 'Modelo desativado'],
]);`,
    misnamed: [{ held: 132000, describes: 132001 }],
    correct: 2,
  },
  {
    origin: 'real: §4.6 enum with window and number swapped (pt)',
    language: 'pt',
    shape: 'enum-name',
    code: `enum ErroMeta {
  LIMITE_DE_TAXA = 131056,
  JANELA_EXPIRADA = 131026,
  NUMERO_INVALIDO = 131047,
  CONTA_BLOQUEADA = 131031,
}`,
    misnamed: [
      { held: 131026, describes: 131047 },
      { held: 131047, describes: 'invalid-request' },
    ],
    correct: 2,
  },
  {
    origin: 'real: §4.1 blocked state on the missing-parameter code (pt)',
    language: 'pt',
    shape: 'if-assign',
    code: `if (erro.code === 131008) {
  contato.situacao = 'bloqueado';
} else if (erro.code === 131021) {
  contato.situacao = 'mesmo_numero';
}`,
    misnamed: [{ held: 131008, describes: 'recipient-unreachable' }],
    correct: 1,
  },
  {
    origin: 'real: §4.12 first line in a case block (pt)',
    language: 'pt',
    shape: 'case-comment-inside',
    code: `switch (falha.codigo) {
  case 133004: {
    // fora da janela de 24h: usar template
    await enviarTemplate(telefone);
    break;
  }
  case 131047: {
    // fora da janela de 24h: usar template
    await enviarTemplate(telefone);
    break;
  }
}`,
    misnamed: [{ held: 133004, describes: 131047 }],
    correct: 1,
  },
  {
    origin: 'written: comments above if / else if (pt)',
    language: 'pt',
    shape: 'if-comment-above',
    code: `// conta bloqueada por violação de política
if (code === 131042) {
  alertarSuporte();
}
// sem forma de pagamento para chamadas
else if (code === 131044) {
  alertarFinanceiro();
}`,
    misnamed: [{ held: 131042, describes: 'business-restricted' }],
    correct: 1,
  },
  {
    origin: 'real: §4.10 ternary with a daily limit (pt)',
    language: 'pt',
    shape: 'ternary',
    code: `const dica = code === 131047 ? 'Limite diário de mensagens atingido' : '';
const dica2 = code === 131049 ? 'A Meta segurou a entrega, tente amanhã' : '';`,
    misnamed: [{ held: 131047, describes: 'rate-limit' }],
    correct: 1,
  },
  {
    origin: 'written: mensagemErro in if blocks (pt)',
    language: 'pt',
    shape: 'if-assign',
    code: `let mensagemErro = 'Falha no envio';
if (code === 132012) {
  mensagemErro = 'Quantidade de variáveis diferente do modelo';
} else if (code === 132000) {
  mensagemErro = 'Quantidade de variáveis diferente do modelo';
}`,
    misnamed: [{ held: 132012, describes: 132000 }],
    correct: 1,
  },
  {
    origin: 'real: access denied labelled as an unapproved template (pt list)',
    language: 'pt',
    shape: 'object-title',
    code: `const ERROS = [
  { code: 131005, titulo: 'Modelo não aprovado' },
  { code: 131009, titulo: 'Valor de parâmetro inválido' },
  { code: 131008, titulo: 'Falta um parâmetro obrigatório' },
];`,
    misnamed: [{ held: 131005, describes: 'template' }],
    correct: 2,
  },
  {
    origin: 'written: class fields, one value used twice (pt)',
    language: 'pt',
    shape: 'class-field',
    code: `class CodigosWhats {
  static readonly SEM_METODO_DE_PAGAMENTO = 131044;
  static readonly TOKEN_EXPIRADO = 131005;
  static readonly ACESSO_NEGADO = 131005;
}`,
    misnamed: [{ held: 131005, describes: 190 }],
    correct: 2,
  },
  {
    origin: 'real: §4.9 kit constant key with a block label (pt)',
    language: 'pt',
    shape: 'record-key-label',
    code: `import { WhatsAppErrorCode } from 'whatsapp-error-codes';
const AVISOS = {
  [WhatsAppErrorCode.SPAM_RATE_LIMIT_HIT]: 'Cliente bloqueou a empresa',
  [WhatsAppErrorCode.MESSAGE_UNDELIVERABLE]: 'Cliente bloqueou a empresa ou não tem WhatsApp',
};`,
    misnamed: [{ held: 131048, describes: 'recipient-unreachable' }],
    correct: 1,
  },
  {
    origin: 'written: identifier-like reasons (pt)',
    language: 'pt',
    shape: 'case-assign',
    code: `switch (codigo) {
  case 131021: motivo = 'numeroSemWhatsapp'; break;
  case 131026: motivo = 'numeroSemWhatsapp'; break;
  case 131030: motivo = 'foraDaListaPermitida'; break;
}`,
    misnamed: [{ held: 131021, describes: 131026 }],
    correct: 2,
  },
  {
    origin: 'real: joel #152 table, allow list read as an invalid phone (pt)',
    language: 'pt',
    shape: 'record-key-label',
    code: `const TABELA = {
  131030: 'Telefone inválido',
  131031: 'Conta da empresa bloqueada',
  131057: 'Conta bloqueada',
};`,
    misnamed: [
      { held: 131030, describes: 'invalid-request' },
      { held: 131057, describes: 131031 },
    ],
    correct: 1,
  },
  {
    origin: 'real: template paused on outage and disabled codes (pt)',
    language: 'pt',
    shape: 'case-return',
    code: `switch (codigo) {
  case 131016: return 'Modelo pausado';
  case 132016: return 'Modelo pausado';
  case 132015: return 'Modelo pausado pela Meta por baixa qualidade';
}`,
    misnamed: [
      { held: 131016, describes: 132015 },
      { held: 132016, describes: 132015 },
    ],
    correct: 1,
  },
  {
    origin: 'real: §4.12 2FA PIN mismatch read as a daily limit (pt)',
    language: 'pt',
    shape: 'record-key-label',
    code: `const LIMITES: Record<number, string> = {
  133005: 'Limite diário atingido',
  133016: 'Muitas tentativas de registro, aguarde',
  131056: 'Muitas mensagens seguidas para o mesmo contato',
};`,
    misnamed: [{ held: 133005, describes: 'rate-limit' }],
    correct: 2,
  },
  {
    origin: 'written: case comments, token and block on the wrong codes (pt)',
    language: 'pt',
    shape: 'case-comment',
    code: `switch (codigo) {
  case 131000: // token inválido
    renovarToken();
    break;
  case 131056: // número bloqueado pelo destinatário
    pausarContato();
    break;
  case 0: // token inválido
    renovarToken();
    break;
}`,
    misnamed: [
      { held: 131000, describes: 'authentication' },
      { held: 131056, describes: 'recipient-unreachable' },
    ],
    correct: 1,
  },
  {
    origin: 'written: thrown media text on a parameter code (pt)',
    language: 'pt',
    shape: 'if-throw',
    code: `if (code === 131009) throw new Error('Mídia muito grande');
if (code === 131053) throw new Error('Mídia muito grande ou formato não aceito');`,
    misnamed: [{ held: 131009, describes: 'media' }],
    correct: 1,
  },
  {
    origin: 'written: country restriction labelled as payment (pt Map)',
    language: 'pt',
    shape: 'map-label',
    code: `const MOTIVOS = new Map([
  [130497, 'Problema de pagamento na conta'],
  [131042, 'Problema de pagamento na conta'],
]);`,
    misnamed: [{ held: 130497, describes: 131042 }],
    correct: 1,
  },
  {
    origin: 'written: block list labels (pt)',
    language: 'pt',
    shape: 'record-key-label',
    code: `const LISTA_DE_BLOQUEIO = {
  139101: 'Lista de bloqueio cheia',
  139102: 'Limite da lista de bloqueio atingido',
  139100: 'Não foi possível bloquear alguns usuários',
};`,
    misnamed: [{ held: 139102, describes: 139101 }],
    correct: 2,
  },
  {
    origin: 'real: §4.17 healthy-ecosystem code marked as blocked (pt)',
    language: 'pt',
    shape: 'if-comment-inside',
    code: `if (status.errors[0].code === 131049) {
  // usuário bloqueou a empresa
  marcarBloqueado(contato);
}`,
    misnamed: [{ held: 131049, describes: 'recipient-unreachable' }],
    correct: 0,
  },
  {
    origin: 'real: §4.7 business-number code read as "customer has no WhatsApp" (pt)',
    language: 'pt',
    shape: 'case-return',
    code: `switch (codigo) {
  case 133010: return 'O número do cliente não tem WhatsApp';
  case 133015: return 'Aguarde alguns minutos antes de registrar o número de novo';
}`,
    misnamed: [{ held: 133010, describes: 131026 }],
    correct: 1,
  },
  {
    origin: 'real: §4.10 consts, re-engagement read as a sending limit (pt)',
    language: 'pt',
    shape: 'const-name',
    code: `export const LIMITE_DE_ENVIO_ATINGIDO = 131047;
export const FORA_DA_JANELA = 131047;`,
    misnamed: [{ held: 131047, describes: 'rate-limit' }],
    correct: 1,
  },
  {
    origin: 'real: §4.18 comment above an if naming two codes (pt)',
    language: 'pt',
    shape: 'if-comment-above',
    code: `// 130472 e 131047 = fora da janela de 24h
if (code === 130472 || code === 131047) {
  return enviarTemplate(telefone);
}`,
    misnamed: [{ held: 130472, describes: 131047 }],
    correct: 1,
  },
  {
    origin: 'written: flow labels (pt)',
    language: 'pt',
    shape: 'record-key-label',
    code: `const FLUXOS: Record<number, string> = {
  132068: 'Fluxo bloqueado',
  132069: 'Fluxo bloqueado',
};`,
    misnamed: [{ held: 132069, describes: 132068 }],
    correct: 1,
  },
  {
    origin: 'real: §4.4 ternary on the locked account (pt)',
    language: 'pt',
    shape: 'ternary',
    code: `const rotulo = erro.code === 131031 ? 'Muitas requisições' : 'Erro desconhecido';`,
    misnamed: [{ held: 131031, describes: 'rate-limit' }],
    correct: 0,
  },
  {
    origin: 'written: reply with a maintenance text on the experiment (pt)',
    language: 'pt',
    shape: 'reply-call',
    code: `if (code === 130472) {
  responder('A conta está em manutenção, tente daqui a pouco');
} else if (code === 131057) {
  responder('A conta está em manutenção, tente daqui a pouco');
}`,
    misnamed: [{ held: 130472, describes: 131057 }],
    correct: 1,
  },
  {
    origin: "written: Meta's titles in Portuguese on the wrong codes",
    language: 'pt',
    shape: 'record-key-label',
    code: `const TITULOS: Record<number, string> = {
  131045: 'Número de telefone precisa ser verificado novamente',
  133006: 'Certificado incorreto',
};`,
    misnamed: [
      { held: 131045, describes: 133006 },
      { held: 133006, describes: 131045 },
    ],
    correct: 0,
  },
  // Right labels only.
  {
    origin: 'real: customer texts (templates shape, own words)',
    language: 'pt',
    shape: 'record-key-label',
    code: `const TEXTO_CLIENTE: Record<number, string> = {
  130429: 'A Meta limitou o ritmo de envio. Tentaremos de novo em instantes.',
  131057: 'A conta está em manutenção na Meta. Tentaremos de novo em instantes.',
  131026: 'Este número não recebe: não tem WhatsApp ou bloqueou a empresa.',
  131049: 'A Meta segurou esta mensagem para não lotar a caixa da pessoa.',
  132005: 'O texto final passou do tamanho que o modelo aprovado aceita.',
};`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'written: generic labels (pt)',
    language: 'pt',
    shape: 'case-return',
    code: `switch (codigo) {
  case 131000: return 'Erro desconhecido';
  case 131016: return 'Não foi possível enviar';
  case 2: return 'Falha temporária, tente de novo';
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: retry with backoff group (pt)',
    language: 'pt',
    shape: 'case-comment',
    code: `switch (codigo) {
  case 130429: // tentar de novo com espera exponencial
  case 131056:
    return reagendar(envio, { backoff: true });
  case 131047: // janela fechada: só template resolve
    return enviarTemplate(envio);
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: negation and comparison (pt)',
    language: 'pt',
    shape: 'case-comment',
    code: `switch (codigo) {
  case 131031: // não é limite de taxa: a conta foi bloqueada
    alertar();
    break;
  case 131026: // diferente do 131047, template não resolve
    desistir();
    break;
}`,
    misnamed: [],
    correct: 2,
  },
  {
    origin: 'written: enum with fitting names (pt)',
    language: 'pt',
    shape: 'enum-name',
    code: `enum CodigoWhats {
  JANELA_DE_24H_FECHADA = 131047,
  NAO_ENTREGAVEL = 131026,
  EXPERIMENTO_DA_META = 130472,
  OPTOU_POR_SAIR_DO_MARKETING = 131050,
  VAZAO_EXCEDIDA = 130429,
}`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'real: §3.4 rate-limit group with one comment (pt)',
    language: 'pt',
    shape: 'case-comment',
    code: `switch (codigo) {
  case 4:
  case 80007:
  case 130429:
  case 131056: // limites de taxa: esperar e tentar de novo
    esperar();
    break;
}`,
    misnamed: [],
    correct: 4,
  },
  {
    origin: 'written: metrics and a log line (pt)',
    language: 'pt',
    shape: 'log-call',
    code: `switch (codigo) {
  case 131048:
    metricas.contar('whatsapp.envio.falhou');
    break;
  case 131050:
    logger.info('Erro da Meta', codigo, erro.title);
    break;
}`,
    misnamed: [],
    correct: 2,
  },
  {
    origin: 'written: kit constants with fitting returns (pt)',
    language: 'pt',
    shape: 'case-return',
    code: `import { WhatsAppErrorCode } from 'whatsapp-error-codes';
switch (e.code) {
  case WhatsAppErrorCode.TEMPLATE_PARAM_COUNT_MISMATCH:
    return 'A quantidade de variáveis não bate com o modelo';
  case WhatsAppErrorCode.TEMPLATE_PARAMETER_FORMAT_MISMATCH:
    return 'O formato de uma variável não é o esperado';
}`,
    misnamed: [],
    correct: 2,
  },
  {
    origin: 'written: calling texts (pt)',
    language: 'pt',
    shape: 'record-key-label',
    code: `const CHAMADAS = {
  138000: 'Chamadas não estão ativadas neste número',
  138006: 'O cliente ainda não autorizou chamadas',
  138014: 'Chamadas suspensas temporariamente por baixa qualidade',
};`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: registration labels (pt Map)',
    language: 'pt',
    shape: 'map-label',
    code: `const REGISTRO = new Map([
  [133005, 'PIN de duas etapas incorreto'],
  [133008, 'Tentativas demais de PIN'],
  [133010, 'Número comercial não registrado'],
]);`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'real: pt label table, every label fits (own words)',
    language: 'pt',
    shape: 'record-key-label',
    code: `const DESCRICAO: Record<number, string> = {
  131021: 'Destino e remetente são o mesmo número',
  131031: 'Conta comercial bloqueada por violar as políticas',
  131037: 'O nome de exibição ainda precisa ser aprovado',
  131042: 'Forma de pagamento da conta com problema',
  131048: 'Muitas mensagens marcadas como spam, envio limitado',
};`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'written: status values and an apology (pt)',
    language: 'pt',
    shape: 'if-assign',
    code: `if (code === 131050) situacao = 'sem_marketing';
if (code === 131049) situacao = 'retido_pela_meta';
if (code === 131000) responder('Desculpe, tente novamente mais tarde.');`,
    misnamed: [],
    correct: 3,
  },
];

const FRENCH: readonly LabelledCase[] = [
  {
    origin: 'real: switch returning labels (fr)',
    language: 'fr',
    shape: 'case-return',
    code: `function libelle(code: number): string {
  switch (code) {
    case 131047:
      return 'Fenêtre de 24 heures expirée, envoyez un modèle';
    case 131026:
      return 'Message non distribuable';
    case 130472:
      return 'Limite de débit atteinte';
    case 131031:
      return 'Numéro bloqué par le destinataire';
    default:
      return 'Erreur inconnue';
  }
}`,
    misnamed: [
      { held: 130472, describes: 130429 },
      { held: 131031, describes: 'recipient-unreachable' },
    ],
    correct: 2,
  },
  {
    origin: 'real: template not found on the count mismatch (fr throw)',
    language: 'fr',
    shape: 'if-throw',
    code: `if (code === 132000) throw new Error('Modèle introuvable');
if (code === 132001) throw new Error('Modèle inexistant ou non approuvé');`,
    misnamed: [{ held: 132000, describes: 132001 }],
    correct: 1,
  },
  {
    origin: 'real: §4.5 re-engagement logged as a rate limit (fr)',
    language: 'fr',
    shape: 'log-call',
    code: `switch (code) {
  case 131047:
    logger.warn('Limite de débit atteinte, on ralentit');
    break;
  case 131056:
    logger.warn('Trop de messages envoyés à ce contact, on patiente');
    break;
}`,
    misnamed: [{ held: 131047, describes: 130429 }],
    correct: 1,
  },
  {
    origin: 'real: §4.1 console.error on the missing-parameter code (fr)',
    language: 'fr',
    shape: 'log-call',
    code: `switch (erreur.code) {
  case 131008:
    console.error("L'utilisateur a bloqué notre numéro");
    break;
  case 131009:
    console.error('Valeur de paramètre invalide');
    break;
}`,
    misnamed: [{ held: 131008, describes: 'recipient-unreachable' }],
    correct: 1,
  },
  {
    origin: 'real: §4.7 reply "not on WhatsApp" on the window code (fr)',
    language: 'fr',
    shape: 'reply-call',
    code: `if (code === 131047) {
  repondre("Ce numéro n'est pas sur WhatsApp");
} else if (code === 130429) {
  repondre('Désolé, réessayez dans quelques instants.');
}`,
    misnamed: [{ held: 131047, describes: 131026 }],
    correct: 1,
  },
  {
    origin: 'written: Record of labels (fr)',
    language: 'fr',
    shape: 'record-key-label',
    code: `const LIBELLES: Record<number, string> = {
  131048: 'Limite anti-spam atteinte',
  131049: 'Limite anti-spam atteinte',
  131050: "Le client s'est désabonné du marketing",
  131056: 'Trop de messages vers ce contact',
  131057: 'Compte verrouillé',
};`,
    misnamed: [
      { held: 131049, describes: 131048 },
      { held: 131057, describes: 131031 },
    ],
    correct: 3,
  },
  {
    origin: 'real: §4.13 paused template on the registration limit (fr Map)',
    language: 'fr',
    shape: 'map-label',
    code: `const ETATS = new Map([
  [133016, 'Modèle en pause'],
  [132015, 'Modèle en pause'],
]);`,
    misnamed: [{ held: 133016, describes: 132015 }],
    correct: 1,
  },
  {
    origin: 'real: §4.12 enum with the window on 133004 (fr)',
    language: 'fr',
    shape: 'enum-name',
    code: `enum CodeErreur {
  DEBIT_DEPASSE = 130429,
  FENETRE_FERMEE = 131047,
  HORS_FENETRE = 133004,
  NON_DISTRIBUABLE = 131026,
  COMPTE_VERROUILLE = 131031,
}`,
    misnamed: [{ held: 133004, describes: 131047 }],
    correct: 4,
  },
  {
    origin: 'real: §4.4 locked account as a rate limit (fr consts)',
    language: 'fr',
    shape: 'const-name',
    code: `export const LIMITE_DE_DEBIT = 131031;
export const COMPTE_SUSPENDU = 131031;`,
    misnamed: [{ held: 131031, describes: 130429 }],
    correct: 1,
  },
  {
    origin: 'real: §4.6 ternary with the window on undeliverable (fr)',
    language: 'fr',
    shape: 'ternary',
    code: `const texte = code === 131026 ? 'Fenêtre de conversation fermée' : "Échec de l'envoi";`,
    misnamed: [{ held: 131026, describes: 131047 }],
    correct: 0,
  },
  {
    origin: 'written: messageErreur in if blocks (fr)',
    language: 'fr',
    shape: 'if-assign',
    code: `let messageErreur = 'Échec';
if (code === 131042) {
  messageErreur = 'Accès refusé';
} else if (code === 131005) {
  messageErreur = 'Accès refusé';
}`,
    misnamed: [{ held: 131042, describes: 131005 }],
    correct: 1,
  },
  {
    origin: 'written: identifier-like reasons (fr)',
    language: 'fr',
    shape: 'case-assign',
    code: `switch (code) {
  case 131047: raison = 'quota_depasse'; break;
  case 130429: raison = 'debit_depasse'; break;
}`,
    misnamed: [{ held: 131047, describes: 'rate-limit' }],
    correct: 1,
  },
  {
    origin: 'real: §4.2 case comment on the experiment (fr)',
    language: 'fr',
    shape: 'case-comment',
    code: `switch (statut.errors[0].code) {
  case 130472: // limite de débit, mettre la file en pause
    pauseFile();
    break;
  case 131049: // Meta a retenu le message marketing, réessayer demain
    reessayerDemain();
    break;
}`,
    misnamed: [{ held: 130472, describes: 130429 }],
    correct: 1,
  },
  {
    origin: 'written: comment above an if (fr)',
    language: 'fr',
    shape: 'if-comment-above',
    code: `// jeton expiré : le renouveler
if (code === 131031) {
  renouvelerJeton();
}`,
    misnamed: [{ held: 131031, describes: 190 }],
    correct: 0,
  },
  {
    origin: 'real: §4.18 first line in a case block (fr)',
    language: 'fr',
    shape: 'case-comment-inside',
    code: `switch (echec.code) {
  case 131026: {
    // hors de la fenêtre de 24 h
    await envoyerModele(client);
    break;
  }
  case 131047: {
    // hors de la fenêtre de 24 h
    await envoyerModele(client);
    break;
  }
}`,
    misnamed: [{ held: 131026, describes: 131047 }],
    correct: 1,
  },
  {
    origin: 'written: { code, titre } list (fr)',
    language: 'fr',
    shape: 'object-title',
    code: `const CONNUS = [
  { code: 132005, titre: 'Nombre de paramètres incorrect' },
  { code: 132000, titre: 'Nombre de paramètres incorrect' },
  { code: 132012, titre: 'Format de paramètre incorrect' },
];`,
    misnamed: [{ held: 132005, describes: 132000 }],
    correct: 2,
  },
  {
    origin: 'real: diagnosis billing branch on the certificate code (fr class fields)',
    language: 'fr',
    shape: 'class-field',
    code: `class CodesMeta {
  static readonly PAIEMENT_REFUSE = 131045;
  static readonly CERTIFICAT_INVALIDE = 131045;
  static readonly PROBLEME_DE_PAIEMENT = 131042;
}`,
    misnamed: [{ held: 131045, describes: 131042 }],
    correct: 2,
  },
  {
    origin: 'written: kit constants returning the window text (fr)',
    language: 'fr',
    shape: 'case-return',
    code: `import { WhatsAppErrorCode } from 'whatsapp-error-codes';
switch (e.code) {
  case WhatsAppErrorCode.MESSAGE_UNDELIVERABLE:
    return 'Session de 24 h expirée';
  case WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED:
    return 'Session de 24 h expirée';
}`,
    misnamed: [{ held: 131026, describes: 131047 }],
    correct: 1,
  },
  {
    origin: 'real: §4.7 identifier-like label on the window code (fr)',
    language: 'fr',
    shape: 'record-key-label',
    code: `const MOTIF: Record<number, string> = {
  131047: 'NonInscritSurWhatsApp',
  131026: 'NonInscritSurWhatsApp',
};`,
    misnamed: [{ held: 131047, describes: 131026 }],
    correct: 1,
  },
  {
    origin: 'real: §4.11 NestJS-like table in French',
    language: 'fr',
    shape: 'record-key-label',
    code: `const DESCRIPTIONS: Record<number, string> = {
  131021: 'Modèle inexistant',
  131051: 'Fichier média trop volumineux',
  131053: 'Fichier média trop volumineux',
};`,
    misnamed: [
      { held: 131021, describes: 132001 },
      { held: 131051, describes: 'media' },
    ],
    correct: 1,
  },
  {
    origin: 'real: §4.12 deregistration code read as too many requests (fr)',
    language: 'fr',
    shape: 'case-return',
    code: `switch (code) {
  case 133000: return 'Trop de requêtes, réessayez plus tard';
  case 133015: return 'Suppression du numéro en cours, attendez quelques minutes';
}`,
    misnamed: [{ held: 133000, describes: 'rate-limit' }],
    correct: 1,
  },
  {
    origin: 'real: §4.15 Set with per-line comments (fr)',
    language: 'fr',
    shape: 'set-comment',
    code: `const A_CORRIGER = new Set([
  132_007, // format de variable incorrect
  132_012, // format de variable incorrect
]);`,
    misnamed: [{ held: 132007, describes: 132012 }],
    correct: 1,
  },
  {
    origin: 'written: erreur.message assigned (fr)',
    language: 'fr',
    shape: 'if-assign',
    code: `if (code === 132069) {
  erreur.message = 'Flow bloqué';
} else if (code === 132068) {
  erreur.message = 'Flow bloqué';
}`,
    misnamed: [{ held: 132069, describes: 132068 }],
    correct: 1,
  },
  {
    origin: 'written: account state labels (fr)',
    language: 'fr',
    shape: 'record-key-label',
    code: `const ETAT_COMPTE = {
  131037: 'Compte en maintenance',
  131057: 'Compte en maintenance',
};`,
    misnamed: [{ held: 131037, describes: 131057 }],
    correct: 1,
  },
  {
    origin: 'real: §4.13 service unavailable read as not registered (fr case comments)',
    language: 'fr',
    shape: 'case-comment',
    code: `switch (code) {
  case 131016: // numéro professionnel non enregistré
    enregistrer();
    break;
  case 133010: // numéro professionnel non enregistré
    enregistrer();
    break;
}`,
    misnamed: [{ held: 131016, describes: 133010 }],
    correct: 1,
  },
  {
    origin: 'written: allow-list text on the parameter code (fr)',
    language: 'fr',
    shape: 'if-assign',
    code: `if (code === 131009) {
  raison = 'Numéro en dehors de la liste autorisée';
}`,
    misnamed: [{ held: 131009, describes: 131030 }],
    correct: 0,
  },
  {
    origin: 'written: calling enum (fr)',
    language: 'fr',
    shape: 'enum-name',
    code: `enum Appels {
  APPELS_SIMULTANES_TROP_NOMBREUX = 138012,
  CLIENT_INJOIGNABLE = 138001,
}`,
    misnamed: [{ held: 138012, describes: 138002 }],
    correct: 1,
  },
  {
    origin: 'written: policy Map with a payment label (fr)',
    language: 'fr',
    shape: 'map-label',
    code: `const POLITIQUE = new Map([
  [131064, 'Paiement en attente'],
  [368, 'Compte bloqué temporairement pour non-respect des règles'],
]);`,
    misnamed: [{ held: 131064, describes: 'payment' }],
    correct: 1,
  },
  {
    origin: 'written: registration labels (fr)',
    language: 'fr',
    shape: 'record-key-label',
    code: `const INSCRIPTION: Record<number, string> = {
  133009: 'Numéro non enregistré',
  133005: 'Code PIN de validation en deux étapes incorrect',
};`,
    misnamed: [{ held: 133009, describes: 133010 }],
    correct: 1,
  },
  {
    origin: 'real: §4.3 family function (fr)',
    language: 'fr',
    shape: 'if-return',
    code: `function famille(code: number): string {
  if (code === 131057) return 'authentification';
  if (code === 131056) return 'fenetre';
  if (code === 190) return 'authentification';
  return 'autre';
}`,
    misnamed: [
      { held: 131057, describes: 'authentication' },
      { held: 131056, describes: 131047 },
    ],
    correct: 1,
  },
  {
    origin: "written: Meta's titles in French on the wrong codes",
    language: 'fr',
    shape: 'record-key-label',
    code: `const TITRES: Record<number, string> = {
  131052: 'Échec du téléversement du média',
  131053: 'Impossible de récupérer le média envoyé par le client',
  131005: 'Paramètre obligatoire manquant',
};`,
    misnamed: [
      { held: 131052, describes: 131053 },
      { held: 131053, describes: 131052 },
      { held: 131005, describes: 131008 },
    ],
    correct: 0,
  },
  // Right labels only.
  {
    origin: 'written: customer texts (fr)',
    language: 'fr',
    shape: 'record-key-label',
    code: `const POUR_LE_CLIENT: Record<number, string> = {
  131047: 'Plus de 24 heures depuis le dernier message du client : seul un modèle approuvé peut être envoyé.',
  131026: "Message non remis : le numéro n'utilise pas WhatsApp ou l'application est trop ancienne.",
  130429: 'Débit maximal du numéro atteint, nouvel essai dans un instant.',
  131050: 'Le client a choisi de ne plus recevoir de messages marketing.',
  131052: 'Impossible de télécharger le média envoyé par le client.',
};`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'written: generic labels (fr)',
    language: 'fr',
    shape: 'case-return',
    code: `switch (code) {
  case 131000: return 'Échec';
  case 131016: return 'Erreur inconnue';
  case 133004: return "Impossible d'envoyer le message pour le moment";
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: retry group (fr)',
    language: 'fr',
    shape: 'case-comment',
    code: `switch (code) {
  case 130429: // réessayer avec un délai croissant
  case 80007:
    return reessayer(tache);
  case 131057: // numéro en maintenance, réessayer dans une minute
    return reessayerPlusTard(tache, 60_000);
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: negation and comparison (fr)',
    language: 'fr',
    shape: 'case-comment',
    code: `switch (code) {
  case 130472: // pas une limite de débit : expérience marketing de Meta
    ignorer();
    break;
  case 131049: // contrairement à 131050, le client ne s'est pas désabonné
    reessayerDemain();
    break;
}`,
    misnamed: [],
    correct: 2,
  },
  {
    origin: 'written: enum with fitting names (fr)',
    language: 'fr',
    shape: 'enum-name',
    code: `enum ErreurWhatsApp {
  LIMITE_PAR_PAIRE = 131056,
  LIMITE_ANTI_SPAM = 131048,
  EXPERIENCE_MARKETING = 130472,
  MODELE_EN_PAUSE = 132015,
  MODELE_DESACTIVE = 132016,
}`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'written: fall-through template group (fr)',
    language: 'fr',
    shape: 'case-comment',
    code: `switch (code) {
  case 132000:
  case 132001:
  case 132012: // problème de modèle : à corriger avant de renvoyer
    corrigerModele();
    break;
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: log line and metrics (fr)',
    language: 'fr',
    shape: 'log-call',
    code: `switch (code) {
  case 131031:
    logger.error('Erreur WhatsApp', code, detail);
    break;
  case 131048:
    mesures.incrementer('whatsapp.envoi.echec');
    break;
}`,
    misnamed: [],
    correct: 2,
  },
  {
    origin: 'written: kit constants with fitting labels (fr)',
    language: 'fr',
    shape: 'record-key-label',
    code: `import { WhatsAppErrorCode } from 'whatsapp-error-codes';
const TEXTES = {
  [WhatsAppErrorCode.BUSINESS_ACCOUNT_LOCKED]: 'Compte verrouillé par Meta',
  [WhatsAppErrorCode.TEMPORARILY_BLOCKED_FOR_POLICY_VIOLATIONS]: 'Compte bloqué temporairement (règles non respectées)',
  [WhatsAppErrorCode.COUNTRY_RESTRICTION]: 'Envoi interdit vers ce pays',
};`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'real: "the user blocked us" on undeliverable (fr)',
    language: 'fr',
    shape: 'if-comment-inside',
    code: `if (code === 131026) {
  // le client nous a bloqués ou n'a pas WhatsApp
  marquerInjoignable(client);
}`,
    misnamed: [],
    correct: 1,
  },
  {
    origin: 'written: group labels (fr)',
    language: 'fr',
    shape: 'record-key-label',
    code: `const GROUPES: Record<number, string> = {
  131204: 'Groupe complet',
  131211: 'Nombre maximal de groupes atteint',
  131041: 'Groupe inconnu',
};`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: media pair with one comment each (fr)',
    language: 'fr',
    shape: 'case-comment',
    code: `switch (code) {
  case 131052: // le média du client est illisible
  case 131053: // échec du téléversement du média
    demanderUnAutreFichier();
    break;
}`,
    misnamed: [],
    correct: 2,
  },
  {
    origin: 'written: apologies and status values (fr)',
    language: 'fr',
    shape: 'if-assign',
    code: `if (code === 131000) repondre('Désolé, réessayez plus tard.');
if (code === 131050) statut = 'desabonne_marketing';
if (code === 131021) statut = 'meme_numero';`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: old titles translated and pywa names (fr)',
    language: 'fr',
    shape: 'map-label',
    code: `const NOMS = new Map<number, string>([
  [131026, 'Destinataire incapable de recevoir'],
  [131016, 'Service surchargé'],
  [131047, 'ReEngagementMessage'],
  [131030, 'RecipientNotInAllowedList'],
]);`,
    misnamed: [],
    correct: 4,
  },
];

/** The rule's issue examples and the real findings not covered above, in our own words. */
const ISSUE_AND_FINDINGS: readonly LabelledCase[] = [
  {
    origin: 'issue: upper-case tags returned per case (TEMPLATE_PAUSED on 131016, RATE_LIMIT_EXCEEDED on 131047)',
    language: 'en',
    shape: 'case-return',
    code: `export function tagFor(err: { code?: number }): string {
  switch (err.code) {
    case 131016:
      return "TEMPLATE_PAUSED";
    case 131047:
      return "RATE_LIMIT_EXCEEDED";
    case 132015:
      return "TEMPLATE_PAUSED";
    case 130429:
      return "RATE_LIMIT_EXCEEDED";
    default:
      return "UNKNOWN";
  }
}`,
    misnamed: [
      { held: 131016, describes: 132015 },
      { held: 131047, describes: 130429 },
    ],
    correct: 2,
  },
  {
    origin: 'issue: pair rate limit tagged blocked_by_user',
    language: 'en',
    shape: 'case-return',
    code: `export function contactState(code: number): string {
  switch (code) {
    case 131056:
      return 'blocked_by_user';
    case 131050:
      return 'marketing_opt_out';
    case 131026:
      return 'unreachable';
  }
  return 'ok';
}`,
    misnamed: [{ held: 131056, describes: 'recipient-unreachable' }],
    correct: 2,
  },
  {
    origin: 'issue: opt-in error thrown on the param count code (axios catch)',
    language: 'en',
    shape: 'case-throw',
    code: `declare const client: { post(path: string, body: unknown): Promise<unknown> };
export async function send(payload: unknown): Promise<void> {
  try {
    await client.post('/messages', payload);
  } catch (err: any) {
    const code = err.response?.data?.error?.code;
    switch (code) {
      case 132000:
        throw new Error('WhatsApp opt-in required');
      case 132001:
        throw new Error('Template not found in this language');
      default:
        throw err;
    }
  }
}`,
    misnamed: [{ held: 132000, describes: null }],
    correct: 1,
  },
  {
    origin: 'issue: pair rate limit read as a ban (errorMessage + markBanned)',
    language: 'en',
    shape: 'if-assign',
    code: `declare const body: { error?: { code?: number } };
declare function markBanned(phone: string): void;
declare const phone: string;
let errorMessage = '';
const code = body.error?.code;
if (code === 131056) {
  errorMessage = 'Messaging not allowed: the user is banned from WhatsApp';
  markBanned(phone);
} else if (code === 130429) {
  errorMessage = 'Sending too fast, slowing down';
}`,
    misnamed: [{ held: 131056, describes: 'recipient-unreachable' }],
    correct: 1,
  },
  {
    origin: 'issue: joel shape, first line inside the case block says the user blocked the bot',
    language: 'en',
    shape: 'case-comment-inside',
    code: `declare const sessions: { setStatus(chatId: string, status: string): Promise<void> };
export async function onStatus(update: { errorCode?: number; chatId: string }): Promise<void> {
  switch (update.errorCode) {
    case 131008: {
      // user has blocked the bot
      await sessions.setStatus(update.chatId, 'blocked');
      return;
    }
    case 131047: {
      // outside the 24h window: wait for the user to write again
      await sessions.setStatus(update.chatId, 'waiting');
      return;
    }
  }
}`,
    misnamed: [{ held: 131008, describes: 'recipient-unreachable' }],
    correct: 1,
  },
  {
    origin: 'issue: PascalCase enum, NotOnWhatsApp on 131056 and NotRegisteredOnWhatsApp on 131047',
    language: 'en',
    shape: 'enum-name',
    code: `export enum SendFailure {
  NotOnWhatsApp = 131056,
  NotRegisteredOnWhatsApp = 131047,
  MessageUndeliverable = 131026,
  RateLimitHit = 130429,
}`,
    misnamed: [
      { held: 131056, describes: 131026 },
      { held: 131047, describes: 131026 },
    ],
    correct: 2,
  },
  {
    origin: "issue: SPAM_RATE_LIMIT_HIT on 131049 and 80007's RATE_LIMIT_ISSUES on 131031",
    language: 'en',
    shape: 'const-name',
    code: `export const SPAM_RATE_LIMIT_HIT = 131049;
export const RATE_LIMIT_ISSUES = 131031;
export const HEALTHY_ECOSYSTEM_LIMIT = 131049;
export const ACCOUNT_LOCKED = 131031;`,
    misnamed: [
      { held: 131049, describes: 131048 },
      { held: 131031, describes: 80007 },
    ],
    correct: 2,
  },
  {
    origin: "issue: Meta's title of 131050 written on 131026",
    language: 'en',
    shape: 'record-key-label',
    code: `export const STATUS_TEXT: Record<number, string> = {
  131026: 'Recipient has chosen to stop receiving marketing messages from your business',
  131047: 'Re-engagement message',
  131049: 'This message was not delivered to maintain healthy ecosystem engagement',
};`,
    misnamed: [{ held: 131026, describes: 131050 }],
    correct: 2,
  },
  {
    origin: "issue: { code, title } list with 130429's title on 131031",
    language: 'en',
    shape: 'object-title',
    code: `export const KNOWN_ERRORS = [
  { code: 131031, title: 'Rate limit hit' },
  { code: 131056, title: 'Pair rate limit hit' },
  { code: 130429, title: 'Rate limit hit' },
];`,
    misnamed: [{ held: 131031, describes: 130429 }],
    correct: 2,
  },
  {
    origin: 'issue: paused-or-disabled template text on the spam limit (es)',
    language: 'es',
    shape: 'case-return',
    code: `export function motivo(codigo: number): string {
  switch (codigo) {
    case 131048:
      return 'Plantilla pausada o deshabilitada por Meta';
    case 132015:
      return 'Plantilla pausada por baja calidad';
    case 132016:
      return 'Plantilla deshabilitada por Meta';
    default:
      return 'Error al enviar mensaje';
  }
}`,
    misnamed: [{ held: 131048, describes: 'template' }],
    correct: 2,
  },
  {
    origin: 'issue: comment above an if, 131049 read as the closed 24 h window (es)',
    language: 'es',
    shape: 'if-comment-above',
    code: `declare const error: any;
declare function enviarPlantilla(telefono: string): Promise<void>;
declare const telefono: string;
const codigo = error.response?.data?.error?.code;
// 131049 = la ventana de 24 h con el cliente está cerrada
if (codigo === 131049) {
  await enviarPlantilla(telefono);
}`,
    misnamed: [{ held: 131049, describes: 131047 }],
    correct: 0,
  },
  {
    origin: 'real: §4.8 hint assigned per code, phone format on the window code',
    language: 'en',
    shape: 'if-assign',
    code: `declare const err: any;
let hint = '';
const errorCode = err.response?.data?.error?.code;
if (errorCode === 131047) hint = 'Invalid phone number format';
else if (errorCode === 131009) hint = 'One of the values sent is not valid';`,
    misnamed: [{ held: 131047, describes: 'invalid-request' }],
    correct: 1,
  },
  {
    origin: 'real: §4.11 NestJS-like table, four wrong labels (one names nothing in the catalog)',
    language: 'en',
    shape: 'record-key-label',
    code: `const ERROR_TEXT: { [code: number]: string } = {
  131021: 'Template parameter mismatch',
  131026: "Template doesn't exist",
  131051: 'Message expired',
  131052: 'Too many messages',
  131053: 'Media upload failed',
};
export default ERROR_TEXT;`,
    misnamed: [
      { held: 131021, describes: 'template' },
      { held: 131026, describes: 132001 },
      { held: 131051, describes: null },
      { held: 131052, describes: 131056 },
    ],
    correct: 1,
  },
  {
    origin: 'real: §4.3 classifier, pair rate limit as "configuration", experiment as "user not found"',
    language: 'en',
    shape: 'if-return',
    code: `export function classifyMetaError(code: number): string {
  if (code === 130472) return 'user_not_found';
  if (code === 131056) return 'configuration';
  if (code === 131000) return 'unknown';
  if (code === 190) return 'authentication';
  return 'other';
}`,
    misnamed: [
      { held: 130472, describes: null },
      { held: 131056, describes: null },
    ],
    correct: 2,
  },
  {
    origin: 'real: §4.16 retry-later list with the re-engagement error among the rate limits',
    language: 'en',
    shape: 'set-comment',
    code: `export const RETRY_LATER = new Set([
  130429, // rate limit
  131047, // rate limit, retry later
  131056, // pair rate limit
  131000, // temporary error
]);`,
    misnamed: [{ held: 131047, describes: 130429 }],
    correct: 3,
  },
  {
    origin: 'real: §4.17 codes used to mark numbers invalid, with reasons',
    language: 'en',
    shape: 'map-label',
    code: `export const INVALID_NUMBER_REASON = new Map<number, string>([
  [131047, 'blocked us'],
  [131048, 'out of service'],
  [131051, 'not verified'],
  [131026, 'not on whatsapp'],
]);`,
    misnamed: [
      { held: 131047, describes: 'recipient-unreachable' },
      { held: 131048, describes: null },
      { held: 131051, describes: null },
    ],
    correct: 1,
  },
  {
    origin: 'real: §4.12 known-errors table, format policy as a count mismatch, deregistration as a rate limit',
    language: 'en',
    shape: 'record-key-label',
    code: `export const META_KNOWN_ERRORS: Record<number, { label: string; retry: boolean }> = {
  132007: { label: 'Template parameter count mismatch', retry: false },
  133000: { label: 'Rate limit', retry: true },
  132012: { label: 'Template parameter format mismatch', retry: false },
};`,
    misnamed: [
      { held: 132007, describes: 132000 },
      { held: 133000, describes: 130429 },
    ],
    correct: 1,
  },
  {
    origin: 'real: §4.13 enum, four members on the wrong code and a duplicate value',
    language: 'en',
    shape: 'enum-name',
    code: `export enum MetaErrorCode {
  RATE_LIMIT = 130429,
  RECIPIENT_IS_SENDER = 131031,
  NO_SUCH_TEMPLATE = 133015,
  TEMPLATE_PARAMETER_FORMAT = 132001,
  INVALID_PARAMETER = 100,
  ACCESS_DENIED = 100,
}`,
    misnamed: [
      { held: 131031, describes: 131021 },
      { held: 133015, describes: 132001 },
      { held: 132001, describes: 132012 },
      { held: 100, describes: 131005 },
    ],
    correct: 2,
  },
  {
    origin: "real: §4.13 the docs' variant of that enum",
    language: 'en',
    shape: 'enum-name',
    code: `export enum DocErrorCode {
  MESSAGE_EXPIRED = 131051,
  MEDIA_UPLOAD_FAILED = 133004,
  TEMPLATE_TEXT_TOO_LONG = 132068,
  TEMPORARILY_BLOCKED = 131042,
  FLOW_BLOCKED = 132068,
}`,
    misnamed: [
      { held: 131051, describes: null },
      { held: 133004, describes: 131053 },
      { held: 132068, describes: 132005 },
      { held: 131042, describes: 368 },
    ],
    correct: 1,
  },
  {
    origin: 'real: notification provider, unsupported type and number-registration tags',
    language: 'en',
    shape: 'case-return',
    code: `export function providerTag(code: number): string {
  switch (code) {
    case 131051:
      return 'PHONE_NUMBER_NOT_REGISTERED';
    case 133010:
      return 'CONVERSATION_NOT_FOUND';
    case 131053:
      return 'MEDIA_UPLOAD_ERROR';
  }
  return 'GENERIC_ERROR';
}`,
    misnamed: [
      { held: 131051, describes: 133010 },
      { held: 133010, describes: null },
    ],
    correct: 1,
  },
  {
    origin: 'real: diagnosis branches over string codes, unsupported type under "not on WhatsApp"',
    language: 'en',
    shape: 'if-return',
    code: `export function diagnose(code: number | string, errorMessage?: string) {
  const codeStr = String(code);
  if (codeStr === '131026' || codeStr === '131051' || errorMessage?.includes('undeliverable')) {
    return { category: 'Not registered on WhatsApp', tone: 'warning' };
  }
  if (codeStr === '132000' || codeStr === '132001') {
    return { category: 'Template variables mismatch', tone: 'danger' };
  }
  return { category: 'Other', tone: 'neutral' };
}`,
    misnamed: [
      { held: 131051, describes: 131026 },
      { held: 132001, describes: 132000 },
    ],
    correct: 2,
  },
];

const MORE_ENGLISH: readonly LabelledCase[] = [
  {
    origin: 'written: Express route answering res.status().json(), window text on undeliverable',
    language: 'en',
    shape: 'reply-call',
    code: `import type { Request, Response } from 'express';
declare const wa: { sendText(to: string, text: string): Promise<void> };
export async function sendRoute(req: Request, res: Response) {
  try {
    await wa.sendText(req.body.to, req.body.text);
    return res.json({ ok: true });
  } catch (err: any) {
    const code = err.response?.data?.error?.code;
    if (code === 131026) {
      return res.status(409).json({ error: 'Customer service window closed, send a template' });
    }
    if (code === 131047) {
      return res.status(409).json({ error: 'Outside the 24-hour window, a template is required', requiresTemplate: true });
    }
    return res.status(502).json({ error: 'WhatsApp send failed' });
  }
}`,
    misnamed: [{ held: 131026, describes: 131047 }],
    correct: 1,
  },
  {
    origin: 'written: sendText(chat, …) to the customer, locked account told as throttling',
    language: 'en',
    shape: 'reply-call',
    code: `declare function sendText(chat: string, text: string): Promise<void>;
export async function onSendError(chat: string, e: { code: number }) {
  if (e.code === 131031) {
    await sendText(chat, 'We are sending too many messages right now, please wait a moment.');
  } else if (e.code === 130429) {
    await sendText(chat, 'We are sending too many messages right now, please wait a moment.');
  } else if (e.code === 131057) {
    await sendText(chat, 'Our WhatsApp line is under maintenance, back in a few minutes.');
  }
}`,
    misnamed: [{ held: 131031, describes: 'rate-limit' }],
    correct: 2,
  },
  {
    origin: 'written: template literal heads returned, opt-out text on the healthy-ecosystem code',
    language: 'en',
    shape: 'case-return',
    code: `export function describeFailure(code: number, detail: string): string {
  switch (code) {
    case 131049:
      return \`Recipient opted out of marketing (\${detail})\`;
    case 131050:
      return \`Recipient opted out of marketing (\${detail})\`;
    case 131047:
      return \`24h window closed (\${detail})\`;
  }
  return \`WhatsApp error \${code}\`;
}`,
    misnamed: [{ held: 131049, describes: 131050 }],
    correct: 2,
  },
  {
    origin: 'written: result.reason assigned, marketing cap on the experiment code',
    language: 'en',
    shape: 'if-assign',
    code: `declare const status: { errors?: { code: number }[] };
const result: { ok: boolean; reason?: string } = { ok: false };
const code = status.errors?.[0]?.code;
if (code === 130472) {
  result.reason = 'Marketing cap for this user reached, try tomorrow';
} else if (code === 131049) {
  result.reason = 'Marketing cap for this user reached, try tomorrow';
}`,
    misnamed: [{ held: 130472, describes: 131049 }],
    correct: 1,
  },
  {
    origin: 'written: custom error classes thrown per case, token text on access denied',
    language: 'en',
    shape: 'case-throw',
    code: `class WhatsAppSendError extends Error {}
class TokenExpiredError extends WhatsAppSendError {}
class RecipientError extends WhatsAppSendError {}
export function raise(code: number, message: string): never {
  switch (code) {
    case 131005:
      throw new TokenExpiredError('Access token expired, refresh it');
    case 190:
      throw new TokenExpiredError('Access token expired, refresh it');
    case 131021:
      throw new RecipientError('You cannot send a message to your own number');
    default:
      throw new WhatsAppSendError(message);
  }
}`,
    misnamed: [{ held: 131005, describes: 190 }],
    correct: 2,
  },
  {
    origin: 'written: duplicate case, the second one labelled as undeliverable',
    language: 'en',
    shape: 'duplicate-case',
    code: `export function reasonTag(err: { code: number }): string {
  switch (err.code) {
    case 131047:
      return 'window_closed';
    case 131026:
      return 'undeliverable';
    case 131047:
      return 'not_on_whatsapp';
  }
  return 'other';
}`,
    misnamed: [{ held: 131047, describes: 131026 }],
    correct: 2,
  },
  {
    origin: 'written: duplicate Map key, the second one labelled as the spam limit',
    language: 'en',
    shape: 'duplicate-key',
    code: `export const REASONS = new Map<number, string>([
  [131056, 'Too many messages to this user, wait a bit'],
  [131048, 'Number limited after spam reports'],
  [131056, 'Spam rate limit hit'],
]);`,
    misnamed: [{ held: 131056, describes: 131048 }],
    correct: 2,
  },
  {
    origin: 'written: nested ternary, allow list read as "not on WhatsApp"',
    language: 'en',
    shape: 'ternary',
    code: `declare const res: { error?: { code?: number } };
const code = res.error?.code;
export const message =
  code === 131030 ? 'This number is not on WhatsApp' : code === 131026 ? 'Message undeliverable' : 'Failed';`,
    misnamed: [{ held: 131030, describes: 131026 }],
    correct: 1,
  },
  {
    origin: 'written: console.error in a catch, expired token read as a missing permission',
    language: 'en',
    shape: 'log-call',
    code: `declare const api: { sendTemplate(to: string, name: string): Promise<void> };
export async function notify(to: string) {
  try {
    await api.sendTemplate(to, 'order_update');
  } catch (e: any) {
    const code = e?.response?.data?.error?.code;
    if (code === 190) console.error('App is missing the whatsapp_business_messaging permission');
    if (code === 10) console.error('Permission denied for this phone number');
    if (code === 131000) console.error('Meta returned an internal error, will retry');
  }
}`,
    misnamed: [{ held: 190, describes: 'permission' }],
    correct: 2,
  },
  {
    origin: 'written: comment on the if line, opt-out read as "not on WhatsApp"',
    language: 'en',
    shape: 'if-comment-same-line',
    code: `declare const webhookStatus: { recipient_id: string; errors?: { code: number }[] };
declare const contacts: { deactivate(id: string): void };
const code = webhookStatus.errors?.[0]?.code;
if (code === 131050) { // number is not on WhatsApp anymore
  contacts.deactivate(webhookStatus.recipient_id);
}
if (code === 131026) { // undeliverable, deactivate too
  contacts.deactivate(webhookStatus.recipient_id);
}`,
    misnamed: [{ held: 131050, describes: 131026 }],
    correct: 1,
  },
  {
    origin: 'written: template codes 132000 and 132001 swapped in case comments',
    language: 'en',
    shape: 'case-comment',
    code: `declare function alertTemplates(name: string): Promise<void>;
export async function onTemplateError(code: number, name: string) {
  switch (code) {
    case 132001: // wrong number of variables for this template
      await alertTemplates(name);
      break;
    case 132000: // template name or language not found
      await alertTemplates(name);
      break;
    case 132012: // a variable has the wrong format
      await alertTemplates(name);
      break;
  }
}`,
    misnamed: [
      { held: 132001, describes: 132000 },
      { held: 132000, describes: 132001 },
    ],
    correct: 1,
  },
  {
    origin: 'written: token constant on the locked account',
    language: 'en',
    shape: 'const-name',
    code: `export const TOKEN_EXPIRED = 131031;
export const INVALID_OAUTH_TOKEN = 190;
export const PERMISSION_MISSING = 200;`,
    misnamed: [{ held: 131031, describes: 190 }],
    correct: 2,
  },
  {
    origin: 'written: kit constants, window text on the healthy-ecosystem limit',
    language: 'en',
    shape: 'case-return',
    code: `import { WhatsAppErrorCode } from 'whatsapp-error-codes';
export function nextStep(code: number): string {
  switch (code) {
    case WhatsAppErrorCode.RATE_LIMIT_HIT:
      return 'back off and retry';
    case WhatsAppErrorCode.HEALTHY_ECOSYSTEM_LIMIT:
      return 'send an approved template, the 24h window is closed';
    case WhatsAppErrorCode.RECIPIENT_OPTED_OUT_OF_MARKETING:
      return 'stop sending marketing to this user';
  }
  return 'investigate';
}`,
    misnamed: [{ held: 131049, describes: 131047 }],
    correct: 2,
  },
  {
    origin: 'written: custom error thrown in an if, marketing cap text on the window code',
    language: 'en',
    shape: 'if-throw',
    code: `class DeliveryError extends Error {}
export function check(err: { code: number }) {
  if (err.code === 131047) {
    throw new DeliveryError('Per-user marketing limit reached, try again in 24 hours');
  }
  if (err.code === 131026) {
    throw new DeliveryError('Recipient cannot receive WhatsApp messages');
  }
}`,
    misnamed: [{ held: 131047, describes: 131049 }],
    correct: 1,
  },
  {
    origin: 'written: logger.warn, spam limit logged as a locked account',
    language: 'en',
    shape: 'log-call',
    code: `declare const logger: { warn(message: string): void };
export function onError(code: number) {
  switch (code) {
    case 131048:
      logger.warn('WhatsApp account locked, pausing all sends');
      break;
    case 131031:
      logger.warn('WhatsApp business account locked');
      break;
  }
}`,
    misnamed: [{ held: 131048, describes: 131031 }],
    correct: 1,
  },
  {
    origin: "written: { code, description } list, 130429's messages-per-second text on the pair limit",
    language: 'en',
    shape: 'object-title',
    code: `export const THROTTLING = [
  { code: 131056, description: 'Sending faster than the messages-per-second limit' },
  { code: 130429, description: 'Sending faster than the messages-per-second limit' },
  { code: 80007, description: 'WABA rate limit reached' },
];`,
    misnamed: [{ held: 131056, describes: 130429 }],
    correct: 2,
  },
  {
    origin: 'written: property assigned in a case, experiment state on the undeliverable code',
    language: 'en',
    shape: 'case-assign',
    code: `declare const contact: { status?: string };
export function mark(code: number) {
  switch (code) {
    case 131026:
      contact.status = 'in_experiment_group';
      break;
    case 130472:
      contact.status = 'in_experiment_group';
      break;
  }
}`,
    misnamed: [{ held: 131026, describes: 130472 }],
    correct: 1,
  },
  // Right labels only.
  {
    origin: "written: log lines printing each code's own title",
    language: 'en',
    shape: 'log-call',
    code: `declare const logger: { warn(message: string, meta?: object): void };
export function logFailure(err: { code: number }, to: string, attempt: number) {
  switch (err.code) {
    case 131047:
      logger.warn('Re-engagement message: customer has not written in 24 hours', { to });
      break;
    case 131026:
      logger.warn('Message Undeliverable', { to });
      break;
    case 130429:
      logger.warn('Rate limit hit, backing off', { to, attempt });
      break;
  }
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: log lines about the fallback taken, not about the error',
    language: 'en',
    shape: 'log-call',
    code: `declare const status: { recipient_id: string; errors?: { code: number }[] };
declare const logger: { info(message: string): void };
declare const sms: { send(to: string, text: string): Promise<void> };
declare function sendTemplate(to: string, name: string): Promise<void>;
declare const text: string;
const code = status.errors?.[0]?.code;
if (code === 131026) {
  logger.info('sending fallback SMS');
  await sms.send(status.recipient_id, text);
} else if (code === 131047) {
  logger.info('outside the window, sending the order_update template instead');
  await sendTemplate(status.recipient_id, 'order_update');
}`,
    misnamed: [],
    correct: 2,
  },
  {
    origin: 'written: user-facing apologies sent back to the chat',
    language: 'en',
    shape: 'reply-call',
    code: `declare function reply(chat: string, text: string): Promise<void>;
export async function apologise(chat: string, code: number) {
  switch (code) {
    case 131000:
      await reply(chat, 'Sorry, please try again.');
      break;
    case 131016:
      await reply(chat, 'Sorry, please try again in a few minutes.');
      break;
    case 133004:
      await reply(chat, 'Sorry, please try again.');
      break;
    case 2:
      await reply(chat, 'Sorry, please try again.');
      break;
  }
}`,
    misnamed: [],
    correct: 4,
  },
  {
    origin: 'written: comments that compare the code with another one',
    language: 'en',
    shape: 'case-comment',
    code: `declare function retryAfter(job: object, seconds: number): void;
declare function retryWithBackoff(job: object): void;
export function schedule(code: number, job: object) {
  switch (code) {
    case 131049: // unlike 131047, this one can be retried after a day
      return retryAfter(job, 24 * 3600);
    case 130429: // unlike 131056, this limit is for the whole number, not one user
      return retryWithBackoff(job);
    case 131056: // one user only; other recipients are fine
      return retryAfter(job, 6);
  }
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: negations naming what the code is not',
    language: 'en',
    shape: 'case-comment',
    code: `declare function skip(): void;
declare function useTemplate(): void;
declare function pause(): void;
declare function escalate(): void;
export function route(code: number) {
  switch (code) {
    case 130472: // not a rate limit: the user is in a Meta experiment
      return skip();
    case 131047: // not an invalid number: the 24h window is closed
      return useTemplate();
    case 131048: // not a block by this user; many users reported us as spam
      return pause();
    case 131031: // not throttling, the account itself is locked
      return escalate();
  }
}`,
    misnamed: [],
    correct: 4,
  },
  {
    origin: 'written: fall-through groups whose one comment fits one member',
    language: 'en',
    shape: 'case-comment',
    code: `declare function dropFromCampaign(): void;
declare function retryWithBackoff(): void;
export function handle(err: { code: number }) {
  switch (err.code) {
    case 131026:
    case 131050:
    case 131047: // 24h window closed; the others cannot be fixed from here either
      return dropFromCampaign();
    case 4:
    case 80007:
    case 130429: // throughput limit: retry with backoff
    case 131056:
      return retryWithBackoff();
  }
}`,
    misnamed: [],
    correct: 7,
  },
  {
    origin: 'real: whatsapp-business-sdk and 2022 Meta titles, aliases of the same codes',
    language: 'en',
    shape: 'record-key-label',
    code: `export const SDK_TITLES: Record<number, string> = {
  131042: 'Business eligibility — Payment issue',
  133006: 'Recovery Token Incorrect',
  131021: 'Bad User',
  130403: 'Business Has Been Blocked',
  131051: 'Message type unknown',
  131045: 'Unsigned certificate',
};`,
    misnamed: [],
    correct: 6,
  },
  {
    origin: "written: pywa's class names in a Map",
    language: 'en',
    shape: 'map-label',
    code: `export const PYWA_NAME = new Map<number, string>([
  [131049, 'MessageUndeliverableDueToHealthyEcosystemEngagement'],
  [131050, 'UserStoppedMarketingMessages'],
  [131031, 'AccountLocked'],
  [131057, 'AccountInMaintenanceMode'],
  [131042, 'BusinessPaymentIssue'],
  [130429, 'RateLimitHit'],
  [4, 'ToManyAPICalls'],
]);`,
    misnamed: [],
    correct: 7,
  },
  {
    origin: "written: Kapso's categories returned from an if chain",
    language: 'en',
    shape: 'if-return',
    code: `export function kapsoCategory(code: number): string {
  if (code === 190 || code === 0) return 'authorization';
  if (code === 130429 || code === 131056 || code === 80007) return 'throttling';
  if (code === 368 || code === 131031) return 'integrity';
  if (code === 131047) return 'reengagementWindow';
  if (code === 132001) return 'template';
  if (code === 131053) return 'media';
  return 'unknown';
}`,
    misnamed: [],
    correct: 10,
  },
  {
    origin: 'written: metric names per code',
    language: 'en',
    shape: 'metric-call',
    code: `declare const err: any;
declare const metrics: { increment(name: string): void };
const code = Number(err.response?.data?.error?.code);
if (code === 131047) metrics.increment('whatsapp.window_closed');
else if (code === 131026) metrics.increment('whatsapp.undeliverable');
else if (code === 130429) metrics.increment('whatsapp.throttled');
else if (code === 131048) metrics.increment('whatsapp.spam_limited');
else metrics.increment('whatsapp.other_error');`,
    misnamed: [],
    correct: 4,
  },
  {
    origin: 'written: generic labels returned',
    language: 'en',
    shape: 'case-return',
    code: `export function statusText(code: number): string {
  switch (code) {
    case 131000: return 'failed';
    case 131016: return 'error';
    case 133004: return 'retry later';
    case 131057: return 'unknown error';
    case 2: return 'temporary failure';
  }
  return 'ok';
}`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'written: { code, title } list in our own words',
    language: 'en',
    shape: 'object-title',
    code: `export const RECIPIENT_ERRORS = [
  { code: 131047, title: 'More than 24 hours since the last customer message' },
  { code: 131026, title: 'Recipient unreachable on WhatsApp' },
  { code: 131050, title: 'User stopped marketing messages' },
  { code: 130472, title: 'User is in a marketing experiment group' },
];`,
    misnamed: [],
    correct: 4,
  },
  {
    origin: 'written: window, blocked, limit and expired in their other senses',
    language: 'en',
    shape: 'record-key-label',
    code: `export const DETAIL: Record<number, string> = {
  2593108: 'Contacts sync window (24 h after onboarding) has passed',
  131035: 'Webhook dropped: outside the data retention window',
  368: 'Account temporarily blocked by Meta for policy violations',
  132068: 'Flow blocked, fix it before sending',
  139000: 'Flow blocked by integrity checks',
  131204: 'Group size limit reached',
  139101: 'Blocklist limit reached',
  138012: 'Daily limit of business-initiated calls reached',
  190: 'Session expired, get a new access token',
};`,
    misnamed: [],
    correct: 9,
  },
  {
    origin: 'written: comments above an if / else if chain on the axios error code',
    language: 'en',
    shape: 'if-comment-above',
    code: `declare const err: any;
declare function refreshToken(): Promise<void>;
declare function alertOps(topic: string): void;
declare function retryLater(): void;
const code = err.response?.data?.error?.code;
// token expired: refresh and retry once
if (code === 190) {
  await refreshToken();
}
// the app lacks a permission the endpoint needs
else if (code === 200 || code === 10) {
  alertOps('permission');
}
// Meta is down or overloaded
else if (code === 131016 || code === 2) {
  retryLater();
}`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'written: permanent-failure Set with per-line comments',
    language: 'en',
    shape: 'set-comment',
    code: `export const PERMANENT = new Set([
  131026, // cannot receive WhatsApp messages
  131050, // opted out of marketing
  131021, // sending to our own number
  130472, // experiment holdout, resending gives the same error
  131030, // test number not on the allow list
]);`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'written: PascalCase enum with fitting names',
    language: 'en',
    shape: 'enum-name',
    code: `export enum GraphCode {
  TokenExpired = 190,
  PermissionDenied = 10,
  ApiTooManyCalls = 4,
  WabaRateLimit = 80007,
  ThroughputExceeded = 130429,
  PairLimit = 131056,
  SpamLimit = 131048,
  AccountLocked = 131031,
  PolicyBlock = 368,
}`,
    misnamed: [],
    correct: 9,
  },
  {
    origin: 'written: research names for the common codes as consts',
    language: 'en',
    shape: 'const-name',
    code: `export const WINDOW_CLOSED = 131047;
export const NOT_ON_WHATSAPP = 131026;
export const USER_IN_EXPERIMENT = 130472;
export const HEALTHY_ECOSYSTEM_ENGAGEMENT = 131049;
export const USER_STOPPED_MARKETING = 131050;
export const PAIR_LIMIT_HIT = 131056;
export const RE_ENGAGEMENT_MESSAGE = 131047;`,
    misnamed: [],
    correct: 7,
  },
  {
    origin: 'written: template errors thrown with fitting texts',
    language: 'en',
    shape: 'case-throw',
    code: `class TemplateError extends Error {}
export function templateFailure(code: number): void {
  switch (code) {
    case 132015: throw new TemplateError('Template is paused for low quality');
    case 132016: throw new TemplateError('Template is disabled for good, create a new one');
    case 132001: throw new TemplateError('Template does not exist in this language');
    case 132000: throw new TemplateError('Template expects a different number of variables');
    case 132012: throw new TemplateError('A template variable is in the wrong format');
    case 132005: throw new TemplateError('Filled-in template text is too long');
    case 132007: throw new TemplateError('Template content breaks a WhatsApp policy');
  }
}`,
    misnamed: [],
    correct: 7,
  },
  {
    origin: 'written: calling and groups reasons assigned in an if chain',
    language: 'en',
    shape: 'if-assign',
    code: `declare const body: { error: { code: number } };
let reason: string | undefined;
const code = body.error.code;
if (code === 138006) reason = 'The customer has not granted call permission';
else if (code === 138000) reason = 'Calling is not enabled on this number';
else if (code === 138003) reason = 'A call to this user is already ongoing';
else if (code === 138007) reason = 'The call could not connect in time';
else if (code === 131215) reason = 'This number cannot use the Groups API';
else if (code === 131212) reason = 'That participant is not in the group';`,
    misnamed: [],
    correct: 6,
  },
  {
    origin: 'written: registration case comments, all fitting',
    language: 'en',
    shape: 'case-comment',
    code: `declare function askAdminForPin(): void;
declare function register(): void;
declare function later(ms: number): void;
export function onRegistrationError(code: number) {
  switch (code) {
    case 133005: // wrong two-step verification PIN
    case 133008: // too many PIN guesses, wait
    case 133009: // PIN guessed too fast
      return askAdminForPin();
    case 133010: // business number not registered yet
      return register();
    case 133015: // number deleted recently, wait a few minutes
      return later(5 * 60_000);
  }
}`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: "written: template literals in logs quoting Meta's own wording",
    language: 'en',
    shape: 'log-call',
    code: `declare const status: { recipient_id: string; errors?: { code: number }[] };
declare const logger: { warn(message: string): void };
const [e] = status.errors ?? [];
if (e?.code === 131049) {
  logger.warn(\`Meta chose not to deliver the marketing message to \${status.recipient_id}\`);
} else if (e?.code === 131050) {
  logger.warn(\`User \${status.recipient_id} stopped marketing messages\`);
}`,
    misnamed: [],
    correct: 2,
  },
  {
    origin: 'written: API route answering with identifier-like error tags',
    language: 'en',
    shape: 'reply-call',
    code: `import type { Response } from 'express';
export function answer(code: number, res: Response) {
  if (code === 131047) return res.status(409).json({ error: 'requires_template' });
  if (code === 130429) return res.status(429).json({ error: 'rate_limited', retryAfter: 5 });
  if (code === 190) return res.status(401).json({ error: 'whatsapp_token_expired' });
  if (code === 131026) return res.status(422).json({ error: 'recipient_unreachable' });
  return res.status(502).json({ error: 'upstream_error' });
}`,
    misnamed: [],
    correct: 4,
  },
  {
    origin: 'written: backoff Map with a comment on each entry',
    language: 'en',
    shape: 'map-comment',
    code: `export const BACKOFF_MS = new Map<number, number>([
  [130429, 1_000], // throughput: start at one second
  [131056, 6_000], // one message per 6 s to the same user
  [80007, 60_000], // WABA limit: wait a minute
  [4, 60_000], // app-wide Graph limit
]);`,
    misnamed: [],
    correct: 4,
  },
  {
    origin: "written: texts that follow the catalog's notes (Block Users API, US marketing, pacing)",
    language: 'en',
    shape: 'case-comment',
    code: `declare function later(): void;
declare function split(): void;
declare function registerAgain(): void;
export function onFailure(code: number) {
  switch (code) {
    case 130429: // block users: too many numbers in one request
      return split();
    case 131049: // marketing to US numbers is not delivered
      return later();
    case 132015: // dropped by template pacing while Meta checks quality
      return later();
    case 131045: // register the number again before retrying
      return registerAgain();
    case 137000: // the user's identity key changed
      return later();
  }
}`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'written: status webhook handler setting states that fit',
    language: 'en',
    shape: 'case-assign',
    code: `declare const contact: { state?: string };
export function onFailed(status: { errors?: { code: number }[] }) {
  switch (status.errors?.[0]?.code) {
    case 131026:
      contact.state = 'unreachable';
      break;
    case 131050:
      contact.state = 'marketing_opt_out';
      break;
    case 131049:
      contact.state = 'marketing_withheld';
      break;
    case 130472:
      contact.state = 'experiment_holdout';
      break;
    case 131047:
      contact.state = 'needs_template';
      break;
  }
}`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'written: blocked in the block list sense (130403, 1391xx), on the right codes',
    language: 'en',
    shape: 'if-comment-above',
    code: `declare const e: { code: number };
declare function unblock(): void;
declare function alertOps(): void;
// we blocked this user ourselves: unblock before messaging
if (e.code === 130403) {
  unblock();
}
// some numbers could not be blocked or unblocked
else if (e.code === 139100) {
  alertOps();
}
// someone else changed the block list at the same time
else if (e.code === 139102) {
  alertOps();
}`,
    misnamed: [],
    correct: 3,
  },
];

const MORE_SPANISH: readonly LabelledCase[] = [
  {
    origin: 'written: res.status().json() with "no WhatsApp" on the window code (es)',
    language: 'es',
    shape: 'reply-call',
    code: `import type { Response } from 'express';
export function responderError(codigo: number, res: Response) {
  if (codigo === 131047) {
    return res.status(400).json({ error: 'El número no tiene WhatsApp' });
  }
  if (codigo === 131026) {
    return res.status(400).json({ error: 'El número no tiene WhatsApp' });
  }
  return res.status(500).json({ error: 'Error al enviar mensaje' });
}`,
    misnamed: [{ held: 131047, describes: 131026 }],
    correct: 1,
  },
  {
    origin: 'written: enviarTexto(chat, …) with a daily limit on the opt-out code (es)',
    language: 'es',
    shape: 'reply-call',
    code: `declare function enviarTexto(chat: string, texto: string): Promise<void>;
export async function avisar(chat: string, err: { code: number }) {
  switch (err.code) {
    case 131050:
      await enviarTexto(chat, 'Has superado el límite de mensajes por hoy');
      break;
    case 130429:
      await enviarTexto(chat, 'Estamos enviando demasiado rápido, espera un momento');
      break;
  }
}`,
    misnamed: [{ held: 131050, describes: 'rate-limit' }],
    correct: 1,
  },
  {
    origin: 'written: duplicate case, the second one read as an opt-out (es)',
    language: 'es',
    shape: 'duplicate-case',
    code: `export function texto(codigo: number): string {
  switch (codigo) {
    case 131049:
      return 'Meta retuvo el mensaje de marketing';
    case 131049:
      return 'El usuario se dio de baja del marketing';
  }
  return 'Error';
}`,
    misnamed: [{ held: 131049, describes: 131050 }],
    correct: 1,
  },
  {
    origin: 'written: template literal thrown in a custom error, account blocked on the payment code (es)',
    language: 'es',
    shape: 'if-throw',
    code: `class ErrorWhatsApp extends Error {}
export function comprobar(codigo: number, detalle: string) {
  if (codigo === 131042) {
    throw new ErrorWhatsApp(\`Cuenta bloqueada por Meta: \${detalle}\`);
  }
  if (codigo === 131031) {
    throw new ErrorWhatsApp(\`Cuenta bloqueada por Meta: \${detalle}\`);
  }
}`,
    misnamed: [{ held: 131042, describes: 'business-restricted' }],
    correct: 1,
  },
  {
    origin: "written: ternary, upload text on the customer's media download (es)",
    language: 'es',
    shape: 'ternary',
    code: `declare const error: { code: number };
export const texto = error.code === 131052 ? 'No se pudo subir el archivo' : 'Error al enviar mensaje';`,
    misnamed: [{ held: 131052, describes: 131053 }],
    correct: 0,
  },
  {
    origin: 'written: Record with the spam limit text on the pair limit (es)',
    language: 'es',
    shape: 'record-key-label',
    code: `export const MOTIVOS: Record<number, string> = {
  131056: 'Número limitado por denuncias de spam',
  131048: 'Número limitado por denuncias de spam',
  130429: 'Demasiados mensajes por segundo',
};`,
    misnamed: [{ held: 131056, describes: 131048 }],
    correct: 2,
  },
  {
    origin: 'written: enum with window and undeliverable swapped (es)',
    language: 'es',
    shape: 'enum-name',
    code: `export enum ErrorWhatsApp {
  NO_ESTA_EN_WHATSAPP = 131047,
  VENTANA_CERRADA = 131026,
  LIMITE_DE_MARKETING = 131049,
  EXPERIMENTO_DE_META = 130472,
}`,
    misnamed: [
      { held: 131047, describes: 131026 },
      { held: 131026, describes: 131047 },
    ],
    correct: 2,
  },
  {
    origin: 'real: Set with a Spanish per-line comment, format policy read as a parameter format (es)',
    language: 'es',
    shape: 'set-comment',
    code: `export const CORREGIR_PLANTILLA = new Set([
  132_000, // la cantidad de parámetros no cuadra con la plantilla
  132_007, // el parámetro no respeta el formato de la plantilla
  132_012, // un parámetro tiene un formato distinto al esperado
]);`,
    misnamed: [{ held: 132007, describes: 132012 }],
    correct: 2,
  },
  {
    origin: 'written: if-comment-above, token text on the service code (es)',
    language: 'es',
    shape: 'if-comment-above',
    code: `declare const respuesta: { error?: { code?: number } };
declare function renovarToken(): Promise<void>;
declare function reintentarLuego(): void;
const codigo = respuesta.error?.code;
// token de acceso caducado
if (codigo === 131016) {
  await renovarToken();
}
// servicio de Meta no disponible
else if (codigo === 2) {
  reintentarLuego();
}`,
    misnamed: [{ held: 131016, describes: 190 }],
    correct: 1,
  },
  // Right labels only.
  {
    origin: 'written: generic labels returned (es)',
    language: 'es',
    shape: 'case-return',
    code: `export function textoError(codigo: number): string {
  switch (codigo) {
    case 131000: return 'Error al enviar mensaje';
    case 131016: return 'Ocurrió un error, inténtalo más tarde';
    case 133004: return 'Error al enviar mensaje';
    case 2: return 'Falló';
    case 1: return 'Error desconocido';
  }
  return '';
}`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'written: negations and comparisons (es)',
    language: 'es',
    shape: 'case-comment',
    code: `declare function escalar(): void;
declare function descartar(): void;
declare function esperar(ms: number): void;
export function decidir(err: { code: number }) {
  switch (err.code) {
    case 131031: // no es un límite de envío: la cuenta está bloqueada
      escalar();
      break;
    case 131026: // a diferencia de 131047, una plantilla no lo arregla
      descartar();
      break;
    case 131056: // solo este contacto; al resto se le puede seguir escribiendo
      esperar(6000);
      break;
  }
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: log lines about the fallback (es)',
    language: 'es',
    shape: 'log-call',
    code: `declare const logger: { info(msg: string): void };
declare const sms: { enviar(tel: string, texto: string): Promise<void> };
declare const telefono: string;
declare const texto: string;
export async function respaldo(codigo: number) {
  if (codigo === 131026) {
    logger.info('enviando SMS de respaldo');
    await sms.enviar(telefono, texto);
  } else if (codigo === 131047) {
    logger.info('fuera de la ventana, enviamos la plantilla aviso_pedido');
  }
}`,
    misnamed: [],
    correct: 2,
  },
  {
    origin: 'written: apologies sent to the chat (es)',
    language: 'es',
    shape: 'reply-call',
    code: `declare function responder(chat: string, texto: string): Promise<void>;
export async function disculpa(chat: string, codigo: number) {
  switch (codigo) {
    case 131000:
      await responder(chat, 'Lo sentimos, vuelve a intentarlo.');
      break;
    case 131057:
      await responder(chat, 'Lo sentimos, vuelve a intentarlo en unos minutos.');
      break;
    case 130429:
      await responder(chat, 'Lo sentimos, hay mucha demanda. Vuelve a intentarlo.');
      break;
  }
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: description table, every label fits (es)',
    language: 'es',
    shape: 'record-key-label',
    code: `export const DESCRIPCIONES: Record<number, string> = {
  130429: 'Límite de mensajes por segundo alcanzado',
  131031: 'La cuenta de WhatsApp Business está bloqueada',
  131042: 'Problema con el método de pago de la cuenta',
  131045: 'Certificado incorrecto: hay que registrar el número otra vez',
  131050: 'El usuario dejó de recibir mensajes de marketing',
  131053: 'No se pudo subir el archivo multimedia',
  132005: 'El texto de la plantilla con las variables es demasiado largo',
  132015: 'Plantilla en pausa por baja calidad',
  133010: 'El número de la empresa no está registrado',
  368: 'Cuenta bloqueada temporalmente por infringir las políticas',
};`,
    misnamed: [],
    correct: 10,
  },
  {
    origin: 'written: res.status().json() with fitting texts (es)',
    language: 'es',
    shape: 'reply-call',
    code: `import type { Response } from 'express';
export function responder(codigo: number, res: Response) {
  if (codigo === 131047) return res.status(409).json({ error: 'Fuera de la ventana de 24 horas, usa una plantilla' });
  if (codigo === 131026) return res.status(422).json({ error: 'El destinatario no puede recibir mensajes de WhatsApp' });
  if (codigo === 190) return res.status(401).json({ error: 'Token de acceso vencido' });
  return res.status(502).json({ error: 'Error al enviar mensaje' });
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: enum with fitting names (es, generic Graph codes)',
    language: 'es',
    shape: 'enum-name',
    code: `export enum CodigoError {
  TOKEN_VENCIDO = 190,
  SIN_PERMISO = 10,
  DEMASIADAS_LLAMADAS_A_LA_API = 4,
  LIMITE_DE_LA_CUENTA = 80007,
  PLANTILLA_INEXISTENTE = 132001,
  NUMERO_DE_VARIABLES_INCORRECTO = 132000,
  EN_MANTENIMIENTO = 131057,
  PAGO_PENDIENTE = 131042,
}`,
    misnamed: [],
    correct: 8,
  },
  {
    origin: 'written: fall-through groups with one comment (es)',
    language: 'es',
    shape: 'case-comment',
    code: `declare function pedirOtroArchivo(): void;
declare function esperarYReintentar(): void;
export function manejar(codigo: number) {
  switch (codigo) {
    case 131052:
    case 131053: // el archivo no se pudo subir: pedir otro
      pedirOtroArchivo();
      break;
    case 4:
    case 80007: // límite de la cuenta: esperar un minuto
    case 130429:
      esperarYReintentar();
      break;
  }
}`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'written: comments above if / else if, all fitting (es)',
    language: 'es',
    shape: 'if-comment-above',
    code: `declare const err: any;
declare function reintentar(ms: number): void;
declare function marcarInalcanzable(tel: string): void;
declare function avisarEquipo(): void;
declare const telefono: string;
const codigo = err.response?.data?.error?.code;
// la cuenta está en mantenimiento: reintentar en un minuto
if (codigo === 131057) {
  reintentar(60_000);
}
// el usuario no aceptó los nuevos términos o no tiene WhatsApp
else if (codigo === 131026) {
  marcarInalcanzable(telefono);
}
// plantilla desactivada para siempre: crear otra
else if (codigo === 132016) {
  avisarEquipo();
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: metric names (es)',
    language: 'es',
    shape: 'metric-call',
    code: `declare const metricas: { incrementar(nombre: string): void };
export function contar(codigo: number) {
  if (codigo === 131049) metricas.incrementar('whatsapp.retenido_por_meta');
  if (codigo === 130472) metricas.incrementar('whatsapp.experimento');
  if (codigo === 131050) metricas.incrementar('whatsapp.baja_marketing');
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: request errors thrown with fitting texts (es)',
    language: 'es',
    shape: 'case-throw',
    code: `export function validar(codigo: number): void {
  switch (codigo) {
    case 131009: throw new Error('Un valor del mensaje no es válido');
    case 131008: throw new Error('Falta un parámetro obligatorio');
    case 131051: throw new Error('Tipo de mensaje no soportado');
    case 131021: throw new Error('No puedes enviarte mensajes a ti mismo');
  }
}`,
    misnamed: [],
    correct: 4,
  },
  {
    origin: 'written: consts with fitting names (es)',
    language: 'es',
    shape: 'const-name',
    code: `export const LIMITE_POR_CONTACTO = 131056;
export const LIMITE_POR_SPAM = 131048;
export const CUENTA_BLOQUEADA_POR_POLITICA = 368;
export const PAIS_RESTRINGIDO = 130497;`,
    misnamed: [],
    correct: 4,
  },
  {
    origin: 'written: window, blocked and limit in their other senses (es)',
    language: 'es',
    shape: 'map-label',
    code: `export const DETALLE = new Map<number, string>([
  [2593108, 'Pasaron más de 24 horas desde el alta: ya no se puede sincronizar'],
  [132068, 'El flujo está bloqueado'],
  [131204, 'El grupo llegó al máximo de participantes'],
  [138012, 'Límite diario de llamadas iniciadas por la empresa'],
  [2388019, 'Se alcanzó el máximo de plantillas'],
]);`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'written: status values that fit (es)',
    language: 'es',
    shape: 'case-assign',
    code: `declare const contacto: { estado?: string };
export function marcar(codigo: number) {
  switch (codigo) {
    case 131026:
      contacto.estado = 'inalcanzable';
      break;
    case 131050:
      contacto.estado = 'sin_marketing';
      break;
    case 131047:
      contacto.estado = 'requiere_plantilla';
      break;
    case 131056:
      contacto.estado = 'esperar_antes_de_escribir';
      break;
  }
}`,
    misnamed: [],
    correct: 4,
  },
];

const MORE_PORTUGUESE: readonly LabelledCase[] = [
  {
    origin: 'written: res.status().json() with the window text on the healthy-ecosystem code (pt)',
    language: 'pt',
    shape: 'reply-call',
    code: `import type { Response } from 'express';
export function responderErro(codigo: number, res: Response) {
  if (codigo === 131049) {
    return res.status(400).json({ erro: 'Janela de 24 horas fechada, envie um template' });
  }
  if (codigo === 131047) {
    return res.status(400).json({ erro: 'Janela de 24 horas fechada, envie um template' });
  }
  return res.status(500).json({ erro: 'Erro ao enviar' });
}`,
    misnamed: [{ held: 131049, describes: 131047 }],
    correct: 1,
  },
  {
    origin: 'written: enviarTexto to the support group, pair-limit text on undeliverable (pt)',
    language: 'pt',
    shape: 'reply-call',
    code: `declare function enviarTexto(chat: string, texto: string): Promise<void>;
declare const grupoSuporte: string;
export async function avisar(erro: { code: number }) {
  switch (erro.code) {
    case 131026:
      await enviarTexto(grupoSuporte, 'Atingimos o limite de mensagens para este contato');
      break;
    case 131056:
      await enviarTexto(grupoSuporte, 'Mensagens demais para este contato, aguardando');
      break;
  }
}`,
    misnamed: [{ held: 131026, describes: 131056 }],
    correct: 1,
  },
  {
    origin: 'written: duplicate case, the second one read as an account block (pt)',
    language: 'pt',
    shape: 'duplicate-case',
    code: `declare function aguardar(): void;
declare function alertar(): void;
export function tratar(codigo: number) {
  switch (codigo) {
    case 131056: // limite por contato
      aguardar();
      break;
    case 131056: // conta bloqueada pela Meta
      alertar();
      break;
  }
}`,
    misnamed: [{ held: 131056, describes: 'business-restricted' }],
    correct: 1,
  },
  {
    origin: 'written: template literal thrown, "template not found" on the format mismatch (pt)',
    language: 'pt',
    shape: 'if-throw',
    code: `class ErroModelo extends Error {}
export function verificar(codigo: number, nome: string) {
  if (codigo === 132012) throw new ErroModelo(\`Modelo \${nome} não encontrado\`);
  if (codigo === 132001) throw new ErroModelo(\`Modelo \${nome} não encontrado\`);
}`,
    misnamed: [{ held: 132012, describes: 132001 }],
    correct: 1,
  },
  {
    origin: 'real: pt error table, text length and registration rate limit mislabelled',
    language: 'pt',
    shape: 'record-key-label',
    code: `export const ERROS_META: Record<number, string> = {
  132005: 'Texto de variável do modelo com caracteres inválidos',
  133016: 'É preciso registrar o número outra vez na Cloud API',
  132000: 'Quantidade de variáveis não confere com o modelo',
};`,
    misnamed: [
      { held: 132005, describes: 132007 },
      { held: 133016, describes: 'registration' },
    ],
    correct: 1,
  },
  {
    origin: 'real: enum with "not registered" on the allow list and "no WhatsApp" on the window (pt)',
    language: 'pt',
    shape: 'enum-name',
    code: `export enum ErroWhats {
  NAO_TEM_WHATSAPP = 131047,
  NUMERO_NAO_REGISTRADO = 131030,
  TOKEN_EXPIRADO = 190,
  LIMITE_POR_CONTATO = 131056,
}`,
    misnamed: [
      { held: 131047, describes: 131026 },
      { held: 131030, describes: 133010 },
    ],
    correct: 2,
  },
  {
    origin: 'written: comment above an if, opt-out text on the pair limit (pt)',
    language: 'pt',
    shape: 'if-comment-above',
    code: `declare const status: { errors?: { code: number }[] };
declare function removerDaCampanha(): void;
const code = status.errors?.[0]?.code;
// 131056 = usuário saiu do marketing
if (code === 131056) {
  removerDaCampanha();
}`,
    misnamed: [{ held: 131056, describes: 131050 }],
    correct: 0,
  },
  {
    origin: 'written: ternary, spam text on the experiment code (pt)',
    language: 'pt',
    shape: 'ternary',
    code: `declare const erro: { code: number };
export const aviso = erro.code === 130472 ? 'Número limitado por denúncias de spam' : 'Falha ao enviar mensagem';`,
    misnamed: [{ held: 130472, describes: 131048 }],
    correct: 0,
  },
  // Right labels only.
  {
    origin: 'written: generic labels returned (pt)',
    language: 'pt',
    shape: 'case-return',
    code: `export function textoErro(codigo: number): string {
  switch (codigo) {
    case 131000: return 'Algo deu errado, tente novamente';
    case 131016: return 'Erro ao enviar';
    case 133004: return 'Falha ao enviar mensagem';
    case 2: return 'Tente novamente mais tarde';
    case 1: return 'Erro';
  }
  return '';
}`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'written: negations and comparisons (pt)',
    language: 'pt',
    shape: 'case-comment',
    code: `declare function ignorar(): void;
declare function tentarAmanha(): void;
declare function tentarDepois(): void;
export function decidir(codigo: number) {
  switch (codigo) {
    case 130472: // não é limite de envio: é um experimento da Meta
      ignorar();
      break;
    case 131049: // ao contrário do 131050, dá para tentar de novo amanhã
      tentarAmanha();
      break;
    case 131057: // não é bloqueio: manutenção temporária
      tentarDepois();
      break;
  }
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: log lines about the fallback (pt)',
    language: 'pt',
    shape: 'log-call',
    code: `declare const logger: { info(msg: string): void };
declare function enviarSms(): Promise<void>;
declare function enviarTemplate(): Promise<void>;
export async function contingencia(codigo: number) {
  if (codigo === 131026) {
    logger.info('enviando SMS de contingência');
    await enviarSms();
  } else if (codigo === 131047) {
    logger.info('fora da janela, enviando o template pedido_atualizado');
    await enviarTemplate();
  }
}`,
    misnamed: [],
    correct: 2,
  },
  {
    origin: 'written: apologies sent to the chat (pt)',
    language: 'pt',
    shape: 'reply-call',
    code: `declare function responder(chat: string, texto: string): Promise<void>;
export async function desculpa(chat: string, codigo: number) {
  switch (codigo) {
    case 131000:
      await responder(chat, 'Desculpe, tente novamente.');
      break;
    case 131016:
      await responder(chat, 'Desculpe, tente novamente em alguns minutos.');
      break;
    case 130429:
      await responder(chat, 'Desculpe, estamos com muita demanda. Tente novamente.');
      break;
  }
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: description table, every label fits (pt)',
    language: 'pt',
    shape: 'record-key-label',
    code: `export const DESCRICOES: Record<number, string> = {
  130429: 'Limite de mensagens por segundo do número atingido',
  131031: 'Conta do WhatsApp Business bloqueada',
  131042: 'Problema na forma de pagamento da conta',
  131047: 'Mais de 24 horas sem resposta do cliente: use um template aprovado',
  131050: 'O usuário deixou de receber mensagens de marketing',
  131053: 'Não foi possível enviar o arquivo de mídia',
  132001: 'O template não existe neste idioma',
  132016: 'Template desativado de vez',
  133005: 'PIN da verificação em duas etapas incorreto',
  130497: 'A conta não pode enviar mensagens para este país',
};`,
    misnamed: [],
    correct: 10,
  },
  {
    origin: 'written: res.status().json() with fitting texts (pt)',
    language: 'pt',
    shape: 'reply-call',
    code: `import type { Response } from 'express';
export function responder(codigo: number, res: Response) {
  if (codigo === 131047) return res.status(409).json({ erro: 'Fora da janela de 24 horas, use um template' });
  if (codigo === 131026) return res.status(422).json({ erro: 'O destinatário não pode receber mensagens no WhatsApp' });
  if (codigo === 190) return res.status(401).json({ erro: 'Token de acesso expirado' });
  return res.status(502).json({ erro: 'Erro ao enviar' });
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: enum with fitting names (pt, generic Graph codes)',
    language: 'pt',
    shape: 'enum-name',
    code: `export enum CodigoErro {
  TOKEN_EXPIRADO = 190,
  PERMISSAO_NEGADA = 10,
  CHAMADAS_DEMAIS_A_API = 4,
  LIMITE_DA_CONTA_WABA = 80007,
  TEMPLATE_INEXISTENTE = 132001,
  QUANTIDADE_DE_VARIAVEIS_ERRADA = 132000,
  CONTA_EM_MANUTENCAO = 131057,
  PROBLEMA_DE_PAGAMENTO = 131042,
}`,
    misnamed: [],
    correct: 8,
  },
  {
    origin: 'written: fall-through groups with one comment (pt)',
    language: 'pt',
    shape: 'case-comment',
    code: `declare function pedirOutroArquivo(): void;
declare function esperarETentar(): void;
export function tratar(codigo: number) {
  switch (codigo) {
    case 131052: // não deu para baixar a mídia que o cliente mandou
    case 131053:
      pedirOutroArquivo();
      break;
    case 4:
    case 80007:
    case 130429: // vazão estourada: esperar e tentar de novo
      esperarETentar();
      break;
  }
}`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'written: comments above if / else if, all fitting (pt)',
    language: 'pt',
    shape: 'if-comment-above',
    code: `declare const err: any;
declare function tentarDepois(ms: number): void;
declare function marcarInalcancavel(): void;
declare function avisarTime(): void;
const codigo = err.response?.data?.error?.code;
// conta em manutenção: tentar de novo em um minuto
if (codigo === 131057) {
  tentarDepois(60_000);
}
// cliente sem WhatsApp ou com o app desatualizado
else if (codigo === 131026) {
  marcarInalcancavel();
}
// template pausado por baixa qualidade
else if (codigo === 132015) {
  avisarTime();
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: request errors thrown with fitting texts (pt)',
    language: 'pt',
    shape: 'case-throw',
    code: `export function validar(codigo: number): void {
  switch (codigo) {
    case 131009: throw new Error('Valor de parâmetro inválido');
    case 131008: throw new Error('Parâmetro obrigatório ausente');
    case 131051: throw new Error('Tipo de mensagem não suportado');
    case 131021: throw new Error('Você não pode mandar mensagem para o próprio número');
  }
}`,
    misnamed: [],
    correct: 4,
  },
  {
    origin: 'written: consts with fitting names (pt)',
    language: 'pt',
    shape: 'const-name',
    code: `export const LIMITE_POR_CONTATO = 131056;
export const LIMITE_POR_SPAM = 131048;
export const BLOQUEIO_TEMPORARIO_POR_POLITICA = 368;
export const RESTRICAO_DE_PAIS = 130497;`,
    misnamed: [],
    correct: 4,
  },
  {
    origin: 'written: metric names (pt)',
    language: 'pt',
    shape: 'metric-call',
    code: `declare const metricas: { incrementar(nome: string): void };
export function contar(codigo: number) {
  if (codigo === 131049) metricas.incrementar('whatsapp.retido_pela_meta');
  if (codigo === 130472) metricas.incrementar('whatsapp.experimento');
  if (codigo === 131050) metricas.incrementar('whatsapp.saiu_do_marketing');
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: window, blocked and limit in their other senses (pt)',
    language: 'pt',
    shape: 'map-label',
    code: `export const DETALHE = new Map<number, string>([
  [2593108, 'Passaram mais de 24 horas do cadastro: não dá mais para sincronizar'],
  [139000, 'Flow bloqueado pela integridade'],
  [139101, 'Lista de bloqueio no limite'],
  [138002, 'Limite de chamadas simultâneas atingido'],
  [2388040, 'Limite de caracteres excedido'],
]);`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'written: status values that fit (pt)',
    language: 'pt',
    shape: 'case-assign',
    code: `declare const contato: { situacao?: string };
export function marcar(codigo: number) {
  switch (codigo) {
    case 131026:
      contato.situacao = 'inalcancavel';
      break;
    case 131050:
      contato.situacao = 'sem_marketing';
      break;
    case 131047:
      contato.situacao = 'precisa_de_template';
      break;
    case 130472:
      contato.situacao = 'grupo_de_experimento';
      break;
  }
}`,
    misnamed: [],
    correct: 4,
  },
];

const MORE_FRENCH: readonly LabelledCase[] = [
  {
    origin: 'written: res.status().json() with a throttling text on the locked account (fr)',
    language: 'fr',
    shape: 'reply-call',
    code: `import type { Response } from 'express';
export function repondreErreur(code: number, res: Response) {
  if (code === 131031) {
    return res.status(429).json({ erreur: 'Trop de requêtes, réessayez plus tard' });
  }
  if (code === 130429) {
    return res.status(429).json({ erreur: 'Débit maximal atteint, réessayez dans un instant' });
  }
  return res.status(500).json({ erreur: "Échec de l'envoi" });
}`,
    misnamed: [{ held: 131031, describes: 'rate-limit' }],
    correct: 1,
  },
  {
    origin: 'written: envoyerTexte(chat, …), "the customer blocked us" on the window code (fr)',
    language: 'fr',
    shape: 'reply-call',
    code: `declare function envoyerTexte(chat: string, texte: string): Promise<void>;
export async function prevenir(chat: string, e: { code: number }) {
  switch (e.code) {
    case 131047:
      await envoyerTexte(chat, 'Le client a bloqué notre numéro');
      break;
    case 131026:
      await envoyerTexte(chat, "Le client n'a pas WhatsApp ou nous a bloqués");
      break;
  }
}`,
    misnamed: [{ held: 131047, describes: 'recipient-unreachable' }],
    correct: 1,
  },
  {
    origin: 'written: duplicate case, the second one read as a disabled template (fr)',
    language: 'fr',
    shape: 'duplicate-case',
    code: `export function etatModele(code: number): string {
  switch (code) {
    case 132015:
      return 'Modèle en pause';
    case 132015:
      return 'Modèle désactivé définitivement';
  }
  return 'Inconnu';
}`,
    misnamed: [{ held: 132015, describes: 132016 }],
    correct: 1,
  },
  {
    origin: "written: template literal thrown, the customer's media download text on the upload code (fr)",
    language: 'fr',
    shape: 'if-throw',
    code: `class ErreurMedia extends Error {}
export function verifierMedia(code: number, client: string) {
  if (code === 131053) throw new ErreurMedia(\`Impossible de télécharger le média reçu de \${client}\`);
  if (code === 131052) throw new ErreurMedia(\`Impossible de télécharger le média reçu de \${client}\`);
}`,
    misnamed: [{ held: 131053, describes: 131052 }],
    correct: 1,
  },
  {
    origin: 'written: enum, "not on WhatsApp" on the window and anti-spam on the ecosystem limit (fr)',
    language: 'fr',
    shape: 'enum-name',
    code: `export enum ErreurMeta {
  PAS_SUR_WHATSAPP = 131047,
  LIMITE_ANTI_SPAM = 131049,
  JETON_EXPIRE = 190,
  COMPTE_VERROUILLE = 131031,
}`,
    misnamed: [
      { held: 131047, describes: 131026 },
      { held: 131049, describes: 131048 },
    ],
    correct: 2,
  },
  {
    origin: 'written: comment above an if, the 24 h window on undeliverable (fr)',
    language: 'fr',
    shape: 'if-comment-above',
    code: `declare const statut: { errors?: { code: number }[] };
declare function envoyerModele(): Promise<void>;
const code = statut.errors?.[0]?.code;
// 131026 = hors de la fenêtre de 24 h
if (code === 131026) {
  await envoyerModele();
}`,
    misnamed: [{ held: 131026, describes: 131047 }],
    correct: 0,
  },
  {
    origin: 'written: { code, titre } list, the marketing cap on the experiment (fr)',
    language: 'fr',
    shape: 'object-title',
    code: `export const MARKETING = [
  { code: 130472, titre: 'Plafond marketing par utilisateur atteint' },
  { code: 131049, titre: 'Plafond marketing par utilisateur atteint' },
  { code: 131050, titre: 'Le client a refusé le marketing' },
];`,
    misnamed: [{ held: 130472, describes: 131049 }],
    correct: 2,
  },
  {
    origin: 'written: log call, maintenance text on the payment code (fr)',
    language: 'fr',
    shape: 'log-call',
    code: `declare const journal: { warn(msg: string): void };
export function consigner(code: number) {
  switch (code) {
    case 131042:
      journal.warn('Compte en maintenance chez Meta, nouvel essai plus tard');
      break;
    case 131057:
      journal.warn('Compte en maintenance chez Meta, nouvel essai plus tard');
      break;
  }
}`,
    misnamed: [{ held: 131042, describes: 131057 }],
    correct: 1,
  },
  // Right labels only.
  {
    origin: 'written: generic labels returned (fr)',
    language: 'fr',
    shape: 'case-return',
    code: `export function texteErreur(code: number): string {
  switch (code) {
    case 131000: return "Échec de l'envoi";
    case 131016: return 'Une erreur est survenue';
    case 133004: return 'Réessayez plus tard';
    case 2: return 'Erreur';
    case 1: return 'Erreur inconnue';
  }
  return '';
}`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'written: negations and comparisons (fr)',
    language: 'fr',
    shape: 'case-comment',
    code: `declare function signaler(): void;
declare function abandonner(): void;
declare function patienter(ms: number): void;
export function decider(code: number) {
  switch (code) {
    case 131031: // pas une limite de débit : le compte est verrouillé
      signaler();
      break;
    case 131026: // contrairement à 131047, un modèle ne changera rien
      abandonner();
      break;
    case 131056: // seulement ce contact ; les autres peuvent recevoir
      patienter(6000);
      break;
  }
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: log lines about the fallback (fr)',
    language: 'fr',
    shape: 'log-call',
    code: `declare const journal: { info(msg: string): void };
declare function envoyerSms(): Promise<void>;
export async function secours(code: number) {
  if (code === 131026) {
    journal.info('envoi du SMS de secours');
    await envoyerSms();
  } else if (code === 131047) {
    journal.info('hors fenêtre, envoi du modèle suivi_commande');
  }
}`,
    misnamed: [],
    correct: 2,
  },
  {
    origin: 'written: apologies sent to the chat (fr)',
    language: 'fr',
    shape: 'reply-call',
    code: `declare function repondre(chat: string, texte: string): Promise<void>;
export async function excuses(chat: string, code: number) {
  switch (code) {
    case 131000:
      await repondre(chat, 'Désolé, veuillez réessayer.');
      break;
    case 131057:
      await repondre(chat, 'Désolé, veuillez réessayer dans quelques minutes.');
      break;
    case 130429:
      await repondre(chat, 'Désolé, nous sommes très sollicités. Veuillez réessayer.');
      break;
  }
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: description table, every label fits (fr)',
    language: 'fr',
    shape: 'record-key-label',
    code: `export const DESCRIPTIONS: Record<number, string> = {
  130429: 'Débit de messages par seconde du numéro dépassé',
  131031: 'Compte WhatsApp Business verrouillé',
  131042: 'Problème de moyen de paiement sur le compte',
  131047: 'Plus de 24 heures sans message du client : utilisez un modèle approuvé',
  131050: 'Le client ne veut plus recevoir de messages marketing',
  131053: "Échec du téléversement du média",
  132000: 'Le nombre de variables ne correspond pas au modèle',
  132012: "Le format d'une variable ne correspond pas au modèle",
  133010: "Le numéro de l'entreprise n'est pas enregistré",
  130497: 'Le compte ne peut pas écrire aux utilisateurs de ce pays',
};`,
    misnamed: [],
    correct: 10,
  },
  {
    origin: 'written: res.status().json() with fitting texts (fr)',
    language: 'fr',
    shape: 'reply-call',
    code: `import type { Response } from 'express';
export function repondre(code: number, res: Response) {
  if (code === 131047) return res.status(409).json({ erreur: 'Hors de la fenêtre de 24 heures, utilisez un modèle' });
  if (code === 131026) return res.status(422).json({ erreur: 'Le destinataire ne peut pas recevoir de messages WhatsApp' });
  if (code === 190) return res.status(401).json({ erreur: "Jeton d'accès expiré" });
  return res.status(502).json({ erreur: "Échec de l'envoi" });
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: enum with fitting names (fr, generic Graph codes)',
    language: 'fr',
    shape: 'enum-name',
    code: `export enum CodeErreurGraph {
  JETON_EXPIRE = 190,
  PERMISSION_REFUSEE = 10,
  TROP_D_APPELS_API = 4,
  LIMITE_DU_COMPTE_WABA = 80007,
  MODELE_INEXISTANT = 132001,
  NOMBRE_DE_VARIABLES_INCORRECT = 132000,
  COMPTE_EN_MAINTENANCE = 131057,
  PROBLEME_DE_PAIEMENT = 131042,
}`,
    misnamed: [],
    correct: 8,
  },
  {
    origin: 'written: fall-through groups with one comment (fr)',
    language: 'fr',
    shape: 'case-comment',
    code: `declare function demanderUnAutreFichier(): void;
declare function attendreEtReessayer(): void;
export function traiter(code: number) {
  switch (code) {
    case 131052:
    case 131053: // notre média n'a pas pu être téléversé
      demanderUnAutreFichier();
      break;
    case 4: // limite d'appels de l'application
    case 80007:
    case 130429:
      attendreEtReessayer();
      break;
  }
}`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'written: comments above if / else if, all fitting (fr)',
    language: 'fr',
    shape: 'if-comment-above',
    code: `declare const err: any;
declare function reessayer(ms: number): void;
declare function marquerInjoignable(): void;
declare function prevenirEquipe(): void;
const code = err.response?.data?.error?.code;
// compte en maintenance : réessayer dans une minute
if (code === 131057) {
  reessayer(60_000);
}
// le client n'a pas WhatsApp ou son application est trop ancienne
else if (code === 131026) {
  marquerInjoignable();
}
// modèle désactivé pour de bon : en créer un autre
else if (code === 132016) {
  prevenirEquipe();
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: request errors thrown with fitting texts (fr)',
    language: 'fr',
    shape: 'case-throw',
    code: `export function valider(code: number): void {
  switch (code) {
    case 131009: throw new Error('Valeur de paramètre invalide');
    case 131008: throw new Error('Paramètre obligatoire manquant');
    case 131051: throw new Error('Type de message non pris en charge');
    case 131021: throw new Error('Impossible de vous écrire à vous-même');
  }
}`,
    misnamed: [],
    correct: 4,
  },
  {
    origin: 'written: consts with fitting names (fr)',
    language: 'fr',
    shape: 'const-name',
    code: `export const LIMITE_PAR_CONTACT = 131056;
export const LIMITE_ANTI_SPAM = 131048;
export const BLOCAGE_TEMPORAIRE_POLITIQUE = 368;
export const RESTRICTION_PAYS = 130497;`,
    misnamed: [],
    correct: 4,
  },
  {
    origin: 'written: metric names (fr)',
    language: 'fr',
    shape: 'metric-call',
    code: `declare const mesures: { incrementer(nom: string): void };
export function compter(code: number) {
  if (code === 131049) mesures.incrementer('whatsapp.retenu_par_meta');
  if (code === 130472) mesures.incrementer('whatsapp.experience');
  if (code === 131050) mesures.incrementer('whatsapp.desabonne_marketing');
}`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'written: window, blocked and limit in their other senses (fr)',
    language: 'fr',
    shape: 'map-label',
    code: `export const DETAIL = new Map<number, string>([
  [2593108, "Plus de 24 heures depuis l'inscription : synchronisation impossible"],
  [132068, 'Flow bloqué'],
  [131211, 'Nombre maximal de groupes créés atteint'],
  [138005, "Limite d'appels dépassée"],
  [2388019, 'Nombre maximal de modèles atteint'],
]);`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'written: status values that fit (fr)',
    language: 'fr',
    shape: 'case-assign',
    code: `declare const contact: { statut?: string };
export function marquer(code: number) {
  switch (code) {
    case 131026:
      contact.statut = 'injoignable';
      break;
    case 131050:
      contact.statut = 'sans_marketing';
      break;
    case 131047:
      contact.statut = 'modele_requis';
      break;
    case 131049:
      contact.statut = 'retenu_par_meta';
      break;
  }
}`,
    misnamed: [],
    correct: 4,
  },
];

/** Cases moved out of ARGUABLE_CASES: their texts are the catalog's own names for the code. */
const RESOLVED_ARGUABLE: readonly LabelledCase[] = [
  {
    origin: 'real: 613 as the generic Graph rate limit (its catalog alias and neutral name)',
    language: 'en',
    shape: 'set-comment',
    code: `export const GRAPH_RATE_LIMITS = new Set([
  4, // app rate limit
  613, // generic Graph rate limit
]);`,
    misnamed: [],
    correct: 2,
  },
];

/** Words of a meaning class on codes of that class where they fit (see the note in generateCases). */
const CLASS_WORDS_WRITTEN: readonly LabelledCase[] = [
  {
    origin: 'written: class-level words on codes of that class, each fitting its code',
    language: 'en',
    shape: 'record-key-label',
    code: `export const CLASS_TEXT: Record<number, string> = {
  131009: 'Invalid request: check the payload',
  131056: 'Rate limited for this contact',
  132012: 'Template error: fix the variables',
  131000: 'Internal error at Meta',
  368: 'Account restricted by Meta',
  200: 'Missing permission on the access token',
  131042: 'Billing problem on the WhatsApp account',
  133010: 'Phone registration needed',
  131052: 'Media file could not be fetched',
  131030: 'Account setup: add this test number',
};`,
    misnamed: [],
    correct: 10,
  },
  {
    origin: 'written: class-level words on codes of that class, each fitting its code (es)',
    language: 'es',
    shape: 'record-key-label',
    code: `export const TEXTO_CLASE: Record<number, string> = {
  131008: 'Solicitud inválida: falta un campo',
  130429: 'Límite de tasa alcanzado',
  132015: 'Problema con la plantilla: está en pausa',
  131016: 'Error del servidor de Meta',
  131031: 'Cuenta restringida',
  10: 'Permiso denegado',
  131042: 'Método de pago rechazado',
  131045: 'Error en el registro del número',
};`,
    misnamed: [],
    correct: 8,
  },
  {
    origin: 'written: class-level words on codes of that class, each fitting its code (pt)',
    language: 'pt',
    shape: 'record-key-label',
    code: `export const TEXTO_CLASSE: Record<number, string> = {
  131051: 'Requisição inválida: tipo de mensagem não aceito',
  131056: 'Limite de taxa para este contato',
  132016: 'Problema no template: desativado',
  2: 'Instabilidade na Meta, tentar depois',
  131031: 'Conta bloqueada pela Meta',
  200: 'Sem permissão para este endpoint',
  131044: 'Forma de pagamento ausente para chamadas',
  133005: 'Erro no registro do número: PIN errado',
};`,
    misnamed: [],
    correct: 8,
  },
  {
    origin: 'written: class-level words on codes of that class, each fitting its code (fr)',
    language: 'fr',
    shape: 'record-key-label',
    code: `export const TEXTE_CLASSE: Record<number, string> = {
  100: 'Requête invalide',
  80007: 'Limite de débit du compte atteinte',
  132001: 'Problème de modèle : introuvable',
  131016: 'Panne chez Meta',
  368: 'Compte suspendu temporairement',
  10: 'Permission refusée',
  131042: 'Moyen de paiement refusé',
  133010: 'Enregistrement du numéro requis',
};`,
    misnamed: [],
    correct: 8,
  },
];

/**
 * Shapes from a second round of real integrations (CRMs, clinics, shops, bots), in our own words:
 * permission filed under auth, a catalog title said loosely, a rate limit on template sends,
 * registration on 131045, conjunctions, and labels kept under Spanish and Portuguese keys.
 */
const SECOND_ROUND: readonly LabelledCase[] = [
  {
    origin: 'real: failure buckets that file a missing permission under auth',
    language: 'en',
    shape: 'record-key-label',
    code: `export const FAILURE_BUCKET: Record<number, string> = {
  190: 'AUTH_ERROR', // expired or revoked token
  10: 'AUTH_ERROR',
  200: 'AUTH_ERROR',
  131047: 'WINDOW_CLOSED',
  130429: 'THROTTLED',
};`,
    misnamed: [],
    correct: 5,
  },
  {
    origin: 'real: classifier returning tags, the window read as a block and media as a template',
    language: 'en',
    shape: 'if-return',
    code: `export function tagFor(code: number): string {
  if (code === 131026) return 'NOT_ON_WHATSAPP';
  if (code === 131047) return 'BLOCKED_BY_RECIPIENT';
  if (code === 131053) return 'TEMPLATE_REJECTED';
  if (code === 130429) return 'THROTTLED';
  return 'OTHER';
}`,
    misnamed: [
      { held: 131047, describes: 'recipient-unreachable' },
      { held: 131053, describes: 'template' },
    ],
    correct: 2,
  },
  {
    origin: 'real: Spanish status reasons under `motivo`, the 24-hour window on the undeliverable code',
    language: 'es',
    shape: 'if-return-object',
    code: `export function motivo(code: number) {
  if (code === 131026) return { estado: 'fallido', motivo: 'Fuera de la ventana de 24 horas: enviá una plantilla aprobada.' };
  if (code === 131047) return { estado: 'fallido', motivo: 'Hace falta una plantilla para reabrir la conversación.' };
  return { estado: 'fallido', motivo: 'Error desconocido' };
}`,
    misnamed: [{ held: 131026, describes: 'messaging-window' }],
    correct: 1,
  },
  {
    origin: 'real: Portuguese table under `titulo`: a loose title, registration on 131045, a lock on the country restriction',
    language: 'pt',
    shape: 'record-object',
    code: `export const ERROS: Record<number, { titulo: string; mensagem: string }> = {
  135000: { titulo: 'Generic error', mensagem: 'Erro genérico. Tente de novo.' },
  131045: { titulo: 'Número não registrado', mensagem: 'Registre o número novamente.' },
  130497: { titulo: 'Conta comercial bloqueada', mensagem: 'A conta não pode enviar.' },
  131053: { titulo: 'Falha no upload da mídia', mensagem: 'Envie o arquivo de novo.' },
};`,
    misnamed: [{ held: 130497, describes: 131031 }],
    correct: 3,
  },
  {
    origin: 'real: French help texts, a conjunction between format and parameters',
    language: 'fr',
    shape: 'record-key-label',
    code: `export const AIDE: Record<number, string> = {
  132007: 'Composants invalides : vérifiez le format et les paramètres',
  132000: 'Nombre de paramètres incorrect',
  131047: 'Hors de la fenêtre de 24 heures',
};`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'real: a rate-limit hint that names templates',
    language: 'en',
    shape: 'if-return',
    code: `export function hint(status: number, err: { code?: number }): string | undefined {
  if (status === 429 || err.code === 80007 || err.code === 130429) {
    return 'Too many template requests right now. Try again in a minute.';
  }
  return undefined;
}`,
    misnamed: [],
    correct: 2,
  },
];

/**
 * Shapes from a third round of real integrations, in our own words: the author's own categories
 * (one label on many codes), a two-word bucket, Calling and block-list texts in Portuguese and
 * Spanish, and a chain commented line by line.
 */
const THIRD_ROUND: readonly LabelledCase[] = [
  {
    origin: "real: failure reasons by code, one category label shared by every template failure",
    language: 'en',
    shape: 'record-key-label',
    code: `export const REASON_BY_CODE: Record<number, string> = {
  132000: 'template_unavailable',
  132001: 'template_unavailable',
  132005: 'template_unavailable',
  132015: 'template_unavailable',
  132016: 'template_unavailable',
  132068: 'template_unavailable',
  130429: 'rate_limited',
  131056: 'rate_limited',
  131047: 'rate_limited',
};`,
    misnamed: [{ held: 131047, describes: 'rate-limit' }],
    correct: 8,
  },
  {
    origin: 'real: a catalogue of rows whose group joins account, auth and billing',
    language: 'en',
    shape: 'object-title',
    code: `export const ROWS = [
  { code: 131042, group: 'account_auth', retry: false },
  { code: 131031, group: 'account_auth', retry: false },
  { code: 190, group: 'account_auth', retry: false },
  { code: 130429, group: 'throttling', retry: true },
];`,
    misnamed: [],
    correct: 4,
  },
  {
    origin: 'real: Portuguese Calling API help, a call permission the contact must grant',
    language: 'pt',
    shape: 'record-key-label',
    code: `export const AJUDA_CHAMADAS: Record<number, string> = {
  138006: 'Sem permissão ativa para ligar: peça ao contato que autorize antes.',
  138000: 'As chamadas não estão habilitadas neste número.',
  131047: 'Fora da janela de 24 horas.',
};`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: "real: Spanish table with Meta's own wording for the business block list",
    language: 'es',
    shape: 'record-object',
    code: `export const MENSAJES: Record<number, { mensaje: string }> = {
  130403: { mensaje: 'El negocio ha bloqueado a este cliente en WhatsApp.' },
  131026: { mensaje: 'No se pudo entregar el mensaje.' },
  131047: { mensaje: 'La ventana de 24 horas está cerrada.' },
};`,
    misnamed: [],
    correct: 3,
  },
  {
    origin: 'real: a template check written one term per line, each comment one code below its own',
    language: 'en',
    shape: 'comparison-comment',
    code: `export function isTemplateProblem(metaCode: number): boolean {
  return (
    metaCode === 131026 || // wrong number of template parameters
    metaCode === 132000 || // template does not exist
    metaCode === 132001 || // template paused
    metaCode === 132015 // template paused
  );
}`,
    misnamed: [
      { held: 131026, describes: 'template' },
      { held: 132000, describes: 132001 },
      { held: 132001, describes: 132015 },
    ],
    correct: 1,
  },
];

/**
 * The fourth round of real code (46 files of 38 repositories, none read before), each shape
 * written again in our own words: a country-restriction code typed where the rate limit was
 * meant, billing and tier limits on codes that are neither, a window code handled as a media
 * error, the business number's registration read as the recipient's, and an invalid phone number
 * on the undeliverable code, which is a right label.
 */
const FOURTH_ROUND: readonly LabelledCase[] = [
  {
    origin: 'real: a table of Graph messages where one digit swapped makes the rate limit a country restriction',
    language: 'en',
    shape: 'record-key-label',
    code: `const GRAPH_MESSAGES: Record<number, string> = {
  190: 'The access token is not valid',
  130497: 'Too many requests, slow down',
  131000: 'Something went wrong on the platform',
};`,
    misnamed: [{ held: 130497, describes: 'rate-limit' }],
    correct: 2,
  },
  {
    origin: "real: a code-to-message map with the sandbox's allow list written on the self-send code",
    language: 'en',
    shape: 'record-key-label',
    code: `const deliveryMessages = {
  '131021': 'Recipient is not in the allowed list (test mode)',
  '131026': 'Message could not be delivered',
  '131047': 'More than 24 hours since the last customer message',
};`,
    misnamed: [{ held: 131021, describes: 131030 }],
    correct: 2,
  },
  {
    origin: 'real: a CRM error mapper, the pair rate limit described as a number missing from WhatsApp',
    language: 'en',
    shape: 'record-key-label',
    code: `const errorMap = {
  '131056': 'That phone number is not registered on WhatsApp',
  '133010': 'Your business phone number is not registered yet',
  '131026': 'Message undeliverable',
};`,
    misnamed: [{ held: 131056, describes: 131026 }],
    correct: 2,
  },
  {
    origin: 'real: a switch returning help per code, the spam limit explained as billing',
    language: 'en',
    shape: 'case-return',
    code: `export function help(code: number) {
  switch (code) {
    case 131048:
      return { text: 'Billing problem: add a payment method in Business Manager', kind: 'billing' };
    case 190:
      return { text: 'Your access token expired, paste a new one', kind: 'auth' };
    default:
      return { text: 'Unexpected error', kind: 'unknown' };
  }
}`,
    misnamed: [{ held: 131048, describes: 'payment' }],
    correct: 1,
  },
  {
    origin: 'real: a healing step per code, the allow list read as a tier or payment limit',
    language: 'en',
    shape: 'if-comment-inside',
    code: `declare let action: string;
export function heal(errorCode: number) {
  if (errorCode === 190) {
    action = 'Log in to WhatsApp again from Settings.';
  } else if (errorCode === 131030) {
    // payment required or messaging tier limit
    action = 'Your tier limit is reached or the payment method failed.';
  }
}`,
    misnamed: [{ held: 131030, describes: 'payment' }],
    correct: 1,
  },
  {
    origin: 'real: a receipt sender treating the window code as a failed media upload',
    language: 'en',
    shape: 'if-assign',
    code: `declare const result: { error?: { code?: number } };
let mediaFailed = false;
let reason = '';
if (result.error?.code === 131047) {
  mediaFailed = true;
  reason = 'Media upload failed';
}`,
    misnamed: [{ held: 131047, describes: 131053 }],
    correct: 0,
  },
  {
    origin: "real: the business number's registration grouped with recipients not on WhatsApp",
    language: 'en',
    shape: 'record-key-label',
    code: `const CATEGORY_BY_CODE: Record<number, string> = {
  131026: 'recipient_not_on_whatsapp',
  131021: 'recipient_not_on_whatsapp',
  133010: 'recipient_not_on_whatsapp',
  131047: 'window_closed',
};`,
    misnamed: [{ held: 133010, describes: 'recipient-unreachable' }],
    correct: 2,
  },
  {
    origin: 'real: an inbox handler table in Spanish, an invalid phone number on the undeliverable code',
    language: 'es',
    shape: 'record-object',
    code: `export const ERRORES_META = {
  131047: { nombre: 'FUERA_DE_VENTANA', descripcion: 'Pasaron más de 24 horas desde el último mensaje del cliente' },
  131026: { nombre: 'NUMERO_INVALIDO', descripcion: 'Número de teléfono inválido' },
  131051: { nombre: 'TIPO_NO_SOPORTADO', descripcion: 'Tipo de mensaje no soportado' },
};`,
    misnamed: [],
    correct: 3,
  },
];

/**
 * The fifth round (23 files of 19 repositories, none read before), in our own words: a logger
 * named `err`, a shared word beside a class's words in a template literal, the registration rate
 * limit and the allow list described as other failures, and a retry list whose comments agree.
 */
const FIFTH_ROUND: readonly LabelledCase[] = [
  {
    origin: 'real: a Portuguese sender logging through err(), the window and the unreachable number swapped',
    language: 'pt',
    shape: 'log-call',
    code: `declare function err(message: string): void;
export function relatar(codigoErro: number) {
  if (codigoErro === 131047) {
    err('O número não está no WhatsApp ou o formato é inválido');
  } else if (codigoErro === 131026) {
    err('Janela de 24h expirada: envie um template');
  }
}`,
    misnamed: [
      { held: 131047, describes: 'recipient-unreachable' },
      { held: 131026, describes: 131047 },
    ],
    correct: 0,
  },
  {
    origin: 'real: a warning in a template literal, an invalid number beside a number not on WhatsApp',
    language: 'pt',
    shape: 'log-call',
    code: `declare const logger: { warn(message: string): void };
export function avisar(errorCode: number, destino: string) {
  if (errorCode === 131047) logger.warn(\`Número \${destino} inválido ou sem WhatsApp\`);
}`,
    misnamed: [{ held: 131047, describes: 'recipient-unreachable' }],
    correct: 0,
  },
  {
    origin: 'real: a builder mapping the registration rate limit and the allow list to other failures',
    language: 'en',
    shape: 'record-key-label',
    code: `const API_ERROR_MAP: Record<number, string> = {
  133016: 'Phone number not registered on WhatsApp',
  131030: 'The 24-hour window is closed for this user',
  131047: 'Re-engagement message required',
};`,
    misnamed: [
      { held: 133016, describes: 131026 },
      { held: 131030, describes: 'messaging-window' },
    ],
    correct: 1,
  },
  {
    origin: 'real: a permanent-failure list whose comments each say what the code is',
    language: 'en',
    shape: 'set-comment',
    code: `export const PERMANENT = new Set([
  131008, // a required parameter is missing
  131021, // the recipient is the sender
  131026, // undeliverable, not a WhatsApp user
  132001, // the template does not exist
  133010, // the business number is not registered on the Cloud API
]);`,
    misnamed: [],
    correct: 5,
  },
];

export const WRITTEN_CASES: readonly LabelledCase[] = [
  ...ENGLISH,
  ...SPANISH,
  ...PORTUGUESE,
  ...FRENCH,
  ...ISSUE_AND_FINDINGS,
  ...MORE_ENGLISH,
  ...MORE_SPANISH,
  ...MORE_PORTUGUESE,
  ...MORE_FRENCH,
  ...RESOLVED_ARGUABLE,
  ...CLASS_WORDS_WRITTEN,
  ...SECOND_ROUND,
  ...THIRD_ROUND,
  ...FOURTH_ROUND,
  ...FIFTH_ROUND,
];

type Language = LabelledCase['language'];

/** One right label of a catalog entry: a text and what it is for that entry. */
interface CatalogLabel {
  readonly text: string;
  readonly language: Language;
  /** 'constant name', 'deprecated name', 'title', 'alias', 'keyword' or 'class word'. */
  readonly kind: string;
  /** True for UPPER_SNAKE constant names, which identifier shapes use as they are. */
  readonly isName: boolean;
}

const LANGUAGES: readonly Language[] = ['en', 'es', 'pt', 'fr'];

/** Where real code reads the Graph code from, used in turn by the generated snippets. */
const CODE_READS: readonly string[] = [
  'err.response?.data?.error?.code',
  'body.error.code',
  'status.errors?.[0]?.code',
  'e.code',
  'errorCode',
];

/** Where real code reads the code and the error subcode from, in pairs. */
const SUBCODE_READS: readonly (readonly [code: string, subcode: string])[] = [
  ['err.response?.data?.error?.code', 'err.response?.data?.error?.error_subcode'],
  ['body.error.code', 'body.error.error_subcode'],
  ['e.code', 'e.subcode'],
];

const PREAMBLE = 'declare const err: any;\ndeclare const body: any;\ndeclare const status: any;\ndeclare const e: any;\ndeclare const errorCode: number;\n';

/** Words of a text for an identifier: accents dropped, camelCase split, apostrophes removed. */
function identifierWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    // French elisions stay words of their own (`l'utilisateur` → `L_UTILISATEUR`); English ones glue (`can't` → `CANT`).
    .replace(/\b([cdjlmnst]|qu)['’]/gi, '$1 ')
    .replace(/['’]/g, '')
    .replace(/WhatsApp/g, 'Whatsapp')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** `RATE_LIMIT_HIT` from 'Rate limit hit'; a leading digit gets a `WA_` prefix. */
function upperSnake(text: string): string {
  const identifier = identifierWords(text).map((word) => word.toUpperCase()).join('_');
  return /^[0-9]/.test(identifier) ? `WA_${identifier}` : identifier;
}

/** `RateLimitHit` from 'Rate limit hit' or from RATE_LIMIT_HIT. */
function pascal(text: string): string {
  const identifier = identifierWords(text)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
    .join('');
  return /^[0-9]/.test(identifier) ? `Wa${identifier}` : identifier;
}

/** A comment must stay on one line. */
function commentText(text: string): string {
  return text.replace(/\s+/g, ' ');
}

interface LabelledEntry {
  readonly name: string;
  readonly title: string;
  readonly aliases: readonly string[];
  readonly keywords: { readonly [language: string]: readonly string[] | undefined };
  readonly deprecatedNames?: readonly string[];
  readonly class: string;
}

function labelsOf(entry: LabelledEntry): CatalogLabel[] {
  const labels: CatalogLabel[] = [{ text: entry.name, language: 'en', kind: 'constant name', isName: true }];
  for (const name of entry.deprecatedNames ?? []) labels.push({ text: name, language: 'en', kind: 'deprecated name', isName: true });
  labels.push({ text: entry.title, language: 'en', kind: 'title', isName: false });
  for (const alias of entry.aliases) labels.push({ text: alias, language: 'en', kind: 'alias', isName: false });
  for (const language of LANGUAGES) {
    for (const keyword of entry.keywords[language] ?? []) labels.push({ text: keyword, language, kind: 'keyword', isName: false });
  }
  return labels;
}

type Shape = 'enum-name' | 'const-name' | 'case-comment' | 'case-return' | 'record-key-label' | 'map-label' | 'if-assign';

/** The snippet that attaches `label` to code `code` (or to subcode `subcode` of it) in `shape`. */
function snippet(shape: Shape, label: CatalogLabel, code: number, subcode: number | undefined, turn: number): string {
  const held = subcode ?? code;
  const text = JSON.stringify(label.text);
  const [codeRead, subcodeRead] = SUBCODE_READS[turn % SUBCODE_READS.length]!;
  const read = subcode === undefined ? CODE_READS[turn % CODE_READS.length]! : subcodeRead;
  switch (shape) {
    case 'enum-name':
      return `export enum ${subcode === undefined ? 'WhatsAppError' : 'WhatsAppSubcode'} {\n  ${label.isName ? label.text : pascal(label.text)} = ${held},\n}\n`;
    case 'const-name':
      return `export const ${label.isName ? label.text : upperSnake(label.text)} = ${held};\n`;
    case 'case-comment':
      return `${PREAMBLE}declare function handle(): void;\nswitch (${read}) {\n  case ${held}: // ${commentText(label.text)}\n    handle();\n    break;\n}\n`;
    case 'case-return':
      return `export function describe(${subcode === undefined ? 'code' : 'subcode'}: number): string {\n  switch (${subcode === undefined ? 'code' : 'subcode'}) {\n    case ${held}:\n      return ${text};\n    default:\n      return 'unknown';\n  }\n}\n`;
    case 'record-key-label':
      return `export const LABELS: Record<number, string> = {\n  ${held}: ${text},\n};\n`;
    case 'map-label':
      return `export const LABELS = new Map<number, string>([[${held}, ${text}]]);\n`;
    case 'if-assign':
      return subcode === undefined
        ? `${PREAMBLE}let errorMessage = 'Send failed';\nif (${read} === ${code}) {\n  errorMessage = ${text};\n}\n`
        : `${PREAMBLE}let errorMessage = 'Send failed';\nif (${codeRead} === ${code} && ${read} === ${subcode}) {\n  errorMessage = ${text};\n}\n`;
  }
}

const GENERATED_SHAPES: readonly Shape[] = ['enum-name', 'const-name', 'case-comment', 'case-return', 'record-key-label', 'if-assign'];

function generateCases(): LabelledCase[] {
  const cases: LabelledCase[] = [];
  const seen = new Set<string>();
  let turn = 0;
  let tables = 0;
  let reads = 0;
  const add = (shape: Shape, label: CatalogLabel, code: number, subcode: number | undefined, origin: string) => {
    turn++;
    // Maps and Records take turns as the table shape; the ways of reading the code take turns too.
    const actual: Shape = shape === 'record-key-label' && tables++ % 2 === 1 ? 'map-label' : shape;
    const source = snippet(actual, label, code, subcode, shape === 'case-comment' || shape === 'if-assign' ? reads++ : 0);
    const key = `${actual}\u0000${source}`;
    if (seen.has(key)) return;
    seen.add(key);
    cases.push({ origin, language: label.language, shape: actual, code: source, misnamed: [], correct: 1 });
  };
  for (const entry of ERROR_CODE_ENTRIES) {
    for (const label of labelsOf(entry)) {
      for (const shape of GENERATED_SHAPES) add(shape, label, entry.code, undefined, `generated: ${label.kind} of ${entry.code} as ${shape}`);
    }
  }
  for (const entry of ERROR_SUBCODE_ENTRIES) {
    for (const label of labelsOf(entry)) {
      for (const shape of GENERATED_SHAPES) {
        add(shape, label, entry.code, entry.subcode, `generated: ${label.kind} of ${entry.code}/${entry.subcode} as ${shape}`);
      }
    }
  }
  // A class's words are right on the code of a class that has one code (the 24-hour window, the
  // marketing opt-out). In a class of several codes they can state a sibling's meaning ('blocked
  // the bot' is 131026's cause, not 137000's), so those pairs are written by hand instead.
  for (const meaningClass of MEANING_CLASSES) {
    const members = ERROR_CODE_ENTRIES.filter((entry) => entry.class === meaningClass.id);
    const subcodeMembers = ERROR_SUBCODE_ENTRIES.filter((entry) => entry.class === meaningClass.id);
    if (members.length !== 1 || subcodeMembers.length > 0) continue;
    for (const language of LANGUAGES) {
      const words: readonly string[] = (meaningClass.words as { readonly [language: string]: readonly string[] | undefined })[language] ?? [];
      for (const word of words) {
        for (const entry of members) {
          const shape = GENERATED_SHAPES[turn % GENERATED_SHAPES.length]!;
          add(shape, { text: word, language, kind: 'class word', isName: false }, entry.code, undefined, `generated: class word of ${meaningClass.id} on ${entry.code} as ${shape}`);
        }
      }
    }
  }
  return cases;
}

/**
 * Every constant name, deprecated name, title, alias and keyword (all languages) of every catalog
 * code and subcode entry, attached to its own code in six shapes, plus the words of each meaning
 * class that has a single code, on that code. Built from the catalog when this module loads, so it follows the
 * catalog as it grows. All right: `misnamed` is empty and `correct` is 1.
 */
export const GENERATED_CASES: readonly LabelledCase[] = generateCases();

/**
 * Judgement calls: a reviewer MIGHT flag each `misnamed` item, but none is clearly wrong (a
 * sub-case, an old or doubtful title of the same code, a wrong category rather than another code's
 * meaning). Kept out of WRITTEN_CASES; a rule may report them or not.
 */
export const ARGUABLE_CASES: readonly LabelledCase[] = [
  {
    origin: 'real: registration rate limit commented as a rate limit while sending messages',
    language: 'en',
    shape: 'if-assign',
    code: `if (String(code) === '133016') { // WhatsApp: rate limit
  retryLater();
}`,
    misnamed: [{ held: 133016, describes: 130429 }],
    correct: 0,
  },
  {
    origin: "real: registration rate limit commented with 368's wording",
    language: 'en',
    shape: 'case-comment',
    code: `switch (code) {
  case 133016: // blocked for now, retry in a while
    retryLater();
    break;
}`,
    misnamed: [{ held: 133016, describes: 368 }],
    correct: 0,
  },
  {
    origin: 'real: spam rate limit named TOO_MANY_MESSAGES, 80007 named RATE_LIMIT_HIT',
    language: 'en',
    shape: 'enum-name',
    code: `enum Throttling {
  MESSAGE_RATE_LIMIT_HIT = 80007,
  TOO_MANY_MESSAGES_SENT = 131048,
}`,
    misnamed: [
      { held: 80007, describes: 130429 },
      { held: 131048, describes: 131056 },
    ],
    correct: 0,
  },
  {
    origin: 'real: invalid phone number on the parameter-value code (a sub-case)',
    language: 'en',
    shape: 'enum-name',
    code: `enum PhoneError {
  PHONE_NUMBER_INVALID = 131009,
}`,
    misnamed: [{ held: 131009, describes: 'recipient-unreachable' }],
    correct: 0,
  },
  {
    origin: "real: certificate code labelled with its details' registration wording (pt)",
    language: 'pt',
    shape: 'record-key-label',
    code: `const ERROS: Record<number, string> = {
  131045: 'Telefone não consta como registrado no WhatsApp',
};`,
    misnamed: [{ held: 131045, describes: 133010 }],
    correct: 0,
  },
  {
    origin: "real: Kapso's category map, two categories a reviewer may dispute",
    language: 'en',
    shape: 'map-label',
    code: `const codeCategory = new Map<number, string>([
  [130472, 'parameter'],
  [131026, 'parameter'],
  [133005, 'server'],
]);`,
    misnamed: [
      { held: 130472, describes: 'invalid-request' },
      { held: 131026, describes: 'invalid-request' },
      { held: 133005, describes: 'platform-failure' },
    ],
    correct: 0,
  },
  {
    origin: 'written: healthy-ecosystem code called a rate limit',
    language: 'en',
    shape: 'case-comment',
    code: `switch (code) {
  case 131049: // rate limit
    later();
    break;
}`,
    misnamed: [{ held: 131049, describes: 130429 }],
    correct: 0,
  },
  {
    origin: 'written: marketing opt-out read as a block (es)',
    language: 'es',
    shape: 'case-comment-inside',
    code: `switch (codigo) {
  case 131050: {
    // el usuario nos bloqueó
    marcarBloqueado(contacto);
    break;
  }
}`,
    misnamed: [{ held: 131050, describes: 'recipient-unreachable' }],
    correct: 0,
  },
  {
    origin: 'real: hydrated text too long read as an edited template awaiting approval',
    language: 'en',
    shape: 'set-comment',
    code: `const NEEDS_REVIEW = new Set([
  132_005, // template content changed, waiting for approval
]);`,
    misnamed: [{ held: 132005, describes: 141002 }],
    correct: 0,
  },
  {
    origin: 'real: unsupported message type named as an invalid media id',
    language: 'en',
    shape: 'enum-name',
    code: `export enum MediaError {
  BAD_MEDIA_REFERENCE = 131051,
}`,
    misnamed: [{ held: 131051, describes: 'media' }],
    correct: 0,
  },
  {
    origin: 'written: too many PIN guesses labelled as a wrong PIN (fr)',
    language: 'fr',
    shape: 'record-key-label',
    code: `const PIN = { 133008: 'Code PIN incorrect' };`,
    misnamed: [{ held: 133008, describes: 133005 }],
    correct: 0,
  },
  {
    origin: 'real: undeliverable commented as "not opted in" and answered with a template (pt)',
    language: 'pt',
    shape: 'if-comment-above',
    code: `// 131026 = contato sem opt-in
if (code === 131026) {
  return enviarTemplate(telefone);
}`,
    misnamed: [{ held: 131026, describes: 131050 }],
    correct: 0,
  },
  {
    origin: 'real: payment issue labelled "unverified business"',
    language: 'en',
    shape: 'enum-name',
    code: `export enum BusinessError {
  BUSINESS_NOT_VERIFIED = 131042,
}`,
    misnamed: [{ held: 131042, describes: 'account-setup' }],
    correct: 0,
  },
  {
    origin: 'real: hydrated text too long filed under a parameter-mismatch branch',
    language: 'en',
    shape: 'if-return',
    code: `if (codeStr === '132000' || codeStr === '132005') {
  return { category: 'Template variables mismatch' };
}`,
    misnamed: [{ held: 132005, describes: 132000 }],
    correct: 1,
  },
  {
    origin: 'written: undeliverable read as the per-user marketing cap (its pre-131049 use)',
    language: 'en',
    shape: 'case-comment',
    code: `switch (code) {
  case 131026: // per-user marketing cap reached
    later();
    break;
}`,
    misnamed: [{ held: 131026, describes: 131049 }],
    correct: 0,
  },
  {
    origin: "written: pair rate limit under 130429's exact title",
    language: 'en',
    shape: 'record-key-label',
    code: `const TITLES = { 131056: 'Rate limit hit' };`,
    misnamed: [{ held: 131056, describes: 130429 }],
    correct: 0,
  },
  {
    origin: 'written: marketing opt-out read as a block, custom error class (fr)',
    language: 'fr',
    shape: 'if-throw',
    code: `if (code === 131050) {
  throw new ErreurEnvoi('Le destinataire a bloqué notre numéro');
}
if (code === 131026) {
  throw new ErreurEnvoi("Le destinataire n'a pas WhatsApp ou nous a bloqués");
}`,
    misnamed: [{ held: 131050, describes: 'recipient-unreachable' }],
    correct: 1,
  },
  {
    origin: 'written: opt-out labelled "blockedByUser"',
    language: 'en',
    shape: 'map-label',
    code: `const FLAGS = new Map([[131050, 'blockedByUser']]);`,
    misnamed: [{ held: 131050, describes: 'recipient-unreachable' }],
    correct: 0,
  },
  {
    origin: 'written: undeliverable labelled as unsubscribed (fr)',
    language: 'fr',
    shape: 'if-assign',
    code: `if (code === 131026) statut = 'desinscrit';`,
    misnamed: [{ held: 131026, describes: 131050 }],
    correct: 0,
  },
  {
    origin: 'real: §4.8 "message too long" on 100, whose summary includes a value that is too long',
    language: 'en',
    shape: 'if-assign',
    code: `declare const err: any;
let hint = '';
if (err.response?.data?.error?.code === 100) hint = 'Message is too long';`,
    misnamed: [{ held: 100, describes: null }],
    correct: 0,
  },
  {
    origin: 'real: §4.11 "message too long" on 131009 (a too-long body is one kind of invalid value)',
    language: 'en',
    shape: 'record-key-label',
    code: `export const TEXT: Record<number, string> = { 131009: 'Message too long' };`,
    misnamed: [{ held: 131009, describes: null }],
    correct: 0,
  },
  {
    origin: "written: 131000's title used as a generic apology on the outage code",
    language: 'en',
    shape: 'case-return',
    code: `export function userText(code: number): string {
  switch (code) {
    case 131016:
      return 'Something went wrong, please try again';
  }
  return '';
}`,
    misnamed: [{ held: 131016, describes: 131000 }],
    correct: 0,
  },
  {
    origin: 'issue: vague "messaging not allowed" on the pair rate limit (true for a while, wrong as a ban)',
    language: 'en',
    shape: 'if-assign',
    code: `declare const code: number;
let errorMessage = '';
if (code === 131056) {
  errorMessage = 'Messaging not allowed for this number';
}`,
    misnamed: [{ held: 131056, describes: null }],
    correct: 0,
  },
  {
    origin: 'written: 131047 as "not a WhatsApp user" in a Block Users call (the catalog notes that use)',
    language: 'en',
    shape: 'case-return',
    code: `export function blockFailure(code: number): string {
  switch (code) {
    case 131047:
      return 'not a WhatsApp user';
  }
  return 'failed';
}`,
    misnamed: [{ held: 131047, describes: 131026 }],
    correct: 0,
  },
  {
    origin: "written: 130429's exact title on the app-wide Graph limit",
    language: 'en',
    shape: 'case-comment',
    code: `declare function later(): void;
export function onLimit(code: number) {
  switch (code) {
    case 4: // Rate limit hit
      later();
      break;
  }
}`,
    misnamed: [{ held: 4, describes: 130429 }],
    correct: 0,
  },
  {
    origin: 'written: "invalid token" on the missing-token code (104 also covers requests sent without a token)',
    language: 'en',
    shape: 'record-key-label',
    code: `export const AUTH_TEXT: Record<number, string> = { 104: 'Invalid access token' };`,
    misnamed: [{ held: 104, describes: 190 }],
    correct: 0,
  },
  {
    origin: "written: a class word on a sibling code (the user blocking us is 131026's cause, not an identity change)",
    language: 'en',
    shape: 'case-comment',
    code: `declare function later(): void;
export function onIdentity(code: number) {
  switch (code) {
    case 137000: // user blocked the bot
      later();
      break;
  }
}`,
    misnamed: [{ held: 137000, describes: 131026 }],
    correct: 0,
  },
];
