// The review-conference table of seed 003 (plan 67/KH-BCĐ): subject group × handling (centralized / home /
// self-monitoring / total) for a period. A person counts once: under the group and kind of the first course of
// quarantine they started in the period (moves and follow-ons continue a course, they do not start one — see
// quarantine_plans in plans.sql). The row "tested" counts persons of groups 1–4 with a sample taken from the day their
// course started to the end of the period; "total" counts every group.
import ExcelJS from 'exceljs';
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { fill } from '../shared/i18n.ts';
import { invalid } from '../shared/errors.ts';
import { scopeParam } from '../auth/scope.ts';
import { addSheet, dmy, workbookBuffer, type Column } from './xlsx.ts';
import { both, quarantineText, type QuarantineText } from './text.ts';

const KINDS = ['centralized', 'home', 'self_monitoring'] as const;
const SEED_GROUPS = ['abroad', 'outbreak_area', 'contact', 'tet_returnee'];

const ROWS: (keyof QuarantineText['review']['group'])[] = [
  'abroad',
  'outbreak_area',
  'contact',
  'tet_returnee',
  'screened',
  'other',
  'unspecified',
  'tested',
  'total',
];

export interface ReviewRow {
  group: string;
  label: string;
  centralized: number;
  home: number;
  self_monitoring: number;
  total: number;
}

export async function reviewTable(db: Db, ctx: Ctx, period: { from: string; to: string }) {
  if (period.from > period.to) throw invalid('from', 'bad_period');
  const counts = await db.query<{ grp: string; kind: (typeof KINDS)[number]; n: number; tested: number }>(
    `WITH b AS (SELECT ($2::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' AS d0,
                       ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' AS d1),
     eps AS (
       SELECT e.episode_id, e.person_id, e.kind, e.start_at, COALESCE(e.subject_group, 'unspecified') AS grp
         FROM quarantine_episodes e JOIN persons p ON p.province_code = e.province_code AND p.person_id = e.person_id, b
        WHERE e.province_code = $1 AND e.start_at >= b.d0 AND e.start_at < b.d1 AND e.held_in_province IS NULL
          AND ($4::text[] IS NULL OR p.ward_code = ANY($4::text[]))),
     firsts AS (
       SELECT DISTINCT ON (x.person_id) x.*
         FROM eps x JOIN quarantine_plans($1, ARRAY(SELECT DISTINCT person_id FROM eps)) pl
           ON pl.episode_id = x.episode_id AND pl.link IS NULL
        ORDER BY x.person_id, x.start_at)
     SELECT f.grp, f.kind, count(*)::int AS n,
            count(*) FILTER (WHERE f.grp = ANY($5::text[]) AND EXISTS (
              SELECT 1 FROM samples s WHERE s.province_code = $1 AND s.person_id = f.person_id
                 AND s.taken_at >= vn_day(f.start_at)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' AND s.taken_at < b.d1))::int AS tested
       FROM firsts f CROSS JOIN b GROUP BY f.grp, f.kind`,
    [ctx.province, period.from, period.to, scopeParam(ctx), SEED_GROUPS],
  );
  const groups = quarantineText(ctx.lang).review.group;
  const rows: ReviewRow[] = ROWS.map((r) => {
    const cells = KINDS.map((k) =>
      counts
        .filter((c) => c.kind === k && (r === 'total' || r === 'tested' || c.grp === r))
        .reduce((s, c) => s + (r === 'tested' ? c.tested : c.n), 0),
    );
    return {
      group: r,
      label: groups[r],
      centralized: cells[0],
      home: cells[1],
      self_monitoring: cells[2],
      total: cells[0] + cells[1] + cells[2],
    };
  });
  return { from: period.from, to: period.to, rows };
}

export async function reviewTableXlsx(db: Db, ctx: Ctx, period: { from: string; to: string }): Promise<Buffer> {
  const { rows } = await reviewTable(db, ctx, period);
  const column = (key: keyof QuarantineText['review']['column']) => both((c) => c.review.column[key]);
  const columns: Column<ReviewRow & { no: string }>[] = [
    { key: 'no', label: column('no'), width: 6 },
    { key: 'label', label: column('label'), width: 48 },
    { key: 'centralized', label: column('centralized') },
    { key: 'home', label: column('home') },
    { key: 'self_monitoring', label: column('self_monitoring'), width: 20 },
    { key: 'total', label: column('total') },
  ];
  const numbered = rows.map((r, i) => ({ ...r, no: r.group === 'total' ? '' : String(i + 1) }));
  const text = quarantineText(ctx.lang).review;
  const title = fill(text.title, { from: dmy(period.from), to: dmy(period.to) });
  const wb = new ExcelJS.Workbook();
  addSheet(wb, text.sheet, title, columns, numbered, ctx.lang);
  return workbookBuffer(wb);
}
