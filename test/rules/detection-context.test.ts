/**
 * Context for small codes (issue 15, parts 3 and 4). A value that also means other things (4, 10,
 * 100, 190, 200–299, 368, 613; 0–2, 1000–1015) is a WhatsApp code only with evidence: the same
 * code side (or its alias) compared with a code that is WhatsApp's alone in the same function,
 * as a literal or as the kit's constant; a code type; or a Graph error body (`…error.code` under
 * `response.data`, `body`, `json`, `errors[n]`) read in a file that calls graph.facebook.com or
 * imports a WhatsApp SDK. A kit import, a `…CODES` name or a union of small literals is none.
 */
import noDeprecatedCode from '../../rules/no-deprecated-code.js';
import preferCodeConstant from '../../rules/prefer-code-constant.js';
import { AllModesRuleTester, TypeScriptRuleTester, TypedRuleTester } from './rule-tester.js';

const IMPORT = "import { WhatsAppErrorCode } from 'whatsapp-error-codes';\n";
const GRAPH = "const GRAPH_URL = 'https://graph.facebook.com/v21.0';\n";

/** The live code at `@` reported as a magic number and replaced by its constant (the file imports the kit already). */
function magic(template: string, value: number, name: string) {
  return {
    code: template.replace('@', String(value)),
    output: template.replace('@', `WhatsAppErrorCode.${name}`),
    errors: [{ messageId: 'preferConstant' as const, data: { constant: `WhatsAppErrorCode.${name}`, value } }],
  };
}

