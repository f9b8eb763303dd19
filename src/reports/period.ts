// The period report (week or month): the figures at the end of the period with "new" counted over the period,
// compared with the period before, and daily series for charts. A day D is the period (D 00:00, D+1 00:00] in
// Viet Nam time — the contract's convention "P < t ≤ T" — so the series add up to the period's figures.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { invalid } from '../shared/errors.ts';
import { scopeParam } from '../auth/scope.ts';
import { toVnIso } from '../shared/time.ts';
import { fill } from '../shared/i18n.ts';
import { computeFigures, inScope } from './figures.ts';
import { figureSections } from './daily-document.ts';
import type { Cell, ReportDocument } from './document.ts';
import { formatDay, vnParts } from './format.ts';
import { facilityNames, renderFile, type FileFormat } from './service.ts';
import { reportScope, templateOf } from './template.ts';
import type { PeriodReport, PeriodSeriesDay as SeriesDay } from './schemas.ts';
import { reportText, type ReportText } from './text.ts';
import { zoningReport } from '../zoning/service.ts';
import { zoningSection } from './zoning.ts';

export const PERIOD_KINDS = ['week', 'month'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number] | 'custom';
const MAX_DAYS = 366;

const DAY = 24 * 3600_000;
const addDays = (date: string, n: number) =>
  new Date(Date.parse(date + 'T00:00:00Z') + n * DAY).toISOString().slice(0, 10);
/** 00:00 of a Viet Nam date, as an instant. */
const vnMidnight = (date: string) => new Date(`${date}T00:00:00+07:00`);
const today = () => {
  const p = vnParts(new Date());
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
};

/** The days of the period: the ISO week (Monday–Sunday) or calendar month containing `date`, or from..to. */
export function periodDays(q: { kind?: PeriodKind; date?: string; from?: string; to?: string }): {
  kind: PeriodKind;
  from: string;
  to: string;
  previousFrom: string;
} {
  if (q.from || q.to) {
    if (!q.from || !q.to) throw invalid(q.from ? 'to' : 'from', 'required');
    if (q.from > q.to) throw invalid('from', 'bad_period');
    const days = (Date.parse(q.to) - Date.parse(q.from)) / DAY + 1;
    if (days > MAX_DAYS) throw invalid('to', 'period_too_long', { max: MAX_DAYS });
    return { kind: 'custom', from: q.from, to: q.to, previousFrom: addDays(q.from, -days) };
  }
  const date = q.date ?? today();
  if (q.kind === 'month') {
    const from = date.slice(0, 8) + '01';
    const next = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 1)).toISOString().slice(0, 10);
    const previousFrom = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 2, 1))
      .toISOString()
      .slice(0, 10);
    return { kind: 'month', from, to: addDays(next, -1), previousFrom };
  }
  const weekday = (new Date(date + 'T00:00:00Z').getUTCDay() + 6) % 7; // Monday = 0
  const from = addDays(date, -weekday);
  return { kind: 'week', from, to: addDays(from, 6), previousFrom: addDays(from, -7) };
}

// Events by day (D = the Viet Nam day of t − 1 µs, so an event exactly at midnight closes the day before).
const SERIES_SQL = `
WITH ev AS (
  SELECT 'cases_new' AS m, vn_day(c.confirmed_at - interval '1 microsecond') AS day, count(*) AS n FROM cases c
   WHERE c.province_code = $1 AND c.confirmed_at > $2 AND c.confirmed_at <= $3 AND ${inScope('c.person_id')} GROUP BY 2
  UNION ALL
  SELECT 'cases_new_community', vn_day(c.confirmed_at - interval '1 microsecond'), count(*) FROM cases c
   WHERE c.province_code = $1 AND c.confirmed_at > $2 AND c.confirmed_at <= $3 AND c.detected_in = 'community' AND ${inScope('c.person_id')} GROUP BY 2
  UNION ALL
  SELECT o.outcome, vn_day(o.at - interval '1 microsecond'), count(*) FROM outcomes o
   WHERE o.province_code = $1 AND o.at > $2 AND o.at <= $3 AND ${inScope('o.person_id')} GROUP BY 1, 2
  UNION ALL
  SELECT 'quarantine_new', vn_day(q.start_at - interval '1 microsecond'), count(*) FROM quarantine_episodes q
   WHERE q.province_code = $1 AND q.start_at > $2 AND q.start_at <= $3 AND q.held_in_province IS NULL AND ${inScope('q.person_id')} GROUP BY 2
  UNION ALL
  SELECT 'quarantine_completed', vn_day(q.end_at - interval '1 microsecond'), count(*) FROM quarantine_episodes q
   WHERE q.province_code = $1 AND q.end_at > $2 AND q.end_at <= $3 AND q.end_reason = 'completed' AND q.held_in_province IS NULL
     AND ${inScope('q.person_id')} GROUP BY 2
  UNION ALL
  SELECT 'samples_taken', vn_day(s.taken_at - interval '1 microsecond'), count(*) FROM samples s
   WHERE s.province_code = $1 AND s.taken_at > $2 AND s.taken_at <= $3 AND ${inScope('s.person_id')} GROUP BY 2
  UNION ALL
  SELECT 'samples_positive', vn_day(s.result_at - interval '1 microsecond'), count(*) FROM samples s
   WHERE s.province_code = $1 AND s.result = 'positive' AND s.result_at > $2 AND s.result_at <= $3 AND ${inScope('s.person_id')} GROUP BY 2
  UNION ALL
  SELECT 'doses', v.given_on, count(*) FROM vaccinations v
   WHERE v.province_code = $1 AND v.given_on BETWEEN $4::date AND $6::date AND ${inScope('v.person_id')} GROUP BY 2)
SELECT m, day::text AS day, n FROM ev`;

