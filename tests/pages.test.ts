/** The built pages show what each kind of reader needs, read from dist/ after the build. */
import { readFileSync } from 'node:fs';
import { languageOfPath, neutralPath } from '../src/lib/i18n/routes.ts';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { dist, htmlPages, page, pageText } from './support/dist.ts';
import { sampleRecords } from './support/records.ts';
import { elementTexts, startTags } from './support/html.ts';

/** A page's meta description, decoded. */
const descriptionOf = (html: string) => new Map(startTags(html).find((tag) => tag.name === 'meta' && new Map(tag.attributes).get('name') === 'description')?.attributes ?? []).get('content') ?? '';

const of = sampleRecords();
const organizationName = (id: string) => of('organizations').find((record) => record.id === id)!.data.name;

describe('every page', () => {
  const pages = htmlPages();

  it('has a distinct title and a meta description', () => {
    const titles = new Map<string, string>();
    for (const path of pages) {
      const html = page(path);
      const title = html.match(/<title>([^<]+)<\/title>/)?.[1];
      expect(title, path).toBeTruthy();
      expect(html, path).toMatch(/<meta name="description" content="[^"]{20,}"/);
      // Distinct within a language: an untranslated record keeps its English title in Spanish.
      const key = `${languageOfPath(path)} ${title}`;
      expect(titles.get(key), `${path} has the same title as ${titles.get(key)}`).toBeUndefined();
      titles.set(key, path);
    }
  });

  it('has a title and a description without doubled punctuation (such as ".:" where two texts were joined)', () => {
    for (const path of pages) {
      const html = page(path);
      const title = elementTexts(html, 'title')[0];
      const description = descriptionOf(html);
      for (const text of [title, description]) expect(text, path).not.toMatch(/[.:;,]\s*[.:;,]/);
    }
  });

  it('names the home page after the site, and describes it with the tagline', () => {
    const settings = yaml.load(readFileSync('content/settings.yaml', 'utf8')) as { title: string; tagline: string };
    const html = page('/');
    expect(elementTexts(html, 'title')[0]).toBe(settings.title);
    expect(descriptionOf(html)).toBe(settings.tagline);
  });

  it('has exactly one h1, a skip link and a main landmark', () => {
    // Not the editors' CMS: an empty shell that Decap fills with its own interface (tests/cms.e2e.ts).
    for (const path of pages.filter((path) => path !== '/admin/')) {
      const html = page(path);
      expect(html.match(/<h1[ >]/g)?.length, path).toBe(1);
      expect(html, path).toContain('href="#main"');
      expect(html, path).toMatch(/<main id="main"/);
    }
  });

  it('ships no client JavaScript on reading pages', () => {
    // Pages whose point is JavaScript, each with its own browser tests: the interactive map
    // (tests/map.e2e.ts), search (tests/search.e2e.ts) and the editors' CMS (tests/cms.e2e.ts).
    const reading = pages.filter((path) => !['/map/', '/search/', '/admin/'].includes(neutralPath(path)));
    // JSON-LD (`type="application/ld+json"`) is data for search engines: browsers never run it.
    for (const path of reading) expect(page(path), path).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
  });

  it('shows the illustrative-content banner, as the settings ask', () => {
    const { illustrative } = yaml.load(readFileSync('content/settings.yaml', 'utf8')) as { illustrative: boolean };
    expect(illustrative).toBe(true);
    expect(pageText('/')).toContain('Illustrative content.');
  });
});

describe('the site has a page for every record', () => {
  // Each of these collections is published under its own name: /commitments/<id>/.
  for (const collection of ['action-plans', 'commitments', 'meetings', 'datasets', 'organizations', 'districts'] as const) {
    it(`publishes each of the ${collection}`, () => {
      const pages = new Set(htmlPages());
      for (const record of of(collection)) expect(pages.has(`/${collection}/${record.id}/`), record.id).toBe(true);
    });
  }
  it('publishes the plain pages at the root, a 404 page and a sitemap', () => {
    const pages = new Set(htmlPages());
    for (const record of of('pages')) expect(pages.has(`/${record.id}/`)).toBe(true);
    expect(pages.has('/404.html')).toBe(true);
    expect(readFileSync(`${dist}/sitemap-index.xml`, 'utf8')).toContain('sitemap-0.xml');
    expect(readFileSync(`${dist}/sitemap-0.xml`, 'utf8')).toContain('/commitments/');
  });
});

