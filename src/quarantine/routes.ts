// Quarantine API: facilities with occupancy, episodes with their plans, due lists and the review table (JSON and
// XLSX). Reads need quarantine.read, changes quarantine.write; a facility belongs to its ward, an episode to its
// person's ward.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { setAuditRows } from '../auth/access.ts';
import type { Db } from '../db/connection.ts';
import { requireAccess } from '../auth/scope.ts';
import {
  closeEpisode,
  createFacility,
  episodePersonRef,
  facilityWard,
  getEpisode,
  getFacility,
  listEpisodes,
  listFacilities,
  moveEpisode,
  openEpisode,
  updateFacility,
} from './service.ts';
import { dueLists, dueListsXlsx } from './due.ts';
import { reviewTable, reviewTableXlsx } from './review.ts';
import { quarantineSplits } from './splits.ts';
import { XLSX_TYPE } from './xlsx.ts';
import { errors, file } from '../api/openapi.ts';
import {
  DueLists,
  EpisodeClosed,
  EpisodeMoved,
  Facility,
  FacilityBoard,
  FacilityOccupancy,
  QuarantineEpisode,
  QuarantineSplits,
  ReviewTable,
} from './schemas.ts';

const instant = z.iso.datetime({ offset: true });
const day = z.iso.date();
const kind = z.enum(['centralized', 'home', 'self_monitoring']);
const subjectGroup = z.enum(['abroad', 'outbreak_area', 'contact', 'tet_returnee', 'screened', 'other']);
const reason = z.string().trim().min(1).max(500);
const codeParams = z.object({ code: z.string().min(1).max(32) });
const idParams = z.object({ id: z.coerce.number().int().min(1) });
const atQuery = z.object({ at: instant.optional() });

const facilityFields = {
  name: z.string().trim().min(1).max(200),
  kind: z.enum(['quarantine', 'treatment', 'both']),
  ward_code: z.string().max(10).nullish(),
  beds: z.number().int().min(0).max(100_000).nullish(),
  icu_beds: z.number().int().min(0).max(10_000).nullish(),
  tier: z.number().int().min(1).max(3).nullish(),
  status: z.enum(['planned', 'active', 'closed']).optional(),
  active_from: day.nullish(),
  active_to: day.nullish(),
};
const facilityBody = z.object({ facility_code: z.string().trim().min(1).max(32), ...facilityFields });
const facilityPatch = z.object(facilityFields).partial();

const episodeBody = z.object({
  person_ref: z.string().trim().min(1).max(64),
  kind,
  start_at: instant,
  facility_code: z.string().max(32).nullish(),
  subject_group: subjectGroup.nullish(),
  override_reason: reason.nullish(),
});
const closeBody = z.object({
  end_at: instant,
  end_reason: z.enum(['completed', 'confirmed_case', 'transferred', 'other']).default('completed'),
  follow_on: z.boolean().default(false),
});
const moveBody = z.object({
  at: instant,
  kind,
  facility_code: z.string().max(32).nullish(),
  override_reason: reason.nullish(),
});
const episodeQuery = z.object({
  person_ref: z.string().max(64).optional(),
  facility_code: z.string().max(32).optional(),
  kind: kind.optional(),
  subject_group: subjectGroup.optional(),
  open_at: instant.optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});
const periodQuery = z.object({ from: day, to: day });

const xlsx = (reply: FastifyReply, name: string, body: Buffer) =>
  reply.type(XLSX_TYPE).header('content-disposition', `attachment; filename="${name}"`).send(body);
const dateOf = (s: string | undefined) => (s ? new Date(s) : new Date());

