/** The static maps' projection and path data (src/lib/geo/svg-map.ts, src/lib/geo/district-map.ts). */
import { describe, expect, it } from 'vitest';
import { boundsOf, equirectangular, labelPoint, pathData, pointInRing, round, shadeClasses, type LonLat } from '../src/lib/geo/svg-map.ts';
import { districtBounds, districtMap } from '../src/lib/geo/district-map.ts';
import { districtFeatures } from '../src/lib/geo/districts.ts';

const square: LonLat[] = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];

describe('the projection', () => {
  it('puts the north-west corner at the margin and the south-east corner at the far side', () => {
    const projection = equirectangular([-89, 16, -88, 18], 100, 5);
    expect(projection.project([-89, 18])).toEqual([5, 5]);
    const [x, y] = projection.project([-88, 16]);
    expect(x).toBeCloseTo(95);
    // The height is rounded up to whole units.
    expect(projection.height - 5 - y).toBeGreaterThanOrEqual(0);
    expect(projection.height - 5 - y).toBeLessThan(1);
  });

  it('shrinks longitudes by the cosine of the middle latitude, so Belize keeps its shape', () => {
    // 1° of longitude by 1° of latitude around 60° N is twice as tall as it is wide.
    const projection = equirectangular([10, 59.5, 11, 60.5], 100);
    expect(projection.height).toBe(200);
  });

  it('keeps north up: a point further north is higher on the page', () => {
    const projection = equirectangular(districtBounds, 150);
    expect(projection.project([-88.4, 18.4])[1]).toBeLessThan(projection.project([-88.8, 16.1])[1]);
  });
});

describe('path data', () => {
  const unit = equirectangular([0, 0, 1, 1], 10);

  it('writes one absolute move, relative steps and a close per ring', () => {
    expect(pathData([square], unit)).toBe('M0 10l10 0 0-10-10 0z');
  });

  it('drops points that round onto the previous one, and rings too small to see', () => {
    const wobbly: LonLat[] = [[0, 0], [0.5, 0], [0.51, 0.01], [1, 0], [1, 1], [0, 1], [0, 0]];
    expect(pathData([wobbly], unit)).toBe('M0 10l5 0 5 0 0-10-10 0z');
    const speck: LonLat[] = [[0.5, 0.5], [0.51, 0.5], [0.51, 0.51], [0.5, 0.5]];
    expect(pathData([speck], unit)).toBe('');
  });

  it('rounds to the decimals asked for, without "-0"', () => {
    expect(round(-0.2)).toBe(0);
    expect(Object.is(round(-0.2), -0)).toBe(false);
    expect(round(1.26, 1)).toBe(1.3);
  });

  it('draws every district in few bytes at the sizes the site uses', () => {
    for (const width of [150, 300]) {
      const { shapes } = districtMap(width);
      expect(shapes.map((shape) => shape.id)).toEqual(['corozal', 'orange-walk', 'belize', 'cayo', 'stann-creek', 'toledo']);
      for (const shape of shapes) expect(shape.d, shape.id).toMatch(/^(M-?\d+ -?\d+l[-\d ]+z)+$/);
      expect(shapes.reduce((sum, shape) => sum + shape.d.length, 0)).toBeLessThan(3000);
    }
  });

  it('widens the frame to hold a point outside the districts, such as an atoll', () => {
    const lighthouseReef: LonLat = [-87.55, 17.3];
    const { projection } = districtMap(150, [lighthouseReef]);
    const [x] = projection.project(lighthouseReef);
    expect(x).toBeLessThanOrEqual(150);
    expect(districtMap(150).projection.project(lighthouseReef)[0]).toBeGreaterThan(150);
  });
});

describe('labels', () => {
  it('finds a point inside a ring and not outside it', () => {
    expect(pointInRing([0.5, 0.5], square)).toBe(true);
    expect(pointInRing([1.5, 0.5], square)).toBe(false);
  });

  it('writes each district name inside the district, Belize District on its mainland', () => {
    for (const feature of districtFeatures) {
      const point = labelPoint(feature.geometry, feature.properties.capital_coordinates);
      const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      expect(polygons.some((polygon) => pointInRing(point, polygon[0])), feature.properties.id).toBe(true);
    }
  });

  it('falls back to the given point when the centroid lies outside the shape', () => {
    const horseshoe: [number, number][] = [[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]];
    expect(labelPoint({ type: 'Polygon', coordinates: [horseshoe] }, [0.5, 2])).toEqual([0.5, 2]);
  });
});

describe('shading classes', () => {
  it('splits the range into equal steps, lightest first', () => {
    const classes = shadeClasses([0, 3, 7, 11], 4);
    expect(classes.ranges).toEqual([{ from: 0, to: 2 }, { from: 3, to: 5 }, { from: 6, to: 8 }, { from: 9, to: 11 }]);
    expect([0, 3, 7, 11].map(classes.classOf)).toEqual([0, 1, 2, 3]);
  });

  it('uses fewer classes when the values span fewer numbers', () => {
    expect(shadeClasses([14, 15, 17], 4).ranges).toHaveLength(4);
    expect(shadeClasses([5, 6], 4).ranges).toEqual([{ from: 5, to: 5 }, { from: 6, to: 6 }]);
    expect(shadeClasses([2, 2, 2], 4).ranges).toEqual([{ from: 2, to: 2 }]);
  });

  it('puts every value in the class whose range holds it', () => {
    const values = [1, 2, 9, 10, 13, 20, 21];
    const classes = shadeClasses(values, 4);
    for (const value of values) {
      const range = classes.ranges[classes.classOf(value)];
      expect(value).toBeGreaterThanOrEqual(range.from);
      expect(value).toBeLessThanOrEqual(range.to);
    }
  });
});

it('computes the bounds of positions', () => {
  expect(boundsOf(square)).toEqual([0, 0, 1, 1]);
});
