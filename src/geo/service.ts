// Geography of a province tenant: official units of both geographies, the old→new mapping, hamlets, population.
import type { Db } from '../db/connection.ts';
import { AppError, invalid } from '../shared/errors.ts';
import { csvRecord } from '../shared/csv.ts';
import { cleanText } from '../shared/text.ts';
import { provinceUnits, type Geography } from './reference.ts';
import type { Ctx } from '../shared/context.ts';
import { audit } from '../shared/audit.ts';
import type { AdminUnit, Hamlet, WardMapping, WardPopulation } from './schemas.ts';

/**
 * Creates the province tenant (idempotent) and loads its admin units and mapping from the reference lists, in the
 * caller's transaction (province initialisation: src/app/province.ts).
 */
export async function loadProvinceUnits(
  tx: Db,
  code: string,
  geography: Geography,
): Promise<{ province_code: string; name: string; units: number }> {
  const p = provinceUnits(code, geography);
  if (!p) throw new AppError(400, 'unknown_province', { value: code, geography }, 'province');
  await tx.query(
    `INSERT INTO provinces (province_code, name, geography) VALUES ($1, $2, $3)
     ON CONFLICT (province_code) DO UPDATE SET name = EXCLUDED.name, geography = EXCLUDED.geography`,
    [code, p.name, geography],
  );
  await tx.exec(
    'CREATE TEMP TABLE unit_load (geography text, code text, level text, name text, full_name text, parent_code text) ON COMMIT DROP',
  );
  await tx.copyCsv(
    'unit_load',
    ['geography', 'code', 'level', 'name', 'full_name', 'parent_code'],
    p.units.map((u) => csvRecord([u.geography, u.code, u.level, u.name, u.full_name, u.parent_code])).join(''),
  );
  await tx.query(
    `INSERT INTO admin_units (province_code, geography, code, level, name, full_name, parent_code)
     SELECT $1, geography, code, level, name, full_name, parent_code FROM unit_load
     ON CONFLICT (province_code, geography, code) DO UPDATE
       SET level = EXCLUDED.level, name = EXCLUDED.name, full_name = EXCLUDED.full_name, parent_code = EXCLUDED.parent_code`,
    [code],
  );
  await tx.query(
    `INSERT INTO admin_unit_mapping (province_code, old_ward_code, new_ward_code, merge)
     SELECT $1, m->>'old_ward_code', m->>'new_ward_code', m->>'merge' FROM jsonb_array_elements($2::jsonb) m
     ON CONFLICT (province_code, old_ward_code, new_ward_code) DO UPDATE SET merge = EXCLUDED.merge`,
    [code, JSON.stringify(p.mapping)],
  );
  return { province_code: code, name: p.name, units: p.units.length };
}

/** The province this database serves when none is named (the first initialised). */
export async function defaultProvince(
  db: Db,
): Promise<{ province_code: string; name: string; geography: Geography } | null> {
  const rows = await db.query<{ province_code: string; name: string; geography: Geography }>(
    'SELECT province_code, name, geography FROM provinces ORDER BY created_at, province_code LIMIT 1',
  );
  return rows[0] ?? null;
}

export async function listUnits(
  db: Db,
  ctx: Ctx,
  f: { geography?: Geography; level?: string; parent?: string },
): Promise<AdminUnit[]> {
  return db.query<AdminUnit>(
    `SELECT geography, code, level, name, full_name, parent_code FROM admin_units
      WHERE province_code = $1 AND ($2::text IS NULL OR geography = $2) AND ($3::text IS NULL OR level = $3)
        AND ($4::text IS NULL OR parent_code = $4)
      ORDER BY geography, code`,
    [ctx.province, f.geography || null, f.level || null, f.parent || null],
  );
}

/** Old→new ward mapping rows touching a ward code of either geography. */
export async function wardMapping(db: Db, ctx: Ctx, wardCode?: string): Promise<WardMapping[]> {
  return db.query<WardMapping>(
    `SELECT m.old_ward_code, o.full_name AS old_name, m.new_ward_code, n.full_name AS new_name, m.merge
       FROM admin_unit_mapping m
       JOIN admin_units o ON o.province_code = m.province_code AND o.geography = '2024' AND o.code = m.old_ward_code
       JOIN admin_units n ON n.province_code = m.province_code AND n.geography = '2025' AND n.code = m.new_ward_code
      WHERE m.province_code = $1 AND ($2::text IS NULL OR $2 IN (m.old_ward_code, m.new_ward_code))
      ORDER BY m.old_ward_code, m.new_ward_code`,
    [ctx.province, wardCode ?? null],
  );
}

export async function listHamlets(db: Db, ctx: Ctx, wardCode?: string): Promise<Hamlet[]> {
  return db.query<Hamlet>(
    `SELECT hamlet_id, ward_code, name FROM hamlets
      WHERE province_code = $1 AND ($2::text IS NULL OR ward_code = $2)
      ORDER BY ward_code, name_fold`,
    [ctx.province, wardCode || null],
  );
}

export async function assertWard(db: Db, ctx: Ctx, wardCode: string, field = 'ward_code'): Promise<void> {
  const r = await db.query(
    `SELECT 1 FROM admin_units WHERE province_code = $1 AND level = 'ward' AND code = $2 LIMIT 1`,
    [ctx.province, wardCode],
  );
  if (r.length === 0) throw invalid(field, 'unknown_ward', { value: wardCode });
}

export async function addHamlet(db: Db, ctx: Ctx, input: { ward_code: string; name: string }): Promise<Hamlet> {
  return db.tx(async (tx) => {
    await assertWard(tx, ctx, input.ward_code);
    const name = cleanText(input.name);
    const rows = await tx.query<Hamlet>(
      `INSERT INTO hamlets (province_code, ward_code, name) VALUES ($1, $2, $3)
       ON CONFLICT (province_code, ward_code, name_fold) DO NOTHING RETURNING hamlet_id, ward_code, name`,
      [ctx.province, input.ward_code, name],
    );
    if (rows.length === 0) throw new AppError(409, 'duplicate_hamlet', { value: name }, 'name');
    await audit(tx, ctx, 'insert', 'hamlet', String(rows[0].hamlet_id), null, rows[0]);
    return rows[0];
  });
}

export async function listPopulation(db: Db, ctx: Ctx): Promise<WardPopulation[]> {
  return db.query<WardPopulation>(
    `SELECT p.ward_code, u.full_name AS ward_name, p.population, p.population_18plus, p.population_50plus
       FROM ward_population p
       LEFT JOIN LATERAL (SELECT full_name FROM admin_units u WHERE u.province_code = p.province_code
                           AND u.level = 'ward' AND u.code = p.ward_code ORDER BY geography LIMIT 1) u ON true
      WHERE p.province_code = $1 ORDER BY p.ward_code`,
    [ctx.province],
  );
}
