/**
 * The static API under /api/v1/: each JSON and GeoJSON file is valid against the JSON Schema
 * published beside it (generated from the zod schemas), holds every record with absolute links,
 * the spreadsheets have OGP's labels and one row per milestone, and netlify.toml serves it all
 * with open CORS and the right content types.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/lib/data-files/csv.ts';
import { dist } from './support/dist.ts';
import { describeErrors, draft2020 } from './support/json-schema.ts';
import { sampleRecords } from './support/records.ts';
import { headersFor, readHeaderRules } from './support/server.ts';

const of = sampleRecords();
const read = (name: string) => readFileSync(`${dist}/api/v1/${name}`, 'utf8');
const json = (name: string) => JSON.parse(read(name));
const site = (readFileSync('content/settings.yaml', 'utf8').match(/^url: (.+)$/m) ?? [])[1];
/** The action plans, each with its dashboard's files (issue #13). */
const plans = of('action-plans').map((p) => p.id);
/** The files the API promises (issues #8, #12 and #14); each JSON one has a schema `<name>.schema.json`, a plan's progress files share one. */
const jsonFiles = ['commitments.json', 'meetings.json', 'datasets.json', 'organizations.json', 'consultations.json', 'public-input.json', 'districts.geojson', 'locations.geojson', 'reuses.json', 'data-requests.json', 'challenges.json', ...plans.map((plan) => `progress-${plan}.json`)];
const schemaName = (file: string) => file.replace(/^progress-.*\.json$/, 'progress.json').replace(/\.(json|geojson)$/, '.schema.json');
const progressCsvs = plans.flatMap((plan) => ['', '-theme', '-value', '-lead', '-district'].map((kind) => `progress-${plan}${kind}.csv`));
/** The schemas the per-district location files (tests/district-files.test.ts) share. */
const sharedSchemas = ['district-locations.schema.json', 'dataset-features.schema.json', 'district-dataset-features.schema.json'];
/** The collections that also come one file per record and as a paged index (issue #15), each with its list's key in the JSON files. */
const listKeys = { commitments: 'commitments', meetings: 'meetings', datasets: 'datasets', organizations: 'organizations', consultations: 'consultations', 'public-input': 'publicInput', reuses: 'reuses', 'data-requests': 'dataRequests', challenges: 'challenges' } as const;
const collections = Object.keys(listKeys) as (keyof typeof listKeys)[];

it('publishes every promised file, and a schema for each JSON and GeoJSON file', () => {
  const files = readdirSync(`${dist}/api/v1`, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
  expect(files.sort()).toEqual([...jsonFiles, 'commitments.csv', 'milestones.csv', ...progressCsvs].sort());
  const families = collections.flatMap((name) => [`${name}.record.schema.json`, `${name}.page.schema.json`]);
  expect(readdirSync(`${dist}/api/v1/schemas`).sort()).toEqual([...new Set(jsonFiles.map(schemaName)), ...sharedSchemas, ...families].sort());
});

describe.each(jsonFiles)('/api/v1/%s', (name) => {
  const schema = json(`schemas/${schemaName(name)}`);

  it('is valid against the JSON Schema published beside it', () => {
    const validate = draft2020(schema);
    expect(validate(json(name)), describeErrors(validate.errors)).toBe(true);
  });

  it('has a schema that says what it holds and rejects a file missing a required field', () => {
    expect(schema.$id).toBe(`${site}/api/v1/schemas/${schemaName(name)}`);
    expect(schema.title).toContain(name.startsWith('progress-') ? '/api/v1/progress-<plan id>.json' : `/api/v1/${name}`);
    const broken = json(name);
    const list = broken.features ?? (broken.breakdowns ? broken.breakdowns.theme : Object.values(broken).find(Array.isArray));
    delete list[0][broken.features ? 'properties' : broken.breakdowns ? 'key' : 'id'];
    expect(draft2020(schema)(broken)).toBe(false);
  });

  it('links with absolute addresses only', () => {
    const links: string[] = [];
    const visit = (value: unknown, key = ''): void => {
      if (Array.isArray(value)) value.forEach((item) => visit(item, key));
      else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => visit(v, k));
      else if (typeof value === 'string' && ['url', 'file', 'schema', 'recording', '$schema', 'licenceUrl', 'dashboard'].includes(key)) links.push(value);
    };
    visit(json(name));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^https?:\/\//);
  });
});

