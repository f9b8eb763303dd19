// Care episodes and severity observations of one person: admit (to a facility or home), transfer, end (proposing
// the case outcome), observe. The same rules as the imports (src/treatment/import.ts): a case only, a facility of
// kind treatment/both, active on the start day and with a free bed unless override_reason is given, no two
// episodes of a person overlapping. Every change is audited in its transaction.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError, invalid, notFound } from '../shared/errors.ts';
import { thing } from '../shared/messages.ts';
import { audit } from '../shared/audit.ts';
import { toVnIso } from '../shared/time.ts';
import { notInFuture } from '../tracing/service.ts';
import { proposeOutcomes } from './outcomes.ts';
import type { CareEnded, CareEpisode, CareTransferred, SeverityObservation } from './schemas.ts';
import type { END_REASONS, OXYGEN, SEVERITIES } from './import.ts';

export interface Placement {
  setting: 'facility' | 'home';
  facility_code?: string | null;
  tier?: number | null;
  override_reason?: string | null;
}

const EPISODE_COLUMNS = `e.episode_id, p.person_ref, e.setting, e.facility_code, f.name AS facility_name, e.tier,
  e.start_at, e.end_at, e.end_reason, e.override_reason`;
const EPISODE_FROM = `care_episodes e JOIN persons p ON p.province_code = e.province_code AND p.person_id = e.person_id
  LEFT JOIN facilities f ON f.province_code = e.province_code AND f.facility_code = e.facility_code`;

/** The case a ref names (a merged record resolves to the kept one); 404 when no person or not a case. */
async function caseOf(db: Db, ctx: Ctx, ref: string): Promise<{ id: number; confirmed_at: Date }> {
  const [p] = await db.query<{ id: number; confirmed_at: Date | null }>(
    `SELECT COALESCE(p.merged_into, p.person_id) AS id, c.confirmed_at FROM persons p
       LEFT JOIN cases c ON c.province_code = p.province_code AND c.person_id = COALESCE(p.merged_into, p.person_id)
      WHERE p.province_code = $1 AND p.person_ref = $2`,
    [ctx.province, ref],
  );
  if (!p) throw new AppError(404, 'unknown_person', { value: ref }, 'person_ref');
  if (!p.confirmed_at) throw new AppError(404, 'not_a_case', { value: ref }, 'person_ref');
  return { id: Number(p.id), confirmed_at: p.confirmed_at };
}

async function episodeRow(db: Db, ctx: Ctx, id: number): Promise<CareEpisode> {
  const [row] = await db.query<CareEpisode>(
    `SELECT ${EPISODE_COLUMNS} FROM ${EPISODE_FROM} WHERE e.province_code = $1 AND e.episode_id = $2`,
    [ctx.province, id],
  );
  if (!row) throw notFound(thing('care_episode', id));
  return row;
}

/** The person refs an episode belongs to (for the jurisdiction check before reading or changing it). */
export async function careEpisodePersonRefs(db: Db, ctx: Ctx, id: number): Promise<string[]> {
  const rows = await db.query<{ person_ref: string }>(
    `SELECT p.person_ref FROM ${EPISODE_FROM} WHERE e.province_code = $1 AND e.episode_id = $2`,
    [ctx.province, id],
  );
  if (!rows[0]) throw notFound(thing('care_episode', id));
  return rows.map((r) => r.person_ref);
}

export async function listCare(db: Db, ctx: Ctx, ref: string): Promise<CareEpisode[]> {
  const { id } = await caseOf(db, ctx, ref);
  return db.query<CareEpisode>(
    `SELECT ${EPISODE_COLUMNS} FROM ${EPISODE_FROM} WHERE e.province_code = $1 AND e.person_id = $2 ORDER BY e.start_at DESC`,
    [ctx.province, id],
  );
}

