// Clusters (ổ dịch): linked ones are the connected components of cases and the exposures that made someone
// their F1 (case_links_on in clusters.sql, derived for any day); declared ones are named by place and time by an officer, who
// attaches cases. Both are active until N days pass with no new case (N = cluster_close_days of the rule set
// in force on the day evaluated). Also the transmission graph (nodes/edges) of a cluster or around a person.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { thing } from '../shared/messages.ts';
import { audit } from '../shared/audit.ts';
import { scopeParam } from '../auth/scope.ts';
import { assertWard } from '../geo/service.ts';
import { personIdOf } from './service.ts';
import type { Cluster, ClusterGraph, ContactGraph, DeclaredCluster } from './schemas.ts';

const IN_SCOPE = (col: string, n: number) => `($${n}::text[] IS NULL OR ${col} = ANY($${n}::text[]))`;

/**
 * Clusters on a day (default today), for the actor's wards (a cluster shows when one of its cases lies in
 * them, or a declared cluster's own ward does). A linked cluster is named by its first case.
 */
export async function listClusters(
  db: Db,
  ctx: Ctx,
  f: { on?: string; status?: 'active' | 'closed'; min_cases?: number } = {},
): Promise<Cluster[]> {
  return db.tx((tx) =>
    tx.query<Cluster>(
      `WITH d AS (SELECT COALESCE($2::date, vn_day(clock_timestamp())) AS day),
     n AS (SELECT COALESCE((SELECT (r.rules->>'cluster_close_days')::int FROM rule_sets r, d
                             WHERE r.province_code = $1 AND r.effective_from <= d.day ORDER BY r.effective_from DESC LIMIT 1), 14) AS days),
     members AS (
       SELECT 'linked' AS kind, k.component AS grp, k.person_id FROM d CROSS JOIN LATERAL case_clusters_on($1, d.day) k
       UNION ALL
       SELECT 'declared', m.cluster_id, m.person_id FROM declared_cluster_cases m WHERE m.province_code = $1),
     agg AS (
       SELECT m.kind, m.grp, count(*)::int AS persons, count(c.person_id)::int AS cases,
              (array_agg(p.person_ref ORDER BY c.confirmed_at, p.person_ref) FILTER (WHERE c.person_id IS NOT NULL))[1] AS first_ref,
              min(c.confirmed_at) AS first_at,
              (array_agg(p.person_ref ORDER BY c.confirmed_at DESC, p.person_ref) FILTER (WHERE c.person_id IS NOT NULL))[1] AS last_ref,
              max(c.confirmed_at) AS last_at,
              bool_or(c.person_id IS NOT NULL AND ${IN_SCOPE('p.ward_code', 3)}) AS visible,
              array_agg(DISTINCT p.ward_code ORDER BY p.ward_code) FILTER (WHERE c.person_id IS NOT NULL AND p.ward_code IS NOT NULL) AS wards
         FROM d CROSS JOIN members m
         JOIN persons p ON p.province_code = $1 AND p.person_id = m.person_id
         LEFT JOIN cases c ON c.province_code = $1 AND c.person_id = m.person_id AND vn_day(c.confirmed_at) <= d.day
        GROUP BY m.kind, m.grp),
     listed AS (
       SELECT 'linked' AS kind, a.first_ref AS id, NULL::text AS name, NULL::text AS place, NULL::text AS ward_code,
              vn_day(a.first_at) AS started_on, a.cases, a.persons, a.first_ref, a.first_at, a.last_ref, a.last_at, a.wards,
              vn_day(a.last_at) AS last_day
         FROM agg a WHERE a.kind = 'linked' AND a.visible
       UNION ALL
       SELECT 'declared', dc.cluster_id::text, dc.name, dc.place, dc.ward_code, dc.started_on, COALESCE(a.cases, 0), COALESCE(a.persons, 0),
              a.first_ref, a.first_at, a.last_ref, a.last_at, a.wards, greatest(vn_day(a.last_at), dc.started_on)
         FROM d CROSS JOIN declared_clusters dc LEFT JOIN agg a ON a.kind = 'declared' AND a.grp = dc.cluster_id
        WHERE dc.province_code = $1 AND dc.started_on <= d.day AND (COALESCE(a.visible, false) OR ${IN_SCOPE('dc.ward_code', 3)}))
     SELECT l.kind, l.id, l.name, l.place, l.ward_code, l.started_on::text AS started_on, l.cases, l.persons,
            CASE WHEN l.first_ref IS NOT NULL THEN jsonb_build_object('person_ref', l.first_ref, 'confirmed_at', l.first_at) END AS first_case,
            CASE WHEN l.last_ref IS NOT NULL THEN jsonb_build_object('person_ref', l.last_ref, 'confirmed_at', l.last_at) END AS last_case,
            COALESCE(l.wards, '{}') AS wards, (l.last_day + n.days)::text AS closes_on,
            CASE WHEN d.day >= l.last_day + n.days THEN 'closed' ELSE 'active' END AS status
       FROM listed l, d, n
      WHERE l.cases >= $4 AND ($5::text IS NULL OR $5 = CASE WHEN d.day >= l.last_day + n.days THEN 'closed' ELSE 'active' END)
      ORDER BY l.last_at DESC NULLS LAST, l.kind, l.id`,
      [ctx.province, f.on ?? null, scopeParam(ctx), f.min_cases ?? 1, f.status ?? null],
    ),
  );
}

