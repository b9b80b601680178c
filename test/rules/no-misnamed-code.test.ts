import { describe } from 'vitest';
import rule from '../../rules/no-misnamed-code.js';
import { describeErrorCode, MEANING_CLASSES } from '../../src/index.js';
import { AllModesRuleTester, TypeScriptRuleTester } from './rule-tester.js';

const IMPORT = "import { WhatsAppErrorCode } from 'whatsapp-error-codes';\n";

type Source = 'name' | 'comment' | 'label' | 'code handling it';

/**
 * A misnamed code: `template` with `@` where the code is written. The report's data, and the
 * suggestion that writes `replacement` (the described code in the same form) in its place.
 */
function misnamed(template: string, written: string, held: number, source: Source, phrase: string, described: number, replacement = String(described)) {
  const data = dataFor(held, source, phrase, described);
  return {
    code: template.replace('@', written),
    errors: [
      {
        messageId: 'misnamedCode' as const,
        data,
        suggestions: [{ messageId: 'replaceWithDescribed' as const, data: { replacement, describedName: data.describedName }, output: template.replace('@', replacement) }],
      },
    ],
  };
}

/** The report's data: the held code's name and title from the catalog, the described code's name. */
function dataFor(held: number, source: Source, phrase: string, described: number) {
  return {
    value: held,
    name: describeErrorCode(held)!.name,
    title: describeErrorCode(held)!.title,
    source,
    phrase,
    describedCode: described,
    describedName: describeErrorCode(described)!.name,
  };
}

/**
 * A code given a text of another class of failure: `template` with `@` where the code is written.
 * The suggestions are the class's codes from the catalog (its `suggest`), in the held code's form.
 */
function misclassed(template: string, written: string, held: number, source: Source, phrase: string, classId: string, form: (code: number) => string = String) {
  const proposed = MEANING_CLASSES.find((meaningClass) => meaningClass.id === classId)!.suggest!.filter((code) => code !== held);
  const data = {
    value: held,
    name: describeErrorCode(held)!.name,
    title: describeErrorCode(held)!.title,
    source,
    phrase,
    classId,
    proposed: proposed.map((code) => `${code} ${describeErrorCode(code)!.name}`).join(' or '),
  };
  return {
    code: template.replace('@', written),
    errors: [
      {
        messageId: 'misnamedClass' as const,
        data,
        suggestions: proposed.map((code) => ({
          messageId: 'replaceWithDescribed' as const,
          data: { replacement: form(code), describedName: describeErrorCode(code)!.name },
          output: template.replace('@', form(code)),
        })),
      },
    ],
  };
}

