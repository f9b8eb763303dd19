// Pieces every kind that names a person by person_ref shares: the existence check, the jurisdiction check and
// the join that turns the ref into the person's id (a merged record resolves to the record it was merged into).
import type { MessageKey } from '../shared/messages.ts';

/** Rows whose person_ref (in staging column `col`) names no person of the province. */
export function unknownPersonCheck(col = 'person_ref'): { column: string; key: MessageKey; sql: string } {
  return {
    column: col,
    key: 'unknown_person',
    sql: `SELECT s.line, s.${col} AS value FROM import_staging s WHERE NOT EXISTS (
            SELECT 1 FROM persons p WHERE p.province_code = $1 AND p.person_ref = s.${col})`,
  };
}

/** Rows whose person lives outside the actor's wards ($2). */
export function personScopeCheck(...cols: string[]): string {
  return cols
    .map(
      (col) => `SELECT s.line, '${col}' AS column, s.${col} AS value FROM import_staging s
      JOIN persons p ON p.province_code = $1 AND p.person_ref = s.${col}
     WHERE p.ward_code IS NULL OR NOT p.ward_code = ANY($2::text[])`,
    )
    .join(' UNION ALL ');
}

/** Join giving alias `alias` = the person named by staging column `col`; use `${alias}_id` … see personId(). */
export function personJoin(col = 'person_ref', alias = 'p'): string {
  return `JOIN persons ${alias} ON ${alias}.province_code = $1 AND ${alias}.person_ref = s.${col}`;
}

/** The person id to store for a joined person: the surviving record after merges. */
export const personId = (alias = 'p') => `COALESCE(${alias}.merged_into, ${alias}.person_id)`;

/** Audit key of a row stored by person_id: the person's ref. */
export const personRefOf = (idExpr = 'up.person_id') =>
  `(SELECT person_ref FROM persons WHERE province_code = $1 AND person_id = ${idExpr})`;
