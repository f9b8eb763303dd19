// Command API (issue 22): the summary (contracts/command.md), directives with their files, tasks, supplies, funds
// and social support, each list also as XLSX. Reading needs command.read; tasks, supplies and support changes
// command.write; directives and funds command.manage. Tasks follow the assignee's jurisdiction (service.ts).
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import { requireAccess } from '../auth/scope.ts';
import { errors, file } from '../api/openapi.ts';
import { AppError } from '../shared/errors.ts';
import { toVnIso } from '../shared/time.ts';
import { CONTENT_TYPES, FORMATS } from '../reports/service.ts';
import { commandFile } from '../reports/command.ts';
import {
  Beneficiary,
  CommandSummary,
  Directive,
  Donor,
  Fund,
  StockLine,
  SupplyItem,
  SupplyMovement,
  SupplyStore,
  SupportProgress,
  Task,
  TaskDetail,
  WeeklyProgress,
} from './schemas.ts';
import { commandSummary } from './summary.ts';
import {
  attachDirectiveFile,
  createDirective,
  createFromConclusions,
  createTask,
  DIRECTIVE_FILE_TYPES,
  directiveFile,
  getDirective,
  getTask,
  listDirectives,
  listTasks,
  updateTask,
  weeklyProgress,
} from './service.ts';
import {
  addFund,
  addMovement,
  listBeneficiaries,
  listDonors,
  listFunds,
  listItems,
  listMovements,
  listStores,
  putItem,
  stockAt,
  supportByDistrict,
} from './supplies.ts';
import {
  DIRECTIVE_KINDS,
  DIRECTIVE_LEVELS,
  FUND_KINDS,
  RECEIPT_SOURCES,
  SUPPLY_CATEGORIES,
  TASK_STATUSES,
} from './import.ts';
import {
  DIRECTIVE_COLUMNS,
  FUND_COLUMNS,
  listXlsx,
  MOVEMENT_COLUMNS,
  STOCK_COLUMNS,
  SUPPORT_COLUMNS,
  TASK_COLUMNS,
} from './xlsx.ts';

