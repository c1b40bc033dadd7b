/**
 * The developers' page: every open file with its stable address and true size, examples that
 * actually run against the built files, licences and how to cite; linked from every footer and
 * from the open data page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../src/lib/content/files.ts';
import { dist, htmlPages, page, pageText } from './support/dist.ts';
import { htmlText } from './support/html.ts';
import { recordFolder } from '../src/lib/content/record-files.ts';
import { wordsIn } from '../src/lib/i18n/words.ts';
import { languageOfPath, pathIn } from '../src/lib/i18n/routes.ts';

const html = page('/developers/');
const text = pageText('/developers/');
const apiFiles = ['commitments.json', 'meetings.json', 'datasets.json', 'organizations.json', 'consultations.json', 'public-input.json', 'districts.geojson', 'locations.geojson', 'reuses.json', 'data-requests.json', 'challenges.json', 'commitments.csv', 'milestones.csv'];
/** The families of files one per action plan, each one row linking to the current plan's file. */
const planFamilies = ['progress-{plan}.json', 'progress-{plan}-theme.csv'];
const plans = readdirSync(recordFolder('action-plans')).map((name) => name.replace(/\.\w+$/, ''));
const districts = ['corozal', 'orange-walk', 'belize', 'cayo', 'stann-creek', 'toledo'];

/** The page's JavaScript examples, as a reader would copy them. */
const examples = [...html.matchAll(/<pre[^>]*><code class="language-js">([\s\S]*?)<\/code><\/pre>/g)].map((m) => htmlText(m[1], { whitespace: 'pre' }));

/** Runs an example with `fetch` answering from dist/ and the phone standing at `here`; `fetched` collects the paths it asked for. */
async function run(code: string, here: { longitude: number; latitude: number }, fetched: string[] = []): Promise<string[]> {
  const logs: string[] = [];
  let pending: Promise<unknown> = Promise.resolve();
  const context = {
    fetch: async (url: string) => {
      fetched.push(new URL(url).pathname);
      return { ok: true, status: 200, json: async () => JSON.parse(readFileSync(`${dist}${new URL(url).pathname}`, 'utf8')) };
    },
    navigator: { geolocation: { getCurrentPosition: (callback: (position: unknown) => Promise<void>) => (pending = callback({ coords: here })) } },
    console: { log: (line: string) => logs.push(line) },
  };
  await runInNewContext(`(async () => {\n${code}\n})()`, context);
  await pending;
  return logs;
}

