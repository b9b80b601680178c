/**
 * The plugin under test. By default from source (rules/index.ts through tsx); with `--compiled`, as
 * `npm run build` emits it into rules/dist, which is what users install. The two differ: tsx compiles
 * with esbuild's keepNames, which wraps every function created inside `create()` in a `__name()`
 * call (an Object.defineProperty), a per-file cost the published JavaScript does not have.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type sourcePlugin from '../rules/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export type PluginBuild = 'source' | 'compiled';

/** Child processes and worker threads inherit the choice (and the compiled output) through the environment. */
export const pluginBuild: PluginBuild = process.argv.includes('--compiled') || process.env['BENCH_PLUGIN'] === 'compiled' ? 'compiled' : 'source';

if (pluginBuild === 'compiled' && process.env['BENCH_PLUGIN'] !== 'compiled') {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  process.env['BENCH_PLUGIN'] = 'compiled';
}

const plugin: typeof sourcePlugin =
  pluginBuild === 'compiled'
    ? (createRequire(import.meta.url)(join(ROOT, 'rules', 'dist', 'index.js')) as typeof sourcePlugin)
    : ((await import('../rules/index.js')) as { default: typeof sourcePlugin }).default;
export default plugin;
