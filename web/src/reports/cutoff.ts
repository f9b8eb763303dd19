// Report cut-offs are instants; staff type them in Viet Nam time (UTC+7 all year, no daylight saving), whatever
// the time zone of the computer they sit at.
const VN_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 24 * 3600_000;

/** The value for an <input type="datetime-local"> showing `d` in Viet Nam time: "2021-09-10T06:30". */
export function toVnInput(d: Date): string {
  return new Date(d.getTime() + VN_OFFSET_MS).toISOString().slice(0, 16);
}

/** "2021-09-10T06:30" typed in Viet Nam time → "2021-09-10T06:30:00+07:00"; anything else → null. */
export function inputToCutoff(s: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(s)) return null;
  const iso = `${s}:00+07:00`;
  return Number.isNaN(new Date(iso).getTime()) ? null : iso;
}

/** The cut-offs of the `days` days ending at `cutoff`, oldest first, each at the same time of day. */
export function dailyCutoffs(cutoff: string, days: number): string[] {
  const t = new Date(cutoff).getTime();
  return Array.from({ length: days }, (_, i) => inputToCutoff(toVnInput(new Date(t - (days - 1 - i) * DAY_MS)))!);
}

/**
 * Where the pages open: now, or — when the records end before today (a demo of 2021, a province after its epidemic)
 * — at 23:59 of the last day with records, which `dataEnded` then names (YYYY-MM-DD), so the figures are live.
 */
export function openingCutoff(lastRecordAt: string | null, now: Date): { input: string; dataEnded: string | null } {
  const today = toVnInput(now);
  const lastDay = lastRecordAt ? toVnInput(new Date(lastRecordAt)).slice(0, 10) : null;
  if (!lastDay || lastDay >= today.slice(0, 10)) return { input: today, dataEnded: null };
  return { input: `${lastDay}T23:59`, dataEnded: lastDay };
}
