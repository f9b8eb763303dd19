// The demo province's arrival cohorts (docs/contracts/period-report.md), added after the generated wave is loaded:
// every returnee the wave put in quarantine (subject group outbreak_area or abroad) declared where they came from a
// few hours before their quarantine started — Hà Nội (01), Hồ Chí Minh City (79), Bình Dương (74) or Đà Nẵng (48),
// or a country abroad —, travellers nobody registered declared arriving from Hà Nội, and the returnees of the
// checkpoints' week showed their declaration at a checkpoint. Deterministic: chosen from the loaded records by
// their ids, no randomness. The declarations are a CSV for the importer (they are linked to persons and judged
// against the outbreak areas there); the crossings are recorded once (a second load adds none).
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { createCrossing } from './crossings.ts';
import { validationEnv } from './routes.ts';

const CSV_HEADER =
  'declaration_ref,declared_at,channel,full_name,birth_year,id_number,phone,from_country,from_province,travel_mode,to_ward_code';

/** Origins of the returnees from outbreak areas, by person id modulo 20; countries of those from abroad. */
const PROVINCE_BY_20 = (i: number) => (i < 9 ? '01' : i < 16 ? '79' : i < 18 ? '74' : '48');
const COUNTRIES = ['KR', 'TW', 'JP', 'US', 'KR', 'TW', 'MY', 'TW'];
const NAMES = ['Nguyễn Văn', 'Trần Thị', 'Lê Văn', 'Phạm Thị', 'Hoàng Văn', 'Vũ Thị', 'Đỗ Văn', 'Bùi Thị'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hải', 'Khánh', 'Linh', 'Minh', 'Ngọc', 'Phong', 'Quyên'];

const csvCell = (v: string | number | null) =>
  v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v);

/** The declarations of the demo's arrivals as a `declarations` CSV (docs/contracts/imports.md, README). */
export async function cohortDemoDeclarations(db: Db, ctx: Ctx, asOf: string): Promise<string> {
  // The first episode of each returnee's course (not a follow-on or a move: no episode of theirs ends as it starts).
  const returnees = await db.query<{
    person_id: number;
    person_ref: string;
    full_name: string;
    birth_year: number | null;
    id_number: string | null;
    phone: string | null;
    ward_code: string | null;
    subject_group: 'abroad' | 'outbreak_area';
    declared_at: string;
  }>(
    `SELECT p.person_id, p.person_ref, p.full_name, p.birth_year, p.id_number, p.phone, p.ward_code, e.subject_group,
            to_char((e.start_at - (1 + p.person_id % 5) * interval '1 hour') AT TIME ZONE 'Asia/Ho_Chi_Minh',
                    'YYYY-MM-DD HH24:MI') AS declared_at
       FROM quarantine_episodes e JOIN persons p ON p.province_code = e.province_code AND p.person_id = e.person_id
      WHERE e.province_code = $1 AND e.subject_group IN ('abroad', 'outbreak_area') AND e.held_in_province IS NULL
        AND NOT EXISTS (SELECT 1 FROM quarantine_episodes b WHERE b.province_code = e.province_code
                          AND b.person_id = e.person_id AND b.end_at = e.start_at)
      ORDER BY e.start_at, p.person_ref`,
    [ctx.province],
  );
  const lines = [CSV_HEADER];
  for (const r of returnees) {
    const abroad = r.subject_group === 'abroad';
    const province = PROVINCE_BY_20(r.person_id % 20);
    if (!abroad && province === ctx.province) continue;
    lines.push(
      [
        `DEMO-${r.person_ref}-${r.declared_at.slice(0, 10).replace(/-/g, '')}`,
        r.declared_at,
        'app',
        r.full_name,
        r.birth_year,
        r.id_number,
        r.phone,
        abroad ? COUNTRIES[r.person_id % COUNTRIES.length] : 'VN',
        abroad ? null : province,
        abroad || province !== '79' ? 'air' : 'road',
        r.ward_code,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  // Travellers from Hà Nội whom no record of the province knows: two a day over the last 60 days of the wave.
  const wards = await db.query<{ code: string }>(
    `SELECT code FROM admin_units WHERE province_code = $1 AND geography = '2024' AND level = 'ward' ORDER BY code`,
    [ctx.province],
  );
  const last = Date.parse(asOf.slice(0, 10) + 'T00:00:00Z') - 86_400_000;
  if (ctx.province !== '01')
    for (let k = 0; k < 120; k++) {
      const day = new Date(last - Math.floor(k / 2) * 86_400_000).toISOString().slice(0, 10);
      lines.push(
        [
          `DEMO-KHACH-${String(k + 1).padStart(3, '0')}`,
          `${day} ${String(8 + ((k * 5) % 12)).padStart(2, '0')}:${String((k * 17) % 60).padStart(2, '0')}`,
          'app',
          `${NAMES[k % NAMES.length]} ${GIVEN[(k * 7) % GIVEN.length]}`,
          1960 + ((k * 13) % 45),
          null,
          `097${String(5_000_000 + k * 7_919).padStart(7, '0')}`,
          'VN',
          '01',
          'air',
          wards[(k * 11) % wards.length].code,
        ]
          .map(csvCell)
          .join(','),
      );
    }
  return lines.join('\n') + '\n';
}

/**
 * The returnees of the checkpoints' last week (src/entry/demo.ts) from Hà Nội or Hồ Chí Minh City, one in three,
 * cross at a checkpoint showing their declaration. Returns how many crossings were recorded (none the second time).
 */
export async function loadCohortDemoCrossings(db: Db, ctx: Ctx): Promise<number> {
  const done = await db.query(
    `SELECT 1 FROM crossings x JOIN declarations d ON d.province_code = x.province_code AND d.declaration_id = x.declaration_id
      WHERE x.province_code = $1 AND d.declaration_ref LIKE 'DEMO-%' LIMIT 1`,
    [ctx.province],
  );
  if (done.length) return 0;
  const travellers = await db.query<{ declaration_ref: string; checkpoint_code: string; crossed_at: Date }>(
    `SELECT d.declaration_ref, c.checkpoint_code, d.declared_at + interval '40 minutes' AS crossed_at
       FROM declarations d
       CROSS JOIN LATERAL (SELECT checkpoint_code FROM checkpoints c WHERE c.province_code = d.province_code AND c.mode = 'road'
                            AND (c.active_from IS NULL OR c.active_from <= vn_day(d.declared_at))
                           ORDER BY c.checkpoint_code OFFSET (d.declaration_id % 2) LIMIT 1) c
      WHERE d.province_code = $1 AND d.declaration_ref LIKE 'DEMO-%' AND d.person_id IS NOT NULL
        AND d.from_province IN ('01', '79') AND d.declaration_id % 3 = 0
        AND d.declared_at < (SELECT max(crossed_at) FROM crossings WHERE province_code = $1)
      ORDER BY d.declared_at, d.declaration_ref`,
    [ctx.province],
  );
  const env = await validationEnv(db)(ctx);
  for (const x of travellers)
    await createCrossing(
      db,
      ctx,
      {
        declaration_ref: x.declaration_ref,
        checkpoint_code: x.checkpoint_code,
        crossed_at: new Date(x.crossed_at).toISOString(),
        purpose: 'return_home',
        decision: 'quarantine',
        mode: 'road',
      },
      env,
    );
  return travellers.length;
}
