/**
 * The static SVG maps in the built pages (issue #6): every district page has a locator map with
 * the district's outline and links to the others; the overview's numbers agree with the content
 * (counted here again, from the content files); record pages map their districts and points;
 * every map stays within 15 KB of markup. Prints each kind of map's size.
 */
import { readFileSync } from 'node:fs';
import { neutralPath } from '../src/lib/i18n/routes.ts';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/content/check.ts';
import { districtFeatures } from '../src/lib/geo/districts.ts';
import { dist, htmlPages, page } from './support/dist.ts';
import { elementTexts, htmlText, startTags } from './support/html.ts';

const { records } = checkContent('content');
const of = (collection: string) => records.filter((record) => record.collection === collection);
// North to south, as the boundary file and the pages order them.
const districts = districtFeatures.map((feature) => feature.properties.id);

/** Every static map of a page: the `<svg>` with its surrounding figure or block. */
const mapsOf = (html: string) => [...html.matchAll(/<svg class="og-map__svg"[\s\S]*?<\/svg>/g)].map((match) => match[0]);
/** The districts a map links to, by id. */
const linkedDistricts = (svg: string) => [...svg.matchAll(/<a href="\/districts\/([a-z-]+)\/">/g)].map((match) => match[1]);
/**
 * The districts a map hatches to mark them (more than colour), by the name in their tooltip,
 * as ids: told apart by the content's names, not by drawing the outlines again with the code
 * that drew them (tests/svg-map.test.ts checks the drawing).
 */
