// `phongdich report …` (docs/contracts/cli.md): the daily report as JSON on stdout by default, or rendered, over the
// whole province; also the period report and the review-conference table.
import { writeFileSync } from 'node:fs';
import type { Db } from '../db/connection.ts';
import type { Lang } from '../shared/i18n.ts';
import type { Ctx } from '../shared/context.ts';
import { invalid } from '../shared/errors.ts';
import { parseInstant } from '../shared/time.ts';
import { dailyReport } from './daily.ts';
import { dailyFile, FORMATS, renderFile, type FileFormat } from './service.ts';
import { periodFile, periodReport } from './period.ts';
import { comparisonFile, periodComparison, periodForm } from './period-compare.ts';
import { reviewFile, reviewReport } from './review.ts';
import { capacityScenario } from '../treatment/capacity.ts';
import { zoningDocument } from './zoning.ts';
import { zoningReport } from '../zoning/service.ts';
import { commandFile } from './command.ts';
import { commandSummary } from '../command/summary.ts';
import { arrivalCohort } from '../entry/cohorts.ts';
import { residentsReport } from '../residents/service.ts';
import { reportInstant } from '../residents/routes.ts';
import { defaultCompare, SEED_TEMPLATES, seedFile, seedReport } from './seed-templates.ts';
import type { SeedTemplateName } from './schemas.ts';
import { cohortFile } from './cohort.ts';
import { residentsFile } from './residents.ts';

