/**
 * When bad content reaches the branch anyway, the content check's report says who last changed
 * each failing file, and in which commit: on real temporary Git repositories with fixed authors,
 * including a review branch merged as the CMS merges it, a shallow clone and no repository.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport } from '../src/lib/content/problems.ts';
import { gitProcessCount, lastCommits } from '../src/lib/history/git.ts';
import { TempRepo } from './support/git-repo.ts';
import { recordFile } from '../src/lib/content/record-files.ts';

const meeting = recordFile('meetings', '2026-11-26-toledo');
const plan = recordFile('action-plans', '2026-2028');
let repo: TempRepo;
let byHand: string;
let byBranch: string;

beforeAll(() => {
  repo = new TempRepo('og-last-commit-');
  repo.write(meeting, '---\ntitle: Toledo\n---\n').write(plan, '---\ntitle: Plan\n---\n');
  repo.commit('Add a meeting and a plan', { author: 'Ana Pérez', date: '2026-11-01T10:00:00Z' });
  repo.write(meeting, '---\ntitle: Toledo consultation\n---\n');
  byHand = repo.commit('Rename the Toledo meeting by hand', { author: 'Ben Young', date: '2026-11-20T10:00:00Z' });
  // A change reviewed in the CMS: a commit on its own branch, merged by a publisher.
  repo.git('checkout', '-q', '-b', 'cms/action-plans/2026-2028');
  repo.write(plan, '---\ntitle: Fourth plan\n---\n');
  byBranch = repo.commit('Update Action plan “2026-2028”', { author: 'Carla Editor', date: '2026-11-25T10:00:00Z' });
  repo.git('checkout', '-q', 'main');
  repo.gitAs({ author: 'Dan Publisher', date: '2026-11-26T10:00:00Z' }, 'merge', '-q', '--no-ff', '-m', 'Automatically generated. Merged on Decap CMS.', 'cms/action-plans/2026-2028');
});
afterAll(() => repo.remove());

describe('the last commit of each failing file', () => {
  it('is found in one Git process for all the files, with its author, date and message', () => {
    const before = gitProcessCount();
    const found = lastCommits(repo.dir, [join(repo.dir, meeting)]);
    expect(gitProcessCount() - before).toBe(1);
    expect(found.get(join(repo.dir, meeting))).toEqual({ sha: byHand, author: 'Ben Young', date: '2026-11-20', message: 'Rename the Toledo meeting by hand' });
  });

  it('is the editor\'s commit, not the publisher\'s merge, for a change reviewed in the CMS', () => {
    const found = lastCommits(repo.dir, [join(repo.dir, plan)]);
    expect(found.get(join(repo.dir, plan))).toMatchObject({ sha: byBranch, author: 'Carla Editor' });
  });

  it('is not named in a shallow clone whose one commit seems to add every file', () => {
    const clone = repo.shallowClone();
    try {
      expect(lastCommits(clone.dir, [join(clone.dir, meeting)]).size).toBe(0);
    } finally {
      clone.remove();
    }
  });

  it('is not named outside a Git repository', () => {
    const folder = mkdtempSync(join(tmpdir(), 'og-no-git-'));
    try {
      expect(lastCommits(folder, [join(folder, meeting)]).size).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the report', () => {
  const problem = { file: meeting, field: 'district (District)', message: 'name the district where the meeting was held, or mark it as held online' };

  it('names the file, the field, the commit and its author', () => {
    const report = formatReport([problem], new Map([[meeting, { sha: byHand, author: 'Ben Young', date: '2026-11-20', message: 'Rename the Toledo meeting by hand' }]]));
    expect(report).toContain(`  ${meeting} (last changed in commit ${byHand.slice(0, 10)} by Ben Young, 2026-11-20: "Rename the Toledo meeting by hand")\n    - district (District): name the district`);
  });

  it('still names the file and the field when Git cannot tell the commit', () => {
    expect(formatReport([problem])).toContain(`  ${meeting}\n    - district (District): name the district`);
  });
});
