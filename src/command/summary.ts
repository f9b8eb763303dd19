// The command summary as of an instant T (contracts/command.md): tasks done/open/overdue at T, each item's stock
// per store and what was received and issued in the period A < t ≤ T, funds by kind and source, social support
// progress per programme. A date field counts from the start of its Viet Nam day: done_on ≤ T means
// vn_day_start(done_on) ≤ T. Each part is one set-based query. Tasks and beneficiaries follow the reader's
// jurisdiction (a district sees the tasks assigned to it and its wards); supplies and funds are the province's.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { scopeParam } from '../auth/scope.ts';
import { toVnIso } from '../shared/time.ts';
import type { CommandSummary } from './schemas.ts';

type Summary = CommandSummary;
type AssigneeRow = Summary['tasks']['by_assignee'][number];

export async function commandSummary(db: Db, ctx: Ctx, at: Date, from?: Date): Promise<Summary> {
  const start = from ?? new Date(at.getTime() - 24 * 3600_000);
  const [byAssignee, supplies, funds, support] = await Promise.all([
    taskCounts(db, ctx, at),
    supplyFigures(db, ctx, at, start),
    fundSums(db, ctx, at),
    supportProgress(db, ctx, at),
  ]);
  const total = (k: keyof Omit<AssigneeRow, 'assignee'>) => byAssignee.reduce((s, r) => s + r[k], 0);
  return {
    at: toVnIso(at),
    from: toVnIso(start),
    tasks: {
      total: total('total'),
      done: total('done'),
      open: total('open'),
      overdue: total('overdue'),
      by_assignee: byAssignee,
    },
    supplies,
    funds: {
      allocation: funds.filter((f) => f.kind === 'allocation').reduce((s, f) => s + f.amount_vnd, 0),
      donation: funds.filter((f) => f.kind === 'donation').reduce((s, f) => s + f.amount_vnd, 0),
      spending: funds.filter((f) => f.kind === 'spending').reduce((s, f) => s + f.amount_vnd, 0),
      by_source: funds,
    },
    support,
  };
}

/** Tasks assigned on or before T's day, not cancelled: done (done_on ≤ T), overdue (due before T's day), or open. */
function taskCounts(db: Db, ctx: Ctx, at: Date): Promise<AssigneeRow[]> {
  return db.query<AssigneeRow>(
    `WITH t AS (
       SELECT assignee,
              CASE WHEN status = 'done' AND vn_day_start(done_on) <= $2 THEN 'done'
                   WHEN due_on < vn_day($2) THEN 'overdue' ELSE 'open' END AS state
         FROM command_tasks
        WHERE province_code = $1 AND vn_day_start(assigned_on) <= $2 AND status <> 'cancelled'
          AND command_assignee_in_scope($1, assignee, $3::text[]))
     SELECT assignee, count(*)::int AS total, count(*) FILTER (WHERE state = 'done')::int AS done,
            count(*) FILTER (WHERE state = 'open')::int AS open, count(*) FILTER (WHERE state = 'overdue')::int AS overdue
       FROM t GROUP BY assignee ORDER BY assignee COLLATE "C"`,
    [ctx.province, at, scopeParam(ctx)],
  );
}

/** Every item by code: stock per store at T (stores with a movement ≤ T), receipts and issues in A < t ≤ T. */
function supplyFigures(db: Db, ctx: Ctx, at: Date, start: Date): Promise<Summary['supplies']> {
  return db.query<Summary['supplies'][number]>(
    `WITH m AS (SELECT item, store, kind, quantity, at FROM supply_movements WHERE province_code = $1 AND at <= $2),
     per_store AS (SELECT item, store, sum(supply_delta(kind, quantity)) AS stock FROM m GROUP BY item, store),
     stock AS (SELECT item, jsonb_object_agg(store, stock::float8 ORDER BY store) AS stock, sum(stock) AS total
                 FROM per_store GROUP BY item),
     flow AS (SELECT item, sum(quantity) FILTER (WHERE kind = 'receipt' AND at > $3) AS received,
                     sum(quantity) FILTER (WHERE kind = 'issue' AND at > $3) AS issued
                FROM m GROUP BY item)
     SELECT i.item, i.name, i.unit, COALESCE(s.stock, '{}'::jsonb) AS stock, COALESCE(s.total, 0)::float8 AS stock_total,
            COALESCE(f.received, 0)::float8 AS received, COALESCE(f.issued, 0)::float8 AS issued
       FROM supply_items i LEFT JOIN stock s ON s.item = i.item LEFT JOIN flow f ON f.item = i.item
      WHERE i.province_code = $1 ORDER BY i.item COLLATE "C"`,
    [ctx.province, at, start],
  );
}

function fundSums(db: Db, ctx: Ctx, at: Date): Promise<Summary['funds']['by_source']> {
  return db.query<Summary['funds']['by_source'][number]>(
    `SELECT kind, source, sum(amount_vnd)::float8 AS amount_vnd FROM command_funds
      WHERE province_code = $1 AND at <= $2 GROUP BY kind, source ORDER BY kind, source COLLATE "C"`,
    [ctx.province, at],
  );
}

/** Per programme: beneficiaries approved by T's day and their amounts; of them, those paid by T's day. */
export function supportProgress(db: Db, ctx: Ctx, at: Date): Promise<Summary['support']> {
  return db.query<Summary['support'][number]>(
    `SELECT programme, count(*)::int AS approved, sum(amount_vnd)::float8 AS approved_vnd,
            count(*) FILTER (WHERE vn_day_start(paid_on) <= $2)::int AS paid,
            COALESCE(sum(amount_vnd) FILTER (WHERE vn_day_start(paid_on) <= $2), 0)::float8 AS paid_vnd,
            round(100.0 * count(*) FILTER (WHERE vn_day_start(paid_on) <= $2) / count(*), 2)::float8 AS paid_pct
       FROM support_beneficiaries
      WHERE province_code = $1 AND vn_day_start(approved_on) <= $2 AND ($3::text[] IS NULL OR ward_code = ANY($3::text[]))
      GROUP BY programme ORDER BY programme COLLATE "C"`,
    [ctx.province, at, scopeParam(ctx)],
  );
}
