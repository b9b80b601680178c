// `npm run build`: both packages, kit first (the plugin compiles against the built kit, as it
// will run against the installed one).
//   src/dist/esm    the kit as ESM with declarations (runtime entry, CLI, generator)
//   src/dist/cjs    the kit's runtime entry as CommonJS with declarations
//   rules/dist      the plugin as CommonJS, with an ESM entry whose default export is the same object;
//                   only the declarations of its public type are kept
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = (project) => execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: root, stdio: 'inherit' });

for (const dist of ['src/dist', 'rules/dist']) rmSync(join(root, dist), { recursive: true, force: true });

tsc('tsconfig.kit.json');
tsc('tsconfig.kit-cjs.json');
// src/dist/cjs holds CommonJS files with a .js extension in an ESM package: tell Node (and TypeScript) so.
writeFileSync(join(root, 'src/dist/cjs/package.json'), '{ "type": "commonjs" }\n');
chmodSync(join(root, 'src/dist/esm/cli/main.js'), 0o755);

tsc('tsconfig.plugin.json');
// The plugin's public type is its entry's (with the config names); the rule modules' declarations
// name typescript-eslint, which the plugin does not depend on.
const pluginDist = join(root, 'rules/dist');
const publicDeclarations = new Set(['index.d.ts', 'index.d.mts', 'configs.d.ts'].map((file) => join(pluginDist, file)));
const removeDeclarations = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) removeDeclarations(path);
    else if (entry.name.endsWith('.d.ts') && !publicDeclarations.has(path)) rmSync(path);
  }
};
removeDeclarations(pluginDist);
