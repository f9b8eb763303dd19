// Shapes of the clusters API (src/tracing/routes.ts: GET /clusters, /clusters/:kind/:id/graph) and the page's
// small rules: how a cluster is named and addressed, and which filters go to the server.
import type { ContactGraph } from '../people/graph.ts';

export interface ClusterCase {
  person_ref: string;
  confirmed_at: string;
}
export interface ClusterRow {
  kind: 'linked' | 'declared';
  id: string;
  name: string | null;
  place: string | null;
  ward_code: string | null;
  started_on: string;
  cases: number;
  persons: number;
  first_case: ClusterCase | null;
  last_case: ClusterCase | null;
  wards: string[];
  closes_on: string;
  status: 'active' | 'closed';
}
export interface ClusterGraph extends ContactGraph {
  on: string;
}

export const STATUSES = ['', 'active', 'closed'] as const;
export interface ClusterFilter {
  on: string;
  status: (typeof STATUSES)[number];
  min: number;
}

/** One string for a cluster in the URL (`linked:TL1`, `declared:3`), so a chosen cluster survives a reload. */
export const clusterKey = (c: Pick<ClusterRow, 'kind' | 'id'>) => `${c.kind}:${c.id}`;

export function parseClusterKey(s: string | null): Pick<ClusterRow, 'kind' | 'id'> | null {
  const m = s?.match(/^(linked|declared):(.+)$/);
  return m ? { kind: m[1] as ClusterRow['kind'], id: m[2] } : null;
}

export function clustersPath(f: ClusterFilter): string {
  const q = new URLSearchParams({ on: f.on, min_cases: String(f.min) });
  if (f.status) q.set('status', f.status);
  return `/clusters?${q}`;
}

export const clusterGraphPath = (c: Pick<ClusterRow, 'kind' | 'id'>, on: string) =>
  `/clusters/${c.kind}/${encodeURIComponent(c.id)}/graph?on=${on}`;

/** The filter from the page's URL; a day that is not a date falls back to `today`. */
export function filterOf(q: URLSearchParams, today: string): ClusterFilter {
  const on = q.get('on') ?? '';
  const status = q.get('status') ?? '';
  const min = Number(q.get('min'));
  return {
    on: /^\d{4}-\d{2}-\d{2}$/.test(on) ? on : today,
    status: (STATUSES as readonly string[]).includes(status) ? (status as ClusterFilter['status']) : '',
    // Two cases by default: a "cluster" of one case is just a case.
    min: Number.isInteger(min) && min >= 0 && min <= 1000 && q.has('min') ? min : 2,
  };
}