export interface ClusterInput {
  name: string;
  place?: string | null;
  ward_code?: string | null;
  started_on: string;
  ended_on?: string | null;
  case_refs?: string[];
}

/** Persons named as cluster members must be cases: their ids, or the first ref that is not a case. */
async function caseIds(tx: Db, ctx: Ctx, refs: string[]): Promise<number[]> {
  const rows = await tx.query<{ person_ref: string; id: number; is_case: boolean }>(
    `SELECT p.person_ref, COALESCE(p.merged_into, p.person_id) AS id,
            EXISTS (SELECT 1 FROM cases c WHERE c.province_code = $1 AND c.person_id = COALESCE(p.merged_into, p.person_id)) AS is_case
       FROM persons p WHERE p.province_code = $1 AND p.person_ref = ANY($2::text[])`,
    [ctx.province, refs],
  );
  for (const ref of refs) {
    const r = rows.find((x) => x.person_ref === ref);
    if (!r) throw new AppError(404, 'unknown_person', { value: ref }, 'case_refs');
    if (!r.is_case) throw new AppError(400, 'not_a_case', { value: ref }, 'case_refs');
  }
  return [...new Set(rows.map((r) => r.id))];
}

async function addMembers(tx: Db, ctx: Ctx, clusterId: number, refs: string[]): Promise<void> {
  const ids = await caseIds(tx, ctx, refs);
  const added = await tx.query<{ person_id: number }>(
    `INSERT INTO declared_cluster_cases (province_code, cluster_id, person_id) SELECT $1, $2, unnest($3::bigint[])
     ON CONFLICT DO NOTHING RETURNING person_id`,
    [ctx.province, clusterId, ids],
  );
  if (added.length) await audit(tx, ctx, 'add_cases', 'declared_cluster', String(clusterId), null, { case_refs: refs });
}

export async function declareCluster(db: Db, ctx: Ctx, input: ClusterInput): Promise<DeclaredCluster> {
  if (input.ended_on && input.ended_on < input.started_on) throw new AppError(400, 'end_before_start', {}, 'ended_on');
  return db.tx(async (tx) => {
    if (input.ward_code) await assertWard(tx, ctx, input.ward_code);
    const [row] = await tx.query<Omit<DeclaredCluster, 'case_refs'>>(
      `INSERT INTO declared_clusters (province_code, name, place, ward_code, started_on, ended_on, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING cluster_id, name, place, ward_code, started_on::text, ended_on::text`,
      [
        ctx.province,
        input.name,
        input.place ?? null,
        input.ward_code ?? null,
        input.started_on,
        input.ended_on ?? null,
        ctx.actor,
      ],
    );
    await audit(tx, ctx, 'insert', 'declared_cluster', String(row.cluster_id), null, row);
    if (input.case_refs?.length) await addMembers(tx, ctx, row.cluster_id, input.case_refs);
    return { ...row, case_refs: input.case_refs ?? [] };
  });
}

async function declaredCluster(tx: Db, ctx: Ctx, id: number) {
  const [c] = await tx.query<{ cluster_id: number; ward_code: string | null }>(
    'SELECT cluster_id, ward_code FROM declared_clusters WHERE province_code = $1 AND cluster_id = $2 FOR UPDATE',
    [ctx.province, id],
  );
  if (!c) throw notFound(thing('cluster', id));
  return c;
}

/** Refuses a change to a declared cluster the actor cannot see (its ward and its cases all outside their wards). */
async function assertClusterOwned(tx: Db, ctx: Ctx, id: number): Promise<void> {
  const c = await declaredCluster(tx, ctx, id);
  const members = await tx.query<{ person_id: number }>(
    'SELECT person_id FROM declared_cluster_cases WHERE province_code = $1 AND cluster_id = $2',
    [ctx.province, id],
  );
  await assertClusterVisible(
    tx,
    ctx,
    members.map((m) => m.person_id),
    c.ward_code,
  );
}

