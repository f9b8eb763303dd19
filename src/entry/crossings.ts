// Crossings recorded by checkpoint staff: who (a registered person, a declaration's receipt code, or typed on the
// spot), vehicle, from, to, purpose and the decision. Counted per checkpoint per Viet Nam day.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import type { Geography } from '../geo/reference.ts';
import { notFound } from '../shared/errors.ts';
import { thing } from '../shared/messages.ts';
import { audit } from '../shared/audit.ts';
import { cleanText } from '../shared/text.ts';
import { scopeParam } from '../auth/scope.ts';
import { assertWard } from '../geo/service.ts';
import { FROM_OUTBREAK, reconcile, vnDay, vnDayStart, zoningJudgement } from './followups.ts';
import { normalizePlate } from './declarations.ts';
import { travellerOrThrow, type TravellerInput } from './validate.ts';
import type { CheckpointDay, CrossingRecord, CrossingSummary } from './schemas.ts';

export interface CrossingInput extends TravellerInput {
  checkpoint_code: string;
  crossed_at?: string;
  direction?: 'in' | 'out';
  mode?: 'road' | 'air' | 'water' | 'rail';
  person_ref?: string;
  declaration_ref?: string;
  vehicle_plate?: string | null;
  from_place?: string | null;
  to_ward_code?: string | null;
  to_place?: string | null;
  purpose: 'return_home' | 'work' | 'goods' | 'transit' | 'official' | 'medical' | 'tourism' | 'other';
  decision: 'allowed' | 'quarantine' | 'turned_back';
  rapid_test?: 'negative' | 'positive' | 'invalid' | null;
  note?: string | null;
}

const TRAVELLER_FIELDS = [
  'full_name',
  'birth_year',
  'sex',
  'id_number',
  'phone',
  'nationality',
  'from_country',
  'from_province',
  'from_district',
  'from_ward',
  'from_place',
  'vehicle_plate',
  'to_ward_code',
  'to_place',
] as const;

const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''));

/**
 * Records a crossing. What the officer types wins over what the declaration or the person record says; the
 * traveller is then validated like a declaration. Follow-ups are created when the origin is an outbreak area.
 */
