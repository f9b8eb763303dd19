// The period report against any earlier instant (docs/contracts/period-report.md "Period report"): the daily
// report's figures at the cut-off T and at an earlier instant C, the cases confirmed in A < t ≤ T (A defaults to C)
// by district and by place of detection, and the days since the latest case — seed 001's "2.716 ca (so với ngày
// 01-9-2021 tăng 867 ca)", "630 ca mắc mới trong 5 ngày … Rạch Giá (+246)", seed 004's "64 ngày không ghi nhận ca
// mới". The week/month report with daily series (./period.ts) is the other form of `report period`:
// `periodForm` tells them apart, for the command line and the API alike.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { invalid } from '../shared/errors.ts';
import { fill } from '../shared/i18n.ts';
import { scopeParam } from '../auth/scope.ts';
import { parseDate, parseInstant, toVnIso } from '../shared/time.ts';
import { computeFigures } from './figures.ts';
import { DAY_MS } from './daily.ts';
import { figureSections, sentenceCase } from './daily-document.ts';
import type { Cell, ReportDocument, Section } from './document.ts';
import { formatCutoff, formatDay, formatNumber, vnParts } from './format.ts';
import { facilityNames, renderFile, type FileFormat } from './files.ts';
import { reportScope, templateOf } from './template.ts';
import type { PeriodComparison } from './schemas.ts';
import { reportText, type FigurePath } from './text.ts';
import type { PeriodKind } from './period.ts';

export interface ComparisonQuery {
  to: Date;
  compare: Date;
  /** Start A of the period A < t ≤ T of the new cases; default `compare`. */
  from?: Date;
}

/** `report period` as given: strings from the command line or the query. */
export interface PeriodQuery {
  kind?: string;
  date?: string;
  from?: string;
  to?: string;
  compare?: string;
}

export type PeriodForm =
  | { form: 'series'; q: { kind?: PeriodKind; date?: string; from?: string; to?: string } }
  | { form: 'compare'; q: ComparisonQuery };

/**
 * Which report a period query asks for. With `compare`, or a `to` that is an instant rather than a day, it is the
 * report against an earlier instant: `to` and `compare` instants (ISO with offset, or "YYYY-MM-DD HH:MM" in Viet
 * Nam time, as the daily report's `at`), `from` an optional instant, C ≤ T and A ≤ T. Otherwise it is the
 * week/month report: `kind` week|month, `date` or `from`..`to` days.
 */
export function periodForm(q: PeriodQuery): PeriodForm {
  const isDay = (v: string | undefined) => v !== undefined && parseDate(v) !== null;
  if (q.compare === undefined && (q.to === undefined || isDay(q.to))) {
    if (q.kind !== undefined && q.kind !== 'week' && q.kind !== 'month')
      throw invalid('kind', 'bad_enum', { value: q.kind, allowed: 'week, month' });
    const day = (f: 'date' | 'from' | 'to') => {
      const v = q[f];
      if (v === undefined) return undefined;
      const d = parseDate(v);
      if (!d) throw invalid(f, 'bad_date', { value: v });
      return d;
    };
    return {
      form: 'series',
      q: { kind: q.kind as PeriodKind | undefined, date: day('date'), from: day('from'), to: day('to') },
    };
  }
  for (const f of ['kind', 'date'] as const) if (q[f] !== undefined) throw invalid(f, 'period_form_mixed');
  const instant = (f: 'to' | 'compare' | 'from') => {
    const v = q[f];
    if (v === undefined) throw invalid(f, 'required');
    const d = parseInstant(v);
    if (!d) throw invalid(f, 'bad_instant', { value: v });
    return d;
  };
  const to = instant('to'),
    compare = instant('compare'),
    from = q.from === undefined ? undefined : instant('from');
  if (compare > to) throw invalid('compare', 'compare_after_to', { compare: q.compare!, to: q.to! });
  if (from && from > to) throw invalid('from', 'from_after_to', { from: q.from!, to: q.to! });
  return { form: 'compare', q: { to, compare, from } };
}

