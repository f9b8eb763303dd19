// Due lists for a day D, for district and commune teams: tests due, episodes ending, overdue episodes (ended by
// plan but not closed), F1 without an episode. The cut-off of D is its last instant (Viet Nam time): the lists can
// be regenerated for any past day. Within the actor's wards (a person's ward of residence).
//
// Extension point: other modules add their own lists with registerDueSection() (e.g. entry-control follow-up
// tasks); each section names its columns, so the JSON and the workbook need nothing else.
import ExcelJS from 'exceljs';
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { fill, type Lang } from '../shared/i18n.ts';
import { scopeParam } from '../auth/scope.ts';
import { addDays, vnDay, type EpisodeKind } from './service.ts';
import { addSheet, dmy, workbookBuffer, type Column, type Labels } from './xlsx.ts';
import { both, quarantineText, type QuarantineText } from './text.ts';
import type { DueRow } from './schemas.ts';

type Row = DueRow;

export interface DueEnv {
  db: Db;
  ctx: Ctx;
  /** The day, YYYY-MM-DD, and its cut-off (the last instant of the day in Viet Nam). */
  date: string;
  cutoff: Date;
  /** Episodes overlapping the day with their plans, loaded once for every section that asks. */
  episodes(): Promise<DayEpisode[]>;
}

export interface DueSection {
  key: string;
  /** Sheet name and heading. */
  title: Labels;
  columns: Column<Row>[];
  rows(env: DueEnv): Promise<Row[]>;
}

export interface DayEpisode {
  episode_id: number;
  person_id: number;
  person_ref: string;
  full_name: string;
  phone: string | null;
  ward_code: string | null;
  ward_name: string | null;
  hamlet: string | null;
  address: string | null;
  kind: EpisodeKind;
  facility_code: string | null;
  start_at: Date;
  end_at: Date | null;
  end_reason: string | null;
  phase: 'main' | 'follow_on';
  phase_start_at: Date;
  rule_set_name: string | null;
  rule_key: string | null;
  test_days: number[];
  planned_end_at: Date | null;
  follow_on_kind: EpisodeKind | null;
  follow_on_days: number | null;
  /** The person's latest-started episode overlapping the day (a person is listed once). */
  counted: boolean;
  /** Still open at the cut-off. */
  open_at_cutoff: boolean;
  /** A sample was taken from the person during the day. */
  sampled: boolean;
}

const DAY_BOUNDS = `SELECT ($2::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' AS d0,
                           ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' AS d1`;

async function dayEpisodes(db: Db, ctx: Ctx, date: string): Promise<DayEpisode[]> {
  return db.query<DayEpisode>(
    `WITH b AS (${DAY_BOUNDS}),
     ov AS (
       SELECT e.episode_id, e.person_id, e.kind, e.facility_code, e.start_at, e.end_at, e.end_reason
         FROM quarantine_episodes e JOIN persons p ON p.province_code = e.province_code AND p.person_id = e.person_id, b
        WHERE e.province_code = $1 AND e.start_at < b.d1 AND (e.end_at IS NULL OR e.end_at > b.d0)
          AND e.held_in_province IS NULL -- held in another province: not the province's teams' work
          AND ($3::text[] IS NULL OR p.ward_code = ANY($3::text[])))
     SELECT ov.*, p.person_ref, p.full_name, p.phone, p.ward_code, u.name AS ward_name, p.hamlet, p.address,
            pl.phase, pl.phase_start_at, pl.rule_set_name, pl.rule_key, pl.test_days, pl.planned_end_at,
            pl.follow_on_kind, pl.follow_on_days,
            row_number() OVER (PARTITION BY ov.person_id ORDER BY ov.start_at DESC) = 1 AS counted,
            (ov.end_at IS NULL OR ov.end_at >= b.d1) AS open_at_cutoff,
            EXISTS (SELECT 1 FROM samples s WHERE s.province_code = $1 AND s.person_id = ov.person_id
                       AND s.taken_at >= b.d0 AND s.taken_at < b.d1) AS sampled
       FROM ov CROSS JOIN b
       JOIN persons p ON p.province_code = $1 AND p.person_id = ov.person_id
       LEFT JOIN provinces pr ON pr.province_code = $1
       LEFT JOIN admin_units u ON u.province_code = $1 AND u.geography = pr.geography AND u.code = p.ward_code
       LEFT JOIN quarantine_plans($1, ARRAY(SELECT DISTINCT person_id FROM ov)) pl ON pl.episode_id = ov.episode_id
      ORDER BY p.ward_code NULLS LAST, p.person_ref, ov.start_at`,
    [ctx.province, date, scopeParam(ctx)],
  );
}

