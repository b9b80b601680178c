/**
 * The `whatsapp-error-codes` command, as a function from arguments to output and exit status so
 * that tests run it in-process. `main.ts` is the executable that prints the result.
 * Exit status: 0 done, 1 an unknown or invalid code (explain) or a stale or invalid catalog
 * (generate), 2 a usage error.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CATEGORY_VALUES, RETRY_ACTION_VALUES } from '../catalog/fields.js';
import type { ErrorCategory, RetryAction } from '../catalog/schema.js';
import { CatalogValidationError } from '../catalog/validate.js';
import { generate, GeneratorError } from '../generator/generate.js';
import { explainCode, formatExplanation } from './explain.js';
import { formatList, formatSubcodeList, listEntries, listSubcodeEntries } from './list.js';
import { COLOURED, PLAIN } from './style.js';
import { kitVersion } from './version.js';

export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export interface CliOptions {
  readonly cwd?: string;
  /** Colour the output (main.ts decides: a TTY without NO_COLOR). */
  readonly colour?: boolean;
}

const HELP = {
  explain: `Usage: whatsapp-error-codes explain <code>... [--subcode <n>] [--json]

What each code means: constant, category, title, summary, next step, where it
arrives, HTTP status and Meta's docs. A retired code names its replacement; an
unknown one gets "did you mean" suggestions. With --subcode, the meaning of the
(code, error_subcode) pair first, e.g. \`explain 100 --subcode 2388077\`.

Exit status 1 when a code is unknown or not a code at all.`,
  list: `Usage: whatsapp-error-codes list [--category <c>] [--retry <action>] [--search <text>] [--subcodes] [--json]

Every documented code, one per line under a header, filtered by:
  --category <c>       ${CATEGORY_VALUES.join(', ')}
  --retry <action>     ${RETRY_ACTION_VALUES.join(', ')}
  --search <text>      text in the code, constant, title, aliases, keywords or summary
  --subcodes           list the error subcodes instead of the codes
  --json               the entries as JSON`,
  generate: `Usage: whatsapp-error-codes generate <catalog.json> --module <file.ts> [--docs <file.md>] [--schema <file.json>]
                                   [--types-from <module>] [--check] [--allow-outside-cwd]

Constants and literal types (and, with --docs, a Markdown table; with --schema,
the catalog's JSON schema) from your own catalog file, in this package's format.
--check compares instead of writing and exits 1 when a file is stale (for CI).
Directories outside the working directory are not created without
--allow-outside-cwd.`,
} as const;

type Command = keyof typeof HELP;

export const USAGE = `Usage: whatsapp-error-codes <command> [options]

Commands:
  explain <code>...     What a code means and what to do next (--subcode <n> for a pair).
  list                  Every documented code; filter with --category, --retry, --search.
  generate <catalog>    Constants and literal types from your own catalog file.
  help [command]        This text, or a command's.

Options: --help (also after a command), --version.`;

const ok = (stdout: string): CliResult => ({ stdout, stderr: '', exitCode: 0 });
const usageError = (message: string, usage: string = USAGE): CliResult => ({ stdout: '', stderr: `${message}\n\n${usage}`, exitCode: 2 });
const isCommand = (value: string | undefined): value is Command => value !== undefined && Object.hasOwn(HELP, value);

export function runCli(argv: readonly string[], options: CliOptions = {}): CliResult {
  const [command, ...rest] = argv;
  const cwd = options.cwd ?? process.cwd();
  try {
    if (command === '--version' || command === '-v' || command === 'version') return ok(kitVersion());
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      const topic = rest[0];
      if (topic === undefined) return ok(USAGE);
      return isCommand(topic) ? ok(HELP[topic]) : usageError(`No command ${JSON.stringify(topic)}.`);
    }
    if (!isCommand(command)) return usageError(`Unknown command ${JSON.stringify(command)}.`);
    if (rest.includes('--help') || rest.includes('-h')) return ok(HELP[command]);
    switch (command) {
      case 'explain':
        return explain(rest, options.colour === true);
      case 'list':
        return list(rest, options.colour === true);
      case 'generate':
        return generateCommand(rest, cwd);
    }
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      return usageError(error.message, isCommand(command) ? HELP[command] : USAGE);
    }
    if (error instanceof CatalogValidationError || error instanceof GeneratorError) return { stdout: '', stderr: error.message, exitCode: 1 };
    throw error;
  }
}

