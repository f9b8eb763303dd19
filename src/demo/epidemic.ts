// A deterministic epidemic wave over the generated population, day by day: cases found in the community, in
// quarantine and at entry; contact tracing (household, work, school, venue exposures) putting F1s in centralized
// quarantine at the generated facilities or at home under the national rule set in force that day (test days
// included), F2s at home while their F1 awaits a first result; returnees from outbreak areas; screening rounds in
// pools of 5; outcomes. Every fact about a person is decided when it is first needed and written at once, so rows
// stream out and memory is a few typed arrays.
import { NATIONAL_RULE_SETS, type QuarantineRule, type Rules } from '../rules/national.ts';
import { MINUTES_PER_DAY as DAY, type Calendar } from './calendar.ts';
import type { Sink } from './files.ts';
import { personRef, type Geo, type People } from './population.ts';
import { weighted, type Rng } from './random.ts';
import { DemoTreatment, treatmentColumns, treatmentFacilities } from '../treatment/demo.ts';

export interface EpidemicOptions {
  /** Screening rounds in pools of 5 (0–5): each samples 40% of the wards with a case in the last 14 days, 6% elsewhere. */
  screeningRounds: number;
}

type QuarantineKind = 'centralized' | 'home' | 'self_monitoring';

export interface Facility {
  code: string;
  name: string;
  kind: 'quarantine' | 'treatment' | 'both';
  ward: number;
  beds: number;
  icuBeds: number | null;
  tier: number | null;
  district: number | null;
}

/** How a confirmation came about (decides `detected_in` and whether the confirming samples are already written). */
const enum Via {
  Symptoms,
  QuarantineTest,
  EntryTest,
  Screening,
}

const SEVERITY_YOUNG = weighted([
  ['asymptomatic', 35],
  ['mild', 45],
  ['moderate', 12],
  ['severe', 6],
  ['critical', 2],
] as const);
const SEVERITY_OLD = weighted([
  ['asymptomatic', 15],
  ['mild', 40],
  ['moderate', 20],
  ['severe', 17],
  ['critical', 8],
] as const);
const DEATH_RATE: Record<string, number> = {
  critical: 0.45,
  severe: 0.12,
  moderate: 0.01,
  mild: 0.001,
  asymptomatic: 0,
};
const ADULT_SETTING = weighted([
  ['work', 50],
  ['venue', 30],
  ['other', 15],
  ['travel', 5],
] as const);
const OTHER_SETTING = weighted([
  ['venue', 60],
  ['other', 40],
] as const);

/** Days of the wave (from its first day) with province-wide pooled screening, round after round. */
export const SCREENING_DAYS = [50, 75, 95, 105, 112];

