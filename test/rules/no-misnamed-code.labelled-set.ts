/**
 * The labelled set behind no-misnamed-code's precision and recall.
 *
 * Misnamings: every wrong code in §4 of the ecosystem research (19 findings in public code),
 * rewritten in our own words and shapes, plus the examples of the rule's issue. Each names the
 * held code and the code its text describes, or `null` when the text describes no catalog code
 * (a real bug, but one the rule cannot name a replacement for, so a miss by design).
 *
 * Correct namings: every constant name, title, alias and keyword of our own catalog; the names
 * other SDKs give the same codes (pywa, whatsapp-business, Kapso); generic names; and handlers
 * written the way public code writes them, including the shapes most likely to fool the rule
 * (actions instead of descriptions, negations, comments that compare two codes, fall-through
 * groups with one comment).
 */
import { ERROR_CODE_ENTRIES } from '../../src/index.js';

export interface Misnaming {
  /** The code the text is attached to. */
  readonly held: number;
  /** The catalog code the text describes, or `null` when it describes none. */
  readonly describes: number | null;
}

export interface LabelledCase {
  /** Where the case comes from. */
  readonly origin: string;
  /** TypeScript source. */
  readonly code: string;
  /** The wrong namings in `code`; empty for a case of correct namings only. */
  readonly misnamed: readonly Misnaming[];
  /** How many correct namings `code` holds (1 if omitted and `misnamed` is empty, else 0). */
  readonly correct?: number;
}

type CaseInput = Omit<LabelledCase, 'misnamed'> & { readonly misnamed?: readonly Misnaming[] };

const wrong = (held: number, describes: number | null): Misnaming => ({ held, describes });

