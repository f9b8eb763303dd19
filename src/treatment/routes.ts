// Treatment API: care episodes and severity observations per person, the board, the severity series, the home
// follow-up lists and the capacity scenario. Reads need treatment.read, changes treatment.write; an episode and an
// observation belong to their person's ward (checked on the episode read and on the one changed).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { requireAccess } from '../auth/scope.ts';
import { errors } from '../api/openapi.ts';
import { admit, careEpisodePersonRefs, endCare, listCare, listSeverity, observeSeverity, transfer } from './service.ts';
import { homeFollowup, severitySeries, treatmentBoard } from './board.ts';
import { capacityScenario } from './capacity.ts';
import { OXYGEN, SEVERITIES } from './import.ts';
import {
  CapacityScenario,
  CareEnded,
  CareEpisode,
  CareTransferred,
  HomeFollowup,
  SeverityObservation,
  SeveritySeriesDay,
  TreatmentBoard,
} from './schemas.ts';

const instant = z.iso.datetime({ offset: true });
const day = z.iso.date();
const refParams = z.object({ ref: z.string().min(1).max(64) });
const idParams = z.object({ id: z.coerce.number().int().min(1) });
const atQuery = z.object({ at: instant.optional() });
const placement = {
  setting: z.enum(['facility', 'home']),
  facility_code: z.string().trim().min(1).max(32).nullish(),
  tier: z.number().int().min(1).max(3).nullish(),
  override_reason: z.string().trim().min(1).max(500).nullish(),
};
const dateOf = (s: string | undefined) => (s ? new Date(s) : new Date());

export async function treatmentRoutes(app: FastifyInstance, db: Db): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['treatment'];

  r.get(
    '/treatment/persons/:ref/care',
    {
      config: { access: 'treatment.read' },
      schema: {
        tags,
        summary: "A case's care episodes, newest first",
        operationId: 'listCareEpisodes',
        params: refParams,
        response: { 200: z.array(CareEpisode), ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'treatment.read', personRefs: [req.params.ref] });
      return listCare(db, req.ctx, req.params.ref);
    },
  );
  r.post(
    '/treatment/persons/:ref/care',
    {
      config: { access: 'treatment.write' },
      schema: {
        tags,
        summary: 'Admit a case to a facility or to home treatment (a full or inactive facility needs override_reason)',
        operationId: 'admitCare',
        params: refParams,
        body: z.object({ ...placement, start_at: instant }),
        response: { 201: CareEpisode, ...errors(404, 409) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'treatment.write', personRefs: [req.params.ref] });
      const row = await admit(db, req.ctx, req.params.ref, { ...req.body, start_at: new Date(req.body.start_at) });
      return reply.status(201).send(row);
    },
  );
  r.post(
    '/treatment/care/:id/transfer',
    {
      config: { access: 'treatment.write' },
      schema: {
        tags,
        summary: 'Transfer: the open episode ends transferred at `at` and the next one starts then',
        operationId: 'transferCare',
        params: idParams,
        body: z.object({ ...placement, at: instant }),
        response: { 200: CareTransferred, ...errors(404, 409) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, {
        permission: 'treatment.write',
        personRefs: await careEpisodePersonRefs(db, req.ctx, req.params.id),
      });
      return transfer(db, req.ctx, req.params.id, { ...req.body, at: new Date(req.body.at) });
    },
  );
  r.post(
    '/treatment/care/:id/end',
    {
      config: { access: 'treatment.write' },
      schema: {
        tags,
        summary: "End an episode; recovered or died proposes the case's outcome when it has none",
        operationId: 'endCare',
        params: idParams,
        body: z.object({ end_at: instant, end_reason: z.enum(['recovered', 'died', 'other']) }),
        response: { 200: CareEnded, ...errors(404, 409) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, {
        permission: 'treatment.write',
        personRefs: await careEpisodePersonRefs(db, req.ctx, req.params.id),
      });
      return endCare(db, req.ctx, req.params.id, { ...req.body, end_at: new Date(req.body.end_at) });
    },
  );
  r.get(
    '/treatment/persons/:ref/severity',
    {
      config: { access: 'treatment.read' },
      schema: {
        tags,
        summary: "A case's severity observations, newest first",
        operationId: 'listSeverityObservations',
        params: refParams,
        response: { 200: z.array(SeverityObservation), ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'treatment.read', personRefs: [req.params.ref] });
      return listSeverity(db, req.ctx, req.params.ref);
    },
  );
  r.post(
    '/treatment/persons/:ref/severity',
    {
      config: { access: 'treatment.write' },
      schema: {
        tags,
        summary: 'Record (or correct, at the same instant) a severity observation with its oxygen support',
        operationId: 'addSeverityObservation',
        params: refParams,
        body: z.object({ observed_at: instant, severity: z.enum(SEVERITIES), oxygen: z.enum(OXYGEN).default('none') }),
        response: { 201: SeverityObservation, ...errors(404) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'treatment.write', personRefs: [req.params.ref] });
      const row = await observeSeverity(db, req.ctx, req.params.ref, {
        ...req.body,
        observed_at: new Date(req.body.observed_at),
      });
      return reply.status(201).send(row);
    },
  );
  r.get(
    '/treatment/board',
    {
      config: { access: 'treatment.read' },
      schema: {
        tags,
        summary: 'Beds, ICU beds and ventilators in use per facility and tier at an instant (default now)',
        operationId: 'getTreatmentBoard',
        querystring: atQuery,
        response: { 200: TreatmentBoard },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'treatment.read' });
      return treatmentBoard(db, req.ctx, dateOf(req.query.at));
    },
  );
  r.get(
    '/treatment/severity-series',
    {
      config: { access: 'treatment.read' },
      schema: {
        tags,
        summary: 'Active cases by severity at the end of each day (at most 92 days)',
        operationId: 'getSeveritySeries',
        querystring: z.object({ from: day, to: day }),
        response: { 200: z.array(SeveritySeriesDay) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'treatment.read' });
      return severitySeries(db, req.ctx, req.query.from, req.query.to);
    },
  );
  r.get(
    '/treatment/home-followup',
    {
      config: { access: 'treatment.read', personal: { entity: 'care_episode' } },
      schema: {
        tags,
        summary: 'F0 at home due a check today, and those moderate or worse to be moved to a facility',
        operationId: 'getHomeFollowup',
        querystring: atQuery,
        response: { 200: HomeFollowup },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'treatment.read' });
      return homeFollowup(db, req.ctx, dateOf(req.query.at));
    },
  );
  r.get(
    '/treatment/capacity',
    {
      config: { access: 'treatment.read' },
      schema: {
        tags,
        summary: 'Capacity scenario: beds needed per tier for N simultaneous cases against the beds of T',
        operationId: 'getCapacityScenario',
        querystring: z.object({ cases: z.coerce.number().int().min(0).max(10_000_000), at: instant.optional() }),
        response: { 200: CapacityScenario },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'treatment.read' });
      return capacityScenario(db, req.ctx, req.query.cases, dateOf(req.query.at));
    },
  );
}