new AllModesRuleTester().run('no-misnamed-code', rule, {
  valid: [
    // The product's name inside its own code's phrase changes nothing.
    'function texto(code) {\n  switch (code) {\n    case 132001: return "Plantilla de WhatsApp no encontrada";\n  }\n}',
    // Names that say what the code is, in our words or another SDK's.
    'const RATE_LIMIT_HIT = 130429;',
    'const OUTSIDE_WINDOW = 131_047;',
    'const retryable = { tooManyMessages: 131056, spamRateLimitHit: 131048, throughputExceeded: 130429 };',
    'class Codes { static ReEngagementMessage = 131047; static UserIsInExperimentGroup = 130472; }',
    // A name for the family passes: a pair rate limit is a rate limit.
    'const RATE_LIMIT = 131056;',
    // Generic names say nothing to contradict.
    'const ERR = 131000; const CODE = 131047; const FAILED = 131026; const retry = 130429;',
    // Small codes are everyday numbers: not on their own, nor in a table without a WhatsApp code.
    'const ACCESS_DENIED = 100;',
    "const STATUS_TEXT = { 100: 'Continue', 101: 'Switching Protocols', 200: 'OK' };",
    'const LIMITS = { MAX_CHARACTER_LIMIT: 100, TIMEOUT: 613 };',
    // A quantity or an identifier, not a code.
    'const BLOCKED_USER_ID = 131000;',
    'const SESSION_WINDOW_MS = 133000;',
    // A negation, a comparison, or another code named in the comment: not a label for this code.
    'switch (err.code) {\n  case 130472: // not a rate limit: a Meta marketing experiment\n    skip();\n}',
    'switch (err.code) {\n  case 131049: // treat it like a rate limit\n    later();\n}',
    'switch (err.code) {\n  case 131026: // unlike 131047 (24h window), resending never helps\n    drop();\n}',
    // One comment for a group may describe any code of the group.
    'switch (err.code) {\n  case 131047: case 131026: // window closed\n    fallBack();\n}',
    'switch (err.code) {\n  case 131026:\n  // 24h window closed or number unreachable\n  case 131047:\n    sendTemplate();\n}',
    'if (code === 131047 || code === 131026) { // window closed or undeliverable\n  useTemplate();\n}',
    // An action, not a description: the business blocks the user on 131056.
    'switch (err.code) {\n  case 131056: // block the user for a day\n    blockUser();\n}',
    // A comment not beside a code, above a line that is no `case` or `if`, or after another case's code.
    '// rate limit\nconst x = 130472 + 1;',
    'switch (err.code) {\n  case 130429: backOff(); break; // rate limit\n  case 130472:\n    skip();\n}',
    // Directives and prose.
    'if (err.code === 130472) { // istanbul ignore next (rate limit)\n  console.log(err);\n}',
    'switch (err.code) {\n  case 130472: // we used to back off here because the old docs said it was a rate limit, but Meta withholds it\n    skip();\n}',
    // Not a code position, so not a label for a code.
    'const x = foo(130472); // rate limit',
    // Unknown and retired codes are for no-unknown-code and no-deprecated-code.
    'const RATE_LIMIT = 131074;',
    'const RATE_LIMIT = 472;',
    // A code the project declares has no meaning in the catalog to compare with.
    { code: 'const RATE_LIMIT = 131099;', name: 'a code from additionalCodes has no catalog meaning to contradict', settings: { 'whatsapp-errors': { additionalCodes: [{ code: 131099, name: 'NEW_CODE', category: 'sender' }] } } },
    // A local object that happens to be called WhatsAppErrorCode is not the kit's.
    'const WhatsAppErrorCode = { MARKETING_MESSAGE_EXPERIMENT: 1 };\nconst RATE_LIMIT = WhatsAppErrorCode.MARKETING_MESSAGE_EXPERIMENT;',
    // Meta files authentication and permission errors under one heading, and code buckets them together.
    "const REASON_BY_CODE = { 190: 'AUTH_FAILED', 10: 'AUTH_FAILED', 200: 'AUTH_FAILED', 131047: 'WINDOW_CLOSED' };",
    "const ERRORS = { 200: { code: 200, group: 'auth', title: 'Permission denied' }, 131026: { code: 131026, group: 'recipient', title: 'Undeliverable' } };",
    // Only words of the code's own title: said loosely, not wrongly (135000 is Generic user error).
    "const ERRORS = { 135000: 'Generic error', 131026: 'Undeliverable' };",
    // Two readings of the same words: a rate limit on template sends, or a template limit.
    "function hint(err) {\n  if (err.code === 80007 || err.code === 130429) return 'Too many template requests, wait a minute';\n  return null;\n}",
    // 131045 is a problem with the number's registration, as Meta describes it.
    "const ERRORS = { 131045: 'Phone number not registered on the Cloud API', 131026: 'Undeliverable' };",
    // A conjunction ends a phrase: 'the format and the parameters' is no 'format of the parameter'.
    "const MENSAJES = { 132007: 'Componentes inválidos: revisa el formato y los parámetros', 131047: 'Fuera de la ventana' };",
    // 200 and 294 are one catalog entry (200–299), not one code listed twice.
    "const ERRORS = { 200: 'Permission denied', 294: 'Managing ads from a mobile app is not allowed', 131026: 'Undeliverable' };",
    // A label the file gives three codes or more is the author's category: it names a class, not one code's title.
    "const REASON = { 132000: 'template_unavailable', 132001: 'template_unavailable', 132015: 'template_unavailable', 132068: 'template_unavailable', 131056: 'throttled' };",
    // A bucket of two classes written as one word each: `account_auth` is wider than authentication.
    "const ROWS = [{ code: 131042, group: 'account_auth' }, { code: 131031, group: 'account_auth' }, { code: 130429, group: 'throttled' }];",
    // A call permission is the Calling API's, not the app's.
    "const CALLS = { 138006: 'Sem permissão ativa para ligar: peça autorização ao contato primeiro.', 131047: 'Janela de 24 horas encerrada' };",
    // Meta's own wording of 130403, in Spanish: the business blocked the customer.
    "const MENSAJES = { 130403: 'El negocio ha bloqueado a este cliente en WhatsApp.', 131026: 'No se pudo entregar' };",
    // An invalid phone number is a malformed number or one not on WhatsApp (sharedWords): on either code it is no finding.
    "const META_ERRORS = { 131026: { name: 'INVALID_PHONE_NUMBER', description: 'Número de teléfono inválido' }, 131047: { name: 'REENGAGEMENT_REQUIRED', description: 'Fuera de la ventana' } };",
    "const hint = err.code === 131009 ? 'Invalid phone number' : err.code === 131026 ? 'Telefone inválido' : 'ok';",
    // `param` is `parameter`: a looser name for 132012's own title (Template Parameter Format Mismatch), not 132000's.
    "const GRAPH_ERRORS = { TEMPLATE_PARAM_MISMATCH: 132012, TEMPLATE_PAUSED: 132015, RATE_LIMIT_HIT: 130429 };",
    // Options.
    { code: 'switch (err.code) {\n  case 130472: // rate limit\n    backOff();\n}', options: [{ checkComments: false }], name: 'comments are not read with checkComments off' },
    { code: 'const CODES = { RECIPIENT_CANNOT_BE_SENDER: 131021, SELF_SEND: 131021 };', options: [{ checkDuplicates: false }], name: 'duplicates are not reported with checkDuplicates off' },
  ],
  invalid: [
    // A title of another code still names it across the authentication/permission overlap.
    misnamed("const ERRORS = { @: 'Access token has expired', 131026: 'Undeliverable' };", '200', 200, 'label', 'Access token has expired', 190),
    // Without a conjunction between them, the words are the phrase.
    misnamed("const MENSAJES = { @: 'Formato del parámetro incorrecto', 131047: 'Fuera de la ventana' };", '132000', 132000, 'label', 'Formato del parámetro incorrecto', 132012),
    // Names: const, object property, class field. A name of a class of failures suggests the class's codes.
    misclassed('const RATE_LIMIT = @;', '130472', 130472, 'name', 'RATE_LIMIT', 'rate-limit'),
    misclassed('const RATE_LIMIT = @;', "'130472'", 130472, 'name', 'RATE_LIMIT', 'rate-limit', (code) => `'${code}'`),
    misclassed('const RATE_LIMIT = @;', '130_472', 130472, 'name', 'RATE_LIMIT', 'rate-limit'),
    misclassed('const retryable = { rateLimited: @ };', '130472', 130472, 'name', 'rateLimited', 'rate-limit'),
    misnamed('class Codes { static TEMPLATE_PAUSED = @; }', '133016', 133016, 'name', 'TEMPLATE_PAUSED', 132015),
    misclassed('const E = { PHONE_NUMBER_NOT_WHATSAPP: @ };', '131031', 131031, 'name', 'PHONE_NUMBER_NOT_WHATSAPP', 'recipient-unreachable'),
    // Every name of the catalog is its own code's label, camelCase and PascalCase split (the shapes).
    misnamed('const SPAM_RATE_LIMIT_HIT = @;', '131049', 131049, 'name', 'SPAM_RATE_LIMIT_HIT', 131048),
    misnamed('const RATE_LIMIT_ISSUES = @;', '131031', 131031, 'name', 'RATE_LIMIT_ISSUES', 80007),
    misnamed('const NotRegisteredOnWhatsApp = @;', '131047', 131047, 'name', 'NotRegisteredOnWhatsApp', 131026),
    misclassed('const NotOnWhatsApp = @;', '131056', 131056, 'name', 'NotOnWhatsApp', 'recipient-unreachable'),
    misnamed("const FAILURES = [{ code: @, title: 'Rate limit hit' }];", '131031', 131031, 'label', 'Rate limit hit', 130429),
    // Comments: on the line of a case or a comparison, on the line above a case or an if, first inside a case block.
    misclassed('switch (err.code) {\n  case @: // rate limit, back off\n    backOff();\n}', '130472', 130472, 'comment', 'rate limit, back off', 'rate-limit'),
    misclassed('switch (err.code) {\n  // rate limit: retry later\n  case @:\n    retryLater();\n}', '131031', 131031, 'comment', 'rate limit: retry later', 'rate-limit'),
    misclassed('if (err.code === @) { // rate limited, retry later\n  retryLater();\n}', '131031', 131031, 'comment', 'rate limited, retry later', 'rate-limit'),
    misclassed('// rate limit\nif (err.code === @) {}', '130472', 130472, 'comment', 'rate limit', 'rate-limit'),
    misclassed('switch (err.code) {\n  case @: /* rate limit */\n    skip();\n}', '130472', 130472, 'comment', 'rate limit', 'rate-limit'),
    misclassed('switch (failure.code) {\n  case @: { // user blocked the bot\n    markBlocked(chat);\n    break;\n  }\n}', '131008', 131008, 'comment', 'user blocked the bot', 'recipient-unreachable'),
    misclassed('switch (failure.code) {\n  case @:\n    // the contact blocked our number\n    markBlocked(chat);\n    break;\n}', '131008', 131008, 'comment', 'the contact blocked our number', 'recipient-unreachable'),
    misclassed('// la ventana de 24 h está cerrada\nif (codigo === @) {\n  enviarPlantilla();\n}', '131049', 131049, 'comment', 'la ventana de 24 h está cerrada', 'messaging-window'),
    // A consent the user has not given: "opt-in required" on the template parameter count code.
    misclassed("switch (err.code) {\n  case @:\n    throw new Error('WhatsApp opt-in required');\n}", '132000', 132000, 'code handling it', 'WhatsApp opt-in required', 'recipient-opted-out'),
    misclassed('// contato sem opt-in\nif (codigo === @) {\n  enviarTemplate();\n}', '132000', 132000, 'comment', 'contato sem opt-in', 'recipient-opted-out'),
    misclassed('const RETRYABLE_CODES = [\n  130429, // rate limit\n  @, // 24h window closed\n];', '131026', 131026, 'comment', '24h window closed', 'messaging-window'),
    // Labels: in a map keyed by codes (number, string and computed keys, object values) or in a pair.
    misnamed("const LABELS = { @: 'Message undeliverable' };", '131047', 131047, 'label', 'Message undeliverable', 131026),
    misnamed("const LABELS = { @: 'Message undeliverable' };", "'131047'", 131047, 'label', 'Message undeliverable', 131026, "'131026'"),
    misnamed("const LABELS = { [@]: 'Message undeliverable' };", '131047', 131047, 'label', 'Message undeliverable', 131026),
    misnamed("const LABELS = { @: { message: 'Template does not exist', retry: false } };", '131026', 131026, 'label', 'Template does not exist', 132001),
    misclassed('const LABELS = { @: `Service window has expired` };', '133016', 133016, 'label', 'Service window has expired', 'messaging-window'),
    misclassed("const REASONS = new Map([[@, '24h window closed']]);", '131026', 131026, 'label', '24h window closed', 'messaging-window'),
    misnamed("const MENSAJES = { @: 'Plantilla pausada o deshabilitada por Meta' };", '131048', 131048, 'label', 'Plantilla pausada o deshabilitada por Meta', 132015),
    // The product's name inside a phrase is read past: "plantilla [de WhatsApp] no encontrada".
    misnamed('function texto(code) {\n  switch (code) {\n    case @: return "Plantilla de WhatsApp no encontrada";\n  }\n}', '132000', 132000, 'code handling it', 'Plantilla de WhatsApp no encontrada', 132001),
    misnamed("const LABELS = { @: 'Template (WhatsApp) paused' };", '131047', 131047, 'label', 'Template (WhatsApp) paused', 132015),
    // Branches: what the branch returns, throws, assigns or logs.
    misnamed("function tag(code) {\n  switch (code) {\n    case @:\n      return 'TEMPLATE_PAUSED';\n  }\n}", '131016', 131016, 'code handling it', 'TEMPLATE_PAUSED', 132015),
    misclassed("function tag(code) {\n  switch (code) {\n    case @:\n      return 'blocked_by_user';\n  }\n}", '131056', 131056, 'code handling it', 'blocked_by_user', 'recipient-unreachable'),
    misclassed("switch (err.code) {\n  case @:\n    throw new Error('Rate limit exceeded, retry later');\n}", '131047', 131047, 'code handling it', 'Rate limit exceeded, retry later', 'rate-limit'),
    misclassed("if (err.code === @) {\n  errorMessage = 'Customer blocked the business number';\n  markBanned(chat);\n}", '131056', 131056, 'code handling it', 'Customer blocked the business number', 'recipient-unreachable'),
    // 'Número inválido' describes 131026 too (sharedWords), but never the 24-hour window.
    misclassed("const hint = err.code === @ ? 'Número inválido' : 'ok';", '131047', 131047, 'code handling it', 'Número inválido', 'invalid-request'),
    misclassed("const hint = err.code === @ ? 'Formato de número incorrecto' : 'ok';", '131047', 131047, 'code handling it', 'Formato de número incorrecto', 'invalid-request'),
    // A logger named err; a shared word ('número inválido') beside a class's words names that class.
    misclassed('if (errorCode === @) {\n  err(`Número ${numero} inválido ou não está no WhatsApp`);\n}', '131047', 131047, 'code handling it', 'Número inválido ou não está no WhatsApp', 'recipient-unreachable'),
    // 'not in allowed list' is 131030's own wording: the negation is part of it, not a contrast.
    misnamed("const errorMap = { @: 'Receiver not in allowed list (sandbox)', '131047': 'Outside the window' };", "'131021'", 131021, 'label', 'Receiver not in allowed list (sandbox)', 131030, "'131030'"),
    misclassed("if (err.code === @) {\n  logger.warn('Token expired, refresh it');\n}", '131047', 131047, 'code handling it', 'Token expired, refresh it', 'authentication'),
    // A small code in a table that also holds a WhatsApp code, and a member of the 200–299 range.
    misnamed('const E = { ACCESS: 131005, TEMPLATE_PAUSED: @, OTHER: 131047 };', '250', 200, 'name', 'TEMPLATE_PAUSED', 132015),
    // The kit's constants: the suggestion names the other constant, under the local name.
    misclassed(`${IMPORT}const RATE_LIMIT = @;`, 'WhatsAppErrorCode.MARKETING_MESSAGE_EXPERIMENT', 130472, 'name', 'RATE_LIMIT', 'rate-limit', (code) => `WhatsAppErrorCode.${describeErrorCode(code)!.name}`),
    misclassed(
      "import { WhatsAppErrorCode as WA } from 'whatsapp-error-codes';\nswitch (code) {\n  case @: // rate limit\n    backOff();\n}",
      'WA.MARKETING_MESSAGE_EXPERIMENT',
      130472,
      'comment',
      'rate limit',
      'rate-limit',
      (code) => `WA.${describeErrorCode(code)!.name}`,
    ),
    misnamed(`${IMPORT}if (err.code === @) backOff(); // template paused`, 'WhatsAppErrorCode.RATE_LIMIT_HIT', 130429, 'comment', 'template paused', 132015, 'WhatsAppErrorCode.TEMPLATE_PAUSED'),
    misnamed(
      "import * as kit from 'whatsapp-error-codes';\nconst retryable = { templatePaused: @ };",
      'kit.WhatsAppErrorCode.MARKETING_MESSAGE_EXPERIMENT',
      130472,
      'name',
      'templatePaused',
      132015,
      'kit.WhatsAppErrorCode.TEMPLATE_PAUSED',
    ),
    misnamed(
      "const { WhatsAppErrorCode } = require('whatsapp-error-codes');\nconst LABELS = { [@]: 'Message undeliverable' };",
      'WhatsAppErrorCode.ACCOUNT_IN_MAINTENANCE_MODE',
      131057,
      'label',
      'Message undeliverable',
      131026,
      'WhatsAppErrorCode.MESSAGE_UNDELIVERABLE',
    ),
    {
      // A name and a comment that both disagree: one report per code.
      code: 'const TEMPLATE_PAUSED = 130472; // template paused',
      errors: [
        {
          line: 1, column: 25, endLine: 1, endColumn: 31,
          messageId: 'misnamedCode',
          data: dataFor(130472, 'name', 'TEMPLATE_PAUSED', 132015),
          suggestions: [{ messageId: 'replaceWithDescribed', data: { replacement: '132015', describedName: 'TEMPLATE_PAUSED' }, output: 'const TEMPLATE_PAUSED = 132015; // template paused' }],
        },
      ],
    },
    {
      // One comment for two codes that are both something else: each is reported.
      code: 'if (code === 131026 || code === 130472) { // template paused\n  sendTemplate();\n}',
      errors: [
        {
          line: 1, column: 14, endLine: 1, endColumn: 20,
          messageId: 'misnamedCode',
          data: dataFor(131026, 'comment', 'template paused', 132015),
          suggestions: [{ messageId: 'replaceWithDescribed', data: { replacement: '132015', describedName: 'TEMPLATE_PAUSED' }, output: 'if (code === 132015 || code === 130472) { // template paused\n  sendTemplate();\n}' }],
        },
        {
          line: 1, column: 33, endLine: 1, endColumn: 39,
          messageId: 'misnamedCode',
          data: dataFor(130472, 'comment', 'template paused', 132015),
          suggestions: [{ messageId: 'replaceWithDescribed', data: { replacement: '132015', describedName: 'TEMPLATE_PAUSED' }, output: 'if (code === 131026 || code === 132015) { // template paused\n  sendTemplate();\n}' }],
        },
      ],
    },
    {
      // Two members of one table with the same value: reported on the second, besides the misnaming.
      code: 'const ERRORS = { ACCESS_DENIED: 100, INVALID_PARAMETER: 100, RE_ENGAGEMENT: 131047 };',
      errors: [
        {
          line: 1, column: 33, endLine: 1, endColumn: 36,
          messageId: 'misnamedCode',
          data: dataFor(100, 'name', 'ACCESS_DENIED', 131005),
          suggestions: [{ messageId: 'replaceWithDescribed', data: { replacement: '131005', describedName: 'ACCESS_DENIED' }, output: 'const ERRORS = { ACCESS_DENIED: 131005, INVALID_PARAMETER: 100, RE_ENGAGEMENT: 131047 };' }],
        },
        { line: 1, column: 57, endLine: 1, endColumn: 60, messageId: 'duplicateValue', data: { member: 'INVALID_PARAMETER', firstMember: 'ACCESS_DENIED', value: 100, name: 'INVALID_PARAMETER' } },
      ],
    },
    {
      code: `${IMPORT}const CODES = { RECIPIENT_CANNOT_BE_SENDER: WhatsAppErrorCode.RECIPIENT_CANNOT_BE_SENDER, SELF_SEND: 131021 };`,
      errors: [{ line: 2, column: 102, endLine: 2, endColumn: 108, messageId: 'duplicateValue', data: { member: 'SELF_SEND', firstMember: 'RECIPIENT_CANNOT_BE_SENDER', value: 131021, name: 'RECIPIENT_CANNOT_BE_SENDER' } }],
    },
    // A category still names its class: a 24-hour-window code among the rate limits.
    misclassed(
      "const REASON = { 130429: 'rate_limited', 131056: 'rate_limited', @: 'rate_limited', 131026: 'unreachable' };",
      '131047',
      131047,
      'label',
      'rate_limited',
      'rate-limit',
    ),
    {
      // A chain written one term per line, each with its comment: each comment is about its line.
      code: 'const isTemplateFailure = (metaCode) =>\n  metaCode === 132000 || // template does not exist\n  metaCode === 132001 || // template missing\n  metaCode === 132015; // template paused',
      errors: [
        {
          line: 2, column: 16, endLine: 2, endColumn: 22,
          messageId: 'misnamedCode',
          data: dataFor(132000, 'comment', 'template does not exist', 132001),
          suggestions: [
            {
              messageId: 'replaceWithDescribed',
              data: { replacement: '132001', describedName: 'TEMPLATE_DOES_NOT_EXIST' },
              output: 'const isTemplateFailure = (metaCode) =>\n  metaCode === 132001 || // template does not exist\n  metaCode === 132001 || // template missing\n  metaCode === 132015; // template paused',
            },
          ],
        },
      ],
    },
    {
      // …and so in an `if` whose branch assigns a text (the branch is the whole chain's): two comments swapped between their lines.
      code: "if (\n  code === 132001 || // template paused\n  code === 132015 // template does not exist\n) {\n  reason = 'NON_RETRYABLE';\n}",
      errors: [
        {
          line: 2, column: 12, endLine: 2, endColumn: 18,
          messageId: 'misnamedCode',
          data: dataFor(132001, 'comment', 'template paused', 132015),
          suggestions: [
            {
              messageId: 'replaceWithDescribed',
              data: { replacement: '132015', describedName: 'TEMPLATE_PAUSED' },
              output: "if (\n  code === 132015 || // template paused\n  code === 132015 // template does not exist\n) {\n  reason = 'NON_RETRYABLE';\n}",
            },
          ],
        },
        {
          line: 3, column: 12, endLine: 3, endColumn: 18,
          messageId: 'misnamedCode',
          data: dataFor(132015, 'comment', 'template does not exist', 132001),
          suggestions: [
            {
              messageId: 'replaceWithDescribed',
              data: { replacement: '132001', describedName: 'TEMPLATE_DOES_NOT_EXIST' },
              output: "if (\n  code === 132001 || // template paused\n  code === 132001 // template does not exist\n) {\n  reason = 'NON_RETRYABLE';\n}",
            },
          ],
        },
      ],
    },
    {
      // The same key twice in a Map, under two labels.
      code: "const REASONS = new Map([[131026, 'Undeliverable'], [131026, 'Not on WhatsApp']]);",
      errors: [{ line: 1, column: 54, endLine: 1, endColumn: 60, messageId: 'duplicateValue', data: { member: 'Not on WhatsApp', firstMember: 'Undeliverable', value: 131026, name: 'MESSAGE_UNDELIVERABLE' } }],
    },
  ],
});

