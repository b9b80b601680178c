// A worker thread that lints the linearity files (bench/linear-shapes.ts) on request, for
// bench/linear.ts. Its own thread because of the stack: typescript-eslint's parser and ESLint's
// traversal recurse once per `||` of a chain, about 1 KB a level, so a chain of 1,000 already
// overflows the main thread's 1 MB; the worker is started with a stack large enough for 20,000.
// Plain JavaScript: it registers tsx (both module systems, the plugin is CommonJS) before it can
// import TypeScript, since on Node 20 the parent's `--import tsx` does not reach worker threads.
import { parentPort, workerData } from 'node:worker_threads';
import { register as registerCommonJs } from 'tsx/cjs/api';
import { register as registerEsm } from 'tsx/esm/api';

registerCommonJs();
registerEsm();
const { Linter } = await import('eslint');
const { lintRequest } = await import('./linear-shapes.ts');
const loaded = await import(workerData.pluginModule);
// An ES module's default export, or a CommonJS module's `module.exports` seen through import().
const plugin = loaded.default?.configs ? loaded.default : (loaded.default?.default ?? loaded);
const linter = new Linter({ configType: 'flat' });

parentPort.on('message', (request) => {
  // No gc() between lints, even under --expose-gc: after a forced full collection the next lint of a
  // small file ran about three times slower (measured on 1,000 elements), which hides growth.
  try {
    parentPort.postMessage({ id: request.id, result: lintRequest(linter, plugin, request) });
  } catch (error) {
    parentPort.postMessage({ id: request.id, error: String(error?.stack ?? error) });
  }
});
parentPort.postMessage({ ready: true });
