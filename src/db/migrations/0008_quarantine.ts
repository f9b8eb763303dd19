// Quarantine (src/quarantine/): facility status and active period, the override reason of an assignment beyond
// capacity, and the SQL that everything counting or planning quarantine shares:
//   quarantine_open_at(province, T)       each person's counted open episode at T (contracts/daily-report.md)
//   facility_occupancy_at(province, F, T) persons counted at facility F at T (the same rule, for one facility)
//   facility_state(status, from, to, day) planned / active / closed on a day
//   quarantine_plans(province, persons)   each episode's plan: rule set, rule, days, planned end, test days
import type { Db } from '../connection.ts';

export async function up(db: Db): Promise<void> {
  await db.exec(`
    -- 'planned' facilities are not in use yet (seed 001 plans 400- and 1,500-bed sites); an active facility is in
    -- use between active_from and active_to (either open-ended).
    ALTER TABLE facilities
      ADD COLUMN status text NOT NULL DEFAULT 'active' CHECK (status IN ('planned', 'active')),
      ADD COLUMN active_from date,
      ADD COLUMN active_to date,
      ADD CONSTRAINT facilities_active_period CHECK (active_to IS NULL OR active_from IS NULL OR active_to >= active_from);

    -- Why a centralized episode was placed in a full or inactive facility (refused without it).
    ALTER TABLE quarantine_episodes ADD COLUMN override_reason text;
    CREATE INDEX quarantine_facility_start ON quarantine_episodes (province_code, facility_code, start_at)
      WHERE facility_code IS NOT NULL;

    CREATE FUNCTION facility_state(p_status text, p_from date, p_to date, p_day date) RETURNS text
    LANGUAGE sql IMMUTABLE AS $f$
      SELECT CASE WHEN p_status = 'planned' OR p_day < p_from THEN 'planned'
                  WHEN p_day > p_to THEN 'closed' ELSE 'active' END
    $f$;

    -- A person with several open episodes counts once, under the one with the latest start_at.
    CREATE FUNCTION quarantine_open_at(p_province text, p_at timestamptz)
    RETURNS TABLE (person_id bigint, episode_id bigint, kind text, facility_code text, start_at timestamptz)
    LANGUAGE sql STABLE AS $f$
      SELECT DISTINCT ON (e.person_id) e.person_id, e.episode_id, e.kind, e.facility_code, e.start_at
        FROM quarantine_episodes e
       WHERE e.province_code = p_province AND e.start_at <= p_at AND (e.end_at IS NULL OR e.end_at > p_at)
       ORDER BY e.person_id, e.start_at DESC
    $f$;

    -- The same count for one facility, through the facility index (used by every assignment).
    CREATE FUNCTION facility_occupancy_at(p_province text, p_facility text, p_at timestamptz) RETURNS integer
    LANGUAGE sql STABLE AS $f$
      SELECT count(DISTINCT e.person_id)::int FROM quarantine_episodes e
       WHERE e.province_code = p_province AND e.facility_code = p_facility
         AND e.start_at <= p_at AND (e.end_at IS NULL OR e.end_at > p_at)
         AND NOT EXISTS (SELECT 1 FROM quarantine_episodes l
                          WHERE l.province_code = p_province AND l.person_id = e.person_id AND l.start_at > e.start_at
                            AND l.start_at <= p_at AND (l.end_at IS NULL OR l.end_at > p_at))
    $f$;

    -- The plan of each episode of the given persons (all persons when NULL).
    -- An episode opened on the day another of the person's episodes ended 'transferred' continues that one's
    -- course (same rule, same planned end: moving between facilities or to home does not restart the count); one
    -- opened on the day a main episode ended 'completed', of the rule's follow_on_kind, is its follow-on
    -- (follow_on_days). Any other episode starts a course. A course is judged by the rule set in force on the day
    -- it started (the latest effective_from ≤ that day) and the person's vaccination then: fully vaccinated = two
    -- doses given at least 14 days before (no product in the vaccinations table is a one-dose product), which picks
    -- the '<kind>_vaccinated' rule where the set has one. Test days count from the start of the phase (day 1).
    CREATE FUNCTION quarantine_plans(p_province text, p_persons bigint[])
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
  `);
}
