// The period the entry page shows: whole Viet Nam days, as instants for the API. It opens on the week ending at the
// latest crossing when that day is past (the demo province's data ends in 2021), else on the week ending today.
const VN_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 24 * 3600_000;

export interface Period {
  from: string; // YYYY-MM-DD, Viet Nam day, inclusive
  to: string;
}

/** The Viet Nam day of an instant: "2021-10-12". */
export const vnDay = (iso: string | Date): string =>
  new Date(new Date(iso).getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);

export const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** The first instant of the period and the instant after its last day, for `from`/`to` (`since`/`at`) queries. */
export const periodInstants = (p: Period) => ({
  from: `${p.from}T00:00:00+07:00`,
  to: `${addDays(p.to, 1)}T00:00:00+07:00`,
});

/** The 7 days ending at the latest record's day, or today when there is none. */
export function defaultPeriod(latest: string | null | undefined, now = new Date()): Period {
  const to = latest ? vnDay(latest) : vnDay(now);
  return { from: addDays(to, -6), to };
}

export const isValidPeriod = (p: Period) =>
  /^\d{4}-\d{2}-\d{2}$/.test(p.from) && /^\d{4}-\d{2}-\d{2}$/.test(p.to) && p.from <= p.to;
