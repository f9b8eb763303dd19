-- Who is in quarantine at an instant: the one rule everything counting quarantine shares (the daily report,
-- facility occupancy, the quarantine lists; src/quarantine/service.ts). Applied by migrate() whenever this file
-- changes (src/db/definitions.ts).

-- A person with several open episodes counts once, under the one with the latest start_at. An episode of a resident
-- held in another province (held_in_province, docs/contracts/period-report.md) is not the province's quarantine:
-- never counted here, nor anywhere that counts through these functions. Inlined by the planner
-- where it is used in FROM; PARALLEL SAFE so that a query using it (the daily report) can still scan in parallel.
CREATE OR REPLACE FUNCTION quarantine_open_at(p_province text, p_at timestamptz)
RETURNS TABLE (person_id bigint, episode_id bigint, kind text, facility_code text, start_at timestamptz)
LANGUAGE sql STABLE PARALLEL SAFE AS $f$
  SELECT DISTINCT ON (e.person_id) e.person_id, e.episode_id, e.kind, e.facility_code, e.start_at
    FROM quarantine_episodes e
   WHERE e.province_code = p_province AND e.start_at <= p_at AND (e.end_at IS NULL OR e.end_at > p_at)
     AND e.held_in_province IS NULL
   ORDER BY e.person_id, e.start_at DESC
$f$;

-- The same count for one facility, through the facility index (used by every assignment).
CREATE OR REPLACE FUNCTION facility_occupancy_at(p_province text, p_facility text, p_at timestamptz) RETURNS integer
LANGUAGE sql STABLE AS $f$
  SELECT count(DISTINCT e.person_id)::int FROM quarantine_episodes e
   WHERE e.province_code = p_province AND e.facility_code = p_facility
     AND e.start_at <= p_at AND (e.end_at IS NULL OR e.end_at > p_at)
     AND NOT EXISTS (SELECT 1 FROM quarantine_episodes l
                      WHERE l.province_code = p_province AND l.person_id = e.person_id AND l.start_at > e.start_at
                        AND l.start_at <= p_at AND (l.end_at IS NULL OR l.end_at > p_at) AND l.held_in_province IS NULL)
$f$;
