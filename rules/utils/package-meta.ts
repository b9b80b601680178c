/** The plugin's `meta.name` and `meta.version`, read from package.json so that ESLint's cache keys change on upgrade. */
import { readFileSync } from 'node:fs';

const PACKAGE_NAME = 'whatsapp-error-codes';

function readPackageMeta(): { name: string; version: string } {
  // This file runs from rules/utils/ in the repository and from dist/esm/rules/utils/ when installed.
  for (let depth = 1; depth <= 5; depth++) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(`${'../'.repeat(depth)}package.json`, import.meta.url), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === PACKAGE_NAME && typeof pkg.version === 'string') return { name: pkg.name, version: pkg.version };
    } catch {
      // not this directory; look one level up
    }
  }
  throw new Error(`${PACKAGE_NAME}: cannot find the package's own package.json next to the ESLint plugin`);
}

export const packageMeta = readPackageMeta();
