-- Quarantine facilities (src/quarantine/service.ts). Applied by migrate() whenever this file changes
-- (src/db/definitions.ts).

CREATE OR REPLACE FUNCTION facility_state(p_status text, p_from date, p_to date, p_day date) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
  SELECT CASE WHEN p_status = 'closed' THEN 'closed' WHEN p_status = 'planned' OR p_day < p_from THEN 'planned'
              WHEN p_day > p_to THEN 'closed' ELSE 'active' END
$f$;
