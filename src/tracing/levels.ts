// F-levels for people: a person's page (level now or as of T, the path to the nearest F0, their case and
// exposures) and the lists clerks work from. Levels are derived (docs/contracts/daily-report.md "F-levels at T"):
// "now" from person_levels (brought up to date first), "as of T" from f_level_path_at, which equals f_levels_at.
// The SQL of every level rule (f_levels_at, the triggers keeping person_levels, f_level_path_at): levels.sql.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { t, type MessageParams } from '../shared/messages.ts';
import { scopeParam } from '../auth/scope.ts';
import { personIdOf } from './service.ts';
import type { F1WorkItem, PersonTracing, UntracedCase } from './schemas.ts';

/** Runs fn over person_levels brought up to the present instant, in one transaction. */
export async function withCurrentLevels<T>(db: Db, ctx: Ctx, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.tx(async (tx) => {
    await tx.query('SELECT sync_person_levels($1)', [ctx.province]);
    return fn(tx);
  });
}

interface PathStep {
  step: number;
  person_ref: string;
  full_name: string | null;
  ward_code: string | null;
  exposed_on: string | null;
  setting: PersonTracing['path'][number]['setting'];
  confirmed_at: Date | null;
  case_number: string | null;
}

const vnDate = (d: string) => d.split('-').reverse().join('/');
const vnInstant = (d: Date) => vnDate(new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10));

/** "F2: contact with B (F1) on 30/08/2021; B with A (F0, confirmed 01/09/2021) on 30/08/2021", in the user's language. */
function explain(ctx: Ctx, path: PathStep[], label: string | null, windowDays: number): string {
  const say = (key: Parameters<typeof t>[1], p: MessageParams = {}) => t(ctx.lang, key, p);
  if (path.length === 0) return say('level_none', { days: windowDays });
  const source = path[path.length - 1];
  if (path.length === 1) return say('level_source', { at: vnInstant(source.confirmed_at!) });
  const steps = path.slice(0, -1).map((s, i) =>
    say(i === 0 ? 'level_step_first' : 'level_step', {
      who: s.person_ref,
      ref: path[i + 1].person_ref,
      level: path.length - 2 - i,
      date: vnDate(s.exposed_on!),
    }),
  );
  const confirmed = say('level_source_of_path', { ref: source.person_ref, at: vnInstant(source.confirmed_at!) });
  return `${label ?? say('level_not_counted', { level: path.length - 1 })}: ${steps.join('; ')}. ${confirmed}`;
}

/**
 * A person's tracing page at `at` (default now): the level and how it arises, their case, outcomes and severity
 * history, and their exposures (either direction) with whether each counts at that instant. Persons outside the
 * actor's wards appear by ref only.
 */
