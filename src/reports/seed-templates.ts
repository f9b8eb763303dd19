// Report templates per seed: the synthesis report of seed 000 (Hậu Giang, drafted at 9h and 15h), the situation
// report of seed 001 (Kiên Giang 04-BC/BCĐ) and the report of seed 004 (Điện Biên). A template is its JSON — the
// modules' own reports at the cut-off T and the period report against C (`seedReport`) — and its outline, in the
// seed's order and wording (`seedDocument`): parts whose sentences carry numbers from that JSON only, and parts the
// officer writes (the draft's narrative, one entry per such part, in order). A part with no records says so.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { fill, type Lang } from '../shared/i18n.ts';
import { toVnIso } from '../shared/time.ts';
import { zoningReport } from '../zoning/service.ts';
import { entryCounts } from '../entry/counts.ts';
import { areaName } from '../entry/origin.ts';
import { residentsReport } from '../residents/service.ts';
import { listAreas } from '../entry/followups.ts';
import { arrivalCohort } from '../entry/cohorts.ts';
import { supplySummary } from '../vaccination/supply.ts';
import { quarantineSplits } from '../quarantine/splits.ts';
import { commandSummary } from '../command/summary.ts';
import { storeNames } from '../command/supplies.ts';
import { listRounds } from '../testing/screening.ts';
import { periodComparison } from './period-compare.ts';
import { DAY_MS } from './daily.ts';
import { paragraphs, sentenceCase, type NarrativeSection } from './daily-document.ts';
import type { Header, ReportDocument, Section } from './document.ts';
import { facilityNames, renderFile, type FileFormat } from './files.ts';
import { reportScope, templateOf } from './template.ts';
import { formatCutoff, formatDay, formatNumber, formatChange, vnParts } from './format.ts';
import { suppliesParagraphs, supportParagraphs } from './command-paragraphs.ts';
import { zoningParagraph } from './zoning.ts';
import { reportText, type ReportText } from './text.ts';
import { REPORT_TEMPLATES, type SeedReport, type SeedTemplateName } from './schemas.ts';

/** The records each template reads, beyond the period report every one of them carries. */
const NEEDS: Record<
  SeedTemplateName,
  {
    zoning?: true;
    screening?: true;
    entry?: 'at' | 'period';
    residents?: true;
    arrivals?: true;
    supply?: true;
    splits?: true;
  }
> = {
  situation: { zoning: true, screening: true, entry: 'at' },
  synthesis: { entry: 'at', residents: true, splits: true },
  border: { entry: 'period', arrivals: true, supply: true },
};

/**
 * The figures of a template at T against C, over the actor's jurisdiction (`ctx.wards`): every number of its
 * document is one of these, each computed by its module.
 */
export async function seedReport(
  db: Db,
  ctx: Ctx,
  template: SeedTemplateName,
  to: Date,
  compare: Date,
): Promise<SeedReport> {
  const need = NEEDS[template];
  const at = toVnIso(to),
    since = toVnIso(compare);
  return {
    template,
    period: await periodComparison(db, ctx, { to, compare }),
    zoning: need.zoning ? await zoningReport(db, ctx, at.slice(0, 10), since.slice(0, 10)) : null,
    screening: need.screening ? await listRounds(db, ctx, to) : null,
    entry: need.entry ? await entryCounts(db, ctx, need.entry === 'period' ? { at, since } : { at }) : null,
    residents: need.residents ? await residentsReport(db, ctx, to) : null,
    arrivals: need.arrivals ? await outbreakArrivals(db, ctx, at) : null,
    splits: need.splits ? await splitsAt(db, ctx, to) : null,
    supply: need.supply ? (await supplySummary(db, ctx, at.slice(0, 10))).total : null,
    command: await commandSummary(db, ctx, to, compare),
  };
}

/**
 * The arrivals from each province on the hand-kept outbreak list on T's day, since the day it was listed: the
 * arrival cohorts of src/entry/cohorts.ts. Countries are left out (the cohort counts "abroad" as one origin), as are
 * districts and wards of other provinces (a cohort's origin is a province).
 */