/** Wrong meanings found in public code (research §4), in our own words. */
const REFERENCE_FINDINGS: readonly CaseInput[] = [
  {
    origin: '§4.1 production bot: required-parameter error read as "the user blocked us"',
    code: "switch (errorCode) {\n  case 131008: // the user has blocked our bot\n    session.status = 'blocked';\n    break;\n}",
    misnamed: [wrong(131008, null)],
  },
  {
    origin: '§4.2 webhook status handler: experiment read as the rate limit',
    code: 'switch (status.errors[0].code) {\n  case 130472: // throttled by Meta, pause sending for a while\n    pauseQueue();\n    break;\n}',
    misnamed: [wrong(130472, 130429)],
  },
  {
    origin: '§4.3 error classifier: four codes in the wrong class',
    code: "const META_ERROR_KIND: Record<number, string> = {\n  130472: 'rate_limit',\n  131047: 'authentication',\n  131057: 'authentication',\n  131056: 'configuration',\n};",
    misnamed: [wrong(130472, 130429), wrong(131047, null), wrong(131057, null), wrong(131056, null)],
  },
  {
    origin: '§4.4 API error mapper (and a playbook with the same table)',
    code: "const ERROR_ACTIONS = new Map([\n  [131031, { label: 'Rate limited', action: 'queue' }],\n  [131047, { label: 'Undeliverable message', action: 'sms' }],\n  [130472, { label: 'Unknown user', action: 'drop' }],\n  [133016, { label: 'Service window has expired', action: 'template' }],\n]);",
    misnamed: [wrong(131031, 130429), wrong(131047, 131026), wrong(130472, null), wrong(133016, 131047)],
  },
  {
    origin: '§4.5 error handler logs the re-engagement error as a rate limit',
    code: "switch (error.code) {\n  case 131047:\n    console.warn('Hit the rate limit, slowing down');\n    break;\n}",
    misnamed: [wrong(131047, 130429)],
  },
  {
    origin: '§4.6 reasons table with two codes swapped and a lock read as a block',
    code: "const REASONS: Record<number, string> = {\n  131047: 'Not a WhatsApp number, or the number is badly formatted',\n  131026: 'The 24-hour window has expired',\n  131031: 'Number blocked',\n};",
    misnamed: [wrong(131047, 131026), wrong(131026, 131047), wrong(131031, null)],
  },
  {
    origin: '§4.7 script: re-engagement read as "not on WhatsApp", undeliverable as the allow list',
    code: "const EXPLAIN: Record<number, string> = {\n  131047: 'This number is not registered on WhatsApp',\n  131026: 'Recipient is not in the allowed list',\n};",
    misnamed: [wrong(131047, 131026), wrong(131026, 131030)],
  },
  {
    origin: '§4.8 hints assigned per code: bad phone format, message too long',
    code: "let hint = '';\nif (errorCode === 131047) hint = 'Invalid phone number format';\nelse if (errorCode === 100) hint = 'Message is too long';",
    misnamed: [wrong(131047, null), wrong(100, null)],
  },
  {
    origin: '§4.9 webhook: spam rate limit read as the user blocking us',
    code: 'if (err.code === 131048) { // the user blocked our number\n  markBlocked(contact);\n}',
    misnamed: [wrong(131048, null)],
  },
  {
    origin: '§4.10 re-engagement treated as a rate limit on a 24-hour messaging limit',
    code: 'switch (code) {\n  case 131047: // rate limited by the 24-hour messaging limit\n    retryLater();\n}',
    misnamed: [wrong(131047, 130429)],
  },
  {
    origin: '§4.11 NestJS error table: five wrong labels',
    code: "export const WHATSAPP_ERRORS: Record<number, string> = {\n  131009: 'Message is too long',\n  131021: 'Template parameters do not match',\n  131026: 'Template does not exist',\n  131051: 'Message expired',\n  131052: 'Too many messages sent',\n};",
    // "Too many messages" fits the throughput, spam and pair limits alike: it names no one code.
    misnamed: [wrong(131009, null), wrong(131021, null), wrong(131026, 132001), wrong(131051, null), wrong(131052, null)],
  },
  {
    origin: '§4.12 known-errors table: registration codes used for window and limits',
    code: "const META_KNOWN_ERROR_CODES: Record<number, string> = {\n  133000: 'Rate limit reached',\n  133004: 'Outside the 24h window: send a template',\n  133005: 'Daily quota reached',\n  132007: 'Wrong parameter count',\n};",
    misnamed: [wrong(133000, 130429), wrong(133004, 131047), wrong(133005, null), wrong(132007, 132000)],
  },
  {
    origin: '§4.13 an enum of codes whose template members point into the registration range',
    code: [
      'export enum MetaError {',
      '  RECIPIENT_CANNOT_BE_SENDER = 131031,',
      '  TEMPLATE_DOES_NOT_EXIST = 133015,',
      '  TEMPLATE_PAUSED = 133016,',
      '  TEMPLATE_DISABLED = 133017,',
      '  TEMPLATE_PARAM_FORMAT_MISMATCH = 132001,',
      '  PHONE_NUMBER_NOT_REGISTERED = 131016,',
      '  PHONE_NUMBER_NOT_WHATSAPP = 131031,',
      '  INVALID_PHONE_NUMBER = 131009,',
      '  ACCESS_DENIED = 100,',
      '  INVALID_PARAMETER = 100,',
      '  MESSAGE_EXPIRED = 131051,',
      '  MEDIA_UPLOAD_ERROR = 133004,',
      '  TEMPLATE_HYDRATED_TEXT_TOO_LONG = 132068,',
      '  TEMPORARILY_BLOCKED = 131042,',
      '}',
    ].join('\n'),
    misnamed: [
      wrong(131031, 131021),
      wrong(133015, 132001),
      wrong(133016, 132015),
      wrong(132001, 132012),
      wrong(131016, 133010),
      wrong(131031, 131026),
      wrong(100, 131005),
      wrong(131051, null),
      wrong(133004, 131053),
      wrong(132068, 132005),
      wrong(131042, 368),
    ],
    // TEMPLATE_DISABLED (133017 is no catalog code), INVALID_PHONE_NUMBER (a bad `to` is a parameter value that is not valid) and INVALID_PARAMETER.
    correct: 3,
  },
  {
    origin: '§4.14 retry lists: rate limits listed as permanent, a permission error as temporary',
    code: 'const PERMANENT_ERRORS = [4, 80007, 131026];\nconst TEMPORARY_ERRORS = [10, 130429];\nif (PERMANENT_ERRORS.includes(err.code)) drop();',
    misnamed: [wrong(4, null), wrong(80007, null), wrong(10, null)],
    correct: 2,
  },
  {
    origin: '§4.15 per-line comments in a list of codes',
    code: 'const NEEDS_REVIEW_CODES = [\n  132_005, // the template text was edited and needs approval again\n  132_007, // format mismatch in a parameter\n];',
    misnamed: [wrong(132005, null), wrong(132007, 132012)],
  },
  {
    origin: '§4.16 a rate-limit list that includes the re-engagement error',
    code: '// rate limits and other temporary failures\nconst RETRY_ON = [429, 131_047, 130_429];\nif (RETRY_ON.includes(err.code)) retry();',
    misnamed: [wrong(131047, 130429)],
    correct: 1,
  },
  {
    origin: '§4.17 codes used to mark numbers invalid',
    code: "const INVALID_NUMBER_REASON: Record<number, string> = {\n  131047: 'blocked',\n  131048: 'out of service',\n  131049: 'restricted',\n  131051: 'unverified',\n};",
    misnamed: [wrong(131047, null), wrong(131048, null), wrong(131049, null), wrong(131051, null)],
  },
  {
    origin: '§4.18 undeliverable and experiment answered as a closed window',
    code: 'if (code === 131026 || code === 130472) { // 24h window closed, fall back to a template\n  sendTemplate();\n}',
    misnamed: [wrong(131026, 131047), wrong(130472, 131047)],
  },
  {
    origin: '§4.18 undeliverable read as "never opted in"',
    code: 'switch (code) {\n  case 131026: // contact never opted in\n    unsubscribe(contact);\n}',
    misnamed: [wrong(131026, null)],
  },
  {
    origin: '§4.19 an SDK title table labels 131021 "Bad User"',
    // The research counts it as a mislabel, but "Bad User" is 131021's own 2022 title (an alias in our catalog): correct.
    code: "const ERROR_CODES = { 131021: 'Bad User', 131047: 'Re-engagement message' } as const;",
    correct: 2,
  },
];

