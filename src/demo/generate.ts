// A deterministic synthetic province: persons with Vietnamese names, valid CCCDs and phones spread over the
// province's real wards, synthetic hamlets, and ward populations. Written as contract CSVs, loaded by the importer.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { csvRecord, readCsvFile } from '../shared/csv.ts';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE_M = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thành', 'Công'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Kim', 'Mỹ', 'Thanh', 'Bích'];
const GIVEN_M = ['An', 'Bình', 'Cường', 'Dũng', 'Hùng', 'Khoa', 'Long', 'Nam', 'Phúc', 'Quang', 'Sơn', 'Tài', 'Thắng', 'Tuấn', 'Việt'];
const GIVEN_F = ['Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hằng', 'Hương', 'Lan', 'Linh', 'Mai', 'Nga', 'Oanh', 'Phương', 'Thảo', 'Yến'];
const MOBILE_PREFIX = ['090', '091', '093', '094', '096', '097', '098', '032', '033', '035', '037', '039', '070', '077', '081', '085'];

/** Mulberry32: small, fast, deterministic. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoFiles { persons: AsyncIterable<string>; population: string; hamlets: string }

export async function demoFiles(db: Db, ctx: Ctx, people: number, seed = 1): Promise<DemoFiles> {
  const wards = (await db.query<{ code: string }>(
    `SELECT code FROM admin_units WHERE province_code = $1 AND level = 'ward' AND geography =
       (SELECT geography FROM provinces WHERE province_code = $1) ORDER BY code`, [ctx.province])).map((w) => w.code);
  const provincePop = Number(readCsvFile(new URL('../../reference-data/province-population-2020.csv', import.meta.url))
    .find((r) => r.province_code === ctx.province)?.average_population_2020 ?? 1_000_000);
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const year = new Date().getFullYear();

  let population = 'ward_code,population,population_18plus\n';
  let hamlets = 'ward_code,name\n';
  const weights = wards.map(() => 0.5 + rand());
  const sum = weights.reduce((a, b) => a + b, 0);
  wards.forEach((w, i) => {
    const pop = Math.round((provincePop * weights[i]) / sum);
    population += csvRecord([w, pop, Math.round(pop * 0.72)]);
    for (let h = 1; h <= 5; h++) hamlets += csvRecord([w, `Ấp ${h}`]);
  });

  async function* persons() {
    yield 'person_ref,full_name,birth_year,sex,id_number,phone,ward_code,hamlet\n';
    let chunk = '';
    for (let i = 1; i <= people; i++) {
      const male = rand() < 0.5;
      const birthYear = 1930 + Math.floor(rand() * 90);
      const name = `${pick(FAMILY)} ${pick(male ? MIDDLE_M : MIDDLE_F)} ${pick(male ? GIVEN_M : GIVEN_F)}`;
      const centuryDigit = (birthYear >= 2000 ? 2 : 0) + (male ? 0 : 1);
      const cccd = rand() < 0.8 ? `0${ctx.province}${centuryDigit}${String(birthYear % 100).padStart(2, '0')}${String(i).padStart(6, '0')}` : null;
      const phone = rand() < 0.85 ? pick(MOBILE_PREFIX) + String(Math.floor(rand() * 1e7)).padStart(7, '0') : null;
      chunk += csvRecord([`DEMO-${String(i).padStart(7, '0')}`, name, birthYear <= year ? birthYear : null, male ? 'M' : 'F',
        cccd, phone, pick(wards), `Ấp ${1 + Math.floor(rand() * 5)}`]);
      if (chunk.length > 1 << 20) { yield chunk; chunk = ''; }
    }
    if (chunk) yield chunk;
  }
  return { persons: persons(), population, hamlets };
}
