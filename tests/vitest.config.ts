import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  resolve: {
    // Tests run against the TypeScript sources; the compiled bench and tsc use the package's dist exports.
    alias: [
      { find: /^@prt\/functions\/(.*)\.js$/, replacement: `${root}functions/src/$1.ts` },
      { find: /^@prt\/teams-app\/(.*)\.js$/, replacement: `${root}teams-app/src/$1.ts` },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'tests/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
