// Builds the package: ESM (everything) and CommonJS (the kit entry only) with declarations.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = (project) => execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', project], { cwd: root, stdio: 'inherit' });

rmSync(`${root}dist`, { recursive: true, force: true });
tsc('tsconfig.build.json');
tsc('tsconfig.build-cjs.json');
// dist/cjs holds CommonJS files with a .js extension: tell Node (and TypeScript) so.
writeFileSync(`${root}dist/cjs/package.json`, '{ "type": "commonjs" }\n');
chmodSync(`${root}dist/esm/src/cli/main.js`, 0o755);
