// The quarantine API's shapes for the board (from the OpenAPI document), and which columns each due list shows.
import type { components } from '../shared/api-schema.d.ts';

type Schemas = components['schemas'];
export type FacilityRow = Schemas['FacilityOccupancy'];
export type FacilityBoard = Schemas['FacilityBoard'];
export type DueLists = Schemas['QuarantineDueLists'];
export type DueList = DueLists['sections'][number];
export type DueRow = Schemas['QuarantineDueRow'];

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
