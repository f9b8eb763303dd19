// The daily report JSON → the document the renderers draw: the figures by section with their changes, the
// officer's narrative, and the official header of the jurisdiction's template.
import type { Lang } from '../shared/messages.ts';
import type { DailyReport } from './daily.ts';
import type { Figures } from './figures.ts';
import type { Cell, Header, ReportDocument, Section } from './document.ts';
import { formatCutoff } from './format.ts';

export interface NarrativeSection {
  title: string;
  text: string;
}

type Label = { vi: string; en: string };
const L = (vi: string, en: string): Label => ({ vi, en });

/** The figures of each section in the order of the provincial reports, with their labels. */
const FIGURE_SECTIONS: { title: Label; sheet: Label; rows: [string, Label][] }[] = [
  {
    title: L('Ca bệnh (F0)', 'Cases (F0)'),
    sheet: L('Ca bệnh', 'Cases'),
    rows: [
      ['cases.total', L('Tổng số ca mắc', 'Total cases')],
      ['cases.new', L('Ca mắc mới trong kỳ', 'New cases in the period')],
      ['cases.new_community', L('Trong đó: phát hiện tại cộng đồng', 'of which found in the community')],
      ['cases.active', L('Đang điều trị', 'Under treatment')],
      ['cases.discharged', L('Đã ra viện', 'Discharged')],
      ['cases.died', L('Tử vong', 'Died')],
      ['cases.transferred_out', L('Chuyển tuyến ra ngoài tỉnh', 'Transferred out')],
    ],
  },
  {
    title: L('Người tiếp xúc (F1, F2)', 'Contacts (F1, F2)'),
    sheet: L('Tiếp xúc', 'Contacts'),
    rows: [
      ['contacts.f1', L('F1 (tiếp xúc gần với ca bệnh)', 'F1 (close contacts of a case)')],
      ['contacts.f2', L('F2 (tiếp xúc với F1)', 'F2 (contacts of an F1)')],
    ],
  },
  {
    title: L('Cách ly, theo dõi', 'Quarantine and monitoring'),
    sheet: L('Cách ly', 'Quarantine'),
    rows: [
      ['quarantine.current.total', L('Đang cách ly, theo dõi', 'Currently quarantined or monitored')],
      ['quarantine.current.centralized', L('Cách ly tập trung', 'Centralized quarantine')],
      ['quarantine.current.home', L('Cách ly tại nhà, nơi lưu trú', 'Home quarantine')],
      ['quarantine.current.self_monitoring', L('Tự theo dõi sức khỏe', 'Self-monitoring')],
      ['quarantine.new', L('Mới trong kỳ', 'New in the period')],
      ['quarantine.completed', L('Hoàn thành trong kỳ', 'Completed in the period')],
      [
        'quarantine.persons_cumulative',
        L('Tổng số người đã cách ly, theo dõi', 'Persons ever quarantined or monitored'),
      ],
    ],
  },
  {
    title: L('Xét nghiệm', 'Testing'),
    sheet: L('Xét nghiệm', 'Testing'),
    rows: [
      ['testing.samples_taken', L('Tổng số mẫu đã lấy', 'Samples taken')],
      ['testing.samples_taken_new', L('Mẫu lấy trong kỳ', 'Samples taken in the period')],
      ['testing.negative', L('Âm tính', 'Negative')],
      ['testing.positive', L('Dương tính', 'Positive')],
      ['testing.invalid', L('Không xác định', 'Invalid')],
      ['testing.pending', L('Đang chờ kết quả', 'Pending')],
    ],
  },
  {
    title: L('Tiêm chủng', 'Vaccination'),
    sheet: L('Tiêm chủng', 'Vaccination'),
    rows: [
      ['vaccination.doses', L('Số mũi đã tiêm', 'Doses given')],
      ['vaccination.persons_dose1', L('Số người đã tiêm ít nhất 1 mũi', 'Persons with at least 1 dose')],
      ['vaccination.persons_dose2', L('Số người đã tiêm ít nhất 2 mũi', 'Persons with at least 2 doses')],
      ['vaccination.persons_dose3', L('Số người đã tiêm ít nhất 3 mũi', 'Persons with at least 3 doses')],
      [
        'vaccination.coverage_dose1_18plus_pct',
        L('Tỷ lệ người từ 18 tuổi tiêm ít nhất 1 mũi', 'Adults 18+ with at least 1 dose'),
      ],
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
  const col =
    lang === 'vi'
      ? ['Chỉ tiêu', 'Số liệu (tăng/giảm so với kỳ trước)']
      : ['Figure', 'Value (change since the previous report)'];
  const sections: Section[] = FIGURE_SECTIONS.map((s) => ({
    level: 2,
    title: s.title[lang],
    sheet: s.sheet[lang],
    table: {
      columns: col,
      rows: s.rows.map(([path, label]): Cell[] => [
        label[lang],
        {
          value: figureAt(current, path),
          previous: figureAt(previous, path),
          unit: path.endsWith('_pct') ? '%' : undefined,
        },
      ]),
    },
  }));
  const before = new Map(previous.quarantine.by_facility.map((f) => [f.facility_code, f.current]));
  sections.splice(3, 0, {
    level: 2,
    title: lang === 'vi' ? 'Cách ly tập trung theo cơ sở' : 'Centralized quarantine by facility',
    sheet: lang === 'vi' ? 'Cơ sở cách ly' : 'Facilities',
    table: {
      columns:
        lang === 'vi' ? ['Mã', 'Cơ sở cách ly', 'Đang cách ly', 'Số giường'] : ['Code', 'Facility', 'Current', 'Beds'],
      rows: current.quarantine.by_facility.map((f): Cell[] => [
        f.facility_code,
        facilityNames[f.facility_code] ?? '',
        { value: f.current, previous: before.get(f.facility_code) ?? null },
        f.beds,
      ]),
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
): ReportDocument {
  const asOf = new Date(r.as_of),
    previousAsOf = new Date(r.previous_as_of);
  const vi = lang === 'vi';
  const intro = vi
    ? `${sentenceCase(header.issuing_body)} báo cáo tình hình dịch bệnh COVID-19 đến ${formatCutoff(asOf, lang)} (số liệu tăng/giảm so với ${formatCutoff(previousAsOf, lang)}) như sau:`
    : `Epidemic situation as of ${formatCutoff(asOf, lang)} (changes against ${formatCutoff(previousAsOf, lang)}):`;
  const sections: Section[] = [
    { level: 1, title: vi ? 'TÌNH HÌNH DỊCH BỆNH' : 'EPIDEMIC SITUATION', paragraphs: [intro] },
    ...figureSections(r.current, r.previous, lang, facilityNames),
    ...narrative
      .filter((n) => n.title.trim() || n.text.trim())
      .map((n): Section => ({
        level: 1,
        title: n.title.trim().toLocaleUpperCase('vi'),
        paragraphs: paragraphs(n.text),
        sheet: vi ? 'Nội dung' : 'Narrative',
      })),
  ];
  return {
    lang,
    type: vi ? 'BÁO CÁO' : 'REPORT',
    title,
    subtitle: vi ? `(đến ${formatCutoff(asOf, lang)})` : `(as of ${formatCutoff(asOf, lang)})`,
    header,
    sections,
    info: vi
      ? [
          ['Mã tỉnh', r.province_code],
          ['Số liệu đến', r.as_of],
          ['So sánh với', r.previous_as_of],
        ]
      : [
          ['Province', r.province_code],
          ['As of', r.as_of],
          ['Compared with', r.previous_as_of],
        ],
    closing: vi
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
function sentenceCase(s: string, capital = true): string {
  const words = s
    .trim()
    .split(/\s+/)
    .map((w) => (/\d/.test(w) || ACRONYMS.has(w) ? w : w.toLocaleLowerCase('vi')));
  if (capital && words[0]) words[0] = words[0][0].toLocaleUpperCase('vi') + words[0].slice(1);
  return words.join(' ');
}
