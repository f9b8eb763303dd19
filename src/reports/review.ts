// The review-conference report of seed 003 (plan 67/KH-BCĐ, its appendix "Đề cương báo cáo"): the outline's parts
// and items in order, each item the records can speak to filled from them for the period from..to, the rest (and
// every assessment, lesson and proposal) a heading with room for the officer's text. No figure is defined here: the
// period report (./period-compare.ts, from 00:00 of `from` to 24:00 of `to`), the entry counts, the command summary
// and the quarantine module's table subject group × handling (src/quarantine/review.ts) give them all. An item
// without records says so in words. "From the start of the epidemic" when no `from` is given.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { invalid } from '../shared/errors.ts';
import { fill } from '../shared/i18n.ts';
import { parseDate, toVnIso } from '../shared/time.ts';
import { reviewTable as quarantineReview } from '../quarantine/review.ts';
import { quarantineText } from '../quarantine/text.ts';
import { entryCounts } from '../entry/counts.ts';
import { commandSummary } from '../command/summary.ts';
import { storeNames } from '../command/supplies.ts';
import { listZoningMeasures } from '../zoning/service.ts';
import { suppliesParagraphs } from './command-paragraphs.ts';
import { periodComparison } from './period-compare.ts';
import { figureAt } from './daily-document.ts';
import type { Cell, ReportDocument, Section } from './document.ts';
import { formatDay, formatNumber } from './format.ts';
import { renderFile, type FileFormat } from './service.ts';
import { reportScope, templateOf } from './template.ts';
import type { ReviewReport } from './schemas.ts';
import { reportText, type FigurePath } from './text.ts';

/** Viet Nam's first case was on 23/01/2020: a review "từ đầu dịch" counts from the start of that year. */
export const EPIDEMIC_START = '2020-01-01';

/** The period's days as asked (YYYY-MM-DD or DD/MM/YYYY), `from` defaulting to the start of the epidemic. */
export function reviewPeriod(q: { from?: string; to?: string }): { from: string; to: string } {
  const day = (field: 'from' | 'to', v: string | undefined) => {
    if (v === undefined || v === '') throw invalid(field, 'required');
    const d = parseDate(v);
    if (!d) throw invalid(field, 'bad_date', { value: v });
    return d;
  };
  const to = day('to', q.to),
    from = q.from === undefined ? EPIDEMIC_START : day('from', q.from);
  if (from > to) throw invalid('from', 'bad_period');
  return { from, to };
}

/** 00:00 of a Viet Nam day, and of the day after. */
const vnStart = (day: string) => new Date(`${day}T00:00:00+07:00`);
const vnEnd = (day: string) => new Date(vnStart(day).getTime() + 24 * 3600_000);

export async function reviewReport(db: Db, ctx: Ctx, q: { from?: string; to?: string }): Promise<ReviewReport> {
  const { from, to } = reviewPeriod(q);
  const start = vnStart(from),
    end = vnEnd(to);
  const [period, entry, command, measures, table] = [
    await periodComparison(db, ctx, { to: end, compare: start }),
    await entryCounts(db, ctx, { at: toVnIso(end), since: toVnIso(start) }),
    await commandSummary(db, ctx, end, start),
    await listZoningMeasures(db, ctx, { from, to }),
    await quarantineReview(db, ctx, { from, to }),
  ];
  const distancing = measures.filter((m) => DIRECTIVES.has(m.measure));
  return { province_code: ctx.province, from, to, period, entry, command, distancing, table };
}

/** The Prime Minister's distancing directives of item 8. */
const DIRECTIVES = new Set(['ct15', 'ct16', 'ct19']);