/** `-5` is a (negative) code to explain, not an option. */
function splitNegativeNumbers(args: readonly string[]): { args: string[]; negatives: string[] } {
  const negatives: string[] = [];
  const kept: string[] = [];
  for (const [index, arg] of args.entries()) {
    const afterSubcode = args[index - 1] === '--subcode';
    if (/^-\d/.test(arg) && !afterSubcode) negatives.push(arg);
    else kept.push(arg);
  }
  return { args: kept, negatives };
}

function explain(raw: readonly string[], colour: boolean): CliResult {
  const { args, negatives } = splitNegativeNumbers(raw);
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' }, subcode: { type: 'string' } }, allowPositionals: true, strict: true });
  const inputs = [...positionals, ...negatives];
  if (inputs.length === 0) return usageError('explain needs at least one code, e.g. `whatsapp-error-codes explain 131047`.', HELP.explain);
  let subcode: number | undefined;
  if (values.subcode !== undefined) {
    if (!/^\d{1,15}$/.test(values.subcode)) return usageError(`--subcode takes a non-negative whole number such as 2388077, got ${JSON.stringify(values.subcode)}.`, HELP.explain);
    subcode = Number(values.subcode);
  }
  const explanations = inputs.map((input) => explainCode(input, subcode));
  const exitCode = explanations.some((item) => item.kind === 'unknown' || item.kind === 'invalid') ? 1 : 0;
  const style = colour ? COLOURED : PLAIN;
  const stdout = values.json ? JSON.stringify(explanations, null, 2) : explanations.map((item) => formatExplanation(item, style)).join('\n\n');
  return { stdout, stderr: '', exitCode };
}

function list(args: readonly string[], colour: boolean): CliResult {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { category: { type: 'string' }, retry: { type: 'string' }, search: { type: 'string' }, subcodes: { type: 'boolean' }, json: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) return usageError(`list takes no codes (got ${positionals.map((item) => JSON.stringify(item)).join(', ')}); use \`explain\` for those, or --search.`, HELP.list);
  const { category, retry, search } = values;
  if (category !== undefined && !(CATEGORY_VALUES as readonly string[]).includes(category)) {
    return usageError(`Unknown category ${JSON.stringify(category)}: use one of ${CATEGORY_VALUES.join(', ')}.`, HELP.list);
  }
  if (retry !== undefined && !(RETRY_ACTION_VALUES as readonly string[]).includes(retry)) {
    return usageError(`Unknown retry action ${JSON.stringify(retry)}: use one of ${RETRY_ACTION_VALUES.join(', ')}.`, HELP.list);
  }
  const filters = {
    ...(category !== undefined && { category: category as ErrorCategory }),
    ...(retry !== undefined && { retry: retry as RetryAction }),
    ...(search !== undefined && { search }),
  };
  const style = colour ? COLOURED : PLAIN;
  if (values.subcodes) {
    const entries = listSubcodeEntries(filters);
    return ok(values.json ? JSON.stringify(entries, null, 2) : entries.length === 0 ? 'No subcode matches.' : formatSubcodeList(entries, style));
  }
  const entries = listEntries(filters);
  return ok(values.json ? JSON.stringify(entries, null, 2) : entries.length === 0 ? 'No code matches.' : formatList(entries, style));
}

function generateCommand(args: readonly string[], cwd: string): CliResult {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      module: { type: 'string' },
      docs: { type: 'string' },
      schema: { type: 'string' },
      'types-from': { type: 'string' },
      check: { type: 'boolean' },
      'allow-outside-cwd': { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1 || values.module === undefined) {
    return usageError('generate needs one catalog file and --module, e.g. `whatsapp-error-codes generate my-catalog.json --module src/whatsapp-codes.ts`.', HELP.generate);
  }
  const result = generate({
    catalogPath: resolve(cwd, positionals[0]!),
    modulePath: resolve(cwd, values.module),
    ...(values.docs !== undefined && { docsPath: resolve(cwd, values.docs) }),
    ...(values.schema !== undefined && { schemaPath: resolve(cwd, values.schema) }),
    ...(values['types-from'] !== undefined && { typesFrom: values['types-from'] }),
    check: values.check === true,
    allowOutsideCwd: values['allow-outside-cwd'] === true,
    cwd,
  });
  if (values.check) {
    return result.changed.length > 0
      ? { stdout: '', stderr: `Stale: ${result.changed.join(', ')}. Run the same command without --check to regenerate.`, exitCode: 1 }
      : ok(`Up to date: ${result.unchanged.join(', ')}.`);
  }
  return ok(result.changed.length > 0 ? `Wrote ${result.changed.join(', ')}.` : `Up to date: ${result.unchanged.join(', ')}.`);
}
