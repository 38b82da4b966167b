import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'apps/*/src/**/*.test.ts',
      'tooling/**/*.test.ts',
    ],
    // Tests open real SQLite files and spawn the CLI; two cores are shared.
    pool: 'forks',
    testTimeout: 30_000,
  },
});