describe('the JSON files hold every record', () => {
  it('commitments.json: every commitment with all its milestones and its progress', () => {
    const { commitments } = json('commitments.json');
    expect(commitments.map((c: { id: string }) => c.id).sort()).toEqual(of('commitments').map((c) => c.id).sort());
    for (const commitment of commitments) {
      const source = of('commitments').find((c) => c.id === commitment.id)!;
      expect(commitment.milestones).toHaveLength(source.data.milestones.length);
      expect(commitment.progress.total).toBe(source.data.milestones.length);
      expect(commitment.url).toBe(`${site}/commitments/${commitment.id}/`);
    }
  });

  it('meetings.json, datasets.json, organizations.json, reuses.json and challenges.json: every record once', () => {
    for (const collection of ['meetings', 'datasets', 'organizations', 'reuses', 'challenges'] as const) {
      const list = json(`${collection}.json`)[collection];
      expect(list.map((r: { id: string }) => r.id).sort(), collection).toEqual(of(collection).map((r) => r.id).sort());
    }
  });

  it('data-requests.json: only the published requests, without moderation notes, open ones first', () => {
    const { dataRequests } = json('data-requests.json');
    const published = of('data-requests').filter((r) => r.data.moderation === 'published');
    expect(of('data-requests').length).toBeGreaterThan(published.length); // some await moderation or are withheld
    expect(dataRequests.map((r: { id: string }) => r.id).sort()).toEqual(published.map((r) => r.id).sort());
    for (const request of dataRequests) {
      expect(request).not.toHaveProperty('moderation');
      expect(request).not.toHaveProperty('withheldReason');
      if (!request.requester?.consent) expect(request.requester ?? {}, request.id).not.toHaveProperty('name');
    }
    const open = dataRequests.map((r: { open: boolean }) => r.open);
    expect(open).toEqual([...open].sort((a: boolean, b: boolean) => Number(b) - Number(a)));
  });

  it('datasets.json: each file with its size, and rows and columns for CSV', () => {
    for (const dataset of json('datasets.json').datasets) {
      for (const resource of dataset.resources) {
        if (resource.file) expect(resource.bytes).toBe(readFileSync(`content${new URL(resource.file).pathname}`).length);
        if (resource.format === 'CSV' && resource.file) {
          const table = parseCsv(readFileSync(`content${new URL(resource.file).pathname}`, 'utf8'));
          expect([resource.rows, resource.columns]).toEqual([table.rows.length, table.header.length]);
        }
      }
    }
  });
});

describe.each(collections)('/api/v1/%s/: one file per record, and an index page by page', (collection) => {
  const key = listKeys[collection];
  const whole = json(`${collection}.json`)[key] as Array<{ id: string }>;

  it('has in its whole list only what may be published: every record, or for public input and data requests every published one', () => {
    const published = of(collection).filter((r) => !('moderation' in r.data) || r.data.moderation === 'published');
    expect(whole.map((r) => r.id).sort()).toEqual(published.map((r) => r.id).sort());
  });

  it('has a file for every record, holding what the whole list holds for it, valid against its schema', () => {
    const validate = draft2020(json(`schemas/${collection}.record.schema.json`));
    for (const { id } of whole) {
      const file = json(`${collection}/${id}.json`);
      expect(validate(file), describeErrors(validate.errors)).toBe(true);
      const { $schema, generated, ...record } = file;
      expect($schema).toBe(`${site}/api/v1/schemas/${collection}.record.schema.json`);
      expect(generated).toBe(json(`${collection}.json`).generated);
      expect(record).toEqual(whole.find((r) => r.id === id));
    }
  });

  it('lists every record once, in the whole list\'s order, following "next" from the first page', () => {
    const validate = draft2020(json(`schemas/${collection}.page.schema.json`));
    const seen: string[] = [];
    let url: string | undefined = `${site}/api/v1/${collection}/pages/1.json`;
    for (let n = 1; url; n++) {
      const page = json(url.slice(`${site}/api/v1/`.length));
      expect(validate(page), describeErrors(validate.errors)).toBe(true);
      expect([page.page, page.total, page.perPage]).toEqual([n, whole.length, 100]);
      expect(page[key].length).toBe(Math.min(100, whole.length - seen.length));
      for (const entry of page[key]) {
        expect(existsSync(`${dist}${new URL(entry.api).pathname}`), entry.api).toBe(true);
        seen.push(entry.id);
      }
      expect(page.prev === undefined).toBe(n === 1);
      url = page.next;
    }
    expect(seen).toEqual(whole.map((r) => r.id));
  });

  it('keeps every file of the collection but the whole list within 100 KB', () => {
    for (const name of readdirSync(`${dist}/api/v1/${collection}`, { recursive: true, encoding: 'utf8' })) {
      const path = `${dist}/api/v1/${collection}/${name}`;
      if (statSync(path).isFile()) expect(statSync(path).size, name).toBeLessThanOrEqual(100 * 1024);
    }
  });
});