/** The examples of the issue that asked for the rule. */
const ISSUE_EXAMPLES: readonly CaseInput[] = [
  { origin: 'issue: const', code: 'const RATE_LIMIT = 130472;', misnamed: [wrong(130472, 130429)] },
  { origin: 'issue: enum member', code: 'enum E { TemplatePaused = 133016 }', misnamed: [wrong(133016, 132015)] },
  { origin: 'issue: object property', code: 'const retryable = { rateLimited: 130472 };', misnamed: [wrong(130472, 130429)] },
  { origin: 'issue: comment on a case', code: 'switch (err.code) {\n  case 130472: // rate limit, back off\n    backOff();\n}', misnamed: [wrong(130472, 130429)] },
  { origin: 'issue: label in a map', code: "const LABELS = { 131047: 'Message undeliverable' };", misnamed: [wrong(131047, 131026)] },
  { origin: 'issue: label in a pair', code: "const REASONS = new Map([[131026, '24h window closed']]);", misnamed: [wrong(131026, 131047)] },
  { origin: 'issue: account locked retried as a rate limit', code: 'switch (err.code) {\n  // rate limit: retry later\n  case 131031:\n    retryLater();\n}', misnamed: [wrong(131031, 130429)] },
  { origin: 'issue: required parameter read as a block', code: 'const USER_BLOCKED_US = 131008;', misnamed: [wrong(131008, null)] },
  { origin: 'issue: the template code in the registration range', code: 'export class Codes {\n  static readonly TEMPLATE_PAUSED = 133016;\n}', misnamed: [wrong(133016, 132015)] },
];

const catalogEntries = ERROR_CODE_ENTRIES;
const quote = (text: string): string => JSON.stringify(text);

