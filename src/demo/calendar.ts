// The demo's time line: a wave of 2021 in Viet Nam days. Times are minutes from the first day's 00:00 (VN time),
// written as `YYYY-MM-DD HH:MM`, which the imports read as Asia/Ho_Chi_Minh (docs/contracts/imports.md).

export const MINUTES_PER_DAY = 1440;

export class Calendar {
  /** The wave's first day. */
  readonly start: string;
  /** Days simulated; the data ends (is "exported") at the end of day `days - 1`. */
  readonly days: number;
  /** The export instant in minutes: nothing at or after it is written. */
  readonly horizon: number;
  readonly year: number;
  private readonly startMs: number;
  private readonly dates = new Map<number, string>();

  constructor(start = '2021-06-15', days = 120) {
    this.start = start;
    this.days = days;
    this.horizon = days * MINUTES_PER_DAY;
    this.startMs = Date.parse(start + 'T00:00:00Z');
    this.year = Number(start.slice(0, 4));
  }

  /** `YYYY-MM-DD` of a day index (negative = before the wave). */
  date(day: number): string {
    let s = this.dates.get(day);
    if (s === undefined)
      this.dates.set(day, (s = new Date(this.startMs + day * 86_400_000).toISOString().slice(0, 10)));
    return s;
  }

  /** Day index of a `YYYY-MM-DD`. */
  dayOf(date: string): number {
    return Math.round((Date.parse(date + 'T00:00:00Z') - this.startMs) / 86_400_000);
  }

  /** `YYYY-MM-DD HH:MM` of a minute, or null when it is not before the horizon (not happened yet at export). */
  instant(minute: number): string | null {
    if (minute >= this.horizon) return null;
    const day = Math.floor(minute / MINUTES_PER_DAY),
      m = minute - day * MINUTES_PER_DAY;
    return `${this.date(day)} ${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  }
}