export const REPORT_USAGE: Record<Lang, string> = {
  en: 'phongdich report daily|period|review|zoning|capacity|command|cohort|residents|synthesis|situation|border … render a report (JSON by default)',
  vi: 'phongdich report daily|period|review|zoning|capacity|command|cohort|residents|synthesis|situation|border … lập báo cáo (mặc định JSON)',
};
export const REPORT_HELP: Record<Lang, string> = {
  en: `phongdich report daily --at ISO_INSTANT [--format json|html|docx|xlsx] [--out FILE]
  The daily synthesis report as of that instant (docs/contracts/daily-report.md), over the whole province.
phongdich report period --to ISO_INSTANT --compare ISO_INSTANT [--from ISO_INSTANT] [--format …] [--out FILE]
  The period report (docs/contracts/period-report.md): the figures at --to with their change against any earlier
  --compare, the new cases in --from < t ≤ --to (default from --compare) by district and by place of detection, and
  the days since the latest case.
phongdich report period [--kind week|month] [--date YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD] [--format …] [--out FILE]
  Without --compare: the week or month containing the date (default today), or from..to: figures compared with the
  period before, daily series.
phongdich report review --to YYYY-MM-DD [--from YYYY-MM-DD] [--format …] [--out FILE]
  The review-conference report of plan 67/KH-BCĐ: its outline with the period's figures and the table quarantine
  subject group × handling, from the start of the epidemic by default.
phongdich report zoning --at YYYY-MM-DD [--compare YYYY-MM-DD] [--format …] [--out FILE]
  Risk zoning levels of every ward, district and the province on that day (docs/contracts/zoning.md), and the
  units whose level changed since --compare.
phongdich report capacity --cases N [--at ISO_INSTANT] [--out FILE]
  Capacity scenario (docs/contracts/treatment.md): beds needed per tier for N simultaneous cases against the beds of T (default now); JSON.
phongdich report command --at ISO_INSTANT [--from ISO_INSTANT] [--format …] [--out FILE]
  Tasks, supplies, funds and social support as of --at; received/issued in --from < t ≤ --at (default 24 h before).
phongdich report cohort --origin CODE --since YYYY-MM-DD --at ISO_INSTANT [--format …] [--out FILE]
  Arrivals from a province (its code, e.g. 01 Hà Nội) or abroad since that day, and at --at how many are in
  quarantine by kind, sampled, positive, negative, pending (docs/contracts/period-report.md).
phongdich report residents --at ISO_INSTANT [--format …] [--out FILE]
  Residents abroad (total, returned, expected back by country) and residents held in other provinces.
phongdich report synthesis|situation|border --to ISO_INSTANT [--compare ISO_INSTANT] [--format …] [--out FILE]
  A seed's own report: synthesis (seed 000, Hậu Giang), situation (seed 001, Kiên Giang), border (seed 004, Điện
  Biên) — its figures at --to against --compare (default 24 h before), in the seed's outline; the parts an officer
  writes are left as headings (draft it in the web app to write and issue it).
JSON and HTML go to stdout unless --out; DOCX and XLSX need --out or a redirected stdout.`,
  vi: `phongdich report daily --at THỜI_ĐIỂM_ISO [--format json|html|docx|xlsx] [--out TỆP]
  Báo cáo tổng hợp hằng ngày đến thời điểm đó (docs/contracts/daily-report.md), toàn tỉnh.
phongdich report period --to THỜI_ĐIỂM_ISO --compare THỜI_ĐIỂM_ISO [--from THỜI_ĐIỂM_ISO] [--format …] [--out TỆP]
  Báo cáo giai đoạn (docs/contracts/period-report.md): số liệu đến --to kèm tăng/giảm so với một thời điểm bất kỳ
  trước đó (--compare), ca mắc mới trong --from < t ≤ --to (mặc định từ --compare) theo huyện và theo nơi phát hiện,
  số ngày không ghi nhận ca mới.
phongdich report period [--kind week|month] [--date YYYY-MM-DD | --from YYYY-MM-DD --to YYYY-MM-DD] [--format …] [--out TỆP]
  Không có --compare: tuần hoặc tháng chứa ngày đó (mặc định hôm nay), hoặc từ..đến: số liệu so với kỳ trước, chuỗi
  theo ngày.
phongdich report review --to YYYY-MM-DD [--from YYYY-MM-DD] [--format …] [--out TỆP]
  Báo cáo hội nghị sơ kết theo đề cương Kế hoạch 67/KH-BCĐ: số liệu trong kỳ theo từng mục và bảng nhóm đối tượng
  cách ly × hình thức xử lý, mặc định từ đầu dịch.
phongdich report zoning --at YYYY-MM-DD [--compare YYYY-MM-DD] [--format …] [--out TỆP]
  Cấp độ dịch của mọi xã, huyện và toàn tỉnh ngày đó (docs/contracts/zoning.md), và các đơn vị đổi cấp độ so với --compare.
phongdich report capacity --cases N [--at THỜI_ĐIỂM_ISO] [--out TỆP]
  Kịch bản năng lực điều trị (docs/contracts/treatment.md): số giường cần theo tầng cho N ca cùng lúc so với giường có
  tại thời điểm đó (mặc định bây giờ); JSON.
phongdich report command --at THỜI_ĐIỂM_ISO [--from THỜI_ĐIỂM_ISO] [--format …] [--out TỆP]
  Nhiệm vụ, vật tư, kinh phí và an sinh xã hội đến --at; nhập/xuất trong --from < t ≤ --at (mặc định 24 giờ trước).
phongdich report cohort --origin MÃ --since YYYY-MM-DD --at THỜI_ĐIỂM_ISO [--format …] [--out TỆP]
  Người về từ một tỉnh (mã tỉnh, vd. 01 Hà Nội) hoặc từ nước ngoài (abroad) từ ngày đó, và đến --at: số đang cách ly
  theo hình thức, đã lấy mẫu, dương tính, âm tính, chờ kết quả (docs/contracts/period-report.md).
phongdich report residents --at THỜI_ĐIỂM_ISO [--format …] [--out TỆP]
  Người dân ở nước ngoài (tổng, đã về, dự kiến về theo nước) và người dân cách ly ở tỉnh khác.
phongdich report synthesis|situation|border --to THỜI_ĐIỂM_ISO [--compare THỜI_ĐIỂM_ISO] [--format …] [--out TỆP]
  Báo cáo theo mẫu của từng seed: synthesis (seed 000, Hậu Giang), situation (seed 001, Kiên Giang), border (seed
  004, Điện Biên) — số liệu đến --to so với --compare (mặc định 24 giờ trước), theo đề cương của mẫu; các mục cán bộ
  viết để trống tiêu đề (lập nháp trên ứng dụng web để viết và ban hành).
JSON và HTML in ra màn hình nếu không có --out; DOCX và XLSX cần --out hoặc chuyển hướng đầu ra.`,
};

export interface ReportOptions {
  at?: string;
  format?: string;
  out?: string;
  kind?: string;
  date?: string;
  from?: string;
  to?: string;
  compare?: string;
  cases?: string;
  origin?: string;
  since?: string;
}

const isDate = (s: string | undefined) => s === undefined || /^\d{4}-\d{2}-\d{2}$/.test(s);