/** Every name, title, alias and keyword of the catalog, each attached to its own code. */
const CATALOG: readonly CaseInput[] = [
  {
    origin: 'catalog: every constant name as an enum member',
    code: `enum Catalog {\n${catalogEntries.map((entry) => `  ${entry.name} = ${entry.code},`).join('\n')}\n}`,
    misnamed: [],
    correct: catalogEntries.length,
  },
  {
    origin: 'catalog: every constant name as a const',
    code: catalogEntries.map((entry) => `const ${entry.name} = ${entry.code};`).join('\n'),
    misnamed: [],
    correct: catalogEntries.length,
  },
  {
    origin: 'catalog: every title as a label',
    code: `const TITLES = {\n${catalogEntries.map((entry) => `  ${entry.code}: ${quote(entry.title)},`).join('\n')}\n};`,
    misnamed: [],
    correct: catalogEntries.length,
  },
  {
    origin: 'catalog: every alias as a label in a pair',
    code: `const ALIASES = new Map([\n${catalogEntries.flatMap((entry) => entry.aliases.map((alias) => `  [${entry.code}, ${quote(alias)}],`)).join('\n')}\n]);`,
    misnamed: [],
    correct: catalogEntries.reduce((sum, entry) => sum + entry.aliases.length, 0),
  },
  {
    origin: 'catalog: every keyword as a comment on a case',
    code: `switch (err.code) {\n${catalogEntries.flatMap((entry) => entry.keywords.en.map((keyword) => `  case ${entry.code}: // ${keyword}\n    break;`)).join('\n')}\n}`,
    misnamed: [],
    correct: catalogEntries.reduce((sum, entry) => sum + entry.keywords.en.length, 0),
  },
];

/** pywa's error classes (Python), and names from the research's canonical table. */
const PYWA_NAMES: readonly [string, number][] = [
  ['AuthException', 0],
  ['APIMethod', 3],
  ['PermissionDenied', 10],
  ['ExpiredAccessToken', 190],
  ['APIPermission', 200],
  ['ToManyAPICalls', 4],
  ['RateLimitIssues', 80007],
  ['RateLimitHit', 130429],
  ['SpamRateLimitHit', 131048],
  ['TooManyMessages', 131056],
  ['TemporarilyBlocked', 368],
  ['AccountLocked', 131031],
  ['MessageUndeliverable', 131026],
  ['ReEngagementMessage', 131047],
  ['UnsupportedMessageType', 131051],
  ['MediaDownloadError', 131052],
  ['MediaUploadError', 131053],
  ['RecipientNotInAllowedList', 131030],
  ['InvalidParameter', 131009],
  ['MissingRequiredParameter', 131008],
  ['TemplateParamCountMismatch', 132000],
  ['TemplateNotExists', 132001],
  ['TemplateTextTooLong', 132005],
  ['TemplateContentPolicyViolation', 132007],
  ['TemplateParamFormatMismatch', 132012],
  ['TemplatePaused', 132015],
  ['TemplateDisabled', 132016],
  ['FlowBlocked', 132068],
  ['FlowThrottled', 132069],
  ['GenericError', 135000],
  ['UnknownError', 131000],
  ['AccessDenied', 131005],
  ['ServiceUnavailable', 131016],
  ['RecipientCannotBeSender', 131021],
  ['BusinessPaymentIssue', 131042],
  ['IncorrectCertificate', 131045],
  ['AccountInMaintenanceMode', 131057],
  ['FlowBlockedByIntegrity', 139000],
  ['FlowUpdatingError', 139001],
  ['FlowPublishingError', 139002],
  ['FlowDeprecatingError', 139003],
  ['FlowDeletingError', 139004],
  ['UserIsInExperimentGroup', 130472],
  ['MessageUndeliverableDueToHealthyEcosystemEngagement', 131049],
  ['UserStoppedMarketingMessages', 131050],
];

const CANONICAL_NAMES: readonly [string, number][] = [
  ['RE_ENGAGEMENT_MESSAGE', 131047],
  ['MESSAGE_UNDELIVERABLE', 131026],
  ['RATE_LIMIT_HIT', 130429],
  ['PAIR_RATE_LIMIT_HIT', 131056],
  ['SPAM_RATE_LIMIT_HIT', 131048],
  ['USER_IN_EXPERIMENT', 130472],
  ['HEALTHY_ECOSYSTEM_ENGAGEMENT', 131049],
  ['USER_STOPPED_MARKETING', 131050],
];

