import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { setAuditRows } from '../auth/access.ts';
import type { Db } from '../db/connection.ts';
import { requireAccess } from '../auth/scope.ts';
import { csvExport } from '../shared/csv.ts';
import { errors, file } from '../api/openapi.ts';
import { DuplicatePair, Person, PersonMerge, PersonSummary } from './schemas.ts';
import {
  createPerson,
  getPerson,
  listDuplicates,
  markNotDuplicate,
  mergeHistory,
  mergePersons,
  searchPersons,
  updatePerson,
} from './service.ts';

const personBody = z.object({
  person_ref: z.string().trim().min(1).max(64),
  full_name: z.string().trim().min(1).max(200),
  birth_year: z.number().int().min(1880).max(2100).optional(),
  birth_date: z.iso.date().optional(),
  sex: z.enum(['M', 'F']).optional(),
  id_number: z.string().max(32).optional(),
  phone: z.string().max(32).optional(),
  ward_code: z.string().max(10).optional(),
  hamlet: z.string().max(200).optional(),
  address: z.string().max(500).optional(),
  nationality: z.string().length(2).optional(),
});
const personPatch = personBody
  .omit({ person_ref: true })
  .partial()
  .extend({
    // null clears an optional field
    birth_year: z.number().int().min(1880).max(2100).nullable().optional(),
    phone: z.string().max(32).nullable().optional(),
    id_number: z.string().max(32).nullable().optional(),
    ward_code: z.string().max(10).nullable().optional(),
    hamlet: z.string().max(200).nullable().optional(),
    address: z.string().max(500).nullable().optional(),
  });
const refParams = z.object({ ref: z.string().min(1).max(64) });
const searchQuery = z.object({
  q: z.string().max(200).default(''),
  ward_code: z.string().max(10).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export async function peopleRoutes(app: FastifyInstance, db: Db): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/persons',
    {
      config: { access: 'people.read', personal: { entity: 'persons' } },
      schema: {
        tags: ['people'],
        summary: 'Search by name (diacritics optional), phone or ID number, within your jurisdiction',
        operationId: 'searchPersons',
        querystring: searchQuery,
        response: { 200: z.array(PersonSummary), ...errors(400, 401, 403) },
      },
    },
    (req) => searchPersons(db, req.ctx, req.query),
  );
  r.get(
    '/persons/export.csv',
    {
      config: { access: 'people.read', personal: { entity: 'persons', export: true } },
      schema: {
        tags: ['people'],
        summary: 'The same search as CSV',
        operationId: 'downloadPersons',
        querystring: searchQuery,
        response: { 200: file('The persons found, one per line', 'csv') },
      },
    },
    async (req, reply) => {
      const persons = await searchPersons(db, req.ctx, { ...req.query, limit: req.query.limit ?? 200 });
      setAuditRows(req, persons.length);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="persons.csv"')
        .send(csvExport(persons));
    },
  );
  r.post(
    '/persons',
    {
      config: { access: 'people.write' },
      schema: {
        tags: ['people'],
        summary: 'Register a person',
        operationId: 'createPerson',
        body: personBody,
        response: { 201: PersonSummary, ...errors(409) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'people.write', wards: [req.body.ward_code ?? null] });
      return reply.status(201).send(await createPerson(db, req.ctx, req.body));
    },
  );
  r.get(
    '/persons/duplicates',
    {
      config: { access: 'people.merge', personal: { entity: 'persons' } },
      schema: {
        tags: ['people'],
        summary: 'Possible duplicates to review',
        operationId: 'listDuplicatePersons',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(1000).optional() }),
        response: { 200: z.array(DuplicatePair) },
      },
    },
    (req) => listDuplicates(db, req.ctx, req.query.limit),
  );
  r.post(
    '/persons/merge',
    {
      config: { access: 'people.merge' },
      schema: {
        tags: ['people'],
        summary: 'Merge a duplicate into the kept record',
        operationId: 'mergePersons',
        body: z.object({
          keep_ref: z.string().min(1).max(64),
          merge_ref: z.string().min(1).max(64),
          reason: z.string().max(500).optional(),
        }),
        response: { 200: PersonSummary, ...errors(404, 409) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, {
        permission: 'people.merge',
        personRefs: [req.body.keep_ref, req.body.merge_ref],
      });
      return mergePersons(db, req.ctx, req.body.keep_ref, req.body.merge_ref, req.body.reason);
    },
  );
  r.post(
    '/persons/not-duplicates',
    {
      config: { access: 'people.merge' },
      schema: {
        tags: ['people'],
        summary: 'Declare two proposed duplicates different people',
        operationId: 'markNotDuplicates',
        body: z.object({ a_ref: z.string().min(1).max(64), b_ref: z.string().min(1).max(64) }),
        response: { 204: z.null(), ...errors(404) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'people.merge', personRefs: [req.body.a_ref, req.body.b_ref] });
      await markNotDuplicate(db, req.ctx, req.body.a_ref, req.body.b_ref);
      return reply.status(204).send(null);
    },
  );
  r.get(
    '/persons/:ref',
    {
      config: { access: 'people.read', personal: { entity: 'person' } },
      schema: {
        tags: ['people'],
        summary: 'One person',
        operationId: 'getPerson',
        params: refParams,
        response: { 200: Person, ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'people.read', personRefs: [req.params.ref] });
      return getPerson(db, req.ctx, req.params.ref);
    },
  );
  r.patch(
    '/persons/:ref',
    {
      config: { access: 'people.write' },
      schema: {
        tags: ['people'],
        summary: 'Change some fields of a person',
        operationId: 'updatePerson',
        params: refParams,
        body: personPatch,
        response: { 200: PersonSummary, ...errors(404) },
      },
    },
    async (req) => {
      const wards = req.body.ward_code !== undefined ? [req.body.ward_code] : [];
      await requireAccess(db, req.ctx, { permission: 'people.write', personRefs: [req.params.ref], wards });
      return updatePerson(db, req.ctx, req.params.ref, req.body as never);
    },
  );
  r.get(
    '/persons/:ref/merges',
    {
      config: { access: 'people.read', personal: { entity: 'person' } },
      schema: {
        tags: ['people'],
        summary: 'Records merged into this person',
        operationId: 'listPersonMerges',
        params: refParams,
        response: { 200: z.array(PersonMerge) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'people.read', personRefs: [req.params.ref] });
      return mergeHistory(db, req.ctx, req.params.ref);
    },
  );
}
