// The generated population: the province's real wards, synthetic hamlets, households of Vietnamese families with
// valid CCCDs and phones, ward populations, and each adult's vaccinations. Persons are written as they are made;
// what the epidemic needs later is kept in typed arrays (a few bytes a person), not as rows.
import { provinceUnits } from '../geo/reference.ts';
import type { Calendar } from './calendar.ts';
import type { Sink } from './files.ts';
import { Rng, Weighted, weighted } from './random.ts';
import {
  BIRTH_PROVINCES_ELSEWHERE,
  FAMILY,
  GIVEN_F,
  GIVEN_M,
  MIDDLE_F,
  MIDDLE_M,
  MOBILE_PREFIX,
  PLACE_PARTS,
  STREETS,
} from './names.ts';

export interface Ward {
  code: string;
  fullName: string;
  district: number;
  urban: boolean;
  hamlets: string[];
}
export interface District {
  code: string;
  name: string;
  fullName: string;
  wards: number[];
}
export interface Geo {
  provinceCode: string;
  provinceName: string;
  wards: Ward[];
  districts: District[];
}

/** The province's real 2024 districts and wards (reference-data), with generated hamlets. */
export function provinceGeo(code: string, rng: Rng): Geo {
  const p = provinceUnits(code, '2024');
  if (!p) throw new Error(`unknown province ${code}`);
  const own = p.units.filter((u) => u.geography === '2024');
  const districts: District[] = own
    .filter((u) => u.level === 'district')
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((u) => ({ code: u.code, name: u.name, fullName: u.full_name, wards: [] }));
  const districtIndex = new Map(districts.map((d, i) => [d.code, i]));
  const wards = own
    .filter((u) => u.level === 'ward')
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((u, i): Ward => {
      const urban = !u.full_name.startsWith('Xã');
      const district = districtIndex.get(u.parent_code!)!;
      districts[district].wards.push(i);
      // Wards call their hamlets "khu vực"/"khóm" in towns and "ấp" in the countryside (the Mekong usage).
      const count = rng.int(4, 9);
      const hamlets = urban
        ? Array.from({ length: count }, (_, h) => `Khu vực ${h + 1}`)
        : [...new Set(Array.from({ length: count }, () => `Ấp ${rng.pick(PLACE_PARTS)} ${rng.pick(PLACE_PARTS)}`))];
      return { code: u.code, fullName: u.full_name, district, urban, hamlets };
    });
  return { provinceCode: code, provinceName: p.name, wards, districts };
}

/** What the epidemic needs to know of each person (index i = person_ref DEMO-{i+1}). */
export interface People {
  count: number;
  ward: Uint16Array;
  /** Index of the household's first member; members are consecutive. */
  householdStart: Int32Array;
  householdSize: Uint8Array;
  birthYear: Uint16Array;
  /** Day (calendar index) from which the person counts as fully vaccinated (dose 2 + 14 days); 32767 = never. */
  fullyVaccinated: Int16Array;
  /** Persons grouped by ward: members of ward w are byWard[wardStart[w] … wardStart[w+1]). */
  wardStart: Int32Array;
  byWard: Int32Array;
}

export const NEVER = 32767;
export const personRef = (i: number) => `DEMO-${String(i + 1).padStart(7, '0')}`;

const HOUSEHOLD_SIZE = weighted([
  [1, 9],
  [2, 18],
  [3, 24],
  [4, 25],
  [5, 13],
  [6, 7],
  [7, 4],
] as const);

/** Vaccines by period of 2021: AstraZeneca first (from 8/3), then the summer's mix. */
const PRODUCTS_EARLY = weighted([['astrazeneca', 1]] as const);
const PRODUCTS_LATER = weighted([
  ['astrazeneca', 35],
  ['verocell', 35],
  ['pfizer', 20],
  ['moderna', 10],
] as const);
const DOSE_INTERVAL: Record<string, [number, number]> = {
  astrazeneca: [42, 84],
  verocell: [21, 28],
  pfizer: [21, 28],
  moderna: [28, 35],
};

