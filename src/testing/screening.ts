// Screening campaigns (xét nghiệm sàng lọc diện rộng): a round covers chosen wards (or hamlets of them) between two
// dates. A person living there with a sample taken in those days is sampled in the round; positive when one of
// those samples is positive, or when it went into a positive pool and the individual re-sample is positive (a
// pool's own result never makes a person positive).
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { thing } from '../shared/messages.ts';
import { audit } from '../shared/audit.ts';
import { scopeParam } from '../auth/scope.ts';
import { assertWard } from '../geo/service.ts';
import { fold } from '../shared/text.ts';
import type { Method } from './import.ts';
import { RESAMPLES } from './service.ts';
import type { ScreeningRound } from './schemas.ts';

export interface RoundInput {
  campaign: string;
  round_no: number;
  starts_on: string;
  ends_on: string;
  target_population?: number | null;
  method?: Method | null;
  areas: { ward_code: string; hamlet?: string | null }[];
}

const ROUND_COLUMNS = `r.round_code, r.campaign, r.round_no, r.starts_on, r.ends_on, r.target_population, r.method,
  (SELECT COALESCE(jsonb_agg(jsonb_build_object('ward_code', a.ward_code, 'hamlet', h.name) ORDER BY a.ward_code, h.name), '[]')
     FROM screening_round_areas a LEFT JOIN hamlets h ON h.province_code = a.province_code AND h.ward_code = a.ward_code
      AND h.name_fold = a.hamlet_fold
    WHERE a.province_code = r.province_code AND a.round_code = r.round_code) AS areas`;

/** Creates or replaces a round and its areas (every hamlet named must be one of the ward's hamlets). */
export async function putRound(db: Db, ctx: Ctx, code: string, input: RoundInput): Promise<ScreeningRound> {
  if (input.ends_on < input.starts_on) throw new AppError(400, 'end_before_start', {}, 'ends_on');
  return db.tx(async (tx) => {
    const areas = input.areas.map((a) => ({ ward_code: a.ward_code, hamlet: a.hamlet?.trim() || null }));
    for (const a of areas) {
      await assertWard(tx, ctx, a.ward_code, 'areas');
      if (a.hamlet) {
        const [h] = await tx.query(
          'SELECT 1 FROM hamlets WHERE province_code = $1 AND ward_code = $2 AND name_fold = $3',
          [ctx.province, a.ward_code, fold(a.hamlet)],
        );
        if (!h) throw new AppError(400, 'unknown_hamlet', { value: a.hamlet, ward: a.ward_code }, 'areas');
      }
    }
    const [before] = await tx.query(
      `SELECT ${ROUND_COLUMNS} FROM screening_rounds r WHERE r.province_code = $1 AND r.round_code = $2`,
      [ctx.province, code],
    );
    if (before) await assertRoundOwned(tx, ctx, code);
    await tx
      .query(
        `INSERT INTO screening_rounds (province_code, round_code, campaign, round_no, starts_on, ends_on, target_population, method)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (province_code, round_code) DO UPDATE SET campaign = EXCLUDED.campaign, round_no = EXCLUDED.round_no,
         starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on, target_population = EXCLUDED.target_population,
         method = EXCLUDED.method, updated_at = now()`,
        [
          ctx.province,
          code,
          input.campaign,
          input.round_no,
          input.starts_on,
          input.ends_on,
          input.target_population ?? null,
          input.method ?? null,
        ],
      )
      .catch((e: { code?: string }) => {
        if (e.code === '23505')
          throw new AppError(409, 'conflict', { detail: `${input.campaign} / ${input.round_no}` }, 'round_no');
        throw e;
      });
    await tx.query('DELETE FROM screening_round_areas WHERE province_code = $1 AND round_code = $2', [
      ctx.province,
      code,
    ]);
    await tx.query(
      `INSERT INTO screening_round_areas (province_code, round_code, ward_code, hamlet_fold)
       SELECT DISTINCT $1, $2, a->>'ward_code', fold_vi(a->>'hamlet') FROM jsonb_array_elements($3::jsonb) a`,
      [ctx.province, code, JSON.stringify(areas)],
    );
    const [after] = await tx.query<ScreeningRound>(
      `SELECT ${ROUND_COLUMNS} FROM screening_rounds r WHERE r.province_code = $1 AND r.round_code = $2`,
      [ctx.province, code],
    );
    await audit(tx, ctx, before ? 'update' : 'insert', 'screening_round', code, before ?? null, after);
    return after;
  });
}

/** A stored round is replaced only by an actor covering every ward it screens (its areas are replaced whole). */
async function assertRoundOwned(tx: Db, ctx: Ctx, code: string): Promise<void> {
  if (ctx.wards === null) return;
  const [outside] = await tx.query<{ ward_code: string | null }>(
    `SELECT a.ward_code FROM (SELECT 1) one
       LEFT JOIN screening_round_areas a ON a.province_code = $1 AND a.round_code = $2
      WHERE a.ward_code IS NULL OR NOT a.ward_code = ANY($3::text[]) LIMIT 1`,
    [ctx.province, code, scopeParam(ctx)],
  );
  if (outside) throw new AppError(403, 'out_of_scope', { value: outside.ward_code ?? '—' });
}

