// Risk zoning API (docs/contracts/zoning.md). Reading is open to every zoning reader for the whole province (levels
// are public information); writing decisions and measures is checked against the unit in the service.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { errors } from '../api/openapi.ts';
import { requireAccess } from '../auth/scope.ts';
import {
  Measure,
  ZoningDays,
  ZoningDecision,
  ZoningDecisionInput,
  ZoningMeasure,
  ZoningMeasureInput,
  ZoningReport,
} from './schemas.ts';
import {
  createZoningDecision,
  createZoningMeasure,
  deleteZoningDecision,
  deleteZoningMeasure,
  listZoningDecisions,
  listZoningMeasures,
  zoningDays,
  zoningReport,
} from './service.ts';

const tags = ['zoning'];
const read = { access: 'zoning.read' } as const;
const write = { access: 'zoning.write' } as const;
const listQuery = z.object({
  unit_code: z.string().max(10).optional(),
  at: z.iso.date().optional().describe('Only those in force on this day'),
});

export async function zoningRoutes(app: FastifyInstance, db: Db): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/zoning',
    {
      config: read,
      schema: {
        tags,
        summary: 'Levels of every ward, district and the province on a day, with the changes since another day',
        operationId: 'getZoning',
        querystring: z.object({ at: z.iso.date(), compare: z.iso.date().optional() }),
        response: { 200: ZoningReport, ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'zoning.read' });
      return zoningReport(db, req.ctx, req.query.at, req.query.compare);
    },
  );
  r.get(
    '/zoning/days',
    {
      config: read,
      schema: {
        tags,
        summary: 'Levels of every ward and district for each day of a range (at most 92 days), with counts',
        operationId: 'listZoningDays',
        querystring: z.object({ from: z.iso.date(), to: z.iso.date() }),
        response: { 200: ZoningDays },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'zoning.read' });
      return zoningDays(db, req.ctx, req.query.from, req.query.to);
    },
  );
  r.get(
    '/zoning/decisions',
    {
      config: read,
      schema: {
        tags,
        summary: 'Level decisions (of a unit, or in force on a day)',
        operationId: 'listZoningDecisions',
        querystring: listQuery,
        response: { 200: z.array(ZoningDecision) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'zoning.read' });
      return listZoningDecisions(db, req.ctx, req.query);
    },
  );
  r.post(
    '/zoning/decisions',
    {
      config: write,
      schema: {
        tags,
        summary: 'Declare a level for a unit by a numbered decision (overrides the computed level)',
        operationId: 'createZoningDecision',
        body: ZoningDecisionInput,
        response: { 201: ZoningDecision, ...errors(409) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'zoning.write' });
      return reply.status(201).send(await createZoningDecision(db, req.ctx, req.body));
    },
  );
  r.delete(
    '/zoning/decisions/:unit_code/:from_date',
    {
      config: write,
      schema: {
        tags,
        summary: 'Withdraw a level decision',
        operationId: 'deleteZoningDecision',
        params: z.object({ unit_code: z.string().max(10), from_date: z.iso.date() }),
        response: { 204: z.null(), ...errors(404) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'zoning.write' });
      await deleteZoningDecision(db, req.ctx, req.params.unit_code, req.params.from_date);
      return reply.status(204).send(null);
    },
  );
  r.get(
    '/zoning/measures',
    {
      config: read,
      schema: {
        tags,
        summary: 'Measures (Chỉ thị 15/16/19, lockdown …) of a unit, or in force on a day',
        operationId: 'listZoningMeasures',
        querystring: listQuery,
        response: { 200: z.array(ZoningMeasure) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'zoning.read' });
      return listZoningMeasures(db, req.ctx, req.query);
    },
  );
  r.post(
    '/zoning/measures',
    {
      config: write,
      schema: {
        tags,
        summary: 'Put a measure in force on a unit (inherited by the units under it)',
        operationId: 'createZoningMeasure',
        body: ZoningMeasureInput,
        response: { 201: ZoningMeasure, ...errors(409) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'zoning.write' });
      return reply.status(201).send(await createZoningMeasure(db, req.ctx, req.body));
    },
  );
  r.delete(
    '/zoning/measures/:unit_code/:measure/:from_date',
    {
      config: write,
      schema: {
        tags,
        summary: 'Withdraw a measure',
        operationId: 'deleteZoningMeasure',
        params: z.object({ unit_code: z.string().max(10), measure: Measure, from_date: z.iso.date() }),
        response: { 204: z.null(), ...errors(404) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'zoning.write' });
      await deleteZoningMeasure(db, req.ctx, req.params.unit_code, req.params.measure, req.params.from_date);
      return reply.status(204).send(null);
    },
  );
}
