/**
 * The plugin's `meta.name` and `meta.version`, read from its own package.json, so that ESLint's
 * cache keys change on upgrade and docs URLs name the installed version.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const PLUGIN_PACKAGE_NAME = 'eslint-plugin-whatsapp-errors';

function readPackageMeta(): { name: string; version: string } {
  // This file runs from rules/utils/ in the repository and from rules/dist/utils/ when installed.
  for (let dir = __dirname, depth = 0; depth < 4; dir = dirname(dir), depth++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === PLUGIN_PACKAGE_NAME && typeof pkg.version === 'string') return { name: pkg.name, version: pkg.version };
    } catch {
      // not here; one level up
    }
  }
  throw new Error(`${PLUGIN_PACKAGE_NAME}: cannot find its own package.json above ${__dirname}`);
}

export const packageMeta = readPackageMeta();