/** Rounds screening at least one of the actor's wards ($n = scopeParam). */
const ROUND_IN_SCOPE = (n: number) => `($${n}::text[] IS NULL OR EXISTS (
  SELECT 1 FROM screening_round_areas a WHERE a.province_code = r.province_code AND a.round_code = r.round_code
     AND a.ward_code = ANY($${n}::text[])))`;

export interface RoundFigures {
  sampled: number;
  samples: number;
  positive: number;
  positivity_pct: number | null;
}

/**
 * Sampled persons, samples and positive persons per round ($2 = one round or all) and per ward, as known at $3;
 * positivity_pct() as the provincial reports print it (seed 001: 233 / 522,574 → 0,044%).
 */
const ROUND_FIGURES = `
  WITH rounds AS (SELECT r.* FROM screening_rounds r WHERE r.province_code = $1 AND ($2::text IS NULL OR r.round_code = $2)),
  persons_sampled AS (
    SELECT r.round_code, s.person_id, p.ward_code, count(*) AS samples,
           bool_or((s.result = 'positive' AND s.result_at <= $3) OR d.decision = 'positive') AS positive
      FROM rounds r
      JOIN samples s ON s.province_code = $1 AND s.taken_at <= $3
       AND s.taken_at >= (r.starts_on::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
       AND s.taken_at < ((r.ends_on + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
       AND (r.method IS NULL OR s.method = r.method)
      JOIN persons p ON p.province_code = $1 AND p.person_id = s.person_id
      LEFT JOIN (${RESAMPLES}) d ON d.sample_ref = s.sample_ref
     WHERE EXISTS (SELECT 1 FROM screening_round_areas a WHERE a.province_code = $1 AND a.round_code = r.round_code
                     AND a.ward_code = p.ward_code AND (a.hamlet_fold IS NULL OR a.hamlet_fold = fold_vi(p.hamlet)))
       AND ($4::text[] IS NULL OR p.ward_code = ANY($4::text[]))
     GROUP BY r.round_code, s.person_id, p.ward_code)
  SELECT round_code, ward_code, GROUPING(ward_code) = 1 AS total, count(*)::int AS sampled, sum(samples)::int AS samples,
         count(*) FILTER (WHERE positive)::int AS positive,
         positivity_pct(count(*) FILTER (WHERE positive), count(*)) AS positivity_pct
    FROM persons_sampled GROUP BY GROUPING SETS ((round_code), (round_code, ward_code))`;

type FigureRow = RoundFigures & { round_code: string; ward_code: string | null; total: boolean };
const none: RoundFigures = { sampled: 0, samples: 0, positive: 0, positivity_pct: null };
const figuresOf = ({ sampled, samples, positive, positivity_pct }: RoundFigures): RoundFigures => ({
  sampled,
  samples,
  positive,
  positivity_pct: positivity_pct === null ? null : Number(positivity_pct),
});

/** Every round with its figures as known at `at` (the actor's wards only). */
export async function listRounds(db: Db, ctx: Ctx, at: Date = new Date()) {
  const rounds = await db.query<ScreeningRound>(
    `SELECT ${ROUND_COLUMNS} FROM screening_rounds r WHERE r.province_code = $1 AND ${ROUND_IN_SCOPE(2)}
      ORDER BY r.campaign, r.round_no`,
    [ctx.province, scopeParam(ctx)],
  );
  const figures = await db.query<FigureRow>(ROUND_FIGURES, [ctx.province, null, at, scopeParam(ctx)]);
  return rounds.map((r) => withCoverage(r, figures.find((f) => f.round_code === r.round_code && f.total) ?? none));
}

function withCoverage<R extends { target_population: number | null }>(
  r: R,
  f: RoundFigures,
): R & RoundFigures & { coverage_pct: number | null } {
  const coverage = r.target_population ? Math.round((10_000 * f.sampled) / r.target_population) / 100 : null;
  return { ...r, ...figuresOf(f), coverage_pct: coverage };
}

/** One round as known at `at`: sampled, positive and positivity in all and per ward (the actor's wards only). */
export async function roundReport(db: Db, ctx: Ctx, code: string, at: Date = new Date()) {
  const [round] = await db.query<ScreeningRound>(
    `SELECT ${ROUND_COLUMNS} FROM screening_rounds r WHERE r.province_code = $1 AND r.round_code = $2`,
    [ctx.province, code],
  );
  if (!round) throw notFound(thing('screening_round', code));
  const figures = await db.query<FigureRow & { ward_name: string | null }>(
    `SELECT f.*, u.name AS ward_name FROM (${ROUND_FIGURES}) f
       LEFT JOIN LATERAL (SELECT name FROM admin_units WHERE province_code = $1 AND level = 'ward' AND code = f.ward_code
                          ORDER BY geography LIMIT 1) u ON true
      ORDER BY f.ward_code`,
    [ctx.province, code, at, scopeParam(ctx)],
  );
  return {
    ...withCoverage(round, figures.find((f) => f.total) ?? none),
    as_of: at,
    by_ward: figures
      .filter((f) => !f.total)
      .map((f) => ({ ward_code: f.ward_code, ward_name: f.ward_name, ...figuresOf(f) })),
  };
}
