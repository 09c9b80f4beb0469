import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // CI reads the JSON report to print its one-line summary (.ci/run).
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
    // `npm test` runs every test with it, so a change that drops coverage of the engine fails the run; `npm run coverage` runs the unit tests alone.
    // Worker entry points and the pool run code in worker threads, which this coverage does not follow.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      exclude: ['src/lib/**/*worker.ts', 'src/lib/workers/**'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
      // A little below what the unit tests reach, so a change that drops coverage fails the run.
      thresholds: { lines: 95, functions: 95, statements: 95, branches: 90 },
    },
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
