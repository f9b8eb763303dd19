// The instant of the province's latest record: the pages open at it when the data ends in the past (a demo of 2021,
// a province after its epidemic), instead of at a "now" where every change is (0).
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { toVnIso } from '../shared/time.ts';

/** The latest confirmation, quarantine start or sample; each max is one index probe (cases_confirmed, …). */
export async function lastRecordAt(db: Db, ctx: Ctx): Promise<string | null> {
  const [row] = await db.query<{ at: Date | null }>(
    `SELECT greatest(
       (SELECT max(confirmed_at) FROM cases WHERE province_code = $1),
       (SELECT max(start_at) FROM quarantine_episodes WHERE province_code = $1),
       (SELECT max(taken_at) FROM samples WHERE province_code = $1)) AS at`,
    [ctx.province],
  );
  return row.at ? toVnIso(new Date(row.at)) : null;
}
