import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { setAuditRows } from '../auth/access.ts';
import type { Db } from '../db/connection.ts';
import { requireAccess } from '../auth/scope.ts';
import { keyed } from '../shared/messages.ts';
import { toVnIso } from '../shared/time.ts';
import { PRODUCTS, listSchedules, putSchedule } from './products.ts';
import { flaggedDoses, personDoses, putDose } from './doses.ts';
import {
  createAllocation,
  listAllocations,
  listSites,
  putSite,
  recordMove,
  siteWards,
  stockLevels,
  supplySummary,
} from './supply.ts';
import { listRounds, putRound } from './rounds.ts';
import { coverage, vaccinationFigures } from './counts.ts';
import { dueListXlsx, nextDoses } from './due.ts';
import { certificateHtml, issueCertificate, verifyCertificate } from './certificate.ts';
import { errors, file } from '../api/openapi.ts';
import {
  Certificate,
  CertificateCheck,
  CheckedDose,
  CoverageRow,
  NextDose,
  PersonDoses,
  StockLevel,
  StockMove,
  SupplySummary,
  VaccinationFigures,
  VaccinationRound,
  VaccinationSite,
  VaccineAllocation,
  VaccineSchedule,
} from './schemas.ts';

const product = z.enum(PRODUCTS);
const code = z.string().trim().min(1).max(64);
const text = (max: number) => z.string().trim().min(1).max(max);
const today = () => toVnIso(new Date()).slice(0, 10);
const onQuery = z.object({ on: z.iso.date().optional() });
const atQuery = z.object({ at: z.iso.datetime({ offset: true }).optional() });
const refParams = z.object({ ref: code });
const wardFilter = { ward_code: z.string().max(10).optional() };
const tags = ['vaccination'];

const schedule = z
  .object({
    name: text(200),
    basis: z.string().max(300).nullable().default(null),
    primary_doses: z.number().int().min(1).max(5),
    min_interval_days: z.number().int().min(0).max(730),
    max_interval_days: z.number().int().min(0).max(730),
    booster_doses: z.number().int().min(0).max(5),
    booster_min_days: z.number().int().min(0).max(1460),
    booster_max_days: z.number().int().min(0).max(1460),
    mix_with: z.array(product).max(PRODUCTS.length).default([]),
    boost_with: z.array(product).max(PRODUCTS.length).default([]),
  })
  .refine((s) => s.max_interval_days >= s.min_interval_days, {
    path: ['max_interval_days'],
    ...keyed('not_less_than_field', { other: 'min_interval_days' }),
  })
  .refine((s) => s.booster_max_days >= s.booster_min_days, {
    path: ['booster_max_days'],
    ...keyed('not_less_than_field', { other: 'booster_min_days' }),
  });

const dose = z.object({
  product,
  given_on: z.iso.date(),
  lot: z.string().trim().max(50).nullable().optional(),
  site: z.string().trim().max(200).nullable().optional(),
  round_code: code.nullable().optional(),
});

const move = z.object({
  kind: z.enum(['receipt', 'transfer', 'wastage', 'adjustment']),
  moved_on: z.iso.date(),
  site_code: code,
  to_site_code: code.nullable().optional(),
  product,
  lot: text(50),
  expires_on: z.iso.date().nullable().optional(),
  quantity: z
    .number()
    .int()
    .min(-1_000_000)
    .max(10_000_000)
    .refine((q) => q !== 0, keyed('not_zero')),
  allocation_id: z.number().int().positive().nullable().optional(),
  reason: z.string().trim().max(500).nullable().optional(),
  document: z.string().trim().max(200).nullable().optional(),
});

