/**
 * Generates a large content repository for the history benchmark with ONE `git fast-import`
 * (a few seconds for thousands of commits, where `git commit` in a loop takes minutes).
 * Records spread over five collections (commitments with milestones, meetings, datasets,
 * organizations, pages); later commits change statuses, move deadlines, edit text, rename and
 * delete files, and every tenth change is published by merging a CMS review branch.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitmentFile } from './history-fixture.ts';
import { recordFile as recordPath } from '../../src/lib/content/record-files.ts';

const statuses = ['not-started', 'limited', 'substantial', 'complete'];

/** A repeatable stream of pseudo-random numbers (a linear congruential generator). */
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

/** A record's file in one of its versions; a real site's records spread over its collections like these. */
function recordFile(path: string, version: number, pick: (n: number) => number): string {
  const n = Number(/(\d+)/.exec(path)![1]);
  const month = String(1 + pick(12)).padStart(2, '0');
  const text = `${'A line of text about this record.\n'.repeat(8)}Edited ${version} times.\n`;
  if (path.startsWith('content/organizations/')) return `name: Organization ${n} (${version})\nsector: government\nkind: agency\n`;
  if (path.startsWith('content/pages/')) return `---\ntitle: Page ${n}\nsummary: Version ${version}.\n---\n\n${text}`;
  if (path.startsWith('content/meetings/')) {
    return `---\ntitle: Meeting ${n}\nsummary: An ordinary meeting.\nkind: ordinary\nstatus: ${['scheduled', 'held'][pick(2)]}\ndate: 2026-${month}-15\nonline: true\nagenda:\n  - Progress\n  - Item ${version}\n---\n\n${text}`;
  }
  if (path.startsWith('content/datasets/')) {
    return `---\ntitle: Dataset ${n}\nsummary: Some data.\npublisher: organization-0000\ncontact:\n  name: Data desk\n  email: data@example.org\nkeywords:\n  - k${pick(5)}\nthemes:\n  - open-data\nfrequency: ${['monthly', 'quarterly', 'annual'][pick(3)]}\nlicence: cc-by-4.0\nissued: 2026-01-01\nresources:\n  - title: Data file\n    format: CSV\n    url: https://example.org/${n}.csv\n---\n\n${text}`;
  }
  return commitmentFile({
    status: statuses[pick(4)],
    lead: `organization-${String(pick(50) * 10).padStart(4, '0')}`,
    milestones: [
      { title: `Publish report ${n}`, end: `2027-${month}-28` },
      { title: `Consult on report ${n}`, end: '2027-12-31' },
      ...(version % 3 ? [{ title: `Train officers ${n}`, end: '2028-03-31' }] : []),
    ],
    body: text,
  }).replace('code: BZ90', `code: BZ${String(n % 100).padStart(2, '0')}`);
}

/** Creates a repository with `records` records and `commits` commits in all; returns its folder. */
export function generateRepository(records: number, commits: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'og-history-bench-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  const pick = random(records * 7919 + commits);
  const out: string[] = [];
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  let mark = 0;
  let main = 0;
  let time = Date.parse('2020-01-01T00:00:00Z') / 1000;
  const commit = (ref: string, from: number, message: string, changes: string[], merge?: number) => {
    mark++;
    time += 3600;
    const who = `Editor ${pick(20)} <editor@example.org> ${time} +0000`;
    out.push(`commit ${ref}\nmark :${mark}\nauthor ${who}\ncommitter ${who}\n${data(message)}${from ? `from :${from}\n` : ''}${merge ? `merge :${merge}\n` : ''}${changes.join('')}`);
    return mark;
  };
  const modify = (path: string, version: number) => `M 100644 inline ${path}\n${data(recordFile(path, version, pick))}`;

  const live: string[] = [];
  const versions = new Map<string, number>();
  const pathOf = (i: number) => {
    const n = String(i).padStart(4, '0');
    const folder = (['organizations', 'pages', 'commitments', 'commitments', 'commitments', 'meetings', 'meetings', 'meetings', 'datasets', 'datasets'] as const)[i % 10];
    return recordPath(folder, `${folder.replace(/s$/, '')}-${n}`);
  };
  // A tenth of the commits add the records, ten at a time; the rest change them.
  const perCommit = Math.max(1, Math.ceil(records / Math.max(1, Math.floor(commits / 10))));
  let made = 0;
  for (let added = 0; added < records; added += perCommit) {
    const paths = Array.from({ length: Math.min(perCommit, records - added) }, (_, k) => pathOf(added + k));
    paths.forEach((path) => versions.set(path, 0));
    live.push(...paths);
    main = commit('refs/heads/main', main, `Add ${paths.length} records`, paths.map((path) => modify(path, 0)));
    made++;
  }
  while (made < commits) {
    const index = pick(live.length);
    const path = live[index];
    const version = versions.get(path)! + 1;
    versions.set(path, version);
    if (made % 250 === 249 && live.length > 1) {
      live.splice(index, 1);
      main = commit('refs/heads/main', main, `Remove ${path}`, [`D ${path}\n`]);
    } else if (made % 100 === 99) {
      const renamed = path.replace(/(\d+)\./, '$1-renamed.');
      live[index] = renamed;
      versions.set(renamed, version);
      main = commit('refs/heads/main', main, `Rename ${path}`, [`R ${path} ${renamed}\n`]);
    } else if (made % 10 === 9 && made + 1 < commits) {
      // A review branch with one draft, merged: two commits.
      const change = modify(path, version);
      const draft = commit(`refs/heads/cms/${made}`, main, `Update ${path}`, [change]);
      main = commit('refs/heads/main', main, 'Automatically generated. Merged on Decap CMS.', [change], draft);
      made++;
    } else {
      main = commit('refs/heads/main', main, `Update ${path}`, [modify(path, version)]);
    }
    made++;
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: out.join('\n'), maxBuffer: 1024 * 1024 * 1024 });
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir });
  return dir;
}
