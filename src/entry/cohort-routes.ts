// GET /entry/cohorts: an arrival cohort's figures at an instant (or, by ?format=, its HTML/DOCX/XLSX) (docs/contracts/period-report.md, src/entry/cohorts.ts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { arrivalCohort } from './cohorts.ts';
import { CohortFigures } from './schemas.ts';
import { formatQuery, jsonOrFile, sendFile } from '../reports/http.ts';
import { cohortFile } from '../reports/cohort.ts';

export async function cohortRoutes(app: FastifyInstance, db: Db): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/entry/cohorts',
    {
      config: { access: 'reports.read' },
      schema: {
        tags: ['entry'],
        summary:
          'Arrivals from an origin (a province code, or abroad) since a day, and at T their quarantine and tests',
        operationId: 'getArrivalCohort',
        querystring: formatQuery.extend({
          origin: z.string().max(10).optional().describe('A province code (GSO), or abroad'),
          since: z.string().max(40).optional().describe('D, YYYY-MM-DD: arrivals from the start of that day'),
          at: z.string().max(40).optional().describe('T, an ISO instant with offset'),
        }),
        response: { 200: jsonOrFile(CohortFigures, 'The figures: JSON, or rendered as ?format= asks') },
      },
    },
    async (req, reply) => {
      const { format, ...q } = req.query;
      if (format === 'json') return arrivalCohort(db, req.ctx, q);
      const { body, name } = await cohortFile(db, req.ctx, q, format);
      return sendFile(reply, format, body, name);
    },
  );
}