const kindName = (kind: unknown, lang: Lang) => quarantineText(lang).kind[kind as EpisodeKind];
const kindCell = (r: Row, lang: Lang) => (r.kind ? kindName(r.kind, lang) : null);
/** A column showing the row's field `key`, headed in the reader's language. */
const col = (key: keyof QuarantineText['column'], more: Partial<Column<Row>> = {}): Column<Row> => ({
  key,
  label: both((c) => c.column[key]),
  ...more,
});

/** Who and where: the first columns of every episode list. */
const PERSON_COLUMNS: Column<Row>[] = [
  col('person_ref'),
  col('full_name', { width: 24 }),
  col('phone'),
  col('ward_name', { width: 18 }),
  col('hamlet'),
  col('address', { width: 28 }),
];
const EPISODE_COLUMNS: Column<Row>[] = [
  ...PERSON_COLUMNS,
  col('kind', { cell: kindCell }),
  col('facility_code'),
  col('start_at', { width: 17 }),
  col('planned_end_at', { width: 17 }),
  col('rule_set_name', { width: 30 }),
];

function episodeRow(e: DayEpisode): Row {
  return {
    episode_id: e.episode_id,
    person_ref: e.person_ref,
    full_name: e.full_name,
    phone: e.phone,
    ward_code: e.ward_code,
    ward_name: e.ward_name,
    hamlet: e.hamlet,
    address: e.address,
    kind: e.kind,
    facility_code: e.facility_code,
    start_at: e.start_at,
    end_at: e.end_at,
    end_reason: e.end_reason,
    planned_end_at: e.planned_end_at,
    rule_set_name: e.rule_set_name,
    rule: e.rule_key,
  };
}

const testsDue: DueSection = {
  key: 'tests_due',
  title: both((c) => c.due.tests_due),
  columns: [
    ...EPISODE_COLUMNS,
    col('test_day'),
    col('sampled', { cell: (r, lang) => (r.sampled ? quarantineText(lang).sampled : '') }),
  ],
  async rows(env) {
    const out: Row[] = [];
    for (const e of await env.episodes()) {
      if (!e.counted) continue;
      const n = e.test_days.find((d) => addDays(vnDay(e.phase_start_at), d - 1) === env.date);
      if (n !== undefined) out.push({ ...episodeRow(e), test_day: n, sampled: e.sampled });
    }
    return out;
  },
};

const endingToday: DueSection = {
  key: 'ending_today',
  title: both((c) => c.due.ending_today),
  columns: [
    ...EPISODE_COLUMNS,
    col('end_at', { width: 17 }),
    col('next', {
      width: 22,
      cell: (r, lang) =>
        r.follow_on_kind
          ? fill(quarantineText(lang).follow_on, {
              kind: kindName(r.follow_on_kind, lang),
              days: r.follow_on_days as number,
            })
          : '',
    }),
  ],
  async rows(env) {
    return (await env.episodes())
      .filter((e) => e.counted && e.planned_end_at && vnDay(e.planned_end_at) === env.date)
      .map((e) => ({ ...episodeRow(e), follow_on_kind: e.follow_on_kind, follow_on_days: e.follow_on_days }));
  },
};

const overdue: DueSection = {
  key: 'overdue',
  title: both((c) => c.due.overdue),
  columns: [...EPISODE_COLUMNS, col('days_overdue')],
  async rows(env) {
    const day = (s: string) => Date.parse(s + 'T00:00:00Z') / 86_400_000;
    return (await env.episodes())
      .filter((e) => e.open_at_cutoff && e.planned_end_at && vnDay(e.planned_end_at) < env.date)
      .map((e) => ({ ...episodeRow(e), days_overdue: day(env.date) - day(vnDay(e.planned_end_at!)) }));
  },
};

