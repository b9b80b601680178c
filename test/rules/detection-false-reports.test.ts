/**
 * The false reports of issue 15, each kept as a valid case of the rule that made it, and each
 * program linted once more with every rule of the plugin (the `all` config, and
 * prefer-code-constant's opt-in `tables`) in the three modes, which must report nothing. Beside
 * each, an invalid case shows the rule still reports the same shape where it is a WhatsApp code.
 */
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../rules/index.js';
import exhaustiveCategorySwitch from '../../rules/exhaustive-category-switch.js';
import noDeprecatedCode from '../../rules/no-deprecated-code.js';
import noMisnamedCode from '../../rules/no-misnamed-code.js';
import noUnknownCode from '../../rules/no-unknown-code.js';
import preferCodeConstant from '../../rules/prefer-code-constant.js';
import { languageOptions, typedFixtureDir } from '../property/harness.js';
import { AllModesRuleTester, TypeScriptRuleTester } from './rule-tester.js';

const IMPORT = "import { WhatsAppErrorCode } from 'whatsapp-error-codes';\n";

/** Programs that hold no WhatsApp code any rule should report, in plain JavaScript (and so in TypeScript too). */
const FALSE_REPORTS = {
  // 613 is the generic Graph rate limit as much as the call-permission limit: in a messaging retry set it is offered the neutral constant, and no name or comment is wrong.
  messagingRetrySet613: `${IMPORT}// Retried with backoff: messaging rate limits.\nconst RETRYABLE = new Set([\n  WhatsAppErrorCode.ENDPOINT_RATE_LIMIT_EXCEEDED, // rate limit\n  WhatsAppErrorCode.RATE_LIMIT_HIT, // rate limit\n]);\nif (RETRYABLE.has(err.code)) retry();`,
  // 10 in a set shared by WhatsApp, Messenger and Instagram, commented as Messenger's.
  messengerTen: `${IMPORT}// Retried for WhatsApp, Messenger and Instagram alike.\nconst RETRYABLE = new Set([\n  WhatsAppErrorCode.RATE_LIMIT_HIT,\n  10, // Messenger: permission not granted yet\n]);\nif (RETRYABLE.has(err.code)) retry();`,
  // A strict code switch with catch-all handling right after it.
  switchThenReturn: `${IMPORT}function describe(code) {\n  switch (code) {\n    case WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED:\n      return 'window closed';\n    case WhatsAppErrorCode.MESSAGE_UNDELIVERABLE:\n      return 'undeliverable';\n  }\n  return describeHttpStatus(code);\n}`,
  switchThenThrow: `${IMPORT}function handle(err) {\n  switch (err.code) {\n    case WhatsAppErrorCode.RATE_LIMIT_HIT:\n      return retryLater(err);\n  }\n  throw err;\n}`,
  switchThenLookup: `${IMPORT}const MESSAGES = {};\nfunction label(code) {\n  switch (code) {\n    case WhatsAppErrorCode.RATE_LIMIT_HIT:\n      log('rate limited');\n      break;\n  }\n  log(MESSAGES[code] ?? 'Unknown error');\n}`,
  // HTTP statuses in a retry set beside a Cloud code.
  httpRetrySet: `${IMPORT}const RETRYABLE = new Set([408, 429, 500, 502, 503, WhatsAppErrorCode.RATE_LIMIT_HIT]);\nif (RETRYABLE.has(err.code)) retry();`,
  httpRetryList: `${IMPORT}const RETRYABLE_CODES = [408, 429, 500, WhatsAppErrorCode.RATE_LIMIT_HIT];`,
  // Other platforms' codes one digit from a WhatsApp code.
  otherPlatforms: "if (err.code === 80001) reconnectPage();\nif (err.code === 80006) throttleMessenger();\nif (err.code === 30007) flagCarrierFilter();",
  // In a file importing the kit: exit codes, WebSocket close codes, dialling codes.
  exitCode: `${IMPORT}child.on('exit', (code) => {\n  if (code !== 0) process.exitCode = code;\n});`,
  closeCodes: `${IMPORT}ws.on('close', (code) => {\n  if (code === 1000 || code === 1001 || code === 1006 || code === 1008) reconnect();\n});`,
  countryCodes: `${IMPORT}const SUPPORTED_COUNTRY_CODES = [1, 44, 55, 91, 234];\nif (!SUPPORTED_COUNTRY_CODES.includes(code)) reject();`,
  // Under requireCategoryCoverage, a child process's exit codes.
  exitCodeSwitch: `${IMPORT}child.on('exit', (code) => {\n  switch (code) {\n    case 0:\n      return resolve();\n    case 1:\n      return reject(new Error('failed'));\n    case 2:\n      return reject(new Error('usage'));\n  }\n});`,
  // Third round of real code. Graph's token subcodes (463, 467 under 190) in a file that names no WhatsApp: every Meta API sends them.
  graphTokenSubcodes: "function handle(err) {\n  if (err.code === 190) {\n    if (err.error_subcode === 463 || err.error_subcode === 467) return 'expired';\n  }\n  if (err.code === 4 || err.code === 10) return 'throttled';\n  return 'other';\n}",
  // One chain for WhatsApp, Instagram and Messenger: beside Messenger's 551, 10 may be Messenger's too.
  multiProductChain: `${IMPORT}function reasonOf(code) {\n  if (code === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED || code === 10 || code === 551) return 'window_closed';\n  return 'other';\n}`,
  // An ads client's business-use-case throttle codes: 80007 is one of the family, beside the Marketing API's own.
  adsThrottleCodes: 'const ADS_THROTTLE_CODES = new Set([4, 17, 32, 80000, 80003, 80004, 80007]);\nexport const shouldBackOff = (error) => ADS_THROTTLE_CODES.has(error.code);',
} as const;