// $1 province, $2 A, $3 T, $4 the wards of the jurisdiction (null: the whole province). Districts are the 2024
// geography's (the one with districts, as jurisdictions are): a person's district is the parent of their ward.
const NEW_CASES_SQL = `
WITH
districts AS (
  SELECT d.code FROM admin_units d
   WHERE d.province_code = $1 AND d.geography = '2024' AND d.level = 'district'
     AND ($4::text[] IS NULL OR EXISTS (SELECT 1 FROM admin_units w WHERE w.province_code = $1 AND w.geography = '2024'
           AND w.level = 'ward' AND w.parent_code = d.code AND w.code = ANY($4::text[])))),
period AS (
  SELECT c.detected_in, w.parent_code AS district
    FROM cases c
    JOIN persons p ON p.province_code = c.province_code AND p.person_id = c.person_id
    LEFT JOIN admin_units w ON w.province_code = $1 AND w.geography = '2024' AND w.level = 'ward' AND w.code = p.ward_code
   WHERE c.province_code = $1 AND c.confirmed_at > $2 AND c.confirmed_at <= $3
     AND ($4::text[] IS NULL OR p.ward_code = ANY($4::text[]))),
by_district AS (
  SELECT coalesce(json_agg(json_build_object('district_code', d.code, 'new', coalesce(n.new, 0),
                                             'new_community', coalesce(n.community, 0)) ORDER BY d.code COLLATE "C"), '[]') AS list
    FROM districts d
    LEFT JOIN (SELECT district, count(*)::int AS new, count(*) FILTER (WHERE detected_in = 'community')::int AS community
                 FROM period GROUP BY district) n ON n.district = d.code),
by_place AS (
  SELECT count(*) FILTER (WHERE detected_in = 'community')::int AS community,
         count(*) FILTER (WHERE detected_in = 'quarantine')::int AS quarantine,
         count(*) FILTER (WHERE detected_in = 'entry')::int AS entry
    FROM period),
latest AS (
  SELECT max(c.confirmed_at) AS at FROM cases c
   WHERE c.province_code = $1 AND c.confirmed_at <= $3
     AND ($4::text[] IS NULL OR EXISTS (SELECT 1 FROM persons p WHERE p.province_code = $1 AND p.person_id = c.person_id
           AND p.ward_code = ANY($4::text[]))))
SELECT by_district.list AS by_district, by_place.*, vn_day($3::timestamptz) - vn_day(latest.at) AS days
  FROM by_district, by_place, latest`;

interface NewCasesRow {
  by_district: PeriodComparison['new_cases_by_district'] | string;
  community: number;
  quarantine: number;
  entry: number;
  days: number | null;
}

/** The report over the actor's jurisdiction (a district user's covers its wards, and lists its district only). */
export async function periodComparison(db: Db, ctx: Ctx, q: ComparisonQuery): Promise<PeriodComparison> {
  const { to, compare } = q,
    from = q.from ?? compare;
  const wards = scopeParam(ctx);
  // Each instant's figures as the daily report's `current` at it: "new" over the 24 hours before it.
  const cut = {
    t: to,
    s: new Date(to.getTime() - DAY_MS),
    p: compare,
    pp: new Date(compare.getTime() - DAY_MS),
  };
  const [figures, [row]] = await Promise.all([
    computeFigures(db, ctx.province, cut, wards),
    db.query<NewCasesRow>(NEW_CASES_SQL, [ctx.province, from, to, wards]),
  ]);
  return {
    province_code: ctx.province,
    to: toVnIso(to),
    compare_at: toVnIso(compare),
    from: toVnIso(from),
    at_to: figures.current,
    at_compare: figures.previous,
    new_cases_by_district: typeof row.by_district === 'string' ? JSON.parse(row.by_district) : row.by_district,
    new_cases_by_detected_in: {
      community: Number(row.community),
      quarantine: Number(row.quarantine),
      entry: Number(row.entry),
    },
    days_since_last_case: row.days == null ? null : Number(row.days),
  };
}

/** The district names of the province (2024 geography), for the by-district table. */
async function districtNames(db: Db, province: string): Promise<Map<string, string>> {
  const rows = await db.query<{ code: string; full_name: string }>(
    `SELECT code, full_name FROM admin_units WHERE province_code = $1 AND geography = '2024' AND level = 'district'`,
    [province],
  );
  return new Map(rows.map((r) => [r.code, r.full_name]));
}

const isoDay = (d: Date) => {
  const p = vnParts(d);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
};

