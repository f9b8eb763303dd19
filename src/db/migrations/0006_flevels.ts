// F-levels as of an instant, exactly as contracts/daily-report.md defines them: persons are nodes, exposures with
// exposed_on in [day(T) − contact_window, day(T)] are undirected edges, sources are the cases active at T
// (confirmed ≤ T, no outcome ≤ T). A person's level is the shortest distance to a source (sources are 0).
import type { Db } from '../connection.ts';

export async function up(db: Db): Promise<void> {
  await db.exec(`
    CREATE FUNCTION contact_window_days(p_province text, p_day date) RETURNS integer LANGUAGE sql STABLE AS $f$
      SELECT COALESCE((SELECT (rules->>'contact_window_days')::int FROM rule_sets
                        WHERE province_code = p_province AND effective_from <= p_day
                        ORDER BY effective_from DESC LIMIT 1), 14)
    $f$;

    -- Days are Asia/Ho_Chi_Minh days (UTC+7, no daylight saving).
    CREATE FUNCTION vn_day(p_at timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
      SELECT (p_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
    $f$;

    CREATE FUNCTION f_levels_at(p_province text, p_at timestamptz, p_max_level integer DEFAULT 2)
    RETURNS TABLE (person_id bigint, level integer) LANGUAGE sql STABLE AS $f$
      WITH RECURSIVE
      win AS (SELECT vn_day(p_at) AS hi, vn_day(p_at) - contact_window_days(p_province, vn_day(p_at)) AS lo),
      edges AS (
        SELECT e.source_person_id AS a, e.contact_person_id AS b FROM exposures e, win
         WHERE e.province_code = p_province AND e.exposed_on BETWEEN win.lo AND win.hi
        UNION
        SELECT e.contact_person_id, e.source_person_id FROM exposures e, win
         WHERE e.province_code = p_province AND e.exposed_on BETWEEN win.lo AND win.hi),
      sources AS (
        SELECT c.person_id FROM cases c
         WHERE c.province_code = p_province AND c.confirmed_at <= p_at
           AND NOT EXISTS (SELECT 1 FROM outcomes o WHERE o.province_code = c.province_code
                            AND o.person_id = c.person_id AND o.at <= p_at)),
      walk (person_id, level) AS (
        SELECT s.person_id, 0 FROM sources s
        UNION
        SELECT e.b, w.level + 1 FROM walk w JOIN edges e ON e.a = w.person_id WHERE w.level < p_max_level)
      SELECT walk.person_id, min(walk.level)::int FROM walk GROUP BY walk.person_id
    $f$;
  `);
}
