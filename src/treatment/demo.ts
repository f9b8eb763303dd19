// Treatment in the generated province (src/demo/): the facilities' treatment columns (oxygen beds, ventilators, field
// hospitals opening on a date, one only planned), a care episode for every case from its confirmation to its outcome
// (tier by severity: field hospital or home, district health centre, provincial hospital; severe cases sometimes
// first at tier 2 then transferred) and severity observations over its course. Care rows keep within the beds the
// `care` import counts, never overridden: a full facility falls back to the next, then home (a moderate or severe
// case at home is what the "to be moved" list is for). An override would not do: a case confirmed later may be
// admitted earlier (admission is up to 4 hours after confirmation), so beds counted per day are the safe measure.
// Its own random stream: the rest of the epidemic stays byte for byte what it was.
import { MINUTES_PER_DAY as DAY, type Calendar } from '../demo/calendar.ts';
import type { Cell, Sink } from '../demo/files.ts';
import type { Facility } from '../demo/epidemic.ts';
import { Rng } from '../demo/random.ts';

type Severity = 'asymptomatic' | 'mild' | 'moderate' | 'severe' | 'critical';

/** The field hospitals the plans add in the capital: tier 2 opening in August, a large tier 1 one only planned. */
export function treatmentFacilities(n: number, capital: number): Facility[] {
  return [
    {
      code: 'BV-DC2',
      name: 'Bệnh viện dã chiến số 2',
      kind: 'treatment',
      ward: capital,
      beds: Math.max(60, Math.round(n * 0.0004)),
      icuBeds: Math.max(2, Math.round(n * 0.000005)),
      tier: 2,
      district: null,
    },
    {
      code: 'BV-DC3',
      name: 'Bệnh viện dã chiến số 3',
      kind: 'treatment',
      ward: capital,
      beds: Math.max(200, Math.round(n * 0.0013)),
      icuBeds: 0,
      tier: 1,
      district: null,
    },
  ];
}

/** The first day a field hospital takes patients (the others are active throughout; BV-DC3 is planned). */
const OPENS: Record<string, string> = { 'BV-DC1': '07-10', 'BV-DC2': '08-05' };

/** `oxygen_beds, ventilators, status, active_from, active_to` of a facility (empty for quarantine sites). */
export function treatmentColumns(f: Facility, n: number, year: number): Cell[] {
  if (f.kind === 'quarantine') return [null, null, null, null, null];
  if (f.code === 'BV-DC3') return [Math.round(f.beds * 0.2), 0, 'planned', null, null];
  // Seed 004's 89 ventilators for 1.5M people sit mostly in the provincial hospital.
  const ventilators =
    f.code === 'BV-DK'
      ? Math.max(3, Math.round(n * 0.00006))
      : f.code === 'BV-DC2'
        ? Math.max(1, Math.round(n * 0.00001))
        : 0;
  const oxygen = Math.round(f.beds * (f.tier === 3 ? 0.6 : f.tier === 2 ? 0.4 : 0.1));
  return [oxygen, ventilators, 'active', OPENS[f.code] ? `${year}-${OPENS[f.code]}` : null, null];
}

const END_REASON: Record<string, string> = { discharged: 'recovered', died: 'died', transferred_out: 'other' };
const MILDER: Record<Severity, Severity> = {
  asymptomatic: 'asymptomatic',
  mild: 'asymptomatic',
  moderate: 'mild',
  severe: 'moderate',
  critical: 'severe',
};

export class DemoTreatment {
  private readonly rng: Rng;
  private readonly occupancy: Int32Array[];
  private readonly opens: number[];
  private readonly byCode: Map<string, number>;
  /** F0 at home from this day (the province's home-treatment guidance of late August). */
  private readonly homeFrom: number;

  constructor(
    private readonly cal: Calendar,
    private readonly out: Sink,
    private readonly facilities: readonly Facility[],
    seed: number,
  ) {
    this.rng = new Rng(seed ^ 0x7e4a7e);
    this.occupancy = facilities.map(() => new Int32Array(cal.days));
    this.opens = facilities.map((f) =>
      f.kind === 'quarantine' || f.code === 'BV-DC3'
        ? Infinity
        : OPENS[f.code]
          ? cal.dayOf(`${cal.year}-${OPENS[f.code]}`)
          : -Infinity,
    );
    this.byCode = new Map(facilities.map((f, i) => [f.code, i]));
    this.homeFrom = cal.dayOf(`${cal.year}-08-20`);
  }