async function outbreakArrivals(db: Db, ctx: Ctx, at: string): Promise<SeedReport['arrivals']> {
  const areas = (await listAreas(db, ctx, { on: at.slice(0, 10) })).filter((a) => a.level === 'province');
  const out: NonNullable<SeedReport['arrivals']> = [];
  for (const a of areas.sort((x, y) => x.area_code.localeCompare(y.area_code)))
    out.push({ name: a.name, ...(await arrivalCohort(db, ctx, { origin: a.area_code, since: a.effective_from, at })) });
  return out;
}

async function splitsAt(db: Db, ctx: Ctx, to: Date): Promise<SeedReport['splits']> {
  const { centralized, home } = await quarantineSplits(db, ctx, to);
  return { centralized, home };
}

/** Names the sentences use for the codes of the JSON. */
export interface SeedNames {
  facilities: Record<string, string>;
  districts: Record<string, string>;
  stores: Record<string, string>;
}

export async function seedNames(db: Db, ctx: Ctx): Promise<SeedNames> {
  const districts = await db.query<{ code: string; name: string }>(
    `SELECT code, name FROM admin_units WHERE province_code = $1 AND geography = '2024' AND level = 'district'`,
    [ctx.province],
  );
  return {
    facilities: await facilityNames(db, ctx.province),
    districts: Object.fromEntries(districts.map((d) => [d.code, d.name])),
    stores: await storeNames(db, ctx),
  };
}

interface Inputs {
  r: SeedReport;
  lang: Lang;
  text: ReportText['seed'];
  at: { to: string; compare: string; from: string };
  n: (x: number | null) => string;
  names: SeedNames;
  /** The issuing body as the first words of a sentence. */
  issuer: string;
}

/** A part of a template's outline: sentences from the figures, or a heading the officer writes under. */
type Part = { level: 1 | 2; title: string } & ({ body?: (x: Inputs) => string[] } | { narrative: true });

const isNarrative = (p: Part): p is Part & { narrative: true } => 'narrative' in p;

/** "tăng 867", "giảm 5", "không thay đổi" */
function change(x: Inputs, now: number, then: number): string {
  const d = now - then;
  if (d === 0) return x.text.change.same;
  return fill(d > 0 ? x.text.change.up : x.text.change.down, { n: x.n(Math.abs(d)) });
}

const noData = (x: Inputs, what: keyof ReportText['seed']['what']) =>
  fill(x.text.no_data, { what: x.text.what[what], to: x.at.to });

/** "981 ca (+79)": a figure at T, its unit, and its change since C. */
const withChange = (x: Inputs, path: (f: SeedReport['period']['at_to']) => number, unit: string) =>
  `${x.n(path(x.r.period.at_to))} ${unit} (${formatChange(path(x.r.period.at_to) - path(x.r.period.at_compare), x.lang)})`;

function vaccination(x: Inputs): string[] {
  const v = x.r.period.at_to.vaccination;
  if (v.doses === 0) return [noData(x, 'vaccination')];
  const coverage =
    v.coverage_dose1_18plus_pct === null ? '' : fill(x.text.coverage, { pct: x.n(v.coverage_dose1_18plus_pct) });
  return [
    fill(x.text.vaccination, {
      doses: withChange(x, (f) => f.vaccination.doses, x.text.units.doses),
      dose1: withChange(x, (f) => f.vaccination.persons_dose1, x.text.units.persons),
      dose2: withChange(x, (f) => f.vaccination.persons_dose2, x.text.units.persons),
      coverage,
    }),
  ];
}

/** Seed 004: "Tổng số liều vắc xin được cấp … là 78.040 liều, … đã tiếp nhận về tỉnh là 68.550 liều. Tổng số mũi …". */
function vaccineSupply(x: Inputs): string[] {
  const s = x.r.supply;
  if (!s || (!s.allocated && !s.received)) return vaccination(x);
  return [
    fill(x.text.border.supply, {
      to: x.at.to,
      allocated: x.n(s.allocated),
      received: x.n(s.received),
      administered: x.n(s.administered),
      pct: x.n(s.administered_pct_of_received),
    }),
    ...vaccination(x),
  ];
}