/** whatsapp-business's title table (codes our catalog knows). */
const WHATSAPP_BUSINESS_TITLES: readonly [number, string][] = [
  [0, 'AuthException'],
  [1, 'API Unknown'],
  [2, 'API Service'],
  [3, 'API Method'],
  [4, 'API Too Many Calls'],
  [10, 'API Permission Denied'],
  [100, 'ParameterInvalid'],
  [190, 'Access token has expired'],
  [200, 'API Permission'],
  [299, 'API Permission'],
  [368, 'Temporarily blocked for policies violations'],
  [80007, 'Rate limit issues'],
  [131052, 'Media download error'],
  [131042, 'Business eligibility — Payment issue'],
  [130429, 'Rate limit hit'],
  [131045, 'Unsigned certificate'],
  [131016, 'Service Overloaded'],
  [131047, 'Re-engagement message'],
  [131048, 'Spam Rate limit hit'],
  [131000, 'Generic Error'],
  [131051, 'Unsupported message type'],
  [131005, 'Access denied'],
  [131008, 'Required parameter is missing'],
  [131009, 'Parameter value is not valid'],
  [131021, 'Bad User'],
  [132000, 'Template Param Count Mismatch'],
  [132001, 'Template does not exist'],
  [132005, 'Template Hydrated Text Too Long'],
  [132007, 'Template Format Character Policy Violated'],
  [132012, 'Template Parameter Format Mismatch'],
  [133000, 'Incomplete Delete'],
  [133004, 'Server Temporarily Unavailable'],
  [133005, 'Security PIN Mismatch'],
  [133006, 'Recovery Token Incorrect'],
  [133008, 'Too Many PIN Guesses'],
  [133009, 'PIN Guessed Too Fast'],
];

/** Kapso's code → category map (the two entries the research flags as miscategorised left out). */
const KAPSO_CATEGORIES: readonly [number, string][] = [
  [0, 'authorization'],
  [190, 'authorization'],
  [3, 'permission'],
  [10, 'permission'],
  [200, 'permission'],
  [4, 'throttling'],
  [80007, 'throttling'],
  [130429, 'throttling'],
  [131048, 'throttling'],
  [131056, 'throttling'],
  [33, 'parameter'],
  [100, 'parameter'],
  [131008, 'parameter'],
  [131009, 'parameter'],
  [131021, 'parameter'],
  [131051, 'media'],
  [131052, 'media'],
  [131053, 'media'],
  [131000, 'server'],
  [131016, 'server'],
  [131057, 'server'],
  [133004, 'server'],
  [368, 'integrity'],
  [130497, 'integrity'],
  [131031, 'integrity'],
  [131047, 'reengagementWindow'],
  [131037, 'wabaConfig'],
  [131042, 'businessEligibility'],
  [131045, 'phoneRegistration'],
  [133000, 'phoneRegistration'],
  [133006, 'phoneRegistration'],
  [133008, 'phoneRegistration'],
  [133009, 'phoneRegistration'],
  [133010, 'phoneRegistration'],
  [133015, 'phoneRegistration'],
  [133016, 'phoneRegistration'],
  [132000, 'template'],
  [132001, 'template'],
  [132005, 'template'],
  [132007, 'template'],
  [132012, 'template'],
  [132015, 'template'],
  [132016, 'template'],
  [132068, 'flow'],
  [132069, 'flow'],
  [134011, 'businessEligibility'],
  [135000, 'parameter'],
  [2593107, 'synchronization'],
  [2593108, 'synchronization'],
];

const OTHER_SDKS: readonly CaseInput[] = [
  {
    origin: "pywa's class names and the research's canonical names as enum members",
    code: `enum OtherSdkNames {\n${[...PYWA_NAMES, ...CANONICAL_NAMES].map(([name, code]) => `  ${name} = ${code},`).join('\n')}\n}`,
    misnamed: [],
    correct: PYWA_NAMES.length + CANONICAL_NAMES.length,
  },
  {
    origin: "whatsapp-business's title table",
    code: `const ERROR_CODES = {\n${WHATSAPP_BUSINESS_TITLES.map(([code, title]) => `  ${code}: ${quote(title)},`).join('\n')}\n} as const;`,
    misnamed: [],
    correct: WHATSAPP_BUSINESS_TITLES.length,
  },
  {
    origin: "Kapso's category map",
    code: `const codeCategoryMap = new Map<number, string>([\n${KAPSO_CATEGORIES.map(([code, category]) => `  [${code}, ${quote(category)}],`).join('\n')}\n]);`,
    misnamed: [],
    correct: KAPSO_CATEGORIES.length,
  },
];

