// Helpers of the tracing tests: loading CSVs through the importer, levels by person_ref, days relative to today.
import assert from 'node:assert/strict';
import type { TestDb } from '../test/db.ts';

export { load } from '../test/import.ts';

type Levels = Record<string, number>;
const byRef = (rows: { person_ref: string; level: number }[]): Levels =>
  Object.fromEntries(rows.map((r) => [r.person_ref, r.level]));

/** person_levels as stored (no sync), by person_ref. */
export async function storedLevels(t: TestDb): Promise<Levels> {
  return byRef(
    await t.db.query(
      `SELECT p.person_ref, l.level FROM person_levels l JOIN persons p USING (province_code, person_id)
                                  WHERE l.province_code = $1 ORDER BY 1`,
      [t.ctx.province],
    ),
  );
}

/** The contract's levels (f_levels_at, down to F4) at an instant, by person_ref. */
export async function contractLevels(t: TestDb, at: Date | string): Promise<Levels> {
  return byRef(
    await t.db.query(
      `SELECT p.person_ref, f.level FROM f_levels_at($1, $2::timestamptz, 4) f
                                  JOIN persons p ON p.province_code = $1 AND p.person_id = f.person_id ORDER BY 1`,
      [t.ctx.province, at],
    ),
  );
}

/** Syncs person_levels to now and checks it equals the contract at the instant it is stored for. */
export async function levelsNow(t: TestDb): Promise<Levels> {
  await t.db.query('SELECT sync_person_levels($1)', [t.ctx.province]);
  const stored = await storedLevels(t);
  const [{ at }] = await t.db.query<{ at: Date }>(
    'SELECT computed_at AS at FROM person_levels_state WHERE province_code = $1',
    [t.ctx.province],
  );
  assert.deepEqual(stored, await contractLevels(t, at), 'person_levels equals f_levels_at at its instant');
  return stored;
}

/** Today in Viet Nam (YYYY-MM-DD) and a helper giving the day k days before it. */
export async function vnToday(t: TestDb): Promise<{ today: string; daysAgo: (k: number) => string }> {
  const [{ d }] = await t.db.query<{ d: string }>('SELECT vn_day(clock_timestamp())::text AS d');
  return { today: d, daysAgo: (k) => new Date(Date.parse(d) - k * 86_400_000).toISOString().slice(0, 10) };
}

/** An instant `ms` milliseconds from now, as ISO. */
export const fromNow = (ms: number) => new Date(Date.now() + ms).toISOString();
export const HOUR = 3_600_000;
