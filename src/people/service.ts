// People: lookup, search (diacritic-insensitive name, phone, ID), create/update, duplicates and merge.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { thing } from '../shared/messages.ts';
import { fold, normalizePhone } from '../shared/text.ts';
import { audit } from '../shared/audit.ts';
import { assertWard } from '../geo/service.ts';
import { provinceCodes2024 } from '../geo/reference.ts';
import { validatePerson, type PersonInput } from './validate.ts';
import { scopeParam } from '../auth/scope.ts';
import { PERSON_REFERENCES } from './references.ts';
import type { DuplicatePair, Person, PersonMerge, PersonSummary } from './schemas.ts';

const PUBLIC_COLUMNS = `person_ref, full_name, birth_year, birth_date, sex, id_kind, id_number, phone, ward_code,
  hamlet, address, nationality, created_at, updated_at`;

export async function getPerson(db: Db, ctx: Ctx, ref: string): Promise<Person> {
  const rows = await db.query<Person>(
    `SELECT ${PUBLIC_COLUMNS}, (SELECT m.person_ref FROM persons m WHERE m.province_code = p.province_code
            AND m.person_id = p.merged_into) AS merged_into_ref
       FROM persons p WHERE province_code = $1 AND person_ref = $2`,
    [ctx.province, ref],
  );
  if (!rows[0]) throw notFound(thing('person'));
  return rows[0];
}

/**
 * One search box: a phone number, an ID number or (part of) a name typed with or without diacritics.
 * Names use the trigram index on name_fold; phones and IDs their b-tree indexes. Only the actor's wards are searched.
 */
export async function searchPersons(
  db: Db,
  ctx: Ctx,
  f: { q?: string; ward_code?: string; limit?: number },
): Promise<PersonSummary[]> {
  const limit = Math.min(f.limit ?? 20, 200);
  const q = (f.q ?? '').trim();
  const digits = q.replace(/[\s.\-+()]/g, '');
  const phone = /^\d{9,12}$/.test(digits) ? normalizePhone(q) : null;
  let where: string, order: string, param: unknown;
  if (/^\d{9}$|^\d{12}$/.test(digits) && !phone) {
    where = 'id_number = $2';
    order = 'person_ref';
    param = digits;
  } else if (phone) {
    where = '(phone = $2 OR id_number = $3)';
    order = 'person_ref';
    param = phone;
  } else {
    where = `name_fold LIKE '%' || $2 || '%'`;
    order = 'similarity(name_fold, $2) DESC, name_fold, person_ref';
    param = fold(q);
  }
  const params: unknown[] = [ctx.province, param];
  if (where.includes('$3')) params.push(digits);
  params.push(f.ward_code ?? null, scopeParam(ctx), limit);
  const n = params.length;
  return db.query<PersonSummary>(
    `SELECT ${PUBLIC_COLUMNS} FROM persons
      WHERE province_code = $1 AND merged_into IS NULL AND ${where} AND ($${n - 2}::text IS NULL OR ward_code = $${n - 2})
        AND ($${n - 1}::text[] IS NULL OR ward_code = ANY($${n - 1}::text[]))
      ORDER BY ${order} LIMIT $${n}`,
    params,
  );
}

async function validated(db: Db, ctx: Ctx, input: PersonInput) {
  const r = validatePerson(input, provinceCodes2024());
  if ('errors' in r) {
    const e = r.errors[0];
    throw new AppError(400, e.key, e.params ?? {}, e.column);
  }
  if (r.person.ward_code) await assertWard(db, ctx, r.person.ward_code);
  return r.person;
}

export async function createPerson(db: Db, ctx: Ctx, input: PersonInput): Promise<PersonSummary> {
  return db.tx(async (tx) => {
    const p = await validated(tx, ctx, input);
    const rows = await tx.query<PersonSummary>(
      `INSERT INTO persons (province_code, person_ref, full_name, birth_year, birth_date, sex, id_kind, id_number, phone,
                            ward_code, hamlet, address, nationality)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (province_code, person_ref) DO NOTHING RETURNING ${PUBLIC_COLUMNS}`,
      [
        ctx.province,
        p.person_ref,
        p.full_name,
        p.birth_year,
        p.birth_date,
        p.sex,
        p.id_kind,
        p.id_number,
        p.phone,
        p.ward_code,
        p.hamlet,
        p.address,
        p.nationality,
      ],
    );
    if (!rows[0]) throw new AppError(409, 'conflict', { detail: `person_ref ${p.person_ref}` }, 'person_ref');
    await audit(tx, ctx, 'insert', 'person', p.person_ref, null, rows[0]);
    return rows[0];
  });
}

