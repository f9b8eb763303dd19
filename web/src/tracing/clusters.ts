// The clusters page's small rules: how a cluster (GET /clusters, from the OpenAPI document) is named and
// addressed, and which filters go to the server.
import type { components } from '../shared/api-schema.d.ts';

type Schemas = components['schemas'];
export type ClusterRow = Schemas['Cluster'];
export type ClusterCase = NonNullable<ClusterRow['first_case']>;

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

/** The query of GET /clusters: every status unless one is chosen. */
export function clustersQuery(f: ClusterFilter): { on: string; min_cases: number; status?: 'active' | 'closed' } {
  return { on: f.on, min_cases: f.min, ...(f.status ? { status: f.status } : {}) };
}

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
