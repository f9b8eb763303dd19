// GET /entry/cohorts: an arrival cohort's figures at an instant (docs/contracts/period-report.md, src/entry/cohorts.ts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { arrivalCohort } from './cohorts.ts';
import { CohortFigures } from './schemas.ts';

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
        querystring: z.object({
          origin: z.string().max(10).optional().describe('A province code (GSO), or abroad'),
          since: z.string().max(40).optional().describe('D, YYYY-MM-DD: arrivals from the start of that day'),
          at: z.string().max(40).optional().describe('T, an ISO instant with offset'),
        }),
        response: { 200: CohortFigures },
      },
    },
    (req) => arrivalCohort(db, req.ctx, req.query),
  );
}
