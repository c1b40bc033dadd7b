import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts', 'tests/**/*.e2e.ts'],
    // Build the site once; page, budget and browser tests read the same dist/.
    globalSetup: ['tests/support/build-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Two cores: browser tests and builds compete for them, so files run one at a time.
    fileParallelism: false,
  },
});
