/** Reading the points of GeoJSON resources for the maps (src/lib/geo/resource-points.ts): forgiving, no messages. */
import { describe, expect, it } from 'vitest';
import { geojsonPoints, resourcePoints } from '../src/lib/geo/resource-points.ts';

describe('the points of a GeoJSON file', () => {
  it('takes Point and MultiPoint features, named by their name, title or id', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'Clinic' }, geometry: { type: 'Point', coordinates: [-88.2, 17.5] } },
        { type: 'Feature', properties: { title: 'Two posts' }, geometry: { type: 'MultiPoint', coordinates: [[-88.1, 17.1], [-88.3, 17.3]] } },
        { type: 'Feature', id: 'road', properties: {}, geometry: { type: 'LineString', coordinates: [[-88.1, 17.1], [-88.3, 17.3]] } },
        { type: 'Feature', properties: { id: 7 }, geometry: { type: 'Point', coordinates: [-88.4, 17.4, 12] } },
      ],
    });
    expect(geojsonPoints(text)).toEqual({
      features: 4,
      points: [
        { name: 'Clinic', coordinates: [-88.2, 17.5] },
        { name: 'Two posts', coordinates: [-88.1, 17.1] },
        { name: 'Two posts', coordinates: [-88.3, 17.3] },
        { name: '7', coordinates: [-88.4, 17.4] },
      ],
    });
  });

  it('returns no points, and no error, for a file that is not GeoJSON (the content check reports it)', () => {
    expect(geojsonPoints('{ not json')).toEqual({ features: 0, points: [] });
    expect(geojsonPoints('{"type":"Feature"}')).toEqual({ features: 0, points: [] });
    expect(geojsonPoints('{"features":[null,{"geometry":{"type":"Point","coordinates":["a"]}}]}')).toEqual({ features: 2, points: [] });
  });

  it('reads a published file by its /files/ address', () => {
    const { features, points } = resourcePoints('/files/datasets/health-facilities.geojson');
    expect(features).toBeGreaterThan(0);
    expect(points).toHaveLength(features);
    expect(resourcePoints('/files/datasets/no-such-file.geojson')).toEqual({ features: 0, points: [] });
  });
});
