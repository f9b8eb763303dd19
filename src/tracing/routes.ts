import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { requireAccess } from '../auth/scope.ts';
import { AppError } from '../shared/errors.ts';
import { parseInstant } from '../shared/time.ts';
import {
  DETECTED_IN,
  OUTCOMES,
  SETTINGS,
  SEVERITIES,
  confirmFromPositiveSamples,
  createCase,
  listCases,
  recordExposure,
  recordOutcome,
  removeCase,
  removeExposure,
  removeOutcome,
  updateCase,
} from './service.ts';
import { personTracing, tracingList } from './levels.ts';
import {
  addClusterCases,
  clusterGraph,
  declareCluster,
  listClusters,
  personGraph,
  removeClusterCase,
} from './clusters.ts';
import { errors } from '../api/openapi.ts';
import {
  Case,
  CaseListItem,
  CaseOutcome,
  Cluster,
  ClusterGraph,
  ConfirmedCount,
  ContactGraph,
  DeclaredCluster,
  Exposure,
  PersonTracing,
  TracingListRow,
} from './schemas.ts';

/** Instants as the imports take them: ISO with offset, or `YYYY-MM-DD HH:MM` in Viet Nam time. */
const instantText = z.string().min(10).max(40);
function instant(value: string, field: string): Date;
function instant(value: string | undefined, field: string): Date | undefined;
function instant(value: string | undefined, field: string): Date | undefined {
  if (value === undefined) return undefined;
  const d = parseInstant(value);
  if (!d) throw new AppError(400, 'bad_instant', { value }, field);
  return d;
}

const ref = z.string().trim().min(1).max(64);
const refParams = z.object({ ref });
const reasonQuery = z.object({ reason: z.string().trim().min(1).max(500) });
const caseBody = z.object({
  person_ref: ref,
  confirmed_at: instantText,
  case_number: z.string().trim().max(32).nullable().optional(),
  detected_in: z.enum(DETECTED_IN).optional(),
  severity: z.enum(SEVERITIES).nullable().optional(),
});
const casePatch = z.object({
  confirmed_at: instantText.optional(),
  case_number: z.string().trim().max(32).nullable().optional(),
  detected_in: z.enum(DETECTED_IN).optional(),
  severity: z.enum(SEVERITIES).optional(),
  severity_at: instantText.optional(),
});
const clusterBody = z.object({
  name: z.string().trim().min(1).max(200),
  place: z.string().trim().max(500).nullable().optional(),
  ward_code: z.string().max(10).nullable().optional(),
  started_on: z.iso.date(),
  ended_on: z.iso.date().nullable().optional(),
  case_refs: z.array(ref).max(1000).optional(),
});
const tags = ['tracing'];

