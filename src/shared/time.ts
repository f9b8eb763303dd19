// Dates and instants. Viet Nam has no daylight saving: Asia/Ho_Chi_Minh is always UTC+07:00.
// SQL's Viet Nam day of an instant: vn_day in time.sql.
export const VN_OFFSET = '+07:00';

/** `YYYY-MM-DD` or `DD/MM/YYYY` → `YYYY-MM-DD`, or null when not a real calendar date. */
export function parseDate(input: string): string | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(input);
    if (!m) return null;
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
}

/** ISO instant with offset, or `YYYY-MM-DD HH:MM[:SS]` read in Asia/Ho_Chi_Minh → Date, or null. */
export function parseInstant(input: string): Date | null {
  const local = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/.exec(input);
  const iso = local ? `${local[1]}T${local[2]}${VN_OFFSET}` : input;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(iso)) return null;
  if (!parseDate(iso.slice(0, 10))) return null;
  const dt = new Date(iso);
  return Number.isNaN(dt.getTime()) ? null : dt;
}

/** The instant as ISO 8601 in Viet Nam time, e.g. 2021-09-10T06:30:00+07:00. */
export function toVnIso(d: Date): string {
  return new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 19) + VN_OFFSET;
}
