import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // CI reads the JSON report to print its one-line summary (.ci/run).
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/site/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // Browser tests share one Chromium per file; two files at once suit a 2-core machine.
          maxWorkers: 2,
        },
      },
    ],
  },
});
