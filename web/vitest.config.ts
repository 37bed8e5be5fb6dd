import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

import { ISOLATED_TEST_FILES as ISOLATED } from './vitest.isolated';

/**
 * Most test files share one jsdom per worker (`isolate: false`): setting up jsdom for each of ~60 files took
 * two minutes of a run that now takes seconds. The files in vitest.isolated.ts run isolated.
 */
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  oxc: {
    jsx: { runtime: 'automatic' },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./vitest.setup.ts'],
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['src/**/*.test.{ts,tsx}'], exclude: ISOLATED, isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
