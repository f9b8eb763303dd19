// The shapes the command API answers with (contracts/command.md for the summary): the OpenAPI document, the
// response serialiser and the services' row types all come from these.
import { z } from 'zod';
import {
  DIRECTIVE_KINDS,
  DIRECTIVE_LEVELS,
  FUND_KINDS,
  MOVEMENT_KINDS,
  RECEIPT_SOURCES,
  SUPPLY_CATEGORIES,
  SUPPORT_GROUPS,
  TASK_STATUSES,
} from './import.ts';

const day = z.iso.date();

const TaskCounts = {
  total: z.number().int(),
  done: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
};

export const CommandSummary = z
  .object({
    at: z.string().describe('The cut-off T (ISO, Viet Nam time)'),
    from: z.string().describe('Start A of the period A < t ≤ T (default T − 24 h)'),
    tasks: z.object({
      ...TaskCounts,
      by_assignee: z.array(z.object({ assignee: z.string(), ...TaskCounts })),
    }),
    supplies: z.array(
      z.object({
        item: z.string(),
        name: z.string(),
        unit: z.string(),
        stock: z.record(z.string(), z.number()).describe('Per store with a movement ≤ T'),
        stock_total: z.number(),
        received: z.number().describe('Receipts in the period'),
        issued: z.number().describe('Issues in the period (transfers are neither)'),
      }),
    ),
    funds: z.object({
      allocation: z.number().int(),
      donation: z.number().int(),
      spending: z.number().int(),
      by_source: z.array(
        z.object({ kind: z.enum(FUND_KINDS), source: z.string().nullable(), amount_vnd: z.number().int() }),
      ),
    }),
    support: z.array(
      z.object({
        programme: z.string(),
        approved: z.number().int(),
        approved_vnd: z.number().int(),
        paid: z.number().int(),
        paid_vnd: z.number().int(),
        paid_pct: z.number(),
      }),
    ),
  })
  .meta({ id: 'CommandSummary' });
export type CommandSummary = z.infer<typeof CommandSummary>;

export const Directive = z
  .object({
    number: z.string(),
    issued_on: day,
    issuer: z.string(),
    kind: z.enum(DIRECTIVE_KINDS),
    subject: z.string(),
    level: z.enum(DIRECTIVE_LEVELS).nullable(),
    file_name: z.string().nullable().describe('The attached PDF/DOCX, when there is one'),
    tasks: z.number().int().describe('Tasks given from it'),
  })
  .meta({ id: 'Directive' });
export type Directive = z.infer<typeof Directive>;

export const Task = z
  .object({
    task_ref: z.string(),
    directive_number: z.string().nullable(),
    title: z.string(),
    assignee: z.string(),
    assignee_name: z.string().describe('The district or ward name for a code, else the department as written'),
    assigned_on: day,
    due_on: day.nullable(),
    status: z.enum(TASK_STATUSES),
    done_on: day.nullable(),
    overdue: z.boolean().describe('Not done nor cancelled and past its deadline (Viet Nam today)'),
  })
  .meta({ id: 'Task' });
export type Task = z.infer<typeof Task>;

export const TaskChange = z
  .object({
    status: z.enum(TASK_STATUSES),
    done_on: day.nullable(),
    note: z.string().nullable(),
    actor: z.string(),
    at: z.date(),
  })
  .meta({ id: 'TaskChange' });
export type TaskChange = z.infer<typeof TaskChange>;

export const TaskDetail = Task.extend({ history: z.array(TaskChange) }).meta({ id: 'TaskDetail' });
export type TaskDetail = z.infer<typeof TaskDetail>;

export const WeeklyProgress = z
  .object({
    weeks: z.array(z.object({ week_start: day, week_end: day })),
    rows: z.array(
      z.object({
        assignee: z.string(),
        assignee_name: z.string(),
        weeks: z.array(z.object({ assigned: z.number().int(), done: z.number().int(), open_at_end: z.number().int() })),
      }),
    ),
  })
  .meta({ id: 'WeeklyProgress' });
export type WeeklyProgress = z.infer<typeof WeeklyProgress>;

export const SupplyItem = z
  .object({ item: z.string(), name: z.string(), unit: z.string(), category: z.enum(SUPPLY_CATEGORIES) })
  .meta({ id: 'SupplyItem' });
export type SupplyItem = z.infer<typeof SupplyItem>;

export const SupplyMovement = z
  .object({
    movement_ref: z.string(),
    item: z.string(),
    name: z.string(),
    unit: z.string(),
    store: z.string(),
    kind: z.enum(MOVEMENT_KINDS),
    quantity: z.number(),
    at: z.date(),
    source: z.enum(RECEIPT_SOURCES).nullable(),
    counterparty: z.string().nullable(),
  })
  .meta({ id: 'SupplyMovement' });
export type SupplyMovement = z.infer<typeof SupplyMovement>;

export const SupplyStore = z
  .object({ store: z.string(), name: z.string(), level: z.enum(['province', 'district', 'facility']) })
  .meta({ id: 'SupplyStore' });
export type SupplyStore = z.infer<typeof SupplyStore>;

export const StockLine = z
  .object({ item: z.string(), name: z.string(), unit: z.string(), store: z.string(), stock: z.number() })
  .meta({ id: 'StockLine' });
export type StockLine = z.infer<typeof StockLine>;

export const Fund = z
  .object({
    fund_ref: z.string(),
    kind: z.enum(FUND_KINDS),
    amount_vnd: z.number().int(),
    at: z.date(),
    source: z.string().nullable(),
    purpose: z.string().nullable(),
  })
  .meta({ id: 'Fund' });
export type Fund = z.infer<typeof Fund>;

export const Donor = z
  .object({
    donor: z.string(),
    donations: z.number().int().describe('Cash donations (funds of kind donation)'),
    in_kind: z.number().int().describe('Supply receipts with source donation from this donor (counterparty)'),
    amount_vnd: z.number().int().describe('Cash only'),
    last_at: z.date(),
  })
  .meta({ id: 'Donor' });
export type Donor = z.infer<typeof Donor>;

export const Beneficiary = z
  .object({
    beneficiary_ref: z.string(),
    programme: z.string(),
    group: z.enum(SUPPORT_GROUPS).nullable(),
    approved_on: day,
    amount_vnd: z.number().int(),
    paid_on: day.nullable(),
    ward_code: z.string().nullable(),
  })
  .meta({ id: 'Beneficiary' });
export type Beneficiary = z.infer<typeof Beneficiary>;

export const SupportProgress = z
  .object({
    programme: z.string(),
    district_code: z.string().nullable().describe('null: beneficiaries without a ward'),
    district_name: z.string().nullable(),
    approved: z.number().int(),
    approved_vnd: z.number().int(),
    paid: z.number().int(),
    paid_vnd: z.number().int(),
    paid_pct: z.number(),
  })
  .meta({ id: 'SupportProgress' });
export type SupportProgress = z.infer<typeof SupportProgress>;
