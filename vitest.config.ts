import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The `~/` import alias of tsconfig.json, for both projects. */
const resolve = { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } };

export default defineConfig({
  test: {
    // The JSON report lets .ci/run print one "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    // A summary at the end of every run and coverage/index.html to browse (npm test runs with --coverage).
    coverage: {
      provider: 'v8',
      include: ['src/**', 'admin/**'],
      // Astro components run only inside the build the browser tests load, never in vitest's
      // process; left in, coverage tries to parse them as JavaScript and prints an error for each.
      exclude: ['**/*.astro'],
      reporter: ['text-summary', 'html', 'json-summary'],
      reportsDirectory: 'coverage',
    },
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        resolve,
        test: {
          name: 'site',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/globalSetup.ts'],
          // One built site and one Chromium are shared; two cores cannot run more at once.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
