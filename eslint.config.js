// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * One flat config over every workspace: typescript-eslint's type-aware recommended set (the project service reuses
 * each workspace's tsconfig), React hook rules for the tab, and eslint-config-prettier last so formatting is
 * Prettier's business only. Boundaries between workspaces are dependency-cruiser's (.dependency-cruiser.cjs).
 */
export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/dist-types/**', '**/build/**', '**/node_modules/**', 'functions/local/**', 'tests/fixtures/**', '**/*.cjs'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Destructuring a record minus its metadata (`const { id, version, ...content } = p`) is how content is taken apart.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      // Warn, not error: async functions without await implement Promise-returning ports (stores, directories,
      // fakes in tests) and turn throws into rejections; rewriting them to Promise.resolve is churn without gain.
      '@typescript-eslint/require-await': 'warn',
      // Warn, not error: the flagged values are cells of untyped JSON/spreadsheet/card input that are strings by
      // format; narrowing each one means retyping those parsers (and functions/src/app is being reshaped elsewhere).
      '@typescript-eslint/no-base-to-string': 'warn',
    },
  },
  {
    // Unit tests beside the code are outside the build tsconfigs (which exclude *.test.ts) and inside the test ones.
    files: ['packages/domain/src/**/*.test.ts', 'functions/src/**/*.test.ts'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: ['packages/domain/tsconfig.test.json', 'functions/tsconfig.test.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['tests/**/*.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      // Warn, not error: API tests read untyped `await response.json()` bodies and assert on them; typing every
      // response body in the tests would be a sweeping rewrite for no added safety (the assertions are the check).
      '@typescript-eslint/no-unsafe-member-access': 'warn',
      '@typescript-eslint/no-unsafe-call': 'warn',
      '@typescript-eslint/no-unsafe-assignment': 'warn',
      '@typescript-eslint/no-unsafe-argument': 'warn',
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      // Warn, not error: ProcessingDetail resets its per-record state in an effect when the id changes; the fix
      // (keying the component by id in its parent) changes mount behaviour and belongs in a tab change, not here.
      'react-hooks/set-state-in-effect': 'warn',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
