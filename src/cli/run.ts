/**
 * The `whatsapp-error-codes` command, as a function from arguments to output and exit status so
 * that tests run it in-process. `main.ts` is the executable that prints the result.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { CatalogValidationError } from '../catalog/validate.js';
import { ERROR_CATEGORIES, isErrorCategory } from '../categories.js';
import { generate, GeneratorError } from '../generator/generate.js';
import { explainCode, formatExplanation } from './explain.js';
import { formatList, listEntries } from './list.js';

export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export const USAGE = `Usage: whatsapp-error-codes <command>

Commands:
  explain <code>... [--json]            What each code means, its category, retry advice and docs.
                                        Unknown codes get "did you mean" suggestions (exit status 1).
  list [--category <c>] [--json]        Every documented code; <c> is ${ERROR_CATEGORIES.join(', ')}.
  generate <catalog.json> --module <file.ts> [--docs <file.md>] [--types-from <module>] [--check]
                                        Generate constants and literal types from your own catalog file.
  help                                  This text.`;

const ok = (stdout: string): CliResult => ({ stdout, stderr: '', exitCode: 0 });
const usageError = (message: string): CliResult => ({ stdout: '', stderr: `${message}\n\n${USAGE}`, exitCode: 2 });

export function runCli(argv: readonly string[], cwd = process.cwd()): CliResult {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'explain':
        return explain(rest);
      case 'list':
        return list(rest);
      case 'generate':
        return generateCommand(rest, cwd);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        return ok(USAGE);
      default:
        return usageError(`Unknown command ${JSON.stringify(command)}.`);
    }
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) return usageError(error.message);
    if (error instanceof CatalogValidationError || error instanceof GeneratorError) return { stdout: '', stderr: error.message, exitCode: 1 };
    throw error;
  }
}

function explain(args: readonly string[]): CliResult {
  const { values, positionals } = parseArgs({ args: [...args], options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true });
  if (positionals.length === 0) return usageError('explain needs at least one code, e.g. `whatsapp-error-codes explain 131047`.');
  const explanations = positionals.map(explainCode);
  const exitCode = explanations.some((item) => item.kind === 'unknown' || item.kind === 'invalid') ? 1 : 0;
  const stdout = values.json ? JSON.stringify(explanations, null, 2) : explanations.map(formatExplanation).join('\n\n');
  return { stdout, stderr: '', exitCode };
}

function list(args: readonly string[]): CliResult {
  const { values } = parseArgs({ args: [...args], options: { category: { type: 'string' }, json: { type: 'boolean' } }, strict: true });
  const { category } = values;
  if (category !== undefined && !isErrorCategory(category)) {
    return usageError(`Unknown category ${JSON.stringify(category)}: use one of ${ERROR_CATEGORIES.join(', ')}.`);
  }
  const entries = listEntries(category);
  return ok(values.json ? JSON.stringify(entries, null, 2) : formatList(entries));
}

function generateCommand(args: readonly string[], cwd: string): CliResult {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { module: { type: 'string' }, docs: { type: 'string' }, 'types-from': { type: 'string' }, check: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1 || values.module === undefined) {
    return usageError('generate needs one catalog file and --module, e.g. `whatsapp-error-codes generate my-catalog.json --module src/whatsapp-codes.ts`.');
  }
  const result = generate({
    catalogPath: resolve(cwd, positionals[0]!),
    modulePath: resolve(cwd, values.module),
    ...(values.docs !== undefined && { docsPath: resolve(cwd, values.docs) }),
    ...(values['types-from'] !== undefined && { typesFrom: values['types-from'] }),
    check: values.check === true,
    cwd,
  });
  if (values.check) {
    return result.changed.length > 0
      ? { stdout: '', stderr: `Stale: ${result.changed.join(', ')}. Run the same command without --check to regenerate.`, exitCode: 1 }
      : ok(`Up to date: ${result.unchanged.join(', ')}.`);
  }
  return ok(result.changed.length > 0 ? `Wrote ${result.changed.join(', ')}.` : `Up to date: ${result.unchanged.join(', ')}.`);
}