new AllModesRuleTester().run('prefer-code-constant', preferCodeConstant, {
  valid: [
    // No evidence: a small value alone, or beside a code compared with another code side, or in another function.
    `${IMPORT}function f(e) {\n  if (e.code === 4) slowDown();\n}`,
    `${IMPORT}function f(errorCode) {\n  if (errorCode === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED) sendTemplate();\n}\nfunction g(errorCode) {\n  if (errorCode === 4) slowDown();\n}`,
    `${IMPORT}function f(e, job) {\n  if (e.code === WhatsAppErrorCode.RATE_LIMIT_HIT) backOff();\n  if (job.code === 4) slowDown();\n}`,
    `${IMPORT}function f(e) {\n  if (e.code === WhatsAppErrorCode.RATE_LIMIT_HIT) backOff();\n  items.forEach((item) => {\n    if (item.code === 4) skip(item);\n  });\n}`,
    // A Graph error body, but in a file that neither calls graph.facebook.com nor imports a WhatsApp SDK.
    "async function send() {\n  const res = await fetch('https://api.example.com/send');\n  const body = await res.json();\n  if (body.error.code === 100) retry();\n}",
    // graph.facebook.com, but the code read is no Graph error body's.
    `${GRAPH}process.on('exit', (code) => {\n  if (code === 100) cleanup();\n});`,
    // A kit import is no evidence: exit codes, WebSocket close codes, small switches.
    `${IMPORT}if (code !== 0) process.exit(code);`,
    `${IMPORT}switch (code) {\n  case 0:\n  case 1:\n  case 2:\n    break;\n}`,
    `${IMPORT}child.on('exit', (code) => {\n  if (code === 1) restart();\n});`,
    // A …CODES name is no evidence: dialling codes, exit codes.
    `${IMPORT}const SUPPORTED_COUNTRY_CODES = [1, 44, 55, 91, 234];\nif (SUPPORTED_COUNTRY_CODES.includes(code)) {}`,
    `${IMPORT}const ERROR_CODES = [0, 1, 2];`,
    { code: `${IMPORT}const WHATSAPP_ERRORS = { 200: 'permission', 1: 'unknown' };`, options: [{ tables: true }], name: 'a table name is no evidence for small keys' },
  ],
  invalid: [
    // The same code side compared with a WhatsApp-only code in the same function, as a constant…
    magic(`${IMPORT}function f(errorCode) {\n  if (errorCode === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED) sendTemplate();\n  if (errorCode === @) slowDown();\n}`, 4, 'API_TOO_MANY_CALLS'),
    // …through an alias…
    magic(`${IMPORT}function f(e) {\n  const c = e.code;\n  if (c === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED) return;\n  if (e.code === @) askForPermission();\n}`, 10, 'PERMISSION_DENIED'),
    magic(`${IMPORT}function f(err) {\n  const code = Number(err.code);\n  if (code === WhatsAppErrorCode.RATE_LIMIT_HIT) return backOff();\n  if (err.code === @) return slowDown();\n}`, 4, 'API_TOO_MANY_CALLS'),
    magic(`${IMPORT}function f(err) {\n  const { code } = err;\n  if (code === WhatsAppErrorCode.RATE_LIMIT_HIT) return backOff();\n  if (err.code === @) return slowDown();\n}`, 4, 'API_TOO_MANY_CALLS'),
    magic(`${IMPORT}function f(err) {\n  const { code: metaErr } = err.response.data.error;\n  if (metaErr === WhatsAppErrorCode.RATE_LIMIT_HIT) return backOff();\n  if (err.response.data.error.code === @) return slowDown();\n}`, 4, 'API_TOO_MANY_CALLS'),
    // …in the same chain, switch or collection.
    magic(`${IMPORT}if (err.code === WhatsAppErrorCode.RATE_LIMIT_HIT || err.code === @) backOff();`, 4, 'API_TOO_MANY_CALLS'),
    magic(`${IMPORT}switch (err.code) {\n  case WhatsAppErrorCode.RATE_LIMIT_HIT:\n  case @:\n    backOff();\n}`, 613, 'ENDPOINT_RATE_LIMIT_EXCEEDED'),
    magic(`${IMPORT}const c = err.code;\nswitch (c) {\n  case WhatsAppErrorCode.ACCESS_DENIED:\n  case @:\n    refreshToken();\n}`, 190, 'ACCESS_TOKEN_EXPIRED'),
    {
      // The literal form of the same: `errorCode === 4` beside `errorCode === 131047` in one function.
      code: `${IMPORT}function handle(errorCode) {\n  if (errorCode === 131047) return sendTemplate();\n  if (errorCode === 4) return slowDown();\n}`,
      output: `${IMPORT}function handle(errorCode) {\n  if (errorCode === WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED) return sendTemplate();\n  if (errorCode === WhatsAppErrorCode.API_TOO_MANY_CALLS) return slowDown();\n}`,
      errors: [
        { line: 3, column: 21, endLine: 3, endColumn: 27, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.RE_ENGAGEMENT_MESSAGE_REQUIRED', value: 131047 } },
        { line: 4, column: 21, endLine: 4, endColumn: 22, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.API_TOO_MANY_CALLS', value: 4 } },
      ],
    },
    // A Graph error body in a file that calls graph.facebook.com.
    magic(`${IMPORT}async function send() {\n  const res = await fetch('https://graph.facebook.com/v21.0/123/messages', { method: 'POST' });\n  const body = await res.json();\n  if (body.error?.code === @) return refreshToken();\n}`, 190, 'ACCESS_TOKEN_EXPIRED'),
    magic(`${IMPORT}${GRAPH}try {\n  await post(GRAPH_URL);\n} catch (err) {\n  const { code } = err.response.data.error;\n  if (code === @) pauseSending();\n}`, 368, 'TEMPORARILY_BLOCKED_FOR_POLICY_VIOLATIONS'),
    magic(`${IMPORT}${GRAPH}const c = body?.error?.code;\nif (c === @) requestPermission();`, 200, 'API_PERMISSION'),
    magic(`${IMPORT}${GRAPH}const errorData = json.error;\nconst errorCode = errorData?.code;\nif (errorCode === @) fixRequest();`, 100, 'INVALID_PARAMETER'),
    magic(`${IMPORT}${GRAPH}function onStatus(status) {\n  if (status.errors[0].code === @) askForPermission();\n}`, 10, 'PERMISSION_DENIED'),
    // …or that imports a WhatsApp SDK (the kit is no SDK).
    magic(`import WhatsApp from 'whatsapp-api-js';\n${IMPORT}try {\n  await api.send();\n} catch (err) {\n  if (err.response.data.error.code === @) refreshToken();\n}`, 190, 'ACCESS_TOKEN_EXPIRED'),
    // A code that is WhatsApp's alone needs no context at all (`const c = body?.error?.code; if (c === 131049)`).
    magic(`${IMPORT}const c = body?.error?.code;\nif (c === @) waitADay();`, 131049, 'HEALTHY_ECOSYSTEM_LIMIT'),
  ],
});

/** The retired code at `@` with its Cloud replacement. */
function retired(template: string, value: number, replacement: number, replacementName: string) {
  const data = { value, platform: 'retired On-Premises', replacement, replacementName };
  return {
    code: template.replace('@', String(value)),
    errors: [{ messageId: 'retiredCode' as const, data, suggestions: [{ messageId: 'replaceWithReplacement' as const, data, output: template.replace('@', String(replacement)) }] }],
  };
}

new AllModesRuleTester().run('no-deprecated-code', noDeprecatedCode, {
  valid: [
    // WebSocket close codes in a file that imports the kit.
    `${IMPORT}ws.on('close', (code) => {\n  if (code === 1000 || code === 1001 || code === 1006 || code === 1008) reconnect();\n});`,
    `${IMPORT}socket.onclose = (event) => {\n  switch (event.code) {\n    case 1000:\n      return;\n    case 1006:\n      reconnect();\n  }\n};`,
    `${IMPORT}if (err.code === 1000) {}`,
    // A code of another function is no company.
    `${IMPORT}function a(e) {\n  return e.code === WhatsAppErrorCode.SOMETHING_WENT_WRONG;\n}\nfunction b(e) {\n  return e.code === 1000;\n}`,
    // Without the kit, the same: only the function that holds a code on its own gives evidence.
    'function a(e) {\n  return e.code === 131000;\n}\nfunction b(e) {\n  return e.code === 1000;\n}',
    // A file whose codes are HTTP statuses (404 in one function) keeps 470 in another as its own number.
    'function notFound(e) {\n  return e.code === 404;\n}\nfunction gone(e) {\n  return e.code === 470;\n}',
  ],
  invalid: [
    retired('function a(e) {\n  if (e.code === 131000) return retryLater();\n  return e.code === @;\n}', 1000, 131000, 'SOMETHING_WENT_WRONG'),
    // The company of a list counts wherever the list is, and an inner function's code is none for its outer one.
    retired('function outer(e) {\n  const inner = () => e.code === 131000;\n  return inner() || [@, 131026].includes(e.code);\n}', 1000, 131000, 'SOMETHING_WENT_WRONG'),
    retired('function gone(e) {\n  return e.code === @;\n}', 470, 131047, 'RE_ENGAGEMENT_MESSAGE_REQUIRED'),
    retired(`${IMPORT}function f(e) {\n  if (e.code === WhatsAppErrorCode.SOMETHING_WENT_WRONG) return retryLater();\n  if (e.code === @) return retryLater();\n}`, 1000, 131000, 'SOMETHING_WENT_WRONG'),
    retired(`${IMPORT}const RETRY = new Set([WhatsAppErrorCode.RATE_LIMIT_HIT, @]);\nif (RETRY.has(err.code)) retry();`, 1000, 131000, 'SOMETHING_WENT_WRONG'),
    retired(`${GRAPH}const { code } = err.response.data.error;\nif (code === @) retry();`, 1008, 131008, 'REQUIRED_PARAMETER_MISSING'),
  ],
});

const KIT_TYPES = "import type { WhatsAppErrorCode } from 'whatsapp-error-codes';\n";

new TypeScriptRuleTester().run('prefer-code-constant', preferCodeConstant, {
  valid: [
    // Literal unions of small numbers are other things' numbers, in a file that imports the kit too.
    `${IMPORT}function f(code: 1 | 2 | 3) {\n  if (code === 1) return 'a';\n  if (code === 2) return 'b';\n  return 'c';\n}`,
    `${IMPORT}type Ok = 200 | 201 | 204;\nfunction f(code: Ok) {\n  switch (code) {\n    case 200:\n    case 201:\n      return true;\n    case 204:\n      return false;\n  }\n}`,
    `${IMPORT}declare const code: 200 | 201 | 204;\nif (code === 204) {}`,
  ],
  invalid: [
    {
      // A code side typed with the kit's code type makes 0 a WhatsApp code; the suggestion (a type import) imports the value.
      code: `${KIT_TYPES}function f(code: WhatsAppErrorCode) {\n  if (code === 0) reauthenticate();\n}`,
      output: `import { WhatsAppErrorCode } from 'whatsapp-error-codes';\nfunction f(code: WhatsAppErrorCode) {\n  if (code === WhatsAppErrorCode.AUTH_EXCEPTION) reauthenticate();\n}`,
      errors: [{ line: 3, column: 16, endLine: 3, endColumn: 17, messageId: 'preferConstant', data: { constant: 'WhatsAppErrorCode.AUTH_EXCEPTION', value: 0 } }],
    },
    magic(`${IMPORT}function f(reason: WhatsAppErrorCode | undefined) {\n  if (reason === @) requestPermission();\n}`, 200, 'API_PERMISSION'),
  ],
});

new TypedRuleTester().run('prefer-code-constant', preferCodeConstant, {
  valid: [`${IMPORT}declare function status(): 1 | 2 | 3;\nconst code = status();\nif (code === 1) {}`],
  invalid: [magic(`${IMPORT}declare function lookup(): WhatsAppErrorCode;\nconst reason = lookup();\nif (reason === @) slowDown();`, 4, 'API_TOO_MANY_CALLS')],
});