/** Seed 000: "- Tại các Trung tâm Y tế: 06 (TTYT Ngã Bảy: 02, …)", "- Tại các khu cách ly tập trung khác: 180 (…)". */
function siteTypes(x: Inputs): string[] {
  return (x.r.splits?.centralized ?? [])
    .filter((g) => g.current > 0)
    .map((g) =>
      fill(x.text.synthesis.site_type[g.site_type], {
        n: x.n(g.current),
        list: g.facilities
          .filter((f) => f.current > 0)
          .map((f) => `${f.name}: ${x.n(f.current)}`)
          .join(x.text.list_end),
      }),
    );
}

/** Seed 000: "- Tại Công ty trong khu công nghiệp: 00", "- Người lao động ngoài khu công nghiệp: 00". */
function workplaces(x: Inputs): string[] {
  const home = x.r.splits?.home;
  if (!home) return [];
  const n = (type: 'industrial_zone' | 'other') => home.find((g) => g.workplace_type === type)?.current ?? 0;
  return [
    fill(x.text.synthesis.workplace.industrial_zone, { n: x.n(n('industrial_zone')) }),
    fill(x.text.synthesis.workplace.other, { n: x.n(n('other')) }),
  ];
}

function supplies(x: Inputs): string[] {
  const p = suppliesParagraphs(x.r.command, x.lang, x.names.stores);
  return p.length ? p : [noData(x, 'supplies')];
}

function zoning(x: Inputs): string[] {
  const z = x.r.zoning!;
  const levels = [z.province, ...z.districts, ...z.wards].some((u) => u.level !== null);
  return levels ? [zoningParagraph(z, x.lang)] : [noData(x, 'zoning')];
}

// ---- seed 001: Kiên Giang, báo cáo tình hình thực hiện công tác phòng, chống dịch --------------------------------

function situation(t: ReportText['seed']): Part[] {
  const p = t.situation.parts;
  return [
    { level: 1, title: p.epidemic, body: (x) => [fill(x.text.situation.intro, { ...x.at, issuer: x.issuer })] },
    { level: 2, title: p.national, narrative: true },
    {
      level: 2,
      title: p.province,
      body: (x) => {
        const c = x.r.period.at_to.cases,
          was = x.r.period.at_compare.cases,
          s = x.r.period.at_to.treatment.active_by_severity;
        return [
          fill(x.text.situation.cases, {
            ...x.at,
            total: x.n(c.total),
            change: change(x, c.total, was.total),
            discharged: withChange(x, (f) => f.cases.discharged, x.text.units.cases),
            died: withChange(x, (f) => f.cases.died, x.text.units.cases),
            active: withChange(x, (f) => f.cases.active, x.text.units.cases),
            severe: x.n(s.severe),
            critical: x.n(s.critical),
          }),
        ];
      },
    },
    { level: 1, title: p.command },
    { level: 2, title: p.directing, narrative: true },
    {
      level: 2,
      title: p.new_cases,
      body: (x) => {
        const s = x.text.situation;
        const top = x.r.period.new_cases_by_district
          .filter((d) => d.new > 0)
          .sort((a, b) => b.new - a.new || a.district_code.localeCompare(b.district_code))
          .map((d) => `${x.names.districts[d.district_code] ?? d.district_code} (+${x.n(d.new)})`);
        const places = x.r.period.new_cases_by_detected_in;
        const total = places.community + places.quarantine + places.entry;
        const rounds = x.r.screening!.filter((r) => r.sampled > 0);
        const entry = x.r.entry!.checkpoints;
        const support = supportParagraphs(x.r.command, x.lang);
        const spent = x.r.command.funds.spending;
        return [
          fill(s.new_cases, {
            ...x.at,
            total: x.n(total),
            top: top.length ? fill(s.top, { list: top.join(', ') }) : '',
          }),
          ...(rounds.length
            ? rounds.map((r) =>
                fill(s.screening, {
                  campaign: r.campaign,
                  round: r.round_no,
                  positive: x.n(r.positive),
                  sampled: x.n(r.sampled),
                  pct: formatNumber(r.positivity_pct, x.lang, 3),
                }),
              )
            : [noData(x, 'screening')]),
          ...vaccination(x),
          entry.sites
            ? fill(s.checkpoints, { sites: x.n(entry.sites), staff: x.n(entry.staff) })
            : noData(x, 'checkpoints'),
          ...(support.length ? support : [noData(x, 'support')]),
          spent ? fill(s.funds, { spending: x.n(spent) }) : noData(x, 'funds'),
        ];
      },
    },
    { level: 1, title: p.assessment },
    { level: 2, title: p.model, narrative: true },
    { level: 2, title: p.risk, body: zoning },
    { level: 2, title: p.trend, narrative: true },
    { level: 2, title: p.difficulties, narrative: true },
    { level: 1, title: p.tasks, narrative: true },
  ];
}

