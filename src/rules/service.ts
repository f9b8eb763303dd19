// Rule sets in force by date. Seeded with the national periods at province init; editable by a province admin.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { audit } from '../shared/audit.ts';
import { notFound } from '../shared/errors.ts';
import { thing } from '../shared/messages.ts';
import { nationalRuleSets } from './national.ts';
import type { RuleSet } from './schemas.ts';

/** Adds the national rule sets a province lacks (never overwrites a province's own edits). */
export async function seedNationalRules(db: Db, province: string): Promise<void> {
  await db.query(
    `INSERT INTO rule_sets (province_code, effective_from, name, basis, rules, updated_by)
     SELECT $1, (r->>'effective_from')::date, r->>'name', r->>'basis', r->'rules', 'national'
       FROM jsonb_array_elements($2::jsonb) r
     ON CONFLICT (province_code, effective_from) DO NOTHING`,
    [province, JSON.stringify(nationalRuleSets())],
  );
}

/** The rule set in force on a date (YYYY-MM-DD, Viet Nam day). */
export async function rulesOn(db: Db, ctx: Pick<Ctx, 'province'>, date: string): Promise<RuleSet> {
  const [r] = await db.query<RuleSet>(
    `SELECT effective_from, name, basis, rules FROM rule_sets WHERE province_code = $1 AND effective_from <= $2::date
      ORDER BY effective_from DESC LIMIT 1`,
    [ctx.province, date],
  );
  if (!r) throw notFound(thing('rule_set', date));
  return r;
}

export async function listRuleSets(db: Db, ctx: Ctx): Promise<RuleSet[]> {
  return db.query<RuleSet>(
    'SELECT effective_from, name, basis, rules FROM rule_sets WHERE province_code = $1 ORDER BY effective_from',
    [ctx.province],
  );
}

/** Creates or replaces the rule set starting on a date. */
export async function putRuleSet(db: Db, ctx: Ctx, rs: RuleSet): Promise<RuleSet> {
  return db.tx(async (tx) => {
    const [before] = await tx.query(
      'SELECT name, basis, rules FROM rule_sets WHERE province_code = $1 AND effective_from = $2',
      [ctx.province, rs.effective_from],
    );
    const [after] = await tx.query<RuleSet>(
      `INSERT INTO rule_sets (province_code, effective_from, name, basis, rules, updated_by) VALUES ($1, $2, $3, $4, $5::jsonb, $6)
       ON CONFLICT (province_code, effective_from) DO UPDATE SET name = EXCLUDED.name, basis = EXCLUDED.basis, rules = EXCLUDED.rules,
         updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING effective_from, name, basis, rules`,
      [ctx.province, rs.effective_from, rs.name, rs.basis, JSON.stringify(rs.rules), ctx.actor],
    );
    await audit(tx, ctx, before ? 'update' : 'insert', 'rule_set', rs.effective_from, before ?? null, after);
    return after;
  });
}