export async function addClusterCases(db: Db, ctx: Ctx, id: number, refs: string[]): Promise<void> {
  await db.tx(async (tx) => {
    await assertClusterOwned(tx, ctx, id);
    await addMembers(tx, ctx, id, refs);
  });
}

export async function removeClusterCase(db: Db, ctx: Ctx, id: number, ref: string): Promise<void> {
  await db.tx(async (tx) => {
    await assertClusterOwned(tx, ctx, id);
    const pid = await personIdOf(tx, ctx, ref, 'ref');
    const gone = await tx.query(
      'DELETE FROM declared_cluster_cases WHERE province_code = $1 AND cluster_id = $2 AND person_id = $3 RETURNING person_id',
      [ctx.province, id, pid],
    );
    if (!gone[0]) throw notFound(ref);
    await audit(tx, ctx, 'remove_case', 'declared_cluster', String(id), { case_ref: ref }, null);
  });
}

type GraphNode = ContactGraph['nodes'][number];
type GraphEdge = ContactGraph['edges'][number];
interface Edge extends Pick<GraphEdge, 'exposed_on' | 'setting'> {
  source_person_id: number;
  contact_person_id: number;
}

/**
 * Nodes and edges for the UI. Each node: ref, name (only inside the actor's wards), ward, case facts and its
 * F-level (now, or as of `at`). `distance` is filled for neighbourhoods.
 */
async function graph(
  tx: Db,
  ctx: Ctx,
  ids: number[],
  edges: Edge[],
  opts: { at?: Date; distance?: Map<number, number>; truncated?: boolean },
): Promise<ContactGraph> {
  const levels = opts.at
    ? 'f_levels_at($1, $4::timestamptz, tracked_max_level())'
    : '(SELECT person_id, level FROM person_levels WHERE province_code = $1)';
  if (!opts.at) await tx.query('SELECT sync_person_levels($1)', [ctx.province]);
  const nodes = await tx.query<GraphNode & { person_id: number }>(
    `SELECT p.person_id, p.person_ref, CASE WHEN ${IN_SCOPE('p.ward_code', 3)} THEN p.full_name END AS full_name, p.ward_code,
            c.case_number, c.confirmed_at,
            (SELECT jsonb_object_agg(o.outcome, o.at) FROM outcomes o WHERE o.province_code = $1 AND o.person_id = p.person_id) AS outcomes,
            lv.level
       FROM persons p LEFT JOIN cases c ON c.province_code = $1 AND c.person_id = p.person_id
       LEFT JOIN ${levels} lv ON lv.person_id = p.person_id
      WHERE p.province_code = $1 AND p.person_id = ANY($2::bigint[]) ORDER BY p.person_ref`,
    [ctx.province, ids, scopeParam(ctx), ...(opts.at ? [opts.at] : [])],
  );
  const refOf = new Map(nodes.map((n) => [n.person_id, n.person_ref]));
  return {
    nodes: nodes.map(({ person_id, ...n }) => ({
      ...n,
      ...(opts.distance ? { distance: opts.distance.get(person_id) } : {}),
    })),
    // Both ends of every edge are among the nodes.
    edges: edges.map((e) => ({
      source_ref: refOf.get(e.source_person_id)!,
      contact_ref: refOf.get(e.contact_person_id)!,
      exposed_on: e.exposed_on,
      setting: e.setting,
    })),
    truncated: !!opts.truncated,
  };
}

/** Refuses a cluster none of whose cases lies in the actor's wards. */
async function assertClusterVisible(tx: Db, ctx: Ctx, ids: number[], ward: string | null = null): Promise<void> {
  const scope = scopeParam(ctx);
  if (scope === null || (ward !== null && scope.includes(ward))) return;
  const [ok] = await tx.query(
    `SELECT 1 FROM cases c JOIN persons p USING (province_code, person_id)
     WHERE c.province_code = $1 AND c.person_id = ANY($2::bigint[]) AND p.ward_code = ANY($3::text[]) LIMIT 1`,
    [ctx.province, ids, scope],
  );
  if (!ok) throw new AppError(403, 'out_of_scope', { value: ward ?? '—' });
}

