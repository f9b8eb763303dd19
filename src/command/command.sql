-- Command (contracts/command.md): the rules the summary, the import checks and the lists share. Applied by
-- migrate() whenever this file changes (src/db/definitions.ts).

-- A movement's effect on its store's stock: receipts, transfers in and adjustments (signed) add; issues and
-- transfers out take away.
CREATE OR REPLACE FUNCTION supply_delta(p_kind text, p_quantity numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
  SELECT CASE WHEN p_kind IN ('issue', 'transfer_out') THEN -p_quantity ELSE p_quantity END
$f$;

-- A date field counts from the start of its Viet Nam day.
CREATE OR REPLACE FUNCTION vn_day_start(p_day date) RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
  SELECT p_day::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
$f$;

-- Whether a task's assignee lies in a jurisdiction (p_wards; null = the whole province): one of its wards, or a
-- district all of whose wards it covers. A department belongs to the province only.
CREATE OR REPLACE FUNCTION command_assignee_in_scope(p_province text, p_assignee text, p_wards text[])
RETURNS boolean LANGUAGE sql STABLE AS $f$
  SELECT p_wards IS NULL OR p_assignee = ANY(p_wards) OR (
    EXISTS (SELECT 1 FROM admin_units d WHERE d.province_code = p_province AND d.level = 'district'
               AND d.code = p_assignee)
    AND NOT EXISTS (SELECT 1 FROM admin_units w WHERE w.province_code = p_province AND w.geography = '2024'
                       AND w.level = 'ward' AND w.parent_code = p_assignee AND NOT w.code = ANY(p_wards)))
$f$;

-- Running stock of each store's item over the stored movements with a set of new or changed ones (p_moves: jsonb
-- rows movement_ref, item, store, kind, quantity, at, line): at one instant what comes in is counted before what
-- goes out. For each store's item, the first decrease that takes the stock below zero, with the stock the store
-- held just before it (line: null when it is a stored movement). Only the first: after a refused row the running
-- sum no longer says what the store would hold.
CREATE OR REPLACE FUNCTION supply_shortfalls(p_province text, p_moves jsonb)
RETURNS TABLE (line integer, movement_ref text, item text, store text, at timestamptz, quantity numeric,
               stock numeric)
LANGUAGE sql STABLE AS $f$
  WITH given AS (
    SELECT * FROM jsonb_to_recordset(p_moves)
      AS g(line integer, movement_ref text, item text, store text, kind text, quantity numeric, at timestamptz)),
  moves AS (
    SELECT NULL::integer AS line, m.movement_ref, m.item, m.store, m.kind, m.quantity, m.at FROM supply_movements m
     WHERE m.province_code = p_province AND (m.item, m.store) IN (SELECT g.item, g.store FROM given g)
       AND NOT EXISTS (SELECT 1 FROM given g WHERE g.movement_ref = m.movement_ref)
    UNION ALL
    SELECT g.line, g.movement_ref, g.item, g.store, g.kind, g.quantity, g.at FROM given g),
  run AS (
    SELECT mv.*, supply_delta(mv.kind, mv.quantity) AS delta,
           sum(supply_delta(mv.kind, mv.quantity)) OVER (PARTITION BY mv.item, mv.store
             ORDER BY mv.at, supply_delta(mv.kind, mv.quantity) DESC, mv.movement_ref ROWS UNBOUNDED PRECEDING) AS balance
      FROM moves mv)
  SELECT DISTINCT ON (r.item, r.store) r.line, r.movement_ref, r.item, r.store, r.at, abs(r.delta), r.balance - r.delta
    FROM run r WHERE r.delta < 0 AND r.balance < 0
   ORDER BY r.item, r.store, r.at, r.delta DESC, r.movement_ref
$f$;
