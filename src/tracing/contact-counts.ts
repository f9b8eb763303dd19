// F1 and F2 counts for reports, at several cut-offs at once, by the contract's definition (f_levels_at,
// docs/contracts/daily-report.md "F-levels at T"): undirected exposures dated in each cut-off's contact window, sources
// the cases active at it, a person's level the shortest distance to a source, confirmed persons not counted.
//
// Why not f_levels_at in SQL: at the peak of a wave a report walks ~200k window edges twice (T and P), and
// PostgreSQL's executor needs ~0.3 s per walk for it (rows through several join nodes). Here one statement reads
// what the walk needs — every window edge once, with a bit per cut-off saying whether it counts there, and the
// cases with bits for "source" and "confirmed" — and the breadth-first walk runs in memory over typed arrays.
// Every comparison of times and days stays in SQL; tests check the counts equal f_levels_at's.
import type { Db } from '../db/connection.ts';

export interface ContactCounts {
  f1: number;
  f2: number;
}

/** Comma-separated: edges as (a, b, cut-off bits) triples, cases as (person, source bits, confirmed bits). */
interface Inputs {
  edges: string | null;
  cases: string | null;
  scope: string | null;
}

/** Non-negative integers from comma-separated text, read in one pass (a wave's edges are ~3 MB of it). */
function ints(s: string | null): Float64Array {
  if (!s) return new Float64Array(0);
  let count = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 44) count++;
  const out = new Float64Array(count);
  let k = 0,
    v = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 44) {
      out[k++] = v;
      v = 0;
    } else v = v * 10 + (ch - 48);
  }
  out[k] = v;
  return out;
}

/** F1/F2 counts at each cut-off (at most 31), for persons of `wards` (null: the whole province). */
export async function contactCountsAt(
  tx: Db,
  province: string,
  cuts: readonly Date[],
  wards: readonly string[] | null,
): Promise<ContactCounts[]> {
  return countContacts(await readContactGraph(tx, province, cuts, wards));
}

/** What the walks need, read in one statement (see countContacts). */
export interface ContactGraph {
  inputs: Inputs;
  cuts: number;
  scoped: boolean;
}

export async function readContactGraph(
  tx: Db,
  province: string,
  cuts: readonly Date[],
  wards: readonly string[] | null,
): Promise<ContactGraph> {
  if (cuts.length > 31) throw new Error('at most 31 cut-offs');
  const windows = await tx.query<{ lo: string; hi: string }>(
    `SELECT (vn_day(at) - contact_window_days($1, vn_day(at)))::text AS lo, vn_day(at)::text AS hi
       FROM unnest($2::timestamptz[]) WITH ORDINALITY AS u (at, i) ORDER BY i`,
    [province, cuts.map((d) => d.toISOString())],
  );
  // Cut-off i is bit i: its instant is parameter $(4 + 3i), its window $(5 + 3i) … $(6 + 3i).
  const params: unknown[] = [
    province,
    windows.reduce((m, w) => (w.lo < m ? w.lo : m), windows[0].lo),
    windows.reduce((m, w) => (w.hi > m ? w.hi : m), windows[0].hi),
    wards ? [...wards] : null,
  ];
  const bits = (term: (at: string, lo: string, hi: string) => string) =>
    cuts
      .map(
        (_, i) =>
          `(CASE WHEN ${term(`$${5 + 3 * i}::timestamptz`, `$${6 + 3 * i}::date`, `$${7 + 3 * i}::date`)} THEN ${1 << i} ELSE 0 END)`,
      )
      .join(' + ');
  cuts.forEach((at, i) => params.push(at, windows[i].lo, windows[i].hi));
  const sql = `
    WITH c AS MATERIALIZED (
      SELECT c.person_id, c.confirmed_at, o.ended_at FROM cases c
        LEFT JOIN (SELECT o.person_id, min(o.at) AS ended_at FROM outcomes o WHERE o.province_code = $1 GROUP BY o.person_id) o
          ON o.person_id = c.person_id
       WHERE c.province_code = $1)
    SELECT (SELECT string_agg(e.source_person_id || ',' || e.contact_person_id || ',' || (${bits((_, lo, hi) => `e.exposed_on BETWEEN ${lo} AND ${hi}`)}), ',')
              FROM exposures e WHERE e.province_code = $1 AND e.exposed_on BETWEEN $2::date AND $3::date) AS edges,
           (SELECT string_agg(c.person_id || ',' || (${bits((at) => `c.confirmed_at <= ${at} AND (c.ended_at IS NULL OR c.ended_at > ${at})`)})
                              || ',' || (${bits((at) => `c.confirmed_at <= ${at}`)}), ',') FROM c) AS cases,
           CASE WHEN $4::text[] IS NOT NULL THEN (SELECT string_agg(p.person_id::text, ',') FROM persons p
             WHERE p.province_code = $1 AND p.ward_code = ANY($4::text[])) END AS scope`;
  const [inputs] = await tx.query<Inputs>(sql, params);
  return { inputs, cuts: cuts.length, scoped: wards !== null };
}

