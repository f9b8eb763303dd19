// Ward boundaries a province imports itself (they are not public): a GeoJSON FeatureCollection, one Polygon or
// MultiPolygon per ward, `properties.ward_code` the ward's code in the province's geography. All or nothing: any
// bad feature refuses the whole file, the error naming the feature's index and code.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import type { Message, MessageKey } from '../shared/messages.ts';
import { audit } from '../shared/audit.ts';

type Position = [number, number];
type Ring = Position[];
export interface WardGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Ring[] | Ring[][];
}
export interface WardShapeFeature {
  type: 'Feature';
  properties: { ward_code: string; [k: string]: unknown };
  geometry: WardGeometry;
}

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) &&
  p.length >= 2 &&
  p.every((x) => typeof x === 'number' && Number.isFinite(x)) &&
  Math.abs(p[0] as number) <= 180 &&
  Math.abs(p[1] as number) <= 90;

/** Twice the signed area of a closed ring (shoelace). */
function ringArea2(ring: Position[]): number {
  let a = 0;
  for (let i = 1; i < ring.length; i++) a += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return a;
}

function ringProblem(ring: unknown): MessageKey | null {
  if (!Array.isArray(ring) || !ring.every(isPosition)) return 'geometry_position';
  if (ring.length < 4) return 'geometry_ring_short';
  const [first, last] = [ring[0], ring[ring.length - 1]];
  if (first[0] !== last[0] || first[1] !== last[1]) return 'geometry_ring_open';
  if (ringArea2(ring) === 0) return 'geometry_ring_flat';
  return null;
}

function polygonProblem(rings: unknown): MessageKey | null {
  if (!Array.isArray(rings) || rings.length === 0) return 'geometry_position';
  for (const ring of rings) {
    const p = ringProblem(ring);
    if (p) return p;
  }
  return null;
}

/**
 * What is wrong with a geometry as a ward's area, or null: a Polygon or MultiPolygon of closed rings of at least
 * four [longitude, latitude] positions, none flat. (Self-intersections are not looked for: they are rare in
 * exported boundaries and the map still draws them.)
 */
export function geometryProblem(g: unknown): MessageKey | null {
  if (typeof g !== 'object' || g === null) return 'geometry_type';
  const { type, coordinates } = g as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') return polygonProblem(coordinates);
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) return 'geometry_position';
    for (const polygon of coordinates) {
      const p = polygonProblem(polygon);
      if (p) return p;
    }
    return null;
  }
  return 'geometry_type';
}

export interface ShapeProblem {
  index: number;
  message: Message;
}

/** Every problem of an uploaded collection against the province's ward codes, in feature order. */
export function wardShapeProblems(features: unknown[], wardCodes: Set<string>): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const seen = new Map<string, number>();
  features.forEach((f, index) => {
    const props = (f as { properties?: unknown } | null)?.properties;
    const raw = typeof props === 'object' && props ? (props as Record<string, unknown>).ward_code : undefined;
    const code = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
    const say = (key: MessageKey, params: Record<string, string | number | Message> = {}) =>
      problems.push({ index, message: { key, params: { index, code, ...params } } });
    if (!code) return say('ward_shape_no_code');
    if (!wardCodes.has(code)) return say('ward_shape_unknown_ward');
    const first = seen.get(code);
    if (first !== undefined) return say('ward_shape_duplicate', { first });
    seen.set(code, index);
    const bad = geometryProblem((f as { geometry?: unknown }).geometry);
    if (bad) say('ward_shape_bad_geometry', { reason: { key: bad } });
  });
  return problems;
}

/** The codes of the wards of the province's own geography. */
async function provinceWardCodes(db: Db, ctx: Ctx): Promise<Set<string>> {
  const rows = await db.query<{ code: string }>(
    `SELECT u.code FROM admin_units u JOIN provinces p ON p.province_code = u.province_code
      WHERE u.province_code = $1 AND u.geography = p.geography AND u.level = 'ward'`,
    [ctx.province],
  );
  return new Set(rows.map((r) => r.code));
}

/**
 * Stores the wards of an uploaded collection (replacing their earlier shapes; wards not in the file keep theirs).
 * Refuses the whole file on any problem: the first one, with the count of the others.
 */
export async function storeWardShapes(
  db: Db,
  ctx: Ctx,
  collection: { features: unknown[] },
): Promise<{ wards: number }> {
  const { features } = collection;
  if (features.length === 0) throw new AppError(400, 'ward_shapes_empty', {}, 'features');
  return db.tx(async (tx) => {
    const problems = wardShapeProblems(features, await provinceWardCodes(tx, ctx));
    if (problems.length) {
      const [first] = problems;
      const field = `features[${first.index}]`;
      if (problems.length === 1) throw new AppError(400, first.message.key, first.message.params, field);
      throw new AppError(400, 'ward_shapes_more', { problem: first.message, more: problems.length - 1 }, field);
    }
    const rows = (features as WardShapeFeature[]).map((f) => ({
      ward_code: String(f.properties.ward_code).trim(),
      geometry: { type: f.geometry.type, coordinates: f.geometry.coordinates },
    }));
    await tx.query(
      `INSERT INTO ward_shapes (province_code, ward_code, geometry, updated_by)
       SELECT $1, r->>'ward_code', r->'geometry', $3 FROM jsonb_array_elements($2::jsonb) r
       ON CONFLICT (province_code, ward_code) DO UPDATE
         SET geometry = EXCLUDED.geometry, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [ctx.province, JSON.stringify(rows), ctx.actor],
    );
    // The geometries themselves are too large for the log: it records which wards were replaced.
    await audit(tx, ctx, 'import', 'ward_shapes', ctx.province, null, { wards: rows.map((r) => r.ward_code) });
    return { wards: rows.length };
  });
}

/** The province's ward shapes as a GeoJSON FeatureCollection text, each with its code, name and district. */
export async function wardShapesGeoJson(db: Db, ctx: Ctx): Promise<string> {
  const rows = await db.query<{ collection: string }>(
    `SELECT jsonb_build_object('type', 'FeatureCollection', 'features', coalesce(jsonb_agg(jsonb_build_object(
              'type', 'Feature',
              'properties', jsonb_build_object('province_code', s.province_code, 'ward_code', s.ward_code,
                                               'district_code', CASE WHEN p.geography = '2024' THEN u.parent_code END,
                                               'name', u.full_name),
              'geometry', s.geometry) ORDER BY s.ward_code), '[]'::jsonb))::text AS collection
       FROM ward_shapes s
       JOIN provinces p ON p.province_code = s.province_code
       LEFT JOIN admin_units u ON u.province_code = s.province_code AND u.geography = p.geography
                              AND u.level = 'ward' AND u.code = s.ward_code
      WHERE s.province_code = $1`,
    [ctx.province],
  );
  return rows[0].collection;
}