interface Member {
  male: boolean;
  age: number;
  family: string;
}

export function generatePeople(rng: Rng, geo: Geo, cal: Calendar, n: number, out: Sink): People {
  const ward = new Uint16Array(n),
    householdStart = new Int32Array(n),
    householdSize = new Uint8Array(n);
  const birthYear = new Uint16Array(n),
    fullyVaccinated = new Int16Array(n).fill(NEVER);
  // Towns are denser than communes; each ward gets its own share.
  const wardPick = new Weighted(
    geo.wards.map((_, i) => i),
    geo.wards.map((w) => (w.urban ? 1.5 : 0.6) + rng.next()),
  );
  const cccdSerial = new Map<number, number>();
  let cmndSerial = 3_600_000 + rng.int(0, 100_000);
  const lots = Object.fromEntries(
    Object.keys(DOSE_INTERVAL).map((p) => [
      p,
      Array.from({ length: 6 }, () => `${p.slice(0, 2).toUpperCase()}${rng.int(1000, 9999)}`),
    ]),
  );
  const vaccinationStart = cal.dayOf(`${cal.year}-03-08`),
    summer = cal.dayOf(`${cal.year}-07-01`);
  const span = cal.days - vaccinationStart;

  const personName = (m: Member) => {
    const middle = (m.male ? MIDDLE_M : MIDDLE_F).draw(rng);
    const given = rng.pick(m.male ? GIVEN_M : GIVEN_F);
    const second = rng.chance(0.12) ? (m.male ? MIDDLE_M : MIDDLE_F).draw(rng) : middle;
    return second !== middle ? `${m.family} ${middle} ${second} ${given}` : `${m.family} ${middle} ${given}`;
  };

  /** CCCD for most adults (issued from 14), the old 9-digit CMND for some; serials unique per birth code. */
  const idNumber = (m: Member, year: number): string | null => {
    if (m.age < 14) return null;
    const r = rng.next();
    if (r < 0.1) return String(cmndSerial++).padStart(9, '0');
    if (r > 0.88) return null;
    const province = rng.chance(0.85) ? geo.provinceCode : rng.pick(BIRTH_PROVINCES_ELSEWHERE);
    const centurySex = (year >= 2000 ? 2 : 0) + (m.male ? 0 : 1);
    const bucket = Number(province) * 1000 + centurySex * 100 + (year % 100);
    const serial = (cccdSerial.get(bucket) ?? rng.int(1, 5000)) + rng.int(1, 3);
    cccdSerial.set(bucket, serial);
    return `0${province}${centurySex}${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
  };

  /** A phone as people write it: mostly 0xxxxxxxxx, some +84, spaced, a lost leading zero, a few landlines. */
  const phone = (m: Member): string | null => {
    if (m.age < 15 || !rng.chance(0.88)) return null;
    const r = rng.next();
    if (r < 0.02) return `029${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
    const number = rng.pick(MOBILE_PREFIX) + String(rng.int(0, 9_999_999)).padStart(7, '0');
    if (r < 0.12) return '+84' + number.slice(1);
    if (r < 0.22) return `${number.slice(0, 4)} ${number.slice(4, 7)} ${number.slice(7)}`;
    if (r < 0.25) return number.slice(1);
    return number;
  };

  const vaccinate = (i: number, m: Member, w: Ward) => {
    if (m.age < 18 || !rng.chance(m.age >= 65 ? 0.72 : m.age >= 50 ? 0.62 : 0.48)) return;
    const ref = personRef(i),
      site = `Trạm Y tế ${w.fullName[0].toLowerCase()}${w.fullName.slice(1)}`;
    // Later in the year more vaccine arrived: draw dose-1 days skewed toward the end.
    const day1 = vaccinationStart + Math.floor(span * Math.sqrt(rng.next()));
    const product = (day1 < summer ? PRODUCTS_EARLY : PRODUCTS_LATER).draw(rng);
    out.row('vaccinations', [ref, 1, product, cal.date(day1), rng.pick(lots[product]), site]);
    const [lo, hi] = DOSE_INTERVAL[product];
    const day2 = day1 + rng.int(lo, hi);
    if (day2 < cal.days && rng.chance(0.92)) {
      out.row('vaccinations', [ref, 2, product, cal.date(day2), rng.pick(lots[product]), site]);
      fullyVaccinated[i] = day2 + 14;
    }
  };

  for (const w of geo.wards) for (const h of w.hamlets) out.row('hamlets', [w.code, h]);

  let i = 0;
  while (i < n) {
    const size = Math.min(HOUSEHOLD_SIZE.draw(rng), n - i);
    const wi = wardPick.draw(rng),
      w = geo.wards[wi];
    const hamlet = rng.pick(w.hamlets);
    const address = w.urban ? `Số ${rng.int(1, 399)} đường ${rng.pick(STREETS)}` : null;
    const members = household(rng, size);
    members.forEach((m, k) => {
      const idx = i + k,
        year = cal.year - m.age;
      ward[idx] = wi;
      householdStart[idx] = i;
      householdSize[idx] = size;
      birthYear[idx] = year;
      const withDate = rng.chance(0.35);
      const birthDate = withDate
        ? `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`
        : null;
      const sexText = rng.chance(0.04) ? (m.male ? 'nam' : 'nữ') : m.male ? 'M' : 'F';
      out.row('persons', [
        personRef(idx),
        personName(m),
        withDate && rng.chance(0.5) ? null : year,
        birthDate && rng.chance(0.2) ? birthDate.split('-').reverse().join('/') : birthDate,
        sexText,
        idNumber(m, year),
        phone(m),
        w.code,
        hamlet,
        address,
      ]);
      vaccinate(idx, m, w);
    });
    i += size;
  }

  const wardStart = new Int32Array(geo.wards.length + 1),
    byWard = new Int32Array(n);
  for (let p = 0; p < n; p++) wardStart[ward[p] + 1]++;
  for (let w = 0; w < geo.wards.length; w++) wardStart[w + 1] += wardStart[w];
  const fill = wardStart.slice(0, -1);
  for (let p = 0; p < n; p++) byWard[fill[ward[p]]++] = p;

  // The demo province's registry is its whole population: ward populations are the generated counts.
  geo.wards.forEach((w, wi) => {
    let adults = 0,
      over50 = 0;
    for (let k = wardStart[wi]; k < wardStart[wi + 1]; k++) {
      if (cal.year - birthYear[byWard[k]] >= 18) adults++;
      if (cal.year - birthYear[byWard[k]] >= 50) over50++;
    }
    out.row('population', [w.code, wardStart[wi + 1] - wardStart[wi], adults, over50]);
  });
  return { count: n, ward, householdStart, householdSize, birthYear, fullyVaccinated, wardStart, byWard };
}

/** A household: a head, a spouse, children, sometimes an elderly parent; children carry the father's family name. */
function household(rng: Rng, size: number): Member[] {
  const headMale = rng.chance(0.75);
  const headAge = size === 1 ? rng.int(18, 90) : rng.int(23, 75);
  const headFamily = FAMILY.draw(rng);
  const members: Member[] = [{ male: headMale, age: headAge, family: headFamily }];
  if (size >= 2)
    members.push({ male: !headMale, age: Math.max(18, headAge + rng.int(-7, 4)), family: FAMILY.draw(rng) });
  const fatherFamily = headMale || size === 1 ? headFamily : members[1].family;
  if (size >= 3 && headAge >= 45 && rng.chance(0.35)) {
    members.push({ male: rng.chance(0.35), age: Math.min(100, headAge + rng.int(22, 32)), family: FAMILY.draw(rng) });
  }
  while (members.length < size) {
    members.push({ male: rng.chance(0.51), age: Math.max(0, headAge - rng.int(20, 40)), family: fatherFamily });
  }
  return members;
}