const instant = z.iso.datetime({ offset: true });
const day = z.iso.date();
const ref = z.string().trim().min(1).max(64);
const words = (max: number) => z.string().trim().min(1).max(max);
const atQuery = z.object({ at: instant.optional() });
const numberParams = z.object({ number: z.string().min(1).max(100) });
const refParams = z.object({ ref });
const taskQuery = z.object({
  assignee: z.string().max(100).optional(),
  status: z.enum(TASK_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  directive_number: z.string().max(100).optional(),
});
const directiveQuery = z.object({ q: z.string().max(200).optional(), kind: z.enum(DIRECTIVE_KINDS).optional() });
const movementQuery = z.object({
  item: z.string().max(64).optional(),
  store: z.string().max(32).optional(),
  limit: z.coerce.number().int().min(1).max(5000).optional(),
});
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_FILE = 20 << 20;

const sendXlsx = (reply: FastifyReply, name: string, body: Buffer) =>
  reply.type(XLSX).header('content-disposition', `attachment; filename="${name}"`).send(body);
const atOf = (at: string | undefined) => (at ? new Date(at) : new Date());
const taskFilter = (q: z.infer<typeof taskQuery>) => ({
  ...q,
  overdue: q.overdue === undefined ? undefined : q.overdue === 'true',
});

export async function commandRoutes(app: FastifyInstance, db: Db): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['command'];
  // A directive's file arrives as the request body, typed by its media type.
  app.addContentTypeParser(
    Object.keys(DIRECTIVE_FILE_TYPES),
    { parseAs: 'buffer', bodyLimit: MAX_FILE },
    (_req, body, done) => done(null, body),
  );

  r.get(
    '/command/summary',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary:
          'Tasks, supplies, funds and social support as of T; received/issued in A < t ≤ T (contracts/command.md)',
        operationId: 'getCommandSummary',
        querystring: z.object({ at: instant, from: instant.optional(), format: z.enum(FORMATS).default('json') }),
        response: {
          200: {
            description: 'The summary: JSON, or rendered as ?format= asks',
            content: {
              'application/json': { schema: CommandSummary as z.ZodType },
              ...file('', 'html', 'docx', 'xlsx').content,
            },
          },
        },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      const at = new Date(req.query.at),
        from = req.query.from ? new Date(req.query.from) : undefined;
      if (req.query.format === 'json') return commandSummary(db, req.ctx, at, from);
      const { body, name } = await commandFile(db, req.ctx, at, from, req.query.format);
      return reply
        .type(CONTENT_TYPES[req.query.format])
        .header('content-disposition', `${req.query.format === 'html' ? 'inline' : 'attachment'}; filename="${name}"`)
        .send(body);
    },
  );

  // Directives
  r.get(
    '/command/directives',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary: 'Directives, newest first; q: words of the number, subject or issuer, with or without diacritics',
        operationId: 'listDirectives',
        querystring: directiveQuery,
        response: { 200: z.array(Directive) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      return listDirectives(db, req.ctx, req.query);
    },
  );
  r.get(
    '/command/directives.xlsx',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary: 'The directives list as XLSX',
        operationId: 'downloadDirectivesXlsx',
        querystring: directiveQuery,
        response: { 200: file('The list', 'xlsx') },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      const rows = await listDirectives(db, req.ctx, req.query);
      return sendXlsx(
        reply,
        'van-ban-chi-dao.xlsx',
        await listXlsx('directives', DIRECTIVE_COLUMNS, rows, req.ctx.lang),
      );
    },
  );
  r.post(
    '/command/directives',
    {
      config: { access: 'command.manage' },
      schema: {
        tags,
        summary: 'Register a directive',
        operationId: 'createDirective',
        body: z.object({
          number: words(100),
          issued_on: day,
          issuer: words(200),
          kind: z.enum(DIRECTIVE_KINDS).default('other'),
          subject: words(1000),
          level: z.enum(DIRECTIVE_LEVELS).nullish(),
        }),
        response: { 201: Directive, ...errors(409) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'command.manage' });
      return reply.status(201).send(await createDirective(db, req.ctx, req.body));
    },
  );
  r.get(
    '/command/directives/:number',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary: 'One directive',
        operationId: 'getDirective',
        params: numberParams,
        response: { 200: Directive, ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      return getDirective(db, req.ctx, req.params.number);
    },
  );
  r.put(
    '/command/directives/:number/file',
    {
      config: { access: 'command.manage' },
      schema: {
        tags,
        summary: 'Attach the directive’s file (PDF or DOCX as the body; ?name= the file name)',
        operationId: 'attachDirectiveFile',
        params: numberParams,
        querystring: z.object({ name: z.string().trim().min(1).max(200) }),
        body: z.any().meta({ format: 'binary' }),
        response: { 200: Directive, ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'command.manage' });
      const type = (req.headers['content-type'] ?? '').split(';')[0].trim();
      if (!(type in DIRECTIVE_FILE_TYPES) || !Buffer.isBuffer(req.body) || !req.body.length)
        throw new AppError(400, 'bad_directive_file', {}, 'body');
      return attachDirectiveFile(db, req.ctx, req.params.number, { name: req.query.name, type, data: req.body });
    },
  );
  r.get(
    '/command/directives/:number/file',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary: 'Download the directive’s file',
        operationId: 'downloadDirectiveFile',
        params: numberParams,
        response: {
          200: {
            description: 'The file as uploaded',
            content: Object.fromEntries(
              Object.keys(DIRECTIVE_FILE_TYPES).map((t) => [
                t,
                { schema: z.string().meta({ format: 'binary' }) as z.ZodType },
              ]),
            ),
          },
          ...errors(404),
        },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      const f = await directiveFile(db, req.ctx, req.params.number);
      return reply
        .type(f.content_type)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.file_name)}`)
        .send(f.data);
    },
  );

  // Tasks
  r.get(
    '/command/tasks',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary: 'Tasks in your jurisdiction, by assignee then deadline; filters: assignee, status, overdue, directive',
        operationId: 'listTasks',
        querystring: taskQuery,
        response: { 200: z.array(Task) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      return listTasks(db, req.ctx, taskFilter(req.query));
    },
  );
  r.get(
    '/command/tasks.xlsx',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary: 'The tasks list as XLSX (same filters)',
        operationId: 'downloadTasksXlsx',
        querystring: taskQuery,
        response: { 200: file('The list', 'xlsx') },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      const rows = await listTasks(db, req.ctx, taskFilter(req.query));
      return sendXlsx(reply, 'nhiem-vu.xlsx', await listXlsx('tasks', TASK_COLUMNS, rows, req.ctx.lang));
    },
  );
  r.get(
    '/command/tasks/weekly',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary: 'Weekly progress per assignee: assigned, done, open at the week’s end (weeks ending with date’s)',
        operationId: 'getWeeklyProgress',
        querystring: z.object({ date: day.optional(), weeks: z.coerce.number().int().min(1).max(26).default(4) }),
        response: { 200: WeeklyProgress },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      const date = req.query.date ?? toVnIso(new Date()).slice(0, 10);
      return weeklyProgress(db, req.ctx, date, req.query.weeks);
    },
  );
  r.post(
    '/command/tasks',
    {
      config: { access: 'command.write' },
      schema: {
        tags,
        summary: 'Give a task (from a directive or not); task_ref generated when not given',
        operationId: 'createTask',
        body: z.object({
          task_ref: ref.optional(),
          directive_number: z.string().max(100).nullish(),
          title: words(1000),
          assignee: words(100),
          assigned_on: day,
          due_on: day.nullish(),
        }),
        response: { 201: TaskDetail, ...errors(409) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'command.write' });
      return reply.status(201).send(await createTask(db, req.ctx, req.body));
    },
  );
  r.post(
    '/command/tasks/conclusions',
    {
      config: { access: 'command.write' },
      schema: {
        tags,
        summary: 'A meeting’s conclusions: one task per line, each with its assignee (all or none)',
        operationId: 'createTasksFromConclusions',
        body: z.object({
          held_on: day,
          directive_number: z.string().max(100).nullish(),
          lines: z
            .array(z.object({ title: words(1000), assignee: words(100), due_on: day.nullish() }))
            .min(1)
            .max(200),
        }),
        response: { 201: z.array(Task) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'command.write' });
      return reply.status(201).send(await createFromConclusions(db, req.ctx, req.body));
    },
  );
  r.get(
    '/command/tasks/:ref',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary: 'One task with its status history (who, when)',
        operationId: 'getTask',
        params: refParams,
        response: { 200: TaskDetail, ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      return getTask(db, req.ctx, req.params.ref);
    },
  );
  r.patch(
    '/command/tasks/:ref',
    {
      config: { access: 'command.write' },
      schema: {
        tags,
        summary: 'Change a task’s status (done: done_on, default today), deadline or assignee; recorded with who/when',
        operationId: 'updateTask',
        params: refParams,
        body: z.object({
          status: z.enum(TASK_STATUSES).optional(),
          done_on: day.nullish(),
          due_on: day.nullish(),
          assignee: words(100).optional(),
          note: z.string().trim().max(1000).nullish(),
        }),
        response: { 200: TaskDetail, ...errors(404) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'command.write' });
      return updateTask(db, req.ctx, req.params.ref, req.body);
    },
  );

  // Supplies
  r.get(
    '/command/supplies/items',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary: 'The item catalogue',
        operationId: 'listSupplyItems',
        response: { 200: z.array(SupplyItem) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      return listItems(db, req.ctx);
    },
  );
  r.put(
    '/command/supplies/items/:ref',
    {
      config: { access: 'command.write' },
      schema: {
        tags,
        summary: 'Add or change a catalogue item',
        operationId: 'putSupplyItem',
        params: refParams,
        body: z.object({ name: words(200), unit: words(20), category: z.enum(SUPPLY_CATEGORIES).default('other') }),
        response: { 200: SupplyItem },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'command.write' });
      return putItem(db, req.ctx, { item: req.params.ref, ...req.body });
    },
  );
  r.get(
    '/command/supplies/stores',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary: 'Stores: the province’s, each district’s, each facility’s',
        operationId: 'listSupplyStores',
        response: { 200: z.array(SupplyStore) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      return listStores(db, req.ctx);
    },
  );
  r.get(
    '/command/supplies/stock',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary: 'Each store’s stock of each item at an instant (default now)',
        operationId: 'getSupplyStock',
        querystring: atQuery,
        response: { 200: z.array(StockLine) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      return stockAt(db, req.ctx, atOf(req.query.at));
    },
  );
  r.get(
    '/command/supplies/stock.xlsx',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary: 'The stock as XLSX',
        operationId: 'downloadSupplyStockXlsx',
        querystring: atQuery,
        response: { 200: file('The list', 'xlsx') },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      const at = atOf(req.query.at);
      const rows = await stockAt(db, req.ctx, at);
      const when = toVnIso(at).slice(0, 16).replace('T', ' ');
      return sendXlsx(reply, 'ton-kho.xlsx', await listXlsx('stock', STOCK_COLUMNS, rows, req.ctx.lang, when));
    },
  );
  r.get(
    '/command/supplies/movements',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary: 'Movements, newest first',
        operationId: 'listSupplyMovements',
        querystring: movementQuery,
        response: { 200: z.array(SupplyMovement) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      return listMovements(db, req.ctx, req.query);
    },
  );
  r.get(
    '/command/supplies/movements.xlsx',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary: 'Movements as XLSX',
        operationId: 'downloadSupplyMovementsXlsx',
        querystring: movementQuery,
        response: { 200: file('The list', 'xlsx') },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      const rows = await listMovements(db, req.ctx, req.query);
      return sendXlsx(
        reply,
        'nhap-xuat-vat-tu.xlsx',
        await listXlsx('movements', MOVEMENT_COLUMNS, rows, req.ctx.lang),
      );
    },
  );
  r.post(
    '/command/supplies/movements',
    {
      config: { access: 'command.write' },
      schema: {
        tags,
        summary: 'Record a receipt, issue, transfer (two movements) or stock count adjustment; below zero is refused',
        operationId: 'addSupplyMovement',
        body: z.object({
          movement_ref: ref.optional(),
          item: ref,
          store: words(32),
          kind: z.enum(['receipt', 'issue', 'transfer', 'adjustment']),
          quantity: z.number().finite(),
          at: instant,
          source: z.enum(RECEIPT_SOURCES).nullish(),
          counterparty: z.string().trim().max(200).nullish(),
          to_store: z.string().trim().max(32).nullish(),
        }),
        response: { 201: z.array(SupplyMovement), ...errors(409) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'command.write' });
      return reply.status(201).send(await addMovement(db, req.ctx, { ...req.body, at: new Date(req.body.at) }));
    },
  );

  // Funds
  r.get(
    '/command/funds',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary: 'Allocations, donations and spending, newest first',
        operationId: 'listFunds',
        querystring: z.object({ kind: z.enum(FUND_KINDS).optional() }),
        response: { 200: z.array(Fund) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      return listFunds(db, req.ctx, req.query.kind);
    },
  );
  r.get(
    '/command/funds.xlsx',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary: 'Funds as XLSX',
        operationId: 'downloadFundsXlsx',
        querystring: z.object({ kind: z.enum(FUND_KINDS).optional() }),
        response: { 200: file('The list', 'xlsx') },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      const rows = await listFunds(db, req.ctx, req.query.kind);
      return sendXlsx(reply, 'kinh-phi.xlsx', await listXlsx('funds', FUND_COLUMNS, rows, req.ctx.lang));
    },
  );
  r.post(
    '/command/funds',
    {
      config: { access: 'command.manage' },
      schema: {
        tags,
        summary: 'Record an allocation, a cash donation or a spending',
        operationId: 'addFund',
        body: z.object({
          fund_ref: ref.optional(),
          kind: z.enum(FUND_KINDS),
          amount_vnd: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
          at: instant,
          source: z.string().trim().max(200).nullish(),
          purpose: z.string().trim().max(500).nullish(),
        }),
        response: { 201: Fund, ...errors(409) },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'command.manage' });
      return reply.status(201).send(await addFund(db, req.ctx, { ...req.body, at: new Date(req.body.at) }));
    },
  );
  r.get(
    '/command/funds/donors',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary: 'Donors of cash with their totals, largest first',
        operationId: 'listDonors',
        response: { 200: z.array(Donor) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      return listDonors(db, req.ctx);
    },
  );

  // Social support
  r.get(
    '/command/support/progress',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary: 'Beneficiaries approved and paid per programme and district at an instant (default now)',
        operationId: 'getSupportProgress',
        querystring: atQuery,
        response: { 200: z.array(SupportProgress) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      return supportByDistrict(db, req.ctx, atOf(req.query.at));
    },
  );
  r.get(
    '/command/support/beneficiaries',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary: 'Beneficiaries approved, with amount and payment; filters: programme, district, unpaid',
        operationId: 'listBeneficiaries',
        querystring: z.object({
          programme: z.string().max(64).optional(),
          district: z.string().max(16).optional(),
          unpaid: z.enum(['true', 'false']).optional(),
          limit: z.coerce.number().int().min(1).max(5000).optional(),
        }),
        response: { 200: z.array(Beneficiary) },
      },
    },
    async (req) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      return listBeneficiaries(db, req.ctx, { ...req.query, unpaid: req.query.unpaid === 'true' });
    },
  );
  r.get(
    '/command/support/progress.xlsx',
    {
      config: { access: 'command.read' },
      schema: {
        tags,
        summary: 'Support progress as XLSX',
        operationId: 'downloadSupportProgressXlsx',
        querystring: atQuery,
        response: { 200: file('The list', 'xlsx') },
      },
    },
    async (req, reply) => {
      await requireAccess(db, req.ctx, { permission: 'command.read' });
      const rows = await supportByDistrict(db, req.ctx, atOf(req.query.at));
      return sendXlsx(reply, 'an-sinh.xlsx', await listXlsx('support', SUPPORT_COLUMNS, rows, req.ctx.lang));
    },
  );
}
