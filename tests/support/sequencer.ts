/**
 * The order of the test files, two at a time: the editor's two browser files first (the longest,
 * mostly waiting for Decap, so the other worker gets through the rest meanwhile); the unit files,
 * while the shared builds run in the background (shared-builds.ts); the other browser files; the
 * files that read a shared build last, once it is done. Within each group, Vitest's own order
 * (files that failed last time first, then the slowest).
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { sharedBuildReaders } from './shared-builds.ts';

const readers = new Set(Object.values(sharedBuildReaders).flat());

/** The editor's browser files: the longest, mostly waiting for Decap, so they start first, one per worker. */
const editorFiles = new Set(['tests/cms.e2e.ts', 'tests/cms-rules.e2e.ts']);

/** A file's group: -1 the editor's, 0 unit, 1 browser, 2 reads a shared build. */
function group(spec: TestSpecification): number {
  const file = relative(spec.project.config.root, spec.moduleId);
  if (readers.has(file)) return 2;
  if (editorFiles.has(file)) return -1;
  return file.endsWith('.e2e.ts') ? 1 : 0;
}

/** Vitest's sequencer, with the files grouped as above. */
export class GroupedSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted.map((spec, index) => ({ spec, index })).sort((a, b) => group(a.spec) - group(b.spec) || a.index - b.index).map(({ spec }) => spec);
  }
}
