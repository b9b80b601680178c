/**
 * Lints a corpus once in a fresh process and prints one JSON line: the measurement plus the
 * process's peak RSS. Used where a warm process would lie: peak memory (each config gets its own
 * process) and typed mode (TypeScript's checker caches types, so a second run in the same
 * process would skip the work our rules cause; CI pays it once per run, cold).
 *
 *   node --import tsx bench/lint-child.ts <config> <corpusDir>
 */
import { resolve } from 'node:path';
import { CONFIG_NAMES, type ConfigName } from './configs.js';
import { lintOnce } from './lint.js';

const [config, corpusDir] = process.argv.slice(2);
if (!CONFIG_NAMES.includes(config as ConfigName) || !corpusDir) {
  console.error(`usage: lint-child.ts <${CONFIG_NAMES.join('|')}> <corpusDir>`);
  process.exit(2);
}
const measurement = await lintOnce(config as ConfigName, resolve(corpusDir));
// maxRSS is in kilobytes.
console.log(JSON.stringify({ ...measurement, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
