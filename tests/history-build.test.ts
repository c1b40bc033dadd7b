/**
 * The site built from a repository with a known history (fixed dates and authors): record
 * pages, history pages, the changes page, the feeds and the build provenance; then the same
 * repository cloned with `--depth 1`, where pages must say the history is unavailable. Both are
 * built once per run (tests/support/shared-builds.ts); the full history's site is the variant site
 * this run shares with tests/xss.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FixtureCommits } from './support/history-fixture.ts';
import { htmlText } from './support/html.ts';
import { sharedBuild } from './support/shared-builds.ts';

let commits: FixtureCommits;

/** A reader of a built site's files and of its pages' text. */
function reader(out: string) {
  const file = (path: string) => readFileSync(join(out, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
  const text = (path: string) => htmlText(file(path));
  return { file, text };
}

let full: ReturnType<typeof reader>;
let cut: ReturnType<typeof reader>;

beforeAll(async () => {
  const site = await sharedBuild('variant');
  if (site.status !== 0) throw new Error(`The site did not build:\n${site.output}`);
  ({ commits } = site);
  full = reader(site.out);
  const shallow = await sharedBuild('shallow');
  if (shallow.status !== 0) throw new Error(`The shallow clone did not build:\n${shallow.output}`);
  cut = reader(shallow.out);
}, 240_000);

describe('a site built with its full history', () => {
  it('shows on the record page when it last changed, by whom, with a link to its history and feed', () => {
    const html = full.file('/commitments/public-contract-registry/');
    expect(full.text('/commitments/public-contract-registry/')).toContain('Last updated 10 August 2026 by Carla Editor');
    expect(html).toContain('<time datetime="2026-08-10T15:00:00Z">');
    expect(html).toContain('href="/commitments/public-contract-registry/history/"');
    expect(html).toContain('href="/commitments/public-contract-registry/feed.xml"');
  });

  it('lists every commit on the history page, newest first, in plain words, linked to the Git host', () => {
    const text = full.text('/commitments/public-contract-registry/history/');
    const expected = [
      '10 August 2026 By Carla Editor: “Update Commitments “public-contract-registry”” · commit',
      'Reviewed, then published by Dan Publisher',
      'Completion level: Substantial → Complete',
      'Renamed: its id changed from contract-registry to public-contract-registry',
      'Lead implementing agency changed from Ministry of Finance, Economic Development and Investment to Office of the Contractor General',
      'Text: 1 line added, 1 line removed',
      'Milestone removed: "Open the contracts portal"',
      'Milestone added: "Train procurement officers"',
      'Milestone "Publish the draft bill": end date (expected completion) moved from 31 March 2027 to 30 September 2027 (6 months later)',
      'Completion level: Limited → Substantial',
      '5 January 2026 By Ana Pérez: “Add the contract registry commitment”',
    ];
    let from = 0;
    for (const words of expected) {
      const at = text.indexOf(words, from);
      expect(at, words).toBeGreaterThan(-1);
      from = at;
    }
    expect(full.file('/commitments/public-contract-registry/history/')).toContain(`href="https://github.com/opengov-belize/site/commit/${commits.status}"`);
    expect(full.file('/commitments/public-contract-registry/history/')).toContain('<del>− Every quarter, a report.');
  });

  it('keeps a removed record on the changes page, linked to a page with its last version', () => {
    const changes = full.file('/changes/');
    expect(full.text('/changes/')).toMatch(/Removed Page: Old news/);
    expect(changes).toContain('href="/old-news/history/"');
    expect(changes).toContain(`href="https://github.com/opengov-belize/site/blob/${commits.added}/content/pages/en/old-news.md"`);
    const last = full.text('/old-news/history/');
    expect(last).toContain('Removed on 1 July 2026: its last version');
    expect(last).toMatch(/Title Old news Summary A page\./);
  });

  it('filters the changes page by type with plain links, newest first', () => {
    const pages = full.text('/changes/pages/');
    expect(pages).toContain('Removed Page: Old news');
    expect(pages).not.toContain('Commitment:');
    const all = full.text('/changes/');
    expect(all.indexOf('10 August 2026')).toBeLessThan(all.indexOf('5 August 2026'));
    expect(full.file('/changes/')).toContain('href="/changes/commitments/"');
  });

  it('publishes Atom feeds of all changes and of each commitment', () => {
    const feed = full.file('/commitments/public-contract-registry/feed.xml');
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(feed.match(/<entry>/g)).toHaveLength(7);
    expect(feed).toContain('<updated>2026-08-10T15:00:00Z</updated>');
    expect(feed).toContain('<name>Carla Editor</name>');
    expect(feed).toContain('Completion level: Limited → Substantial');
    const site = full.file('/changes/feed.xml');
    expect(site).toContain('<title>Removed: page “Old news”</title>');
  });

  it('dates each page in the sitemap by the last commit to what it shows', () => {
    const sitemap = full.file('/sitemap-0.xml');
    const lastmod = (path: string) => new RegExp(`<loc>https://opengov\\.example\\.bz${path}</loc>(?:<lastmod>([^<]+)</lastmod>)?</url>`).exec(sitemap)?.[1];
    expect(lastmod('/commitments/public-contract-registry/')).toBe('2026-08-10T15:00:00.000Z');
    expect(lastmod('/commitments/public-contract-registry/history/')).toBe('2026-08-10T15:00:00.000Z');
    expect(lastmod('/organizations/ministry-of-finance/')).toBe('2026-08-05T15:00:00.000Z');
    expect(lastmod('/meetings/2026-02-12-belmopan-launch/')).toBe('2025-12-01T12:00:00.000Z');
    // A list changes when any of its records does; the home page when anything does.
    expect(lastmod('/commitments/')).toBe('2026-08-10T15:00:00.000Z');
    expect(lastmod('/meetings/')).toBe('2025-12-01T12:00:00.000Z');
    expect(lastmod('/')).toBe('2026-08-10T15:00:00.000Z');
    expect(lastmod('/search/'), 'a page that shows no content has no date').toBeUndefined();
  });

  it('shows a rescheduled milestone on its commitment page: original and current dates, how often, and the change', () => {
    expect(full.text('/commitments/public-contract-registry/')).toMatch(/Publish the draft bill .*?Rescheduled first due 31 March 2027 ?, now 30 September 2027 ?: moved once/);
    expect(full.file('/commitments/public-contract-registry/')).toContain(`href="/commitments/public-contract-registry/history/#commit-${commits.deadline.slice(0, 7)}"`);
  });

  it('lists the rescheduled milestone on its plan\'s dashboard and in the plan\'s progress file', () => {
    const text = full.text('/action-plans/2026-2028/dashboard/');
    expect(text).toMatch(/Rescheduled \(1\)/);
    expect(text).toMatch(/Publish the draft bill Rescheduled First due 31 March 2027 ?, now 30 September 2027 ?: moved once/);
    const progress = JSON.parse(full.file('/api/v1/progress-2026-2028.json'));
    expect(progress.rescheduled).toEqual([
      expect.objectContaining({ commitment: 'public-contract-registry', kind: 'milestone', original: '2027-03-31', current: '2027-09-30', changes: [expect.objectContaining({ from: '2027-03-31', to: '2027-09-30', commit: expect.objectContaining({ sha: commits.deadline, date: '2026-03-15' }) })] }),
    ]);
  });

  it('gives the plan month by month from the history, the fixture\'s commitment arriving in January', () => {
    const { overTime } = JSON.parse(full.file('/api/v1/progress-2026-2028.json'));
    expect(overTime.map((p: { month: string }) => p.month)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11'].map((m) => `2026-${m}`));
    expect(overTime.every((p: { recorded: boolean }) => p.recorded)).toBe(true);
    // The registry (two milestones) joins the nine commitments of the sample content on 5 January.
    expect(overTime[0].commitments).toBe(10);
  });

  it('names the commit it was built from in every footer and in /build.json', () => {
    expect(full.text('/')).toContain(`Built from commit ${commits.merge.slice(0, 7)} of 10 August 2026.`);
    const info = JSON.parse(full.file('/build.json'));
    expect(info).toMatchObject({ commit: commits.merge, date: '2026-08-10T15:00:00Z', branch: 'main', history: { available: true }, records: { commitments: 13 } });
  });
});

describe('a site built from a shallow clone', () => {
  it('says the history is unavailable instead of showing wrong dates', () => {
    expect(cut.text('/commitments/public-contract-registry/')).toContain('Last updated Not available in this copy of the site');
    expect(cut.text('/commitments/public-contract-registry/history/')).toContain('built from a shallow copy of its Git repository');
    expect(cut.text('/changes/')).toContain('built from a shallow copy of its Git repository');
    expect(cut.file('/commitments/public-contract-registry/feed.xml')).not.toContain('<entry>');
    expect(cut.file('/sitemap-0.xml'), 'no made-up dates in the sitemap').not.toContain('<lastmod>');
    expect(cut.text('/action-plans/2026-2028/dashboard/')).toContain('Not known: this copy of the site was built without its Git history.');
  });

  it('still names the commit it was built from', () => {
    expect(cut.text('/')).toContain(`Built from commit ${commits.merge.slice(0, 7)} of 10 August 2026.`);
    expect(JSON.parse(cut.file('/build.json'))).toMatchObject({ commit: commits.merge, history: { available: false, reason: 'shallow' } });
  });
});
