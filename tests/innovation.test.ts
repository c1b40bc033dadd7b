/**
 * Reuses, data requests and challenges on the built site (issue #14): the reuses' filters are
 * static pages of plain links; "Used by" on every dataset page; what serves each district; the
 * featured reuses on the home page; screenshots light enough for a phone; data requests in the
 * order that shows who waits longest; linked data. Expected values come from the content files
 * (read by the content check), not from the code that builds the pages.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/content/check.ts';
import { dist, htmlPages, page, pageText } from './support/dist.ts';
import { startTags } from './support/html.ts';
import { detectForms } from './support/server.ts';

const { records } = checkContent('content');
type Data = Record<string, any>;
const of = (collection: string) => records.filter((r) => r.collection === collection).map((r) => ({ id: r.id, data: r.data as Data }));
const reuses = of('reuses');
const datasets = of('datasets');
const districts = ['corozal', 'orange-walk', 'belize', 'cayo', 'stann-creek', 'toledo'];
const requests = of('data-requests');
const published = requests.filter((r) => r.data.moderation === 'published');

/** The ids of the reuses a page lists, in order: their titles link to /reuses/<id>/ inside a list item. */
const listedReuses = (html: string) => [...html.matchAll(/<li class="og-reuse">[\s\S]*?<a href="\/reuses\/([a-z0-9-]+)\/">/g)].map((m) => m[1]);
/** The links of a page. */
const links = (html: string) => startTags(html).filter((tag) => tag.name === 'a').map((tag) => Object.fromEntries(tag.attributes).href);

describe('the reuses\' filters, without JavaScript', () => {
  const index = page('/reuses/');

  it('lists every reuse on /reuses/, newest first', () => {
    const expected = [...reuses].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title)).map((r) => r.id);
    expect(listedReuses(index)).toEqual(expected);
    expect(reuses.length).toBeGreaterThanOrEqual(8);
    expect(new Set(reuses.map((r) => r.data.type)).size).toBe(7); // every type of reuse
  });

  it('offers every type, district and dataset used as a plain link to a page of its own', () => {
    const expected = [
      ...new Set(reuses.map((r) => `/reuses/type/${r.data.type}/`)),
      ...districts.map((d) => `/reuses/district/${d}/`),
      ...new Set(reuses.flatMap((r) => r.data.datasets.map((d: string) => `/reuses/dataset/${d}/`))),
    ];
    for (const href of expected) {
      expect(links(index), href).toContain(href);
      expect(htmlPages(), href).toContain(href);
    }
    expect(htmlPages().filter((path) => /^\/reuses\/(type|district|dataset)\//.test(path)).sort()).toEqual([...expected].sort());
  });

  it.each(districts)('/reuses/district/%s/ lists what serves it alone, then what serves the whole country', (district) => {
    const html = page(`/reuses/district/${district}/`);
    const own = reuses.filter((r) => r.data.districts.includes(district)).map((r) => r.id);
    const nationwide = reuses.filter((r) => r.data.districts.length === 0).map((r) => r.id);
    expect(listedReuses(html).sort()).toEqual([...own, ...nationwide].sort());
    const [first, second] = html.split('For the whole country');
    expect(listedReuses(first).sort()).toEqual(own.sort());
    expect(listedReuses(second).sort()).toEqual(nationwide.sort());
  });

  it('lists on each type and dataset page exactly the reuses that have it, and marks the current filter', () => {
    for (const type of new Set(reuses.map((r) => r.data.type))) {
      const html = page(`/reuses/type/${type}/`);
      expect(listedReuses(html).sort(), type).toEqual(reuses.filter((r) => r.data.type === type).map((r) => r.id).sort());
      expect(html).toContain(`<a href="/reuses/type/${type}/" aria-current="page">`);
    }
    for (const dataset of datasets) {
      const users = reuses.filter((r) => r.data.datasets.includes(dataset.id)).map((r) => r.id);
      if (!users.length) continue;
      expect(listedReuses(page(`/reuses/dataset/${dataset.id}/`)).sort(), dataset.id).toEqual(users.sort());
    }
  });

  it('needs no script: the filter pages load none', () => {
    for (const path of htmlPages().filter((p) => p.startsWith('/reuses/'))) {
      expect(startTags(page(path)).filter((tag) => tag.name === 'script' && !tag.attributes.some(([k, v]) => k === 'type' && v === 'application/ld+json')), path).toEqual([]);
    }
  });
});