// The figures of item 7 (care) and of the added item on vaccination: stocks at the end, with their change in the
// period. The daily report's 24-hour figures say nothing of a period and are left out.
const CARE: FigurePath[] = [
  'cases.total',
  'cases.active',
  'cases.discharged',
  'cases.died',
  'cases.transferred_out',
  'quarantine.persons_cumulative',
  'quarantine.current.total',
  'quarantine.current.centralized',
  'quarantine.current.home',
  'quarantine.current.self_monitoring',
  'testing.samples_taken',
  'testing.negative',
  'testing.positive',
  'testing.invalid',
  'testing.pending',
  'treatment.in_facility',
  'treatment.at_home',
  'treatment.active_by_severity.severe',
  'treatment.active_by_severity.critical',
  'treatment.on_ventilator',
];
const VACCINATION: FigurePath[] = [
  'vaccination.doses',
  'vaccination.persons_dose1',
  'vaccination.persons_dose2',
  'vaccination.persons_dose3',
  'vaccination.coverage_dose1_18plus_pct',
];

export async function reviewDocument(db: Db, ctx: Ctx, r: ReviewReport): Promise<ReportDocument> {
  const lang = ctx.lang,
    text = reportText(lang),
    v = text.review;
  const n = (x: number) => formatNumber(x, lang);
  const template = await templateOf(db, ctx.province, await reportScope(db, ctx));
  const since = r.from === EPIDEMIC_START ? v.since_start : fill(v.since, { from: formatDay(r.from) });
  const span = { since, to: formatDay(r.to) };
  const { at_to: end, at_compare: start } = r.period;
  const room = [v.room, v.room];
  const orNone = (paragraphs: string[]) => (paragraphs.length ? paragraphs : [v.no_records]);
  const figures = (paths: FigurePath[]) => ({
    columns: [text.figures.columns.figure, fill(v.value, { to: formatDay(r.to) })],
    rows: paths.map((path): Cell[] => [
      text.figures.rows[path],
      {
        value: figureAt(end, path),
        previous: figureAt(start, path),
        unit: path.endsWith('_pct') ? '%' : undefined,
      },
    ]),
  });

  // 1. direction: the tasks of the directives registry
  const t = r.command.tasks;
  const direction = t.total
    ? [fill(v.tasks, { total: n(t.total), done: n(t.done), open: n(t.open), overdue: n(t.overdue) })]
    : [];

  // 2. resources: quarantine and treatment beds at the end, supplies, funds
  const qf = end.quarantine.by_facility,
    tiers = end.treatment.by_tier;
  const treatmentBeds = tiers['1'].beds + tiers['2'].beds + tiers['3'].beds;
  const funds = r.command.funds;
  const resources = [
    ...(qf.length
      ? [fill(v.facilities, { count: n(qf.length), beds: n(qf.reduce((s, f) => s + (f.beds ?? 0), 0)) })]
      : []),
    ...(treatmentBeds
      ? [
          fill(v.treatment_beds, {
            beds: n(treatmentBeds),
            tier1: n(tiers['1'].beds),
            tier2: n(tiers['2'].beds),
            tier3: n(tiers['3'].beds),
          }),
        ]
      : []),
    ...suppliesParagraphs(r.command, lang, await storeNames(db, ctx)),
    ...(funds.allocation || funds.donation || funds.spending
      ? [fill(v.funds, { allocation: n(funds.allocation), donation: n(funds.donation), spending: n(funds.spending) })]
      : []),
  ];

  // 3. communication: only the false information handled is recorded
  const falseInfo = r.entry.violations.false_information_online;
  const communication = [
    falseInfo
      ? fill(v.false_information, {
          count: n(falseInfo.count),
          fined: n(falseInfo.fined),
          fines: n(falseInfo.fines_vnd),
        })
      : v.no_records,
    v.campaigns_not_kept,
  ];

  // 4. border: illegal crossings found
  const illegal = r.entry.incidents.illegal_entry;
  const border = illegal ? [fill(v.illegal_entry, { cases: n(illegal.cases), people: n(illegal.people) })] : [];

  // 5. screening at entry points
  const e = r.entry,
    places = r.period.new_cases_by_detected_in;
  const screening = [
    ...(e.checkpoints.sites
      ? [fill(v.checkpoints, { sites: n(e.checkpoints.sites), staff: n(e.checkpoints.staff) })]
      : []),
    ...(e.crossings.entries || e.crossings.exits || e.declarations.total
      ? [
          fill(v.crossings, {
            entries: n(e.crossings.entries),
            exits: n(e.crossings.exits),
            rapid: n(e.crossings.rapid_tests),
            rapid_positive: n(e.crossings.rapid_positive),
            declarations: n(e.declarations.total),
            from_outbreak: n(e.declarations.from_outbreak_areas),
          }),
        ]
      : []),
    ...(places.entry ? [fill(v.entry_cases, { entry: n(places.entry) })] : []),
  ];

  // 6. tracing: the contacts at the end and the plan's table subject group × handling
  const c = quarantineText(lang).review.column; // the quarantine module's own table headers
  const tracing: Section = {
    level: 2,
    title: v.items.tracing,
    sheet: v.sheets.table,
    paragraphs: [fill(v.contacts, { f1: n(end.contacts.f1), f2: n(end.contacts.f2) })],
    table: {
      columns: [c.no, c.label, c.centralized, c.home, c.self_monitoring, c.total],
      rows: r.table.rows.map((row, i): Cell[] => [
        row.group === 'total' ? '' : String(i + 1),
        row.label,
        row.centralized,
        row.home,
        row.self_monitoring,
        row.total,
      ]),
    },
  };

  // 7. care: new cases in the period, then the figures at the end with their change
  const newCases = places.community + places.quarantine + places.entry;
  const anyCare = end.cases.total || end.quarantine.persons_cumulative || end.testing.samples_taken;
  const care: Section = anyCare
    ? {
        level: 2,
        title: v.items.care,
        sheet: v.sheets.care,
        paragraphs: [
          fill(v.new_cases, {
            total: n(newCases),
            community: n(places.community),
            quarantine: n(places.quarantine),
            entry: n(places.entry),
          }),
        ],
        table: figures(CARE),
      }
    : { level: 2, title: v.items.care, paragraphs: [v.no_records] };
  const vaccination: Section = end.vaccination.doses
    ? { level: 2, title: v.items.vaccination, sheet: v.sheets.vaccination, table: figures(VACCINATION) }
    : { level: 2, title: v.items.vaccination, paragraphs: [v.no_records] };

  // 8. distancing: the directives applied to an area on some day of the period
  const distancing = r.distancing.map((m) =>
    fill(v.directive, {
      measure: text.zoning.measures[m.measure],
      unit: m.unit_name,
      from: formatDay(m.from_date),
      until: m.to_date ? fill(v.until, { to: formatDay(m.to_date) }) : '',
      decision: m.decision_number ? fill(v.decision, { number: m.decision_number }) : '',
    }),
  );

  const item = (title: string, paragraphs: string[]): Section => ({ level: 2, title, paragraphs });
  return {
    lang,
    type: text.type,
    title: v.title,
    subtitle: fill(v.span, span),
    header: { ...template, symbol: null, date: null },
    info: [
      [v.info.province, r.province_code],
      [v.info.from, r.from],
      [v.info.to, r.to],
    ],
    sections: [
      { level: 1, title: v.parts.situation, paragraphs: room },
      { level: 1, title: v.parts.results, paragraphs: [fill(v.milestone, span)] },
      item(v.items.direction, [...orNone(direction), ...room]),
      item(v.items.resources, [...orNone(resources), ...room]),
      item(v.items.communication, [...communication, ...room]),
      item(v.items.border, [...orNone(border), ...room]),
      item(v.items.screening, [...orNone(screening), ...room]),
      tracing,
      care,
      item(v.items.distancing, [...orNone(distancing), ...room]),
      vaccination,
      { level: 1, title: v.parts.assessment },
      item(v.items.strengths, room),
      item(v.items.weaknesses, room),
      { level: 1, title: v.parts.next, paragraphs: room },
      { level: 1, title: v.parts.proposals, paragraphs: room },
    ],
  };
}

export async function reviewFile(db: Db, ctx: Ctx, q: { from?: string; to?: string }, format: FileFormat) {
  const r = await reviewReport(db, ctx, q);
  return {
    body: await renderFile(await reviewDocument(db, ctx, r), format),
    name: `hoi-nghi-so-ket-${ctx.province}-${r.from}-${r.to}.${format}`,
  };
}