/** Names that say nothing about the meaning. */
const GENERIC_NAMES = ['ERR', 'CODE', 'FAILED', 'retry', 'ERROR_CODE', 'META_ERROR', 'WA_ERROR', 'FATAL', 'PERMANENT', 'TEMPORARY', 'RETRYABLE', 'DO_NOT_RETRY', 'UNKNOWN', 'DEFAULT', 'FALLBACK', 'SEND_FAILED', 'DELIVERY_FAILED', 'WEBHOOK_ERROR', 'GRAPH_ERROR', 'firstError', 'lastCode', 'expected', 'actual', 'code', 'errorCode'];

const GENERIC: readonly CaseInput[] = [
  {
    origin: 'generic names as consts',
    code: GENERIC_NAMES.map((name, index) => `const ${name} = ${[131000, 131047, 131026, 130429, 130472][index % 5]};`).join('\n'),
    misnamed: [],
    correct: GENERIC_NAMES.length,
  },
  {
    origin: 'generic names as object properties',
    code: `const fixture = {\n${GENERIC_NAMES.map((name, index) => `  ${name}: ${[131031, 131008, 133016, 131049, 132015][index % 5]},`).join('\n')}\n};`,
    misnamed: [],
    correct: GENERIC_NAMES.length,
  },
];