export async function personTracing(db: Db, ctx: Ctx, ref: string, at?: Date): Promise<PersonTracing> {
  return db.tx(async (tx) => {
    const id = await personIdOf(tx, ctx, ref, 'ref');
    const [{ at: when, lo, hi }] = await tx.query<{ at: Date; lo: string; hi: string }>(
      `SELECT t AS at, (vn_day(t) - contact_window_days($1, vn_day(t)))::text AS lo, vn_day(t)::text AS hi
         FROM (SELECT COALESCE($2::timestamptz, clock_timestamp()) AS t) x`,
      [ctx.province, at ?? null],
    );
    const scope = scopeParam(ctx);
    const path = await tx.query<PathStep>(
      `SELECT f.step, p.person_ref, CASE WHEN $4::text[] IS NULL OR p.ward_code = ANY($4::text[]) THEN p.full_name END AS full_name,
              p.ward_code, f.exposed_on::text AS exposed_on, f.setting, c.confirmed_at, c.case_number
         FROM f_level_path_at($1, $2, $3) f JOIN persons p ON p.province_code = $1 AND p.person_id = f.person_id
         LEFT JOIN cases c ON c.province_code = $1 AND c.person_id = f.person_id
        ORDER BY f.step`,
      [ctx.province, id, when, scope],
    );
    const [person] = await tx.query<{ person_ref: string; full_name: string; ward_code: string | null }>(
      'SELECT person_ref, full_name, ward_code FROM persons WHERE province_code = $1 AND person_id = $2',
      [ctx.province, id],
    );
    const [kase] = await tx.query<NonNullable<PersonTracing['case']>>(
      `SELECT c.case_number, c.confirmed_at, c.detected_in, c.severity,
              COALESCE((SELECT jsonb_agg(jsonb_build_object('outcome', o.outcome, 'at', o.at) ORDER BY o.at) FROM outcomes o
                         WHERE o.province_code = $1 AND o.person_id = $2), '[]') AS outcomes,
              COALESCE((SELECT jsonb_agg(jsonb_build_object('severity', s.severity, 'at', s.at) ORDER BY s.at) FROM case_severities s
                         WHERE s.province_code = $1 AND s.person_id = $2), '[]') AS severities
         FROM cases c WHERE c.province_code = $1 AND c.person_id = $2`,
      [ctx.province, id],
    );
    const exposures = await tx.query<PersonTracing['exposures'][number]>(
      `SELECT CASE WHEN e.source_person_id = $2 THEN 'contact' ELSE 'source' END AS other_is, o.person_ref AS other_ref,
              CASE WHEN $5::text[] IS NULL OR o.ward_code = ANY($5::text[]) THEN o.full_name END AS other_name,
              e.exposed_on::text AS exposed_on, e.setting, e.exposed_on BETWEEN $3::date AND $4::date AS in_window,
              EXISTS (SELECT 1 FROM cases c WHERE c.province_code = $1 AND c.person_id = o.person_id) AS other_is_case
         FROM exposures e
         JOIN persons o ON o.province_code = $1 AND o.person_id = CASE WHEN e.source_person_id = $2 THEN e.contact_person_id ELSE e.source_person_id END
        WHERE e.province_code = $1 AND (e.source_person_id = $2 OR e.contact_person_id = $2)
        ORDER BY e.exposed_on DESC, o.person_ref`,
      [ctx.province, id, lo, hi, scope],
    );
    const level = path.length ? path.length - 1 : null;
    // A confirmed person is counted as F0 while active, and never as F1/F2 (contract).
    const confirmedBy = kase && (kase.confirmed_at as Date) <= when;
    const label = level === 0 ? 'F0' : level !== null && !confirmedBy ? `F${level}` : null;
    const windowDays = (Date.parse(hi) - Date.parse(lo)) / 86_400_000;
    return {
      ...person,
      at: when,
      level,
      label,
      explanation: explain(ctx, path, label, windowDays),
      path: path.map(({ step, ...s }) => ({ level: level! - step, ...s })),
      contact_window: { from: lo, to: hi },
      case: kase ?? null,
      exposures,
    };
  });
}

type ListKind = 'f1_without_quarantine' | 'f1_without_sample' | 'cases_without_contacts';
type ListOpts = { days?: number; ward_code?: string; limit?: number };

/**
 * The lists clerks work from, for the actor's wards, now:
 * - f1_without_quarantine: F1s (not cases) with no quarantine episode open now or ended after their latest
 *   exposure to an F0 — nobody has put them in quarantine since they were exposed;
 * - f1_without_sample: F1s (not cases) with no sample taken in the last `days` days;
 * - cases_without_contacts: cases confirmed in the last `days` days with no exposure recorded from them
 *   (source = the case), i.e. whose contacts have not been traced yet.
 */