/** Checks a placement at an instant and inserts the episode (inside the caller's transaction). */
async function insertEpisode(tx: Db, ctx: Ctx, personId: number, at: Date, pl: Placement): Promise<number> {
  let tier: number | null = null;
  if (pl.setting === 'home') {
    if (pl.facility_code) throw invalid('facility_code', 'care_home_no_facility');
    if (pl.tier) throw invalid('tier', 'care_home_no_facility');
  } else {
    if (!pl.facility_code) throw invalid('facility_code', 'care_facility_required');
    const [f] = await tx.query<{ kind: string; beds: number | null; tier: number | null; state: string }>(
      `SELECT kind, beds, tier, facility_state(status, active_from, active_to, vn_day($3)) AS state FROM facilities
        WHERE province_code = $1 AND facility_code = $2 FOR UPDATE`,
      [ctx.province, pl.facility_code, at],
    );
    if (!f) throw new AppError(404, 'care_unknown_facility', { value: pl.facility_code }, 'facility_code');
    if (f.kind === 'quarantine') throw invalid('facility_code', 'not_treatment_facility', { value: pl.facility_code });
    if (!pl.override_reason) {
      if (f.state !== 'active')
        throw new AppError(409, 'care_facility_inactive', { value: pl.facility_code }, 'facility_code');
      if (f.beds !== null) {
        const [occ] = await tx.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM care_open_at($1, $2) WHERE facility_code = $3 AND person_id <> $4',
          [ctx.province, at, pl.facility_code, personId],
        );
        if (occ.n >= f.beds)
          throw new AppError(
            409,
            'care_facility_full',
            { value: `${pl.facility_code}: ${occ.n}/${f.beds}` },
            'facility_code',
          );
      }
    }
    tier = pl.tier ?? f.tier;
  }
  const [clash] = await tx.query<{ start_at: Date }>(
    `SELECT start_at FROM care_episodes WHERE province_code = $1 AND person_id = $2
        AND (end_at IS NULL OR end_at > $3) ORDER BY start_at LIMIT 1`,
    [ctx.province, personId, at],
  );
  if (clash) throw new AppError(409, 'care_overlap', { value: vnShort(clash.start_at) }, 'start_at');
  const [row] = await tx.query<{ episode_id: number }>(
    `INSERT INTO care_episodes (province_code, person_id, setting, facility_code, tier, start_at, override_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING episode_id, *`,
    [ctx.province, personId, pl.setting, pl.facility_code ?? null, tier, at, pl.override_reason ?? null],
  );
  const [{ person_ref }] = await tx.query<{ person_ref: string }>(
    'SELECT person_ref FROM persons WHERE province_code = $1 AND person_id = $2',
    [ctx.province, personId],
  );
  await audit(tx, ctx, 'insert', 'care_episode', `${person_ref}/${at.toISOString()}`, null, row);
  return Number(row.episode_id);
}

const vnShort = (d: Date) => {
  const s = toVnIso(d); // 2021-09-02T08:00:00+07:00
  return `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)} ${s.slice(11, 16)}`;
};

/** Admits a case to a facility or to home treatment at `start_at`. */
export async function admit(db: Db, ctx: Ctx, ref: string, input: Placement & { start_at: Date }) {
  notInFuture(input.start_at, 'start_at');
  const id = await db.tx(async (tx) => {
    const c = await caseOf(tx, ctx, ref);
    return insertEpisode(tx, ctx, c.id, input.start_at, input);
  });
  return episodeRow(db, ctx, id);
}

