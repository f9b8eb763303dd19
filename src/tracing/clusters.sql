-- Clusters linked by exposures (src/tracing/clusters.ts). Applied by migrate() whenever this file changes
-- (src/db/definitions.ts).

-- Exposures that link a case into a cluster on p_day: those that made the other person an F1 of that case
-- at some instant up to p_day, i.e. dated from the contact window before its confirmation to its first outcome.
CREATE OR REPLACE FUNCTION case_links_on(p_province text, p_day date)
RETURNS TABLE (source_person_id bigint, contact_person_id bigint, exposed_on date, setting text) LANGUAGE sql STABLE AS $f$
  WITH spans AS (
    SELECT c.person_id, vn_day(c.confirmed_at) - contact_window_days(p_province, vn_day(c.confirmed_at)) AS lo,
           COALESCE((SELECT vn_day(min(o.at)) FROM outcomes o WHERE o.province_code = p_province
                       AND o.person_id = c.person_id AND vn_day(o.at) <= p_day), p_day) AS hi
      FROM cases c WHERE c.province_code = p_province AND vn_day(c.confirmed_at) <= p_day)
  SELECT e.source_person_id, e.contact_person_id, e.exposed_on, e.setting FROM exposures e JOIN spans s
      ON e.source_person_id = s.person_id AND e.exposed_on BETWEEN s.lo AND least(s.hi, p_day)
   WHERE e.province_code = p_province
  UNION
  SELECT e.source_person_id, e.contact_person_id, e.exposed_on, e.setting FROM exposures e JOIN spans s
      ON e.contact_person_id = s.person_id AND e.exposed_on BETWEEN s.lo AND least(s.hi, p_day)
   WHERE e.province_code = p_province
$f$;

-- Connected components of the links on p_day: each linked person with the least person_id of its component
-- (labels spread to neighbours until nothing changes; as many rounds as the longest chain).
CREATE OR REPLACE FUNCTION case_clusters_on(p_province text, p_day date) RETURNS TABLE (person_id bigint, component bigint)
LANGUAGE plpgsql AS $f$
#variable_conflict use_column
BEGIN
  PERFORM tracing_temp_tables();
  TRUNCATE cl_links, cl_label;
  INSERT INTO cl_links SELECT l.source_person_id, l.contact_person_id FROM case_links_on(p_province, p_day) l
    UNION SELECT l.contact_person_id, l.source_person_id FROM case_links_on(p_province, p_day) l;
  INSERT INTO cl_label SELECT DISTINCT a, a FROM cl_links;
  ANALYZE cl_links, cl_label;
  LOOP
    UPDATE cl_label l SET label = m.label
      FROM (SELECT k.a, min(n.label) AS label FROM cl_links k JOIN cl_label n ON n.person_id = k.b GROUP BY k.a) m
     WHERE m.a = l.person_id AND m.label < l.label;
    EXIT WHEN NOT FOUND;
  END LOOP;
  RETURN QUERY SELECT cl_label.person_id, cl_label.label FROM cl_label;
END $f$;