/** Runs the report; returns what to print (nothing when written to --out, except a one-line summary). */
export async function reportCommand(
  db: Db,
  ctx: Ctx,
  which: string | undefined,
  o: ReportOptions,
): Promise<string | Buffer> {
  const format = (o.format ?? 'json') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format))
    throw invalid('format', 'bad_enum', { value: o.format ?? '', allowed: FORMATS.join(', ') });
  const seed = SEED_TEMPLATES.find((s) => s === which);
  if (which !== 'command' && which !== 'period' && !seed)
    for (const f of ['date', 'from', 'to', 'compare'] as const)
      if (!isDate(o[f])) throw invalid(f, 'bad_date', { value: o[f]! });
  let body: string | Buffer;
  if (which === 'daily') {
    const at = o.at ? parseInstant(o.at) : null;
    if (!at) throw invalid('at', o.at ? 'bad_instant' : 'required', { value: o.at ?? '' });
    body = format === 'json' ? JSON.stringify(await dailyReport(db, ctx, at)) : await dailyFile(db, ctx, at, format);
  } else if (which === 'period') {
    // --compare (or an instant as --to) asks for the report against an earlier instant, else the week/month one.
    const p = periodForm(o);
    if (p.form === 'compare')
      body =
        format === 'json'
          ? JSON.stringify(await periodComparison(db, ctx, p.q))
          : (await comparisonFile(db, ctx, p.q, format)).body;
    else
      body =
        format === 'json'
          ? JSON.stringify(await periodReport(db, ctx, p.q))
          : (await periodFile(db, ctx, p.q, format)).body;
  } else if (which === 'review') {
    const q = { from: o.from, to: o.to };
    body =
      format === 'json'
        ? JSON.stringify(await reviewReport(db, ctx, q))
        : (await reviewFile(db, ctx, q, format as FileFormat)).body;
  } else if (which === 'zoning') {
    if (!o.at || !isDate(o.at)) throw invalid('at', o.at ? 'bad_date' : 'required', { value: o.at ?? '' });
    const z = await zoningReport(db, ctx, o.at, o.compare);
    body = format === 'json' ? JSON.stringify(z) : await renderFile(await zoningDocument(db, ctx, z), format);
  } else if (which === 'capacity') {
    const cases = Number(o.cases);
    if (!o.cases || !/^\d+$/.test(o.cases) || !Number.isSafeInteger(cases))
      throw invalid('cases', o.cases ? 'bad_integer' : 'required', { value: o.cases ?? '', range: '≥ 0' });
    const at = o.at ? parseInstant(o.at) : new Date();
    if (!at) throw invalid('at', 'bad_instant', { value: o.at ?? '' });
    body = JSON.stringify(await capacityScenario(db, ctx, cases, at));
  } else if (which === 'command') {
    const at = o.at ? parseInstant(o.at) : null;
    if (!at) throw invalid('at', o.at ? 'bad_instant' : 'required', { value: o.at ?? '' });
    const from = o.from ? parseInstant(o.from) : undefined;
    if (from === null) throw invalid('from', 'bad_instant', { value: o.from! });
    body =
      format === 'json'
        ? JSON.stringify(await commandSummary(db, ctx, at, from))
        : (await commandFile(db, ctx, at, from, format)).body;
  } else if (seed) {
    body = await seedCommand(db, ctx, seed, o, format);
  } else if (which === 'cohort') {
    const q = { origin: o.origin, since: o.since, at: o.at };
    body =
      format === 'json' ? JSON.stringify(await arrivalCohort(db, ctx, q)) : (await cohortFile(db, ctx, q, format)).body;
  } else if (which === 'residents') {
    const at = reportInstant(o.at);
    body =
      format === 'json'
        ? JSON.stringify(await residentsReport(db, ctx, at))
        : (await residentsFile(db, ctx, at, format)).body;
  } else {
    throw invalid('report', 'bad_enum', {
      value: which ?? '',
      allowed: `daily, period, review, zoning, capacity, command, cohort, residents, ${SEED_TEMPLATES.join(', ')}`,
    });
  }
  if (!o.out) return body;
  writeFileSync(o.out, body);
  return JSON.stringify({ out: o.out, format, bytes: Buffer.byteLength(body) });
}

/** `report synthesis|situation|border --to T [--compare C]`: the template's JSON or its file. */
async function seedCommand(
  db: Db,
  ctx: Ctx,
  template: SeedTemplateName,
  o: ReportOptions,
  format: (typeof FORMATS)[number],
): Promise<string | Buffer> {
  const to = o.to ? parseInstant(o.to) : null;
  if (!to) throw invalid('to', o.to ? 'bad_instant' : 'required', { value: o.to ?? '' });
  const compare = o.compare ? parseInstant(o.compare) : defaultCompare(to);
  if (!compare) throw invalid('compare', 'bad_instant', { value: o.compare! });
  if (compare > to) throw invalid('compare', 'compare_after_to', { compare: o.compare!, to: o.to! });
  const r = await seedReport(db, ctx, template, to, compare);
  return format === 'json' ? JSON.stringify(r) : seedFile(db, ctx, r, format);
}