describe('the developers\' page', () => {
  it('lists every API file at its stable address, with its true size', () => {
    for (const name of apiFiles) {
      expect(html).toContain(`href="/api/v1/${name}"`);
      const bytes = statSync(`${dist}/api/v1/${name}`).size;
      expect(text, name).toMatch(new RegExp(`${name} .*?${formatBytes(bytes)} \\(\\d+ (bytes|KB|MB) compressed\\)`));
    }
  });

  it('describes a family of files one per action plan in one row: how many and the largest, linking to the current plan\'s', () => {
    for (const family of planFamilies) {
      const sizes = plans.map((plan) => statSync(`${dist}/api/v1/${family.replace('{plan}', plan)}`).size);
      expect(html).toContain(`href="/api/v1/${family.replace('{plan}', '2026-2028')}"`);
      expect(text).toMatch(new RegExp(`${family.replace(/[{}]/g, '\\$&')} .*?${plans.length} files, the largest ${formatBytes(Math.max(...sizes))} \\(`));
    }
  });

  it('describes each collection one file per record and page by page, how many files and the largest', () => {
    for (const collection of ['commitments', 'meetings', 'datasets', 'organizations', 'consultations', 'public-input', 'reuses', 'data-requests', 'challenges']) {
      const records = readdirSync(`${dist}/api/v1/${collection}`).filter((name) => name.endsWith('.json'));
      const largest = Math.max(...records.map((name) => statSync(`${dist}/api/v1/${collection}/${name}`).size));
      expect(text).toMatch(new RegExp(`${collection}/\\{id\\}\\.json .*?${records.length} files?, the largest ${formatBytes(largest)} \\(`));
      expect(html).toContain(`href="/api/v1/schemas/${collection}.record.schema.json"`);
      expect(html).toContain(`href="/api/v1/schemas/${collection}.page.schema.json"`);
      expect(html).toContain(`href="/api/v1/${collection}/pages/1.json"`);
    }
    expect(text).toMatch(/100 records a page/);
  });

  it('links each JSON file\'s schema, the DCAT catalog and the dataset files', () => {
    for (const name of [...apiFiles, 'progress.json'].filter((n) => !n.endsWith('.csv'))) expect(html).toContain(`href="/api/v1/schemas/${name.replace(/\.(geo)?json$/, '.schema.json')}"`);
    expect(html).toContain('href="/data.json"');
    expect(text).toContain('/files/datasets/');
  });

  it('says which licences apply and how to cite a dataset and the API', () => {
    expect(text).toContain('Creative Commons Attribution 4.0');
    expect(text).toContain('GeoNames');
    expect(text).toMatch(/How to cite .*\(\d{4}\)\. .* \[dataset\]\. Open Government Belize\. https:\/\/\S+\/datasets\/[a-z0-9-]+\//);
    expect(text).toMatch(/Open Government API, version 1 ?\. https:\/\/\S+\/api\/v1\//);
  });

  it('has a "near me" example that works: fetch, haversine distance, nearest first', async () => {
    const nearMe = examples.find((code) => code.includes('haversine'))!;
    expect(nearMe).toContain('fetch(');
    // Standing in Punta Gorda's central park: the hotspots and the health facilities of the town.
    const lines = await run(nearMe, { longitude: -88.8075, latitude: 16.0985 });
    expect(lines.length).toBeGreaterThan(2);
    const km = lines.map((line) => Number(line.match(/: ([\d.]+) km,/)![1]));
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(Math.max(...km)).toBeLessThanOrEqual(10);
    expect(lines[0]).toMatch(/^Punta Gorda Central Park: 0\.0 km, https:\/\//);
  });

  it('lists the location files of every district with their true sizes', () => {
    for (const source of ['locations', 'datasets/public-health-facilities', 'datasets/public-wifi-hotspots']) {
      for (const district of districts) {
        const name = `${source}/${district}.geojson`;
        expect(html, name).toContain(`href="/api/v1/${name}"`);
        const file = `${dist}/api/v1/${name}`;
        const features = JSON.parse(readFileSync(file, 'utf8')).features.length;
        expect(text, name).toMatch(new RegExp(`${name} ${features} features?; ${formatBytes(statSync(file).size)} \\(\\d+ (bytes|KB) compressed\\)`));
      }
    }
  });

  describe('has a worked example: the nearest health facility and Wi-Fi hotspot from the district\'s files', () => {
    const nearest = examples.find((code) => code.includes('districtAt('))!;
    /** The national files as published in the catalogue, and their features' own district, to check the example against. */
    const national = (file: string) => JSON.parse(readFileSync(`content/files/datasets/${file}`, 'utf8')).features as { geometry: { coordinates: [number, number] }; properties: { name: string; district: string } }[];
    const km = ([lon1, lat1]: number[], [lon2, lat2]: number[]) => {
      // An equirectangular distance: independent of the example's haversine, and as good at these distances.
      const x = (lon2 - lon1) * Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180);
      return Math.hypot(x, lat2 - lat1) * 111.195;
    };
    const expected = (here: number[], file: string, district: string) => {
      const [first] = national(file).filter((f) => f.properties.district === district).sort((a, b) => km(here, a.geometry.coordinates) - km(here, b.geometry.coordinates));
      return first && { name: first.properties.name, km: km(here, first.geometry.coordinates) };
    };

    it.each([
      // Punta Gorda's central park, Toledo: both are in town.
      ['Punta Gorda', -88.8075, 16.0985, 'toledo'],
      // Dangriga, Stann Creek.
      ['Dangriga', -88.226, 16.968, 'stann-creek'],
      // San Pedro, on Ambergris Caye: outside the coarse district outlines, in Belize District.
      ['San Pedro', -87.9629, 17.9214, 'belize'],
      // Orange Walk Town: no public hotspot in the district yet, which the example says.
      ['Orange Walk Town', -88.5633, 18.0812, 'orange-walk'],
    ] as const)('standing in %s, it reads only its district\'s files and finds what is nearest there', async (_, longitude, latitude, district) => {
      const fetched: string[] = [];
      const lines = await run(nearest, { longitude, latitude }, fetched);
      expect(fetched.sort()).toEqual(['/api/v1/districts.geojson', `/api/v1/datasets/public-health-facilities/${district}.geojson`, `/api/v1/datasets/public-wifi-hotspots/${district}.geojson`].sort());
      const here = [longitude, latitude];
      for (const [what, file] of [['Health facility', 'health-facilities.geojson'], ['Wi-Fi hotspot', 'wifi-hotspots.geojson']]) {
        const line = lines.find((l) => l.startsWith(`${what}: `))!;
        const place = expected(here, file, district);
        if (!place) expect(line).toBe(`${what}: none in this district yet`);
        else {
          const [, name, distance] = line.match(/^[^:]+: (.+), ([\d.]+) km$/)!;
          expect(name).toBe(place.name);
          expect(Number(distance)).toBeCloseTo(place.km, 0);
        }
      }
    });

  });

  it('has an example joining files by id that works', async () => {
    const join = examples.find((code) => code.includes('organizations.json'))!;
    const lines = await run(join, { longitude: 0, latitude: 0 });
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^BZ\d\d .+: \d+ of \d+ milestones complete, led by [A-Z]/);
  });
});

describe('the way to the developers\' page', () => {
  it('is in the footer of every page of the site', () => {
    const withFooter = htmlPages().filter((path) => page(path).includes('class="og-footer"')); // not the CMS at /admin/
    expect(withFooter.length).toBeGreaterThan(50);
    for (const path of withFooter) {
      // In the page's language, at that language's address.
      const t = wordsIn(languageOfPath(path));
      expect(page(path), path).toContain(`<a href="${pathIn(t.lang, '/developers/')}">${t.words.site.footer.developers}</a>`);
    }
  });

  it('reads in Spanish on the Spanish page, with the API\'s own descriptions and the code marked as English', () => {
    const spanish = page('/es/developers/');
    expect(pageText('/es/developers/')).toContain('Datos abiertos para desarrolladores');
    expect(spanish).toContain('<td lang="en">');
    expect(spanish).toMatch(/<pre tabindex="0" lang="en">/);
    expect(spanish).toContain('href="/es/data-requests/"');
  });

  it('is on the open data page', () => {
    expect(page('/datasets/')).toContain('href="/developers/"');
  });
});
