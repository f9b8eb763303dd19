// The zoning report (docs/contracts/zoning.md) as a document, and the zoning paragraph the daily and period reports
// carry in the seed's wording: "Toàn tỉnh nguy cơ cao (vùng cam); 7 huyện và 20 xã nguy cơ rất cao (vùng đỏ), …,
// so với ngày 01/09/2021 chưa có thay đổi."
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { fill, type Lang } from '../shared/i18n.ts';
import type { ZoningReport, ZoningUnit } from '../zoning/schemas.ts';
import type { Cell, ReportDocument, Section } from './document.ts';
import { formatDay } from './format.ts';
import { reportText } from './text.ts';
import { reportScope, templateOf } from './template.ts';

const LEVELS = [4, 3, 2, 1] as const;

function levelName(z: ZoningReport, level: number | null, lang: Lang): string {
  return level === null ? '—' : reportText(lang).zoning.levels[z.rule_set.method][level as 1 | 2 | 3 | 4];
}

/** The zoning sentence: the province's level, districts and communes by level, and the change since compare_at. */
export function zoningParagraph(z: ZoningReport, lang: Lang): string {
  const text = reportText(lang).zoning;
  const province =
    z.province.level === null
      ? text.province_unknown
      : fill(text.province, { level: levelName(z, z.province.level, lang) });
  const byLevel = LEVELS.flatMap((l) => {
    const d = z.counts.districts[l],
      w = z.counts.wards[l];
    if (!d && !w) return [];
    const units = [d ? fill(text.districts, { n: d }) : '', w ? fill(text.wards, { n: w }) : '']
      .filter(Boolean)
      .join(text.and);
    return [`${units} ${levelName(z, l, lang)}`];
  });
  let sentence = byLevel.length ? `${province}; ${byLevel.join(', ')}` : province;
  if (z.compare_at) {
    const date = formatDay(z.compare_at);
    const names = new Map([z.province, ...z.districts, ...z.wards].map((u) => [u.unit_code, u.name]));
    const list = z.changed
      .map((c) =>
        fill(text.change, { name: names.get(c.unit_code) ?? c.unit_code, from: c.from ?? '—', to: c.to ?? '—' }),
      )
      .join(', ');
    sentence +=
      ', ' +
      (z.changed.length ? fill(text.changed, { date, n: z.changed.length, list }) : fill(text.unchanged, { date }));
  }
  return sentence + '.';
}

/** The zoning paragraph as a numbered item of a report. */
export function zoningSection(z: ZoningReport, lang: Lang): Section {
  return { level: 2, title: reportText(lang).zoning.section, paragraphs: [zoningParagraph(z, lang)] };
}

function unitRows(units: ZoningUnit[], lang: Lang): Cell[][] {
  const text = reportText(lang).zoning;
  return units.map((u) => [
    u.unit_code,
    u.name,
    u.level,
    u.computed_level,
    u.decision
      ? fill(text.source.decision, { number: u.decision.decision_number ?? '', from: formatDay(u.decision.from_date) })
      : text.source.computed,
    u.community_cases_7d,
    u.rate_per_100k,
    u.coverage_dose1_18plus_pct,
    u.coverage_full_50plus_pct,
    u.measures.map((m) => text.measures[m]).join(', '),
  ]);
}

export async function zoningDocument(db: Db, ctx: Ctx, z: ZoningReport): Promise<ReportDocument> {
  const text = reportText(ctx.lang),
    zt = text.zoning,
    c = zt.columns;
  const template = await templateOf(db, ctx.province, await reportScope(db, ctx));
  const columns = [c.code, c.name, c.level, c.computed, c.source, c.cases, c.rate, c.dose1, c.full50, c.measures];
  const names = new Map([z.province, ...z.districts, ...z.wards].map((u) => [u.unit_code, u.name]));
  const sections: Section[] = [
    { level: 1, title: zt.section.toLocaleUpperCase('vi'), paragraphs: [zoningParagraph(z, ctx.lang)] },
    {
      level: 2,
      title: zt.district_table,
      sheet: zt.sheets.districts,
      table: { columns, rows: unitRows([z.province, ...z.districts], ctx.lang) },
    },
    { level: 2, title: zt.ward_table, sheet: zt.sheets.wards, table: { columns, rows: unitRows(z.wards, ctx.lang) } },
  ];
  if (z.compare_at)
    sections.push({
      level: 2,
      title: zt.changed_table,
      sheet: zt.sheets.changed,
      table: {
        columns: [c.code, c.name, c.from, c.to],
        rows: z.changed.map((ch) => [ch.unit_code, names.get(ch.unit_code) ?? '', ch.from, ch.to]),
      },
    });
  return {
    lang: ctx.lang,
    type: text.type,
    title: zt.title,
    subtitle: fill(zt.subtitle, { at: formatDay(z.at) }),
    header: { ...template, symbol: null, date: null },
    info: [
      [zt.info.province, z.province_code],
      [zt.info.at, z.at],
      [zt.info.compare, z.compare_at ?? '—'],
      [zt.info.rule_set, z.rule_set.effective_from ?? '—'],
    ],
    sections,
  };
}
