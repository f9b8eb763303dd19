// The public side of entry control, reached without login: the health declaration form of a checkpoint (QR code)
// and the guest report of an accommodation (the host's link), their API, and the static page that serves both.
// Abuse protection is cheap by design: a per-IP rate limit per route, small body limits, the site's form token
// (from the QR code / link), a honeypot field, and one stored row per person per site per 10 minutes.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { runImport } from '../imports/pipeline.ts';
import {
  declarationBatcher,
  newRef,
  toDeclaration,
  type Declaration,
  type DeclarationInput,
  type SiteRef,
} from './declarations.ts';
import { publicForm } from './sites.ts';
import { originUnits } from './origin.ts';
import { guestsKind } from './import.ts';
import {
  DeclarationReceipt,
  GuestImportResult,
  OriginUnit,
  PublicForm,
  guestBody,
  publicDeclarationBody,
} from './schemas.ts';
import { validationEnv } from './routes.ts';
import { errors, file } from '../api/openapi.ts';
import { vi } from './locales/vi.ts';
import { en } from './locales/en.ts';

/** Per-IP limits. A checkpoint queue on one mobile network can share an address, hence not lower. */
export const LIMITS = {
  declare: { max: 30, timeWindow: '1 minute' },
  guests: { max: 120, timeWindow: '1 minute' },
  guestsCsv: { max: 10, timeWindow: '1 minute' },
  form: { max: 60, timeWindow: '1 minute' },
  units: { max: 300, timeWindow: '1 minute' },
};
const GUEST_CSV_MAX_BYTES = 2 << 20;

const formParams = z.object({ kind: z.enum(['checkpoint', 'accommodation']), code: z.string().min(1).max(32) });
const tokenQuery = z.object({ t: z.string().min(1).max(64) });
const sentBefore = DeclarationReceipt.describe('Sent before: the first receipt (duplicate: true)');

/** What a bot that fills the hidden field is told: a plausible receipt, and nothing is stored. */
const decoy = (): DeclarationReceipt => ({
  declaration_ref: newRef('QR'),
  declared_at: new Date(),
  duplicate: false,
  outbreak_area: null,
  zone_level: null,
  outbreak_measure: null,
});

export async function publicEntryRoutes(app: FastifyInstance, db: Db): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const env = validationEnv(db);
  const tags = ['public'];
  /** The public form asks what a checkpoint officer needs: phone, birth year, sex, and where from. */
  const required = (b: DeclarationInput) => [
    'phone',
    'birth_year',
    'sex',
    ...((b.from_country || 'VN').toUpperCase() === 'VN' ? ['from_province'] : ['from_country']),
  ];

  const declare = declarationBatcher(db);
  const store = async (ctx: Ctx, d: Declaration, site: SiteRef) => {
    const stored = await declare(ctx, d, site);
    if (!stored) throw new AppError(404, 'form_not_found', {}, 't');
    return stored;
  };

  r.get(
    '/public/entry/forms/:kind/:code',
    {
      config: { access: 'public', rateLimit: LIMITS.form },
      schema: {
        tags,
        summary: 'What the public form of a site shows (404 for a wrong code or token)',
        operationId: 'getPublicForm',
        params: formParams,
        querystring: tokenQuery,
        response: { 200: PublicForm, ...errors(404) },
      },
    },
    async (req) => {
      const form = await publicForm(db, req.ctx.province, req.params.kind, req.params.code, req.query.t);
      if (!form) throw new AppError(404, 'form_not_found', {}, 't');
      return form;
    },
  );
  r.get(
    '/public/entry/units',
    {
      config: { access: 'public', rateLimit: LIMITS.units },
      schema: {
        tags,
        summary: 'Provinces, or the units under one (national list), for the origin pickers',
        operationId: 'listOriginUnits',
        querystring: z.object({ parent: z.string().max(10).optional() }),
        response: { 200: z.array(OriginUnit) },
      },
    },
    async (req, reply) => {
      const { geography } = await env(req.ctx);
      return reply.header('cache-control', 'public, max-age=86400').send(originUnits(geography, req.query.parent));
    },
  );

  r.post(
    '/public/entry/declarations',
    {
      bodyLimit: 8 << 10,
      logLevel: 'warn', // a queue of travellers is not news: each declaration is in the audit log, errors still logged
      config: { access: 'public', rateLimit: LIMITS.declare },
      schema: {
        tags,
        summary: "Submit a health declaration from a checkpoint's QR form; returns the receipt code",
        operationId: 'submitDeclaration',
        body: publicDeclarationBody,
        response: { 201: DeclarationReceipt, 200: sentBefore, ...errors(404, 413) },
      },
    },
    async (req, reply) => {
      const { website, checkpoint_code, t, ...input } = req.body;
      if (website) return reply.status(201).send(decoy());
      const d = toDeclaration(input, 'qr', { ...(await env(req.ctx)), required: required(input) });
      const stored = await store({ ...req.ctx, actor: `qr:${checkpoint_code}` }, d, {
        kind: 'checkpoint',
        code: checkpoint_code,
        token: t,
      });
      return reply.status(stored.duplicate ? 200 : 201).send(stored);
    },
  );

  const guestParams = z.object({ code: z.string().min(1).max(32) });
  r.post(
    '/public/entry/accommodations/:code/guests',
    {
      bodyLimit: 8 << 10,
      config: { access: 'public', rateLimit: LIMITS.guests },
      schema: {
        tags,
        summary: 'A host reports one guest through its link',
        operationId: 'reportGuest',
        params: guestParams,
        querystring: tokenQuery,
        body: guestBody,
        response: { 201: DeclarationReceipt, 200: sentBefore, ...errors(404, 413) },
      },
    },
    async (req, reply) => {
      const { website, ...input } = req.body;
      if (website) return reply.status(201).send(decoy());
      const d = toDeclaration(input, 'accommodation', { ...(await env(req.ctx)), required: ['id_number'] });
      const stored = await store({ ...req.ctx, actor: `accommodation:${req.params.code}` }, d, {
        kind: 'accommodation',
        code: req.params.code,
        token: req.query.t,
      });
      return reply.status(stored.duplicate ? 200 : 201).send(stored);
    },
  );
  r.post(
    '/public/entry/accommodations/:code/guests.csv',
    {
      config: { access: 'public', rateLimit: LIMITS.guestsCsv },
      schema: {
        tags,
        summary: 'A host uploads its guest list (CSV, the declarations format without site columns)',
        operationId: 'importGuests',
        params: guestParams,
        querystring: tokenQuery,
        response: {
          200: GuestImportResult,
          422: GuestImportResult.describe('Rows rejected: nothing stored'),
          ...errors(404, 413, 415),
        },
      },
    },
    async (req, reply) => {
      const form = await publicForm(db, req.ctx.province, 'accommodation', req.params.code, req.query.t);
      if (!form) throw new AppError(404, 'form_not_found', {}, 't');
      const csv = await readLimited(req.body, GUEST_CSV_MAX_BYTES);
      const ctx: Ctx = { ...req.ctx, actor: `accommodation:${req.params.code}`, wards: [form.site.ward_code] };
      const result = await runImport(db, ctx, guestsKind(req.params.code), Readable.from([csv]), {
        env: await env(req.ctx),
        fileName: 'guests.csv',
      });
      return reply.status(result.rejected.length ? 422 : 200).send(result);
    },
  );
}