export function generateEpidemic(
  rng: Rng,
  geo: Geo,
  cal: Calendar,
  people: People,
  out: Sink,
  opts: EpidemicOptions,
): void {
  const n = people.count,
    H = cal.horizon;
  const infDay = new Int16Array(n).fill(-1); // day infected; -1 never
  const caseAt = new Int32Array(n).fill(-1); // minute of (planned) confirmation; -1 none
  const confirmed = new Uint8Array(n);
  // The person's latest quarantine (an episode and its follow-on) in minutes, and when its centralized part ends.
  const quarFrom = new Int32Array(n).fill(-1),
    quarTo = new Int32Array(n).fill(-1),
    centralTo = new Int32Array(n).fill(-1);
  const wardLastCase = new Int16Array(geo.wards.length).fill(-1000);
  const agenda = new Agenda();
  const exposuresSeen = new Set<number>();
  let sampleSeq = 0,
    poolSeq = 0,
    caseSeq = 0,
    now = 0;

  const rulesByDay = Array.from(
    { length: cal.days + 60 },
    (_, d): Rules => NATIONAL_RULE_SETS.filter((r) => r.effective_from <= cal.date(d)).at(-1)!.rules,
  );
  const dayOfDirective16 = cal.dayOf(`${cal.year}-07-26`),
    reopening = cal.dayOf(`${cal.year}-10-01`);
  /** Social distancing (Directive 16, here from 26/7) cuts transmission and contacts; October reopens a little. */
  const distancing = (d: number) =>
    d < dayOfDirective16 ? 1 : d >= reopening ? 0.6 : Math.max(0.4, 1 - 0.03 * (d - dayOfDirective16));
  const age = (p: number) => cal.year - people.birthYear[p];
  const inQuarantine = (p: number, t: number) => quarFrom[p] >= 0 && quarFrom[p] <= t && t < quarTo[p];
  /** In quarantine at t or already sent there from a later instant: not to be sent again. */
  const quarantined = (p: number, t: number) => quarFrom[p] >= 0 && t < quarTo[p];
  const detectable = (p: number, d: number) => infDay[p] >= 0 && d >= infDay[p] + 2 && d <= infDay[p] + 20;

  // Facilities: per district a school used as a quarantine camp and the district health centre (both); the province
  // adds the military school, the general hospital (tier 3) and a field hospital (tier 1). Beds grow with the province.
  const qBeds = Math.max(60, Math.round(n * 0.004));
  const facilities: Facility[] = [];
  geo.districts.forEach((d, di) => {
    const ward = d.wards[0];
    facilities.push({
      code: `CL-${d.code}`,
      name: `Khu cách ly tập trung Trường THPT ${d.name}`,
      kind: 'quarantine',
      ward,
      beds: Math.round((qBeds * 0.6) / geo.districts.length),
      icuBeds: null,
      tier: null,
      district: di,
    });
    facilities.push({
      code: `TTYT-${d.code}`,
      name: `Trung tâm Y tế ${d.fullName[0].toLowerCase()}${d.fullName.slice(1)}`,
      kind: 'both',
      ward,
      beds: Math.round((qBeds * 0.15) / geo.districts.length),
      icuBeds: rng.int(0, 4),
      tier: 2,
      district: di,
    });
  });
  const capital = geo.districts[0].wards[0];
  facilities.push({
    code: 'CL-QS',
    name: `Trường Quân sự tỉnh ${geo.provinceName}`,
    kind: 'quarantine',
    ward: capital,
    beds: Math.round(qBeds * 0.25),
    icuBeds: null,
    tier: null,
    district: null,
  });
  facilities.push({
    code: 'BV-DK',
    name: `Bệnh viện Đa khoa tỉnh ${geo.provinceName}`,
    kind: 'treatment',
    ward: capital,
    beds: Math.max(50, Math.round(n * 0.0006)),
    icuBeds: Math.max(5, Math.round(n * 0.00003)),
    tier: 3,
    district: null,
  });
  facilities.push({
    code: 'BV-DC1',
    name: 'Bệnh viện dã chiến số 1',
    kind: 'treatment',
    ward: capital,
    beds: Math.max(100, Math.round(n * 0.0015)),
    icuBeds: 0,
    tier: 1,
    district: null,
  });
  facilities.push(...treatmentFacilities(n, capital));
  for (const f of facilities)
    out.row('facilities', [
      ...[f.code, f.name, f.kind, geo.wards[f.ward].code, f.beds, f.icuBeds, f.tier],
      ...treatmentColumns(f, n, cal.year),
    ]);
  const treatment = new DemoTreatment(cal, out, facilities, n);
  const occupancy = facilities.map(() => new Int32Array(cal.days));

  /** A facility of the person's district (then the province's) with a bed on every day of [from, to). */
  const findBed = (p: number, from: number, to: number): number => {
    const district = geo.wards[people.ward[p]].district;
    const free = (f: number) => {
      for (let d = from; d < Math.min(to, cal.days); d++) if (occupancy[f][d] >= facilities[f].beds) return false;
      return true;
    };
    for (let f = 0; f < facilities.length; f++)
      if (facilities[f].kind !== 'treatment' && facilities[f].district === district && free(f)) return f;
    for (let f = 0; f < facilities.length; f++)
      if (facilities[f].kind === 'quarantine' && facilities[f].district === null && free(f)) return f;
    return -1;
  };

  const pcrLabs = [`CDC ${geo.provinceName}`, `Bệnh viện Đa khoa tỉnh ${geo.provinceName}`];
  const sample = (
    p: number,
    taken: number,
    method: 'pcr' | 'rapid_antigen',
    pool: string | null,
    result: string | null,
    resultAt: number,
    lab: string,
  ) => {
    const known = result !== null && resultAt < H;
    out.row('samples', [
      `XN${String(++sampleSeq).padStart(8, '0')}`,
      personRef(p),
      cal.instant(taken),
      method,
      pool,
      known ? result : null,
      known ? cal.instant(resultAt) : null,
      lab,
    ]);
  };

  /** Plans p's confirmation at `minute` (the earliest plan wins; never in the simulated past). */
  const planCase = (p: number, minute: number, via: Via) => {
    if (minute <= now) minute = now + rng.int(600, 2880);
    if (minute >= H || confirmed[p] || (caseAt[p] >= 0 && caseAt[p] <= minute)) return;
    caseAt[p] = minute;
    agenda.add(minute, p, via);
  };

  const infect = (p: number, day: number, symptomsChance: number) => {
    infDay[p] = day;
    if (rng.chance(symptomsChance)) planCase(p, (day + rng.int(4, 9)) * DAY + rng.int(480, 1200), Via.Symptoms);
  };

  const quarantineRule = (rules: Rules, kind: QuarantineKind, vaccinated: boolean): QuarantineRule => {
    const q = rules.quarantine;
    if (vaccinated && kind === 'centralized' && q.centralized_vaccinated) return q.centralized_vaccinated;
    if (vaccinated && kind === 'home' && q.home_vaccinated) return q.home_vaccinated;
    return q[kind];
  };

  /** Writes an episode; a follow-on extends the person's current quarantine instead of starting a new one. */
  const writeEpisode = (
    p: number,
    kind: QuarantineKind,
    start: number,
    end: number,
    reason: string,
    facility: number,
    group: string,
    followOn = false,
  ) => {
    const ended = end < H;
    out.row('quarantine', [
      personRef(p),
      kind,
      cal.instant(start),
      facility >= 0 ? facilities[facility].code : null,
      ended ? cal.instant(end) : null,
      ended ? reason : null,
      group,
    ]);
    const from = Math.floor(start / DAY),
      to = ended ? Math.ceil(end / DAY) : cal.days;
    if (facility >= 0) for (let d = from; d < Math.min(to, cal.days); d++) occupancy[facility][d]++;
    if (!followOn) {
      quarFrom[p] = start;
      centralTo[p] = kind === 'centralized' ? end : -1;
    }
    quarTo[p] = end;
  };

  /**
   * Starts a quarantine episode at `start` under that day's rules: samples on the rule's test days until one is
   * positive (then the episode ends with the confirmation), the follow-on episode after a completed one.
   * Returns the minute of the first result and whether it was positive (F2s wait for it), or null if not started.
   */
  const quarantine = (p: number, start: number, wanted: QuarantineKind, group: string, entry: boolean) => {
    if (start >= H || confirmed[p] || (caseAt[p] >= 0 && caseAt[p] <= start)) return null;
    const s = Math.floor(start / DAY),
      rules = rulesByDay[s],
      vaccinated = people.fullyVaccinated[p] <= s;
    let kind = wanted,
      rule = quarantineRule(rules, kind, vaccinated),
      facility = -1;
    if (kind === 'centralized' && (facility = findBed(p, s, s + rule.days)) < 0)
      rule = quarantineRule(rules, (kind = 'home'), vaccinated);
    const plannedEnd = start + rule.days * DAY;
    let first: { at: number; positive: boolean } | null = null,
      open = false;
    for (const t of rule.test_days) {
      const taken = Math.max(start + 30, (s + t - 1) * DAY + rng.int(420, 600));
      if (taken >= H || (caseAt[p] >= 0 && caseAt[p] <= taken)) break;
      const positive = detectable(p, Math.floor(taken / DAY)) && rng.chance(0.95);
      const resultAt = taken + rng.int(360, 1200);
      sample(p, taken, 'pcr', null, positive ? 'positive' : 'negative', resultAt, rng.pick(pcrLabs));
      first ??= { at: resultAt, positive };
      if (positive) {
        if (resultAt >= H) open = true; // still waiting for the result at export: the episode goes on
        planCase(p, resultAt, entry && t === 1 ? Via.EntryTest : Via.QuarantineTest);
        break;
      }
    }
    const confirmedWithin = caseAt[p] >= start && caseAt[p] < plannedEnd;
    const end = open ? H : confirmedWithin ? caseAt[p] : plannedEnd;
    writeEpisode(p, kind, start, end, confirmedWithin ? 'confirmed_case' : 'completed', facility, group);
    if (!open && !confirmedWithin && rule.follow_on_kind && rule.follow_on_days && end < H) {
      const followEnd = end + rule.follow_on_days * DAY;
      const caught = caseAt[p] >= end && caseAt[p] < followEnd;
      writeEpisode(
        p,
        rule.follow_on_kind,
        end,
        caught ? caseAt[p] : followEnd,
        caught ? 'confirmed_case' : 'completed',
        -1,
        group,
        true,
      );
    }
    return first;
  };

  /** Records one exposure (once per source, contact and day); true if it is new. */
  const expose = (source: number, contact: number, day: number, setting: string): boolean => {
    const key = (source * n + contact) * 512 + ((day + 128) & 511);
    if (exposuresSeen.has(key)) return false;
    exposuresSeen.add(key);
    out.row('exposures', [personRef(source), personRef(contact), cal.date(day), setting]);
    return true;
  };

  const settingFor = (a: number, b: number) => {
    const x = age(a),
      y = age(b);
    if (x >= 6 && x < 18 && y >= 6 && y < 18) return 'school';
    return x >= 18 && x < 60 && y >= 18 && y < 60 ? ADULT_SETTING.draw(rng) : OTHER_SETTING.draw(rng);
  };

  /**
   * Tracing at confirmation: the household (exposed until the case left home) and, for a case found outside
   * quarantine, people met in the ward. Some were infected (decided now, found later by their quarantine tests);
   * untraced infections in the ward surface later with symptoms or in screening (they drive the wave). F1s go to
   * quarantine; the households of non-household F1s are F2 (an exposure each), some kept home until the F1's first
   * result.
   */
  const trace = (c: number, at: number) => {
    const d = Math.floor(at / DAY);
    const isolated = inQuarantine(c, at);
    const lastAtHome = isolated && at < centralTo[c] ? Math.floor(quarFrom[c] / DAY) - 1 : d;
    const infectiousFrom = infDay[c] + 2,
      m = distancing(d);
    const tracedAt = at + rng.int(120, 1200),
      tracedDay = Math.floor(tracedAt / DAY);
    const contact = (x: number, day: number, setting: string, chance: number) => {
      if (confirmed[x] || !expose(c, x, day, setting)) return;
      if (infDay[x] < 0 && day >= infectiousFrom && !inQuarantine(x, day * DAY + 720) && rng.chance(chance * m)) {
        infect(x, Math.max(infectiousFrom, day - rng.int(0, 2)), 0.65);
      }
      if (quarantined(x, tracedAt)) return;
      const first = quarantine(x, tracedAt, 'centralized', 'contact', false);
      if (!first || setting === 'household') return;
      const hs = people.householdStart[x],
        he = hs + people.householdSize[x];
      for (let y = hs; y < he; y++) {
        if (y === x || y === c || confirmed[y] || !expose(x, y, tracedDay, 'household')) continue;
        if (quarantined(y, tracedAt) || !rng.chance(0.3)) continue;
        const end = first.at >= H ? H : first.at;
        writeEpisode(y, 'home', tracedAt, end, first.positive ? 'other' : 'completed', -1, 'contact');
      }
    };

    const hs = people.householdStart[c],
      he = hs + people.householdSize[c];
    for (let x = hs; x < he; x++) if (x !== c) contact(x, lastAtHome, 'household', 0.3);
    if (isolated) return;
    const w = people.ward[c],
      ws = people.wardStart[w],
      wn = people.wardStart[w + 1] - ws;
    for (let k = rng.poisson(7 * Math.max(0.5, m)); k > 0; k--) {
      const x = people.byWard[ws + rng.int(0, wn - 1)];
      if (x >= hs && x < he) continue;
      contact(x, d - rng.int(0, 3), settingFor(c, x), 0.08);
    }
    for (let k = rng.poisson(0.85 * m); k > 0; k--) {
      const x = people.byWard[ws + rng.int(0, wn - 1)];
      if (infDay[x] >= 0 || confirmed[x] || quarantined(x, at)) continue;
      infect(x, rng.int(Math.max(infectiousFrom, d - 7), d), 0.65);
    }
  };

  const confirm = (p: number, at: number, via: Via) => {
    if (confirmed[p] || caseAt[p] !== at) return;
    confirmed[p] = 1;
    now = at;
    const d = Math.floor(at / DAY);
    const detectedIn =
      via === Via.EntryTest ? 'entry' : via === Via.QuarantineTest || inQuarantine(p, at) ? 'quarantine' : 'community';
    if (via === Via.Symptoms) {
      // Seen at a clinic with symptoms: often a rapid test first, then the PCR that confirms.
      const taken = at - rng.int(600, 900);
      if (rng.chance(0.6))
        sample(
          p,
          taken - 40,
          'rapid_antigen',
          null,
          'positive',
          taken - 20,
          `Trạm Y tế ${geo.wards[people.ward[p]].fullName}`,
        );
      sample(p, taken, 'pcr', null, 'positive', at, rng.pick(pcrLabs));
    }
    const severity = (age(p) >= 65 ? SEVERITY_OLD : SEVERITY_YOUNG).draw(rng);
    out.row('cases', [personRef(p), cal.instant(at), `BN${20_000 + ++caseSeq}`, detectedIn, severity]);
    const r = rng.next();
    const [outcome, end] =
      r < DEATH_RATE[severity]
        ? ['died', at + rng.int(3, 20) * DAY]
        : r > 0.99
          ? ['transferred_out', at + rng.int(1, 5) * DAY]
          : ['discharged', at + rng.int(severity === 'mild' || severity === 'asymptomatic' ? 10 : 14, 28) * DAY];
    if (end < H) out.row('outcomes', [personRef(p), outcome, cal.instant(end)]);
    treatment.treat(personRef(p), geo.wards[people.ward[p]].district, at, severity, outcome, end);
    wardLastCase[people.ward[p]] = d;
    trace(p, at);
  };

  /** People coming home from outbreak areas (and a few from abroad): quarantined, tested, some positive. */
  const returnees = (d: number) => {
    const october = d >= reopening;
    for (let k = rng.poisson(n * (october ? 0.0008 : 0.00006)); k > 0; k--) {
      const p = rng.int(0, n - 1);
      if (confirmed[p] || caseAt[p] >= 0 || quarantined(p, d * DAY) || age(p) < 1) continue;
      if (infDay[p] < 0 && rng.chance(october ? 0.01 : 0.005)) infDay[p] = d - rng.int(0, 4);
      const abroad = rng.chance(0.04);
      const kind: QuarantineKind =
        abroad || (people.fullyVaccinated[p] > d && rng.chance(0.5))
          ? 'centralized'
          : rng.chance(0.8)
            ? 'home'
            : 'self_monitoring';
      quarantine(p, d * DAY + rng.int(480, 1320), kind, abroad ? 'abroad' : 'outbreak_area', true);
    }
  };

  /** Screening in pools of 5 by ward: most of the wards with a recent case, a sample of the others. */
  const screen = (d: number) => {
    geo.wards.forEach((_, w) => {
      const coverage = d - wardLastCase[w] <= 14 ? 0.4 : 0.06;
      const members: number[] = [];
      const flush = () => {
        if (!members.length) return;
        const pool = `GM${String(++poolSeq).padStart(7, '0')}`;
        const taken = d * DAY + rng.int(420, 960),
          resultAt = taken + rng.int(600, 1400);
        const found = members.some((p) => detectable(p, d)) && rng.chance(0.95);
        const result = found ? 'positive' : rng.chance(0.002) ? 'invalid' : 'negative';
        for (const p of members) sample(p, taken, 'pcr', pool, null, resultAt, pcrLabs[0]);
        if (resultAt < H) out.row('pool_results', [pool, result, cal.instant(resultAt)]);
        if (result !== 'negative' && resultAt < H) {
          // Every member of a positive (or failed) pool is sampled again alone; those results decide.
          for (const p of members) {
            const again = resultAt + rng.int(120, 600),
              againResult = again + rng.int(360, 1200);
            const positive = detectable(p, Math.floor(again / DAY));
            sample(p, again, 'pcr', null, positive ? 'positive' : 'negative', againResult, pcrLabs[0]);
            if (positive) planCase(p, againResult, Via.Screening);
          }
        }
        members.length = 0;
      };
      for (let k = people.wardStart[w]; k < people.wardStart[w + 1]; k++) {
        const p = people.byWard[k];
        if (confirmed[p] || quarantined(p, d * DAY + 600) || !rng.chance(coverage)) continue;
        members.push(p);
        if (members.length === 5) flush();
      }
      flush();
    });
  };

  // The wave starts with a few undetected infections brought in during the first week.
  for (let k = Math.max(3, Math.round(n / 50_000)); k > 0; k--) infect(rng.int(0, n - 1), rng.int(-3, 6), 1);
  const screeningDays = SCREENING_DAYS.slice(0, opts.screeningRounds).filter((d) => d < cal.days);
  for (let d = 0; d < cal.days; d++) {
    now = d * DAY;
    returnees(d);
    if (screeningDays.includes(d)) screen(d);
    // In time order; a confirmation may plan another later the same day.
    for (let e = agenda.next((d + 1) * DAY); e; e = agenda.next((d + 1) * DAY)) confirm(e.person, e.minute, e.via);
  }
}

interface Planned {
  minute: number;
  person: number;
  via: Via;
}

/** Planned confirmations as a binary min-heap by minute (ties by insertion order: deterministic). */
class Agenda {
  private readonly heap: (Planned & { seq: number })[] = [];
  private seq = 0;

  add(minute: number, person: number, via: Via): void {
    const h = this.heap;
    h.push({ minute, person, via, seq: this.seq++ });
    for (let i = h.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      [h[i], h[parent]] = [h[parent], h[i]];
      i = parent;
    }
  }

  /** Removes and returns the earliest event before `until`, if any. */
  next(until: number): Planned | undefined {
    const h = this.heap;
    if (!h.length || h[0].minute >= until) return undefined;
    const top = h[0],
      last = h.pop()!;
    if (h.length) {
      h[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1,
          r = l + 1;
        let m = i;
        if (l < h.length && this.before(l, m)) m = l;
        if (r < h.length && this.before(r, m)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }

  private before(a: number, b: number): boolean {
    const x = this.heap[a],
      y = this.heap[b];
    return x.minute < y.minute || (x.minute === y.minute && x.seq < y.seq);
  }
}
