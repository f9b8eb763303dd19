import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { invalid } from '../shared/errors.ts';
import { keyed } from '../shared/messages.ts';
import { parseInstant } from '../shared/time.ts';
import { dailyReport } from './daily.ts';
import { lastRecordAt } from './data-until.ts';
import {
  createDraft,
  dailyFile,
  draftFile,
  fileName,
  getDraft,
  getIssued,
  issueDraft,
  issuedFile,
  listReports,
  updateDraft,
} from './service.ts';
import { getTemplate, putTemplate } from './template.ts';
import { periodFile, periodReport, PERIOD_KINDS } from './period.ts';
import { comparisonFile, periodComparison, periodForm } from './period-compare.ts';
import { reviewFile, reviewReport } from './review.ts';
import { errors } from '../api/openapi.ts';
import { formatQuery, jsonOrFile, sendFile } from './http.ts';
import { areaFigures } from './areas.ts';
import {
  AreaFigures,
  DailyReport,
  IssuedReport,
  IssueResult,
  PeriodComparison,
  PeriodReport,
  ReportDraft,
  ReportDraftWithFigures,
  ReportList,
  REPORT_TEMPLATES,
  ReportTemplate,
  ReviewReport,
  ScopedReportTemplate,
} from './schemas.ts';

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, keyed('bad_clock_time'));
const templateBody = z.object({
  issuing_parent: z.string().trim().min(1).max(200),
  issuing_body: z.string().trim().min(1).max(200),
  number_pattern: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .refine((s) => s.includes('{n}'), keyed('must_contain', { text: '{n}' })),
  place: z.string().trim().min(1).max(100),
  title: z.string().trim().min(1).max(300),
  recipients: z.array(z.string().trim().min(1).max(200)).max(30),
  signer_title: z.string().trim().min(1).max(200),
  signer_name: z.string().trim().max(100),
  narrative_titles: z.array(z.string().trim().min(1).max(200)).max(20),
  schedule: z
    .array(z.object({ time: HHMM, cutoff: HHMM.optional(), template: z.enum(REPORT_TEMPLATES).optional() }))
    .max(12),
});
const narrativeBody = z.object({
  narrative: z.array(z.object({ title: z.string().trim().max(200), text: z.string().max(50_000) })).max(30),
});
const idParams = z.object({ id: z.coerce.number().int().positive() });

/** An instant from the query: ISO with offset, or "YYYY-MM-DD HH:MM" in Viet Nam time. */
function instant(value: string, field: string): Date {
  const d = parseInstant(value);
  if (!d) throw invalid(field, 'bad_instant', { value });
  return d;
}