/** Persons at F-level 1 at the cut-off (f_levels_at), not confirmed, with no episode open then; their last contact with a case. */
const f1WithoutEpisode: DueSection = {
  key: 'f1_without_episode',
  title: both((c) => c.due.f1_without_episode),
  columns: [...PERSON_COLUMNS, col('last_exposed_on', { width: 16 })],
  rows: ({ db, ctx, date }) =>
    db.query<Row>(
      `WITH b AS (${DAY_BOUNDS}), t AS (SELECT b.d1 - interval '1 microsecond' AS at FROM b)
     SELECT p.person_ref, p.full_name, p.phone, p.ward_code, u.name AS ward_name, p.hamlet, p.address,
            (SELECT max(x.exposed_on) FROM exposures x
               JOIN cases c ON c.province_code = x.province_code AND c.confirmed_at <= t.at
                AND c.person_id IN (x.source_person_id, x.contact_person_id) AND c.person_id <> f.person_id
              WHERE x.province_code = $1 AND f.person_id IN (x.source_person_id, x.contact_person_id)
                AND x.exposed_on <= $2::date) AS last_exposed_on
       FROM t CROSS JOIN f_levels_at($1, t.at, 1) f
       JOIN persons p ON p.province_code = $1 AND p.person_id = f.person_id
       LEFT JOIN provinces pr ON pr.province_code = $1
       LEFT JOIN admin_units u ON u.province_code = $1 AND u.geography = pr.geography AND u.code = p.ward_code
      WHERE f.level = 1 AND ($3::text[] IS NULL OR p.ward_code = ANY($3::text[]))
        -- a confirmed person is never counted as F1 (docs/contracts/daily-report.md)
        AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.province_code = $1 AND c.person_id = f.person_id AND c.confirmed_at <= t.at)
        AND NOT EXISTS (SELECT 1 FROM quarantine_episodes e WHERE e.province_code = $1 AND e.person_id = f.person_id
                           AND e.start_at <= t.at AND (e.end_at IS NULL OR e.end_at > t.at))
      ORDER BY p.ward_code NULLS LAST, p.person_ref`,
      [ctx.province, date, scopeParam(ctx)],
    ),
};

const sections: DueSection[] = [testsDue, endingToday, overdue, f1WithoutEpisode];

/** Adds a list to the due lists (JSON and workbook), after the quarantine ones. */
export function registerDueSection(section: DueSection): void {
  if (sections.some((s) => s.key === section.key)) throw new Error(`due section ${section.key} already registered`);
  sections.push(section);
}

export async function dueLists(db: Db, ctx: Ctx, date: string) {
  const cutoff = new Date(Date.parse(addDays(date, 1) + 'T00:00:00+07:00') - 1);
  let loaded: Promise<DayEpisode[]> | undefined;
  const env: DueEnv = { db, ctx, date, cutoff, episodes: () => (loaded ??= dayEpisodes(db, ctx, date)) };
  const lists = [];
  for (const s of sections) {
    const rows = await s.rows(env);
    lists.push({ key: s.key, title: s.title[ctx.lang], count: rows.length, rows });
  }
  return { date, cutoff, sections: lists };
}

/** The due lists as a workbook, one sheet per list. */
export async function dueListsXlsx(
  db: Db,
  ctx: Ctx,
  date: string,
  read?: Awaited<ReturnType<typeof dueLists>>, // the lists when the caller has them already
): Promise<Buffer> {
  const { sections: lists } = read ?? (await dueLists(db, ctx, date));
  const wb = new ExcelJS.Workbook();
  for (const s of sections) {
    const list = lists.find((l) => l.key === s.key)!;
    addSheet(wb, s.title[ctx.lang], `${s.title[ctx.lang]} — ${dmy(date)}`, s.columns, list.rows, ctx.lang);
  }
  return workbookBuffer(wb);
}
