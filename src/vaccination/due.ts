// Who needs which dose next, and when: the next primary dose or booster after each person's last dose, by the
// schedule of that dose's product in force on the day asked about. The due list (by ward, also as XLSX) holds the
// persons whose next dose is due or overdue; deceased persons are left out.
import ExcelJS from 'exceljs';
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { scopeParam } from '../auth/scope.ts';
import { safeCell } from '../shared/csv.ts';
import type { Lang } from '../shared/messages.ts';
import { scheduleOn } from './sql.ts';
import type { NextDose } from './schemas.ts';
import { vi } from './locales/vi.ts';
import { en } from './locales/en.ts';

/**
 * Next doses as of day `on`: for one person (any status), or the due/overdue list within the actor's wards.
 * After dose n of a product with p primary doses and b boosters: dose n+1 is a primary dose while n < p (window
 * min–max interval), a booster while n < p + b (booster window), and nothing after that.
 */
export async function nextDoses(
  db: Db,
  ctx: Ctx,
  f: { on: string; personId?: number; ward_code?: string; includeNotYetDue?: boolean; limit?: number },
): Promise<NextDose[]> {
  return db.query<NextDose>(
    `WITH last AS (
       SELECT DISTINCT ON (v.person_id) v.person_id, v.dose_number, v.product, v.given_on
         FROM vaccinations v WHERE v.province_code = $1 AND v.given_on <= $2::date AND ($3::bigint IS NULL OR v.person_id = $3)
        ORDER BY v.person_id, v.dose_number DESC),
     nxt AS (
       SELECT l.*, CASE WHEN l.dose_number < sc.primary_doses THEN l.given_on + sc.min_interval_days
                        WHEN l.dose_number < sc.primary_doses + sc.booster_doses THEN l.given_on + sc.booster_min_days END AS due_from,
                   CASE WHEN l.dose_number < sc.primary_doses THEN l.given_on + sc.max_interval_days
                        WHEN l.dose_number < sc.primary_doses + sc.booster_doses THEN l.given_on + sc.booster_max_days END AS overdue_after
         FROM last l LEFT JOIN LATERAL ${scheduleOn('l.product', '$2::date')} sc ON true)
     SELECT p.person_ref, p.full_name, p.birth_year, p.phone, p.ward_code, u.name AS ward_name, p.hamlet, p.address,
            n.dose_number AS last_dose, n.product AS last_product, n.given_on AS last_given_on, n.dose_number + 1 AS next_dose,
            n.due_from, n.overdue_after,
            CASE WHEN $2::date > n.overdue_after THEN 'overdue' WHEN $2::date >= n.due_from THEN 'due' ELSE 'not_yet_due' END AS status
       FROM nxt n
       JOIN persons p ON p.province_code = $1 AND p.person_id = n.person_id
       LEFT JOIN provinces pr ON pr.province_code = $1
       LEFT JOIN admin_units u ON u.province_code = $1 AND u.geography = pr.geography AND u.code = p.ward_code
      WHERE n.due_from IS NOT NULL AND ($6 OR n.due_from <= $2::date)
        AND ($4::text IS NULL OR p.ward_code = $4) AND ($5::text[] IS NULL OR p.ward_code = ANY($5::text[]))
        AND NOT EXISTS (SELECT 1 FROM outcomes o WHERE o.province_code = $1 AND o.person_id = p.person_id
                         AND o.outcome = 'died' AND vn_day(o.at) <= $2::date)
      ORDER BY p.ward_code NULLS LAST, n.overdue_after < $2::date DESC, n.due_from, p.person_ref
      LIMIT $7`,
    [
      ctx.province,
      f.on,
      f.personId ?? null,
      f.ward_code ?? null,
      scopeParam(ctx),
      !!f.includeNotYetDue,
      f.limit ?? 100_000,
    ],
  );
}

/** 2021-09-10 → 10/09/2021, as Vietnamese documents write dates. */
export const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The due list as a workbook with one sheet per ward, ready to print for each commune health station. */
export async function dueListXlsx(rows: NextDose[], lang: Lang): Promise<Buffer> {
  const text = (lang === 'en' ? en : vi).due;
  const wb = new ExcelJS.Workbook();
  const byWard = new Map<string, NextDose[]>(rows.length ? [] : [['', []]]);
  for (const r of rows) {
    const ward = r.ward_code ?? '';
    if (!byWard.has(ward)) byWard.set(ward, []);
    byWard.get(ward)!.push(r);
  }
  for (const [ward, list] of byWard) {
    const title = ward ? `${ward} ${list[0]?.ward_name ?? ''}` : text.no_ward;
    const ws = wb.addWorksheet(title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
    ws.addRow(Object.values(text.column)).font = { bold: true };
    for (const r of list) {
      ws.addRow(
        [
          r.person_ref,
          r.full_name,
          r.birth_year,
          r.phone,
          r.hamlet,
          r.address,
          r.last_dose,
          r.last_product,
          dmy(r.last_given_on),
          r.next_dose,
          dmy(r.due_from),
          dmy(r.overdue_after),
          text.status[r.status],
        ].map(safeCell),
      );
    }
    ws.columns.forEach((c, i) => {
      c.width = [12, 28, 9, 13, 18, 30, 10, 12, 12, 12, 12, 14, 12][i];
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