export async function createCrossing(
  db: Db,
  ctx: Ctx,
  input: CrossingInput,
  env: { provinceCodes: ReadonlySet<string>; geography: Geography },
): Promise<CrossingRecord> {
  return db.tx(async (tx) => {
    let known: Record<string, unknown> = {};
    let declarationId: number | null = null,
      personId: number | null = null;
    if (input.declaration_ref) {
      const [d] = await tx.query<Record<string, unknown> & { declaration_id: number; person_id: number | null }>(
        `SELECT declaration_id, person_id, ${TRAVELLER_FIELDS.join(', ')} FROM declarations
          WHERE province_code = $1 AND declaration_ref IN ($2, upper($2)) ORDER BY declaration_ref = $2 DESC LIMIT 1`,
        [ctx.province, input.declaration_ref.trim()],
      );
      if (!d) throw notFound(thing('declaration', input.declaration_ref));
      ({ declaration_id: declarationId, person_id: personId, ...known } = d);
    }
    if (input.person_ref) {
      const [p] = await tx.query<Record<string, unknown> & { person_id: number }>(
        `SELECT person_id, full_name, birth_year, sex, id_number, phone, nationality FROM persons WHERE province_code = $1 AND person_ref = $2`,
        [ctx.province, input.person_ref],
      );
      if (!p) throw notFound(thing('person_ref', input.person_ref));
      ({ person_id: personId, ...known } = { ...known, ...defined(p) } as typeof p);
    }
    const merged = {
      ...defined(known),
      ...defined(input as unknown as Record<string, unknown>),
    } as unknown as CrossingInput;
    const tr = travellerOrThrow(merged, env);
    if (merged.to_ward_code) await assertWard(tx, ctx, merged.to_ward_code, 'to_ward_code');
    const [row] = await tx.query<{ crossing_id: number }>(
      `INSERT INTO crossings AS x (province_code, checkpoint_code, crossed_at, direction, mode, person_id, declaration_id, full_name,
              birth_year, sex, id_number, phone, nationality, vehicle_plate, from_country, from_province, from_district, from_ward,
              from_place, to_ward_code, to_place, purpose, decision, rapid_test, note, recorded_by)
       SELECT $1, c.checkpoint_code, COALESCE($3::timestamptz, now()), $4, COALESCE($5, c.mode),
              COALESCE($6::bigint, entry_match_person($1, $10, $11, $7, $8::integer)), $25::bigint,
              $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $26
         FROM checkpoints c WHERE c.province_code = $1 AND c.checkpoint_code = $2
       RETURNING *`,
      [
        ctx.province,
        input.checkpoint_code,
        input.crossed_at ?? null,
        input.direction ?? 'in',
        input.mode ?? null,
        personId,
        tr.full_name,
        tr.birth_year,
        tr.sex,
        tr.id_number,
        tr.phone,
        tr.nationality,
        merged.vehicle_plate ? normalizePlate(merged.vehicle_plate) : null,
        tr.from_country,
        tr.from_province,
        tr.from_district,
        tr.from_ward,
        merged.from_place ? cleanText(merged.from_place) : null,
        merged.to_ward_code ?? null,
        merged.to_place ? cleanText(merged.to_place) : null,
        input.purpose,
        input.decision,
        input.rapid_test ?? null,
        input.note ? cleanText(input.note) : null,
        declarationId,
        ctx.actor,
      ],
    );
    if (!row) throw notFound(thing('checkpoint', input.checkpoint_code));
    await reconcile(tx, ctx, 'crossing', 'x.crossing_id = $2', [row.crossing_id], 'true');
    const [stored] = await tx.query<CrossingRecord>(
      `SELECT x.*, COALESCE(a.name, zj.j->>'unit_name') AS outbreak_area, COALESCE(a.zone_level, x.zoning_level) AS zone_level,
              zj.j AS outbreak_zoning,
              (SELECT array_agg(f.kind ORDER BY f.kind) FROM entry_followups f WHERE f.province_code = x.province_code AND f.crossing_id = x.crossing_id) AS followups
         FROM crossings x LEFT JOIN outbreak_areas a ON a.province_code = x.province_code AND a.area_id = x.outbreak_area_id
         CROSS JOIN LATERAL (SELECT ${zoningJudgement('x')} AS j) zj
        WHERE x.province_code = $1 AND x.crossing_id = $2`,
      [ctx.province, row.crossing_id],
    );
    await audit(tx, ctx, 'insert', 'crossing', String(row.crossing_id), null, stored);
    return stored;
  });
}

export async function listCrossings(
  db: Db,
  ctx: Ctx,
  f: { checkpoint_code?: string; from?: string; to?: string; decision?: string; limit?: number },
) {
  return db.query<CrossingSummary>(
    `SELECT x.crossing_id, x.checkpoint_code, x.crossed_at, x.direction, x.mode, pe.person_ref, x.full_name, x.birth_year, x.phone,
            x.id_number, x.vehicle_plate, x.from_country, x.from_province, x.from_district, x.from_ward, x.from_place, x.to_ward_code,
            x.to_place, x.purpose, x.decision, x.rapid_test, COALESCE(a.name, zj.j->>'unit_name') AS outbreak_area,
            zj.j AS outbreak_zoning, x.note, x.recorded_by
       FROM crossings x JOIN checkpoints c ON c.province_code = x.province_code AND c.checkpoint_code = x.checkpoint_code
       LEFT JOIN outbreak_areas a ON a.province_code = x.province_code AND a.area_id = x.outbreak_area_id
       CROSS JOIN LATERAL (SELECT ${zoningJudgement('x')} AS j) zj
       LEFT JOIN persons pe ON pe.province_code = x.province_code AND pe.person_id = x.person_id
      WHERE x.province_code = $1 AND ($2::text IS NULL OR x.checkpoint_code = $2)
        AND ($3::timestamptz IS NULL OR x.crossed_at >= $3) AND ($4::timestamptz IS NULL OR x.crossed_at <= $4)
        AND ($5::text IS NULL OR x.decision = $5) AND ($6::text[] IS NULL OR c.ward_code = ANY($6::text[]))
      ORDER BY x.crossed_at DESC, x.crossing_id DESC LIMIT $7`,
    [
      ctx.province,
      f.checkpoint_code ?? null,
      f.from ?? null,
      f.to ?? null,
      f.decision ?? null,
      scopeParam(ctx),
      Math.min(f.limit ?? 100, 1000),
    ],
  );
}

