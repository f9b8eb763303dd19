// The pure logic of the zoning pages: level colours and names, the slider's window of days, the levels of one day
// out of listZoningDays, and the rules form's conversions. Levels are 1–4 (contracts/zoning.md); null = not computed.

export const LEVELS = [1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

/** Green, yellow, orange, red, as the 128/NQ-CP maps draw them; grey for a unit without a level. */
export const LEVEL_COLOURS: Record<Level, string> = { 1: '#2e9d4a', 2: '#f5c800', 3: '#f28c1e', 4: '#d7261e' };
export const NO_LEVEL = '#c9ccd1';

export function levelColour(level: number | null | undefined): string {
  return level != null && level in LEVEL_COLOURS ? LEVEL_COLOURS[level as Level] : NO_LEVEL;
}

export const MEASURES = ['ct15', 'ct16', 'ct19', 'lockdown', 'other'] as const;
export type Measure = (typeof MEASURES)[number];

/** Adds `days` (may be negative) to a day "YYYY-MM-DD", in calendar days (no time zone involved). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The slider's window: `length` days ending with `to`. */
export function sliderWindow(to: string, length = 60): { from: string; to: string } {
  return { from: addDays(to, -(length - 1)), to };
}

/** The slider position of a day among `days` (ascending): its index, else the last day before it, else 0. */
export function dayIndex(days: readonly string[], day: string): number {
  let at = 0;
  for (let i = 0; i < days.length && days[i] <= day; i++) at = i;
  return at;
}

export interface DaysSeries {
  days: string[];
  wards: { unit_code: string; levels: (number | null)[] }[];
  districts: { unit_code: string; levels: (number | null)[] }[];
}

/** Unit code → level on the slider's day `index` (wards and districts together; their codes differ in length). */
export function levelsOn(series: DaysSeries, index: number): Map<string, number | null> {
  const m = new Map<string, number | null>();
  for (const u of [...series.districts, ...series.wards]) m.set(u.unit_code, u.levels[index] ?? null);
  return m;
}

/** Counts by level as the contract writes them ({"1": n, …}), in level order, zeros kept. */
export function countRows(counts: Record<string, number> | null | undefined): { level: Level; count: number }[] {
  return LEVELS.map((level) => ({ level, count: counts?.[String(level)] ?? 0 }));
}

/** A percentage or rate as shown in the explanation: two decimals, "—" when unknown. */
export const shown = (v: number | null | undefined, format: (n: number) => string) => (v == null ? '—' : format(v));

/** The zoning part of a rule set, as the rules form edits it (contracts/zoning.md). */
export interface ZoningRules {
  method: 'rate_matrix' | 'assessed';
  window_days: number;
  rate_bands: number[];
  coverage: { dose1_18plus_pct: number; full_50plus_pct: number; full_doses: number };
  levels: { met: number[]; not_met: number[] };
  zero_level: number;
  basis?: string;
}

/** Why a unit has its computed level under a rule set: the step of the contract's rule that decided it. */
export type LevelReason =
  | { kind: 'no_rules' }
  | { kind: 'assessed'; tier: 'province' | 'district' | 'ward' }
  | { kind: 'no_population' }
  | { kind: 'no_cases'; level: number }
  | { kind: 'matrix'; band: number; met: boolean; level: number };

/**
 * The rate band is taken from the whole numbers (cases × 100,000 / population), not the 2-decimal rate the API shows,
 * so that the explanation compares as the server does (19,996 is under 20 although shown 20).
 */
export function levelReason(
  unit: { community_cases_7d: number; population: number | null; coverage_met: boolean },
  tier: 'province' | 'district' | 'ward',
  zoning: ZoningRules | undefined,
): LevelReason {
  if (!zoning) return { kind: 'no_rules' };
  if (zoning.method === 'assessed') return { kind: 'assessed', tier };
  if (!unit.population) return { kind: 'no_population' };
  if (unit.community_cases_7d === 0) return { kind: 'no_cases', level: zoning.zero_level };
  const rate = (unit.community_cases_7d * 100000) / unit.population;
  const band = zoning.rate_bands.filter((b) => b <= rate).length;
  const met = unit.coverage_met;
  return { kind: 'matrix', band, met, level: (met ? zoning.levels.met : zoning.levels.not_met)[band] };
}

/** The form's text fields for a rules object: lists written "20; 50; 150". */
export interface ZoningForm {
  method: 'rate_matrix' | 'assessed';
  window_days: string;
  rate_bands: string;
  dose1_18plus_pct: string;
  full_50plus_pct: string;
  full_doses: string;
  met: string;
  not_met: string;
  zero_level: string;
}

const list = (xs: readonly number[] | undefined) => (xs ?? []).join('; ');

export function toZoningForm(z: Partial<ZoningRules> | undefined): ZoningForm {
  return {
    method: z?.method ?? 'rate_matrix',
    window_days: String(z?.window_days ?? 7),
    rate_bands: list(z?.rate_bands ?? [20, 50, 150]),
    dose1_18plus_pct: String(z?.coverage?.dose1_18plus_pct ?? 70),
    full_50plus_pct: String(z?.coverage?.full_50plus_pct ?? 80),
    full_doses: String(z?.coverage?.full_doses ?? 2),
    met: list(z?.levels?.met ?? [1, 1, 2, 3]),
    not_met: list(z?.levels?.not_met ?? [1, 2, 3, 4]),
    zero_level: String(z?.zero_level ?? 1),
  };
}

/** "20; 50,5; 150" → [20, 50.5, 150]: separators ; or spaces, decimal comma or point. NaN marks a bad entry. */
export function parseList(s: string): number[] {
  return s
    .split(/[;\s]+/)
    .filter(Boolean)
    .map((x) => (/^-?\d+([.,]\d+)?$/.test(x) ? Number(x.replace(',', '.')) : NaN));
}

const number = (s: string) => (/^-?\d+([.,]\d+)?$/.test(s.trim()) ? Number(s.trim().replace(',', '.')) : NaN);

/** The rules object the form says; the server checks it and names the key at fault (shown by that field). */
export function fromZoningForm(f: ZoningForm): ZoningRules {
  return {
    method: f.method,
    window_days: number(f.window_days),
    rate_bands: parseList(f.rate_bands),
    coverage: {
      dose1_18plus_pct: number(f.dose1_18plus_pct),
      full_50plus_pct: number(f.full_50plus_pct),
      full_doses: number(f.full_doses),
    },
    levels: { met: parseList(f.met), not_met: parseList(f.not_met) },
    zero_level: number(f.zero_level),
  };
}

/**
 * The form field a server error names: "rules.zoning.coverage.full_50plus_pct" → "full_50plus_pct",
 * "rules.zoning.levels.met.2" → "met"; any other zoning key → the field of its first part; else null.
 */
export function zoningFieldOf(path: string | undefined): keyof ZoningForm | null {
  const m = /(?:^|\.)zoning\.(.+)$/.exec(path ?? '');
  if (!m) return null;
  const parts = m[1].split('.');
  if (parts[0] === 'coverage' && parts[1]) return parts[1] as keyof ZoningForm;
  if (parts[0] === 'levels' && (parts[1] === 'met' || parts[1] === 'not_met')) return parts[1];
  return (
    (['method', 'window_days', 'rate_bands', 'zero_level'] as const).find((k) => k === parts[0]) ??
    (parts[0] === 'coverage' ? 'dose1_18plus_pct' : parts[0] === 'levels' ? 'met' : null)
  );
}

interface UnitLike {
  geography: string;
  code: string;
  level: 'province' | 'district' | 'ward';
  full_name: string;
  parent_code: string | null;
}

/**
 * The province's own units (those of its geography: zoning counts them), ordered by code: the province, its
 * districts (none in the 2025 geography) and its wards.
 */
export function ownUnits<U extends UnitLike>(
  units: U[],
  provinceCode: string,
): { province?: U; districts: U[]; wards: U[] } {
  const geography = units.find((u) => u.level === 'province' && u.code === provinceCode)?.geography;
  const own = units.filter((u) => u.geography === geography).sort((a, b) => a.code.localeCompare(b.code));
  return {
    province: own.find((u) => u.level === 'province'),
    districts: own.filter((u) => u.level === 'district'),
    wards: own.filter((u) => u.level === 'ward'),
  };
}

/** A unit's code followed by those of the units above it (ward, district, province): their measures reach it. */
export function unitChain(units: { code: string; parent_code: string | null }[], code: string): string[] {
  const chain: string[] = [];
  for (let c: string | null = code; c && !chain.includes(c); c = units.find((u) => u.code === c)?.parent_code ?? null)
    chain.push(c);
  return chain;
}
