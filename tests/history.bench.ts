/**
 * Benchmark (issue #7), run by `npm run bench`: how long reading the whole history takes for
 * 2,000 records and 5,000 commits, and at half that size, to show how the cost grows. Prints the
 * figures. Besides the wall-clock time it measures CPU time (this process and the Git processes
 * it waited for), which other work on a busy machine does not inflate; the growth check uses it.
 * (That the number of Git processes does not grow is checked by `npm test`, in
 * tests/git-history.test.ts.)
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildFileHistories, gitProcessCount, readBlobs, readGitLog } from '../src/lib/history/git.ts';
import { readSiteHistory } from '../src/lib/history/record-history.ts';
import { generateRepository } from './support/history-benchmark.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** CPU milliseconds used so far by this process and its finished children (Linux), else wall time. */
function cpu(): number {
  if (!existsSync('/proc/self/stat')) return performance.now();
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  // utime, stime, cutime, cstime, in clock ticks of 10 ms.
  return [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]) * 10, 0);
}

function timed<T>(run: () => T): { result: T; wall: number; cpu: number } {
  const [wall, used] = [performance.now(), cpu()];
  const result = run();
  return { result, wall: performance.now() - wall, cpu: cpu() - used };
}

function measure(records: number, commits: number) {
  const generated = timed(() => generateRepository(records, commits));
  folders.push(generated.result);
  const content = join(generated.result, 'content');

  // Git alone: the log pass (and the graph pass for merges), then every version's text.
  const git = timed(() => {
    const log = readGitLog(content);
    if (!log.available) throw new Error(`no history: ${log.reason}`);
    const files = buildFileHistories(log.commits, () => true);
    return readBlobs(content, files.flatMap((file) => file.versions.flatMap((v) => (v.blob ? [v.blob] : []))));
  });

  // Everything the build does: Git, then parsing every version with the schemas and comparing
  // them. The best of three runs, as benchmarks do, so a busy moment does not decide the figure.
  const processes = gitProcessCount();
  const runs = [1, 2, 3].map(() => timed(() => readSiteHistory(content)));
  const total = runs.reduce((best, run) => (run.cpu < best.cpu ? run : best));
  return { records, commits, generated, git, total, versions: git.result.size, changes: total.result.changes.length, processes: (gitProcessCount() - processes) / runs.length };
}

it('reads the history of 2,000 records and 5,000 commits in a few Git processes, in time that grows about linearly', { timeout: 300_000 }, () => {
  measure(200, 500); // warm up: compiled code and the disk cache, so the first size is not penalised
  const half = measure(1000, 2500);
  const full = measure(2000, 5000);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const row = (m: typeof full) =>
    `  ${String(m.records).padStart(5)} records, ${String(m.commits).padStart(5)} commits (${m.changes} changes, ${m.versions} versions read): ` +
    `whole history ${s(m.total.wall)} (CPU ${s(m.total.cpu)}), of which Git ${s(m.git.wall)} (CPU ${s(m.git.cpu)}); ${m.processes} Git processes; repository generated in ${s(m.generated.wall)}`;
  console.log(
    `History extraction benchmark:\n${row(half)}\n${row(full)}\n` +
      `  full / half: ${(full.total.cpu / half.total.cpu).toFixed(2)} in CPU time, ${(full.total.wall / half.total.wall).toFixed(2)} in wall time (linear: 2, quadratic: 4)`,
  );

  expect(full.processes).toBe(half.processes);
  expect(full.processes).toBeLessThanOrEqual(7);
  // Twice the records and commits should cost about twice as much: well under quadratic (4).
  expect(full.total.cpu / half.total.cpu).toBeLessThan(3);
  expect(full.total.wall).toBeLessThan(60_000);
});
