// Staff API of entry control: checkpoints and shifts, crossings, declarations, accommodations, outbreak areas,
// follow-up tasks, incidents and violations, and the report counts. The public form lives in public.ts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { requireAccess, wardInScope } from '../auth/scope.ts';
import { provinceCodes2024 } from '../geo/reference.ts';
import type { Ctx } from '../shared/context.ts';
import {
  addShift,
  createSite,
  formUrl,
  listShifts,
  listSites,
  qrCode,
  siteWard,
  updateSite,
  type SiteKind,
} from './sites.ts';
import { dailyCounts, createCrossing, listCrossings } from './crossings.ts';
import {
  declarationSiteWard,
  getDeclaration,
  insertDeclaration,
  listDeclarations,
  matchDeclarations,
  toDeclaration,
} from './declarations.ts';
import {
  checkOrigin,
  createArea,
  followupWard,
  handleFollowup,
  listAreas,
  listFollowups,
  tenantGeography,
  updateArea,
} from './followups.ts';
import { createIncident, createViolation, incidentWard, listIncidents, listViolations } from './incidents.ts';
import { entryCounts } from './counts.ts';
import { errors, file } from '../api/openapi.ts';
import {
  Accommodation,
  AccommodationRecord,
  Checkpoint,
  CheckpointDay,
  CheckpointRecord,
  CheckpointShift,
  CheckpointShiftRecord,
  CrossingRecord,
  CrossingSummary,
  DeclarationReceipt,
  DeclarationSummary,
  EntryCounts,
  Followup,
  FollowupRecord,
  FormLink,
  Incident,
  IncidentRecord,
  OriginCheck,
  OutbreakArea,
  Violation,
  ViolationRecord,
  accommodationBody,
  areaBody,
  checkpointBody,
  crossingBody,
  incidentBody,
  period,
  shiftBody,
  staffDeclarationBody,
  violationBody,
} from './schemas.ts';

const day = z.iso.date();
const codeParams = z.object({ code: z.string().min(1).max(32) });
const idParams = z.object({ id: z.coerce.number().int().min(1) });

/** What validation needs besides the input: CCCD province codes and the tenant's geography (loaded once). */
export function validationEnv(db: Db) {
  const provinceCodes = provinceCodes2024();
  const geographies = new Map<string, Awaited<ReturnType<typeof tenantGeography>>>();
  return async (ctx: Ctx) => {
    if (!geographies.has(ctx.province)) geographies.set(ctx.province, await tenantGeography(db, ctx));
    return { provinceCodes, geography: geographies.get(ctx.province)! };
  };
}

/** The site's public origin for links: set PHONGDICH_PUBLIC_URL behind a proxy that rewrites the host. */
export const publicOrigin = (req: { protocol: string; host: string }) =>
  process.env.PHONGDICH_PUBLIC_URL?.replace(/\/$/, '') ?? `${req.protocol}://${req.host}`;

