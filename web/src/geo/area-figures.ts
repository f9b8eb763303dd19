// Figures per area for the map: ward values rolled up to their districts, and the colour classes of the legend.
export type AreaValues = Map<string, number>;

/** Sums ward values into their districts (`parentOf`: ward code → district code); wards without a district are left out. */
export function rollUp(byWard: AreaValues, parentOf: Map<string, string>): AreaValues {
  const out: AreaValues = new Map();
  for (const [ward, v] of byWard) {
    const d = parentOf.get(ward);
    if (d) out.set(d, (out.get(d) ?? 0) + v);
  }
  return out;
}

/** An area's values by field (a ward's, or the sums of a district's wards); null/absent = not known. */
export type AreaRecord = Record<string, number | null | undefined>;

/**
 * A figure on the map: a sum of one field over the wards, or a percentage of two sums (numerator / denominator
 * × 100), so a district's ratio is the ratio of its wards' sums, never a sum or mean of the wards' ratios.
 */
export type FigureDef = { sum: string } | { num: string; den: string };

/**
 * Sums every field of the ward records into their districts. A field unknown (null) in a ward is left out of the
 * sum; a field unknown in every ward of a district stays unknown. Wards without a district are left out.
 */
export function rollUpRecords(byWard: Map<string, AreaRecord>, parentOf: Map<string, string>): Map<string, AreaRecord> {
  const out = new Map<string, AreaRecord>();
  for (const [ward, rec] of byWard) {
    const d = parentOf.get(ward);
    if (!d) continue;
    const acc = out.get(d) ?? {};
    for (const [k, v] of Object.entries(rec))
      if (v != null && Number.isFinite(v)) acc[k] = (acc[k] ?? 0) + v;
      else if (!(k in acc)) acc[k] = null;
    out.set(d, acc);
  }
  return out;
}

/** A figure's value for one area: the sum, or the percentage rounded to 2 decimals; undefined when not known or ÷ 0. */
export function figureOf(def: FigureDef, rec: AreaRecord | undefined): number | undefined {
  if (!rec) return undefined;
  if ('sum' in def) return rec[def.sum] ?? undefined;
  const num = rec[def.num],
    den = rec[def.den];
  if (num == null || !den) return undefined;
  return Math.round((num * 100 * 100) / den) / 100;
}

/** A figure's value for every area. */
export function figureValues(def: FigureDef, records: Map<string, AreaRecord>): AreaValues {
  const out: AreaValues = new Map();
  for (const [code, rec] of records) {
    const v = figureOf(def, rec);
    if (v !== undefined) out.set(code, v);
  }
  return out;
}

export const PALETTE = ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'] as const;
export const NO_DATA = '#d9d9d9';

/**
 * Class breaks for the legend: equal steps from 0 to the largest value, rounded up to a readable number, so a
 * district's colour means the same amount on every map. Returns the lower bounds of classes 2…5 (4 numbers, rising);
 * `whole`: the values are counts, the steps at least 1.
 */
export function classBreaks(values: number[], classes = PALETTE.length, whole = false): number[] {
  const max = Math.max(0, ...values.filter(Number.isFinite));
  if (max === 0) return [];
  // counts of persons or samples (`whole`) step by whole numbers: no "0–0,2" class
  const step = whole ? Math.max(1, Math.ceil(niceCeil(max / classes))) : niceCeil(max / classes);
  return Array.from({ length: classes - 1 }, (_, i) => Number((step * (i + 1)).toPrecision(12)));
}

/** The colour of a value given the breaks of classBreaks. */
export function colourOf(value: number | undefined, breaks: number[]): string {
  if (value == null || !Number.isFinite(value)) return NO_DATA;
  let i = 0;
  while (i < breaks.length && value >= breaks[i]) i++;
  return PALETTE[i];
}

/** The legend rows: [colour, from, to (exclusive; null for the last)]. */
export function legend(breaks: number[]): { colour: string; from: number; to: number | null }[] {
  const bounds = [0, ...breaks];
  return bounds.map((from, i) => ({ colour: PALETTE[i], from, to: i + 1 < bounds.length ? bounds[i + 1] : null }));
}

const NICE = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The smallest number ≥ x of the form m × 10ⁿ with m in 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8: round legend steps. */
export function niceCeil(x: number): number {
  if (x <= 0) return 0;
  const p = 10 ** Math.floor(Math.log10(x));
  const m = NICE.find((k) => k * p >= x * (1 - 1e-12))!;
  return Number((m * p).toPrecision(12));
}

/** The districts a user covers (the districts of their wards); null = the whole province. */
export function districtsInScope(wards: string[] | null, parentOf: Map<string, string>): Set<string> | null {
  if (wards === null) return null;
  return new Set(wards.map((w) => parentOf.get(w)).filter((d): d is string => !!d));
}

type Position = number[];
interface Geometry {
  type: string;
  coordinates: unknown;
}

/** [west, south, east, north] of (Multi)Polygon geometries, for fitting the map to them. */
export function bbox(geometries: Geometry[]): [number, number, number, number] | null {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  const visit = (c: unknown) => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as Position;
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  geometries.forEach((g) => visit(g.coordinates));
  return Number.isFinite(w) ? [w, s, e, n] : null;
}