export async function reportRoutes(app: FastifyInstance, db: Db): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/reports/data-until',
    {
      config: { access: 'reports.read' },
      schema: {
        tags: ['reports'],
        summary:
          "The province's latest record (case, quarantine, sample): the default cut-off when data ends in the past",
        operationId: 'getDataUntil',
        response: { 200: z.object({ last_record_at: z.iso.datetime({ offset: true }).nullable() }) },
      },
    },
    async (req) => ({ last_record_at: await lastRecordAt(db, req.ctx) }),
  );

  r.get(
    '/reports/daily',
    {
      config: { access: 'reports.read' },
      schema: {
        tags: ['reports'],
        summary: 'Daily synthesis report at a cut-off (docs/contracts/daily-report.md), over your jurisdiction',
        operationId: 'getDailyReport',
        querystring: formatQuery.extend({ at: z.string().min(1).max(40) }),
        response: { 200: jsonOrFile(DailyReport, 'The report: JSON, or rendered as ?format= asks') },
      },
    },
    async (req, reply) => {
      const at = instant(req.query.at, 'at');
      if (req.query.format === 'json') return dailyReport(db, req.ctx, at);
      return sendFile(
        reply,
        req.query.format,
        await dailyFile(db, req.ctx, at, req.query.format),
        fileName(req.ctx.province, at, req.query.format),
      );
    },
  );

  r.get(
    '/reports/areas',
    {
      config: { access: 'reports.read' },
      schema: {
        tags: ['reports'],
        summary: "The daily report's area figures per ward at a cut-off (for the map), over your jurisdiction",
        operationId: 'getAreaFigures',
        querystring: z.object({ at: z.string().min(1).max(40) }),
        response: { 200: AreaFigures },
      },
    },
    async (req) => areaFigures(db, req.ctx, instant(req.query.at, 'at')),
  );

  r.get(
    '/reports/period',
    {
      config: { access: 'reports.read' },
      schema: {
        tags: ['reports'],
        summary: 'Period report: against an earlier instant (to, compare[, from]), or a week/month with daily series',
        description:
          'With `compare` (or a `to` that is an instant): the report of docs/contracts/period-report.md, the figures ' +
          'at `to` with their change against `compare` and the new cases in from < t ≤ to (PeriodComparison). ' +
          'Otherwise the week or month containing `date` (default today), or the days `from`..`to`, with daily ' +
          'series (PeriodReport). Over your jurisdiction.',
        operationId: 'getPeriodReport',
        querystring: formatQuery.extend({
          to: z
            .string()
            .min(1)
            .max(40)
            .optional()
            .describe(
              'The cut-off T (an instant: ISO with offset, or YYYY-MM-DD HH:MM in Viet Nam time); a day YYYY-MM-DD for the week/month form',
            ),
          compare: z.string().min(1).max(40).optional().describe('The earlier instant C to compare with (C ≤ T)'),
          from: z
            .string()
            .min(1)
            .max(40)
            .optional()
            .describe('Start A of the period A < t ≤ T (an instant, default C); a day for the week/month form'),
          kind: z.enum(PERIOD_KINDS).optional().describe('Week/month form only (default week)'),
          date: z.iso.date().optional().describe('Week/month form only'),
        }),
        response: {
          200: jsonOrFile(
            z.union([PeriodComparison, PeriodReport]),
            'The report: JSON (PeriodComparison with compare, else PeriodReport), or rendered as ?format= asks',
          ),
        },
      },
    },
    async (req, reply) => {
      const { format, ...q } = req.query;
      const p = periodForm(q);
      if (p.form === 'compare') {
        if (format === 'json') return periodComparison(db, req.ctx, p.q);
        const { body, name } = await comparisonFile(db, req.ctx, p.q, format);
        return sendFile(reply, format, body, name);
      }
      if (format === 'json') return periodReport(db, req.ctx, p.q);
      const { body, name } = await periodFile(db, req.ctx, p.q, format);
      return sendFile(reply, format, body, name);
    },
  );

  r.get(
    '/reports/review',
    {
      config: { access: 'reports.read' },
      schema: {
        tags: ['reports'],
        summary: 'Review-conference report (seed 003, plan 67/KH-BCĐ): its outline filled from records for from..to',
        description:
          "The outline's items with the period's figures (the period report from 00:00 of `from` to 24:00 of `to`, " +
          'entry control, tasks, supplies and funds) and the table quarantine subject group × handling; items without ' +
          'records say so, the assessment and proposals are headings for the officer. Over your jurisdiction.',
        operationId: 'getReviewReport',
        querystring: formatQuery.extend({
          from: z.iso.date().optional().describe('The first day (default 2020-01-01, the start of the epidemic)'),
          to: z.iso.date().describe('The last day'),
        }),
        response: { 200: jsonOrFile(ReviewReport, 'The report: JSON, or rendered as ?format= asks') },
      },
    },
    async (req, reply) => {
      const { format, ...q } = req.query;
      if (format === 'json') return reviewReport(db, req.ctx, q);
      const { body, name } = await reviewFile(db, req.ctx, q, format);
      return sendFile(reply, format, body, name);
    },
  );

  r.get(
    '/reports/template',
    {
      config: { access: 'reports.read' },
      schema: {
        tags: ['reports'],
        summary: 'The report template of your jurisdiction (the default until one is saved)',
        operationId: 'getReportTemplate',
        response: { 200: ScopedReportTemplate },
      },
    },
    (req) => getTemplate(db, req.ctx),
  );
  r.put(
    '/reports/template',
    {
      config: { access: 'reports.issue' },
      schema: {
        tags: ['reports'],
        summary: 'Save the report template (header, recipients, signer, narrative headings, schedule)',
        operationId: 'putReportTemplate',
        body: templateBody,
        response: { 200: ReportTemplate },
      },
    },
    (req) => putTemplate(db, req.ctx, req.body),
  );

  r.get(
    '/reports',
    {
      config: { access: 'reports.read' },
      schema: {
        tags: ['reports'],
        summary: 'Drafts to review and issued reports of your jurisdiction',
        operationId: 'listReports',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).optional() }),
        response: { 200: ReportList },
      },
    },
    (req) => listReports(db, req.ctx, req.query.limit),
  );

  r.post(
    '/reports/drafts',
    {
      config: { access: 'reports.issue' },
      schema: {
        tags: ['reports'],
        summary: 'Draft a report at a cut-off, in the daily layout or a seed template compared with an earlier instant',
        operationId: 'createReportDraft',
        body: z.object({
          at: z.string().min(1).max(40),
          template: z
            .enum(REPORT_TEMPLATES)
            .optional()
            .describe('daily (default), synthesis (seed 000), situation (seed 001), border (seed 004)'),
          compare: z
            .string()
            .min(1)
            .max(40)
            .optional()
            .describe('A seed template: the instant C its figures are compared with (default 24 hours before at)'),
        }),
        response: { 201: ReportDraft },
      },
    },
    // Drafted by hand (no slot), a draft is always made.
    async (req, reply) => {
      const { at, template, compare } = req.body;
      const opts = { template, compare: compare === undefined ? undefined : instant(compare, 'compare') };
      return reply.status(201).send((await createDraft(db, req.ctx, instant(at, 'at'), opts))!);
    },
  );

  r.get(
    '/reports/drafts/:id',
    {
      config: { access: 'reports.read' },
      schema: {
        tags: ['reports'],
        summary: 'A draft with its figures (or as a file to review)',
        operationId: 'getReportDraft',
        params: idParams,
        querystring: formatQuery,
        response: {
          200: jsonOrFile(ReportDraftWithFigures, 'The draft: JSON, or rendered as ?format= asks'),
          ...errors(404),
        },
      },
    },
    async (req, reply) => {
      if (req.query.format === 'json') return getDraft(db, req.ctx, req.params.id);
      const { body, asOf } = await draftFile(db, req.ctx, req.params.id, req.query.format);
      return sendFile(reply, req.query.format, body, `nhap-${fileName(req.ctx.province, asOf, req.query.format)}`);
    },
  );

  r.patch(
    '/reports/drafts/:id',
    {
      config: { access: 'reports.issue' },
      schema: {
        tags: ['reports'],
        summary: 'Edit the narrative of a draft',
        operationId: 'updateReportDraft',
        params: idParams,
        body: narrativeBody,
        response: { 200: ReportDraft, ...errors(404, 409) },
      },
    },
    (req) => updateDraft(db, req.ctx, req.params.id, req.body.narrative),
  );

  r.post(
    '/reports/drafts/:id/issue',
    {
      config: { access: 'reports.issue' },
      schema: {
        tags: ['reports'],
        summary: 'Issue a draft: number it and store the JSON and files, never to change',
        operationId: 'issueReportDraft',
        params: idParams,
        response: { 201: IssueResult, ...errors(404, 409) },
      },
    },
    async (req, reply) => reply.status(201).send(await issueDraft(db, req.ctx, req.params.id)),
  );

  r.get(
    '/reports/issued/:id',
    {
      config: { access: 'reports.read' },
      schema: {
        tags: ['reports'],
        summary: 'An issued report: the snapshot, or its files exactly as issued',
        operationId: 'getIssuedReport',
        params: idParams,
        querystring: formatQuery,
        response: { 200: jsonOrFile(IssuedReport, 'The report as issued: JSON, or its file'), ...errors(404) },
      },
    },
    async (req, reply) => {
      if (req.query.format === 'json') return getIssued(db, req.ctx, req.params.id);
      const { body, asOf } = await issuedFile(db, req.ctx, req.params.id, req.query.format);
      return sendFile(reply, req.query.format, body, fileName(req.ctx.province, asOf, req.query.format));
    },
  );
}
