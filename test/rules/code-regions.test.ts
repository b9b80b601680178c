/**
 * The functions where a small value can be a code (rules/utils/code-regions.ts): kept as sorted,
 * disjoint source ranges, an inner function inside a kept one already covered, an outer one
 * kept later swallowing the inner ones.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { parse } from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import { CodeRegions } from '../../rules/utils/code-regions.js';

const SOURCE = [
  'function first() { return 1; }',
  'function outer() {',
  '  const inner = () => 2;',
  '  return inner() + 3;',
  '}',
  'function last() { return 4; }',
  'const top = 5;',
].join('\n');

/** The number literals of SOURCE, by value, with parents set (as ESLint sets them). */
function literals(): Map<number, TSESTree.Node> {
  const program = parse(SOURCE, { range: true });
  const found = new Map<number, TSESTree.Node>();
  const visit = (node: TSESTree.Node, parent: TSESTree.Node | undefined): void => {
    (node as { parent?: TSESTree.Node | undefined }).parent = parent;
    if (node.type === 'Literal' && typeof node.value === 'number') found.set(node.value, node);
    for (const [key, value] of Object.entries(node)) {
      if (key === 'parent') continue;
      for (const child of Array.isArray(value) ? value : [value]) if (child && typeof child === 'object' && typeof (child as TSESTree.Node).type === 'string') visit(child as TSESTree.Node, node);
    }
  };
  visit(program, undefined);
  return found;
}

describe('CodeRegions', () => {
  it('covers nothing until a function is kept', () => {
    const regions = new CodeRegions();
    expect(regions.isEmpty).toBe(true);
    expect(regions.covers(literals().get(1)!)).toBe(false);
  });

  it('covers the literals of a kept function, its inner functions included, and nothing outside it', () => {
    const nodes = literals();
    const regions = new CodeRegions();
    regions.add(nodes.get(3)!);
    expect([1, 2, 3, 4, 5].map((value) => regions.covers(nodes.get(value)!))).toEqual([false, true, true, false, false]);
  });

  it('an inner function kept first is swallowed by its outer function kept later', () => {
    const nodes = literals();
    const regions = new CodeRegions();
    regions.add(nodes.get(4)!);
    regions.add(nodes.get(2)!);
    expect([1, 2, 3, 4].map((value) => regions.covers(nodes.get(value)!))).toEqual([false, true, false, true]);
    regions.add(nodes.get(3)!);
    regions.add(nodes.get(1)!);
    expect([1, 2, 3, 4, 5].map((value) => regions.covers(nodes.get(value)!))).toEqual([true, true, true, true, false]);
  });

  it('a literal of the module scope keeps the whole program', () => {
    const nodes = literals();
    const regions = new CodeRegions();
    regions.add(nodes.get(2)!);
    regions.add(nodes.get(5)!);
    expect([1, 2, 3, 4, 5].map((value) => regions.covers(nodes.get(value)!))).toEqual([true, true, true, true, true]);
  });
});