/** Correct handlers written the way public code writes them, including the shapes most likely to fool the rule. */
const HANDLERS: readonly CaseInput[] = [
  { origin: 'research §3.21: named constant with separators', code: 'const OUTSIDE_WINDOW = 131_047;' },
  { origin: 'research §3.12: window-closed tag', code: "const PERMANENT = { PROVIDER_WINDOW_CLOSED: 131047, PROVIDER_UNREACHABLE: 131026 };", correct: 2 },
  { origin: 'research §3.14: getter name', code: 'const outsideServiceWindow = 131047;' },
  { origin: 'research §3.13: Next.js route flag', code: 'const requiresTemplate = { code: 131047, status: 409 };' },
  { origin: 'fall-through group with one comment', code: 'switch (err.code) {\n  case 4:\n  case 80007:\n  case 130429:\n  case 131048:\n  case 131056: // rate limits: back off\n    backOff();\n}', correct: 5 },
  { origin: 'comment above a group describes its last member', code: 'switch (err.code) {\n  case 131026:\n  // 24h window closed or number unreachable\n  case 131047:\n    sendTemplate();\n}', correct: 2 },
  { origin: 'one comment for two codes on a line', code: 'switch (err.code) {\n  case 131047: case 131026: // window closed, or not on WhatsApp\n    fallBackToSms();\n}', correct: 2 },
  { origin: 'two codes compared on one line', code: 'if (code === 131047 || code === 131026) { // re-engagement window or undeliverable\n  useTemplate();\n}', correct: 2 },
  { origin: 'an action, not a description (research §5: block the user on 131056)', code: 'switch (err.code) {\n  case 131056: // block the user for a day\n    blockUser(contact);\n}' },
  { origin: 'an action: unsubscribe the contact', code: 'switch (err.code) {\n  case 131026: // unsubscribe the contact and stop marketing to them\n    unsubscribe(contact);\n}' },
  { origin: 'the user may have blocked us: 131026 in practice', code: 'if (err.code === 131026) { // user blocked us or is not on WhatsApp\n  markUnreachable(contact);\n}' },
  { origin: 'negation', code: 'switch (err.code) {\n  case 130472: // not a rate limit: a Meta marketing experiment\n    skip();\n}' },
  { origin: 'negation in a name', code: 'const NOT_RATE_LIMITED = 130472;' },
  { origin: 'a comparison, not a description', code: 'switch (err.code) {\n  case 131049: // treat it like a rate limit: retry after 24h\n    later();\n}' },
  { origin: 'a way of handling, not a description', code: 'switch (err.code) {\n  case 131049: // handled as a rate limit\n    later();\n}' },
  { origin: 'a comment that compares two codes', code: 'switch (err.code) {\n  case 131026: // unlike 131047 (24h window), resending never helps\n    drop();\n}' },
  { origin: 'throughput', code: 'switch (err.code) {\n  case 130429: // throughput exceeded, back off and retry\n    backOff();\n}' },
  { origin: 'spam', code: 'switch (err.code) {\n  case 131048: // spam rate limit: pause the campaign\n    pause();\n}' },
  { origin: 'experiment', code: 'switch (err.code) {\n  case 130472: // marketing experiment holdout, do not resend\n    skip();\n}' },
  { origin: 'healthy ecosystem', code: 'if (err.code === 131049) { // Meta withheld it for ecosystem health: wait 24h before trying again\n  later();\n}' },
  { origin: 'opt-out', code: 'switch (err.code) {\n  case 131050: // user opted out of marketing\n    stopMarketing(contact);\n}' },
  { origin: 're-engagement', code: 'switch (err.code) {\n  case 131047: // outside the 24h customer service window: needs a template\n    sendTemplate();\n}' },
  { origin: 'undeliverable', code: 'switch (err.code) {\n  case 131026: // undeliverable: the number may not use WhatsApp\n    drop();\n}' },
  { origin: 'pair rate limit', code: 'switch (err.code) {\n  case 131056: // too many messages to the same user, wait a bit\n    later();\n}' },
  { origin: 'media', code: 'switch (err.code) {\n  case 131053: // media upload failed, check the file type\n  case 131052: // could not download the media the user sent\n    askAgain();\n}', correct: 2 },
  { origin: 'media again', code: 'switch (err.code) {\n  case 131052: // ask the user to upload the media again\n    askAgain();\n}' },
  { origin: 'templates', code: 'switch (err.code) {\n  case 132000: // wrong number of template variables\n  case 132001: // template missing or not approved in this language\n  case 132015: // template paused for low quality\n  case 132016: // template disabled for good\n    alertTeam();\n}', correct: 4 },
  { origin: 'auth', code: 'switch (err.code) {\n  case 190: // access token expired, refresh it\n  case 0: // auth exception\n    refreshToken();\n}', correct: 2 },
  { origin: 'policy', code: 'switch (err.code) {\n  case 368: // temporarily blocked for policy violations\n  case 131031: // account locked, contact Meta support\n    page();\n}', correct: 2 },
  { origin: 'billing', code: 'if (err.code === 131042) { // billing problem on the WABA\n  notifyFinance();\n}' },
  { origin: 'registration', code: 'switch (err.code) {\n  case 133010: // phone number not registered yet\n  case 133016: // too many register/deregister attempts, wait\n    later();\n}', correct: 2 },
  { origin: 'kit constants with comments', code: "import { WhatsAppErrorCode } from 'whatsapp-error-codes';\nswitch (err.code) {\n  case WhatsAppErrorCode.RATE_LIMIT_HIT: // rate limit\n  case WhatsAppErrorCode.MARKETING_MESSAGE_EXPERIMENT: // experiment group\n    break;\n}", correct: 2 },
  { origin: 'a retry map with per-line comments', code: 'const RETRY = {\n  130429: true, // rate limit\n  131056: true, // pair rate limit\n  130472: false, // experiment: never retry\n  131047: false, // window closed\n};', correct: 4 },
  { origin: 'an identifier, not a code', code: 'const BLOCKED_USER_ID = 131000;' },
  { origin: 'a duration, not a code', code: 'const SESSION_WINDOW_MS = 133000;' },
  { origin: 'HTTP statuses, not codes', code: "const STATUS_TEXT = { 100: 'Continue', 101: 'Switching Protocols', 200: 'OK', 429: 'Too Many Requests' };", correct: 4 },
  { origin: 'a page size beside the kit', code: "import { WhatsAppErrorCode } from 'whatsapp-error-codes';\nconst MAX_CHARACTER_LIMIT = 100;\nconst code = WhatsAppErrorCode.RATE_LIMIT_HIT;" },
  { origin: 'a label that repeats the code title', code: "const LABELS = new Map([[131026, 'Message undeliverable'], [131047, 'Re-engagement message required'], [130429, 'Rate limit hit']]);", correct: 3 },
  { origin: 'user-facing messages', code: "const USER_MESSAGES: Record<number, string> = {\n  131047: 'We can only reply within 24 hours of your last message.',\n  131026: 'We could not deliver your message.',\n  130429: 'We are sending too fast, please wait.',\n};", correct: 3 },
  { origin: 'a status object with a message', code: "const E = { 131047: { message: 'Send a template first', retry: false }, 131056: { message: 'Wait before writing to this user again', retry: true } };", correct: 2 },
  { origin: 'comment is a directive', code: 'if (err.code === 130472) { // eslint-disable-line no-console\n  console.log(err);\n}' },
  { origin: 'a link in a comment', code: 'switch (err.code) {\n  case 130472: // see https://example.com/docs#rate-limit-vs-experiment\n    skip();\n}' },
  { origin: 'a TODO', code: 'switch (err.code) {\n  case 131000: // TODO: retry with backoff\n    retry();\n}' },
  { origin: 'experiment labelled in the kit way', code: 'enum Codes { USER_IN_EXPERIMENT_GROUP = 130472, THROUGHPUT_EXCEEDED = 130429, OUTSIDE_24H_WINDOW = 131047, NOT_ON_WHATSAPP = 131026, LOCKED = 131031 }', correct: 5 },
  { origin: 'Spanish comments', code: 'switch (codigo) {\n  case 131047: // ventana de 24 horas cerrada\n    plantilla();\n}' },
  { origin: 'permission family', code: 'enum Graph { PERMISSION_DENIED = 10, API_PERMISSION = 200, ACCESS_DENIED = 131005, NO_CALL_PERMISSION = 138006 }', correct: 4 },
  { origin: 'calling family', code: 'enum Calls { CALL_RATE_LIMIT = 138005, CONCURRENT_CALLS = 138002, UNCALLABLE = 138001, CALLING_DISABLED = 138014 }', correct: 4 },
  { origin: 'group family', code: 'enum Groups { GROUP_FULL = 131204, GROUP_RATE_LIMIT = 131208, GROUP_NOT_FOUND = 131041, NOT_A_MEMBER = 131212 }', correct: 4 },
];

