// The residents report (src/residents/service.ts; seed 000 "14.659 người ở nước ngoài, 3.169 đã về …", "93 người
// cách ly ở tỉnh khác: 51 đã xong, 42 đang cách ly") as a report document, rendered like every report.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { fill } from '../shared/i18n.ts';
import { residentsReport } from '../residents/service.ts';
import type { ResidentsReport } from '../residents/schemas.ts';
import { areaName } from '../entry/origin.ts';
import { tenantGeography } from '../entry/followups.ts';
import type { Cell, ReportDocument } from './document.ts';
import { formatCutoff, formatNumber, vnParts } from './format.ts';
import { renderFile, type FileFormat } from './service.ts';
import { reportScope, templateOf } from './template.ts';
import { reportText } from './text.ts';

export async function residentsDocument(db: Db, ctx: Ctx, r: ResidentsReport): Promise<ReportDocument> {
  const lang = ctx.lang,
    text = reportText(lang),
    v = text.residents;
  const n = (x: number) => formatNumber(x, lang);
  const template = await templateOf(db, ctx.province, await reportScope(db, ctx));
  const geography = await tenantGeography(db, ctx);
  const regions = new Intl.DisplayNames([lang], { type: 'region' });
  const country = (code: string) => {
    try {
      return regions.of(code) ?? code;
    } catch {
      return code; // not a region Intl knows
    }
  };
  const expected = r.abroad.expected_by_country.reduce((s, c) => s + c.count, 0);
  const held = (k: 'completed' | 'current') => r.held_elsewhere.reduce((s, h) => s + h[k], 0);
  const a = v.abroad,
    h = v.held;
  return {
    lang,
    type: text.type,
    title: v.title,
    subtitle: fill(v.subtitle, { at: formatCutoff(new Date(r.at), lang) }),
    header: { ...template, symbol: null, date: null },
    info: [
      [v.info.province, ctx.province],
      [v.info.at, r.at],
    ],
    sections: [
      {
        level: 1,
        title: a.heading,
        sheet: a.sheet,
        paragraphs: [
          fill(a.summary, { total: n(r.abroad.total), returned: n(r.abroad.returned), expected: n(expected) }),
        ],
        table: {
          columns: [a.code, a.country, a.expected],
          rows: [
            ...r.abroad.expected_by_country.map((c): Cell[] => [c.country, country(c.country), c.count]),
            [v.total, '', expected],
          ],
        },
      },
      {
        level: 1,
        title: h.heading,
        sheet: h.sheet,
        paragraphs: [
          r.held_elsewhere.length
            ? fill(h.summary, {
                total: n(held('completed') + held('current')),
                completed: n(held('completed')),
                current: n(held('current')),
              })
            : h.none,
        ],
        ...(r.held_elsewhere.length === 0
          ? {}
          : {
              table: {
                columns: [h.code, h.province, h.completed, h.current],
                rows: [
                  ...r.held_elsewhere.map((p): Cell[] => [
                    p.province_code,
                    areaName('province', p.province_code, geography) ?? '',
                    p.completed,
                    p.current,
                  ]),
                  [v.total, '', held('completed'), held('current')],
                ],
              },
            }),
      },
    ],
  };
}

/** The report as a file: nguoi-dan-o-nuoc-ngoai-93-2020-03-27-0630.docx */
export async function residentsFile(db: Db, ctx: Ctx, at: Date, format: FileFormat) {
  const r = await residentsReport(db, ctx, at);
  const p = vnParts(at);
  const pad = (x: number) => String(x).padStart(2, '0');
  return {
    body: await renderFile(await residentsDocument(db, ctx, r), format),
    name: `nguoi-dan-o-nuoc-ngoai-${ctx.province}-${p.year}-${pad(p.month)}-${pad(p.day)}-${pad(p.hour)}${pad(p.minute)}.${format}`,
  };
}