/** The report as a document: part I the figures at T with their change against C, part II the period's new cases. */
export async function comparisonDocument(db: Db, ctx: Ctx, r: PeriodComparison): Promise<ReportDocument> {
  const lang = ctx.lang,
    text = reportText(lang),
    c = text.comparison;
  const template = await templateOf(db, ctx.province, await reportScope(db, ctx));
  const to = new Date(r.to),
    compare = new Date(r.compare_at),
    from = new Date(r.from);
  const at = { to: formatCutoff(to, lang), compare: formatCutoff(compare, lang), from: formatCutoff(from, lang) };

  // The daily report's sections, the value column naming C and the 24-hour figures named as such.
  const valueColumn = fill(c.value, at);
  const relabel = new Map(
    (Object.entries(c.rows_24h) as [FigurePath, string][]).map(([path, label]) => [text.figures.rows[path], label]),
  );
  const figures = figureSections(r.at_to, r.at_compare, lang, await facilityNames(db, ctx.province)).map(
    (s): Section =>
      s.table
        ? {
            ...s,
            table: {
              columns: s.table.columns.map((col) => (col === text.figures.columns.value ? valueColumn : col)),
              rows: s.table.rows.map((row) =>
                typeof row[0] === 'string' && relabel.has(row[0]) ? [relabel.get(row[0])!, ...row.slice(1)] : row,
              ),
            },
          }
        : s,
  );

  const places = r.new_cases_by_detected_in;
  const total = places.community + places.quarantine + places.entry;
  const latestDay =
    r.days_since_last_case === null
      ? null
      : formatDay(isoDay(new Date(to.getTime() - r.days_since_last_case * DAY_MS)));
  const lastCase =
    latestDay === null
      ? c.no_case
      : r.days_since_last_case === 0
        ? fill(c.last_case_today, { day: latestDay })
        : fill(c.last_case, { days: formatNumber(r.days_since_last_case, lang), day: latestDay });
  const names = await districtNames(db, ctx.province);
  const byDistrict: Cell[][] = r.new_cases_by_district.map((d) => [
    d.district_code,
    names.get(d.district_code) ?? '',
    d.new,
    d.new_community,
  ]);
  const sum = (k: 'new' | 'new_community') => r.new_cases_by_district.reduce((a, d) => a + d[k], 0);
  byDistrict.push([c.total, '', sum('new'), sum('new_community')]);

  return {
    lang,
    type: text.type,
    title: template.title,
    subtitle: fill(c.subtitle, at),
    header: { ...template, symbol: null, date: null },
    info: [
      [c.info.province, r.province_code],
      [c.info.to, r.to],
      [c.info.compare, r.compare_at],
      [c.info.from, r.from],
    ],
    sections: [
      {
        level: 1,
        title: text.daily.situation,
        paragraphs: [fill(c.intro, { ...at, issuer: sentenceCase(template.issuing_body) })],
      },
      ...figures,
      {
        level: 1,
        title: fill(c.new_cases, at).toLocaleUpperCase(lang),
        paragraphs: [
          fill(c.summary, {
            ...at,
            total: formatNumber(total, lang),
            community: formatNumber(places.community, lang),
            quarantine: formatNumber(places.quarantine, lang),
            entry: formatNumber(places.entry, lang),
          }),
        ],
        sheet: c.sheet,
      },
      {
        level: 2,
        title: c.by_district,
        sheet: c.sheet,
        table: {
          columns: [c.columns.code, c.columns.district, c.columns.new, c.columns.new_community],
          rows: byDistrict,
        },
      },
      {
        level: 2,
        title: c.by_detected_in,
        sheet: c.sheet,
        table: {
          columns: [c.columns.detected_in, c.columns.cases],
          rows: [
            [c.detected_in.community, places.community],
            [c.detected_in.quarantine, places.quarantine],
            [c.detected_in.entry, places.entry],
            [c.total, total],
          ],
        },
      },
      {
        level: 2,
        title: c.days_since,
        sheet: c.sheet,
        paragraphs: [lastCase],
        table: { columns: [c.columns.figure, c.columns.value], rows: [[c.days_since, r.days_since_last_case]] },
      },
    ],
    closing:
      lang === 'vi'
        ? `Trên đây là báo cáo tình hình dịch bệnh COVID-19 của ${sentenceCase(template.issuing_body, false)}./.`
        : undefined,
  };
}

const stamp = (d: Date) => {
  const p = vnParts(d);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)}-${pad(p.hour)}${pad(p.minute)}`;
};

/** The report as a file: bao-cao-giai-doan-93-2021-09-10-0630-so-voi-2021-09-01-0630.docx */
export async function comparisonFile(db: Db, ctx: Ctx, q: ComparisonQuery, format: FileFormat) {
  const r = await periodComparison(db, ctx, q);
  return {
    body: await renderFile(await comparisonDocument(db, ctx, r), format),
    name: `bao-cao-giai-doan-${ctx.province}-${stamp(q.to)}-so-voi-${stamp(q.compare)}.${format}`,
  };
}
