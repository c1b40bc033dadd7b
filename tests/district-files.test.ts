/**
 * Location files sized for phones (issue #14): for the places of locations.geojson and every
 * dataset with GeoJSON files, one file per district under /api/v1/, whose features add up to the
 * national file, each feature once, in the district it lies in. Expected values come from the
 * content itself (the datasets' own files, their features' `district` property, the meetings'
 * district), not from the code that splits them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/content/check.ts';
import { districtAt } from '../src/lib/geo/district-of.ts';
import { dist } from './support/dist.ts';
import { describeErrors, draft2020 } from './support/json-schema.ts';

const districts = ['corozal', 'orange-walk', 'belize', 'cayo', 'stann-creek', 'toledo'];
const api = (name: string) => JSON.parse(readFileSync(`${dist}/api/v1/${name}`, 'utf8'));
const { records } = checkContent('content');
const datasets = records.filter((r) => r.collection === 'datasets');
/** The datasets with GeoJSON files, and those files' features as the publisher wrote them. */
const located = datasets
  .map((d) => ({ id: d.id, files: (d.data.resources as { format: string; file?: string }[]).filter((r) => r.format === 'GeoJSON' && r.file).map((r) => r.file!) }))
  .filter((d) => d.files.length > 0)
  .map((d) => ({ id: d.id, features: d.files.flatMap((file) => JSON.parse(readFileSync(`content${file}`, 'utf8')).features) }));
/** Features as comparable text, sorted: a multiset. */
const bag = (features: unknown[]) => features.map((f) => JSON.stringify(f)).sort();

describe('which district a point is in', () => {
  it.each([
    ['Corozal Town', [-88.3885, 18.3938], 'corozal'],
    ['Orange Walk Town', [-88.5633, 18.0812], 'orange-walk'],
    ['Belize City', [-88.1976, 17.4995], 'belize'],
    ['San Ignacio', [-89.0696, 17.1588], 'cayo'],
    ['Dangriga', [-88.2331, 16.9697], 'stann-creek'],
    ['Punta Gorda', [-88.8097, 16.0984], 'toledo'],
    // Outside every coarse outline: the nearest district.
    ['San Pedro, Ambergris Caye', [-87.9629, 17.9214], 'belize'],
    ['Caye Caulker', [-88.0245, 17.7465], 'belize'],
    ['Placencia', [-88.366, 16.514], 'stann-creek'],
  ] as const)('%s is in %s', (_, point, district) => {
    expect(districtAt(point)).toBe(district);
  });
});

describe('the per-district files of every dataset with GeoJSON files', () => {
  it('exist for the sample\'s located datasets', () => {
    expect(located.map((d) => d.id).sort()).toEqual(['public-health-facilities', 'public-wifi-hotspots']);
  });

  describe.each(located)('$id', ({ id, features }) => {
    const national = api(`datasets/${id}.geojson`);
    const files = districts.map((district) => ({ district, file: api(`datasets/${id}/${district}.geojson`) }));

    it('has a national file holding every feature of the dataset\'s own files', () => {
      expect(bag(national.features)).toEqual(bag(features));
      expect(national.districtFiles).toEqual(districts.map((d) => expect.stringMatching(new RegExp(`/api/v1/datasets/${id}/${d}\\.geojson$`))));
    });

    it('has six district files whose features add up to the national file, each once', () => {
      expect(bag(files.flatMap(({ file }) => file.features))).toEqual(bag(features));
    });

    it('puts each feature in its own district (as the data itself says)', () => {
      for (const { district, file } of files) {
        expect(file.district.id).toBe(district);
        expect(file.national).toMatch(new RegExp(`/api/v1/datasets/${id}\\.geojson$`));
        for (const feature of file.features) expect(feature.properties.district, feature.properties.name).toBe(district);
      }
    });

    it('publishes a district even when nothing of the dataset is in it', () => {
      const empty = files.filter(({ file }) => file.features.length === 0);
      if (id === 'public-wifi-hotspots') expect(empty.map((e) => e.district)).toEqual(['corozal', 'orange-walk', 'belize']);
      for (const { file } of empty) expect(file.type).toBe('FeatureCollection');
    });

    it('is valid against the schemas published beside it', () => {
      const validNational = draft2020(api('schemas/dataset-features.schema.json'));
      expect(validNational(national), describeErrors(validNational.errors)).toBe(true);
      const validDistrict = draft2020(api('schemas/district-dataset-features.schema.json'));
      for (const { district, file } of files) expect(validDistrict(file), `${district}: ${describeErrors(validDistrict.errors)}`).toBe(true);
    });
  });
});

describe('the per-district files of places (locations.geojson)', () => {
  const national = api('locations.geojson');
  const files = districts.map((district) => ({ district, file: api(`locations/${district}.geojson`) }));

  it('add up to the national file, each place once', () => {
    expect(national.features.length).toBeGreaterThan(20);
    expect(bag(files.flatMap(({ file }) => file.features))).toEqual(bag(national.features));
  });

  it('put each meeting venue in the district where the meeting was held', () => {
    const meetings = records.filter((r) => r.collection === 'meetings' && (r.data.venue as { coordinates?: number[] })?.coordinates);
    expect(meetings.length).toBeGreaterThan(3);
    for (const meeting of meetings) {
      const { coordinates } = meeting.data.venue as { coordinates: number[] };
      const file = files.find(({ file }) => file.features.some((f: { properties: { type: string }; geometry: { coordinates: number[] } }) => f.properties.type === 'venue' && f.geometry.coordinates.join() === coordinates.join()));
      expect(file?.district, meeting.id).toBe(meeting.data.district);
    }
  });

  it('are valid against the schema published beside them', () => {
    const validate = draft2020(api('schemas/district-locations.schema.json'));
    for (const { district, file } of files) expect(validate(file), `${district}: ${describeErrors(validate.errors)}`).toBe(true);
  });

  it('are smaller than the national file, which is the point', () => {
    const bytes = (name: string) => readFileSync(`${dist}/api/v1/${name}`).length;
    for (const district of districts) expect(bytes(`locations/${district}.geojson`)).toBeLessThan(bytes('locations.geojson'));
  });

  it('exist for no source that has no national file', () => {
    expect(existsSync(`${dist}/api/v1/datasets/schools-by-district`)).toBe(false);
  });
});
