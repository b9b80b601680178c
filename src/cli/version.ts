/** The kit's own version, from its package.json, for `--version`. */
import { readFileSync } from 'node:fs';

const PACKAGE_NAME = 'whatsapp-error-codes';

export function kitVersion(): string {
  // This file runs from src/cli/ in the repository and from dist/esm/cli/ when installed.
  for (let depth = 1; depth <= 4; depth++) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(`${'../'.repeat(depth)}package.json`, import.meta.url), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === PACKAGE_NAME && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // not here; one level up
    }
  }
  return 'unknown';
}
