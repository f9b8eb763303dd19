// The demo province's residents abroad and residents held in other provinces (docs/contracts/period-report.md),
// chosen from the loaded persons by their refs (deterministic): about one adult in 100 abroad, in the countries
// of seed 000's survey (Đài Loan, Hàn Quốc, Mỹ, Trung Quốc, Nhật, Ý …), some back already, some expected; and seed
// 000's 93 residents quarantined in other provinces — 51 completed in Thái Nguyên, Hòa Bình, Bắc Kạn, Cao Bằng and
// Lạng Sơn, 42 current in Trà Vinh (3), Tiền Giang (24), Cần Thơ (9) and Lạng Sơn (6) — among persons with no
// quarantine or case of their own. Returned as CSVs for the importer (residents_abroad, quarantine).
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { Rng, weighted } from '../demo/random.ts';

const COUNTRY = weighted([
  ['TW', 1451],
  ['KR', 1318],
  ['JP', 420],
  ['US', 308],
  ['CN', 278],
  ['MY', 150],
  ['AU', 90],
  ['DE', 60],
  ['IT', 10],
] as const);
/** Seed 000, 3.2: where the 93 were held, completed and current. */
const HELD: [province: string, completed: number, current: number][] = [
  ['04', 7, 0], // Cao Bằng
  ['06', 8, 0], // Bắc Kạn
  ['17', 12, 0], // Hòa Bình
  ['19', 15, 0], // Thái Nguyên
  ['20', 9, 6], // Lạng Sơn
  ['82', 0, 24], // Tiền Giang
  ['84', 0, 3], // Trà Vinh
  ['92', 0, 9], // Cần Thơ
];

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

export async function residentsDemoFiles(
  db: Db,
  ctx: Ctx,
  asOf: string,
): Promise<{ residents_abroad: string; quarantine: string }> {
  const rng = new Rng(2020);
  const end = Date.parse(asOf.slice(0, 10) + 'T00:00:00Z') - DAY; // the wave's last day
  const adults = await db.query<{ person_ref: string; full_name: string; ward_code: string }>(
    `SELECT person_ref, full_name, ward_code FROM persons
      WHERE province_code = $1 AND ward_code IS NOT NULL AND birth_year BETWEEN 1960 AND 2002 AND merged_into IS NULL
      ORDER BY person_ref`,
    [ctx.province],
  );
  const abroad = ['resident_ref,full_name,ward_code,country,left_on,expected_return_on,returned_on,person_ref'];
  adults.forEach((p, i) => {
    if (i % 100 !== 7) return;
    const left = day(Date.parse('2015-01-01') + rng.int(0, 6 * 365) * DAY);
    const r = rng.next();
    // a fifth came back during the wave; two in five are expected back in the coming months
    const returned = r < 0.2 ? day(end - rng.int(0, 110) * DAY) : null;
    const expected = returned ?? (r < 0.6 ? day(end + rng.int(3, 150) * DAY) : null);
    abroad.push(
      [`NN-${p.person_ref}`, p.full_name, p.ward_code, COUNTRY.draw(rng), left, expected, returned, p.person_ref]
        .map((v) => v ?? '')
        .join(','),
    );
  });

  const free = await db.query<{ person_ref: string }>(
    `SELECT p.person_ref FROM persons p
      WHERE p.province_code = $1 AND p.merged_into IS NULL
        AND NOT EXISTS (SELECT 1 FROM quarantine_episodes e WHERE e.province_code = p.province_code AND e.person_id = p.person_id)
        AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.province_code = p.province_code AND c.person_id = p.person_id)
      ORDER BY p.person_ref`,
    [ctx.province],
  );
  const quarantine = ['person_ref,kind,start_at,end_at,end_reason,subject_group,held_in_province'];
  const step = Math.max(1, Math.floor(free.length / 100));
  let k = 0;
  for (const [province, completed, current] of HELD) {
    if (province === ctx.province) continue;
    for (let j = 0; j < completed + current && k * step < free.length; j++, k++) {
      const person = free[k * step].person_ref;
      // completed: 14 days in August–September; current: from the last twelve days of the wave
      const start = j < completed ? end - rng.int(25, 60) * DAY : end - rng.int(0, 11) * DAY;
      const at = `${day(start)} ${String(rng.int(7, 17)).padStart(2, '0')}:00`;
      const ended = j < completed ? `${day(start + 14 * DAY)} ${at.slice(11)}` : '';
      quarantine.push([person, 'centralized', at, ended, ended && 'completed', 'outbreak_area', province].join(','));
    }
  }
  return { residents_abroad: abroad.join('\n') + '\n', quarantine: quarantine.join('\n') + '\n' };
}
