// Testing of the demo province: the two PCR labs its samples name (registered with their capacity) and its
// province-wide pooled screening rounds over every ward, so that the testing page shows capacity and positivity.
// Added once: a province with registered labs is left alone.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { SCREENING_DAYS } from '../demo/epidemic.ts';
import { putLab } from './labs.ts';
import { putRound } from './screening.ts';

const addDays = (day: string, n: number) => new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);

export async function loadTestingDemo(db: Db, ctx: Ctx, firstDay: string, screeningRounds = 1): Promise<void> {
  const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM labs WHERE province_code = $1', [
    ctx.province,
  ]);
  if (n > 0) return;
  const [{ name }] = await db.query<{ name: string }>('SELECT name FROM provinces WHERE province_code = $1', [
    ctx.province,
  ]);
  // The lab codes are the names the generated samples carry (src/demo/epidemic.ts).
  await putLab(db, ctx, `CDC ${name}`, {
    name: `Trung tâm Kiểm soát bệnh tật tỉnh ${name}`,
    methods: ['pcr'],
    capacity_per_day: 3000,
  });
  await putLab(db, ctx, `Bệnh viện Đa khoa tỉnh ${name}`, {
    name: `Bệnh viện Đa khoa tỉnh ${name}`,
    methods: ['pcr', 'rapid_antigen'],
    capacity_per_day: 1000,
  });
  const wards = await db.query<{ code: string }>(
    `SELECT code FROM admin_units WHERE province_code = $1 AND geography = '2024' AND level = 'ward' ORDER BY code`,
    [ctx.province],
  );
  const [{ people }] = await db.query<{ people: number | null }>(
    'SELECT sum(population)::int AS people FROM ward_population WHERE province_code = $1',
    [ctx.province],
  );
  for (const [i, d] of SCREENING_DAYS.slice(0, screeningRounds).entries()) {
    const day = addDays(firstDay, d);
    await putRound(db, ctx, `SL${i + 1}`, {
      campaign: 'Xét nghiệm sàng lọc diện rộng',
      round_no: i + 1,
      starts_on: day,
      ends_on: day,
      target_population: people,
      method: 'pcr',
      areas: wards.map((w) => ({ ward_code: w.code })),
    });
  }
}
