// Shapes of the quarantine API (src/quarantine/routes.ts) for the board, and which columns each due list shows.
export interface FacilityRow {
  facility_code: string;
  name: string;
  kind: string;
  ward_code: string | null;
  beds: number | null;
  state: 'planned' | 'active' | 'closed';
  current: number;
  free: number | null;
}
export interface FacilityBoard {
  at: string;
  totals: {
    facilities: number;
    active: number;
    in_use: number;
    planned: number;
    closed: number;
    beds: number;
    beds_planned: number;
    current: number;
    free: number;
  };
  facilities: FacilityRow[];
}
export type DueRow = Record<string, unknown>;
export interface DueList {
  key: string;
  title: string;
  count: number;
  rows: DueRow[];
}
export interface DueLists {
  date: string;
  cutoff: string;
  sections: DueList[];
}

/** Every list starts with who and where; the quarantine lists add what is due. Lists added by other modules show the first part. */
export const PERSON_COLUMNS = ['person_ref', 'full_name', 'phone', 'ward_name'] as const;
const EXTRA: Record<string, string[]> = {
  tests_due: ['kind', 'facility_code', 'test_day', 'sampled'],
  ending_today: ['kind', 'facility_code', 'planned_end_at'],
  overdue: ['kind', 'facility_code', 'planned_end_at', 'days_overdue'],
  f1_without_episode: ['last_exposed_on'],
};
export const dueColumns = (key: string): string[] => [...PERSON_COLUMNS, ...(EXTRA[key] ?? [])];

/** The day of a cut-off typed in Viet Nam time ("2021-09-10T12:00" → "2021-09-10"). */
export const dayOfInput = (input: string): string => input.slice(0, 10);

/** Beds in use as a share of beds, or null when the facility has no bed count. */
export const occupancyPct = (f: Pick<FacilityRow, 'beds' | 'current'>): number | null =>
  f.beds ? Math.round((f.current / f.beds) * 1000) / 10 : null;
