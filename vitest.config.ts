import { defineConfig } from 'vitest/config';
import { GroupedSequencer } from './tests/support/sequencer.ts';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts', 'tests/**/*.e2e.ts'],
    // Build the site once; page, budget and browser tests read the same dist/.
    globalSetup: ['tests/support/build-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // One file at a time: two at once saved about 45 s (5 min 25 s instead of 6 min 13 s) but the
    // two editor files side by side once got a 500 from the local backend; see README, Tests.
    fileParallelism: false,
    // One worker runs every file: the shared modules (schemas, content check, Astro's helpers) are
    // evaluated once rather than once per file, which halves the unit tests' time. Safe because no
    // file changes process.env, the working directory or a module's state for another to see: the
    // module caches are keyed by what they read (the content folder, a file, a plan).
    isolate: false,
    // Unit files first, beside the shared builds that run in the background; their readers last.
    sequence: { sequencer: GroupedSequencer },
  },
});