/** Replaces the given fields; fields left out keep their value. */
export async function updatePerson(
  db: Db,
  ctx: Ctx,
  ref: string,
  changes: Partial<PersonInput>,
): Promise<PersonSummary> {
  return db.tx(async (tx) => {
    const before = await tx.query<PersonSummary>(
      `SELECT ${PUBLIC_COLUMNS} FROM persons WHERE province_code = $1 AND person_ref = $2 FOR UPDATE`,
      [ctx.province, ref],
    );
    if (!before[0]) throw notFound(thing('person'));
    const merged = { ...nonNull(before[0]), ...changes, person_ref: ref } as PersonInput;
    // The stored CCCD already carries its birth year; re-validate it against the new values.
    const p = await validated(tx, ctx, merged);
    const rows = await tx.query<PersonSummary>(
      `UPDATE persons SET full_name = $3, birth_year = $4, birth_date = $5, sex = $6, id_kind = $7, id_number = $8,
              phone = $9, ward_code = $10, hamlet = $11, address = $12, nationality = $13, updated_at = now()
        WHERE province_code = $1 AND person_ref = $2 RETURNING ${PUBLIC_COLUMNS}`,
      [
        ctx.province,
        ref,
        p.full_name,
        p.birth_year,
        p.birth_date,
        p.sex,
        p.id_kind,
        p.id_number,
        p.phone,
        p.ward_code,
        p.hamlet,
        p.address,
        p.nationality,
      ],
    );
    await audit(tx, ctx, 'update', 'person', ref, before[0], rows[0]);
    return rows[0];
  });
}

function nonNull(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).filter(([k, v]) => v !== null && !['id_kind', 'created_at', 'updated_at'].includes(k)),
  );
}

/**
 * Possible duplicates for a clerk: the same ID number, or the same phone + folded name + birth year.
 * Merged records and pairs already declared different are left out; both records must lie in the actor's wards.
 */
export async function listDuplicates(db: Db, ctx: Ctx, limit = 100): Promise<DuplicatePair[]> {
  return db.query<DuplicatePair>(
    `WITH pairs AS (
       SELECT a.person_id AS a_id, b.person_id AS b_id, 'id_number' AS reason
         FROM persons a JOIN persons b ON b.province_code = a.province_code AND b.id_number = a.id_number AND b.person_id > a.person_id
        WHERE a.province_code = $1 AND a.id_number IS NOT NULL
       UNION
       SELECT a.person_id, b.person_id, 'phone_name_birth_year'
         FROM persons a JOIN persons b ON b.province_code = a.province_code AND b.phone = a.phone
          AND b.name_fold = a.name_fold AND b.birth_year = a.birth_year AND b.person_id > a.person_id
        WHERE a.province_code = $1 AND a.phone IS NOT NULL)
     SELECT pa.person_ref AS a_ref, pa.full_name AS a_name, pb.person_ref AS b_ref, pb.full_name AS b_name,
            string_agg(DISTINCT reason, ',' ORDER BY reason) AS reasons
       FROM pairs
       JOIN persons pa ON pa.province_code = $1 AND pa.person_id = a_id AND pa.merged_into IS NULL
       JOIN persons pb ON pb.province_code = $1 AND pb.person_id = b_id AND pb.merged_into IS NULL
      WHERE NOT EXISTS (SELECT 1 FROM person_not_duplicates n WHERE n.province_code = $1 AND n.person_a = a_id AND n.person_b = b_id)
        AND ($3::text[] IS NULL OR (pa.ward_code = ANY($3::text[]) AND pb.ward_code = ANY($3::text[])))
      GROUP BY pa.person_ref, pa.full_name, pb.person_ref, pb.full_name
      ORDER BY pa.person_ref, pb.person_ref LIMIT $2`,
    [ctx.province, limit, scopeParam(ctx)],
  );
}

async function idsOf(tx: Db, ctx: Ctx, refs: string[]) {
  const rows = await tx.query<{ person_id: number; person_ref: string; merged_into: number | null }>(
    'SELECT person_id, person_ref, merged_into FROM persons WHERE province_code = $1 AND person_ref = ANY($2::text[]) FOR UPDATE',
    [ctx.province, refs],
  );
  return refs.map((ref) => {
    const r = rows.find((x) => x.person_ref === ref);
    if (!r) throw notFound(ref);
    return r;
  });
}

/** A clerk declares two proposed duplicates to be different people. */
export async function markNotDuplicate(db: Db, ctx: Ctx, refA: string, refB: string) {
  await db.tx(async (tx) => {
    const [a, b] = await idsOf(tx, ctx, [refA, refB]);
    const [lo, hi] = a.person_id < b.person_id ? [a, b] : [b, a];
    await tx.query(
      `INSERT INTO person_not_duplicates (province_code, person_a, person_b, actor) VALUES ($1, $2, $3, $4)
                    ON CONFLICT DO NOTHING`,
      [ctx.province, lo.person_id, hi.person_id, ctx.actor],
    );
    await audit(tx, ctx, 'not_duplicate', 'person', `${refA}/${refB}`, null, null);
  });
}