// ---- seed 000: Hậu Giang, báo cáo tổng hợp (9 giờ và 15 giờ) -----------------------------------------------------

function synthesis(t: ReportText['seed']): Part[] {
  const p = t.synthesis.parts;
  return [
    { level: 1, title: p.epidemic, body: (x) => [fill(x.text.synthesis.intro, { ...x.at, issuer: x.issuer })] },
    { level: 2, title: p.world, narrative: true },
    { level: 2, title: p.national, narrative: true },
    {
      level: 2,
      title: p.local,
      body: (x) => {
        const s = x.text.synthesis,
          f = x.r.period.at_to,
          q = f.quarantine;
        const types = siteTypes(x);
        const declared = x.r.entry!.declarations.total;
        return [
          f.cases.total ? fill(s.cases, { total: x.n(f.cases.total), active: x.n(f.cases.active) }) : s.no_case,
          fill(s.monitored, {
            cumulative: x.n(q.persons_cumulative),
            new: x.n(q.new),
            completed: x.n(q.completed),
          }),
          fill(s.current, { total: x.n(q.current.total) }),
          fill(s.centralized, { n: x.n(q.current.centralized) }) + (types.length ? ' ' + s.by_site : ''),
          ...types,
          fill(s.home, { n: x.n(q.current.home) }),
          ...workplaces(x),
          fill(s.self_monitoring, { n: x.n(q.current.self_monitoring) }),
          f.testing.samples_taken
            ? fill(s.samples, {
                taken: x.n(f.testing.samples_taken),
                negative: x.n(f.testing.negative),
                positive: x.n(f.testing.positive),
                pending: x.n(f.testing.pending),
              })
            : noData(x, 'samples'),
          declared ? fill(s.declarations, { n: x.n(declared) }) : noData(x, 'declarations'),
          fill(x.text.no_source, { list: s.local_missing }),
        ];
      },
    },
    {
      level: 2,
      title: p.held,
      body: (x) => {
        const s = x.text.synthesis,
          held = x.r.residents!.held_elsewhere;
        const province = (c: string) => areaName('province', c) ?? c;
        const done = held.filter((h) => h.completed > 0),
          now = held.filter((h) => h.current > 0);
        const sum = (k: 'completed' | 'current') => held.reduce((a, h) => a + h[k], 0);
        if (!held.length) return [noData(x, 'held')];
        return [
          fill(s.held, { total: x.n(sum('completed') + sum('current')) }),
          fill(s.held_done, {
            n: x.n(sum('completed')),
            where: done.length
              ? fill(s.held_where, { list: done.map((h) => province(h.province_code)).join(', ') })
              : '',
          }),
          fill(s.held_current, {
            n: x.n(sum('current')),
            list: now.length
              ? fill(s.held_list, {
                  list: now.map((h) => `${province(h.province_code)}: ${x.n(h.current)}`).join(x.text.list_end),
                })
              : '',
          }),
        ];
      },
    },
    {
      level: 2,
      title: p.abroad,
      body: (x) => {
        const s = x.text.synthesis,
          a = x.r.residents!.abroad;
        if (a.total + a.returned === 0) return [noData(x, 'abroad')];
        const regions = new Intl.DisplayNames([x.lang], { type: 'region' });
        const expected = a.expected_by_country.reduce((sum, c) => sum + c.count, 0);
        return [
          fill(s.abroad, { total: x.n(a.total), returned: x.n(a.returned) }),
          fill(s.expected, {
            n: x.n(expected),
            list: expected
              ? fill(s.expected_list, {
                  list: a.expected_by_country
                    .map((c) => `${regions.of(c.country) ?? c.country}: ${x.n(c.count)}`)
                    .join(x.text.list_end),
                })
              : '',
          }),
        ];
      },
    },
    { level: 1, title: p.directives, narrative: true },
    { level: 1, title: p.activities, narrative: true },
    {
      level: 2,
      title: p.logistics,
      body: (x) => {
        const f = x.r.command.funds;
        return [
          ...supplies(x),
          f.allocation || f.donation || f.spending
            ? fill(x.text.synthesis.funds, {
                allocation: x.n(f.allocation),
                donation: x.n(f.donation),
                spending: x.n(f.spending),
              })
            : noData(x, 'funds'),
        ];
      },
    },
    { level: 1, title: p.remarks, narrative: true },
    { level: 1, title: p.outlook, narrative: true },
    { level: 1, title: p.focus, narrative: true },
    { level: 1, title: p.proposals, narrative: true },
  ];
}

