// Reads and exports of personal data are audited (issue 19, finding 5): a route that answers persons declares
// `config.personal` and every successful answer writes one audit_log row with the filter (path and query
// parameters) and the number of rows answered, never the rows themselves.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/connection.ts';
import { auditAccess } from '../shared/audit.ts';

export interface PersonalData {
  /** What is read: 'person' (one), 'persons' (a list or search), or a named list ('vaccination_due' …). */
  entity: string;
  /** A file of the list (CSV, XLSX): the handler gives the row count (setAuditRows). */
  export?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    personal?: PersonalData;
  }
  interface FastifyRequest {
    auditRows?: number;
  }
}

/** The rows a file answer holds, for its audit row. */
export function setAuditRows(req: FastifyRequest, rows: number): void {
  req.auditRows = rows;
}

/**
 * Rows of a JSON answer: a list's length (lists of sections count their `rows`), the first list inside an object
 * (a graph's nodes, …), else one record.
 */
function rowsOf(payload: unknown): number {
  if (Array.isArray(payload)) {
    const sections = payload.every((s) => Array.isArray((s as { rows?: unknown })?.rows));
    return sections && payload.length ? payload.reduce((n, s) => n + s.rows.length, 0) : payload.length;
  }
  if (payload && typeof payload === 'object') {
    const o = payload as Record<string, unknown>;
    const list = Array.isArray(o.nodes) ? o.nodes : Object.values(o).find(Array.isArray);
    if (list) return rowsOf(list);
  }
  return 1;
}

/** The routes that declare personal data ('/api/v1/persons/:ref' …), as registered: the same for every server. */
export const personalRoutes = new Set<string>();

export function registerAccessAudit(app: FastifyInstance, db: Db): void {
  app.addHook('onRoute', (route) => {
    if (route.config?.personal) personalRoutes.add(route.url);
  });
  app.addHook('preSerialization', async (req, _reply, payload) => {
    if (req.routeOptions.config.personal && req.auditRows === undefined) req.auditRows = rowsOf(payload);
    return payload;
  });
  app.addHook('onSend', async (req, reply, payload) => {
    const personal = req.routeOptions.config.personal;
    if (!personal || reply.statusCode >= 300 || !req.ctx) return payload;
    const params = (req.params ?? {}) as Record<string, unknown>;
    const key = String(params.ref ?? params.id ?? params.code ?? params.list ?? '*');
    await auditAccess(db, req.ctx, personal.export ? 'export' : 'read', personal.entity, key, {
      route: req.routeOptions.url ?? '',
      filter: { ...params, ...(req.query as Record<string, unknown>) },
      rows: req.auditRows ?? (key === '*' ? null : 1), // a file of one record (a certificate)
    });
    return payload;
  });
}
