// The daily report JSON → the document the renderers draw: the figures by section with their changes, the
// officer's narrative, and the official header of the jurisdiction's template.
import { fill, type Lang } from '../shared/i18n.ts';
import type { DailyReport } from './daily.ts';
import type { Figures } from './figures.ts';
import type { Cell, Header, ReportDocument, Section } from './document.ts';
import { formatCutoff } from './format.ts';
import { reportText, type FigurePath, type ReportText } from './text.ts';
import type { ZoningReport } from '../zoning/schemas.ts';
import { zoningSection } from './zoning.ts';

export interface NarrativeSection {
  title: string;
  text: string;
}

/** The figures of each section in the order of the provincial reports (labels in ./locales). */
const FIGURE_SECTIONS: { section: keyof ReportText['figures']['sections']; rows: FigurePath[] }[] = [
  {
    section: 'cases',
    rows: [
      'cases.total',
      'cases.new',
      'cases.new_community',
      'cases.active',
      'cases.discharged',
      'cases.died',
      'cases.transferred_out',
    ],
  },
  { section: 'contacts', rows: ['contacts.f1', 'contacts.f2'] },
  {
    section: 'quarantine',
    rows: [
      'quarantine.current.total',
      'quarantine.current.centralized',
      'quarantine.current.home',
      'quarantine.current.self_monitoring',
      'quarantine.new',
      'quarantine.completed',
      'quarantine.persons_cumulative',
    ],
  },
  {
    section: 'testing',
    rows: [
      'testing.samples_taken',
      'testing.samples_taken_new',
      'testing.negative',
      'testing.positive',
      'testing.invalid',
      'testing.pending',
    ],
  },
  {
    section: 'vaccination',
    rows: [
      'vaccination.doses',
      'vaccination.persons_dose1',
      'vaccination.persons_dose2',
      'vaccination.persons_dose3',
      'vaccination.coverage_dose1_18plus_pct',
    ],
  },
  {
    section: 'treatment',
    rows: [
      'treatment.in_facility',
      'treatment.at_home',
      'treatment.active_by_severity.asymptomatic',
      'treatment.active_by_severity.mild',
      'treatment.active_by_severity.moderate',
      'treatment.active_by_severity.severe',
      'treatment.active_by_severity.critical',
      'treatment.active_by_severity.unknown',
      'treatment.on_oxygen',
      'treatment.on_ventilator',
      'treatment.by_tier.1.current',
      'treatment.by_tier.1.beds',
      'treatment.by_tier.2.current',
      'treatment.by_tier.2.beds',
      'treatment.by_tier.3.current',
      'treatment.by_tier.3.beds',
    ],
  },
];

/** A figure of the report by its dotted path (null when absent, e.g. coverage without population). */
export function figureAt(f: Figures, path: string): number | null {
  let v: unknown = f;
  for (const k of path.split('.'))
    v = v != null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return typeof v === 'number' ? v : null;
}