/** A body (stream or text) read whole, refusing more than `max` bytes. */
async function readLimited(body: unknown, max: number): Promise<string> {
  if (typeof body === 'string') {
    if (Buffer.byteLength(body) > max) throw new AppError(413, 'too_long', { max });
    return body;
  }
  if (!(body instanceof Readable)) throw new AppError(400, 'csv_body_required', {}, 'body');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of body) {
    size += (c as Buffer).length;
    if (size > max) throw new AppError(413, 'too_long', { max });
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

// ---- the page ----------------------------------------------------------------------------------------------

const WEB = new URL('../../web-public/', import.meta.url);
const JS = 'text/javascript; charset=utf-8';

/**
 * Serves the declaration page (one HTML for both forms, the script decides from the path) and its assets: the files
 * of web-public/ and text.js, the form's texts (the catalogues of ./locales) as the module the script imports.
 */
export async function publicEntryPages(app: FastifyInstance): Promise<void> {
  const read = (name: string) => readFileSync(new URL(name, WEB), 'utf8');
  const html = read('index.html');
  const assets: Record<string, [type: string, body: string]> = {
    'form.js': [JS, read('form.js')],
    'form.css': ['text/css; charset=utf-8', read('form.css')],
    'text.js': [JS, `export const TEXT = ${JSON.stringify({ vi, en })};\n`],
  };
  // The token travels in the page's URL; helmet's Referrer-Policy (no-referrer) keeps it from leaking onwards.
  const page = (_req: unknown, reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
  // Open to anyone: the page is the same for every code; its script asks the API and shows a wrong code's refusal.
  const pageSchema = (summary: string, operationId: string) => ({
    config: { access: 'public' as const },
    schema: {
      tags: ['public'],
      summary,
      operationId,
      params: z.object({ code: z.string() }),
      response: { 200: file('The form page; its script reads the token (t) from the address', 'html') },
    },
  });
  app.get(
    '/khai-bao/:code',
    pageSchema("A checkpoint's declaration form (the QR code's target)", 'getDeclarationPage'),
    page,
  );
  app.get('/luu-tru/:code', pageSchema("A host's guest report form (its link)", 'getGuestReportPage'), page);
  // The page's script and style: not API.
  app.get('/khai-bao-assets/:file', { schema: { hide: true } }, (req, reply) => {
    const file = (req.params as { file: string }).file;
    if (!Object.hasOwn(assets, file)) return reply.callNotFound();
    const [type, body] = assets[file];
    return reply.header('cache-control', 'public, max-age=3600').type(type).send(body);
  });
}
