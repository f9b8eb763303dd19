import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { requireAccess } from '../auth/scope.ts';
import { AppError } from '../shared/errors.ts';
import { keyed } from '../shared/messages.ts';
import { parseInstant } from '../shared/time.ts';
import { METHODS, POOL_RESULTS, RESULTS, SPECIMENS, validCt } from './import.ts';
import {
  createSample,
  getPool,
  getSample,
  listSamples,
  personOfSample,
  personsOfPool,
  recordPoolResult,
  recordResult,
  resampleList,
} from './service.ts';
import { listLabs, putLab } from './labs.ts';
import { listRounds, putRound, roundReport } from './screening.ts';
import { testingFigures } from './figures.ts';
import { errors } from '../api/openapi.ts';
import {
  Lab,
  LabStatus,
  Pool,
  ResampleItem,
  Sample,
  SampleListItem,
  ScreeningRound,
  ScreeningRoundFigures,
  ScreeningRoundReport,
  TestingFigures,
} from './schemas.ts';

/** Instants as the imports take them: ISO with offset, or `YYYY-MM-DD HH:MM` in Viet Nam time. */
const instantText = z.string().min(10).max(40);
function instant(value: string, field: string): Date;
function instant(value: string | null | undefined, field: string): Date | undefined;
function instant(value: string | null | undefined, field: string): Date | undefined {
  if (value === undefined || value === null) return undefined;
  const d = parseInstant(value);
  if (!d) throw new AppError(400, 'bad_instant', { value }, field);
  return d;
}

const ref = z.string().trim().min(1).max(64);
const refParams = z.object({ ref });
const ctValues = z
  .record(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,15}$/), z.number().refine(validCt, keyed('ct_range')))
  .nullable()
  .optional();
const sampleBody = z.object({
  sample_ref: ref,
  person_ref: ref,
  taken_at: instantText,
  method: z.enum(METHODS),
  specimen: z.enum(SPECIMENS).nullable().optional(),
  pool_ref: ref.nullable().optional(),
  lab: z.string().trim().max(100).nullable().optional(),
  result: z.enum(RESULTS).optional(),
  result_at: instantText.nullable().optional(),
  ct_values: ctValues,
});
const resultBody = z.object({
  result: z.enum(RESULTS),
  result_at: instantText.nullable().optional(),
  ct_values: ctValues,
  lab: z.string().trim().max(100).nullable().optional(),
  reason: z.string().trim().max(500).nullable().optional(),
});
const atQuery = z.object({ at: instantText.optional() });
const labBody = z.object({
  name: z.string().trim().min(1).max(200),
  ward_code: z.string().max(10).nullable().optional(),
  methods: z.array(z.enum(METHODS)).min(1).max(2).default(['pcr']),
  capacity_per_day: z.number().int().min(0).max(1_000_000).nullable().optional(),
  active: z.boolean().optional(),
});
const roundBody = z.object({
  campaign: z.string().trim().min(1).max(200),
  round_no: z.number().int().min(1).max(1000),
  starts_on: z.iso.date(),
  ends_on: z.iso.date(),
  target_population: z.number().int().min(0).nullable().optional(),
  method: z.enum(METHODS).nullable().optional(),
  areas: z
    .array(z.object({ ward_code: z.string().min(1).max(10), hamlet: z.string().trim().max(200).nullable().optional() }))
    .min(1)
    .max(2000),
});
const tags = ['testing'];

