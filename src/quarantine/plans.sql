-- Quarantine plans: each episode's rule set, rule, days, planned end and test days (src/quarantine/due.ts,
-- review.ts). Applied by migrate() whenever this file changes (src/db/definitions.ts).

-- The plan of each episode of the given persons (all persons when NULL).
-- An episode opened on the day another of the person's episodes ended 'transferred' continues that one's
-- course (same rule, same planned end: moving between facilities or to home does not restart the count); one
-- opened on the day a main episode ended 'completed', of the rule's follow_on_kind, is its follow-on
-- (follow_on_days). Any other episode starts a course. A course is judged by the rule set in force on the day
-- it started (the latest effective_from ≤ that day) and the person's vaccination then: fully vaccinated = two
-- doses given at least 14 days before (no product in the vaccinations table is a one-dose product), which picks
-- the '<kind>_vaccinated' rule where the set has one. Test days count from the start of the phase (day 1).
CREATE OR REPLACE FUNCTION quarantine_plans(p_province text, p_persons bigint[])
RETURNS TABLE (episode_id bigint, follows_episode_id bigint, link text, course_start_at timestamptz, phase text,
               phase_start_at timestamptz, plan_kind text, vaccinated boolean, rule_set_from date,
               rule_set_name text, rule_set_basis text, rule_key text, days integer, test_days integer[],
               planned_end_at timestamptz, follow_on_kind text, follow_on_days integer)
LANGUAGE sql STABLE AS $f$
  WITH RECURSIVE
  eps AS (
    SELECT e.episode_id, e.person_id, e.kind, e.start_at, e.end_at, e.end_reason FROM quarantine_episodes e
     WHERE e.province_code = p_province AND (p_persons IS NULL OR e.person_id = ANY (p_persons))),
  rs AS (
    SELECT r.effective_from, lead(r.effective_from) OVER (ORDER BY r.effective_from) AS until, r.name, r.basis,
           r.rules->'quarantine' AS q
      FROM rule_sets r WHERE r.province_code = p_province),
  second_dose AS (
    SELECT v.person_id, (array_agg(v.given_on ORDER BY v.given_on))[2] AS given_on FROM vaccinations v
     WHERE v.province_code = p_province AND v.person_id IN (SELECT person_id FROM eps) GROUP BY v.person_id),
  -- each episode's rule, were it to start a course
  root AS (
    SELECT e.episode_id, e.kind, e.start_at, x.vaccinated, r.effective_from, r.name, r.basis, r.q, k.key, r.q->k.key AS entry
      FROM eps e
      LEFT JOIN second_dose sd ON sd.person_id = e.person_id
      CROSS JOIN LATERAL (SELECT vn_day(e.start_at) AS day) d
      CROSS JOIN LATERAL (SELECT COALESCE(sd.given_on <= d.day - 14, false) AS vaccinated) x
      LEFT JOIN rs r ON r.effective_from <= d.day AND (r.until IS NULL OR d.day < r.until)
      CROSS JOIN LATERAL (SELECT CASE WHEN x.vaccinated AND r.q->(e.kind || '_vaccinated') IS NOT NULL
                                      THEN e.kind || '_vaccinated' ELSE e.kind END AS key) k),
  pred AS (
    SELECT DISTINCT ON (e.episode_id) e.episode_id, q.episode_id AS q_id
      FROM eps e JOIN eps q ON q.person_id = e.person_id AND q.episode_id <> e.episode_id
       AND q.end_reason IN ('transferred', 'completed') AND q.end_at <= e.start_at
       AND vn_day(q.end_at) = vn_day(e.start_at)
     ORDER BY e.episode_id, q.end_at DESC, q.start_at DESC),
  chain (episode_id, kind, end_reason, follows, link, root_id, phase, phase_start_at) AS (
    SELECT e.episode_id, e.kind, e.end_reason, NULL::bigint, NULL::text, e.episode_id, 'main'::text, e.start_at
      FROM eps e WHERE NOT EXISTS (SELECT 1 FROM pred WHERE pred.episode_id = e.episode_id)
    UNION ALL
    SELECT e.episode_id, e.kind, e.end_reason, CASE WHEN l.link IS NOT NULL THEN c.episode_id END, l.link,
           CASE WHEN l.link IS NULL THEN e.episode_id ELSE c.root_id END,
           CASE l.link WHEN 'transfer' THEN c.phase WHEN 'follow_on' THEN 'follow_on' ELSE 'main' END,
           CASE WHEN l.link = 'transfer' THEN c.phase_start_at ELSE e.start_at END
      FROM chain c
      JOIN pred ON pred.q_id = c.episode_id
      JOIN eps e ON e.episode_id = pred.episode_id
      JOIN root r ON r.episode_id = c.root_id
      CROSS JOIN LATERAL (SELECT CASE WHEN c.end_reason = 'transferred' THEN 'transfer'
                                      WHEN c.phase = 'main' AND r.entry->>'follow_on_kind' = e.kind THEN 'follow_on'
                                 END AS link) l)
  SELECT c.episode_id, c.follows, c.link, r.start_at, c.phase, c.phase_start_at, r.kind, r.vaccinated,
         r.effective_from, r.name, r.basis, r.key, d.days,
         -- a follow-on is tested on its own kind's test days that fall within it
         ARRAY(SELECT t::int FROM jsonb_array_elements_text(CASE WHEN c.phase = 'main' THEN r.entry->'test_days'
                 ELSE r.q->(CASE WHEN r.vaccinated AND r.q->(c.kind || '_vaccinated') IS NOT NULL
                                 THEN c.kind || '_vaccinated' ELSE c.kind END)->'test_days' END) t
                WHERE t::int <= d.days ORDER BY t::int),
         c.phase_start_at + d.days * interval '1 day',
         -- what follows a main episode completed as planned
         CASE WHEN c.phase = 'main' THEN r.entry->>'follow_on_kind' END,
         CASE WHEN c.phase = 'main' THEN (r.entry->>'follow_on_days')::int END
    FROM chain c
    JOIN root r ON r.episode_id = c.root_id
    CROSS JOIN LATERAL (SELECT (CASE WHEN c.phase = 'main' THEN r.entry->>'days'
                                     ELSE r.entry->>'follow_on_days' END)::int AS days) d
$f$;