/**
 * Merges `mergeRef` into `keepRef`: the kept record takes any field it lacks from the other; the merged record
 * stays (merged_into set, out of searches and counts) with a snapshot in person_merges and the audit log.
 * Records of other modules that point at the merged person are repointed (PERSON_REFERENCES).
 */
export async function mergePersons(
  db: Db,
  ctx: Ctx,
  keepRef: string,
  mergeRef: string,
  reason?: string,
): Promise<PersonSummary> {
  if (keepRef === mergeRef) throw new AppError(400, 'merge_same', {}, 'merge_ref');
  return db.tx(async (tx) => {
    const [keep, drop] = await idsOf(tx, ctx, [keepRef, mergeRef]);
    for (const p of [keep, drop])
      if (p.merged_into !== null) throw new AppError(409, 'already_merged', { value: p.person_ref });
    const [before] = await tx.query(
      `SELECT ${PUBLIC_COLUMNS} FROM persons WHERE province_code = $1 AND person_id = $2`,
      [ctx.province, keep.person_id],
    );
    const [snapshot] = await tx.query(
      `SELECT ${PUBLIC_COLUMNS} FROM persons WHERE province_code = $1 AND person_id = $2`,
      [ctx.province, drop.person_id],
    );
    const [after] = await tx.query<PersonSummary>(
      `UPDATE persons k SET birth_year = COALESCE(k.birth_year, d.birth_year), birth_date = COALESCE(k.birth_date, d.birth_date),
              sex = COALESCE(k.sex, d.sex), id_kind = COALESCE(k.id_kind, d.id_kind), id_number = COALESCE(k.id_number, d.id_number),
              phone = COALESCE(k.phone, d.phone), ward_code = COALESCE(k.ward_code, d.ward_code),
              hamlet = COALESCE(k.hamlet, d.hamlet), address = COALESCE(k.address, d.address), updated_at = now()
         FROM persons d WHERE k.province_code = $1 AND k.person_id = $2 AND d.province_code = $1 AND d.person_id = $3
       RETURNING ${PUBLIC_COLUMNS.split(',')
         .map((c) => 'k.' + c.trim())
         .join(', ')}`,
      [ctx.province, keep.person_id, drop.person_id],
    );
    await tx.query(
      'UPDATE persons SET merged_into = $3, updated_at = now() WHERE province_code = $1 AND person_id = $2',
      [ctx.province, drop.person_id, keep.person_id],
    );
    // A contact between the two records is a contact of a person with themselves: it goes with the merge.
    await tx.query(
      `DELETE FROM exposures WHERE province_code = $1 AND (source_person_id, contact_person_id) IN (($2, $3), ($3, $2))`,
      [ctx.province, keep.person_id, drop.person_id],
    );
    for (const ref of PERSON_REFERENCES) {
      await tx
        .query(`UPDATE ${ref.table} SET ${ref.column} = $3 WHERE province_code = $1 AND ${ref.column} = $2`, [
          ctx.province,
          drop.person_id,
          keep.person_id,
        ])
        .catch((e: { code?: string }) => {
          // Both records hold the same fact (e.g. both a case): the clerk must settle which one is right first.
          if (e.code === '23505') throw new AppError(409, 'merge_conflict', { value: ref.table });
          throw e;
        });
    }
    await tx.query(
      `INSERT INTO person_merges (province_code, kept_person_id, merged_person_id, merged_snapshot, reason, actor)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6)`,
      [ctx.province, keep.person_id, drop.person_id, JSON.stringify(snapshot), reason ?? null, ctx.actor],
    );
    await audit(tx, ctx, 'merge', 'person', keepRef, { kept: before, merged: snapshot }, after);
    return after;
  });
}

/** Merge history of a person: which records were merged into it, when, by whom. */
export async function mergeHistory(db: Db, ctx: Ctx, ref: string): Promise<PersonMerge[]> {
  return db.query<PersonMerge>(
    `SELECT d.person_ref AS merged_ref, m.merged_snapshot, m.reason, m.actor, m.at
       FROM person_merges m
       JOIN persons k ON k.province_code = m.province_code AND k.person_id = m.kept_person_id
       JOIN persons d ON d.province_code = m.province_code AND d.person_id = m.merged_person_id
      WHERE m.province_code = $1 AND k.person_ref = $2 ORDER BY m.at`,
    [ctx.province, ref],
  );
}