describe('a commitment page', () => {
  const commitment = of('commitments').find((c) => c.data.plan === '2026-2028' && c.data.milestones.some((m) => m.status !== 'complete' && m.end < '2026-11-27'))!;
  const text = pageText(`/commitments/${commitment.id}/`);
  const d = commitment.data;

  it('shows the template fields: number, title, lead, contact, problem, values', () => {
    expect(text).toContain(`Commitment ${d.code}`);
    expect(text).toContain(d.title);
    expect(text).toContain(organizationName(d.lead));
    expect(text).toContain(d.contact.name);
    expect(text).toContain('What is the public problem?');
    expect(text).toContain('OGP values');
  });

  it('lists every milestone with its dates and says "overdue" in words', () => {
    for (const milestone of d.milestones) expect(text).toContain(milestone.title);
    expect(text).toMatch(/overdue by \d+ (day|month|year)s?/);
    expect(page(`/commitments/${commitment.id}/`)).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">\d{1,2} [A-Z][a-z]+ \d{4}<\/time>/);
  });

  it('says a closed plan\'s unfinished milestones were not finished, rather than overdue for years', () => {
    const closed = of('commitments').find((c) => c.data.plan === '2020-2021' && c.data.milestones.some((m) => m.status !== 'complete'))!;
    const closedText = pageText(`/commitments/${closed.id}/`);
    expect(closedText).toContain('not finished when the plan ended');
    expect(closedText).not.toMatch(/overdue by/);
  });

  it('counts milestones complete, number first', () => {
    const complete = d.milestones.filter((m) => m.status === 'complete').length;
    expect(text).toContain(`${complete} of ${d.milestones.length} milestones complete`);
  });

  it('links evidence of completed milestones', () => {
    const withEvidence = of('commitments').flatMap((c) => c.data.milestones.map((m) => [c.id, m] as const)).find(([, m]) => m.evidence.length > 0)!;
    expect(page(`/commitments/${withEvidence[0]}/`)).toContain(`href="${withEvidence[1].evidence[0].url}"`);
  });
});

describe('a meeting page', () => {
  const meeting = of('meetings').find((m) => m.data.attendees.length > 0 && m.data.decisions.length > 0)!;
  const d = meeting.data;
  const text = pageText(`/meetings/${meeting.id}/`);

  it('counts attendees by sector and lists them', () => {
    const government = d.attendees.filter((a) => a.sector === 'government').length;
    expect(text).toContain(`${d.attendees.length} people: ${government} government`);
    for (const attendee of d.attendees) expect(text).toContain(attendee.name);
  });

  it('shows the agenda, decisions with their outcome, and action items', () => {
    for (const item of d.agenda) expect(text).toContain(item);
    for (const decision of d.decisions) expect(text).toContain(decision.text);
    expect(text).toMatch(/Adopted|Rejected|Deferred/);
  });
});

describe('a dataset page', () => {
  it('lists each file with its format, size and a download link', () => {
    for (const dataset of of('datasets')) {
      const html = page(`/datasets/${dataset.id}/`);
      for (const resource of dataset.data.resources) {
        expect(html).toContain(`href="${resource.file ?? resource.url}"`);
        if (resource.file) expect(pageText(`/datasets/${dataset.id}/`)).toMatch(/\d+ (bytes|KB|MB)/);
      }
      expect(pageText(`/datasets/${dataset.id}/`)).toContain(organizationName(dataset.data.publisher));
    }
  });

  it('publishes the files themselves under /files/', () => {
    const resource = of('datasets')[0].data.resources.find((r) => r.file)!;
    expect(readFileSync(`${dist}${resource.file}`)).toEqual(readFileSync(`content${resource.file}`));
  });
});

describe('an organization page', () => {
  it('lists the commitments it leads, the meetings it attended and the datasets it publishes', () => {
    for (const organization of of('organizations')) {
      const text = pageText(`/organizations/${organization.id}/`);
      for (const commitment of of('commitments').filter((c) => c.data.lead === organization.id)) expect(text).toContain(commitment.data.title);
      for (const dataset of of('datasets').filter((d) => d.data.publisher === organization.id)) expect(text).toContain(dataset.data.title);
    }
  });
});

describe('a district page', () => {
  it('lists the meetings held there and the commitments that name it', () => {
    for (const district of of('districts')) {
      const text = pageText(`/districts/${district.id}/`);
      for (const meeting of of('meetings').filter((m) => m.data.district === district.id)) expect(text).toContain(meeting.data.title);
      for (const commitment of of('commitments').filter((c) => c.data.plan === '2026-2028' && c.data.districts.includes(district.id))) {
        expect(text).toContain(commitment.data.title);
      }
    }
  });
});

describe('the home page', () => {
  it('gives the plan progress at a glance, latest meetings, newest datasets and the districts', () => {
    const text = pageText('/');
    expect(text).toMatch(/\d+ of \d+ milestones complete/);
    expect(text).toContain('Latest meetings');
    expect(text).toContain('Newest open data');
    for (const district of of('districts')) expect(text).toContain(district.data.name);
  });
});