/** Dense numbers 0…n−1 for the persons of the graph: a direct table when ids are small enough, else a Map. */
function nodeIndex(edges: Float64Array) {
  let max = 0;
  for (let k = 0; k < edges.length; k += 3) max = Math.max(max, edges[k], edges[k + 1]);
  let n = 0;
  if (max < 1 << 26) {
    const table = new Int32Array(max + 1).fill(-1);
    return {
      add: (id: number) => (table[id] >= 0 ? table[id] : (table[id] = n++)),
      get: (id: number) => (id <= max && table[id] >= 0 ? table[id] : undefined),
      size: () => n,
    };
  }
  const map = new Map<number, number>();
  return {
    add: (id: number) => map.get(id) ?? (map.set(id, n), n++),
    get: (id: number) => map.get(id),
    size: () => n,
  };
}

/** The breadth-first walks (one per cut-off) over the edges read, as adjacency arrays (CSR). CPU only. */
export function countContacts({ inputs: r, cuts: cutCount, scoped }: ContactGraph): ContactCounts[] {
  const edges = ints(r.edges),
    cases = ints(r.cases);
  const index = nodeIndex(edges);
  const m = edges.length / 3,
    from = new Int32Array(m),
    to = new Int32Array(m),
    em = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    from[k] = index.add(edges[3 * k]);
    to[k] = index.add(edges[3 * k + 1]);
    em[k] = edges[3 * k + 2];
  }
  const n = index.size();
  // Both directions of every edge, grouped by node: start[i]..start[i+1] are node i's neighbours.
  const start = new Int32Array(n + 1);
  for (let k = 0; k < from.length; k++) {
    start[from[k] + 1]++;
    start[to[k] + 1]++;
  }
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n),
    nb = new Int32Array(2 * from.length),
    nbMask = new Int32Array(2 * from.length);
  for (let k = 0; k < from.length; k++) {
    nb[fill[from[k]]] = to[k];
    nbMask[fill[from[k]]++] = em[k];
    nb[fill[to[k]]] = from[k];
    nbMask[fill[to[k]]++] = em[k];
  }
  // Per node: the cut-offs at which it is confirmed; per cut-off its sources (a case outside the graph cannot be reached).
  const confirmed = new Int32Array(n);
  const sourcesAt: number[][] = Array.from({ length: cutCount }, () => []);
  for (let k = 0; k < cases.length; k += 3) {
    const i = index.get(cases[k]);
    if (i === undefined) continue;
    confirmed[i] = cases[k + 2];
    for (let c = 0; c < cutCount; c++) if (cases[k + 1] & (1 << c)) sourcesAt[c].push(i);
  }
  const inScope = scoped ? new Uint8Array(n) : null;
  if (inScope)
    for (const id of ints(r.scope)) {
      const i = index.get(id);
      if (i !== undefined) inScope[i] = 1;
    }

  const level = new Int8Array(n);
  return sourcesAt.map((sources, c) => {
    const bit = 1 << c;
    level.fill(-1);
    for (const i of sources) level[i] = 0;
    const counts = [0, 0, 0];
    let frontier = sources;
    for (let d = 1; d <= 2; d++) {
      const next: number[] = [];
      for (const i of frontier) {
        for (let k = start[i]; k < start[i + 1]; k++) {
          const j = nb[k];
          if (level[j] === -1 && nbMask[k] & bit) {
            level[j] = d;
            next.push(j);
            if (!(confirmed[j] & bit) && (!inScope || inScope[j])) counts[d]++;
          }
        }
      }
      frontier = next;
    }
    return { f1: counts[1], f2: counts[2] };
  });
}
