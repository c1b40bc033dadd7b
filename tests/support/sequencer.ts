/**
 * The order of the test files: the unit files first, while the shared builds run in the
 * background on the other core (shared-builds.ts); then the browser files, which use both cores;
 * the files that read a shared build last, once it is done. Within each group, Vitest's own order
 * (files that failed last time first, then the slowest).
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { sharedBuildReaders } from './shared-builds.ts';

const readers = new Set(Object.values(sharedBuildReaders).flat());

/** A file's group: 0 unit, 1 browser, 2 reads a shared build. */
function group(spec: TestSpecification): number {
  const file = relative(spec.project.config.root, spec.moduleId);
  if (readers.has(file)) return 2;
  return file.endsWith('.e2e.ts') ? 1 : 0;
}

/** Vitest's sequencer, with the files grouped as above. */
export class GroupedSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted.map((spec, index) => ({ spec, index })).sort((a, b) => group(a.spec) - group(b.spec) || a.index - b.index).map(({ spec }) => spec);
  }
}