// ---- seed 004: Điện Biên, tình hình, kiểm soát biên giới và người đến -------------------------------------------

function border(t: ReportText['seed']): Part[] {
  const p = t.border.parts;
  return [
    {
      level: 1,
      title: p.epidemic,
      body: (x) => {
        const b = x.text.border,
          r = x.r.period,
          c = r.at_to.cases;
        const districts = r.new_cases_by_district.filter((d) => d.new > 0).length;
        const places = r.new_cases_by_detected_in;
        return [
          fill(b.intro, { ...x.at, issuer: x.issuer }),
          fill(b.wave, {
            ...x.at,
            new: x.n(places.community + places.quarantine + places.entry),
            districts: districts ? fill(b.districts, { n: x.n(districts) }) : '',
          }),
          fill(b.status, {
            ...x.at,
            total: x.n(c.total),
            discharged: x.n(c.discharged),
            died: x.n(c.died),
            active: x.n(c.active),
          }),
          lastCase(x),
        ];
      },
    },
    { level: 1, title: p.outlook, narrative: true },
    { level: 1, title: p.activities },
    { level: 2, title: p.directing, narrative: true },
    { level: 2, title: p.border, body: borderControl },
    { level: 2, title: p.arrivals, body: arrivals },
    {
      level: 2,
      title: p.testing,
      body: (x) => {
        const f = x.r.period.at_to.testing;
        if (!f.samples_taken) return [noData(x, 'samples')];
        return [
          fill(x.text.border.testing, {
            ...x.at,
            taken: withChange(x, (g) => g.testing.samples_taken, x.text.units.samples),
            positive: withChange(x, (g) => g.testing.positive, x.text.units.samples),
            negative: withChange(x, (g) => g.testing.negative, x.text.units.samples),
            pending: withChange(x, (g) => g.testing.pending, x.text.units.samples),
          }),
        ];
      },
    },
    {
      level: 2,
      title: p.quarantine,
      body: (x) => {
        const q = x.r.period.at_to.quarantine;
        if (!q.persons_cumulative && !q.by_facility.length) return [noData(x, 'quarantine')];
        return [
          fill(x.text.border.quarantine, {
            facilities: x.n(q.by_facility.length),
            active: x.n(q.by_facility.filter((b) => b.current > 0).length),
            cumulative: x.n(q.persons_cumulative),
            current: x.n(q.current.total),
            centralized: x.n(q.current.centralized),
            home: x.n(q.current.home),
            self_monitoring: x.n(q.current.self_monitoring),
          }),
          fill(x.text.no_source, { list: x.text.border.quarantine_missing }),
        ];
      },
    },
    { level: 2, title: p.resources, body: supplies },
    { level: 2, title: p.vaccination, body: vaccineSupply },
    { level: 1, title: p.next, narrative: true },
  ];
}

