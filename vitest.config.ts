import { defineConfig } from 'vitest/config';

export default defineConfig({
  // `import … from 'whatsapp-error-codes'` in the plugin and the tests reads the kit's source,
  // through tsconfig.json's `paths`, as `npm run typecheck` and tsx do.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['test/**/*.test.ts'],
    // Type-level tests (expectTypeOf, @ts-expect-error) are checked by tsc as part of `vitest run`.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 30_000,
  },
});
