// The review-conference table of seed 003 (plan 67/KH-BCĐ): subject group × handling (centralized / home /
// self-monitoring / total) for a period. A person counts once: under the group and kind of the first course of
// quarantine they started in the period (moves and follow-ons continue a course, they do not start one — see
// quarantine_plans in plans.sql). The row "tested" counts persons of groups 1–4 with a sample taken from the day their
// course started to the end of the period; "total" counts every group.
import ExcelJS from 'exceljs';
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { invalid } from '../shared/errors.ts';
import { scopeParam } from '../auth/scope.ts';
import { addSheet, dmy, workbookBuffer, type Column, type Labels } from './xlsx.ts';

const KINDS = ['centralized', 'home', 'self_monitoring'] as const;
const SEED_GROUPS = ['abroad', 'outbreak_area', 'contact', 'tet_returnee'];

const ROWS: { key: string; label: Labels }[] = [
  { key: 'abroad', label: { vi: 'Trở về từ nước ngoài', en: 'Returned from abroad' } },
  {
    key: 'outbreak_area',
    label: { vi: 'Trở về từ các ổ dịch trong nước', en: 'Returned from domestic outbreak areas' },
  },
  { key: 'contact', label: { vi: 'Tiếp xúc gần với ca bệnh xác định', en: 'Close contacts of confirmed cases' } },
  {
    key: 'tet_returnee',
    label: { vi: 'Công nhân, học sinh, người lao động về nghỉ Tết', en: 'Workers and students home for Tết' },
  },
  { key: 'screened', label: { vi: 'Phát hiện qua sàng lọc, xét nghiệm', en: 'Found by screening or testing' } },
  { key: 'other', label: { vi: 'Đối tượng khác', en: 'Other' } },
  { key: 'unspecified', label: { vi: 'Chưa phân loại đối tượng', en: 'No subject group given' } },
  {
    key: 'tested',
    label: {
      vi: 'Số trường hợp được xét nghiệm Covid-19 ở 04 nhóm đối tượng 1–4',
      en: 'Tested for Covid-19 among groups 1–4',
    },
  },
  { key: 'total', label: { vi: 'Tổng', en: 'Total' } },
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
        WHERE e.province_code = $1 AND e.start_at >= b.d0 AND e.start_at < b.d1
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
  const rows: ReviewRow[] = ROWS.map((r) => {
    const cells = KINDS.map((k) =>
      counts
        .filter((c) => c.kind === k && (r.key === 'total' || r.key === 'tested' || c.grp === r.key))
        .reduce((s, c) => s + (r.key === 'tested' ? c.tested : c.n), 0),
    );
    return {
      group: r.key,
      label: r.label[ctx.lang],
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
  const L = (vi: string, en: string): Labels => ({ vi, en });
  const columns: Column<ReviewRow & { no: string }>[] = [
    { key: 'no', label: L('STT', 'No.'), width: 6 },
    { key: 'label', label: L('Đối tượng', 'Subject group'), width: 48 },
    { key: 'centralized', label: L('CL tập trung', 'Centralized') },
    { key: 'home', label: L('CL tại nhà', 'Home') },
    { key: 'self_monitoring', label: L('Tự theo dõi sức khỏe', 'Self-monitoring'), width: 20 },
    { key: 'total', label: L('Tổng', 'Total') },
  ];
  const numbered = rows.map((r, i) => ({ ...r, no: r.group === 'total' ? '' : String(i + 1) }));
  const title =
    ctx.lang === 'vi'
      ? `Kết quả xử lý theo nhóm đối tượng từ ${dmy(period.from)} đến ${dmy(period.to)}`
      : `Handling by subject group, ${dmy(period.from)} to ${dmy(period.to)}`;
  const wb = new ExcelJS.Workbook();
  addSheet(wb, ctx.lang === 'vi' ? 'Nhóm đối tượng' : 'Subject groups', title, columns, numbered, ctx.lang);
  return workbookBuffer(wb);
}
