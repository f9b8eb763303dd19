// SQL fragments the vaccination services share ($1 = province in each). Kept apart from the services so that
// every module can use them without import cycles.

/**
 * SQL: the province's doses with their round — the one named on the dose, else the round running that day at that
 * site (a round without sites runs everywhere; a round listing the site wins). $1 = province.
 */
export const DOSES = `(
  SELECT v.province_code, v.person_id, v.dose_number, v.product, v.given_on, v.lot, v.site,
         COALESCE(v.round_code, (
           SELECT r.round_code FROM vaccination_rounds r
             LEFT JOIN vaccination_round_sites rs ON rs.province_code = r.province_code AND rs.round_code = r.round_code AND rs.site_code = v.site
            WHERE r.province_code = $1 AND v.given_on >= r.starts_on AND (r.ends_on IS NULL OR v.given_on <= r.ends_on)
              AND (rs.site_code IS NOT NULL OR NOT EXISTS (SELECT 1 FROM vaccination_round_sites x
                     WHERE x.province_code = r.province_code AND x.round_code = r.round_code))
            ORDER BY rs.site_code IS NULL, r.starts_on DESC, r.round_code LIMIT 1)) AS round_code
    FROM vaccinations v WHERE v.province_code = $1)`;

/**
 * SQL: the schedule row of product `productExpr` in force on day `dayExpr` (for a LATERAL join; $1 = province).
 * Interval rules are those of the earlier dose's product, in force on the later dose's date.
 */
export const scheduleOn = (productExpr: string, dayExpr: string) => `(
  SELECT * FROM vaccine_schedules sc WHERE sc.province_code = $1 AND sc.product = ${productExpr} AND sc.effective_from <= ${dayExpr}
   ORDER BY sc.effective_from DESC LIMIT 1)`;

/**
 * SQL: every change to a site's stock of a lot, signed: receipts, transfers out and in, wastage, corrections, and
 * the doses given at a registered site with a lot (one each). $1 = province.
 */
export const STOCK_EVENTS = `(
  SELECT site_code, product, lot, moved_on AS on_date, kind,
         CASE WHEN kind IN ('receipt', 'adjustment') THEN quantity ELSE -quantity END AS delta,
         NULL::bigint AS person_id, NULL::integer AS dose_number
    FROM vaccine_stock_moves WHERE province_code = $1
  UNION ALL
  SELECT to_site_code, product, lot, moved_on, 'transfer_in', quantity, NULL, NULL
    FROM vaccine_stock_moves WHERE province_code = $1 AND kind = 'transfer'
  UNION ALL
  SELECT v.site, v.product, v.lot, v.given_on, 'administered', -1, v.person_id, v.dose_number
    FROM vaccinations v JOIN vaccination_sites s ON s.province_code = $1 AND s.site_code = v.site
   WHERE v.province_code = $1 AND v.lot IS NOT NULL)`;

/**
 * SQL: `events` with the running balance of each site's lot, day by day; within a day stock arriving counts before
 * stock leaving, so a receipt and the doses given from it on the same day balance.
 */
export const runningBalance = (events: string, order = '') => `
  SELECT e.*, sum(e.delta) OVER (PARTITION BY e.site_code, e.product, e.lot
                                 ORDER BY e.on_date, e.delta DESC${order} ROWS UNBOUNDED PRECEDING) AS balance
    FROM ${events} e`;

/**
 * SQL: waits for the province's stock lock (held to the end of the transaction). Every write that can lower a
 * stock takes it before reading the balance, so two concurrent writes cannot both spend the last doses.
 */
export const STOCK_LOCK = 'SELECT pg_advisory_xact_lock(727010, hashtext($1))';
