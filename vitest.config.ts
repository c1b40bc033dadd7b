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
    // Two files at a time, one per core: a browser file spends much of its time waiting on the
    // page, the other file uses the core meanwhile.
    maxWorkers: 2,
    // Each worker runs its files in one module context: the shared modules (schemas, content
    // check, Astro's helpers) are evaluated once per worker rather than once per file, which
    // halves the unit tests' time. Safe because no file changes process.env, the working directory
    // or a module's state for another to see: the module caches are keyed by what they read (the
    // content folder, a file, a plan).
    isolate: false,
    // Unit files first, beside the shared builds that run in the background; their readers last.
    sequence: { sequencer: GroupedSequencer },
  },
});