/** "Đã 64 ngày không ghi nhận ca mắc mới (ca gần nhất ngày 29/05/2021)." — the period report's wording. */
function lastCase(x: Inputs): string {
  const c = reportText(x.lang).comparison,
    days = x.r.period.days_since_last_case;
  if (days === null) return c.no_case;
  const p = vnParts(new Date(new Date(x.r.period.to).getTime() - days * DAY_MS));
  const day = formatDay(`${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`);
  return days === 0 ? fill(c.last_case_today, { day }) : fill(c.last_case, { days: x.n(days), day });
}

/** Seed 004's g): "Tổng số người về từ thành phố Hà Nội tính từ 20/7/2021 đến nay: có 2.941 người …". */
function arrivals(x: Inputs): string[] {
  const list = x.r.arrivals ?? [];
  if (!list.length) return [noData(x, 'arrivals')];
  return list.map((a) =>
    fill(x.text.border.arrivals, {
      area: a.name,
      since: formatDay(a.since),
      to: x.at.to,
      arrived: x.n(a.arrived),
      managed: x.n(a.under_management),
      sampled: x.n(a.sampled),
      negative: x.n(a.negative),
      positive: x.n(a.positive),
      pending: x.n(a.pending),
      centralized: x.n(a.centralized),
      home: x.n(a.home),
      self_monitoring: x.n(a.self_monitoring),
    }),
  );
}

/** Checkpoints and teams at T; incidents, declarations, arrivals and violations over C < t ≤ T. */
function borderControl(x: Inputs): string[] {
  const b = x.text.border,
    e = x.r.entry!;
  const regions = new Intl.DisplayNames([x.lang], { type: 'region' });
  const out: string[] = [];
  const k = e.checkpoints;
  if (k.sites) {
    const sites = (f: (r: (typeof k.by_kind)[number]) => boolean) =>
      k.by_kind.filter(f).reduce((s, r) => s + r.sites, 0);
    const byBorder = new Map<string, number>();
    for (const r of k.by_kind) if (r.border) byBorder.set(r.border, (byBorder.get(r.border) ?? 0) + r.sites);
    const lines = [...byBorder].map(([c, n]) => fill(b.border_line, { country: regions.of(c) ?? c, n: x.n(n) }));
    out.push(
      fill(b.teams, {
        sites: x.n(k.sites),
        fixed: x.n(sites((r) => r.mobility === 'fixed')),
        mobile: x.n(sites((r) => r.mobility === 'mobile')),
        staff: x.n(k.staff),
        borders: lines.length ? fill(b.borders, { list: lines.join(', ') }) : '',
      }),
    );
  } else out.push(noData(x, 'checkpoints'));
  const incidents = Object.entries(e.incidents);
  out.push(
    incidents.length
      ? fill(b.incidents, {
          ...x.at,
          list: incidents
            .map(([kind, v]) =>
              fill(b.incident, {
                kind: b.incident_kinds[kind as keyof typeof b.incident_kinds] ?? kind,
                cases: x.n(v.cases),
                people: x.n(v.people),
              }),
            )
            .join(x.text.list_end),
        })
      : noData(x, 'incidents'),
  );
  const c = e.crossings;
  if (e.declarations.total || c.entries) {
    out.push(
      fill(b.declarations, {
        ...x.at,
        total: x.n(e.declarations.total),
        outbreak: x.n(e.declarations.from_outbreak_areas),
      }),
      fill(b.crossings, {
        entries: x.n(c.entries),
        modes: Object.entries(c.by_mode)
          .filter(([, v]) => v.entries > 0)
          .map(([m, v]) => fill(b.mode, { mode: b.modes[m as keyof typeof b.modes] ?? m, n: x.n(v.entries) }))
          .join(', '),
        tests: x.n(c.rapid_tests),
        positive: x.n(c.rapid_positive),
      }),
    );
  } else out.push(noData(x, 'entry'));
  const violations = Object.entries(e.violations);
  out.push(
    violations.length
      ? fill(b.violations, {
          list: violations
            .map(([kind, v]) =>
              fill(b.violation, {
                kind: b.violation_kinds[kind as keyof typeof b.violation_kinds] ?? kind,
                n: x.n(v.count),
              }),
            )
            .join(x.text.list_end),
        })
      : noData(x, 'violations'),
  );
  return out;
}

