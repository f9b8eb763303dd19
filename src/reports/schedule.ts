// Scheduled drafts: each template may list local times ("09:00", "15:00" in seed 000), each with the cut-off of
// its figures (e.g. 06:30 for the 9 o'clock report). At each slot the daily report is drafted for the officer to
// review. The (province, scope, slot) key makes drafting idempotent: any number of servers may run the timer.
import type { Db } from '../db/connection.ts';
import { systemCtx } from '../shared/context.ts';
import { jurisdictionWards } from '../auth/scope.ts';
import { createDraft } from './service.ts';
import type { ScheduleEntry, ScopeLevel } from './template.ts';

const DAY = 24 * 3600_000;

/** A Viet Nam local time ("HH:MM") on the Viet Nam day of `day` (any instant of that day), as an instant. */
function atLocal(day: Date, hhmm: string): Date {
  const date = new Date(day.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  return new Date(`${date}T${hhmm}:00+07:00`);
}

/**
 * The slots of an entry in (since, now]: its time today and yesterday (Viet Nam days). The cut-off is that day's
 * `cutoff` time, or the day before's when the cut-off time is later than the slot (a 06:30 report at 01:00).
 */
export function dueSlots(entry: ScheduleEntry, since: Date, now: Date): { slot: Date; asOf: Date }[] {
  const out: { slot: Date; asOf: Date }[] = [];
  for (const day of [new Date(now.getTime() - DAY), now]) {
    const slot = atLocal(day, entry.time);
    if (slot <= since || slot > now) continue;
    let asOf = atLocal(day, entry.cutoff ?? entry.time);
    if (asOf > slot) asOf = new Date(asOf.getTime() - DAY);
    out.push({ slot, asOf });
  }
  return out;
}

/**
 * Drafts every scheduled report due at `now` that is not drafted yet: the slots of the last 24 hours, so a server
 * that was down catches up. Returns the drafts made.
 */
export async function draftDue(
  db: Db,
  now = new Date(),
): Promise<{ province_code: string; scope_code: string; draft_id: number; as_of: string }[]> {
  const templates = await db.query<{
    province_code: string;
    scope_level: ScopeLevel;
    scope_code: string;
    schedule: ScheduleEntry[];
  }>(
    `SELECT province_code, scope_level, scope_code, schedule FROM report_templates WHERE jsonb_array_length(schedule) > 0`,
  );
  const made = [];
  for (const t of templates) {
    const since = new Date(now.getTime() - DAY);
    const slots = t.schedule.flatMap((e) => dueSlots(e, since, now).map((s) => ({ ...s, template: e.template })));
    if (slots.length === 0) continue;
    const scope = {
      level: t.scope_level,
      code: t.scope_code,
      wards: await jurisdictionWards(db, t.province_code, t.scope_level, t.scope_code),
    };
    const ctx = systemCtx(t.province_code, 'system', 'vi');
    for (const { slot, asOf, template } of slots) {
      const d = await createDraft(db, ctx, asOf, { scope, slot, template });
      if (d)
        made.push({ province_code: t.province_code, scope_code: t.scope_code, draft_id: d.draft_id, as_of: d.as_of });
    }
  }
  return made;
}

/** Runs draftDue now and then every minute; returns the function that stops it. */
export function startReportSchedule(
  db: Db,
  opts: { everyMs?: number; now?: () => Date; onError?: (e: unknown) => void } = {},
): () => void {
  const now = opts.now ?? (() => new Date());
  const onError = opts.onError ?? ((e) => console.error('report schedule:', e instanceof Error ? e.message : e));
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await draftDue(db, now());
    } catch (e) {
      onError(e);
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(tick, opts.everyMs ?? 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
