// The daily report JSON (../shared/contracts/daily-report.md) and what the dashboard derives from it.
import { formatWithChange, type Lang } from '../shared/format.ts';
import type { components } from '../shared/api-schema.d.ts';

export type Figures = components['schemas']['ReportFigures'];
export type DailyReport = components['schemas']['DailyReport'];

/** The figures of the report table, in the order of the provincial report, by section. */
export const SECTIONS = {
  cases: [
    'cases.total',
    'cases.new',
    'cases.new_community',
    'cases.active',
    'cases.discharged',
    'cases.died',
    'cases.transferred_out',
  ],
  contacts: ['contacts.f1', 'contacts.f2'],
  quarantine: [
    'quarantine.current.total',
    'quarantine.current.centralized',
    'quarantine.current.home',
    'quarantine.current.self_monitoring',
    'quarantine.new',
    'quarantine.completed',
    'quarantine.persons_cumulative',
  ],
  testing: [
    'testing.samples_taken',
    'testing.samples_taken_new',
    'testing.negative',
    'testing.positive',
    'testing.invalid',
    'testing.pending',
  ],
  vaccination: [
    'vaccination.doses',
    'vaccination.persons_dose1',
    'vaccination.persons_dose2',
    'vaccination.persons_dose3',
    'vaccination.coverage_dose1_18plus_pct',
  ],
} as const;
export type Section = keyof typeof SECTIONS;

/** The headline cards at the top of the dashboard. */
export const HEADLINE = [
  'cases.total',
  'cases.new',
  'cases.active',
  'contacts.f1',
  'quarantine.current.total',
  'testing.samples_taken',
  'vaccination.coverage_dose1_18plus_pct',
] as const;

/** A figure by its dotted path; null when absent (a server older than the contract, or a null coverage). */
export function figureValue(f: Figures | undefined, path: string): number | null {
  let v: unknown = f;
  for (const k of path.split('.'))
    v = v != null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export const isPercent = (path: string) => path.endsWith('_pct');

/** Figures compared with earlier ones: the daily report, or the period report's at_to and at_compare. */
export type Compared = Pick<DailyReport, 'current' | 'previous'>;

/** "2.716 (+867)" for a figure of the report. */
export function figureText(r: Compared, path: string, lang: Lang): string {
  return formatWithChange(
    figureValue(r.current, path),
    figureValue(r.previous, path),
    lang,
    isPercent(path) ? '%' : '',
  );
}

export interface FacilityRow {
  facility_code: string;
  current: number;
  beds: number | null;
  free: number | null;
  occupancyPct: number | null;
}

/**
 * Facilities with beds, occupancy and free beds (an over-full facility has 0 free beds, not a negative count); a
 * facility whose beds are unknown has unknown free beds and occupancy.
 */
export function facilityRows(f: Figures): FacilityRow[] {
  return (f.quarantine?.by_facility ?? []).map((x) => ({
    ...x,
    free: x.beds == null ? null : Math.max(x.beds - x.current, 0),
    occupancyPct: x.beds != null && x.beds > 0 ? (x.current / x.beds) * 100 : null,
  }));
}

export interface TrendPoint {
  as_of: string;
  newCases: number | null;
  newSamples: number | null;
  positivityPct: number | null;
  occupancyPct: number | null;
}

const diff = (a: number | null, b: number | null) => (a == null || b == null ? null : a - b);

/**
 * One day of the trend charts from one report: new cases and new samples in its period; positivity = positive
 * results that arrived in the period over all results (negative, positive, invalid) that arrived in it; occupancy =
 * persons in centralized quarantine at the facilities over their beds, at the cut-off.
 */
export function trendPoint(r: DailyReport): TrendPoint {
  const results = (f: Figures) => {
    const parts = ['testing.negative', 'testing.positive', 'testing.invalid'].map((p) => figureValue(f, p));
    return parts.some((v) => v == null) ? null : (parts as number[]).reduce((a, b) => a + b, 0);
  };
  const newResults = diff(results(r.current), results(r.previous));
  const newPositive = diff(figureValue(r.current, 'testing.positive'), figureValue(r.previous, 'testing.positive'));
  const facilities = r.current.quarantine?.by_facility ?? [];
  const beds = facilities.reduce((a, x) => a + (x.beds ?? 0), 0);
  const occupied = facilities.reduce((a, x) => a + x.current, 0);
  return {
    as_of: r.as_of,
    newCases: figureValue(r.current, 'cases.new'),
    newSamples: figureValue(r.current, 'testing.samples_taken_new'),
    positivityPct: newResults && newPositive != null ? round2((newPositive / newResults) * 100) : null,
    occupancyPct: beds > 0 ? round2((occupied / beds) * 100) : null,
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
