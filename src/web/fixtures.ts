// Daily report fixtures for the web tests, in the shape of docs/contracts/daily-report.md.
import type { DailyReport, Figures } from '../../web/src/reports/daily-report.ts';

export function figures(
  over: {
    cases?: Partial<Figures['cases']>;
    testing?: Partial<Figures['testing']>;
    by_facility?: Figures['quarantine']['by_facility'];
    coverage?: number | null;
  } = {},
): Figures {
  return {
    cases: { total: 0, new: 0, new_community: 0, discharged: 0, died: 0, transferred_out: 0, active: 0, ...over.cases },
    contacts: { f1: 0, f2: 0 },
    quarantine: {
      current: { centralized: 0, home: 0, self_monitoring: 0, total: 0 },
      by_facility: over.by_facility ?? [],
      new: 0,
      completed: 0,
      persons_cumulative: 0,
    },
    testing: {
      samples_taken: 0,
      samples_taken_new: 0,
      negative: 0,
      positive: 0,
      invalid: 0,
      pending: 0,
      ...over.testing,
    },
    vaccination: {
      doses: 0,
      persons_dose1: 0,
      persons_dose2: 0,
      persons_dose3: 0,
      coverage_dose1_18plus_pct: over.coverage === undefined ? 0 : over.coverage,
    },
    treatment: {
      active_by_severity: { asymptomatic: 0, mild: 0, moderate: 0, severe: 0, critical: 0, unknown: 0 },
      in_facility: 0,
      at_home: 0,
      on_oxygen: 0,
      on_ventilator: 0,
      by_facility: [],
      by_tier: { '1': { current: 0, beds: 0 }, '2': { current: 0, beds: 0 }, '3': { current: 0, beds: 0 } },
    },
  };
}

// Seed 001: 2.716 cases (+867), discharged 981 (+79), died 18 (+6), treating 1.793 (+722); 18,86% of adults with dose 1.
export const seed001: DailyReport = {
  province_code: '91',
  as_of: '2021-09-10T06:30:00+07:00',
  previous_as_of: '2021-09-09T06:30:00+07:00',
  current: figures({ cases: { total: 2716, discharged: 981, died: 18, active: 1793, new: 120 }, coverage: 18.86 }),
  previous: figures({ cases: { total: 1849, discharged: 902, died: 12, active: 1071, new: 95 }, coverage: 18.36 }),
};
