/** The change history on the built sample site: every record page, history page, feed and footer (issue #7). */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, htmlPages, page, pageText } from './support/dist.ts';
import { collectionNames, collections, historyCollections, isPublic } from '../src/schemas/index.ts';
import { parseRecordText } from '../src/lib/content/check.ts';
import { readYaml } from '../src/lib/cms/formats.ts';
import { recordUrl, historyUrl, recordFeedUrl } from '../src/lib/urls.ts';
import { recordFolder } from '../src/lib/content/record-files.ts';
import { wordsIn } from '../src/lib/i18n/words.ts';
import { fileChanges, recordChanges } from './support/git-repo.ts';
import { languageOfPath } from '../src/lib/i18n/routes.ts';

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const distFile = (path: string) => readFileSync(join(dist, path), 'utf8');
// The commit the site was built from (commits may have landed since), as /build.json says.
const built: string = JSON.parse(distFile('build.json')).commit;
const committed = new Set(git('ls-tree', '-r', '--name-only', built, 'content').split('\n'));
// Records the public may see: a data request awaiting moderation or withheld has no page; public
// input has no page of its own (each is a row of its consultation's page) and no history.
const records = historyCollections.flatMap((collection) =>
  readdirSync(recordFolder(collection))
    .filter((name) => !name.startsWith('_') && !name.startsWith('.'))
    .filter((name) => isPublic(collection, parseRecordText(readFileSync(join(recordFolder(collection), name), 'utf8'), collections[collection].format).data as Record<string, unknown>))
    .map((name) => ({ collection, id: name.replace(/\.[^.]+$/, ''), file: `${recordFolder(collection)}/${name}` })),
);
const exists = (path: string) => existsSync(join(dist, path.endsWith('/') ? `${path}index.html` : path));

describe('every record page', () => {
  it('says when it was last updated and by whom, and links to its history page', () => {
    expect(records.length).toBeGreaterThan(50);
    for (const { collection, id, file } of records) {
      const html = page(recordUrl(collection, id));
      const updated = /<dd data-last-updated[^>]*>([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? '';
      if (committed.has(file)) expect(updated, file).toMatch(/<time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ">\d{1,2} \w+ \d{4}<\/time> by \S/);
      else expect(updated, file).toContain('Not saved in the repository yet');
      expect(updated, file).toContain(`href="${historyUrl(collection, id)}"`);
      expect(exists(historyUrl(collection, id)), historyUrl(collection, id)).toBe(true);
    }
  });

  it('of every record links to its own Atom feed', () => {
    for (const { collection, id } of records) {
      expect(page(recordUrl(collection, id))).toContain(`href="${recordFeedUrl(collection, id)}"`);
      expect(exists(recordFeedUrl(collection, id)), recordFeedUrl(collection, id)).toBe(true);
    }
  });
});

describe('history pages', () => {
  it('list as many changes as Git has first-parent commits touching the file, newest first', () => {
    const sample = records.filter((record) => committed.has(record.file)).slice(0, 5);
    for (const { collection, id, file } of sample) {
      const commits = recordChanges(built, file);
      const html = page(historyUrl(collection, id));
      const listed = [...html.matchAll(/<li id="commit-([0-9a-f]{7})"/g)].map((m) => m[1]);
      expect(listed, file).toEqual(commits.map((sha) => sha.slice(0, 7)));
    }
  });

  it('are not built for a data request awaiting moderation or withheld, nor listed among the changes', () => {
    const hidden = readdirSync('content/data-requests').filter((name) => /^moderation: (pending|withheld)$/m.test(readFileSync(`content/data-requests/${name}`, 'utf8')) || !/^moderation:/m.test(readFileSync(`content/data-requests/${name}`, 'utf8')));
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    for (const name of hidden) {
      const id = name.replace(/\.md$/, '');
      expect(exists(historyUrl('data-requests', id)), id).toBe(false);
      expect(page('/changes/data-requests/'), id).not.toContain(`/data-requests/${id}/`);
    }
  });

  it('link each commit to the Git host named in the settings', () => {
    const [{ collection, id, file }] = records.filter((record) => committed.has(record.file));
    const [sha] = fileChanges(built, file);
    expect(page(historyUrl(collection, id))).toContain(`href="https://github.com/opengov-belize/site/commit/${sha}"`);
  });
});

describe('the changes page', () => {
  it('filters by type with plain links, and every filter page exists', () => {
    const html = page('/changes/');
    const filters = [...html.matchAll(/href="(\/changes\/[a-z-]+\/)"/g)].map((m) => m[1]);
    expect(filters.length).toBeGreaterThanOrEqual(5);
    for (const filter of filters) expect(exists(filter), filter).toBe(true);
    expect(pageText('/changes/commitments/')).not.toMatch(/\bMeeting:/);
  });

  it('has an Atom feed with one entry per change, newest first', () => {
    const feed = distFile('changes/feed.xml');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    const updated = [...feed.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]);
    expect(updated.length).toBeGreaterThan(0);
    expect([...updated].sort().reverse()).toEqual(updated);
  });
});

describe('build provenance', () => {
  it('names the commit the site was built from in every page footer', () => {
    for (const path of htmlPages().filter((p) => !p.startsWith('/admin'))) {
      const w = wordsIn(languageOfPath(path)).words.history;
      expect(pageText(path), path).toContain(`${w.builtFrom} ${built.slice(0, 7)} ${w.of} `);
    }
  });

  it('gives commit, date, branch and record counts in /build.json', () => {
    const info = JSON.parse(distFile('build.json'));
    expect(git('merge-base', '--is-ancestor', info.commit, 'HEAD')).toBe(''); // a real commit of this branch
    expect(info.date).toBe(new Date(Number(git('log', '-1', '--format=%ct', info.commit)) * 1000).toISOString().replace('.000Z', 'Z'));
    expect(info.history).toEqual({ available: true });
    expect(typeof info.branch === 'string' || info.branch === null).toBe(true);
    for (const collection of historyCollections) expect(info.records[collection], collection).toBe(records.filter((r) => r.collection === collection).length);
    // Public input counts what readers see: published input, not what awaits moderation or is withheld.
    const published = readdirSync('content/public-input').filter((name) => readYaml(readFileSync(`content/public-input/${name}`, 'utf8')).moderation === 'published');
    expect(info.records['public-input']).toBe(published.length);
    expect(Object.keys(info.records).sort()).toEqual([...collectionNames, 'total'].sort());
  });
});