/** Ends an open episode (locked); returns its person. */
async function endOpen(tx: Db, ctx: Ctx, id: number, at: Date, reason: (typeof END_REASONS)[number], field: string) {
  const [before] = await tx.query<{ person_id: number; start_at: Date; end_at: Date | null }>(
    'SELECT * FROM care_episodes WHERE province_code = $1 AND episode_id = $2 FOR UPDATE',
    [ctx.province, id],
  );
  if (!before) throw notFound(thing('care_episode', id));
  if (before.end_at) throw new AppError(409, 'care_not_open', {}, field);
  if (at < before.start_at) throw invalid(field, 'care_end_before_start');
  const [after] = await tx.query(
    `UPDATE care_episodes SET end_at = $3, end_reason = $4, updated_at = now()
      WHERE province_code = $1 AND episode_id = $2 RETURNING *`,
    [ctx.province, id, at, reason],
  );
  const [{ person_ref }] = await tx.query<{ person_ref: string }>(
    'SELECT person_ref FROM persons WHERE province_code = $1 AND person_id = $2',
    [ctx.province, before.person_id],
  );
  await audit(tx, ctx, 'update', 'care_episode', `${person_ref}/${before.start_at.toISOString()}`, before, after);
  return Number(before.person_id);
}

/** Moves a patient: the open episode ends `transferred` at `at` and the next one starts then. */
export async function transfer(
  db: Db,
  ctx: Ctx,
  id: number,
  input: Placement & { at: Date },
): Promise<CareTransferred> {
  notInFuture(input.at, 'at');
  const next = await db.tx(async (tx) => {
    const personId = await endOpen(tx, ctx, id, input.at, 'transferred', 'at');
    return insertEpisode(tx, ctx, personId, input.at, input);
  });
  return { ended: await episodeRow(db, ctx, id), started: await episodeRow(db, ctx, next) };
}

/** Ends an episode on recovery, death or another reason; recovery and death propose the case outcome. */
export async function endCare(
  db: Db,
  ctx: Ctx,
  id: number,
  input: { end_at: Date; end_reason: 'recovered' | 'died' | 'other' },
): Promise<CareEnded> {
  notInFuture(input.end_at, 'end_at');
  const proposed = await db.tx(async (tx) => {
    const personId = await endOpen(tx, ctx, id, input.end_at, input.end_reason, 'end_at');
    return proposeOutcomes(tx, ctx, [personId]);
  });
  const outcome = input.end_reason === 'died' ? 'died' : 'discharged';
  return { episode: await episodeRow(db, ctx, id), proposed_outcome: proposed ? outcome : null };
}

export async function listSeverity(db: Db, ctx: Ctx, ref: string): Promise<SeverityObservation[]> {
  const { id } = await caseOf(db, ctx, ref);
  return db.query<SeverityObservation>(
    `SELECT p.person_ref, s.observed_at, s.severity, s.oxygen FROM severity_observations s
       JOIN persons p ON p.province_code = s.province_code AND p.person_id = s.person_id
      WHERE s.province_code = $1 AND s.person_id = $2 ORDER BY s.observed_at DESC`,
    [ctx.province, id],
  );
}

/** Records (or corrects, at the same instant) an observation of a case's severity and oxygen support. */
export async function observeSeverity(
  db: Db,
  ctx: Ctx,
  ref: string,
  input: { observed_at: Date; severity: (typeof SEVERITIES)[number]; oxygen?: (typeof OXYGEN)[number] },
): Promise<SeverityObservation> {
  notInFuture(input.observed_at, 'observed_at');
  return db.tx(async (tx) => {
    const { id } = await caseOf(tx, ctx, ref);
    const [before] = await tx.query(
      'SELECT severity, oxygen FROM severity_observations WHERE province_code = $1 AND person_id = $2 AND observed_at = $3',
      [ctx.province, id, input.observed_at],
    );
    const [after] = await tx.query<Omit<SeverityObservation, 'person_ref'>>(
      `INSERT INTO severity_observations (province_code, person_id, observed_at, severity, oxygen) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (province_code, person_id, observed_at)
         DO UPDATE SET severity = EXCLUDED.severity, oxygen = EXCLUDED.oxygen, updated_at = now()
       RETURNING observed_at, severity, oxygen`,
      [ctx.province, id, input.observed_at, input.severity, input.oxygen ?? 'none'],
    );
    const key = `${ref}/${input.observed_at.toISOString()}`;
    await audit(tx, ctx, before ? 'update' : 'insert', 'severity_observation', key, before ?? null, after);
    return { person_ref: ref, ...after };
  });
}
