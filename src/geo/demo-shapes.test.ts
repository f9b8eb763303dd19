import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { demoWardShapes, voronoiCells } from './demo-shapes.ts';
import { geometryProblem } from './ward-shapes.ts';
import { provinceUnits } from './reference.ts';

/** Area of a MultiPolygon in square degrees (outer rings minus holes). */
function area(mp: number[][][][]): number {
  let total = 0;
  for (const polygon of mp)
    polygon.forEach((ring, k) => {
      let a = 0;
      for (let i = 1; i < ring.length; i++) a += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
      total += (k ? -1 : 1) * Math.abs(a / 2);
    });
  return total;
}

test('two points in a 2×1 rectangle cut it into its two unit squares', () => {
  const rectangle = [
    [
      [
        [0, 0],
        [2, 0],
        [2, 1],
        [0, 1],
        [0, 0],
      ],
    ],
  ] as [number, number][][][];
  const [left, right] = voronoiCells(rectangle, [
    [0.5, 0.5],
    [1.5, 0.5],
  ]);
  const box = (cell: number[][][][]) => {
    const xs = cell.flat(2).map((p) => p[0]),
      ys = cell.flat(2).map((p) => p[1]);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  };
  assert.deepEqual(box(left), [0, 0, 1, 1]);
  assert.deepEqual(box(right), [1, 0, 2, 1]);
  assert.equal(area(left), 1);
  assert.equal(area(right), 1);
});

test('the demo province (93): one valid shape per ward, covering its district exactly, the same every time', () => {
  const shapes = demoWardShapes('93');
  const wards = provinceUnits('93', '2024')!.units.filter((u) => u.geography === '2024' && u.level === 'ward');
  assert.equal(wards.length, 75); // Hậu Giang had 75 wards before the 2025 merger
  assert.deepEqual(shapes.map((s) => s.properties.ward_code).sort(), wards.map((w) => w.code).sort());
  assert.deepEqual(
    shapes.filter((s) => geometryProblem(s.geometry)),
    [],
  );
  // Each district is tiled by its wards: their areas add up to the district's.
  const districts = JSON.parse(
    readFileSync(new URL('../../reference-data/gis/districts-93.geojson', import.meta.url), 'utf8'),
  );
  const districtOf = new Map(wards.map((w) => [w.code, w.parent_code]));
  for (const d of districts.features) {
    const cells = shapes.filter((s) => districtOf.get(s.properties.ward_code) === d.properties.district_code);
    const sum = cells.reduce((t, s) => t + area(s.geometry.coordinates as number[][][][]), 0);
    assert.ok(Math.abs(sum - area(d.geometry.coordinates)) < 1e-9, `district ${d.properties.district_code}`);
  }
  assert.deepEqual(JSON.stringify(demoWardShapes('93')), JSON.stringify(shapes));
});