export async function tracingRoutes(app: FastifyInstance, db: Db): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: 'tracing.read' as const };
  const write = { access: 'tracing.write' as const };

  r.post(
    '/cases',
    {
      config: write,
      schema: {
        tags,
        summary: 'Confirm a person as a case (F0)',
        operationId: 'createCase',
        body: caseBody,
        response: { 201: Case, ...errors(404, 409) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'tracing.write', personRefs: [req.body.person_ref] });
      return reply
        .status(201)
        .send(
          await createCase(db, req.ctx, { ...req.body, confirmed_at: instant(req.body.confirmed_at, 'confirmed_at') }),
        );
    },
  );
  r.get(
    '/cases',
    {
      config: { ...read, personal: { entity: 'cases' } },
      schema: {
        tags,
        summary: 'Cases confirmed in a period (Viet Nam days) or active at an instant, in your wards',
        operationId: 'listCases',
        querystring: z.object({
          from: z.iso.date().optional(),
          to: z.iso.date().optional(),
          active_at: instantText.optional(),
          ward_code: z.string().max(10).optional(),
          limit: z.coerce.number().int().min(1).max(5000).optional(),
        }),
        response: { 200: z.array(CaseListItem) },
      },
    },
    (req) => listCases(db, req.ctx, { ...req.query, active_at: instant(req.query.active_at, 'active_at') }),
  );
  r.patch(
    '/cases/:ref',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change a case (severity changes are kept as history)',
        operationId: 'updateCase',
        params: refParams,
        body: casePatch,
        response: { 200: Case, ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'tracing.write', personRefs: [req.params.ref] });
      return updateCase(db, req.ctx, req.params.ref, {
        ...req.body,
        confirmed_at: instant(req.body.confirmed_at, 'confirmed_at'),
        severity_at: instant(req.body.severity_at, 'severity_at'),
      });
    },
  );
  r.delete(
    '/cases/:ref',
    {
      config: write,
      schema: {
        tags,
        summary: 'Rule out a case (with a reason, audited)',
        operationId: 'deleteCase',
        params: refParams,
        querystring: reasonQuery,
        response: { 204: z.null(), ...errors(404) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'tracing.write', personRefs: [req.params.ref] });
      await removeCase(db, req.ctx, req.params.ref, req.query.reason);
      return reply.status(204).send(null);
    },
  );
  const outcomeParams = z.object({ ref, outcome: z.enum(OUTCOMES) });
  r.put(
    '/cases/:ref/outcomes/:outcome',
    {
      config: write,
      schema: {
        tags,
        summary: 'Record an outcome: discharged, died, transferred_out',
        operationId: 'putCaseOutcome',
        params: outcomeParams,
        body: z.object({ at: instantText }),
        response: { 200: CaseOutcome, ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'tracing.write', personRefs: [req.params.ref] });
      return recordOutcome(db, req.ctx, req.params.ref, req.params.outcome, instant(req.body.at, 'at'));
    },
  );
  r.delete(
    '/cases/:ref/outcomes/:outcome',
    {
      config: write,
      schema: {
        tags,
        summary: 'Withdraw an outcome recorded by mistake',
        operationId: 'deleteCaseOutcome',
        params: outcomeParams,
        querystring: reasonQuery,
        response: { 204: z.null(), ...errors(404) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'tracing.write', personRefs: [req.params.ref] });
      await removeOutcome(db, req.ctx, req.params.ref, req.params.outcome, req.query.reason);
      return reply.status(204).send(null);
    },
  );
  r.post(
    '/cases/confirm-from-samples',
    {
      config: write,
      schema: {
        tags,
        summary: 'Confirm as cases the persons with a positive PCR sample (those given, or all), as the rule set says',
        operationId: 'confirmCasesFromSamples',
        body: z.object({ sample_refs: z.array(ref).max(10000).optional() }),
        response: { 200: ConfirmedCount },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'tracing.write' });
      return db.tx((tx) => confirmFromPositiveSamples(tx, req.ctx, { sampleRefs: req.body.sample_refs }));
    },
  );

  r.post(
    '/persons/:ref/exposures',
    {
      config: write,
      schema: {
        tags,
        summary: 'Record a contact of this person on a day',
        operationId: 'createExposure',
        params: refParams,
        body: z.object({ contact_ref: ref, exposed_on: z.iso.date(), setting: z.enum(SETTINGS).nullable().optional() }),
        response: { 201: Exposure, ...errors(404) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'tracing.write', personRefs: [req.params.ref] });
      return reply.status(201).send(await recordExposure(db, req.ctx, req.params.ref, req.body));
    },
  );
  r.delete(
    '/persons/:ref/exposures/:contact_ref/:exposed_on',
    {
      config: write,
      schema: {
        tags,
        summary: 'Remove an exposure recorded by mistake',
        operationId: 'deleteExposure',
        params: z.object({ ref, contact_ref: ref, exposed_on: z.iso.date() }),
        querystring: reasonQuery,
        response: { 204: z.null(), ...errors(404) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'tracing.write', personRefs: [req.params.ref] });
      await removeExposure(
        db,
        req.ctx,
        req.params.ref,
        req.params.contact_ref,
        req.params.exposed_on,
        req.query.reason,
      );
      return reply.status(204).send(null);
    },
  );
  r.get(
    '/persons/:ref/tracing',
    {
      config: { ...read, personal: { entity: 'person' } },
      schema: {
        tags,
        summary: 'F-level now or at ?at=, with the path to the nearest F0; case, outcomes, exposures',
        operationId: 'getPersonTracing',
        params: refParams,
        querystring: z.object({ at: instantText.optional() }),
        response: { 200: PersonTracing, ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'tracing.read', personRefs: [req.params.ref] });
      return personTracing(db, req.ctx, req.params.ref, instant(req.query.at, 'at'));
    },
  );
  r.get(
    '/persons/:ref/graph',
    {
      config: { ...read, personal: { entity: 'person' } },
      schema: {
        tags,
        summary: 'Exposures around a person (nodes/edges), depth 1–3; with ?at= only the contact window then',
        operationId: 'getPersonGraph',
        params: refParams,
        querystring: z.object({ depth: z.coerce.number().int().min(1).max(3).default(2), at: instantText.optional() }),
        response: { 200: ContactGraph, ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'tracing.read', personRefs: [req.params.ref] });
      return personGraph(db, req.ctx, req.params.ref, req.query.depth, instant(req.query.at, 'at'));
    },
  );
  r.get(
    '/tracing/lists/:list',
    {
      config: { ...read, personal: { entity: 'tracing_list' } },
      schema: {
        tags,
        summary:
          'Work lists: F1s without quarantine, F1s without a sample in ?days, new cases without traced contacts in ?days',
        operationId: 'listTracingWork',
        params: z.object({ list: z.enum(['f1_without_quarantine', 'f1_without_sample', 'cases_without_contacts']) }),
        querystring: z.object({
          days: z.coerce.number().int().min(1).max(90).optional(),
          ward_code: z.string().max(10).optional(),
          limit: z.coerce.number().int().min(1).max(5000).optional(),
        }),
        response: { 200: z.array(TracingListRow) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, {
        permission: 'tracing.read',
        wards: req.query.ward_code ? [req.query.ward_code] : [],
      });
      return tracingList(db, req.ctx, req.params.list, req.query);
    },
  );

  r.get(
    '/clusters',
    {
      config: read,
      schema: {
        tags,
        summary: 'Clusters (linked by exposures, and declared) on a day, with size, first/last case and status',
        operationId: 'listClusters',
        querystring: z.object({
          on: z.iso.date().optional(),
          status: z.enum(['active', 'closed']).optional(),
          min_cases: z.coerce.number().int().min(0).max(1000).optional(),
        }),
        response: { 200: z.array(Cluster) },
      },
    },
    (req) => listClusters(db, req.ctx, req.query),
  );
  r.post(
    '/clusters',
    {
      config: write,
      schema: {
        tags,
        summary: 'Declare a cluster by place and time, with its cases',
        operationId: 'createDeclaredCluster',
        body: clusterBody,
        response: { 201: DeclaredCluster, ...errors(404) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, {
        permission: 'tracing.write',
        wards: req.body.ward_code ? [req.body.ward_code] : [],
        personRefs: req.body.case_refs,
      });
      return reply.status(201).send(await declareCluster(db, req.ctx, req.body));
    },
  );
  const clusterId = z.coerce.number().int().min(1);
  r.post(
    '/clusters/:id/cases',
    {
      config: write,
      schema: {
        tags,
        summary: 'Attach cases to a declared cluster',
        operationId: 'addClusterCases',
        params: z.object({ id: clusterId }),
        body: z.object({ case_refs: z.array(ref).min(1).max(1000) }),
        response: { 204: z.null(), ...errors(404) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'tracing.write', personRefs: req.body.case_refs });
      await addClusterCases(db, req.ctx, req.params.id, req.body.case_refs);
      return reply.status(204).send(null);
    },
  );
  r.delete(
    '/clusters/:id/cases/:ref',
    {
      config: write,
      schema: {
        tags,
        summary: 'Detach a case from a declared cluster',
        operationId: 'deleteClusterCase',
        params: z.object({ id: clusterId, ref }),
        response: { 204: z.null(), ...errors(404) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'tracing.write', personRefs: [req.params.ref] });
      await removeClusterCase(db, req.ctx, req.params.id, req.params.ref);
      return reply.status(204).send(null);
    },
  );
  r.get(
    '/clusters/:kind/:id/graph',
    {
      config: { ...read, personal: { entity: 'cluster_graph' } },
      schema: {
        tags,
        summary: 'Transmission graph of a cluster: linked (named by any member ref) or declared (by id)',
        operationId: 'getClusterGraph',
        params: z.object({ kind: z.enum(['linked', 'declared']), id: z.string().min(1).max(64) }),
        querystring: z.object({ on: z.iso.date().optional() }),
        response: { 200: ClusterGraph, ...errors(404) },
      },
    },
    (req) => clusterGraph(db, req.ctx, req.params.kind, req.params.id, req.query.on),
  );
}
