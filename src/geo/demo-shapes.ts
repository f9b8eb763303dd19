// Synthetic ward shapes for the demo province: real ward boundaries are not public, so each district of the shipped
// district GeoJSON is cut into as many Voronoi cells as it has wards, around seeded points placed inside it, each
// cell clipped to the district. Deterministic: the same province gives the same shapes.
import { existsSync, readFileSync } from 'node:fs';
import { Delaunay } from 'd3-delaunay';
import { intersection, type Geom } from 'polyclip-ts';
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { provinceUnits } from './reference.ts';
import { storeWardShapes, type WardShapeFeature } from './ward-shapes.ts';

type Position = [number, number];
type MultiPolygon = Position[][][];
interface DistrictCollection {
  features: { properties: { district_code: string }; geometry: { type: string; coordinates: unknown } }[];
}

/** mulberry32: a small seeded generator, so the shapes never change between runs. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i],
      [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const inArea = (p: Position, area: MultiPolygon) =>
  area.some(([outer, ...holes]) => inRing(p, outer) && !holes.some((h) => inRing(p, h)));

function bounds(area: MultiPolygon): [number, number, number, number] {
  const xs = area.flat(2).map((p) => p[0]),
    ys = area.flat(2).map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/**
 * `count` points inside the area, spread out: each is the farthest from those already placed among a few random
 * candidates inside the area (Mitchell's best candidate), so cells come out of comparable size.
 */
function spreadPoints(area: MultiPolygon, count: number, random: () => number): Position[] {
  const [x0, y0, x1, y1] = bounds(area);
  const inside = (): Position => {
    for (;;) {
      const p: Position = [x0 + random() * (x1 - x0), y0 + random() * (y1 - y0)];
      if (inArea(p, area)) return p;
    }
  };
  const points: Position[] = [];
  while (points.length < count) {
    let best = inside(),
      bestDistance = -1;
    for (let c = 0; points.length && c < 12; c++) {
      const p = c === 0 ? best : inside();
      const d = Math.min(...points.map((q) => (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2));
      if (d > bestDistance) [best, bestDistance] = [p, d];
    }
    points.push(best);
  }
  return points;
}

/** The area cut into one clipped Voronoi cell per point, in the points' order. */
export function voronoiCells(area: MultiPolygon, points: Position[]): MultiPolygon[] {
  const [x0, y0, x1, y1] = bounds(area);
  const voronoi = Delaunay.from(points).voronoi([x0 - 0.01, y0 - 0.01, x1 + 0.01, y1 + 0.01]);
  return points.map((_, i) => {
    const cell = voronoi.cellPolygon(i) as Position[] | null;
    return cell ? intersection(area as Geom, [cell]) : [];
  });
}

/** Synthetic shapes for every ward (2024 geography) of the province, or none if no district file is shipped. */
export function demoWardShapes(province: string): WardShapeFeature[] {
  const file = new URL(`../../reference-data/gis/districts-${province}.geojson`, import.meta.url);
  const units = provinceUnits(province, '2024');
  if (!existsSync(file) || !units) return [];
  const districts = JSON.parse(readFileSync(file, 'utf8')) as DistrictCollection;
  const random = seeded(Number(province));
  const features: WardShapeFeature[] = [];
  for (const d of districts.features) {
    const code = d.properties.district_code;
    const wards = units.units
      .filter((u) => u.geography === '2024' && u.level === 'ward' && u.parent_code === code)
      .sort((a, b) => a.code.localeCompare(b.code));
    if (wards.length === 0) continue;
    const { type, coordinates } = d.geometry;
    const area = (type === 'Polygon' ? [coordinates] : coordinates) as MultiPolygon;
    const cells = voronoiCells(area, spreadPoints(area, wards.length, random));
    wards.forEach((w, i) => {
      if (cells[i].length)
        features.push({
          type: 'Feature',
          properties: { ward_code: w.code },
          geometry: { type: 'MultiPolygon', coordinates: cells[i] },
        });
    });
  }
  return features;
}

/** Stores the synthetic shapes of a demo province initialised in the 2024 geography (the one with districts). */
export async function loadDemoWardShapes(db: Db, ctx: Ctx): Promise<{ wards: number }> {
  const [p] = await db.query<{ geography: string }>('SELECT geography FROM provinces WHERE province_code = $1', [
    ctx.province,
  ]);
  const features = p?.geography === '2024' ? demoWardShapes(ctx.province) : [];
  return features.length ? storeWardShapes(db, ctx, { features }) : { wards: 0 };
}