export async function testingRoutes(app: FastifyInstance, db: Db): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { access: 'testing.read' as const };
  const write = { access: 'testing.write' as const };

  r.get(
    '/testing/figures',
    {
      config: read,
      schema: {
        tags,
        summary: 'Samples taken, by result, by method, pooled, PCR capacity as of an instant (daily-report meaning)',
        operationId: 'getTestingFigures',
        querystring: z.object({ at: instantText.optional(), from: instantText.optional() }),
        response: { 200: TestingFigures },
      },
    },
    (req) => testingFigures(db, req.ctx, instant(req.query.at, 'at') ?? new Date(), instant(req.query.from, 'from')),
  );

  r.get(
    '/testing/samples',
    {
      config: { ...read, personal: { entity: 'samples' } },
      schema: {
        tags,
        summary: 'Samples (newest first) with their result now, in your wards',
        operationId: 'listSamples',
        querystring: z.object({
          person_ref: ref.optional(),
          pool_ref: ref.optional(),
          lab: z.string().max(100).optional(),
          result: z.enum(RESULTS).optional(),
          method: z.enum(METHODS).optional(),
          ward_code: z.string().max(10).optional(),
          from: instantText.optional(),
          to: instantText.optional(),
          limit: z.coerce.number().int().min(1).max(5000).optional(),
        }),
        response: { 200: z.array(SampleListItem) },
      },
    },
    (req) =>
      listSamples(db, req.ctx, {
        ...req.query,
        from: instant(req.query.from, 'from'),
        to: instant(req.query.to, 'to'),
      }),
  );
  r.post(
    '/testing/samples',
    {
      config: write,
      schema: {
        tags,
        summary: 'Register a sample (and its result if known)',
        operationId: 'createSample',
        body: sampleBody,
        response: { 201: Sample, ...errors(404, 409) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'testing.write', personRefs: [req.body.person_ref] });
      const b = req.body;
      return reply.status(201).send(
        await createSample(db, req.ctx, {
          ...b,
          taken_at: instant(b.taken_at, 'taken_at'),
          result_at: instant(b.result_at, 'result_at') ?? null,
        }),
      );
    },
  );
  r.get(
    '/testing/samples/:ref',
    {
      config: { ...read, personal: { entity: 'sample' } },
      schema: {
        tags,
        summary: 'A sample, its result now and every earlier version',
        operationId: 'getSample',
        params: refParams,
        response: { 200: Sample, ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, {
        permission: 'testing.read',
        personRefs: [await personOfSample(db, req.ctx, req.params.ref)],
      });
      return getSample(db, req.ctx, req.params.ref);
    },
  );
  r.post(
    '/testing/samples/:ref/result',
    {
      config: write,
      schema: {
        tags,
        summary: 'Record a result; replacing a given result is a correction (reason required, earlier version kept)',
        operationId: 'recordSampleResult',
        params: refParams,
        body: resultBody,
        response: { 200: Sample, ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, {
        permission: 'testing.write',
        personRefs: [await personOfSample(db, req.ctx, req.params.ref)],
      });
      return recordResult(db, req.ctx, req.params.ref, {
        ...req.body,
        result_at: instant(req.body.result_at, 'result_at') ?? null,
      });
    },
  );

  r.get(
    '/testing/pools/:ref',
    {
      config: { ...read, personal: { entity: 'pool' } },
      schema: {
        tags,
        summary: 'A pool: result, size limit, members and their re-samples',
        operationId: 'getPool',
        params: refParams,
        response: { 200: Pool, ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, {
        permission: 'testing.read',
        personRefs: await personsOfPool(db, req.ctx, req.params.ref),
      });
      return getPool(db, req.ctx, req.params.ref);
    },
  );
  r.post(
    '/testing/pools/:ref/result',
    {
      config: write,
      schema: {
        tags,
        summary: "Record a pool's result (negative: members negative; positive: members to re-sample)",
        operationId: 'recordPoolResult',
        params: refParams,
        body: z.object({
          result: z.enum(POOL_RESULTS),
          result_at: instantText,
          reason: z.string().trim().max(500).nullable().optional(),
        }),
        response: { 200: Pool, ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, {
        permission: 'testing.write',
        personRefs: await personsOfPool(db, req.ctx, req.params.ref),
      });
      return recordPoolResult(db, req.ctx, req.params.ref, {
        ...req.body,
        result_at: instant(req.body.result_at, 'result_at'),
      });
    },
  );
  r.get(
    '/testing/resample',
    {
      config: { ...read, personal: { entity: 'samples' } },
      schema: {
        tags,
        summary: 'Members of positive/invalid pools awaiting their individual re-sample, in your wards',
        operationId: 'listResamples',
        querystring: z.object({
          at: instantText.optional(),
          ward_code: z.string().max(10).optional(),
          pool_ref: ref.optional(),
          all: z.stringbool().default(false),
          limit: z.coerce.number().int().min(1).max(5000).optional(),
        }),
        response: { 200: z.array(ResampleItem) },
      },
    },
    (req) => resampleList(db, req.ctx, { ...req.query, at: instant(req.query.at, 'at') }),
  );

  r.get(
    '/testing/labs',
    {
      config: read,
      schema: {
        tags,
        summary: 'Labs: capacity, results in the last 24 h, backlog by age',
        operationId: 'listLabs',
        querystring: atQuery,
        response: { 200: z.array(LabStatus) },
      },
    },
    (req) => listLabs(db, req.ctx, instant(req.query.at, 'at')),
  );
  r.put(
    '/testing/labs/:ref',
    {
      config: write,
      schema: {
        tags,
        summary: 'Register or change a lab (province-wide users)',
        operationId: 'putLab',
        params: refParams,
        body: labBody,
        response: { 200: Lab },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, {
        permission: 'testing.write',
        wards: req.body.ward_code ? [req.body.ward_code] : [],
      });
      return putLab(db, req.ctx, req.params.ref, req.body);
    },
  );

  r.get(
    '/testing/rounds',
    {
      config: read,
      schema: {
        tags,
        summary: 'Screening rounds with sampled, positive, positivity',
        operationId: 'listScreeningRounds',
        querystring: atQuery,
        response: { 200: z.array(ScreeningRoundFigures) },
      },
    },
    (req) => listRounds(db, req.ctx, instant(req.query.at, 'at')),
  );
  r.get(
    '/testing/rounds/:ref',
    {
      config: read,
      schema: {
        tags,
        summary: 'A screening round, in all and per ward',
        operationId: 'getScreeningRound',
        params: refParams,
        querystring: atQuery,
        response: { 200: ScreeningRoundReport, ...errors(404) },
      },
    },
    (req) => roundReport(db, req.ctx, req.params.ref, instant(req.query.at, 'at')),
  );
  r.put(
    '/testing/rounds/:ref',
    {
      config: write,
      schema: {
        tags,
        summary: 'Create or change a screening round over wards/hamlets',
        operationId: 'putScreeningRound',
        params: refParams,
        body: roundBody,
        response: { 200: ScreeningRound, ...errors(409) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'testing.write', wards: req.body.areas.map((a) => a.ward_code) });
      return putRound(db, req.ctx, req.params.ref, req.body);
    },
  );
}