/** Per checkpoint and Viet Nam day in [from, to]: crossings by direction and decision, rapid tests, declarations. */
export async function dailyCounts(db: Db, ctx: Ctx, f: { from: string; to: string; checkpoint_code?: string }) {
  const inDays = (col: string) => `${col} >= ${vnDayStart('$2')} AND ${col} < ${vnDayStart('($3::date + 1)')}`;
  return db.query<CheckpointDay>(
    `WITH cp AS (SELECT checkpoint_code, name FROM checkpoints
                  WHERE province_code = $1 AND ($4::text IS NULL OR checkpoint_code = $4) AND ($5::text[] IS NULL OR ward_code = ANY($5::text[]))),
     x AS (SELECT checkpoint_code, ${vnDay('crossed_at')} AS day,
                  count(*) FILTER (WHERE direction = 'in')::int AS crossings_in, count(*) FILTER (WHERE direction = 'out')::int AS crossings_out,
                  count(*) FILTER (WHERE decision = 'allowed')::int AS allowed, count(*) FILTER (WHERE decision = 'quarantine')::int AS quarantine,
                  count(*) FILTER (WHERE decision = 'turned_back')::int AS turned_back,
                  count(*) FILTER (WHERE ${FROM_OUTBREAK('crossings')})::int AS crossings_from_outbreak,
                  count(rapid_test)::int AS rapid_tests, count(*) FILTER (WHERE rapid_test = 'positive')::int AS rapid_positive
             FROM crossings WHERE province_code = $1 AND ${inDays('crossed_at')} GROUP BY 1, 2),
     d AS (SELECT checkpoint_code, ${vnDay('declared_at')} AS day, count(*)::int AS declarations,
                  count(*) FILTER (WHERE ${FROM_OUTBREAK('declarations')})::int AS declarations_from_outbreak
             FROM declarations WHERE province_code = $1 AND checkpoint_code IS NOT NULL AND ${inDays('declared_at')} GROUP BY 1, 2)
     SELECT cp.checkpoint_code, cp.name, k.day,
            COALESCE(x.crossings_in, 0) AS crossings_in, COALESCE(x.crossings_out, 0) AS crossings_out,
            COALESCE(x.allowed, 0) AS allowed, COALESCE(x.quarantine, 0) AS quarantine, COALESCE(x.turned_back, 0) AS turned_back,
            COALESCE(x.crossings_from_outbreak, 0) AS crossings_from_outbreak, COALESCE(x.rapid_tests, 0) AS rapid_tests,
            COALESCE(x.rapid_positive, 0) AS rapid_positive,
            COALESCE(d.declarations, 0) AS declarations, COALESCE(d.declarations_from_outbreak, 0) AS declarations_from_outbreak
       FROM cp JOIN (SELECT checkpoint_code, day FROM x UNION SELECT checkpoint_code, day FROM d) k ON k.checkpoint_code = cp.checkpoint_code
       LEFT JOIN x ON x.checkpoint_code = k.checkpoint_code AND x.day = k.day
       LEFT JOIN d ON d.checkpoint_code = k.checkpoint_code AND d.day = k.day
      ORDER BY k.day, cp.checkpoint_code`,
    [ctx.province, f.from, f.to, f.checkpoint_code ?? null, scopeParam(ctx)],
  );
}
