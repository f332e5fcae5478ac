import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * One run, four projects: pure units beside the code they test (domain, functions, web), and the tests/ workspace
 * for API, browser, infra and conformance suites. Everything resolves workspace packages to their TypeScript
 * sources through the "source" export condition, so tests never run stale builds.
 */
export default defineConfig({
  resolve: {
    conditions: ['source'],
    alias: [
      { find: /^@prt\/functions\/(.*)\.js$/, replacement: `${root}functions/src/$1.ts` },
      { find: /^@prt\/teams-app\/(.*)\.js$/, replacement: `${root}teams-app/src/$1.ts` },
    ],
  },
  test: {
    // A hang detector, not a speed check (the bench measures speed): the race and fault tests run 30–50 rounds each
    // and took up to 30 s on the shared 2-core machine while the browser tests ran beside them.
    testTimeout: 90_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'domain', root, include: ['packages/domain/src/**/*.test.ts'] } },
      { extends: true, test: { name: 'functions', root, include: ['functions/src/**/*.test.ts'] } },
      { extends: true, test: { name: 'web', root, include: ['web/src/**/*.test.ts'] } },
      { extends: true, test: { name: 'tests', root, include: ['tests/**/*.test.ts'], exclude: ['**/node_modules/**', 'tests/dist/**'] } },
    ],
  },
});
