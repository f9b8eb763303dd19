-- Time rules shared by every module (src/shared/time.ts). Applied by migrate() whenever this file changes
-- (src/db/definitions.ts).

-- Days are Asia/Ho_Chi_Minh days (UTC+7, no daylight saving).
CREATE OR REPLACE FUNCTION vn_day(p_at timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
  SELECT (p_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
$f$;
