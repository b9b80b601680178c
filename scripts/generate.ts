/**
 * `npm run generate [-- --check]`: regenerates the kit's own module, docs and JSON schema from
 * src/catalog/catalog.json. `npm test` runs it with --check, which fails when a generated file is stale.
 */
import { fileURLToPath } from 'node:url';
import { CatalogValidationError } from '../src/catalog/validate.js';
import { generate, GeneratorError } from '../src/generator/generate.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');

try {
  const result = generate({
    catalogPath: `${root}src/catalog/catalog.json`,
    modulePath: `${root}src/generated/catalog.ts`,
    docsPath: `${root}docs/codes.md`,
    schemaPath: `${root}src/catalog/catalog.schema.json`,
    typesFrom: '../catalog/schema.js',
    command: 'npm run generate',
    check,
    cwd: root,
  });
  if (check && result.changed.length > 0) {
    console.error(`Generated files are stale: ${result.changed.join(', ')}.\nRun \`npm run generate\` and commit the result; never edit generated files by hand.`);
    process.exit(1);
  }
  console.log(check ? `Generated files are up to date (${result.unchanged.join(', ')}).` : `Wrote ${result.changed.length ? result.changed.join(', ') : 'nothing (already up to date)'}.`);
} catch (error) {
  if (error instanceof CatalogValidationError || error instanceof GeneratorError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