export async function quarantineRoutes(app: FastifyInstance, db: Db): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['quarantine'];

  r.get(
    '/quarantine/facilities',
    {
      config: { access: 'quarantine.read' },
      schema: {
        tags,
        summary: 'Facilities with state, persons present and free beds at an instant (default now)',
        operationId: 'listFacilities',
        querystring: atQuery.extend({ use: z.enum(['quarantine', 'treatment', 'all']).default('quarantine') }),
        response: { 200: FacilityBoard },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'quarantine.read' });
      return listFacilities(db, req.ctx, { at: dateOf(req.query.at), use: req.query.use });
    },
  );
  r.get(
    '/quarantine/facilities/:code',
    {
      config: { access: 'quarantine.read' },
      schema: {
        tags,
        summary: 'One facility with its occupancy at an instant',
        operationId: 'getFacility',
        params: codeParams,
        querystring: atQuery,
        response: { 200: FacilityOccupancy, ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'quarantine.read' });
      return getFacility(db, req.ctx, req.params.code, dateOf(req.query.at));
    },
  );
  r.post(
    '/quarantine/facilities',
    {
      config: { access: 'quarantine.write' },
      schema: {
        tags,
        summary: 'Register a facility',
        operationId: 'createFacility',
        body: facilityBody,
        response: { 201: Facility, ...errors(409) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'quarantine.write', wards: [req.body.ward_code ?? null] });
      return reply.status(201).send(await createFacility(db, req.ctx, req.body));
    },
  );
  r.patch(
    '/quarantine/facilities/:code',
    {
      config: { access: 'quarantine.write' },
      schema: {
        tags,
        summary: 'Change a facility (beds, status, active period …)',
        operationId: 'updateFacility',
        params: codeParams,
        body: facilityPatch,
        response: { 200: Facility, ...errors(404) },
      },
    },
    async (req) => {
      const wards = [
        await facilityWard(db, req.ctx, req.params.code),
        ...(req.body.ward_code !== undefined ? [req.body.ward_code] : []),
      ];
      await requireAccess(db, req.ctx, { permission: 'quarantine.write', wards });
      return updateFacility(db, req.ctx, req.params.code, req.body);
    },
  );

  r.get(
    '/quarantine/episodes',
    {
      config: { access: 'quarantine.read', personal: { entity: 'quarantine_episodes' } },
      schema: {
        tags,
        summary: 'Episodes with their plans, newest first',
        operationId: 'listQuarantineEpisodes',
        querystring: episodeQuery,
        response: { 200: z.array(QuarantineEpisode) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'quarantine.read' });
      return listEpisodes(db, req.ctx, {
        ...req.query,
        open_at: req.query.open_at ? new Date(req.query.open_at) : undefined,
      });
    },
  );
  r.get(
    '/quarantine/episodes/:id',
    {
      config: { access: 'quarantine.read', personal: { entity: 'quarantine_episode' } },
      schema: {
        tags,
        summary: 'One episode: rule set applied, planned end, test dates',
        operationId: 'getQuarantineEpisode',
        params: idParams,
        response: { 200: QuarantineEpisode, ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, {
        permission: 'quarantine.read',
        personRefs: await refsOf(db, req.ctx, req.params.id),
      });
      return getEpisode(db, req.ctx, req.params.id);
    },
  );
  r.post(
    '/quarantine/episodes',
    {
      config: { access: 'quarantine.write' },
      schema: {
        tags,
        summary: 'Open an episode (a full or inactive facility needs override_reason)',
        operationId: 'createQuarantineEpisode',
        body: episodeBody,
        response: { 201: QuarantineEpisode, ...errors(404, 409) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'quarantine.write', personRefs: [req.body.person_ref] });
      return reply
        .status(201)
        .send(await openEpisode(db, req.ctx, { ...req.body, start_at: new Date(req.body.start_at) }));
    },
  );
  r.post(
    '/quarantine/episodes/:id/close',
    {
      config: { access: 'quarantine.write' },
      schema: {
        tags,
        summary: "End an episode; follow_on opens the rule's follow-on episode",
        operationId: 'closeQuarantineEpisode',
        params: idParams,
        body: closeBody,
        response: { 200: EpisodeClosed, ...errors(404, 409) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, {
        permission: 'quarantine.write',
        personRefs: await refsOf(db, req.ctx, req.params.id),
      });
      return closeEpisode(db, req.ctx, req.params.id, { ...req.body, end_at: new Date(req.body.end_at) });
    },
  );
  r.post(
    '/quarantine/episodes/:id/move',
    {
      config: { access: 'quarantine.write' },
      schema: {
        tags,
        summary: 'Move a person: end the episode as transferred and open the next (same course)',
        operationId: 'moveQuarantineEpisode',
        params: idParams,
        body: moveBody,
        response: { 200: EpisodeMoved, ...errors(404, 409) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, {
        permission: 'quarantine.write',
        personRefs: await refsOf(db, req.ctx, req.params.id),
      });
      return moveEpisode(db, req.ctx, req.params.id, { ...req.body, at: new Date(req.body.at) });
    },
  );

  r.get(
    '/quarantine/due',
    {
      config: { access: 'quarantine.read', personal: { entity: 'quarantine_due' } },
      schema: {
        tags,
        summary: 'Due lists for a day: tests due, ending, overdue, F1 without an episode',
        operationId: 'getQuarantineDueLists',
        querystring: z.object({ date: day }),
        response: { 200: DueLists },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'quarantine.read' });
      return dueLists(db, req.ctx, req.query.date);
    },
  );
  r.get(
    '/quarantine/due.xlsx',
    {
      config: { access: 'quarantine.read', personal: { entity: 'quarantine_due', export: true } },
      schema: {
        tags,
        summary: 'The due lists as a workbook, one sheet per list',
        operationId: 'downloadQuarantineDueLists',
        querystring: z.object({ date: day }),
        response: { 200: file('The due lists, one sheet per list', 'xlsx') },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'quarantine.read' });
      const lists = await dueLists(db, req.ctx, req.query.date);
      setAuditRows(
        req,
        lists.sections.reduce((n, l) => n + l.rows.length, 0),
      );
      return xlsx(
        reply,
        `quarantine-due-${req.query.date}.xlsx`,
        await dueListsXlsx(db, req.ctx, req.query.date, lists),
      );
    },
  );
  r.get(
    '/quarantine/review',
    {
      config: { access: 'quarantine.read' },
      schema: {
        tags,
        summary: 'Subject group × handling for a period (review-conference table)',
        operationId: 'getQuarantineReview',
        querystring: periodQuery,
        response: { 200: ReviewTable },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'quarantine.read' });
      return reviewTable(db, req.ctx, req.query);
    },
  );
  r.get(
    '/quarantine/splits',
    {
      config: { access: 'quarantine.read' },
      schema: {
        tags,
        summary: 'Persons in quarantine at an instant (default now): centralized by site type, home by workplace',
        operationId: 'getQuarantineSplits',
        querystring: atQuery,
        response: { 200: QuarantineSplits },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'quarantine.read' });
      return quarantineSplits(db, req.ctx, dateOf(req.query.at));
    },
  );
  r.get(
    '/quarantine/review.xlsx',
    {
      config: { access: 'quarantine.read' },
      schema: {
        tags,
        summary: 'The review table as a workbook',
        operationId: 'downloadQuarantineReview',
        querystring: periodQuery,
        response: { 200: file('The review table', 'xlsx') },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'quarantine.read' });
      return xlsx(
        reply,
        `quarantine-review-${req.query.from}-${req.query.to}.xlsx`,
        await reviewTableXlsx(db, req.ctx, req.query),
      );
    },
  );
}

/** The person of an episode, for the jurisdiction check (none: the service reports the missing episode). */
async function refsOf(db: Db, ctx: Parameters<typeof episodePersonRef>[1], id: number): Promise<string[]> {
  const ref = await episodePersonRef(db, ctx, id);
  return ref ? [ref] : [];
}
