/**
 * The plugin under test. By default from source (rules/index.ts through tsx); with `--compiled`, as
 * tsc emits it into bench/out/compiled, which is what users install. The two differ: tsx compiles
 * with esbuild's keepNames, which wraps every function created inside `create()` in a `__name()`
 * call (an Object.defineProperty), a per-file cost the published JavaScript does not have.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WhatsAppErrorsPlugin } from '../rules/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const COMPILED_DIR = join(ROOT, 'bench', 'out', 'compiled');

export type PluginBuild = 'source' | 'compiled';

/** Child processes and worker threads inherit the choice (and the compiled output) through the environment. */
export const pluginBuild: PluginBuild = process.argv.includes('--compiled') || process.env['BENCH_PLUGIN'] === 'compiled' ? 'compiled' : 'source';

if (pluginBuild === 'compiled' && process.env['BENCH_PLUGIN'] !== 'compiled') {
  rmSync(COMPILED_DIR, { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', COMPILED_DIR, '--declaration', 'false'], { stdio: 'inherit' });
  process.env['BENCH_PLUGIN'] = 'compiled';
}

const entry = pluginBuild === 'compiled' ? pathToFileURL(join(COMPILED_DIR, 'rules', 'index.js')).href : '../rules/index.js';
const plugin = ((await import(entry)) as { default: WhatsAppErrorsPlugin }).default;
export default plugin;
