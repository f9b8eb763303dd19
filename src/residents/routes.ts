// GET /reports/residents: residents abroad and residents held in other provinces at an instant
// (docs/contracts/period-report.md), or by ?format= as HTML/DOCX/XLSX. The registry is loaded by the import kind residents_abroad (import.ts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { invalid } from '../shared/errors.ts';
import { parseInstant } from '../shared/time.ts';
import { ResidentsReport } from './schemas.ts';
import { residentsReport } from './service.ts';
import { formatQuery, jsonOrFile, sendFile } from '../reports/http.ts';
import { residentsFile } from '../reports/residents.ts';

/** The cut-off of a report query, named in the error when it is missing or not an instant. */
export function reportInstant(value: string | undefined, field = 'at'): Date {
  if (!value) throw invalid(field, 'param_required', { field });
  const at = parseInstant(value);
  if (!at) throw invalid(field, 'param_bad_instant', { field, value });
  return at;
}

export async function residentsRoutes(app: FastifyInstance, db: Db): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/reports/residents',
    {
      config: { access: 'reports.read' },
      schema: {
        tags: ['reports'],
        summary: 'Residents abroad (total, returned, expected by country) and residents held in other provinces at T',
        operationId: 'getResidentsReport',
        querystring: formatQuery.extend({ at: z.string().max(40).optional() }),
        response: { 200: jsonOrFile(ResidentsReport, 'The report: JSON, or rendered as ?format= asks') },
      },
    },
    async (req, reply) => {
      const at = reportInstant(req.query.at),
        format = req.query.format;
      if (format === 'json') return residentsReport(db, req.ctx, at);
      const { body, name } = await residentsFile(db, req.ctx, at, format);
      return sendFile(reply, format, body, name);
    },
  );
}