/** The figure sections (level 2) of a report whose `current` is compared with `previous`. */
export function figureSections(
  current: Figures,
  previous: Figures,
  lang: Lang,
  facilityNames: Record<string, string> = {},
): Section[] {
  const text = reportText(lang).figures;
  const col = [text.columns.figure, text.columns.value];
  const sections: Section[] = FIGURE_SECTIONS.map((s) => ({
    level: 2,
    title: text.sections[s.section].title,
    sheet: text.sections[s.section].sheet,
    table: {
      columns: col,
      rows: s.rows.map((path): Cell[] => [
        text.rows[path],
        {
          value: figureAt(current, path),
          previous: figureAt(previous, path),
          unit: path.endsWith('_pct') ? '%' : undefined,
        },
      ]),
    },
  }));
  const before = new Map(previous.quarantine.by_facility.map((f) => [f.facility_code, f.current]));
  const fac = text.facilities;
  sections.splice(3, 0, {
    level: 2,
    title: fac.title,
    sheet: fac.sheet,
    table: {
      columns: [fac.code, fac.name, fac.current, fac.beds],
      rows: current.quarantine.by_facility.map((f): Cell[] => [
        f.facility_code,
        facilityNames[f.facility_code] ?? '',
        { value: f.current, previous: before.get(f.facility_code) ?? null },
        f.beds,
      ]),
    },
  });
  // the treatment facilities after the treatment figures (the last section)
  const was = new Map(previous.treatment.by_facility.map((f) => [f.facility_code, f]));
  const tf = text.treatment_facilities;
  sections.push({
    level: 2,
    title: tf.title,
    sheet: tf.sheet,
    table: {
      columns: [
        tf.code,
        tf.name,
        tf.tier,
        tf.current,
        tf.beds,
        tf.icu_beds,
        tf.icu_current,
        tf.ventilators,
        tf.on_ventilator,
      ],
      rows: current.treatment.by_facility.map((f): Cell[] => {
        const p = was.get(f.facility_code);
        return [
          f.facility_code,
          facilityNames[f.facility_code] ?? '',
          f.tier,
          { value: f.current, previous: p?.current ?? null },
          f.beds,
          f.icu_beds,
          { value: f.icu_current, previous: p?.icu_current ?? null },
          f.ventilators,
          { value: f.on_ventilator, previous: p?.on_ventilator ?? null },
        ];
      }),
    },
  });
  return sections;
}

/** The daily report as a document: intro, part I with the figures, then the officer's narrative as parts II… */
export function dailyDocument(
  r: DailyReport,
  header: Header,
  title: string,
  narrative: NarrativeSection[],
  lang: Lang,
  facilityNames: Record<string, string> = {},
  zoning: ZoningReport | null = null,
  /** Parts after the figures from other modules' summaries (supplies, social support: ./command.ts). */
  more: Section[] = [],
): ReportDocument {
  const asOf = new Date(r.as_of),
    previousAsOf = new Date(r.previous_as_of);
  const text = reportText(lang);
  const at = { as_of: formatCutoff(asOf, lang), previous: formatCutoff(previousAsOf, lang) };
  const intro = fill(text.daily.intro, { ...at, issuer: sentenceCase(header.issuing_body) });
  const sections: Section[] = [
    { level: 1, title: text.daily.situation, paragraphs: [intro] },
    ...figureSections(r.current, r.previous, lang, facilityNames),
    ...(zoning ? [zoningSection(zoning, lang)] : []),
    ...more,
    ...narrative
      .filter((n) => n.title.trim() || n.text.trim())
      .map((n): Section => ({
        level: 1,
        title: n.title.trim().toLocaleUpperCase('vi'),
        paragraphs: paragraphs(n.text),
        sheet: text.daily.narrative_sheet,
      })),
  ];
  return {
    lang,
    type: text.type,
    title,
    subtitle: fill(text.daily.subtitle, at),
    header,
    sections,
    info: [
      [text.daily.info.province, r.province_code],
      [text.daily.info.as_of, r.as_of],
      [text.daily.info.previous, r.previous_as_of],
    ],
    // The closing formula of a Vietnamese official document (Decree 30/2020), like its motto: Vietnamese only.
    closing:
      lang === 'vi'
        ? `Trên đây là báo cáo tình hình dịch bệnh COVID-19 của ${sentenceCase(header.issuing_body, false)}./.`
        : undefined,
  };
}

/** Text as typed by the officer → paragraphs (blank lines and line breaks both separate). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

const ACRONYMS = new Set(['UBND', 'BCĐ', 'CDC', 'HĐND']);

/** "BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19" → "Ban chỉ đạo phòng, chống dịch COVID-19" (keeps acronyms). */
export function sentenceCase(s: string, capital = true): string {
  const words = s
    .trim()
    .split(/\s+/)
    .map((w) => (/\d/.test(w) || ACRONYMS.has(w) ? w : w.toLocaleLowerCase('vi')));
  if (capital && words[0]) words[0] = words[0][0].toLocaleUpperCase('vi') + words[0].slice(1);
  return words.join(' ');
}
