/**
 * typescript-eslint's parser behind a cache keyed by file and text: the second lint of a file
 * reuses the first one's AST and scope analysis, so a run measures everything but parsing.
 * Only for untyped parsing (no `project`/`projectService`).
 */
import type { Linter } from 'eslint';
import tseslint from 'typescript-eslint';

type Parse = (text: string, options?: unknown) => unknown;

const parse = tseslint.parser.parseForESLint as Parse;

export function createCachedParser(): Linter.Parser {
  const cache = new Map<string, unknown>();
  return {
    meta: { name: 'bench-cached-typescript-eslint-parser' },
    parseForESLint(text: string, options?: { filePath?: string }) {
      const key = `${options?.filePath ?? ''}\0${text}`;
      let result = cache.get(key);
      if (!result) cache.set(key, (result = parse(text, options)));
      return result;
    },
  } as Linter.Parser;
}
