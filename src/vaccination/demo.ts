// Vaccine supply of the demo province, worked back from the doses it gave: a Ministry allocation per product, the
// provincial store receiving each lot (a tenth more than was given) and passing each district store what its
// wards gave, and one round per month of vaccination. The generated doses name their commune health station in
// words (not a registered site), so the sites' own stock is not moved by them. Added once: a province with
// vaccination sites, or with rounds, is left alone.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import type { Product } from './products.ts';
import { createAllocation, putSite, recordMove } from './supply.ts';
import { putRound } from './rounds.ts';

const addDays = (day: string, n: number) => new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);
const STORE = 'KHO-TINH';

export async function loadVaccinationDemo(db: Db, ctx: Ctx): Promise<void> {
  const [{ sites, rounds }] = await db.query<{ sites: number; rounds: number }>(
    `SELECT (SELECT count(*) FROM vaccination_sites WHERE province_code = $1)::int AS sites,
            (SELECT count(*) FROM vaccination_rounds WHERE province_code = $1)::int AS rounds`,
    [ctx.province],
  );
  if (sites > 0 || rounds > 0) return;
  const lots = await db.query<{ product: Product; lot: string; doses: number; first: string; last: string }>(
    `SELECT product, lot, count(*)::int AS doses, min(given_on)::text AS first, max(given_on)::text AS last
       FROM vaccinations WHERE province_code = $1 AND lot IS NOT NULL GROUP BY product, lot ORDER BY min(given_on), lot`,
    [ctx.province],
  );
  if (!lots.length) return;
  // A store in the first ward of each district; the province's in the first ward of the first district.
  const districts = await db.query<{ district: string; name: string; ward: string }>(
    `SELECT DISTINCT ON (d.code) d.code AS district, d.full_name AS name, w.code AS ward
       FROM admin_units d JOIN admin_units w ON w.province_code = d.province_code AND w.geography = d.geography
        AND w.level = 'ward' AND w.parent_code = d.code
      WHERE d.province_code = $1 AND d.geography = '2024' AND d.level = 'district' ORDER BY d.code, w.code`,
    [ctx.province],
  );
  await putSite(db, ctx, {
    site_code: STORE,
    name: 'Kho vắc xin tỉnh (CDC)',
    kind: 'store',
    ward_code: districts[0].ward,
  });
  for (const d of districts)
    await putSite(db, ctx, {
      site_code: `KHO-${d.district}`,
      name: `Kho vắc xin ${d.name}`,
      kind: 'store',
      ward_code: d.ward,
    });

  const received = new Map<string, number>();
  for (const l of lots) received.set(l.product, (received.get(l.product) ?? 0) + Math.ceil(l.doses * 1.1));
  const allocation = new Map<string, number>();
  for (const [i, [product, quantity]] of [...received].entries()) {
    const first = lots.find((l) => l.product === product)!.first;
    const a = await createAllocation(db, ctx, {
      decision_number: `${100 + i}/QĐ-BYT`,
      decided_on: addDays(first, -10),
      product: product as Product,
      quantity,
      target_level: 'province',
    });
    allocation.set(product, a.allocation_id);
  }
  const byDistrict = await db.query<{ product: Product; lot: string; district: string; doses: number }>(
    `SELECT v.product, v.lot, u.parent_code AS district, count(*)::int AS doses
       FROM vaccinations v JOIN persons p ON p.person_id = v.person_id
       JOIN admin_units u ON u.province_code = v.province_code AND u.geography = '2024' AND u.code = p.ward_code
      WHERE v.province_code = $1 AND v.lot IS NOT NULL AND u.parent_code IS NOT NULL
      GROUP BY v.product, v.lot, u.parent_code ORDER BY v.lot, u.parent_code`,
    [ctx.province],
  );
  for (const l of lots) {
    const moved_on = addDays(l.first, -3);
    await recordMove(db, ctx, {
      kind: 'receipt',
      moved_on,
      site_code: STORE,
      product: l.product,
      lot: l.lot,
      expires_on: addDays(l.last, 90),
      quantity: Math.ceil(l.doses * 1.1),
      allocation_id: allocation.get(l.product),
      document: 'Phiếu nhập kho',
    });
    for (const d of byDistrict.filter((x) => x.product === l.product && x.lot === l.lot))
      await recordMove(db, ctx, {
        kind: 'transfer',
        moved_on: addDays(moved_on, 1),
        site_code: STORE,
        to_site_code: `KHO-${d.district}`,
        product: l.product,
        lot: l.lot,
        quantity: d.doses,
      });
  }

  // One round per calendar month with doses.
  const first = lots.map((l) => l.first).sort()[0];
  const last = lots
    .map((l) => l.last)
    .sort()
    .at(-1)!;
  for (let m = first.slice(0, 7), no = 1; m <= last.slice(0, 7); no++) {
    const [y, mo] = m.split('-').map(Number);
    const next = `${mo === 12 ? y + 1 : y}-${String((mo % 12) + 1).padStart(2, '0')}`;
    await putRound(db, ctx, {
      round_code: `DOT${no}`,
      name: `Đợt ${no} (tháng ${mo}/${y})`,
      starts_on: no === 1 ? first : `${m}-01`,
      ends_on: next > last.slice(0, 7) ? last : addDays(`${next}-01`, -1),
      target_groups: ['Người từ 18 tuổi', 'Ưu tiên người từ 65 tuổi và người có bệnh nền'],
      site_codes: [],
    });
    m = next;
  }
}