const markedDistricts = (svg: string) =>
  [...svg.matchAll(/<title>([^<]+?) District(?: \(this page\))?<\/title><path class="og-map__area og-map__area--marked" d="[^"]+" fill="url\(#[\w-]+\)"/g)]
    .map((match) => of('districts').find((district) => district.data.name === htmlText(match[1]))?.id ?? `unknown: ${match[1]}`)
    .sort();
const caption = (html: string) => htmlText(html.match(/<figcaption id="record-map-caption">[\s\S]*?<\/figcaption>/)?.[0] ?? '');

describe('a district page', () => {
  it('carries a map with the district outlined and hatched, the five others linked to their pages', () => {
    for (const id of districts) {
      const [svg, ...others] = mapsOf(page(`/districts/${id}/`));
      expect(others, id).toHaveLength(0);
      expect(markedDistricts(svg), id).toEqual([id]);
      expect(linkedDistricts(svg).sort(), id).toEqual(districts.filter((other) => other !== id).sort());
      expect(svg, id).toMatch(/aria-labelledby="locator-map-caption"/);
    }
  });
});

describe('the overview map on the home page and the districts page', () => {
  // Counted again from the content files, not with the site's own code: the current action plan
  // is the newest one not completed; a record with no districts is nationwide and counts everywhere.
  const plans = of('action-plans').sort((a, b) => String(b.data.start).localeCompare(String(a.data.start)));
  const current = (plans.find((plan) => plan.data.status !== 'completed') ?? plans[0]).id;
  const covers = (list: unknown, id: string) => (list as string[]).length === 0 || (list as string[]).includes(id);
  const expected = districts.map((id) => {
    const commitments = of('commitments').filter((c) => c.data.plan === current && covers(c.data.districts, id)).length;
    const meetings = of('meetings').filter((m) => m.data.district === id).length;
    const datasets = of('datasets').filter((d) => covers(d.data.districts, id)).length;
    return { id, name: of('districts').find((d) => d.id === id)!.data.name as string, commitments, meetings, datasets, total: commitments + meetings + datasets };
  });

  for (const path of ['/', '/districts/']) {
    it(`${path}: links every district, and its tooltip, label and table row give the content's counts`, () => {
      const html = page(path);
      const [svg, ...others] = mapsOf(html);
      expect(others).toHaveLength(0);
      expect(linkedDistricts(svg)).toEqual(districts);
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      for (const row of expected) {
        expect(elementTexts(svg, 'title')).toContain(`${row.name} District: ${plural(row.commitments, 'commitment')}, ${plural(row.meetings, 'meeting')} and ${plural(row.datasets, 'dataset')}`);
        expect(svg).toContain(`>${row.name}<tspan x="`);
        expect(svg).toMatch(new RegExp(`>${row.name}<tspan [^>]+>${row.total}</tspan>`));
        const cells = html.match(new RegExp(`<th scope="row"><a href="/districts/${row.id}/">${row.name}</a></th>(.*?)</tr>`))?.[1];
        const numbers = [...(cells ?? '').matchAll(/<td>(\d+)<\/td>/g)].map((match) => Number(match[1]));
        expect(numbers, `${path} table row for ${row.id}`).toEqual([row.commitments, row.meetings, row.datasets, row.total]);
      }
    });

    it(`${path}: shades by the total and explains the shades in a legend, with one table`, () => {
      const html = page(path);
      const svg = mapsOf(html)[0];
      const shadeOf = (id: string) => Number(svg.match(new RegExp(`href="/districts/${id}/"><title>[^<]*</title><path class="og-map__area og-map__area--shade-(\\d)"`))?.[1]);
      const byTotal = [...expected].sort((a, b) => a.total - b.total);
      for (let i = 1; i < byTotal.length; i++) expect(shadeOf(byTotal[i].id)).toBeGreaterThanOrEqual(shadeOf(byTotal[i - 1].id));
      expect(shadeOf(byTotal.at(-1)!.id)).toBeGreaterThan(shadeOf(byTotal[0].id));
      const legend = html.match(/<ul class="og-map__key"[\s\S]*?<\/ul>/)?.[0] ?? '';
      expect(legend.match(/<li>/g)?.length).toBe(shadeOf(byTotal.at(-1)!.id) + 1);
      expect(html.match(/<table>/g)).toHaveLength(1);
    });
  }
});

describe('the maps on record pages', () => {
  it('hatch and link the districts of a commitment, and put a dot on each of its sites', () => {
    for (const commitment of of('commitments')) {
      const html = page(`/commitments/${commitment.id}/`);
      const [svg] = mapsOf(html);
      const ids = commitment.data.districts as string[];
      const sites = commitment.data.sites as Array<{ name: string }>;
      expect(markedDistricts(svg), commitment.id).toEqual([...(ids.length ? ids : districts)].sort());
      expect(linkedDistricts(svg).sort(), commitment.id).toEqual([...ids].sort());
      expect(svg.match(/<circle /g)?.length ?? 0, commitment.id).toBe(sites.length);
      for (const site of sites) expect(caption(html)).toContain(site.name);
      expect(caption(html), commitment.id).toContain(ids.length ? 'hatched' : 'Nationwide');
    }
  });

  it('show the district and the venue of a meeting, and no map for a meeting held only online', () => {
    for (const meeting of of('meetings')) {
      const html = page(`/meetings/${meeting.id}/`);
      const { district, venue } = meeting.data as { district?: string; venue?: { name: string; coordinates?: unknown } };
      const [svg] = mapsOf(html);
      if (!district && !venue?.coordinates) {
        expect(svg, meeting.id).toBeUndefined();
        continue;
      }
      if (district) expect(markedDistricts(svg), meeting.id).toEqual([district]);
      expect(svg.match(/<circle /g)?.length ?? 0, meeting.id).toBe(venue?.coordinates ? 1 : 0);
      if (venue?.coordinates) expect(caption(html)).toContain(venue.name);
    }
  });

  it('show a dataset\'s districts, its extent as a box, and the points of its GeoJSON files with their feature count', () => {
    let withPoints = 0;
    for (const dataset of of('datasets')) {
      const html = page(`/datasets/${dataset.id}/`);
      const [svg] = mapsOf(html);
      const data = dataset.data as { districts: string[]; bbox?: number[]; resources: Array<{ format: string; file?: string }> };
      expect(markedDistricts(svg), dataset.id).toEqual([...(data.districts.length ? data.districts : districts)].sort());
      expect(svg.includes('class="og-map__box"'), dataset.id).toBe(Boolean(data.bbox));
      const files = data.resources.filter((resource) => resource.format === 'GeoJSON' && resource.file);
      const features = files.map((resource) => JSON.parse(readFileSync(`content${resource.file}`, 'utf8')).features as Array<{ geometry: { type: string } }>);
      const points = features.flat().filter((feature) => feature.geometry.type === 'Point').length;
      expect(svg.match(/<circle /g)?.length ?? 0, dataset.id).toBe(points);
      for (const list of features) expect(caption(html), dataset.id).toContain(`a file of ${list.length} features`);
      if (points) withPoints++;
    }
    expect(withPoints, 'the sample content has datasets with GeoJSON points').toBeGreaterThan(0);
  });
});

it('keeps every map within 15 KB of markup, and prints the largest of each kind', () => {
  const largest = new Map<string, { path: string; bytes: number }>();
  for (const path of htmlPages()) {
    for (const svg of mapsOf(page(path))) {
      const neutral = neutralPath(path);
      const kind = neutral === '/' || neutral === '/districts/' ? 'overview' : neutral.split('/')[1];
      const bytes = Buffer.byteLength(svg);
      expect(bytes, path).toBeLessThanOrEqual(15 * 1024);
      if (bytes > (largest.get(kind)?.bytes ?? -1)) largest.set(kind, { path, bytes });
    }
  }
  expect([...largest.keys()].sort()).toEqual(['commitments', 'datasets', 'districts', 'meetings', 'overview']);
  console.log(`Static maps, markup of the largest of each kind (limit 15 KB):\n${[...largest].map(([kind, { path, bytes }]) => `  ${kind.padEnd(12)} ${(bytes / 1024).toFixed(1).padStart(5)} KB  ${path}`).join('\n')}`);
});

it('lists beside the interactive map its districts, and on each district\'s list pages every place of its data files', () => {
  const districtsFile = JSON.parse(readFileSync(`${dist}/api/v1/districts.geojson`, 'utf8'));
  expect(districtsFile.features.map((feature: { id: string }) => feature.id)).toEqual(districts);
  const places = JSON.parse(readFileSync(`${dist}/api/v1/locations.geojson`, 'utf8')).features as Array<{ properties: { type: string; title: string } }>;
  const titles = (type: string) => new Set(places.filter((place) => place.properties.type === type).map((place) => place.properties.title));
  for (const meeting of of('meetings')) {
    const venue = meeting.data.venue as { name: string; coordinates?: unknown } | undefined;
    if (venue?.coordinates) expect(titles('venue').has(venue.name), venue.name).toBe(true);
  }
  for (const commitment of of('commitments')) for (const site of commitment.data.sites as Array<{ name: string }>) expect(titles('site').has(site.name), site.name).toBe(true);
  expect(titles('data').has('Karl Heusner Memorial Hospital')).toBe(true);

  const items = startTags(page('/map/')).flatMap(({ attributes }) => {
    const [kind, id] = attributes.find(([key]) => key === 'data-livemap-feature')?.[1].split(':') ?? [];
    return kind ? [{ kind, id }] : [];
  });
  expect(items.map((item) => `${item.kind}:${item.id}`)).toEqual(districts.map((id) => `district:${id}`));
  // Every place of a district's files is on its list pages, followed through their next links.
  let listed = 0;
  for (const district of districtsFile.features as Array<{ id: string; properties: { locations: string[] } }>) {
    const inFiles = district.properties.locations.flatMap((url) => JSON.parse(readFileSync(`${dist}${new URL(url).pathname}`, 'utf8')).features as typeof places);
    const names: string[] = [];
    for (let path: string | undefined = `/map/${district.id}/`; path; ) {
      const html = page(path);
      names.push(...[...html.matchAll(/<li> <h3>([^<]+)<\/h3>/g)].map((match) => htmlText(match[1])));
      path = /<a href="([^"]+)" rel="next">/.exec(html)?.[1];
    }
    expect(names.sort(), district.id).toEqual(inFiles.map((place) => place.properties.title).sort());
    listed += names.length;
  }
  expect(listed).toBe(places.length);
});