describe('where reuses show up', () => {
  it('every dataset page says what uses it ("Used by"), linking each reuse', () => {
    for (const dataset of datasets) {
      const html = page(`/datasets/${dataset.id}/`);
      const text = pageText(`/datasets/${dataset.id}/`);
      const users = reuses.filter((r) => r.data.datasets.includes(dataset.id));
      expect(text, dataset.id).toContain('Used by');
      const section = html.slice(html.indexOf('>Used by<'));
      const linked = [...section.slice(0, section.indexOf('<h2', 5) > 0 ? section.indexOf('<h2', 5) : undefined).matchAll(/href="\/reuses\/([a-z0-9-]+)\/"/g)].map((m) => m[1]);
      expect(linked.sort(), dataset.id).toEqual(users.map((r) => r.id).sort());
      if (!users.length) expect(text, dataset.id).toContain('No app, website or study built on this data is listed yet');
    }
    expect(datasets.filter((d) => reuses.some((r) => r.data.datasets.includes(d.id))).length).toBeGreaterThan(4);
  });

  it('every district page lists the reuses that serve it and links to those for the whole country', () => {
    for (const district of districts) {
      const html = page(`/districts/${district}/`);
      const own = reuses.filter((r) => r.data.districts.includes(district)).map((r) => r.id);
      expect(listedReuses(html).sort(), district).toEqual(own.sort());
      expect(html).toContain(`href="/reuses/district/${district}/"`);
    }
  });

  it('the home page shows the featured reuses', () => {
    const featured = reuses.filter((r) => r.data.featured).map((r) => r.id);
    expect(featured.length).toBeGreaterThan(0);
    expect(listedReuses(page('/')).sort()).toEqual(featured.sort());
  });

  it('a reuse\'s page names its type, its author, every dataset it uses and the districts it serves', () => {
    for (const reuse of reuses) {
      const html = page(`/reuses/${reuse.id}/`);
      for (const dataset of reuse.data.datasets) expect(html, reuse.id).toContain(`href="/datasets/${dataset}/"`);
      for (const district of reuse.data.districts) expect(html, reuse.id).toContain(`href="/districts/${district}/"`);
      expect(pageText(`/reuses/${reuse.id}/`)).toContain(reuse.data.author.name.replace(/'/g, "'"));
      if (reuse.data.link) expect(html).toContain(`href="${reuse.data.link}"`);
    }
  });
});

describe('screenshots stay light', () => {
  /** Pages that list reuses with their thumbnails. */
  const listings = htmlPages().filter((path) => (path === '/' || /^\/(reuses|challenges|districts)\//.test(path)) && page(path).includes('class="og-reuse__thumb"'));
  /** Every image file a page may load: each <img> src and srcset, each <source> srcset. */
  const images = (html: string) =>
    startTags(html)
      .filter((tag) => tag.name === 'img' || tag.name === 'source')
      .flatMap((tag) => tag.attributes.filter(([k]) => k === 'src' || k === 'srcset').flatMap(([, v]) => v.split(',').map((part) => part.trim().split(/\s+/)[0])));

  it('the listings with thumbnails include the reuses page, the home page, a district and a challenge', () => {
    for (const path of ['/reuses/', '/', '/districts/toledo/', '/challenges/apps-challenge-2027/']) expect(listings).toContain(path);
  });

  it.each(listings)('%s: no image over 25 KB, only WebP or AVIF, each <img> with width, height, lazy loading and alt', (path) => {
    const html = page(path);
    const files = images(html).filter((src) => src.startsWith('/_astro/'));
    expect(files.length, path).toBeGreaterThan(0);
    for (const src of files) {
      expect(src).toMatch(/\.(webp|avif)$/);
      expect(statSync(`${dist}${src}`).size, src).toBeLessThanOrEqual(25 * 1024);
    }
    for (const img of startTags(html).filter((tag) => tag.name === 'img')) {
      const attributes = Object.fromEntries(img.attributes);
      expect(Number(attributes.width), path).toBeGreaterThan(0);
      expect(Number(attributes.height), path).toBeGreaterThan(0);
      expect(attributes.loading).toBe('lazy');
      expect(attributes).toHaveProperty('alt');
    }
  });

  it('a reuse\'s page shows its screenshot with its text alternative, at its own shape', () => {
    for (const reuse of reuses.filter((r) => r.data.screenshot)) {
      const img = startTags(page(`/reuses/${reuse.id}/`)).find((tag) => tag.name === 'img')!;
      const attributes = Object.fromEntries(img.attributes);
      expect(attributes.alt).toBe(reuse.data.screenshot.alt);
      expect(attributes.loading).toBe('lazy');
      // The source's proportions, from its PNG header: width and height at bytes 16 and 20.
      const png = readFileSync(`content${reuse.data.screenshot.file}`);
      expect(Number(attributes.width) / Number(attributes.height)).toBeCloseTo(png.readUInt32BE(16) / png.readUInt32BE(20), 1);
    }
  });

  it('publishes no second copy of the uploads beside the small versions', () => {
    const uploads = reuses.filter((r) => r.data.screenshot).map((r) => r.data.screenshot.file.split('/').pop().replace(/\.png$/, ''));
    const built = readdirSync(`${dist}/_astro`);
    for (const name of uploads) {
      expect(built.filter((file) => file.startsWith(`${name}.`) && /\.(webp|avif)$/.test(file)).length, name).toBeGreaterThan(0);
      expect(built.filter((file) => file.startsWith(`${name}.`) && file.endsWith('.png')), name).toEqual([]);
    }
  });
});

describe('data requests', () => {
  const html = page('/data-requests/');
  const text = pageText('/data-requests/');
  const open = (r: { data: Data }) => ['received', 'under-review', 'planned'].includes(r.data.status ?? 'received');
  const listed = [...html.matchAll(/<h3><a href="\/data-requests\/([a-z0-9-]+)\/">/g)].map((m) => m[1]);

  it('sample requests cover every state', () => {
    expect(new Set(published.map((r) => r.data.status ?? 'received'))).toEqual(new Set(['received', 'under-review', 'planned', 'published', 'declined']));
  });

  it('lists open requests first, the longest waiting at the top, then answered ones, latest answer first', () => {
    const expectedOpen = published.filter(open).sort((a, b) => a.data.received.localeCompare(b.data.received)).map((r) => r.id);
    const expectedAnswered = published.filter((r) => !open(r)).sort((a, b) => b.data.statusDate.localeCompare(a.data.statusDate)).map((r) => r.id);
    expect(listed).toEqual([...expectedOpen, ...expectedAnswered]);
  });

  it('says how long each has waited, in words', () => {
    // The crime statistics were asked for on 20 November 2026, seven days before the build.
    expect(text).toMatch(/Crime statistics by district Received Asked on 20 November 2026 ?, waiting for 7 days/);
    // The attendance dataset was published a week after the request.
    expect(text).toMatch(/Asked on 19 November 2026 ?, answered after 7 days/);
    // 358 days: months until a full year.
    expect(text).toMatch(/Land titles issued by district Received Asked on 4 December 2025 ?, waiting for 12 months/);
    expect(text).toMatch(/Bus routes, stops and timetables Planned Asked on 20 November 2025 ?, waiting for 1 year/);
  });

  it('never shows a request awaiting moderation or withheld, but counts them', () => {
    for (const request of requests.filter((r) => r.data.moderation !== 'published')) {
      expect(listed).not.toContain(request.id);
      expect(htmlPages().some((path) => path.startsWith(`/data-requests/${request.id}/`)), request.id).toBe(false);
      expect(text).not.toContain(request.data.title);
    }
    expect(text).toContain('Not shown: 1 request awaiting moderation, and 1 request withheld');
  });

  it('names a requester only when they agreed, and never shows contact details', () => {
    for (const request of published) {
      const html = page(`/data-requests/${request.id}/`);
      const shown = html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/&#39;/g, "'");
      if (request.data.requester?.consent && request.data.requester.name) expect(shown).toContain(request.data.requester.name);
      if (request.data.requester && !request.data.requester.consent) expect(shown).toContain('Someone who asked not to be named');
      expect(shown, request.id).not.toMatch(/[\w.+-]+@[\w-]+\.\w/);
    }
  });

  it('a published request links to its dataset, and the dataset links back to the request', () => {
    const answered = published.filter((r) => r.data.status === 'published');
    expect(answered.length).toBeGreaterThan(0);
    for (const request of answered) {
      expect(page(`/data-requests/${request.id}/`)).toContain(`href="/datasets/${request.data.dataset}/"`);
      expect(page(`/datasets/${request.data.dataset}/`)).toContain(`href="/data-requests/${request.id}/"`);
    }
  });

  it('a declined request gives its reason; a planned one its date', () => {
    for (const request of published.filter((r) => r.data.status === 'declined')) expect(pageText(`/data-requests/${request.id}/`)).toContain(`Why it was declined ${request.data.reason}`);
    for (const request of published.filter((r) => r.data.status === 'planned')) expect(page(`/data-requests/${request.id}/`)).toContain(`<time datetime="${request.data.plannedFor}">`);
  });
});

describe('the form for asking for a dataset', () => {
  const html = page('/data-requests/new/');
  const form = /<form class="og-form"[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
  const tags = startTags(form);
  const attributes = (tag: { attributes: [string, string][] }) => Object.fromEntries(tag.attributes);

  it('is linked from the list of requests, the developers\' page, the reuses and the catalogue', () => {
    for (const path of ['/data-requests/', '/developers/', '/reuses/', '/datasets/', '/take-part/']) expect(links(page(path)), path).toContain('/data-requests/new/');
  });

  it('posts to Netlify Forms on this site, which finds it in the built page and answers with the thank-you page', () => {
    expect(form).toMatch(/^<form class="og-form" name="data-request" method="post" action="\/data-requests\/thank-you\/" data-netlify="true" data-netlify-honeypot="bot-field">/);
    expect(form).toContain('<input type="hidden" name="form-name" value="data-request">');
    expect(form).toMatch(/<p class="og-form__trap">\s*<label>[^<]*<input name="bot-field" type="text" tabindex="-1" autocomplete="off">/);
    const detected = detectForms(dist).get('data-request');
    expect([...(detected?.fields ?? [])].sort()).toEqual(['bot-field', 'consent', 'description', 'districts[]', 'email', 'form-name', 'name', 'organization', 'phone', 'purpose', 'title']);
    expect(pageText('/data-requests/thank-you/')).toContain('Thank you: your request was sent');
  });

  it('labels every field, and asks for what, what exactly and why', () => {
    const fields = tags.filter((tag) => ['input', 'textarea', 'select'].includes(tag.name) && !['hidden'].includes(attributes(tag).type) && attributes(tag).name !== 'bot-field');
    const labelled = new Set(tags.filter((tag) => tag.name === 'label').map((tag) => attributes(tag).for));
    // What, what exactly, why; name, organization, consent; email, telephone; and the districts.
    expect(fields.length).toBe(8 + districts.length);
    for (const field of fields) expect(labelled, attributes(field).name).toContain(attributes(field).id);
    for (const name of ['title', 'description', 'purpose']) expect(fields.find((field) => attributes(field).name === name)?.attributes.map(([key]) => key), name).toContain('required');
  });

  it('offers one box per district, from the districts\' own files', () => {
    const boxes = tags.filter((tag) => attributes(tag).name === 'districts[]');
    expect(boxes.map((tag) => attributes(tag).value).sort()).toEqual([...districts].sort());
    for (const box of boxes) expect(attributes(box).type).toBe('checkbox');
  });

  it('says what is published and what is not, and keeps the name behind a consent box', () => {
    const text = pageText('/data-requests/new/');
    expect(text).toContain('Never published: your email address and telephone number.');
    expect(form).toMatch(/<input id="request-consent" name="consent" type="checkbox" value="yes">/);
  });
});

describe('challenges', () => {
  it('the 2027 apps challenge is open, with its three entries and its prizes not yet judged', () => {
    const text = pageText('/challenges/apps-challenge-2027/');
    expect(text).toContain('Open for entries');
    expect(text).toContain('Entries close on 30 April 2027');
    expect(text).toContain('Entries (3)');
    expect(listedReuses(page('/challenges/apps-challenge-2027/')).sort()).toEqual(['cayo-schools-map', 'safe-route-to-school', 'wifi-near-me']);
    expect(text).toContain('Not yet judged');
    expect(page('/challenges/apps-challenge-2027/')).toContain('href="/files/challenges/apps-challenge-2027-rules.txt"');
  });

  it('a judged challenge lists its winners first, and their pages say what they won', () => {
    const html = page('/challenges/toledo-civic-data-hackathon-2026/');
    expect(pageText('/challenges/toledo-civic-data-hackathon-2026/')).toContain('Winners announced');
    expect(listedReuses(html)).toEqual(['clinic-near-me', 'toledo-wait-times-dashboard']);
    expect(pageText('/reuses/clinic-near-me/')).toContain('First prize, Toledo Civic Data Hackathon 2026');
  });
});

describe('linked data', () => {
  const jsonLd = (path: string) => JSON.parse(page(path).match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]);

  it('describes each reuse as a CreativeWork (an app as a SoftwareApplication) based on its datasets', () => {
    const site = JSON.parse(readFileSync(`${dist}/build.json`, 'utf8')) && (readFileSync('content/settings.yaml', 'utf8').match(/^url: (.+)$/m) ?? [])[1];
    const types: Record<string, string> = { app: 'SoftwareApplication', api: 'SoftwareApplication', website: 'WebSite', article: 'Article', study: 'ScholarlyArticle', visualisation: 'CreativeWork', idea: 'CreativeWork' };
    for (const reuse of reuses) {
      const data = jsonLd(`/reuses/${reuse.id}/`);
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type'], reuse.id).toBe(types[reuse.data.type]);
      expect(data.isBasedOn.map((d: { '@id': string }) => d['@id'])).toEqual(reuse.data.datasets.map((id: string) => `${site}/datasets/${id}/`));
      expect(data.name).toBe(reuse.data.title);
    }
  });
});