export async function vaccinationRoutes(app: FastifyInstance, db: Db): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/vaccination/products',
    {
      config: { access: 'vaccination.read' },
      schema: {
        tags,
        summary: 'Product schedules: every dated row, or with ?on= the row of each product in force that day',
        operationId: 'listVaccineSchedules',
        querystring: onQuery,
        response: { 200: z.array(VaccineSchedule) },
      },
    },
    (req) => listSchedules(db, req.ctx, req.query.on),
  );
  r.put(
    '/vaccination/products/:product/:effective_from',
    {
      config: { access: 'rules.manage' },
      schema: {
        tags,
        summary: 'Create or replace the schedule of a product from a date on',
        operationId: 'putVaccineSchedule',
        params: z.object({ product, effective_from: z.iso.date() }),
        body: schedule,
        response: { 200: VaccineSchedule },
      },
    },
    (req) => putSchedule(db, req.ctx, { ...req.params, ...req.body }),
  );

  r.get(
    '/vaccination/persons/:ref/doses',
    {
      config: { access: 'vaccination.read', personal: { entity: 'person' } },
      schema: {
        tags,
        summary: "A person's doses with interval/mix/expiry checks, and the next dose",
        operationId: 'getPersonDoses',
        params: refParams,
        querystring: onQuery,
        response: { 200: PersonDoses, ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'vaccination.read', personRefs: [req.params.ref] });
      return personDoses(db, req.ctx, req.params.ref, req.query.on ?? today());
    },
  );
  r.put(
    '/vaccination/persons/:ref/doses/:dose_number',
    {
      config: { access: 'vaccination.write' },
      schema: {
        tags,
        summary: 'Record (or correct) a dose; early or mixed doses are recorded with flags',
        operationId: 'putDose',
        params: refParams.extend({ dose_number: z.coerce.number().int().min(1).max(10) }),
        body: dose,
        response: { 200: CheckedDose, ...errors(409) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'vaccination.write', personRefs: [req.params.ref] });
      return putDose(db, req.ctx, { person_ref: req.params.ref, dose_number: req.params.dose_number, ...req.body });
    },
  );
  r.get(
    '/vaccination/doses/flagged',
    {
      config: { access: 'vaccination.read', personal: { entity: 'vaccinations' } },
      schema: {
        tags,
        summary: 'Doses given too early, with a mix not allowed, from an expired lot, or after a missing dose',
        operationId: 'listFlaggedDoses',
        querystring: z.object({
          from: z.iso.date().optional(),
          to: z.iso.date().optional(),
          ...wardFilter,
          limit: z.coerce.number().int().min(1).max(5000).optional(),
        }),
        response: { 200: z.array(CheckedDose) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, {
        permission: 'vaccination.read',
        wards: req.query.ward_code ? [req.query.ward_code] : [],
      });
      return flaggedDoses(db, req.ctx, req.query);
    },
  );

  r.get(
    '/vaccination/sites',
    {
      config: { access: 'vaccination.read' },
      schema: {
        tags,
        summary: 'Vaccination sites and stores in your jurisdiction',
        operationId: 'listVaccinationSites',
        response: { 200: z.array(VaccinationSite) },
      },
    },
    (req) => listSites(db, req.ctx),
  );
  r.put(
    '/vaccination/sites/:site_code',
    {
      config: { access: 'vaccination.manage' },
      schema: {
        tags,
        summary: 'Create or change a site or store',
        operationId: 'putVaccinationSite',
        params: z.object({ site_code: code }),
        body: z.object({ name: text(200), kind: z.enum(['store', 'site']), ward_code: z.string().max(10) }),
        response: { 200: VaccinationSite },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'vaccination.manage', wards: [req.body.ward_code] });
      return putSite(db, req.ctx, { site_code: req.params.site_code, ...req.body });
    },
  );

  r.get(
    '/vaccination/allocations',
    {
      config: { access: 'vaccination.read' },
      schema: {
        tags,
        summary: 'Allocation decisions',
        operationId: 'listVaccineAllocations',
        response: { 200: z.array(VaccineAllocation) },
      },
    },
    (req) => listAllocations(db, req.ctx),
  );
  r.post(
    '/vaccination/allocations',
    {
      config: { access: 'vaccination.manage' },
      schema: {
        tags,
        summary: 'Record an allocation decision (to the province, a district or a site)',
        operationId: 'createVaccineAllocation',
        body: z.object({
          decision_number: text(100),
          decided_on: z.iso.date(),
          product,
          quantity: z.number().int().min(1).max(100_000_000),
          target_level: z.enum(['province', 'district', 'site']),
          target_code: code.optional(),
          round_code: code.nullable().optional(),
          note: z.string().max(500).nullable().optional(),
        }),
        response: { 201: VaccineAllocation, ...errors(409) },
      },
    },
    async (req, reply) => reply.status(201).send(await createAllocation(db, req.ctx, req.body)),
  );

  r.post(
    '/vaccination/stock/moves',
    {
      config: { access: 'vaccination.write' },
      schema: {
        tags,
        summary: 'A receipt, transfer, wastage or correction of stock; refused if any stock would go negative',
        operationId: 'createStockMove',
        body: move,
        response: { 201: StockMove, ...errors(409) },
      },
    },
    async (req, reply) => {
      const wards = await siteWards(db, req.ctx, {
        site_code: req.body.site_code,
        to_site_code: req.body.to_site_code,
      });
      await requireAccess(db, req.ctx, { permission: 'vaccination.write', wards });
      return reply.status(201).send(await recordMove(db, req.ctx, req.body));
    },
  );
  r.get(
    '/vaccination/stock',
    {
      config: { access: 'vaccination.read' },
      schema: {
        tags,
        summary: 'Stock by site, lot and expiry at the end of a day',
        operationId: 'listVaccineStock',
        querystring: onQuery.extend({ site_code: code.optional() }),
        response: { 200: z.array(StockLevel) },
      },
    },
    (req) => stockLevels(db, req.ctx, { on: req.query.on ?? today(), site_code: req.query.site_code }),
  );
  r.get(
    '/vaccination/supply',
    {
      config: { access: 'vaccination.read' },
      schema: {
        tags,
        summary: 'Allocated, received, administered (% of received), wasted: total, by product, by round × product',
        operationId: 'getVaccineSupply',
        querystring: onQuery,
        response: { 200: SupplySummary },
      },
    },
    (req) => supplySummary(db, req.ctx, req.query.on ?? today()),
  );

  r.get(
    '/vaccination/rounds',
    {
      config: { access: 'vaccination.read' },
      schema: {
        tags,
        summary: 'Vaccination rounds (đợt)',
        operationId: 'listVaccinationRounds',
        response: { 200: z.array(VaccinationRound) },
      },
    },
    (req) => listRounds(db, req.ctx),
  );
  r.put(
    '/vaccination/rounds/:round_code',
    {
      config: { access: 'vaccination.manage' },
      schema: {
        tags,
        summary: 'Create or replace a round with its target groups and sites',
        operationId: 'putVaccinationRound',
        params: z.object({ round_code: code }),
        body: z.object({
          name: text(200),
          starts_on: z.iso.date(),
          ends_on: z.iso.date().nullable().optional(),
          target_groups: z.array(text(200)).max(50).default([]),
          site_codes: z.array(code).max(2000).default([]),
          note: z.string().max(1000).nullable().optional(),
        }),
        response: { 200: VaccinationRound },
      },
    },
    (req) => putRound(db, req.ctx, { round_code: req.params.round_code, ...req.body }),
  );

  r.get(
    '/vaccination/figures',
    {
      config: { access: 'vaccination.read' },
      schema: {
        tags,
        summary: 'The daily-report vaccination figures at an instant, optionally for one round or product',
        operationId: 'getVaccinationFigures',
        querystring: atQuery.extend({ round_code: code.optional(), product: product.optional() }),
        response: { 200: VaccinationFigures },
      },
    },
    (req) => vaccinationFigures(db, req.ctx, req.query.at ? new Date(req.query.at) : new Date(), req.query),
  );
  r.get(
    '/vaccination/coverage',
    {
      config: { access: 'vaccination.read' },
      schema: {
        tags,
        summary: 'Persons with dose 1/2/3 over population and over population 18+, by ward, district or province',
        operationId: 'listVaccinationCoverage',
        querystring: atQuery.extend({ level: z.enum(['ward', 'district', 'province']).default('ward') }),
        response: { 200: z.array(CoverageRow) },
      },
    },
    (req) => coverage(db, req.ctx, req.query.at ? new Date(req.query.at) : new Date(), req.query.level),
  );

  const dueQuery = onQuery.extend({ ...wardFilter, limit: z.coerce.number().int().min(1).max(100_000).optional() });
  const due = async (req: { ctx: Parameters<typeof nextDoses>[1]; query: z.infer<typeof dueQuery> }) => {
    await requireAccess(db, req.ctx, {
      permission: 'vaccination.read',
      wards: req.query.ward_code ? [req.query.ward_code] : [],
    });
    return nextDoses(db, req.ctx, { ...req.query, on: req.query.on ?? today() });
  };
  r.get(
    '/vaccination/due',
    {
      config: { access: 'vaccination.read', personal: { entity: 'vaccination_due' } },
      schema: {
        tags,
        summary: 'Persons whose next dose is due or overdue, by ward',
        operationId: 'listDueDoses',
        querystring: dueQuery,
        response: { 200: z.array(NextDose) },
      },
    },
    due,
  );
  r.get(
    '/vaccination/due.xlsx',
    {
      config: { access: 'vaccination.read', personal: { entity: 'vaccination_due', export: true } },
      schema: {
        tags,
        summary: 'The due list as XLSX, one sheet per ward',
        operationId: 'downloadDueDoses',
        querystring: dueQuery,
        response: { 200: file('The due list, one sheet per ward', 'xlsx') },
      },
    },
    async (req, reply) => {
      const rows = await due(req);
      setAuditRows(req, rows.length);
      const xlsx = await dueListXlsx(rows, req.ctx.lang);
      // A Buffer goes out as it is: the schema's binary string describes it, the typed reply cannot.
      return (reply as FastifyReply)
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="due-${req.query.on ?? today()}.xlsx"`)
        .send(xlsx);
    },
  );

  r.get(
    '/vaccination/persons/:ref/certificate',
    {
      config: { access: 'vaccination.read', personal: { entity: 'person' } },
      schema: {
        tags,
        summary: 'Signed certificate data, its QR payload and the QR code (SVG)',
        operationId: 'getVaccinationCertificate',
        params: refParams,
        response: { 200: Certificate, ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'vaccination.read', personRefs: [req.params.ref] });
      return issueCertificate(db, req.ctx, req.params.ref);
    },
  );
  r.get(
    '/vaccination/persons/:ref/certificate.html',
    {
      config: { access: 'vaccination.read', personal: { entity: 'person' } },
      schema: {
        tags,
        summary: 'The certificate as a printable page',
        operationId: 'downloadVaccinationCertificate',
        params: refParams,
        response: { 200: file('A printable A4 page with the QR code inline', 'html'), ...errors(404) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'vaccination.read', personRefs: [req.params.ref] });
      const { certificate, qr_svg } = await issueCertificate(db, req.ctx, req.params.ref);
      const names = Object.fromEntries((await listSchedules(db, req.ctx, today())).map((s) => [s.product, s.name]));
      return reply.type('text/html; charset=utf-8').send(certificateHtml(certificate, qr_svg, names));
    },
  );
  r.post(
    '/vaccination/certificates/verify',
    {
      config: { access: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Verify a scanned certificate payload (public); tampered or foreign payloads are refused',
        operationId: 'verifyVaccinationCertificate',
        body: z.object({ payload: z.string().max(8000) }),
        response: { 200: CertificateCheck },
      },
    },
    (req) => verifyCertificate(db, req.ctx, req.body.payload),
  );
}
