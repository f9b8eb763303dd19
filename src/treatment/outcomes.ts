// An episode of care that ends in recovery or death proposes the case's outcome, so nobody types it twice:
// `recovered` → `discharged`, `died` → `died`, at the episode's end. A proposal is written only when the case has
// no outcome yet (an outcome recorded by hand, or proposed earlier, is never overwritten) and the end is not before
// the confirmation. Each written outcome is audited as an insert by the same actor.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';

/** Proposes outcomes for the given persons (ids); returns how many were written. */
export async function proposeOutcomes(tx: Db, ctx: Ctx, personIds: readonly number[]): Promise<number> {
  if (!personIds.length) return 0;
  const [r] = await tx.query<{ n: number }>(
    `WITH ended AS (
       SELECT DISTINCT ON (e.person_id) e.person_id, e.end_at,
              CASE e.end_reason WHEN 'died' THEN 'died' ELSE 'discharged' END AS outcome
         FROM care_episodes e
         JOIN cases c ON c.province_code = e.province_code AND c.person_id = e.person_id
        WHERE e.province_code = $1 AND e.person_id = ANY ($4::bigint[]) AND e.end_reason IN ('recovered', 'died')
          AND e.end_at >= c.confirmed_at
          AND NOT EXISTS (SELECT 1 FROM outcomes o WHERE o.province_code = $1 AND o.person_id = e.person_id)
        ORDER BY e.person_id, e.end_at DESC),
     written AS (
       INSERT INTO outcomes (province_code, person_id, outcome, at)
       SELECT $1, person_id, outcome, end_at FROM ended
       ON CONFLICT DO NOTHING RETURNING person_id, outcome, at),
     audited AS (
       INSERT INTO audit_log (province_code, actor, request_id, action, entity, entity_key, before, after)
       SELECT $1, $2, $3, 'insert', 'outcome', p.person_ref || '/' || w.outcome, NULL,
              jsonb_build_object('outcome', w.outcome, 'at', w.at, 'proposed_by', 'care_episode')
         FROM written w JOIN persons p ON p.province_code = $1 AND p.person_id = w.person_id)
     SELECT count(*)::int AS n FROM written`,
    [ctx.province, ctx.actor, ctx.requestId ?? null, personIds],
  );
  return r.n;
}
