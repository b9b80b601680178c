/**
 * The plugin's per-lint values (the shared analysis, the type services, the file's mentions of
 * WhatsApp, the import access) sit in one slot, found by identity. A new lint must get a new
 * value whether it comes as a new `SourceCode` (ESLint, even for an AST a caching parser hands
 * out again) or as a new AST in the same `SourceCode` (oxlint keeps one per thread).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { perFile } from '../../rules/utils/per-file.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

const program = (): TSESTree.Program => ({ type: 'Program', body: [] }) as unknown as TSESTree.Program;
const sourceCodeOf = (ast: TSESTree.Program): { ast: TSESTree.Program } => ({ ast });

describe('perFile', () => {
  function counting() {
    let computed = 0;
    const valueOf = perFile(() => ({ computed: ++computed }));
    return { valueOf: (sourceCode: { ast: TSESTree.Program }) => valueOf(sourceCode as unknown as SourceCode).computed, count: () => computed };
  }

  it('computes once for every rule of one lint', () => {
    const { valueOf, count } = counting();
    const file = sourceCodeOf(program());
    expect([valueOf(file), valueOf(file), valueOf(file)]).toEqual([1, 1, 1]);
    expect(count()).toBe(1);
  });

  it('computes again for a new SourceCode of the same AST (a caching parser under ESLint)', () => {
    const { valueOf } = counting();
    const ast = program();
    expect([valueOf(sourceCodeOf(ast)), valueOf(sourceCodeOf(ast))]).toEqual([1, 2]);
  });

  it('computes again for a new AST in the same SourceCode (oxlint, one SourceCode per thread)', () => {
    const { valueOf } = counting();
    const shared = sourceCodeOf(program());
    expect(valueOf(shared)).toBe(1);
    shared.ast = program();
    expect([valueOf(shared), valueOf(shared)]).toEqual([2, 2]);
  });

  it('computes again when an earlier file comes back after another', () => {
    const { valueOf } = counting();
    const first = sourceCodeOf(program());
    const second = sourceCodeOf(program());
    expect([valueOf(first), valueOf(second), valueOf(first)]).toEqual([1, 2, 3]);
  });
});

describe('perFile slots and the files they hold', () => {
  // `gc` without starting vitest with --expose-gc: the flag set at run time, the function taken from a new context.
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc') as () => void;

  it('empties every slot when another file begins, so no slot keeps the last file alive', async () => {
    const nodesOf = perFile((sourceCode) => new Map([[sourceCode.ast, 'scope']]));
    const asked = perFile(() => 'answer');
    let big: { ast: TSESTree.Program } | undefined = sourceCodeOf(program());
    const released = new WeakRef(big.ast);
    expect(nodesOf(big as unknown as SourceCode).size).toBe(1);
    asked(big as unknown as SourceCode);
    // The next file asks only the second slot; the first still held the big file's AST before.
    asked(sourceCodeOf(program()) as unknown as SourceCode);
    big = undefined;
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(released.deref()).toBeUndefined();
  });

  it('computes a slot again when its file comes back after another file emptied it', () => {
    let computed = 0;
    const first = perFile(() => ++computed);
    const second = perFile(() => 'other');
    const file = sourceCodeOf(program()) as unknown as SourceCode;
    expect(first(file)).toBe(1);
    second(sourceCodeOf(program()) as unknown as SourceCode);
    expect([first(file), first(file)]).toEqual([2, 2]);
  });
});
