// Quarantine facilities and episodes: occupancy and free beds at any instant, opening, closing and moving
// episodes (refused at a full or inactive facility unless a reason is given), and each episode's plan — the rule
// set in force on the day its course started, its planned end and test days (SQL: facility_state in
// facilities.sql, quarantine_open_at and facility_occupancy_at in episodes.sql, quarantine_plans in plans.sql).
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError, invalid, notFound } from '../shared/errors.ts';
import { thing } from '../shared/messages.ts';
import { audit } from '../shared/audit.ts';
import { toVnIso } from '../shared/time.ts';
import { assertWard } from '../geo/service.ts';
import { scopeParam, wardInScope } from '../auth/scope.ts';
import type { Facility, QuarantineEpisode } from './schemas.ts';

export type EpisodeKind = 'centralized' | 'home' | 'self_monitoring';
export type EndReason = 'completed' | 'confirmed_case' | 'transferred' | 'other';
export type SubjectGroup = 'abroad' | 'outbreak_area' | 'contact' | 'tet_returnee' | 'screened' | 'other';

/** The Viet Nam day of an instant, YYYY-MM-DD. */
export const vnDay = (d: Date): string => toVnIso(d).slice(0, 10);

export function addDays(day: string, n: number): string {
  const d = new Date(day + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------------- facilities

export interface FacilityInput {
  name: string;
  kind: 'quarantine' | 'treatment' | 'both';
  ward_code?: string | null;
  beds?: number | null;
  icu_beds?: number | null;
  tier?: number | null;
  status?: 'planned' | 'active' | 'closed';
  active_from?: string | null;
  active_to?: string | null;
}

const FACILITY_COLUMNS = 'facility_code, name, kind, ward_code, beds, icu_beds, tier, status, active_from, active_to';

export interface FacilityRow extends Required<FacilityInput> {
  facility_code: string;
  /** On the day of the instant asked about. */
  state: 'planned' | 'active' | 'closed';
  /** Persons counted there at the instant. */
  current: number;
  free: number | null;
}

/**
 * Facilities for a use (quarantine: kinds quarantine and both, as in the daily report) with their state on the
 * day of `at`, persons in them at `at` (each person once, under their latest-started open episode — the daily
 * report's rule) and free beds (beds − current while active, negative when overfilled by override; else 0).
 */
export async function listFacilities(
  db: Db,
  ctx: Ctx,
  f: { at: Date; use?: 'quarantine' | 'treatment' | 'all'; code?: string },
) {
  const kinds = { quarantine: ['quarantine', 'both'], treatment: ['treatment', 'both'], all: null }[
    f.use ?? 'quarantine'
  ];
  const rows = await db.query<FacilityRow>(
    `WITH occ AS (SELECT o.facility_code, count(*)::int AS current FROM quarantine_open_at($1, $2) o
                   WHERE o.kind = 'centralized' GROUP BY o.facility_code)
     SELECT ${FACILITY_COLUMNS.split(', ')
       .map((c) => 'f.' + c)
       .join(', ')}, s.state, COALESCE(occ.current, 0) AS current,
            CASE WHEN f.beds IS NULL THEN NULL WHEN s.state = 'active' THEN f.beds - COALESCE(occ.current, 0) ELSE 0 END AS free
       FROM facilities f
       CROSS JOIN LATERAL (SELECT facility_state(f.status, f.active_from, f.active_to, vn_day($2)) AS state) s
       LEFT JOIN occ ON occ.facility_code = f.facility_code
      WHERE f.province_code = $1 AND ($3::text[] IS NULL OR f.ward_code = ANY($3::text[]))
        AND ($4::text[] IS NULL OR f.kind = ANY($4::text[])) AND ($5::text IS NULL OR f.facility_code = $5)
      ORDER BY f.facility_code COLLATE "C"`,
    [ctx.province, f.at, scopeParam(ctx), kinds, f.code ?? null],
  );
  const active = rows.filter((r) => r.state === 'active');
  const sum = (xs: typeof rows, g: (r: (typeof rows)[number]) => number | null) =>
    xs.reduce((s, r) => s + (g(r) ?? 0), 0);
  return {
    at: f.at,
    totals: {
      facilities: rows.length,
      active: active.length,
      in_use: rows.filter((r) => r.current > 0).length,
      planned: rows.filter((r) => r.state === 'planned').length,
      closed: rows.filter((r) => r.state === 'closed').length,
      beds: sum(active, (r) => r.beds),
      beds_planned: sum(
        rows.filter((r) => r.state === 'planned'),
        (r) => r.beds,
      ),
      current: sum(rows, (r) => r.current),
      free: sum(active, (r) => r.free),
    },
    facilities: rows,
  };
}

export async function getFacility(db: Db, ctx: Ctx, code: string, at: Date) {
  const {
    facilities: [f],
  } = await listFacilities(db, ctx, { at, code, use: 'all' });
  if (!f) throw notFound(thing('facility', code));
  return f;
}

/** The ward a facility belongs to (for the jurisdiction check of a change); null when it has none or does not exist. */
export async function facilityWard(db: Db, ctx: Ctx, code: string): Promise<string | null> {
  const [f] = await db.query<{ ward_code: string | null }>(
    'SELECT ward_code FROM facilities WHERE province_code = $1 AND facility_code = $2',
    [ctx.province, code],
  );
  return f?.ward_code ?? null;
}

async function checkFacility(db: Db, ctx: Ctx, f: FacilityInput) {
  if (f.ward_code) await assertWard(db, ctx, f.ward_code);
  if (f.active_from && f.active_to && f.active_to < f.active_from) throw invalid('active_to', 'bad_active_period');
}

export async function createFacility(db: Db, ctx: Ctx, input: FacilityInput & { facility_code: string }) {
  return db.tx(async (tx) => {
    await checkFacility(tx, ctx, input);
    const [row] = await tx.query<Facility>(
      `INSERT INTO facilities (province_code, facility_code, name, kind, ward_code, beds, icu_beds, tier, status, active_from, active_to)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (province_code, facility_code) DO NOTHING
       RETURNING ${FACILITY_COLUMNS}`,
      [
        ctx.province,
        input.facility_code,
        input.name,
        input.kind,
        input.ward_code ?? null,
        input.beds ?? null,
        input.icu_beds ?? null,
        input.tier ?? null,
        input.status ?? 'active',
        input.active_from ?? null,
        input.active_to ?? null,
      ],
    );
    if (!row) throw new AppError(409, 'conflict', { detail: `facility_code ${input.facility_code}` }, 'facility_code');
    await audit(tx, ctx, 'insert', 'facility', input.facility_code, null, row);
    return row;
  });
}

/** Changes the given fields (null clears an optional one). */
export async function updateFacility(db: Db, ctx: Ctx, code: string, changes: Partial<FacilityInput>) {
  return db.tx(async (tx) => {
    const [before] = await tx.query<FacilityInput>(
      `SELECT ${FACILITY_COLUMNS} FROM facilities WHERE province_code = $1 AND facility_code = $2 FOR UPDATE`,
      [ctx.province, code],
    );
    if (!before) throw notFound(thing('facility', code));
    const f = { ...before, ...changes };
    await checkFacility(tx, ctx, f);
    const [after] = await tx.query<Facility>(
      `UPDATE facilities SET name = $3, kind = $4, ward_code = $5, beds = $6, icu_beds = $7, tier = $8, status = $9,
              active_from = $10, active_to = $11, updated_at = now()
        WHERE province_code = $1 AND facility_code = $2 RETURNING ${FACILITY_COLUMNS}`,
      [
        ctx.province,
        code,
        f.name,
        f.kind,
        f.ward_code,
        f.beds,
        f.icu_beds,
        f.tier,
        f.status,
        f.active_from,
        f.active_to,
      ],
    );
    await audit(tx, ctx, 'update', 'facility', code, before, after);
    return after;
  });
}

// ------------------------------------------------------------------------------------------------------ episodes

interface EpisodeRow {
  episode_id: number;
  person_ref: string;
  full_name: string;
  ward_code: string | null;
  kind: EpisodeKind;
  facility_code: string | null;
  start_at: Date;
  end_at: Date | null;
  end_reason: EndReason | 'released_source_negative' | null;
  released_sample_ref: string | null;
  released_person_ref: string | null;
  subject_group: SubjectGroup | null;
  override_reason: string | null;
  held_in_province: string | null;
  follows_episode_id: number | null;
  link: 'transfer' | 'follow_on' | null;
  course_start_at: Date;
  phase: 'main' | 'follow_on';
  phase_start_at: Date;
  vaccinated: boolean;
  rule_set_from: string | null;
  rule_set_name: string | null;
  rule_set_basis: string | null;
  rule_key: string | null;
  days: number | null;
  test_days: number[];
  planned_end_at: Date | null;
  follow_on_kind: EpisodeKind | null;
  follow_on_days: number | null;
}

/** Episodes with their plans. `where` filters `quarantine_episodes e` / `persons p`; params from $3 on. */
function episodesSql(where: string, limit: string) {
  return `
    WITH sel AS (
      SELECT e.episode_id, e.person_id FROM quarantine_episodes e
        JOIN persons p ON p.province_code = e.province_code AND p.person_id = e.person_id
       WHERE e.province_code = $1 AND ($2::text[] IS NULL OR p.ward_code = ANY($2::text[])) AND ${where}
       ORDER BY e.start_at DESC, e.episode_id DESC LIMIT ${limit})
    SELECT e.episode_id, p.person_ref, p.full_name, p.ward_code, e.kind, e.facility_code, e.start_at, e.end_at, e.end_reason,
           rs.sample_ref AS released_sample_ref, rp.person_ref AS released_person_ref, e.subject_group, e.override_reason, e.held_in_province, pl.follows_episode_id, pl.link, pl.course_start_at, pl.phase, pl.phase_start_at,
           pl.vaccinated, pl.rule_set_from, pl.rule_set_name, pl.rule_set_basis, pl.rule_key, pl.days, pl.test_days,
           pl.planned_end_at, pl.follow_on_kind, pl.follow_on_days
      FROM sel
      JOIN quarantine_episodes e ON e.province_code = $1 AND e.episode_id = sel.episode_id
      JOIN persons p ON p.province_code = e.province_code AND p.person_id = e.person_id
      LEFT JOIN samples rs ON rs.province_code = e.province_code AND rs.sample_ref = e.released_by_sample
                          AND e.end_reason = 'released_source_negative'
      LEFT JOIN persons rp ON rp.province_code = rs.province_code AND rp.person_id = rs.person_id
      LEFT JOIN quarantine_plans($1, ARRAY(SELECT DISTINCT person_id FROM sel)) pl ON pl.episode_id = e.episode_id
     ORDER BY e.start_at DESC, e.episode_id DESC`;
}

/** An episode as the API shows it: its facts and its plan (which rule set, which rule, planned end, test dates). */
function toEpisode(r: EpisodeRow): QuarantineEpisode {
  const phaseDay = vnDay(r.phase_start_at);
  return {
    episode_id: r.episode_id,
    person_ref: r.person_ref,
    full_name: r.full_name,
    ward_code: r.ward_code,
    kind: r.kind,
    facility_code: r.facility_code,
    start_at: r.start_at,
    end_at: r.end_at,
    end_reason: r.end_reason,
    released_by:
      r.released_sample_ref === null ? null : { sample_ref: r.released_sample_ref, person_ref: r.released_person_ref! },
    subject_group: r.subject_group,
    override_reason: r.override_reason,
    held_in_province: r.held_in_province,
    plan: {
      rule_set:
        r.rule_set_from === null
          ? null
          : { effective_from: r.rule_set_from, name: r.rule_set_name, basis: r.rule_set_basis },
      rule: r.rule_key,
      vaccinated: r.vaccinated,
      phase: r.phase,
      course_start_at: r.course_start_at,
      follows: r.follows_episode_id === null ? null : { episode_id: r.follows_episode_id, link: r.link },
      days: r.days,
      planned_end_at: r.planned_end_at,
      tests: (r.test_days ?? []).map((n) => ({ day: n, date: addDays(phaseDay, n - 1) })),
      /** What follows when this (main) episode completes as planned. */
      follow_on: r.follow_on_kind === null ? null : { kind: r.follow_on_kind, days: r.follow_on_days },
    },
  };
}
export type Episode = ReturnType<typeof toEpisode>;

export async function getEpisode(db: Db, ctx: Ctx, id: number): Promise<Episode> {
  const [r] = await db.query<EpisodeRow>(episodesSql('e.episode_id = $3', '1'), [ctx.province, scopeParam(ctx), id]);
  if (!r) throw notFound(thing('episode', id));
  return toEpisode(r);
}

export async function listEpisodes(
  db: Db,
  ctx: Ctx,
  f: {
    person_ref?: string;
    facility_code?: string;
    kind?: EpisodeKind;
    subject_group?: SubjectGroup;
    open_at?: Date;
    limit?: number;
  },
): Promise<Episode[]> {
  const rows = await db.query<EpisodeRow>(
    episodesSql(
      `($3::text IS NULL OR p.person_ref = $3) AND ($4::text IS NULL OR e.facility_code = $4) AND ($5::text IS NULL OR e.kind = $5)
     AND ($6::text IS NULL OR e.subject_group = $6)
     AND ($7::timestamptz IS NULL OR (e.start_at <= $7 AND (e.end_at IS NULL OR e.end_at > $7)))`,
      '$8',
    ),
    [
      ctx.province,
      scopeParam(ctx),
      f.person_ref ?? null,
      f.facility_code ?? null,
      f.kind ?? null,
      f.subject_group ?? null,
      f.open_at ?? null,
      Math.min(f.limit ?? 100, 1000),
    ],
  );
  return rows.map(toEpisode);
}

/** The person (by ref) an episode belongs to, for the jurisdiction check; null if there is no such episode. */
export async function episodePersonRef(db: Db, ctx: Ctx, id: number): Promise<string | null> {
  const [r] = await db.query<{ person_ref: string }>(
    `SELECT p.person_ref FROM quarantine_episodes e JOIN persons p ON p.province_code = e.province_code AND p.person_id = e.person_id
      WHERE e.province_code = $1 AND e.episode_id = $2`,
    [ctx.province, id],
  );
  return r?.person_ref ?? null;
}

interface NewEpisode {
  person_id: number;
  kind: EpisodeKind;
  start_at: Date;
  facility_code?: string | null;
  subject_group?: SubjectGroup | null;
  override_reason?: string | null;
}

/**
 * Inserts an episode in an open transaction. A centralized one locks its facility (assignments to one facility
 * are serialised) and is refused, unless a reason is given, when the facility is not active on the start day or
 * holds more persons than beds at the start instant once this one is counted.
 */
async function insertEpisode(tx: Db, ctx: Ctx, e: NewEpisode): Promise<number> {
  const facility = e.facility_code ?? null;
  if (e.kind === 'centralized' && !facility) throw invalid('facility_code', 'facility_required');
  if (e.kind !== 'centralized' && facility) throw invalid('facility_code', 'facility_only_centralized');
  const override = e.override_reason?.trim() || null;
  let f: { beds: number | null; state: string; ward_code: string | null } | undefined;
  if (facility) {
    [f] = await tx.query<{ beds: number | null; state: string; ward_code: string | null }>(
      `SELECT beds, ward_code, facility_state(status, active_from, active_to, vn_day($3)) AS state FROM facilities
        WHERE province_code = $1 AND facility_code = $2 AND kind <> 'treatment' FOR UPDATE`,
      [ctx.province, facility, e.start_at],
    );
    if (!f) throw invalid('facility_code', 'unknown_facility', { value: facility });
    if (f.state !== 'active' && !override)
      throw new AppError(
        409,
        f.state === 'planned' ? 'facility_planned' : 'facility_closed',
        { value: facility },
        'facility_code',
      );
  }
  const [row] = await tx.query<{ episode_id: number; audit_key: string }>(
    `INSERT INTO quarantine_episodes (province_code, person_id, kind, start_at, facility_code, subject_group, override_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (province_code, person_id, start_at) DO NOTHING
     RETURNING episode_id, (SELECT person_ref FROM persons WHERE province_code = $1 AND person_id = $2) || '/' || start_at AS audit_key`,
    [ctx.province, e.person_id, e.kind, e.start_at, facility, e.subject_group ?? null, override],
  );
  if (!row) throw new AppError(409, 'conflict', { detail: `start_at ${toVnIso(e.start_at)}` }, 'start_at');
  if (facility && f!.beds !== null && !override) {
    const [{ n }] = await tx.query<{ n: number }>('SELECT facility_occupancy_at($1, $2, $3) AS n', [
      ctx.province,
      facility,
      e.start_at,
    ]);
    if (n > f!.beds!) {
      // Another jurisdiction's occupancy is not the caller's to read: name the facility only.
      const value = wardInScope(ctx, f!.ward_code) ? `${facility}: ${n - 1}/${f!.beds}` : facility;
      throw new AppError(409, 'facility_full', { value }, 'facility_code');
    }
  }
  const [after] = await tx.query('SELECT * FROM quarantine_episodes WHERE province_code = $1 AND episode_id = $2', [
    ctx.province,
    row.episode_id,
  ]);
  await audit(tx, ctx, 'insert', 'quarantine_episode', row.audit_key, null, after);
  return row.episode_id;
}

export async function openEpisode(
  db: Db,
  ctx: Ctx,
  input: Omit<NewEpisode, 'person_id'> & { person_ref: string },
): Promise<Episode> {
  const id = await db.tx(async (tx) => {
    const [p] = await tx.query<{ person_id: number }>(
      'SELECT COALESCE(merged_into, person_id) AS person_id FROM persons WHERE province_code = $1 AND person_ref = $2',
      [ctx.province, input.person_ref],
    );
    if (!p) throw new AppError(404, 'unknown_person', { value: input.person_ref }, 'person_ref');
    return insertEpisode(tx, ctx, { ...input, person_id: p.person_id });
  });
  return getEpisode(db, ctx, id);
}

/** Ends an open episode (locked for the rest of the transaction); returns the row before the change. */
async function endEpisode(tx: Db, ctx: Ctx, id: number, endAt: Date, reason: EndReason, field: string) {
  const [before] = await tx.query<{
    person_id: number;
    start_at: Date;
    end_at: Date | null;
    subject_group: SubjectGroup | null;
  }>('SELECT * FROM quarantine_episodes WHERE province_code = $1 AND episode_id = $2 FOR UPDATE', [ctx.province, id]);
  if (!before) throw notFound(thing('episode', id));
  if (before.end_at) throw new AppError(409, 'episode_closed', { value: toVnIso(before.end_at) });
  if (endAt < before.start_at) throw invalid(field, 'end_before_start');
  const [after] = await tx.query(
    `UPDATE quarantine_episodes SET end_at = $3, end_reason = $4, updated_at = now() WHERE province_code = $1 AND episode_id = $2
     RETURNING *, (SELECT person_ref FROM persons p WHERE p.province_code = $1 AND p.person_id = quarantine_episodes.person_id)
                  || '/' || start_at AS audit_key`,
    [ctx.province, id, endAt, reason],
  );
  const { audit_key: key, ...row } = after as { audit_key: string };
  await audit(tx, ctx, 'update', 'quarantine_episode', key, before, row);
  return before;
}

/**
 * Closes an episode. With `follow_on`, a completed main episode is followed by the rule's follow-on episode
 * (home or self-monitoring for follow_on_days), opened at the end instant with the same subject group.
 */
export async function closeEpisode(
  db: Db,
  ctx: Ctx,
  id: number,
  input: { end_at: Date; end_reason: EndReason; follow_on?: boolean },
) {
  if (input.follow_on && input.end_reason !== 'completed') throw invalid('follow_on', 'follow_on_not_completed');
  const next = await db.tx(async (tx) => {
    const before = await endEpisode(tx, ctx, id, input.end_at, input.end_reason, 'end_at');
    if (!input.follow_on) return null;
    const [plan] = await tx.query<{ follow_on_kind: EpisodeKind | null }>(
      'SELECT follow_on_kind FROM quarantine_plans($1, ARRAY[$2::bigint]) WHERE episode_id = $3',
      [ctx.province, before.person_id, id],
    );
    if (!plan?.follow_on_kind) throw invalid('follow_on', 'no_follow_on');
    return insertEpisode(tx, ctx, {
      person_id: before.person_id,
      kind: plan.follow_on_kind,
      start_at: input.end_at,
      subject_group: before.subject_group,
    });
  });
  return { closed: await getEpisode(db, ctx, id), opened: next === null ? null : await getEpisode(db, ctx, next) };
}

/**
 * Moves a person: ends the episode as transferred at `at` and opens the next one there (another facility, or home),
 * which continues the same course — the same rule and planned end.
 */
export async function moveEpisode(
  db: Db,
  ctx: Ctx,
  id: number,
  input: {
    at: Date;
    kind: EpisodeKind;
    facility_code?: string | null;
    override_reason?: string | null;
  },
) {
  const next = await db.tx(async (tx) => {
    const before = await endEpisode(tx, ctx, id, input.at, 'transferred', 'at');
    return insertEpisode(tx, ctx, {
      ...input,
      person_id: before.person_id,
      start_at: input.at,
      subject_group: before.subject_group,
    });
  });
  return { closed: await getEpisode(db, ctx, id), opened: await getEpisode(db, ctx, next) };
}
