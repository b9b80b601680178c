/** The machine and tool versions a result was measured on, printed with every report. */
import { createRequire } from 'node:module';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { ESLint } from 'eslint';

const require = createRequire(import.meta.url);

function versionOf(pkg: string): string {
  return (require(`${pkg}/package.json`) as { version: string }).version;
}

export interface Environment {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly node: string;
  readonly eslint: string;
  readonly typescriptEslint: string;
  readonly typescript: string;
  readonly platform: string;
}

export function environment(): Environment {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    eslint: ESLint.version,
    typescriptEslint: versionOf('typescript-eslint'),
    typescript: versionOf('typescript'),
    platform: `${process.platform} ${process.arch}`,
  };
}

export function environmentLine(env: Environment): string {
  return `${env.cpu}, ${env.cores} cores, ${env.memoryGb} GB RAM, ${env.platform}; Node ${env.node}, ESLint ${env.eslint}, typescript-eslint ${env.typescriptEslint}, TypeScript ${env.typescript}.`;
}
