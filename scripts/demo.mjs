// `npm run demo`: builds the package, then lints examples/ through the real ESLint CLI with the
// plugin's recommended config, as a user's project would, and prints what it finds.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });

if (run(['scripts/build.mjs']).status !== 0) process.exit(1);
console.log('Linting examples/ with whatsappErrors.configs.recommended …');
const eslint = run(['node_modules/eslint/bin/eslint.js', '--config', 'examples/eslint.config.js', 'examples/']);
// ESLint exits 1 when it finds problems, which is the point of the demo; 2 means it failed.
if (eslint.status === 1) {
  console.log('Seven planted mistakes, and the magic numbers beside them: this is what the plugin is for. Try `npx eslint --config examples/eslint.config.js examples/ --fix-dry-run --format json` to see the fixes.');
  process.exit(0);
}
console.error(eslint.status === 0 ? 'The demo found nothing: the plugin is not working.' : 'ESLint failed to run.');
process.exit(1);
