/** The plugin's `meta.name` and `meta.version`, read from package.json so that ESLint's cache keys change on upgrade. */
import { readFileSync } from 'node:fs';

const PACKAGE_NAME = 'whatsapp-error-codes';

function readPackageMeta(): { name: string; version: string } {
  // The plugin runs from rules/ in the repository and from dist/esm/rules/ when installed.
  for (const up of ['../', '../../', '../../../']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(`${up}package.json`, import.meta.url), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === PACKAGE_NAME && typeof pkg.version === 'string') return { name: pkg.name, version: pkg.version };
    } catch {
      // not this directory; look one level up
    }
  }
  throw new Error(`${PACKAGE_NAME}: cannot find the package's own package.json next to the ESLint plugin`);
}

export const packageMeta = readPackageMeta();