/** TypeScript only: literal unions of small numbers. */
const TYPESCRIPT_FALSE_REPORTS = {
  smallUnion: `${IMPORT}function level(code: 1 | 2 | 3) {\n  if (code === 1) return 'low';\n  if (code === 2) return 'mid';\n  return 'high';\n}`,
  successUnion: `${IMPORT}type Success = 200 | 201 | 204;\nfunction ok(code: Success) {\n  switch (code) {\n    case 200:\n    case 201:\n      return true;\n    case 204:\n      return false;\n  }\n}`,
} as const;

const all = Object.values(FALSE_REPORTS);
const typescriptOnly = Object.values(TYPESCRIPT_FALSE_REPORTS);

new AllModesRuleTester().run('prefer-code-constant', preferCodeConstant, {
  valid: [
    FALSE_REPORTS.messengerTen,
    // …and with one, it is Messenger's.
    `${IMPORT}if (\n  err.code === WhatsAppErrorCode.RATE_LIMIT_HIT ||\n  err.code === 10 // Messenger: permission not granted yet\n) retry();`,
    `${IMPORT}// Instagram DM errors\nconst INSTAGRAM_RETRYABLE = new Set([10, WhatsAppErrorCode.RATE_LIMIT_HIT]);\nif (INSTAGRAM_RETRYABLE.has(err.code)) retry();`,
    FALSE_REPORTS.exitCode,
    FALSE_REPORTS.countryCodes,
    FALSE_REPORTS.exitCodeSwitch,
    FALSE_REPORTS.graphTokenSubcodes,
    FALSE_REPORTS.multiProductChain,
    FALSE_REPORTS.adsThrottleCodes,
  ],
  invalid: [
    {
      // Beside a code that is WhatsApp's alone, 80007 is the WhatsApp Business Account's rate limit.
      code: `${IMPORT}if (error.code === 80007 || error.code === 130429) backOff();`,
      output: `${IMPORT}if (error.code === WhatsAppErrorCode.RATE_LIMIT_ISSUES || error.code === WhatsAppErrorCode.RATE_LIMIT_HIT) backOff();`,
      errors: [
        { line: 2, column: 20, endLine: 2, endColumn: 25, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.RATE_LIMIT_ISSUES', value: 80007 } },
        { line: 2, column: 44, endLine: 2, endColumn: 50, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.RATE_LIMIT_HIT', value: 130429 } },
      ],
    },
    {
      // …and alone on a code side it is one too: nothing else sends 80007 there.
      code: `${IMPORT}if (err.code === 80007) waitAMinute();`,
      output: `${IMPORT}if (err.code === WhatsAppErrorCode.RATE_LIMIT_ISSUES) waitAMinute();`,
      errors: [{ line: 2, column: 18, endLine: 2, endColumn: 23, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.RATE_LIMIT_ISSUES', value: 80007 } }],
    },
    {
      // …where the same error's code is compared with WhatsApp codes, the subcode is WhatsApp's.
      code: `${IMPORT}function handle(err) {\n  if (err.code === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED) return 'window';\n  if (err.code === WhatsAppErrorCode.ACCESS_TOKEN_EXPIRED && err.error_subcode === 463) return 'expired';\n}`,
      output: `import { WhatsAppErrorCode, WhatsAppErrorSubcode } from 'whatsapp-error-codes';\nfunction handle(err) {\n  if (err.code === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED) return 'window';\n  if (err.code === WhatsAppErrorCode.ACCESS_TOKEN_EXPIRED && err.error_subcode === WhatsAppErrorSubcode.ACCESS_TOKEN_SESSION_EXPIRED) return 'expired';\n}`,
      errors: [{ line: 4, column: 84, endLine: 4, endColumn: 87, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorSubcode.ACCESS_TOKEN_SESSION_EXPIRED', value: 463 } }],
    },
    {
      // …and so is one read from a Graph error body in a file that calls the Graph API.
      code: "fetch('https://graph.facebook.com/v21.0/me/messages').catch((err) => {\n  if (err.response.data.error.error_subcode === 463) refreshToken();\n});",
      output:
        "import { WhatsAppErrorSubcode } from 'whatsapp-error-codes';\nfetch('https://graph.facebook.com/v21.0/me/messages').catch((err) => {\n  if (err.response.data.error.error_subcode === WhatsAppErrorSubcode.ACCESS_TOKEN_SESSION_EXPIRED) refreshToken();\n});",
      errors: [{ line: 2, column: 49, endLine: 2, endColumn: 52, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorSubcode.ACCESS_TOKEN_SESSION_EXPIRED', value: 463 } }],
    },
    {
      // The Graph API's own codes (17, the user request limit) are no other product's: 4 beside them is still the Graph limit WhatsApp names.
      code: `${IMPORT}if (err.code === WhatsAppErrorCode.RATE_LIMIT_HIT || err.code === 17 || err.code === 4) retry();`,
      output: `${IMPORT}if (err.code === WhatsAppErrorCode.RATE_LIMIT_HIT || err.code === 17 || err.code === WhatsAppErrorCode.API_TOO_MANY_CALLS) retry();`,
      errors: [{ line: 2, column: 86, endLine: 2, endColumn: 87, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.API_TOO_MANY_CALLS', value: 4 } }],
    },
    {
      // …and beside the Cloud API's own code, 10 is WhatsApp's.
      code: `${IMPORT}function reasonOf(code) {\n  if (code === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED || code === 10) return 'window_closed';\n}`,
      output: `${IMPORT}function reasonOf(code) {\n  if (code === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED || code === WhatsAppErrorCode.PERMISSION_DENIED) return 'window_closed';\n}`,
      errors: [{ line: 3, column: 77, endLine: 3, endColumn: 79, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.PERMISSION_DENIED', value: 10 } }],
    },
    {
      // The magic 613 beside a messaging rate limit gets the neutral constant, not the calling API's former name.
      code: `${IMPORT}if (err.code === WhatsAppErrorCode.RATE_LIMIT_HIT || err.code === 613) retry();`,
      output: `${IMPORT}if (err.code === WhatsAppErrorCode.RATE_LIMIT_HIT || err.code === WhatsAppErrorCode.ENDPOINT_RATE_LIMIT_EXCEEDED) retry();`,
      errors: [{ line: 2, column: 67, endLine: 2, endColumn: 70, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.ENDPOINT_RATE_LIMIT_EXCEEDED', value: 613 } }],
    },
    {
      // Without a comment that names Messenger, 10 beside a WhatsApp-only code is WhatsApp's PERMISSION_DENIED…
      code: `${IMPORT}if (\n  err.code === WhatsAppErrorCode.RATE_LIMIT_HIT ||\n  err.code === 10 // permission not granted yet\n) retry();`,
      output: `${IMPORT}if (\n  err.code === WhatsAppErrorCode.RATE_LIMIT_HIT ||\n  err.code === WhatsAppErrorCode.PERMISSION_DENIED // permission not granted yet\n) retry();`,
      errors: [{ line: 4, column: 16, endLine: 4, endColumn: 18, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.PERMISSION_DENIED', value: 10 } }],
    },
  ],
});

new AllModesRuleTester().run('no-misnamed-code', noMisnamedCode, {
  valid: [FALSE_REPORTS.messagingRetrySet613, `${IMPORT}const RETRYABLE = new Set([\n  613, // rate limit\n  130429, // rate limit\n]);\nif (RETRYABLE.has(err.code)) retry();`],
  invalid: [],
});

const retiredData = (value: number, replacement: number, replacementName: string) => ({ value, platform: 'retired On-Premises', replacement, replacementName });

new AllModesRuleTester().run('no-deprecated-code', noDeprecatedCode, {
  valid: [
    FALSE_REPORTS.httpRetrySet,
    FALSE_REPORTS.httpRetryList,
    FALSE_REPORTS.closeCodes,
    'if ([408, 429, 500, 130429].includes(err.code)) retry();',
    'switch (err.code) {\n  case 429:\n  case 500:\n  case 130429:\n    retry();\n}',
    'if (err.code === 429 || err.code === 500 || err.code === 130429) retry();',
  ],
  invalid: [
    {
      // Beside On-Premises codes that are no HTTP status, 429 is the On-Premises rate limit.
      code: 'const RETRYABLE = new Set([429, 471]);\nif (RETRYABLE.has(err.code)) retry();',
      errors: [
        {
          line: 1, column: 28, endLine: 1, endColumn: 31,
          messageId: 'retiredCode',
          data: retiredData(429, 130429, 'RATE_LIMIT_HIT'),
          suggestions: [{ messageId: 'replaceWithReplacement', data: retiredData(429, 130429, 'RATE_LIMIT_HIT'), output: 'const RETRYABLE = new Set([130429, 471]);\nif (RETRYABLE.has(err.code)) retry();' }],
        },
        {
          line: 1, column: 33, endLine: 1, endColumn: 36,
          messageId: 'retiredCode',
          data: retiredData(471, 131048, 'SPAM_RATE_LIMIT_HIT'),
          suggestions: [{ messageId: 'replaceWithReplacement', data: retiredData(471, 131048, 'SPAM_RATE_LIMIT_HIT'), output: 'const RETRYABLE = new Set([429, 131048]);\nif (RETRYABLE.has(err.code)) retry();' }],
        },
      ],
    },
  ],
});

new AllModesRuleTester().run('no-unknown-code', noUnknownCode, {
  valid: [
    FALSE_REPORTS.otherPlatforms,
    'if (err.code === 80001) {}',
    'if (err.code === 80006) {}',
    'if (err.code === 30007) {}',
    // Other products' codes in a WhatsApp code's company are still theirs.
    'if (err.code === 80002 || err.code === 131047) {}',
  ],
  invalid: [
    {
      // 80070 belongs to no product: one swap from 80007, so a typo.
      code: 'if (err.code === 80070) {}',
      errors: [
        {
          line: 1, column: 18, endLine: 1, endColumn: 23,
          messageId: 'unknownCode',
          data: { value: 80070, candidates: '80007 (RATE_LIMIT_ISSUES) or 80008 (WABA_TOO_MANY_CALLS)' },
          suggestions: [
            { messageId: 'replaceWithCode', data: { code: 80007, name: 'RATE_LIMIT_ISSUES' }, output: 'if (err.code === 80007) {}' },
            { messageId: 'replaceWithCode', data: { code: 80008, name: 'WABA_TOO_MANY_CALLS' }, output: 'if (err.code === 80008) {}' },
          ],
        },
      ],
    },
  ],
});

const coverage = [{ requireCategoryCoverage: true }] as const;

new AllModesRuleTester().run('exhaustive-category-switch', exhaustiveCategorySwitch, {
  valid: [
    { code: FALSE_REPORTS.switchThenReturn, options: coverage, name: 'a code switch followed by a return handles the rest' },
    { code: FALSE_REPORTS.switchThenThrow, options: coverage, name: 'a code switch followed by a throw handles the rest' },
    { code: FALSE_REPORTS.switchThenLookup, options: coverage, name: 'a code switch followed by a default-like lookup of the same value handles the rest' },
    { code: FALSE_REPORTS.exitCodeSwitch, options: coverage, name: "a child process's exit codes are no WhatsApp codes" },
    {
      code: 'function describe(code) {\n  if (code) {\n    switch (code) {\n      case 131047:\n        return "window closed";\n    }\n  }\n  return "other";\n}',
      options: coverage,
      name: 'the catch-all after the block that holds the switch counts',
    },
  ],
  invalid: [],
});

new TypeScriptRuleTester().run('prefer-code-constant', preferCodeConstant, { valid: typescriptOnly, invalid: [] });
new TypeScriptRuleTester().run('exhaustive-category-switch', exhaustiveCategorySwitch, {
  valid: typescriptOnly.map((code, index) => ({ code, name: `literal union ${index + 1} under requireCategoryCoverage`, options: coverage })),
  invalid: [],
});

// ── Every rule at once ──────────────────────────────────────────────────────────────────────

const linter = new Linter();
const everyRule: Linter.Config = {
  ...plugin.configs.all,
  rules: { ...plugin.configs.all.rules, 'whatsapp-errors/prefer-code-constant': ['error', { tables: true }] },
};

function lint(code: string, mode: 'js' | 'ts' | 'typed'): string[] {
  const dialect = mode === 'js' ? 'js' : 'ts';
  const config: Linter.Config[] = [{ files: ['**/*.js', '**/*.ts'], languageOptions: languageOptions(dialect, mode === 'typed') }, everyRule];
  return linter.verify(code, config, `${typedFixtureDir}/file.${dialect}`).map((message) => `${message.line}:${message.column} ${message.ruleId ?? 'parser'}: ${message.message}`);
}

describe('the false reports of issue 15 get no report from any rule', () => {
  for (const [name, code] of Object.entries(FALSE_REPORTS)) {
    for (const mode of ['js', 'ts', 'typed'] as const) it(`${name} (${mode})`, () => expect(lint(code, mode)).toEqual([]));
  }
  for (const [name, code] of Object.entries(TYPESCRIPT_FALSE_REPORTS)) {
    for (const mode of ['ts', 'typed'] as const) it(`${name} (${mode})`, () => expect(lint(code, mode)).toEqual([]));
  }
  it('covers every program', () => expect(all.length + typescriptOnly.length).toBe(17));
});
