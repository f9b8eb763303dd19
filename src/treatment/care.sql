-- Who is treated where, and how ill, at an instant: the rules the daily report's treatment section, the board and
-- the follow-up lists share (docs/contracts/treatment.md). Applied by migrate() whenever this file changes
-- (src/db/definitions.ts).

-- Each person's counted open care episode at T: start_at ≤ T and end_at empty or > T; of several, the latest-started.
CREATE OR REPLACE FUNCTION care_open_at(p_province text, p_at timestamptz)
RETURNS TABLE (person_id bigint, episode_id bigint, setting text, facility_code text, tier integer, start_at timestamptz)
LANGUAGE sql STABLE PARALLEL SAFE AS $f$
  SELECT DISTINCT ON (e.person_id) e.person_id, e.episode_id, e.setting, e.facility_code, e.tier, e.start_at
    FROM care_episodes e
   WHERE e.province_code = p_province AND e.start_at <= p_at AND (e.end_at IS NULL OR e.end_at > p_at)
   ORDER BY e.person_id, e.start_at DESC
$f$;

-- Each person's latest severity observation with observed_at ≤ T.
CREATE OR REPLACE FUNCTION severity_at(p_province text, p_at timestamptz)
RETURNS TABLE (person_id bigint, observed_at timestamptz, severity text, oxygen text)
LANGUAGE sql STABLE PARALLEL SAFE AS $f$
  SELECT DISTINCT ON (s.person_id) s.person_id, s.observed_at, s.severity, s.oxygen
    FROM severity_observations s
   WHERE s.province_code = p_province AND s.observed_at <= p_at
   ORDER BY s.person_id, s.observed_at DESC
$f$;