/**
 * Fair names for a code that share a phrase with another code's keywords: each was found while
 * reviewing the catalog's keywords, and the keyword was made more specific so it passes.
 */
const KEYWORD_REVIEW: readonly CaseInput[] = [
  { origin: '613 is also the generic Graph API rate limit', code: 'switch (err.code) {\n  case 613: // rate limit\n    backOff();\n}' },
  { origin: 'an expired token usually arrives as 0', code: 'enum Auth { TOKEN_EXPIRED_OR_INVALIDATED = 0, ACCESS_TOKEN_EXPIRED = 190, RATE = 130429 }', correct: 3 },
  { origin: 'too many calls on the Calling API', code: 'const TOO_MANY_CALLS = 138005;' },
  { origin: 'a locked account is a policy violation', code: 'const POLICY_VIOLATION = 131031;' },
  { origin: 'a field over its character limit is text that is too long', code: 'const TEXT_TOO_LONG = 2388040;' },
  { origin: 'calling not enabled is calling disabled', code: 'const CALLING_DISABLED = 138000;' },
  { origin: 'service unavailable is downtime', code: "const OUTAGES = { 131016: 'Downtime at Meta', 133004: 'Downtime, retry later' };", correct: 2 },
  { origin: 'maintenance mode during a throughput upgrade', code: 'const THROUGHPUT_UPGRADE = 131057;' },
  { origin: 'calling payment is billing', code: 'const CALL_BILLING_ERROR = 131044;' },
  { origin: 'a throughput limit is too many messages', code: "const LABELS = { 130429: 'Too many messages, slow down' };" },
  { origin: 'a missing capability is a permission problem', code: 'enum Perm { CAPABILITY = 10, OTHER = 131005 }', correct: 2 },
];

export const LABELLED_SET: readonly LabelledCase[] = [...REFERENCE_FINDINGS, ...ISSUE_EXAMPLES, ...CATALOG, ...OTHER_SDKS, ...GENERIC, ...HANDLERS, ...KEYWORD_REVIEW].map((labelled) => ({
  ...labelled,
  misnamed: labelled.misnamed ?? [],
}));
