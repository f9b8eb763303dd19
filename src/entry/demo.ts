// Entry control of the demo province: three checkpoints (two on roads, one on the river) with their shifts, the
// crossings and QR declarations of the wave's last week, Hồ Chí Minh City as an outbreak area, an illegal entry and
// two violations. Deterministic (no randomness) and added once: a province that has checkpoints is left alone.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { addShift, createSite, type CheckpointInput } from './sites.ts';
import { createCrossing, type CrossingInput } from './crossings.ts';
import { insertDeclaration, toDeclaration } from './declarations.ts';
import { createArea } from './followups.ts';
import { createIncident, createViolation } from './incidents.ts';
import { validationEnv } from './routes.ts';

const DAYS = 7;
const NAMES = [
  'Nguyễn Văn Hùng',
  'Trần Thị Mai',
  'Lê Văn Tâm',
  'Phạm Thị Hoa',
  'Huỳnh Văn Phúc',
  'Võ Thị Lan',
  'Đặng Văn Minh',
  'Bùi Thị Thu',
];
/** Where travellers come from: Hồ Chí Minh City (the outbreak area), Cần Thơ, Sóc Trăng, Kiên Giang. */
const ORIGINS = ['79', '92', '94', '91'];
const PURPOSES: CrossingInput['purpose'][] = ['return_home', 'goods', 'work', 'return_home', 'medical'];

/** `YYYY-MM-DD` + hours in Viet Nam time → an ISO instant. */
const at = (day: string, hour: number, minute = 0) =>
  `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`;
const addDays = (day: string, n: number) => new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);

/** Adds the entry records for the week before `asOf` (the demo's export instant). Returns what was added. */
export async function loadEntryDemo(
  db: Db,
  ctx: Ctx,
  asOf: string,
): Promise<{ checkpoints: number; crossings: number; declarations: number }> {
  const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM checkpoints WHERE province_code = $1', [
    ctx.province,
  ]);
  if (n > 0) return { checkpoints: 0, crossings: 0, declarations: 0 };
  // A ward of each of three districts (or the first three wards): where the checkpoints stand.
  const wards = await db.query<{ code: string; name: string }>(
    `SELECT DISTINCT ON (parent_code) code, full_name AS name FROM admin_units
      WHERE province_code = $1 AND geography = '2024' AND level = 'ward' ORDER BY parent_code, code`,
    [ctx.province],
  );
  if (wards.length < 3)
    wards.push(
      ...(await db.query<{ code: string; name: string }>(
        `SELECT code, full_name AS name FROM admin_units WHERE province_code = $1 AND level = 'ward' ORDER BY code LIMIT 3`,
        [ctx.province],
      )),
    );
  const origins = ORIGINS.filter((p) => p !== ctx.province);
  const env = await validationEnv(db)(ctx);
  const lastDay = addDays(asOf.slice(0, 10), -1);
  const firstDay = addDays(lastDay, -(DAYS - 1));

  const sites: CheckpointInput[] = [
    { checkpoint_code: 'CK01', name: `Chốt kiểm soát ${wards[0].name}`, kind: 'checkpoint', mode: 'road' },
    { checkpoint_code: 'CK02', name: `Chốt kiểm soát ${wards[1].name}`, kind: 'checkpoint', mode: 'road' },
    { checkpoint_code: 'CK03', name: `Chốt đường thủy ${wards[2].name}`, kind: 'checkpoint', mode: 'water' },
  ].map((s, i) => ({ ...s, ward_code: wards[i].code, active_from: firstDay }) as CheckpointInput);
  for (const s of sites) await createSite(db, ctx, 'checkpoint', s);
  await createArea(db, ctx, {
    level: 'province',
    area_code: '79',
    name: 'Thành phố Hồ Chí Minh',
    effective_from: addDays(firstDay, -60),
    followups: ['test'],
    basis: 'Chỉ thị 16/CT-TTg',
  });

  let crossings = 0,
    declarations = 0;
  for (let d = 0; d < DAYS; d++) {
    const day = addDays(firstDay, d);
    for (const [i, s] of sites.entries()) {
      // Day shift: police and health; night shift: militia.
      await addShift(db, ctx, s.checkpoint_code, {
        starts_at: at(day, 6),
        ends_at: at(day, 18),
        force: 'police',
        staff: 3,
        leader: NAMES[(d + i) % NAMES.length],
      });
      await addShift(db, ctx, s.checkpoint_code, {
        starts_at: at(day, 6),
        ends_at: at(day, 18),
        force: 'health',
        staff: 2,
      });
      await addShift(db, ctx, s.checkpoint_code, {
        starts_at: at(day, 18),
        ends_at: at(addDays(day, 1), 6),
        force: 'militia',
        staff: 2,
      });
      const count = 3 + ((d + i) % 3);
      for (let k = 0; k < count; k++) {
        const seq = (d * 3 + i) * 10 + k;
        const from = origins[seq % origins.length];
        const traveller = {
          full_name: NAMES[seq % NAMES.length],
          birth_year: 1960 + (seq % 40),
          phone: `09${String(12_000_000 + seq * 7919).padStart(8, '0')}`,
          from_province: from,
          to_ward_code: wards[(seq + 1) % wards.length].code,
        };
        // Every other traveller declared on the checkpoint's QR code before crossing.
        let declaration_ref: string | undefined;
        if (k % 2 === 0) {
          const stored = await insertDeclaration(
            db,
            ctx,
            toDeclaration({ ...traveller, travel_mode: s.mode, declared_at: at(day, 7 + k * 2, 40) }, 'qr', env),
            { kind: 'checkpoint', code: s.checkpoint_code },
          );
          declaration_ref = stored!.declaration_ref;
          declarations++;
        }
        const outbreak = from === '79';
        await createCrossing(
          db,
          ctx,
          {
            ...(declaration_ref ? { declaration_ref } : traveller),
            checkpoint_code: s.checkpoint_code,
            crossed_at: at(day, 7 + k * 2, 50),
            direction: k === count - 1 ? 'out' : 'in',
            mode: s.mode,
            purpose: PURPOSES[seq % PURPOSES.length],
            decision: outbreak ? (seq % 3 === 0 ? 'turned_back' : 'quarantine') : 'allowed',
            rapid_test: outbreak ? 'negative' : null,
          },
          env,
        );
        crossings++;
      }
    }
  }
  await createIncident(db, ctx, {
    kind: 'illegal_entry',
    occurred_at: at(addDays(lastDay, -2), 22, 30),
    people: 3,
    place: `Bến đò ${wards[2].name}`,
    ward_code: wards[2].code,
    checkpoint_code: 'CK03',
    handling: 'quarantine',
    handling_note: 'Đi ghe từ Thành phố Hồ Chí Minh, tránh chốt; đưa đi cách ly tập trung',
  });
  await createViolation(db, ctx, {
    kind: 'false_declaration',
    occurred_at: at(addDays(lastDay, -1), 9, 15),
    offender_name: 'Trương Văn Lợi',
    ward_code: wards[0].code,
    place: sites[0].name,
    fine_vnd: 7_500_000,
    decision_ref: '15/QĐ-XPHC',
  });
  await createViolation(db, ctx, {
    kind: 'no_mask',
    occurred_at: at(lastDay, 16, 0),
    offender_name: 'Lý Thị Nga',
    ward_code: wards[1].code,
    place: sites[1].name,
    fine_vnd: 2_000_000,
  });
  return { checkpoints: sites.length, crossings, declarations };
}