export function tracingList(db: Db, ctx: Ctx, kind: 'cases_without_contacts', opts?: ListOpts): Promise<UntracedCase[]>;
export function tracingList(
  db: Db,
  ctx: Ctx,
  kind: Exclude<ListKind, 'cases_without_contacts'>,
  opts?: ListOpts,
): Promise<F1WorkItem[]>;
export function tracingList(db: Db, ctx: Ctx, kind: ListKind, opts?: ListOpts): Promise<F1WorkItem[] | UntracedCase[]>;
export async function tracingList(
  db: Db,
  ctx: Ctx,
  kind: ListKind,
  opts: ListOpts = {},
): Promise<F1WorkItem[] | UntracedCase[]> {
  // `days` ($5) is what the two other lists are about; the quarantine list takes none.
  const days = kind === 'f1_without_quarantine' ? [] : [opts.days];
  if (days.length && !opts.days) throw new AppError(400, 'required', {}, 'days');
  return withCurrentLevels<F1WorkItem[] | UntracedCase[]>(db, ctx, (tx) => {
    const params = [ctx.province, scopeParam(ctx), opts.ward_code ?? null, opts.limit ?? 500, ...days];
    const state = `st AS (SELECT computed_at AS now, vn_day(computed_at) AS hi, vn_day(computed_at) - window_days AS lo
                            FROM person_levels_state WHERE province_code = $1)`;
    const inScope = `($2::text[] IS NULL OR p.ward_code = ANY($2::text[])) AND ($3::text IS NULL OR p.ward_code = $3)`;
    if (kind === 'cases_without_contacts') {
      return tx.query<UntracedCase>(
        `WITH ${state}
         SELECT p.person_ref, p.full_name, p.phone, p.ward_code, p.hamlet, c.case_number, c.confirmed_at, c.detected_in
           FROM st CROSS JOIN cases c JOIN persons p USING (province_code, person_id)
          WHERE c.province_code = $1 AND c.confirmed_at <= st.now AND c.confirmed_at > st.now - make_interval(days => $5::int)
            AND NOT EXISTS (SELECT 1 FROM exposures e WHERE e.province_code = $1 AND e.source_person_id = c.person_id) AND ${inScope}
          ORDER BY c.confirmed_at, p.person_ref LIMIT $4`,
        params,
      );
    }
    const condition =
      kind === 'f1_without_quarantine'
        ? `NOT EXISTS (SELECT 1 FROM quarantine_episodes q WHERE q.province_code = $1 AND q.person_id = l.person_id
           AND (q.end_at IS NULL OR q.end_at >= (src.last_exposed_on::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')))`
        : `NOT EXISTS (SELECT 1 FROM samples s WHERE s.province_code = $1 AND s.person_id = l.person_id
           AND s.taken_at > st.now - make_interval(days => $5::int) AND s.taken_at <= st.now)`;
    return tx.query<F1WorkItem>(
      `WITH ${state}
       SELECT p.person_ref, p.full_name, p.phone, p.ward_code, p.hamlet, src.last_exposed_on::text AS last_exposed_on, src.source_refs,
              (SELECT max(s.taken_at) FROM samples s WHERE s.province_code = $1 AND s.person_id = l.person_id) AS last_sample_at
         FROM st CROSS JOIN person_levels l JOIN persons p USING (province_code, person_id)
         CROSS JOIN LATERAL (
           SELECT max(n.exposed_on) AS last_exposed_on, array_agg(DISTINCT sp.person_ref ORDER BY sp.person_ref) AS source_refs
             FROM window_contacts($1, l.person_id, st.lo, st.hi) n
             JOIN person_levels sl ON sl.province_code = $1 AND sl.level = 0 AND sl.person_id = n.person_id
             JOIN persons sp ON sp.province_code = $1 AND sp.person_id = sl.person_id) src
        WHERE l.province_code = $1 AND l.level = 1 AND ${inScope}
          AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.province_code = $1 AND c.person_id = l.person_id AND c.confirmed_at <= st.now)
          AND ${condition}
        ORDER BY src.last_exposed_on DESC, p.person_ref LIMIT $4`,
      params,
    );
  });
}