// Persons in quarantine at the end of each day (each person once).
const OPEN_SQL = `
SELECT d.day::date::text AS day, count(DISTINCT q.person_id) AS n
  FROM generate_series($4::date, $6::date, interval '1 day') d (day)
  JOIN quarantine_episodes q ON q.province_code = $1
   AND q.start_at <= (d.day::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
   AND (q.end_at IS NULL OR q.end_at > (d.day::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
   AND q.held_in_province IS NULL
 WHERE q.start_at <= $3 AND (q.end_at IS NULL OR q.end_at > $2) AND ${inScope('q.person_id')}
 GROUP BY 1`;

export async function periodReport(
  db: Db,
  ctx: Ctx,
  q: { kind?: PeriodKind; date?: string; from?: string; to?: string },
): Promise<PeriodReport> {
  const p = periodDays(q);
  const since = vnMidnight(p.from),
    asOf = vnMidnight(addDays(p.to, 1)),
    previousSince = vnMidnight(p.previousFrom);
  const wards = scopeParam(ctx);
  const { current, previous } = await computeFigures(db, ctx.province, { t: asOf, p: since, pp: previousSince }, wards);
  const params = [ctx.province, since, asOf, p.from, wards, p.to];
  const events = await db.query<{ m: string; day: string; n: number }>(SERIES_SQL, params);
  const open = await db.query<{ day: string; n: number }>(OPEN_SQL, params);
  const get = (m: string, day: string) => Number(events.find((e) => e.m === m && e.day === day)?.n ?? 0);
  let active = previous.cases.active;
  const series: SeriesDay[] = [];
  for (let day = p.from; day <= p.to; day = addDays(day, 1)) {
    const [newCases, discharged, died, transferred] = [
      get('cases_new', day),
      get('discharged', day),
      get('died', day),
      get('transferred_out', day),
    ];
    active += newCases - discharged - died - transferred;
    series.push({
      date: day,
      cases_new: newCases,
      cases_new_community: get('cases_new_community', day),
      cases_active: active,
      discharged,
      died,
      transferred_out: transferred,
      quarantine_new: get('quarantine_new', day),
      quarantine_completed: get('quarantine_completed', day),
      quarantine_current: Number(open.find((o) => o.day === day)?.n ?? 0),
      samples_taken: get('samples_taken', day),
      samples_positive: get('samples_positive', day),
      doses: get('doses', day),
    });
  }
  return {
    province_code: ctx.province,
    kind: p.kind,
    from: p.from,
    to: p.to,
    as_of: toVnIso(asOf),
    since: toVnIso(since),
    previous_since: toVnIso(previousSince),
    current,
    previous,
    series,
  };
}

const SERIES_COLUMNS: (keyof ReportText['period']['series'] & keyof SeriesDay)[] = [
  'cases_new',
  'cases_active',
  'discharged',
  'died',
  'quarantine_new',
  'quarantine_current',
  'samples_taken',
  'samples_positive',
  'doses',
];

const dayBefore = (d: string) => new Date(Date.parse(d) - 86_400_000).toISOString().slice(0, 10);

export async function periodDocument(db: Db, ctx: Ctx, r: PeriodReport): Promise<ReportDocument> {
  const text = reportText(ctx.lang),
    p = text.period;
  const template = await templateOf(db, ctx.province, await reportScope(db, ctx));
  const kind = p.kind[r.kind];
  const span = { kind, from: formatDay(r.from), to: formatDay(r.to) };
  return {
    lang: ctx.lang,
    type: text.type,
    title: fill(p.title, { ...span, title: template.title }),
    subtitle: fill(p.subtitle, span),
    header: { ...template, symbol: null, date: null },
    info: [
      [p.info.province, r.province_code],
      [p.info.since, r.since],
      [p.info.as_of, r.as_of],
      [p.info.previous_since, r.previous_since],
    ],
    sections: [
      { level: 1, title: fill(p.situation, { KIND: kind.toLocaleUpperCase('vi') }) },
      ...figureSections(r.current, r.previous, ctx.lang, await facilityNames(db, ctx.province)),
      // zoning on the period's last day, against the last day of the period before
      zoningSection(await zoningReport(db, ctx, r.to, dayBefore(r.from)), ctx.lang),
      {
        level: 1,
        title: p.by_day,
        sheet: p.by_day_sheet,
        table: {
          columns: [p.date, ...SERIES_COLUMNS.map((c) => p.series[c])],
          rows: r.series.map((d): Cell[] => [formatDay(d.date), ...SERIES_COLUMNS.map((c) => d[c] as number)]),
        },
      },
    ],
  };
}

export async function periodFile(db: Db, ctx: Ctx, q: Parameters<typeof periodReport>[2], format: FileFormat) {
  const r = await periodReport(db, ctx, q);
  return {
    body: await renderFile(await periodDocument(db, ctx, r), format),
    name: `bao-cao-${r.kind}-${ctx.province}-${r.from}-${r.to}.${format}`,
  };
}
