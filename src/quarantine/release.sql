-- Seed 000's rule (docs/domain.md "Cases and contacts"): "các trường hợp F2 … cách ly tại nhà … trong khi chờ kết
-- quả xét nghiệm của F1. Nếu F1 âm tính thì kết thúc việc cách ly; Nếu F1 dương tính thì chuyển các F2 lên thành
-- F1" — the second half is the F-level derivation itself (src/tracing/levels.sql). Called in the transaction that
-- writes a result (src/testing/: API, lab file, pool result). Applied by migrate() whenever this file changes.

-- A case active at p_at: a source of the F-levels (confirmed ≤ p_at, no outcome ≤ p_at).
CREATE OR REPLACE FUNCTION case_active_at(p_province text, p_person bigint, p_at timestamptz) RETURNS boolean
LANGUAGE sql STABLE AS $f$
  SELECT EXISTS (SELECT 1 FROM cases c WHERE c.province_code = p_province AND c.person_id = p_person AND c.confirmed_at <= p_at
                    AND NOT EXISTS (SELECT 1 FROM outcomes o WHERE o.province_code = p_province
                                     AND o.person_id = p_person AND o.at <= p_at))
$f$;

-- The day an F1 at p_at last met an active case within the contact window; NULL when not an F1 then.
CREATE OR REPLACE FUNCTION f1_exposed_on_at(p_province text, p_person bigint, p_at timestamptz) RETURNS date
LANGUAGE sql STABLE AS $f$
  SELECT max(n.exposed_on)
    FROM window_contacts(p_province, p_person, vn_day(p_at) - contact_window_days(p_province, vn_day(p_at)), vn_day(p_at)) n
   WHERE NOT case_active_at(p_province, p_person, p_at) AND case_active_at(p_province, n.person_id, p_at)
$f$;

-- An F1's result "at the end": cleared at p_at when, of their PCR samples taken from the day of that last contact up
-- to p_at, as known at p_at, at least one is negative and none is pending or positive (the F1 awaits no result).
-- False for anyone not an F1 at p_at.
CREATE OR REPLACE FUNCTION f1_cleared_at(p_province text, p_person bigint, p_at timestamptz) RETURNS boolean
LANGUAGE sql STABLE AS $f$
  SELECT COALESCE(bool_or(r = 'negative') AND NOT bool_or(r IN ('pending', 'positive')), false)
    FROM (SELECT sample_result_at(s.result, s.result_at, g.result, g.result_at, p_at) AS r
            FROM samples s LEFT JOIN pools g ON g.province_code = s.province_code AND g.pool_ref = s.pool_ref
           WHERE s.province_code = p_province AND s.person_id = p_person AND s.method = 'pcr' AND s.taken_at <= p_at
             AND vn_day(s.taken_at) >= f1_exposed_on_at(p_province, p_person, p_at)) x
$f$;

-- The samples just given a negative PCR result (own or a negative pool's) release, at the instant that result became
-- known T, when the rule set in force on T's day has f2_release_on_source_negative and their person is an F1 cleared
-- at T: each contact of theirs who is F2 at T (neither a case nor a contact of one) and all of whose F1s are cleared
-- at T has their open home and self-monitoring episodes (started ≤ T, held in the province) ended at T, reason
-- 'released_source_negative', naming the sample; each change audited. Returns the episodes ended.
CREATE OR REPLACE FUNCTION release_f2_on_source_negative(p_province text, p_samples text[], p_actor text, p_request_id text)
RETURNS integer LANGUAGE sql AS $f$
  WITH neg AS (
    SELECT s.sample_ref, s.person_id, sample_result_time_at(s.result_at, g.result, g.result_at, 'infinity') AS at
      FROM samples s LEFT JOIN pools g ON g.province_code = s.province_code AND g.pool_ref = s.pool_ref
     WHERE s.province_code = p_province AND s.sample_ref = ANY (p_samples) AND s.method = 'pcr'
       AND sample_result_at(s.result, s.result_at, g.result, g.result_at, 'infinity') = 'negative'),
  -- the rule once per day (a lab file is mostly negatives of days it is not in force), then the F1 check
  ruled AS (
    SELECT d.day, d.day - contact_window_days(p_province, d.day) AS lo
      FROM (SELECT DISTINCT vn_day(n.at) AS day FROM neg n) d
     WHERE COALESCE((SELECT (r.rules->>'f2_release_on_source_negative')::boolean FROM rule_sets r
                      WHERE r.province_code = p_province AND r.effective_from <= d.day
                      ORDER BY r.effective_from DESC LIMIT 1), false)),
  cleared AS (
    SELECT n.*, r.lo FROM neg n JOIN ruled r ON r.day = vn_day(n.at)
     WHERE f1_cleared_at(p_province, n.person_id, n.at)),
  released AS (
    SELECT DISTINCT ON (c.person_id) c.person_id, x.sample_ref, x.at
      FROM cleared x CROSS JOIN LATERAL window_contacts(p_province, x.person_id, x.lo, vn_day(x.at)) c
     WHERE NOT case_active_at(p_province, c.person_id, x.at) AND f1_exposed_on_at(p_province, c.person_id, x.at) IS NULL
       AND NOT EXISTS (SELECT 1 FROM window_contacts(p_province, c.person_id, x.lo, vn_day(x.at)) z
                        WHERE f1_exposed_on_at(p_province, z.person_id, x.at) IS NOT NULL
                          AND NOT f1_cleared_at(p_province, z.person_id, x.at))
     ORDER BY c.person_id, x.at, x.sample_ref),
  old AS (
    SELECT e.*, r.sample_ref, r.at FROM quarantine_episodes e JOIN released r ON r.person_id = e.person_id
     WHERE e.province_code = p_province AND e.kind IN ('home', 'self_monitoring') AND e.held_in_province IS NULL
       AND e.start_at <= r.at AND e.end_at IS NULL
       FOR UPDATE OF e),
  ended AS (
    UPDATE quarantine_episodes e
       SET end_at = o.at, end_reason = 'released_source_negative', released_by_sample = o.sample_ref, updated_at = now()
      FROM old o WHERE e.province_code = p_province AND e.episode_id = o.episode_id
    RETURNING e.*),
  audited AS (
    INSERT INTO audit_log (province_code, actor, request_id, action, entity, entity_key, before, after)
    SELECT p_province, p_actor, p_request_id, 'update', 'quarantine_episode', p.person_ref || '/' || e.start_at,
           to_jsonb(o) - 'sample_ref' - 'at', to_jsonb(e)
      FROM ended e JOIN old o USING (episode_id) JOIN persons p ON p.province_code = p_province AND p.person_id = e.person_id)
  SELECT count(*)::int FROM ended
$f$;