  /**
   * The treatment of a case confirmed at `at` (minutes) with `severity`, whose outcome falls at `end` (at or after
   * the horizon: still treated at export). `district` picks the district health centre.
   */
  treat(ref: string, district: number, at: number, severity: Severity, outcome: string, end: number): void {
    const { rng, cal } = this,
      H = cal.horizon;
    const start = at + rng.int(30, 240);
    if (start >= H) return;
    const stayEnd = Math.min(end, H);
    const centre = this.facilities.findIndex((f) => f.district === district && f.kind === 'both');
    const [dc1, dc2, dk] = ['BV-DC1', 'BV-DC2', 'BV-DK'].map((c) => this.byCode.get(c) ?? -1);
    const reason = END_REASON[outcome];
    const obs: [number, Severity, string][] = [];

    if (severity === 'severe' || severity === 'critical') {
      const mid = start + rng.int(1, 3) * DAY + rng.int(0, 600);
      const first = rng.chance(0.4) && mid < stayEnd ? this.free([centre, dc2], start, mid) : -1;
      if (first >= 0 && this.free([dk], mid, stayEnd) >= 0) {
        // Worsening at tier 2: transferred to the provincial hospital.
        this.episode(ref, first, start, mid, 'transferred');
        obs.push([start, 'moderate', 'mask']);
        this.episode(ref, dk, mid, end, reason);
        obs.push([mid, severity, this.oxygen(severity)]);
      } else {
        const f = this.free([dk, dc2, centre], start, stayEnd);
        if (f >= 0) this.episode(ref, f, start, end, reason);
        else this.home(ref, start, end, reason);
        obs.push([start, severity, this.oxygen(severity)]);
      }
    } else {
      const candidates = severity === 'moderate' ? [centre, dc2, dk] : [dc1, centre];
      const atHome = severity !== 'moderate' && Math.floor(start / DAY) >= this.homeFrom && rng.chance(0.5);
      const f = atHome ? -1 : this.free(candidates, start, stayEnd);
      if (f >= 0) this.episode(ref, f, start, end, reason, severity === 'moderate' ? 2 : 1);
      else this.home(ref, start, end, reason);
      obs.push([start, severity, this.oxygen(severity)]);
    }

    // The course: a last check before death, an improvement halfway to recovery, a check of a long stay.
    const last = obs[obs.length - 1][0];
    const beforeDeath = end - rng.int(360, 1440);
    if (outcome === 'died' && end < H) {
      if (beforeDeath > last) obs.push([beforeDeath, 'critical', 'ventilator']);
    } else if (end < H) obs.push([last + Math.floor((end - last) / 2), MILDER[severity], 'none']);
    else if (H - last > 2 * DAY)
      obs.push([last + rng.int(1, 2) * DAY + rng.int(0, 600), severity, this.oxygen(severity)]);
    for (const [t, s, o] of obs) if (t < H) this.out.row('severity', [ref, cal.instant(t), s, o]);
  }

  /** The first facility among `fs` active on the start's day with a bed on every day of [from, to). */
  private free(fs: number[], from: number, to: number): number {
    const d0 = Math.floor(from / DAY),
      d1 = Math.min(Math.ceil(to / DAY), this.cal.days);
    for (const f of fs) {
      if (f < 0 || this.opens[f] > d0) continue;
      let ok = true;
      for (let d = d0; d < d1 && ok; d++) ok = this.occupancy[f][d] < this.facilities[f].beds;
      if (ok) return f;
    }
    return -1;
  }

  /**
   * Writes a facility episode ending at `end` for `reason` (open when not before the horizon), at `tier` (default the
   * facility's), and books its days.
   */
  private episode(ref: string, f: number, start: number, end: number, reason: string, tier?: number) {
    const ended = end < this.cal.horizon;
    const fac = this.facilities[f];
    this.out.row('care', [
      ref,
      'facility',
      fac.code,
      this.cal.instant(start),
      ended ? this.cal.instant(end) : null,
      ended ? reason : null,
      tier === undefined || tier === fac.tier ? null : tier,
    ]);
    const d0 = Math.floor(start / DAY),
      d1 = ended ? Math.ceil(end / DAY) : this.cal.days;
    for (let d = d0; d < Math.min(d1, this.cal.days); d++) this.occupancy[f][d]++;
  }

  private home(ref: string, start: number, end: number, reason: string) {
    const ended = end < this.cal.horizon;
    this.out.row('care', [
      ref,
      'home',
      null,
      this.cal.instant(start),
      ended ? this.cal.instant(end) : null,
      ended ? reason : null,
      null,
    ]);
  }

  private oxygen(s: Severity): string {
    const r = this.rng.next();
    if (s === 'moderate') return r < 0.4 ? 'mask' : 'none';
    if (s === 'severe') return r < 0.6 ? 'hfnc' : 'mask';
    if (s === 'critical') return r < 0.05 ? 'ecmo' : r < 0.75 ? 'ventilator' : 'hfnc';
    return 'none';
  }
}
