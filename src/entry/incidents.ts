// Incidents at the border (illegal entries caught, groups handed over by or returned to the other side) and
// violations of the epidemic rules (false declaration, no mask, leaving quarantine, false information online)
// with their fines.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { thing } from '../shared/messages.ts';
import { audit } from '../shared/audit.ts';
import { cleanText } from '../shared/text.ts';
import { scopeParam } from '../auth/scope.ts';
import { assertWard } from '../geo/service.ts';
import type { Incident, IncidentRecord, Violation, ViolationRecord } from './schemas.ts';

export interface IncidentInput {
  kind: 'illegal_entry' | 'received_from_neighbour' | 'returned_to_neighbour';
  occurred_at: string;
  people: number;
  border?: string | null;
  place: string;
  ward_code?: string | null;
  checkpoint_code?: string | null;
  handling: 'quarantine' | 'returned' | 'prosecuted' | 'fined' | 'released' | 'other';
  handling_note?: string | null;
}
export interface ViolationInput {
  kind: 'false_declaration' | 'no_mask' | 'leaving_quarantine' | 'false_information_online' | 'other';
  occurred_at: string;
  person_ref?: string | null;
  offender_name?: string | null;
  ward_code?: string | null;
  place?: string | null;
  fine_vnd?: number | null;
  decision_ref?: string | null;
  declaration_ref?: string | null;
  note?: string | null;
}

const opt = (s: string | null | undefined) => (s ? cleanText(s) || null : null);

/** The ward an incident belongs to: its own, else its checkpoint's. */
export async function incidentWard(
  db: Db,
  ctx: Ctx,
  i: Pick<IncidentInput, 'ward_code' | 'checkpoint_code'>,
): Promise<string | null> {
  if (i.ward_code || !i.checkpoint_code) return i.ward_code ?? null;
  const [c] = await db.query<{ ward_code: string }>(
    'SELECT ward_code FROM checkpoints WHERE province_code = $1 AND checkpoint_code = $2',
    [ctx.province, i.checkpoint_code],
  );
  if (!c) throw new AppError(400, 'unknown_checkpoint', { value: i.checkpoint_code }, 'checkpoint_code');
  return c.ward_code;
}

export async function createIncident(db: Db, ctx: Ctx, i: IncidentInput) {
  return db.tx(async (tx) => {
    if (i.ward_code) await assertWard(tx, ctx, i.ward_code);
    const ward = await incidentWard(tx, ctx, i);
    const [row] = await tx.query<IncidentRecord>(
      `INSERT INTO entry_incidents (province_code, kind, occurred_at, people, border, place, ward_code, checkpoint_code, handling, handling_note, recorded_by)
       VALUES ($1, $2, $3, $4, upper($5), $6, $7, $8, $9, $10, $11) RETURNING *`,
      [
        ctx.province,
        i.kind,
        i.occurred_at,
        i.people,
        i.border ?? null,
        cleanText(i.place),
        ward,
        i.checkpoint_code ?? null,
        i.handling,
        opt(i.handling_note),
        ctx.actor,
      ],
    );
    await audit(tx, ctx, 'insert', 'entry_incident', String(row.incident_id), null, row);
    return row;
  });
}

export async function listIncidents(
  db: Db,
  ctx: Ctx,
  f: { kind?: string; from?: string; to?: string; limit?: number },
) {
  return db.query<Incident>(
    `SELECT incident_id, kind, occurred_at, people, border, place, ward_code, checkpoint_code, handling, handling_note, recorded_by
       FROM entry_incidents
      WHERE province_code = $1 AND ($2::text IS NULL OR kind = $2) AND ($3::timestamptz IS NULL OR occurred_at >= $3)
        AND ($4::timestamptz IS NULL OR occurred_at <= $4) AND ($5::text[] IS NULL OR ward_code = ANY($5::text[]))
      ORDER BY occurred_at DESC, incident_id DESC LIMIT $6`,
    [ctx.province, f.kind ?? null, f.from ?? null, f.to ?? null, scopeParam(ctx), Math.min(f.limit ?? 100, 1000)],
  );
}

/** A violation: the offender is a registered person or only a name; a false declaration may cite the declaration. */
export async function createViolation(db: Db, ctx: Ctx, v: ViolationInput) {
  if (!v.person_ref && !v.offender_name?.trim()) throw new AppError(400, 'required', {}, 'offender_name');
  return db.tx(async (tx) => {
    if (v.ward_code) await assertWard(tx, ctx, v.ward_code);
    const [row] = await tx.query<ViolationRecord>(
      `INSERT INTO entry_violations (province_code, kind, occurred_at, person_id, offender_name, ward_code, place, fine_vnd,
                                     decision_ref, declaration_id, note, recorded_by)
       SELECT $1, $2, $3, p.person_id, COALESCE($5, p.full_name), COALESCE($6, p.ward_code), $7, $8, $9, d.declaration_id, $11, $12
         FROM (SELECT 1) one
         LEFT JOIN persons p ON p.province_code = $1 AND p.person_ref = $4
         LEFT JOIN declarations d ON d.province_code = $1 AND d.declaration_ref = $10
       RETURNING *`,
      [
        ctx.province,
        v.kind,
        v.occurred_at,
        v.person_ref ?? null,
        opt(v.offender_name),
        v.ward_code ?? null,
        opt(v.place),
        v.fine_vnd ?? null,
        opt(v.decision_ref),
        v.declaration_ref ?? null,
        opt(v.note),
        ctx.actor,
      ],
    );
    if (v.person_ref && row.person_id === null) throw notFound(thing('person_ref', v.person_ref));
    if (v.declaration_ref && row.declaration_id === null)
      throw new AppError(400, 'unknown_declaration', { value: v.declaration_ref }, 'declaration_ref');
    await audit(tx, ctx, 'insert', 'entry_violation', String(row.violation_id), null, row);
    return row;
  });
}

export async function listViolations(
  db: Db,
  ctx: Ctx,
  f: { kind?: string; from?: string; to?: string; limit?: number },
) {
  return db.query<Violation>(
    `SELECT v.violation_id, v.kind, v.occurred_at, pe.person_ref, v.offender_name, v.ward_code, v.place, v.fine_vnd, v.decision_ref,
            d.declaration_ref, v.note, v.recorded_by
       FROM entry_violations v
       LEFT JOIN persons pe ON pe.province_code = v.province_code AND pe.person_id = v.person_id
       LEFT JOIN declarations d ON d.province_code = v.province_code AND d.declaration_id = v.declaration_id
      WHERE v.province_code = $1 AND ($2::text IS NULL OR v.kind = $2) AND ($3::timestamptz IS NULL OR v.occurred_at >= $3)
        AND ($4::timestamptz IS NULL OR v.occurred_at <= $4) AND ($5::text[] IS NULL OR v.ward_code = ANY($5::text[]))
      ORDER BY v.occurred_at DESC, v.violation_id DESC LIMIT $6`,
    [ctx.province, f.kind ?? null, f.from ?? null, f.to ?? null, scopeParam(ctx), Math.min(f.limit ?? 100, 1000)],
  );
}
