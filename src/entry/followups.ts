// Outbreak areas and the follow-up tasks they create: a declaration or a crossing whose origin is an outbreak area
// on its day gets the follow-ups owed (test, quarantine assignment) on the due list of the ward of destination.
// Inside the province, outbreak areas come from zoning (a ward or district at level 4 or under lockdown:
// zoning_outbreak, src/zoning/outbreak.sql), judged once when the record is stored and kept on it; outside it, from
// the dated hand-kept list (outbreak_areas), whose changes re-judge the records of their dates, set-wise.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import type { Geography } from '../geo/reference.ts';
import { AppError, invalid, notFound } from '../shared/errors.ts';
import { audit } from '../shared/audit.ts';
import { t, thing } from '../shared/messages.ts';
import { cleanText } from '../shared/text.ts';
import { scopeParam } from '../auth/scope.ts';
import { areaName, areaProvince, knownArea, resolveOrigin, type OriginInput } from './origin.ts';
import type { Followup, FollowupRecord, OutbreakArea, OutbreakZoning } from './schemas.ts';

/** The Viet Nam day of an instant column, and the first instant of a Viet Nam day parameter. */
export const vnDay = (col: string) => `(${col} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
export const vnDayStart = (param: string) => `(${param}::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`;
/** Today in Viet Nam. */
export const VN_TODAY = vnDay('now()');

export async function tenantGeography(db: Db, ctx: Ctx): Promise<Geography> {
  const [p] = await db.query<{ geography: Geography }>('SELECT geography FROM provinces WHERE province_code = $1', [
    ctx.province,
  ]);
  return p?.geography ?? '2024';
}

export type Source = 'declaration' | 'crossing';
const SOURCES: Record<Source, { table: string; id: string; at: string; followable: string }> = {
  declaration: { table: 'declarations', id: 'declaration_id', at: 'declared_at', followable: 'true' },
  crossing: {
    table: 'crossings',
    id: 'crossing_id',
    at: 'crossed_at',
    // A traveller turned back did not enter; one who showed a declaration already has its follow-ups.
    followable: `x.direction = 'in' AND x.decision <> 'turned_back' AND NOT EXISTS (SELECT 1 FROM declarations dd
                  WHERE dd.province_code = x.province_code AND dd.declaration_id = x.declaration_id
                    AND (dd.outbreak_area_id IS NOT NULL OR dd.zoning_unit_code IS NOT NULL))`,
  },
};

/** SQL: a row `x` of declarations or crossings is from an outbreak area (hand-kept or zoning). */
export const FROM_OUTBREAK = (x: string) => `(${x}.outbreak_area_id IS NOT NULL OR ${x}.zoning_unit_code IS NOT NULL)`;

/** The hand-kept area of a source row `x` (an SQL expression): judged on the row's own day. */
export const areaOf = (s: Source) =>
  `entry_outbreak_area(x.province_code, ${vnDay('x.' + SOURCES[s].at)}, x.from_country, x.from_province, x.from_district, x.from_ward)`;
/** The zoning judgement of a source row `x` (a set-returning call, no row when none): on the row's own day. */
const zoningOf = (s: Source) =>
  `entry_origin_zoning(x.province_code, ${vnDay('x.' + SOURCES[s].at)}, x.from_country, x.from_province, x.from_district, x.from_ward)`;
/** SQL: the zoning judgement of a row `x` as the lists show it (jsonb, or null). */
export const zoningJudgement = (x: string) =>
  `entry_zoning_judgement(${x}.province_code, ${x}.zoning_unit_code, ${x}.zoning_level, ${x}.zoning_measure, ${x}.zoning_decision)`;

/**
 * INSERT of the follow-ups owed by the rows of `from` (a table aliased x) that satisfy `where`; $1 is the province.
 * Which tasks, for which ward, due when: entry_followup_rows (src/entry/declarations.sql), the rule the QR form uses too.
 */
export function followupsFrom(s: Source, from: string, where = 'true'): string {
  const src = SOURCES[s];
  return `INSERT INTO entry_followups (province_code, kind, ward_code, ${src.id}, outbreak_area_id, due_on)
    SELECT $1, f.kind, f.ward_code, x.${src.id}, x.outbreak_area_id, f.due_on
      FROM ${from} x
      CROSS JOIN LATERAL entry_followup_rows($1, x.outbreak_area_id, x.zoning_unit_code, x.to_ward_code, x.person_id,
                                             ${vnDay('x.' + src.at)}) f
     WHERE ${FROM_OUTBREAK('x')} AND ${src.followable} AND (${where})
    ON CONFLICT DO NOTHING`;
}

/**
 * Re-judges the source rows matching `where` (SQL over alias x; its parameters start at $2): their hand-kept outbreak
 * area (and, for declarations, the person when not yet linked), and their zoning judgement for the rows that also
 * match `judgeZoning` (rows just stored or changed: a stored judgement is otherwise kept, so figures stay the same at
 * any later cut-off); then creates the follow-ups now owed and cancels the open ones no longer owed. Set-based: one
 * statement per step whatever the number of rows.
 */
export async function reconcile(
  tx: Db,
  ctx: Ctx,
  s: Source,
  where: string,
  params: unknown[] = [],
  judgeZoning = 'false',
): Promise<void> {
  const src = SOURCES[s];
  const p = [ctx.province, ...params];
  const person =
    s === 'declaration'
      ? 'CASE WHEN x.person_id IS NULL THEN entry_match_person(x.province_code, x.id_number, x.phone, x.full_name, x.birth_year) END'
      : 'NULL::bigint';
  await tx.query(
    `UPDATE ${src.table} t SET outbreak_area_id = n.area, person_id = COALESCE(t.person_id, n.person)
       FROM (SELECT x.${src.id} AS id, ${areaOf(s)} AS area, ${person} AS person FROM ${src.table} x
              WHERE x.province_code = $1 AND (${where})) n
      WHERE t.province_code = $1 AND t.${src.id} = n.id
        AND (t.outbreak_area_id IS DISTINCT FROM n.area OR (t.person_id IS NULL AND n.person IS NOT NULL))`,
    p,
  );
  if (judgeZoning !== 'false')
    await tx.query(
      `UPDATE ${src.table} t SET zoning_unit_code = n.judged_unit, zoning_level = n.judged_level,
              zoning_measure = n.judged_measure, zoning_decision = n.judged_decision
         FROM (SELECT x.${src.id} AS id, z.* FROM ${src.table} x LEFT JOIN LATERAL ${zoningOf(s)} z ON true
                WHERE x.province_code = $1 AND (${where}) AND (${judgeZoning})) n
        WHERE t.province_code = $1 AND t.${src.id} = n.id
          AND (t.zoning_unit_code, t.zoning_level, t.zoning_measure, t.zoning_decision)
              IS DISTINCT FROM (n.judged_unit, n.judged_level, n.judged_measure, n.judged_decision)`,
      p,
    );
  await tx.query(followupsFrom(s, src.table, `x.province_code = $1 AND (${where})`), p);
  // A task whose destination was unknown joins the ward of the person once the person is known.
  await tx.query(
    `UPDATE entry_followups f SET ward_code = pe.ward_code
       FROM ${src.table} x JOIN persons pe ON pe.province_code = x.province_code AND pe.person_id = x.person_id
      WHERE f.province_code = $1 AND f.${src.id} = x.${src.id} AND f.ward_code IS NULL AND x.to_ward_code IS NULL
        AND pe.ward_code IS NOT NULL AND x.province_code = $1 AND (${where})`,
    p,
  );
  const n = p.length;
  await tx.query(
    `WITH cancelled AS (
       UPDATE entry_followups f SET status = 'cancelled', handled_at = now(), handled_by = $${n + 1}, note = $${n + 2}
         FROM ${src.table} x
        WHERE f.province_code = $1 AND f.status = 'open' AND f.${src.id} = x.${src.id} AND x.province_code = $1 AND (${where})
          AND (NOT f.kind = ANY(COALESCE(entry_followup_kinds(x.province_code, x.outbreak_area_id, x.zoning_unit_code,
                                                             ${vnDay('x.' + src.at)}), '{}'))
               OR NOT (${src.followable}))
       RETURNING f.*)
     INSERT INTO audit_log (province_code, actor, request_id, action, entity, entity_key, before, after)
     SELECT $1, $${n + 1}, $${n + 3}, 'cancel', 'entry_followup', followup_id::text, NULL, to_jsonb(cancelled) FROM cancelled`,
    [...p, ctx.actor, t(ctx.lang, 'followup_withdrawn'), ctx.requestId ?? null],
  );
}

/** Re-judges every declaration and crossing of the days [from, to] (to = null: open-ended). */
async function reconcileDays(tx: Db, ctx: Ctx, from: string, to: string | null): Promise<void> {
  for (const s of ['declaration', 'crossing'] as const) {
    const at = 'x.' + SOURCES[s].at;
    await reconcile(
      tx,
      ctx,
      s,
      `${at} >= ${vnDayStart('$2')} AND ($3::date IS NULL OR ${at} < ${vnDayStart('($3::date + 1)')})`,
      [from, to],
    );
  }
}

// ---- outbreak areas ----------------------------------------------------------------------------------------

export type AreaLevel = 'country' | 'province' | 'district' | 'ward';
export interface AreaInput {
  level: AreaLevel;
  area_code: string;
  name?: string;
  effective_from: string;
  effective_to?: string | null;
  zone_level?: number | null;
  followups?: ('test' | 'quarantine')[];
  basis?: string | null;
}
const AREA_COLUMNS =
  'area_id, level, area_code, name, effective_from, effective_to, zone_level, followups, basis, updated_at';

export async function listAreas(db: Db, ctx: Ctx, f: { on?: string }) {
  return db.query<OutbreakArea>(
    `SELECT ${AREA_COLUMNS} FROM outbreak_areas WHERE province_code = $1
        AND ($2::date IS NULL OR (effective_from <= $2 AND (effective_to IS NULL OR effective_to >= $2)))
      ORDER BY effective_from DESC, level, area_code`,
    [ctx.province, f.on ?? null],
  );
}

/**
 * Checks an area for the hand-kept list: a known code, dates in order, and outside the province: the province itself,
 * its districts and wards are outbreak areas by zoning (level 4 or lockdown), never by hand (`inside` = true lets a
 * stored legacy row of the province be changed, e.g. ended, without moving it).
 */
async function checkedArea(db: Db, ctx: Ctx, a: AreaInput, inside = false): Promise<AreaInput & { name: string }> {
  const code = a.level === 'country' ? a.area_code.trim().toUpperCase() : a.area_code.trim();
  const g = await tenantGeography(db, ctx);
  if (!knownArea(a.level, code, g)) throw invalid('area_code', 'unknown_unit', { value: a.area_code });
  if (!inside && areaProvince(a.level, code, g) === ctx.province)
    throw invalid('area_code', 'outbreak_area_in_province', { value: areaName(a.level, code, g) ?? code });
  if (a.effective_to && a.effective_to < a.effective_from) throw invalid('effective_to', 'end_before_start');
  const name = a.name ? cleanText(a.name) : (areaName(a.level, code, g) ?? code);
  return { ...a, area_code: code, name };
}

export async function createArea(db: Db, ctx: Ctx, input: AreaInput) {
  return db.tx(async (tx) => {
    const a = await checkedArea(tx, ctx, input);
    const [row] = await tx.query<OutbreakArea>(
      `INSERT INTO outbreak_areas (province_code, level, area_code, name, effective_from, effective_to, zone_level, followups, basis)
       VALUES ($1, $2, $3, $4, $5, $6, $7, COALESCE($8::text[], '{test,quarantine}'), $9) RETURNING ${AREA_COLUMNS}`,
      [
        ctx.province,
        a.level,
        a.area_code,
        a.name,
        a.effective_from,
        a.effective_to ?? null,
        a.zone_level ?? null,
        a.followups ?? null,
        a.basis ?? null,
      ],
    );
    await audit(tx, ctx, 'insert', 'outbreak_area', String(row.area_id), null, row);
    await reconcileDays(tx, ctx, a.effective_from, a.effective_to ?? null);
    return row;
  });
}

/** Changes an area (ending it is setting effective_to); the records of the old and new dates are re-judged. */
export async function updateArea(db: Db, ctx: Ctx, id: number, changes: Partial<AreaInput>) {
  return db.tx(async (tx) => {
    const [before] = await tx.query<AreaInput & { area_id: number }>(
      `SELECT ${AREA_COLUMNS} FROM outbreak_areas WHERE province_code = $1 AND area_id = $2 FOR UPDATE`,
      [ctx.province, id],
    );
    if (!before) throw notFound(thing('outbreak_area'));
    const moved =
      (changes.level ?? before.level) !== before.level || (changes.area_code ?? before.area_code) !== before.area_code;
    const a = await checkedArea(
      tx,
      ctx,
      { ...before, ...changes, name: changes.name ?? (changes.area_code ? undefined : before.name) },
      !moved,
    );
    const [row] = await tx.query<OutbreakArea>(
      `UPDATE outbreak_areas SET level = $3, area_code = $4, name = $5, effective_from = $6, effective_to = $7, zone_level = $8,
              followups = $9::text[], basis = $10, updated_at = now()
        WHERE province_code = $1 AND area_id = $2 RETURNING ${AREA_COLUMNS}`,
      [
        ctx.province,
        id,
        a.level,
        a.area_code,
        a.name,
        a.effective_from,
        a.effective_to ?? null,
        a.zone_level ?? null,
        a.followups,
        a.basis ?? null,
      ],
    );
    await audit(tx, ctx, 'update', 'outbreak_area', String(id), before, row);
    const from = [before.effective_from, a.effective_from].sort()[0];
    const to =
      before.effective_to == null || a.effective_to == null ? null : [before.effective_to, a.effective_to].sort()[1];
    await reconcileDays(tx, ctx, from, to);
    return row;
  });
}

/**
 * Which outbreak area (if any) an origin counts as on a day: what the checkpoint form shows before a decision. Inside
 * the province: the zoning judgement of that day as of now; outside: the hand-kept area.
 */
export async function checkOrigin(db: Db, ctx: Ctx, q: OriginInput & { day: string }) {
  const o = resolveOrigin(q, await tenantGeography(db, ctx));
  if ('errors' in o) throw new AppError(400, o.errors[0].key, o.errors[0].params ?? {}, o.errors[0].column);
  const { from_country, from_province, from_district, from_ward } = o.origin;
  const args = [ctx.province, q.day, from_country, from_province, from_district, from_ward];
  const rows = await db.query<OutbreakArea>(
    `SELECT ${AREA_COLUMNS} FROM outbreak_areas WHERE province_code = $1 AND area_id = entry_outbreak_area($1, $2, $3, $4, $5, $6)`,
    args,
  );
  const [zoning] = await db.query<{ j: OutbreakZoning }>(
    `SELECT entry_zoning_judgement($1, z.judged_unit, z.judged_level, z.judged_measure, z.judged_decision) AS j
       FROM entry_origin_zoning($1, $2, $3, $4, $5, $6) z`,
    args,
  );
  return { origin: o.origin, outbreak_area: rows[0] ?? null, zoning: zoning?.j ?? null };
}

// ---- follow-up tasks ---------------------------------------------------------------------------------------

export interface FollowupFilter {
  status?: 'open' | 'done' | 'cancelled';
  due_until?: string;
  ward_code?: string;
  kind?: 'test' | 'quarantine';
  limit?: number;
}

/** The due list: tasks of the actor's wards (tasks without a ward only for the whole province), oldest due first. */
export async function listFollowups(db: Db, ctx: Ctx, f: FollowupFilter) {
  return db.query<Followup>(
    `SELECT f.followup_id, f.kind, f.status, f.due_on, f.ward_code, f.handled_at, f.handled_by, f.note,
            COALESCE(a.name, zj.j->>'unit_name') AS outbreak_area, COALESCE(a.zone_level, (zj.j->>'level')::int) AS zone_level,
            zj.j AS outbreak_zoning,
            COALESCE(d.declaration_ref, 'crossing:' || c.crossing_id) AS source_ref,
            COALESCE(d.declared_at, c.crossed_at) AS arrived_at, COALESCE(d.checkpoint_code, c.checkpoint_code) AS checkpoint_code,
            d.accommodation_code, pe.person_ref, COALESCE(d.full_name, c.full_name) AS full_name,
            COALESCE(d.birth_year, c.birth_year) AS birth_year, COALESCE(d.phone, c.phone) AS phone,
            COALESCE(d.to_place, c.to_place) AS to_place
       FROM entry_followups f
       LEFT JOIN outbreak_areas a ON a.province_code = f.province_code AND a.area_id = f.outbreak_area_id
       LEFT JOIN declarations d ON d.province_code = f.province_code AND d.declaration_id = f.declaration_id
       LEFT JOIN crossings c ON c.province_code = f.province_code AND c.crossing_id = f.crossing_id
       LEFT JOIN LATERAL (SELECT CASE WHEN f.outbreak_area_id IS NULL
                                      THEN COALESCE(${zoningJudgement('d')}, ${zoningJudgement('c')}) END AS j) zj ON true
       LEFT JOIN persons pe ON pe.province_code = f.province_code AND pe.person_id = COALESCE(d.person_id, c.person_id)
      WHERE f.province_code = $1 AND f.status = $2 AND ($3::date IS NULL OR f.due_on <= $3)
        AND ($4::text IS NULL OR f.ward_code = $4) AND ($5::text IS NULL OR f.kind = $5)
        AND ($6::text[] IS NULL OR f.ward_code = ANY($6::text[]))
      ORDER BY f.due_on, f.followup_id LIMIT $7`,
    [
      ctx.province,
      f.status ?? 'open',
      f.due_until ?? null,
      f.ward_code ?? null,
      f.kind ?? null,
      scopeParam(ctx),
      Math.min(f.limit ?? 200, 1000),
    ],
  );
}

/** The ward a task belongs to (for the jurisdiction check before handling it). */
export async function followupWard(db: Db, ctx: Ctx, id: number): Promise<string | null> {
  const [r] = await db.query<{ ward_code: string | null }>(
    'SELECT ward_code FROM entry_followups WHERE province_code = $1 AND followup_id = $2',
    [ctx.province, id],
  );
  if (!r) throw notFound(thing('followup'));
  return r.ward_code;
}

export async function handleFollowup(
  db: Db,
  ctx: Ctx,
  id: number,
  input: { status: 'done' | 'cancelled' | 'open'; note?: string },
) {
  return db.tx(async (tx) => {
    const [before] = await tx.query<FollowupRecord>(
      'SELECT * FROM entry_followups WHERE province_code = $1 AND followup_id = $2 FOR UPDATE',
      [ctx.province, id],
    );
    if (!before) throw notFound(thing('followup'));
    const reopen = input.status === 'open';
    const [row] = await tx.query<FollowupRecord>(
      `UPDATE entry_followups SET status = $3, note = COALESCE($4, note), handled_at = CASE WHEN $5 THEN NULL ELSE now() END,
              handled_by = CASE WHEN $5 THEN NULL ELSE $6 END
        WHERE province_code = $1 AND followup_id = $2 RETURNING *`,
      [ctx.province, id, input.status, input.note ? cleanText(input.note) : null, reopen, ctx.actor],
    );
    await audit(tx, ctx, 'update', 'entry_followup', String(id), before, row);
    return row;
  });
}