const OUTLINES: Record<SeedTemplateName, (t: ReportText['seed']) => Part[]> = { situation, synthesis, border };

/** The headings a new draft of a template starts with: its parts the officer writes, in order. */
export function seedNarrativeTitles(template: SeedTemplateName, lang: Lang = 'vi'): string[] {
  return OUTLINES[template](reportText(lang).seed)
    .filter(isNarrative)
    .map((p) => p.title);
}

/**
 * A template's document: its outline with the figures' sentences, the narrative in the parts the officer writes
 * (a part left with neither heading nor text is dropped), and narrative beyond the outline as further parts.
 */
export function seedDocument(
  r: SeedReport,
  header: Header,
  title: string,
  narrative: NarrativeSection[],
  lang: Lang,
  names: SeedNames,
): ReportDocument {
  const text = reportText(lang).seed;
  const to = new Date(r.period.to),
    compare = new Date(r.period.compare_at);
  const at = {
    to: formatCutoff(to, lang),
    compare: formatCutoff(compare, lang),
    from: formatCutoff(new Date(r.period.from), lang),
  };
  const x: Inputs = {
    r,
    lang,
    text,
    at,
    n: (v) => formatNumber(v, lang),
    names,
    issuer: sentenceCase(header.issuing_body),
  };
  const written = [...narrative];
  const heading = (level: 1 | 2, s: string) => (level === 1 ? s.toLocaleUpperCase('vi') : s);
  const sections: Section[] = [];
  for (const part of OUTLINES[r.template](text)) {
    if (isNarrative(part)) {
      const n = written.shift() ?? { title: part.title, text: '' };
      if (!n.title.trim() && !n.text.trim()) continue;
      sections.push({
        level: part.level,
        title: heading(part.level, n.title.trim()),
        paragraphs: paragraphs(n.text),
        sheet: part.title,
      });
    } else {
      const body = part.body?.(x);
      sections.push({ level: part.level, title: part.title, paragraphs: body, sheet: body && part.title });
    }
  }
  for (const n of written.filter((w) => w.title.trim() || w.text.trim()))
    sections.push({ level: 1, title: heading(1, n.title.trim()), paragraphs: paragraphs(n.text), sheet: n.title });
  return {
    lang,
    type: text.type[r.template],
    title,
    subtitle: fill(text.subtitle, at),
    header,
    sections,
    info: [
      [text.info.template, text.names[r.template]],
      [text.info.to, r.period.to],
      [text.info.compare, r.period.compare_at],
    ],
    closing:
      lang === 'vi'
        ? `Trên đây là báo cáo tình hình dịch bệnh COVID-19 của ${sentenceCase(header.issuing_body, false)}./.`
        : undefined,
  };
}

/** The default compare instant of a draft: 24 hours before its cut-off, as the daily report. */
export const defaultCompare = (to: Date) => new Date(to.getTime() - DAY_MS);

export const SEED_TEMPLATES = REPORT_TEMPLATES.filter((t): t is SeedTemplateName => t !== 'daily');

/** A template as a file under the actor's jurisdiction template: unnumbered, its written parts left as headings. */
export async function seedFile(db: Db, ctx: Ctx, r: SeedReport, format: FileFormat): Promise<Buffer> {
  const template = await templateOf(db, ctx.province, await reportScope(db, ctx));
  const header = { ...template, symbol: null, date: null };
  return renderFile(seedDocument(r, header, template.title, [], ctx.lang, await seedNames(db, ctx)), format);
}