describe('the GeoJSON files', () => {
  it('districts.geojson: the six districts with their counts of commitments, meetings and datasets', () => {
    const { features } = json('districts.geojson');
    const current = of('action-plans').find((p) => p.data.status !== 'completed')!.id;
    const covers = (districts: string[], id: string) => districts.length === 0 || districts.includes(id);
    expect(features.map((f: { id: string }) => f.id)).toEqual(['corozal', 'orange-walk', 'belize', 'cayo', 'stann-creek', 'toledo']);
    for (const { id, properties } of features) {
      expect(properties.commitments, id).toBe(of('commitments').filter((c) => c.data.plan === current && covers(c.data.districts, id)).length);
      expect(properties.meetings, id).toBe(of('meetings').filter((m) => m.data.district === id).length);
      expect(properties.datasets, id).toBe(of('datasets').filter((d) => covers(d.data.districts, id)).length);
    }
  });

  it('locations/: each district\'s places in files listed by districts.geojson, valid against their schema, every place once', () => {
    const validate = draft2020(json('schemas/district-locations.schema.json'));
    const key = (feature: { geometry: { coordinates: number[] }; properties: { type: string; title: string } }) => `${feature.properties.type}|${feature.properties.title}|${feature.geometry.coordinates.join()}`;
    const seen: string[] = [];
    for (const district of json('districts.geojson').features) {
      const places = district.properties.locations.flatMap((url: string) => {
        const file = json(url.slice(`${site}/api/v1/`.length));
        expect(validate(file), describeErrors(validate.errors)).toBe(true);
        return file.features;
      });
      const kinds = Object.fromEntries(['venue', 'site', 'data'].map((kind) => [kind, places.filter((p: { properties: { type: string } }) => p.properties.type === kind).length]));
      expect(district.properties.places, district.id).toEqual(kinds);
      seen.push(...places.map(key));
    }
    expect(seen.sort()).toEqual(json('locations.geojson').features.map(key).sort());
    // A meeting's venue lies in the meeting's district.
    const corozal = json('districts.geojson').features.find((d: { id: string }) => d.id === 'corozal').properties.locations.flatMap((url: string) => json(url.slice(`${site}/api/v1/`.length)).features);
    expect(corozal.some((p: { properties: { title: string } }) => p.properties.title === 'Corozal Town Hall')).toBe(true);
  });

  it('locations.geojson: every meeting venue, commitment site and point of the datasets\' GeoJSON files', () => {
    const features: { geometry: { coordinates: number[] }; properties: { type: string; title: string } }[] = json('locations.geojson').features;
    const has = (type: string, coordinates: readonly number[]) => features.some((f) => f.properties.type === type && f.geometry.coordinates.join() === coordinates.join());
    for (const meeting of of('meetings')) {
      const coordinates = meeting.data.venue?.coordinates;
      if (coordinates) expect(has('venue', coordinates), meeting.id).toBe(true);
    }
    for (const site of of('commitments').flatMap((c) => c.data.sites)) expect(has('site', site.coordinates), site.name).toBe(true);
    const files = of('datasets').flatMap((d) => d.data.resources).filter((r) => r.format === 'GeoJSON');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      for (const feature of JSON.parse(readFileSync(`content${file.file}`, 'utf8')).features) expect(has('data', feature.geometry.coordinates), feature.properties.name).toBe(true);
    }
  });
});