/** A linked cluster (named by any of its members) or a declared one (its cases and their links) on a day. */
export async function clusterGraph(
  db: Db,
  ctx: Ctx,
  kind: 'linked' | 'declared',
  id: string,
  on?: string,
): Promise<ClusterGraph> {
  return db.tx(async (tx) => {
    // A past day's graph shows the levels at that day's end.
    const [{ day, at }] = await tx.query<{ day: string; at: Date | null }>(
      `SELECT COALESCE($1::date, vn_day(clock_timestamp()))::text AS day,
              CASE WHEN $1::date < vn_day(clock_timestamp())
                   THEN (($1::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') - interval '1 microsecond' END AS at`,
      [on ?? null],
    );
    let members: number[],
      ward: string | null = null;
    if (kind === 'linked') {
      const pid = await personIdOf(tx, ctx, id, 'id');
      members = (
        await tx.query<{ person_id: number }>(
          `WITH k AS (SELECT * FROM case_clusters_on($1, $2::date))
         SELECT k.person_id FROM k WHERE k.component = (SELECT component FROM k WHERE person_id = $3)`,
          [ctx.province, day, pid],
        )
      ).map((r) => r.person_id);
      if (!members.length) throw notFound(thing('cluster_of', id));
    } else {
      if (!/^\d{1,15}$/.test(id)) throw notFound(thing('cluster', id));
      const c = await declaredCluster(tx, ctx, Number(id));
      ward = c.ward_code;
      members = (
        await tx.query<{ person_id: number }>(
          'SELECT person_id FROM declared_cluster_cases WHERE province_code = $1 AND cluster_id = $2',
          [ctx.province, c.cluster_id],
        )
      ).map((r) => r.person_id);
    }
    await assertClusterVisible(tx, ctx, members, ward);
    const edges = await tx.query<Edge>(
      `SELECT l.source_person_id, l.contact_person_id, l.exposed_on::text AS exposed_on, l.setting FROM case_links_on($1, $2::date) l
        WHERE l.source_person_id = ANY($3::bigint[]) OR l.contact_person_id = ANY($3::bigint[])
        ORDER BY l.exposed_on, l.source_person_id, l.contact_person_id`,
      [ctx.province, day, members],
    );
    const ids = [...new Set([...members, ...edges.flatMap((e) => [e.source_person_id, e.contact_person_id])])];
    return { on: day, ...(await graph(tx, ctx, ids, edges, at ? { at } : {})) };
  });
}

const MAX_NODES = 500;

/**
 * The exposures around a person, `depth` steps out (all recorded exposures; with `at`, only those in the
 * contact window at that instant, with levels as of then). At most 500 nodes, the nearest first.
 */
export async function personGraph(db: Db, ctx: Ctx, ref: string, depth: number, at?: Date): Promise<ContactGraph> {
  return db.tx(async (tx) => {
    const pid = await personIdOf(tx, ctx, ref, 'ref');
    const [{ lo, hi }] = await tx.query<{ lo: string; hi: string }>(
      `SELECT CASE WHEN $2::timestamptz IS NULL THEN '-infinity' ELSE (vn_day($2) - contact_window_days($1, vn_day($2)))::text END AS lo,
              CASE WHEN $2::timestamptz IS NULL THEN 'infinity' ELSE vn_day($2)::text END AS hi`,
      [ctx.province, at ?? null],
    );
    const ball = await tx.query<{ person_id: number; d: number }>(
      `WITH RECURSIVE ball(person_id, d) AS (
         SELECT $2::bigint, 0
         UNION
         SELECT n.person_id, b.d + 1 FROM ball b CROSS JOIN LATERAL window_contacts($1, b.person_id, $4::date, $5::date) n
         WHERE b.d < $3)
       SELECT person_id, min(d) AS d FROM ball GROUP BY person_id ORDER BY 2, 1 LIMIT ${MAX_NODES + 1}`,
      [ctx.province, pid, depth, lo, hi],
    );
    const kept = ball.slice(0, MAX_NODES);
    const ids = kept.map((b) => b.person_id);
    const edges = await tx.query<Edge>(
      `SELECT source_person_id, contact_person_id, exposed_on::text AS exposed_on, setting FROM exposures
        WHERE province_code = $1 AND source_person_id = ANY($2::bigint[]) AND contact_person_id = ANY($2::bigint[])
          AND exposed_on BETWEEN $3::date AND $4::date ORDER BY exposed_on, source_person_id, contact_person_id`,
      [ctx.province, ids, lo, hi],
    );
    return graph(tx, ctx, ids, edges, {
      at,
      distance: new Map(kept.map((b) => [b.person_id, b.d])),
      truncated: ball.length > MAX_NODES,
    });
  });
}