export async function entryRoutes(app: FastifyInstance, db: Db): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const env = validationEnv(db);
  const tags = ['entry'];

  // ---- checkpoints, accommodations, shifts ----
  const sites = [
    {
      kind: 'checkpoint' as SiteKind,
      path: '/entry/checkpoints',
      body: checkpointBody,
      name: 'Checkpoint',
      listed: Checkpoint,
      record: CheckpointRecord,
    },
    {
      kind: 'accommodation' as SiteKind,
      path: '/entry/accommodations',
      body: accommodationBody,
      name: 'Accommodation',
      listed: Accommodation,
      record: AccommodationRecord,
    },
  ];
  for (const { kind, path, body, name, listed, record } of sites) {
    r.get(
      path,
      {
        config: { access: 'entry.read' },
        schema: {
          tags,
          summary: `List ${kind}s in your jurisdiction`,
          operationId: `list${name}s`,
          querystring: z.object({ ward_code: z.string().max(10).optional(), kind: z.string().max(20).optional() }),
          response: { 200: z.array(listed) },
        },
      },
      (req) => listSites(db, req.ctx, kind, req.query),
    );
    r.post(
      path,
      {
        config: { access: 'entry.manage' },
        schema: {
          tags,
          summary: `Register a ${kind}`,
          operationId: `create${name}`,
          body,
          response: { 201: record, ...errors(409) },
        },
      },
      async (req, reply) => {
        await requireAccess(db, req.ctx, { permission: 'entry.manage', wards: [req.body.ward_code] });
        return reply.status(201).send(await createSite(db, req.ctx, kind, req.body as never));
      },
    );
    r.patch(
      `${path}/:code`,
      {
        config: { access: 'entry.manage' },
        schema: {
          tags,
          summary: `Change a ${kind}; rotate_token issues a new form link`,
          operationId: `update${name}`,
          params: codeParams,
          body: body.partial().extend({ rotate_token: z.boolean().optional() }),
          response: { 200: record, ...errors(404) },
        },
      },
      async (req) => {
        const wards = [
          await siteWard(db, req.ctx, kind, req.params.code),
          ...(req.body.ward_code ? [req.body.ward_code] : []),
        ];
        await requireAccess(db, req.ctx, { permission: 'entry.manage', wards });
        return updateSite(db, req.ctx, kind, req.params.code, req.body);
      },
    );
  }
  r.get(
    '/entry/checkpoints/:code/qr.:format',
    {
      config: { access: 'entry.read' },
      schema: {
        tags,
        summary: "QR code of the checkpoint's public declaration form (svg or png), to print",
        operationId: 'downloadCheckpointQrCode',
        params: codeParams.extend({ format: z.enum(['svg', 'png']) }),
        response: {
          200: file('The QR code; its target is also in the x-form-url header', 'svg', 'png'),
          ...errors(404),
        },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, {
        permission: 'entry.read',
        wards: [await siteWard(db, req.ctx, 'checkpoint', req.params.code)],
      });
      const url = await formUrl(db, req.ctx, 'checkpoint', req.params.code, publicOrigin(req));
      return reply
        .type(req.params.format === 'svg' ? 'image/svg+xml' : 'image/png')
        .header('x-form-url', url)
        .send((await qrCode(url, req.params.format)) as string); // a PNG is a Buffer: sent as is, like a string
    },
  );
  r.get(
    '/entry/accommodations/:code/link',
    {
      config: { access: 'entry.manage' },
      schema: {
        tags,
        summary: "The host's reporting link (secret: whoever holds it can report guests)",
        operationId: 'getAccommodationLink',
        params: codeParams,
        response: { 200: FormLink, ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, {
        permission: 'entry.manage',
        wards: [await siteWard(db, req.ctx, 'accommodation', req.params.code)],
      });
      return { url: await formUrl(db, req.ctx, 'accommodation', req.params.code, publicOrigin(req)) };
    },
  );
  r.get(
    '/entry/checkpoints/:code/shifts',
    {
      config: { access: 'entry.read' },
      schema: {
        tags,
        summary: 'Staff shifts of a checkpoint',
        operationId: 'listCheckpointShifts',
        params: codeParams,
        querystring: period.pick({ from: true, to: true }),
        response: { 200: z.array(CheckpointShift), ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, {
        permission: 'entry.read',
        wards: [await siteWard(db, req.ctx, 'checkpoint', req.params.code)],
      });
      return listShifts(db, req.ctx, req.params.code, req.query);
    },
  );
  r.post(
    '/entry/checkpoints/:code/shifts',
    {
      config: { access: 'entry.write' },
      schema: {
        tags,
        summary: 'Record a staff shift (one force)',
        operationId: 'createCheckpointShift',
        params: codeParams,
        body: shiftBody,
        response: { 201: CheckpointShiftRecord, ...errors(404) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, {
        permission: 'entry.write',
        wards: [await siteWard(db, req.ctx, 'checkpoint', req.params.code)],
      });
      return reply.status(201).send(await addShift(db, req.ctx, req.params.code, req.body));
    },
  );
  r.get(
    '/entry/checkpoints/daily',
    {
      config: { access: 'entry.read' },
      schema: {
        tags,
        summary: 'Counts per checkpoint per day (Viet Nam days, inclusive)',
        operationId: 'listCheckpointDailyCounts',
        querystring: z.object({ from: day, to: day, checkpoint_code: z.string().max(32).optional() }),
        response: { 200: z.array(CheckpointDay) },
      },
    },
    (req) => dailyCounts(db, req.ctx, req.query),
  );

  // ---- crossings ----
  r.post(
    '/entry/crossings',
    {
      config: { access: 'entry.write' },
      schema: {
        tags,
        summary: 'Record a crossing: person_ref, declaration_ref (receipt) or the traveller typed in, and the decision',
        operationId: 'createCrossing',
        body: crossingBody,
        response: { 201: CrossingRecord, ...errors(404) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, {
        permission: 'entry.write',
        wards: [await siteWard(db, req.ctx, 'checkpoint', req.body.checkpoint_code)],
      });
      return reply.status(201).send(await createCrossing(db, req.ctx, req.body, await env(req.ctx)));
    },
  );
  r.get(
    '/entry/crossings',
    {
      config: { access: 'entry.read', personal: { entity: 'crossings' } },
      schema: {
        tags,
        summary: 'Crossings, newest first',
        operationId: 'listCrossings',
        querystring: period.extend({
          checkpoint_code: z.string().max(32).optional(),
          decision: z.enum(['allowed', 'quarantine', 'turned_back']).optional(),
        }),
        response: { 200: z.array(CrossingSummary) },
      },
    },
    (req) => listCrossings(db, req.ctx, req.query),
  );

  // ---- declarations ----
  r.get(
    '/entry/declarations',
    {
      config: { access: 'entry.read', personal: { entity: 'declarations' } },
      schema: {
        tags,
        summary: 'Declarations; q = receipt code, phone, ID number or plate',
        operationId: 'listDeclarations',
        querystring: period.extend({
          q: z.string().max(64).optional(),
          checkpoint_code: z.string().max(32).optional(),
          accommodation_code: z.string().max(32).optional(),
          outbreak_only: z.stringbool().optional(),
        }),
        response: { 200: z.array(DeclarationSummary) },
      },
    },
    (req) => listDeclarations(db, req.ctx, req.query),
  );
  r.get(
    '/entry/declarations/:ref',
    {
      config: { access: 'entry.read', personal: { entity: 'declaration' } },
      schema: {
        tags,
        summary: 'One declaration',
        operationId: 'getDeclaration',
        params: z.object({ ref: z.string().min(1).max(64) }),
        response: { 200: DeclarationSummary, ...errors(404) },
      },
    },
    async (req) => {
      const w = await declarationSiteWard(db, req.ctx, req.params.ref);
      await requireAccess(db, req.ctx, {
        permission: 'entry.read',
        wards: [wardInScope(req.ctx, w.site) ? w.site : w.to],
      });
      return getDeclaration(db, req.ctx, req.params.ref);
    },
  );
  r.post(
    '/entry/declarations',
    {
      config: { access: 'entry.write' },
      schema: {
        tags,
        summary: 'Enter a declaration (paper form, a guest reported by a host …)',
        operationId: 'createDeclaration',
        body: staffDeclarationBody,
        response: {
          201: DeclarationReceipt,
          200: DeclarationReceipt.describe('Sent before: the first receipt (duplicate: true)'),
          ...errors(404),
        },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const site = b.checkpoint_code
        ? { kind: 'checkpoint' as const, code: b.checkpoint_code }
        : b.accommodation_code
          ? { kind: 'accommodation' as const, code: b.accommodation_code }
          : null;
      await requireAccess(db, req.ctx, {
        permission: 'entry.write',
        wards: [site ? await siteWard(db, req.ctx, site.kind, site.code) : (b.to_ward_code ?? null)],
      });
      const channel = b.accommodation_code ? 'accommodation' : b.channel;
      // Not null: the site was found above.
      const stored = (await insertDeclaration(db, req.ctx, toDeclaration(b, channel, await env(req.ctx)), site))!;
      return reply.status(stored.duplicate ? 200 : 201).send(stored);
    },
  );
  r.post(
    '/entry/declarations/match',
    {
      config: { access: 'entry.manage' },
      schema: {
        tags,
        summary: 'Link declarations to persons registered since (by ID, then phone + name + birth year)',
        operationId: 'matchDeclarations',
        response: { 200: z.object({ linked: z.number().int().describe('Declarations newly linked') }) },
      },
    },
    (req) => matchDeclarations(db, req.ctx),
  );

  // ---- outbreak areas and follow-ups ----
  r.get(
    '/entry/outbreak-areas',
    {
      config: { access: 'entry.read' },
      schema: {
        tags,
        summary: 'Outbreak areas (dated); on = only those in force that day',
        operationId: 'listOutbreakAreas',
        querystring: z.object({ on: day.optional() }),
        response: { 200: z.array(OutbreakArea) },
      },
    },
    (req) => listAreas(db, req.ctx, req.query),
  );
  r.get(
    '/entry/outbreak-areas/check',
    {
      config: { access: 'entry.read' },
      schema: {
        tags,
        summary: 'Does an origin count as an outbreak area on a day?',
        operationId: 'checkOutbreakOrigin',
        querystring: z.object({
          day,
          from_country: z.string().max(2).optional(),
          from_province: z.string().max(10).optional(),
          from_district: z.string().max(10).optional(),
          from_ward: z.string().max(10).optional(),
        }),
        response: { 200: OriginCheck },
      },
    },
    (req) => checkOrigin(db, req.ctx, req.query),
  );
  r.post(
    '/entry/outbreak-areas',
    {
      config: { access: 'entry.manage' },
      schema: {
        tags,
        summary: 'Add an outbreak area; records of its dates get their follow-ups',
        operationId: 'createOutbreakArea',
        body: areaBody,
        response: { 201: OutbreakArea },
      },
    },
    async (req, reply) => reply.status(201).send(await createArea(db, req.ctx, req.body)),
  );
  r.patch(
    '/entry/outbreak-areas/:id',
    {
      config: { access: 'entry.manage' },
      schema: {
        tags,
        summary: 'Change or end (effective_to) an outbreak area',
        operationId: 'updateOutbreakArea',
        params: idParams,
        body: areaBody.partial(),
        response: { 200: OutbreakArea, ...errors(404) },
      },
    },
    (req) => updateArea(db, req.ctx, req.params.id, req.body),
  );
  r.get(
    '/entry/followups',
    {
      config: { access: 'entry.read', personal: { entity: 'entry_followups' } },
      schema: {
        tags,
        summary: 'Due list of follow-ups (test, quarantine assignment) for arrivals from outbreak areas',
        operationId: 'listFollowups',
        querystring: z.object({
          status: z.enum(['open', 'done', 'cancelled']).optional(),
          due_until: day.optional(),
          ward_code: z.string().max(10).optional(),
          kind: z.enum(['test', 'quarantine']).optional(),
          limit: z.coerce.number().int().min(1).max(1000).optional(),
        }),
        response: { 200: z.array(Followup) },
      },
    },
    (req) => listFollowups(db, req.ctx, req.query),
  );
  r.patch(
    '/entry/followups/:id',
    {
      config: { access: 'entry.followup' },
      schema: {
        tags,
        summary: 'Mark a follow-up done or cancelled (or reopen it)',
        operationId: 'updateFollowup',
        params: idParams,
        body: z.object({ status: z.enum(['open', 'done', 'cancelled']), note: z.string().max(1000).optional() }),
        response: { 200: FollowupRecord, ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, {
        permission: 'entry.followup',
        wards: [await followupWard(db, req.ctx, req.params.id)],
      });
      return handleFollowup(db, req.ctx, req.params.id, req.body);
    },
  );

  // ---- incidents, violations ----
  r.post(
    '/entry/incidents',
    {
      config: { access: 'entry.write' },
      schema: {
        tags,
        summary: 'Record an illegal entry or a hand-over at the border',
        operationId: 'createIncident',
        body: incidentBody,
        response: { 201: IncidentRecord },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, {
        permission: 'entry.write',
        wards: [await incidentWard(db, req.ctx, req.body)],
      });
      return reply.status(201).send(await createIncident(db, req.ctx, req.body));
    },
  );
  r.get(
    '/entry/incidents',
    {
      config: { access: 'entry.read', personal: { entity: 'incidents' } },
      schema: {
        tags,
        summary: 'Incidents, newest first',
        operationId: 'listIncidents',
        querystring: period.extend({ kind: z.string().max(40).optional() }),
        response: { 200: z.array(Incident) },
      },
    },
    (req) => listIncidents(db, req.ctx, req.query),
  );
  r.post(
    '/entry/violations',
    {
      config: { access: 'entry.write' },
      schema: {
        tags,
        summary: 'Record a violation and its fine',
        operationId: 'createViolation',
        body: violationBody,
        response: { 201: ViolationRecord, ...errors(404) },
      },
    },
    async (req, reply) => {
      const b = req.body;
      await requireAccess(db, req.ctx, {
        permission: 'entry.write',
        wards: b.ward_code || !b.person_ref ? [b.ward_code ?? null] : [],
        personRefs: b.person_ref ? [b.person_ref] : [],
      });
      return reply.status(201).send(await createViolation(db, req.ctx, b));
    },
  );
  r.get(
    '/entry/violations',
    {
      config: { access: 'entry.read', personal: { entity: 'violations' } },
      schema: {
        tags,
        summary: 'Violations, newest first',
        operationId: 'listViolations',
        querystring: period.extend({ kind: z.string().max(40).optional() }),
        response: { 200: z.array(Violation) },
      },
    },
    (req) => listViolations(db, req.ctx, req.query),
  );

  // ---- report counts ----
  r.get(
    '/entry/counts',
    {
      config: { access: 'reports.read' },
      schema: {
        tags,
        summary: 'Entry figures as of an instant (records ≤ at; since = only the period since → at)',
        operationId: 'getEntryCounts',
        querystring: z.object({
          at: z.iso.datetime({ offset: true }),
          since: z.iso.datetime({ offset: true }).optional(),
        }),
        response: { 200: EntryCounts },
      },
    },
    (req) => entryCounts(db, req.ctx, req.query),
  );
}