describe('the spreadsheets', () => {
  it('start with a UTF-8 byte order mark for Excel and end lines with CRLF (RFC 4180)', () => {
    for (const name of ['commitments.csv', 'milestones.csv', ...progressCsvs]) {
      const text = read(name);
      expect(text.charCodeAt(0), name).toBe(0xfeff);
      expect(text.split('\r\n').length).toBeGreaterThan(2);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/^[^"]*\n/); // no bare LF outside quoted fields at the start
    }
  });

  it('commitments.csv: one row per commitment, headed with OGP\'s labels', () => {
    const table = parseCsv(read('commitments.csv'));
    for (const heading of ['Commitment number', 'Name of the commitment', 'Lead implementing agency', 'Completion level', 'What public problem does it address?', 'OGP values']) expect(table.header).toContain(heading);
    expect(table.rows).toHaveLength(of('commitments').length);
    const lead = table.header.indexOf('Lead implementing agency');
    const sample = of('commitments')[0];
    const row = table.rows.find((r) => r[0] === sample.id)!;
    expect(row[lead]).toBe(of('organizations').find((o) => o.id === sample.data.lead)!.data.name);
  });

  it('milestones.csv: one row per milestone, with its commitment\'s columns first', () => {
    const commitments = parseCsv(read('commitments.csv'));
    const table = parseCsv(read('milestones.csv'));
    expect(table.header.slice(0, commitments.header.length)).toEqual(commitments.header);
    for (const heading of ['Milestone', 'Milestone: start date', 'Milestone: end date (expected completion)', 'Milestone: status', 'Milestone: evidence']) expect(table.header).toContain(heading);
    expect(table.rows).toHaveLength(of('commitments').reduce((sum, c) => sum + c.data.milestones.length, 0));
  });
});

describe('netlify.toml serves the open data', () => {
  const rules = readHeaderRules();
  it.each([
    ['/api/v1/commitments.json', 'application/json'],
    ['/api/v1/districts.geojson', 'application/geo+json'],
    ['/api/v1/milestones.csv', 'text/csv; charset=utf-8'],
    ['/api/v1/schemas/commitments.schema.json', 'application/json'],
  ])('%s with CORS open to any origin, as %s', (path, type) => {
    const headers = headersFor(path, rules);
    expect(headers['Access-Control-Allow-Origin']).toBe('*');
    expect(headers['Content-Type']).toBe(type);
  });

  it('lets web apps fetch the DCAT catalog and the dataset files too', () => {
    expect(headersFor('/data.json', rules)['Access-Control-Allow-Origin']).toBe('*');
    expect(headersFor('/files/datasets/wifi-hotspots.geojson', rules)['Access-Control-Allow-Origin']).toBe('*');
    expect(headersFor('/commitments/open-contracting/', rules)['Access-Control-Allow-Origin']).toBeUndefined();
  });
});

describe('translations in the API (issue #18)', () => {
  const files = { commitments: 'commitments.json', meetings: 'meetings.json', datasets: 'datasets.json', consultations: 'consultations.json' } as const;
  it.each(Object.entries(files))('each record of %s carries the translations its content has, and {} when it has none', (collection, file) => {
    // The Spanish files present in content/, read without the site's code.
    const spanish = existsSync(`content/${collection}/es`) ? readdirSync(`content/${collection}/es`).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)) : [];
    for (const record of json(file)[collection] as { id: string; translations: Record<string, Record<string, unknown>> }[]) {
      expect(Object.keys(record.translations), record.id).toEqual(spanish.includes(record.id) ? ['es'] : []);
    }
  });

  it('describes translations in the JSON Schemas, and refuses a fact inside one', () => {
    const validate = draft2020(json('schemas/commitments.schema.json'));
    const file = json('commitments.json');
    file.commitments[0].translations = { es: { title: 'Contrataciones abiertas', milestones: [{ title: 'Adoptar la norma' }], description: 'El texto.' } };
    expect(validate(file), describeErrors(validate.errors)).toBe(true);
    file.commitments[0].translations.es.status = 'complete';
    expect(validate(file)).toBe(false);
  });
});