new TypeScriptRuleTester().run('no-misnamed-code', rule, {
  valid: [
    'enum Codes { RATE_LIMIT_HIT = 130429, PAIR_RATE_LIMIT_HIT = 131056, USER_IN_EXPERIMENT = 130472 }',
    // Not a table of codes (a string member): small codes are not checked, duplicates not reported.
    "enum Mixed { ACCESS_DENIED = 100, INVALID_PARAMETER = 100, LABEL = 'x', RE_ENGAGEMENT = 131047 }",
    'const RATE_LIMIT_HIT = 130429 as const;',
  ],
  invalid: [
    misnamed('enum E { TemplatePaused = @ }', '133016', 133016, 'name', 'TemplatePaused', 132015),
    misclassed("enum E { 'rate-limit' = @ }", '130472', 130472, 'name', 'rate-limit', 'rate-limit'),
    misclassed('const RATE_LIMIT = @ as const;', '130472', 130472, 'name', 'RATE_LIMIT', 'rate-limit'),
    misnamed('class Codes { private static readonly TEMPLATE_PAUSED: number = @; }', '130472', 130472, 'name', 'TEMPLATE_PAUSED', 132015),
    misnamed("function label(code: number): string {\n  switch (code) {\n    case @:\n      return 'TEMPLATE_PAUSED';\n    default:\n      return 'unknown';\n  }\n}", '131016', 131016, 'code handling it', 'TEMPLATE_PAUSED', 132015),
    {
      code: 'enum MetaErrors { ACCESS_DENIED = 100, INVALID_PARAMETER = 100, RE_ENGAGEMENT = 131047 }',
      errors: [
        {
          line: 1, column: 35, endLine: 1, endColumn: 38,
          messageId: 'misnamedCode',
          data: dataFor(100, 'name', 'ACCESS_DENIED', 131005),
          suggestions: [{ messageId: 'replaceWithDescribed', data: { replacement: '131005', describedName: 'ACCESS_DENIED' }, output: 'enum MetaErrors { ACCESS_DENIED = 131005, INVALID_PARAMETER = 100, RE_ENGAGEMENT = 131047 }' }],
        },
        { line: 1, column: 60, endLine: 1, endColumn: 63, messageId: 'duplicateValue', data: { member: 'INVALID_PARAMETER', firstMember: 'ACCESS_DENIED', value: 100, name: 'INVALID_PARAMETER' } },
      ],
    },
  ],
});

// A switch over an expression annotated as a WhatsApp code is a code position whatever the
// expression is called (read from the annotation without type information, from the type with it).
const ANNOTATED_SWITCH = "import type { LooseWhatsAppErrorCode } from 'whatsapp-error-codes';\ndeclare const reason: LooseWhatsAppErrorCode;\nswitch (reason) {\n  case @: // rate limit\n    break;\n}";

describe('a switch over an annotated code side', () => {
  new TypeScriptRuleTester().run('no-misnamed-code', rule, {
    valid: [],
    invalid: [misclassed(ANNOTATED_SWITCH, '130472', 130472, 'comment', 'rate limit', 'rate-limit')],
  });
});
