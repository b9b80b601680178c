/** Runs bench/lint-child.ts in a fresh Node process (with tsx) and parses its one-line JSON answer. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ConfigName } from './configs.js';
import type { LintMeasurement } from './lint.js';

export interface ChildMeasurement extends LintMeasurement {
  /** Peak resident set size of the whole process, in MiB. */
  readonly maxRssMb: number;
}

const CHILD = fileURLToPath(new URL('./lint-child.ts', import.meta.url));

export function lintInChild(config: ConfigName, corpusDir: string): Promise<ChildMeasurement> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, config, corpusDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`lint-child ${config} exited with ${code}:\n${stderr}`));
      else resolve(JSON.parse(line) as ChildMeasurement);
    });
  });
}
