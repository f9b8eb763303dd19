// Import kinds of the command module (contracts/command.md): directives, tasks, supply_items, supply_movements,
// funds, support. Every reference is checked set-based against the stored rows and the file's own rows; a file
// that would take a store's stock below zero is refused on the row that does it, naming the stock it had.
import { upsertFromStaging, type ImportKind } from '../imports/pipeline.ts';
import { code, date, instant, oneOf, text, type CellParser } from '../imports/fields.ts';
import { parseDate } from '../shared/time.ts';

export const DIRECTIVE_KINDS = [
  'chi_thi',
  'cong_dien',
  'cong_van',
  'ke_hoach',
  'quyet_dinh',
  'thong_bao',
  'nghi_quyet',
  'other',
] as const;
export const DIRECTIVE_LEVELS = ['national', 'province', 'district'] as const;
export const TASK_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export const SUPPLY_CATEGORIES = ['ppe', 'disinfectant', 'test_kit', 'equipment', 'medicine', 'other'] as const;
export const MOVEMENT_KINDS = ['receipt', 'issue', 'transfer_out', 'transfer_in', 'adjustment'] as const;
export const RECEIPT_SOURCES = ['budget', 'moh', 'donation', 'other'] as const;
export const FUND_KINDS = ['allocation', 'donation', 'spending'] as const;
export const SUPPORT_GROUPS = ['worker', 'household_business', 'child', 'lottery_seller', 'other'] as const;

/** Whole đồng, never negative; thousands may be grouped with dots, commas or spaces (1.370.000). */
export const money: CellParser<number> = (cell) => {
  const digits = /^\d{1,3}([., ]\d{3})+$/.test(cell) ? cell.replace(/[., ]/g, '') : cell;
  const v = /^\d+$/.test(digits) ? Number(digits) : NaN;
  return Number.isSafeInteger(v) ? { ok: v } : { error: 'negative_amount', params: { value: cell } };
};

/** A quantity: a decimal number, sign allowed (the row decides whether a negative one is allowed). */
export const quantity: CellParser<string> = (cell) =>
  /^-?\d+(\.\d+)?$/.test(cell) ? { ok: cell } : { error: 'bad_number', params: { value: cell } };

/** An instant, or a date alone read as the start of its Viet Nam day. */
export const instantOrDate: CellParser<Date> = (cell) => {
  const d = parseDate(cell);
  return d ? { ok: new Date(`${d}T00:00:00+07:00`) } : instant(cell);
};

export const directivesKind: ImportKind = {
  kind: 'directives',
  permission: 'command.manage',
  columns: {
    number: { required: true, parse: text(100) },
    issued_on: { required: true, parse: date },
    issuer: { required: true, parse: text(200) },
    kind: { parse: oneOf(DIRECTIVE_KINDS) },
    subject: { required: true, parse: text(1000) },
    level: { parse: oneOf(DIRECTIVE_LEVELS) },
  },
  staging: { number: 'text', issued_on: 'date', issuer: 'text', kind: 'text', subject: 'text', level: 'text' },
  key: ['number'],
  stage: (c) => [c.number, c.issued_on, c.issuer, c.kind ?? 'other', c.subject, c.level ?? null],
  apply: (tx, ctx) =>
    upsertFromStaging(tx, ctx, {
      table: 'command_directives',
      entity: 'directive',
      conflict: ['number'],
      keyExpr: 'up.number',
      touch: 'updated_at',
      insertOnly: { number: 's.number' },
      set: { issued_on: 's.issued_on', issuer: 's.issuer', kind: 's.kind', subject: 's.subject', level: 's.level' },
      keepIfEmpty: ['level'],
    }),
};

/** A district or ward code of the province (an assignee that is not a department). */
const ASSIGNEE_IS_UNIT = `EXISTS (SELECT 1 FROM admin_units u WHERE u.province_code = $1 AND u.level IN ('district', 'ward')
                                  AND u.code = s.assignee)`;

export const tasksKind: ImportKind = {
  kind: 'tasks',
  permission: 'command.write',
  columns: {
    task_ref: { required: true, parse: code(64) },
    directive_number: { parse: text(100) },
    title: { required: true, parse: text(1000) },
    assignee: { required: true, parse: text(100) },
    assigned_on: { required: true, parse: date },
    due_on: { parse: date },
    status: { parse: oneOf(TASK_STATUSES) },
    done_on: { parse: date },
  },
  staging: {
    task_ref: 'text',
    directive_number: 'text',
    title: 'text',
    assignee: 'text',
    assigned_on: 'date',
    due_on: 'date',
    status: 'text',
    done_on: 'date',
  },
  key: ['task_ref'],
  stage(c) {
    const status = (c.status as string | undefined) ?? 'open';
    const assigned = c.assigned_on as string;
    if (c.due_on && (c.due_on as string) < assigned)
      return [
        { column: 'due_on', key: 'due_before_assigned', params: { due_on: day(c.due_on), assigned_on: day(assigned) } },
      ];
    if (status === 'done' && !c.done_on) return [{ column: 'done_on', key: 'done_on_required' }];
    if (status !== 'done' && c.done_on) return [{ column: 'done_on', key: 'done_on_without_done' }];
    if (c.done_on && (c.done_on as string) < assigned)
      return [
        {
          column: 'done_on',
          key: 'done_before_assigned',
          params: { done_on: day(c.done_on), assigned_on: day(assigned) },
        },
      ];
    return [
      c.task_ref,
      c.directive_number ?? null,
      c.title,
      c.assignee,
      assigned,
      c.due_on ?? null,
      status,
      c.done_on ?? null,
    ];
  },
  checks: [
    {
      column: 'directive_number',
      key: 'unknown_directive',
      sql: `SELECT s.line, s.directive_number AS value FROM import_staging s WHERE s.directive_number IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM command_directives d WHERE d.province_code = $1 AND d.number = s.directive_number)`,
    },
    {
      // Codes are digits; a department's short name has letters.
      column: 'assignee',
      key: 'unknown_assignee',
      sql: `SELECT s.line, s.assignee AS value FROM import_staging s WHERE s.assignee ~ '^[0-9]+$' AND NOT ${ASSIGNEE_IS_UNIT}`,
    },
  ],
  // A district or ward user imports only tasks assigned within its jurisdiction, and changes only such stored ones.
  scopeCheck: `SELECT s.line, 'assignee' AS column, CASE WHEN command_assignee_in_scope($1, s.assignee, $2) THEN t.assignee ELSE s.assignee END AS value
                 FROM import_staging s
                 LEFT JOIN command_tasks t ON t.province_code = $1 AND t.task_ref = s.task_ref
                WHERE NOT command_assignee_in_scope($1, s.assignee, $2)
                   OR (t.task_ref IS NOT NULL AND NOT command_assignee_in_scope($1, t.assignee, $2))`,
  async apply(tx, ctx) {
    const counts = await upsertFromStaging(tx, ctx, {
      table: 'command_tasks',
      entity: 'task',
      conflict: ['task_ref'],
      keyExpr: 'up.task_ref',
      touch: 'updated_at',
      insertOnly: { task_ref: 's.task_ref' },
      set: {
        directive_number: 's.directive_number',
        title: 's.title',
        assignee: 's.assignee',
        assigned_on: 's.assigned_on',
        due_on: 's.due_on',
        status: 's.status',
        done_on: 's.done_on',
      },
      keepIfEmpty: ['directive_number', 'due_on'],
    });
    await recordStatusChanges(tx, ctx.province, ctx.actor);
    return counts;
  },
};

/** The status history gains a line for each imported task whose status differs from its last recorded one. */
async function recordStatusChanges(tx: Parameters<ImportKind['apply']>[0], province: string, actor: string) {
  await tx.query(
    `INSERT INTO command_task_history (province_code, task_ref, status, done_on, actor)
     SELECT t.province_code, t.task_ref, t.status, t.done_on, $2
       FROM command_tasks t JOIN import_staging s ON s.task_ref = t.task_ref
       LEFT JOIN LATERAL (SELECT h.status, h.done_on FROM command_task_history h
                           WHERE h.province_code = t.province_code AND h.task_ref = t.task_ref
                           ORDER BY h.change_id DESC LIMIT 1) last ON true
      WHERE t.province_code = $1 AND (last.status IS NULL OR (last.status, last.done_on) IS DISTINCT FROM (t.status, t.done_on))`,
    [province, actor],
  );
}

const day = (iso: unknown) => (iso as string).split('-').reverse().join('/');

export const supplyItemsKind: ImportKind = {
  kind: 'supply_items',
  permission: 'command.write',
  columns: {
    item: { required: true, parse: code(64) },
    name: { required: true, parse: text(200) },
    unit: { required: true, parse: text(20) },
    category: { parse: oneOf(SUPPLY_CATEGORIES) },
  },
  staging: { item: 'text', name: 'text', unit: 'text', category: 'text' },
  key: ['item'],
  stage: (c) => [c.item, c.name, c.unit, c.category ?? 'other'],
  apply: (tx, ctx) =>
    upsertFromStaging(tx, ctx, {
      table: 'supply_items',
      entity: 'supply_item',
      conflict: ['item'],
      keyExpr: 'up.item',
      insertOnly: { item: 's.item' },
      set: { name: 's.name', unit: 's.unit', category: 's.category' },
    }),
};

/** A store: the province's own, a district of the province, or a facility. */
export const STORE_EXISTS = (store: string) => `(${store} = 'province'
  OR EXISTS (SELECT 1 FROM admin_units u WHERE u.province_code = $1 AND u.level = 'district' AND u.code = ${store})
  OR EXISTS (SELECT 1 FROM facilities f WHERE f.province_code = $1 AND f.facility_code = ${store}))`;

/** The file's movements (the last row of a key) as the jsonb supply_shortfalls() reads. */
const STAGED_MOVES = `(SELECT jsonb_agg(to_jsonb(x)) FROM (SELECT DISTINCT ON (movement_ref) line, movement_ref, item, store, kind, quantity, at
                        FROM import_staging ORDER BY movement_ref, line DESC) x)`;

export const supplyMovementsKind: ImportKind = {
  kind: 'supply_movements',
  permission: 'command.write',
  columns: {
    movement_ref: { required: true, parse: code(64) },
    item: { required: true, parse: code(64) },
    store: { required: true, parse: code(32) },
    kind: { required: true, parse: oneOf(MOVEMENT_KINDS) },
    quantity: { required: true, parse: quantity },
    at: { required: true, parse: instantOrDate },
    source: { parse: oneOf(RECEIPT_SOURCES) },
    counterparty: { parse: text(200) },
  },
  staging: {
    movement_ref: 'text',
    item: 'text',
    store: 'text',
    kind: 'text',
    quantity: 'numeric',
    at: 'timestamptz',
    source: 'text',
    counterparty: 'text',
  },
  key: ['movement_ref'],
  stage(c) {
    if ((c.quantity as string).startsWith('-') && c.kind !== 'adjustment')
      return [{ column: 'quantity', key: 'negative_quantity', params: { value: c.quantity as string } }];
    if (c.source && c.kind !== 'receipt') return [{ column: 'source', key: 'source_receipt_only' }];
    return [c.movement_ref, c.item, c.store, c.kind, c.quantity, c.at, c.source ?? null, c.counterparty ?? null];
  },
  checks: [
    {
      column: 'item',
      key: 'unknown_item',
      sql: `SELECT s.line, s.item AS value FROM import_staging s
             WHERE NOT EXISTS (SELECT 1 FROM supply_items i WHERE i.province_code = $1 AND i.item = s.item)`,
    },
    {
      column: 'store',
      key: 'unknown_store',
      sql: `SELECT s.line, s.store AS value FROM import_staging s WHERE NOT ${STORE_EXISTS('s.store')}`,
    },
    {
      column: 'quantity',
      key: 'supply_below_zero',
      // A stored movement made short by the file is reported on the file's first row for that store's item.
      sql: `SELECT COALESCE(f.line, (SELECT min(s.line) FROM import_staging s WHERE s.item = f.item AND s.store = f.store)) AS line,
                   i.name AS item, f.store, to_char(f.at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI') AS at,
                   trim_scale(f.stock)::text AS stock, i.unit, trim_scale(f.quantity)::text AS quantity
              FROM supply_shortfalls($1, ${STAGED_MOVES}) f
              JOIN supply_items i ON i.province_code = $1 AND i.item = f.item
`,
    },
  ],
  apply: (tx, ctx) =>
    upsertFromStaging(tx, ctx, {
      table: 'supply_movements',
      entity: 'supply_movement',
      conflict: ['movement_ref'],
      keyExpr: 'up.movement_ref',
      insertOnly: { movement_ref: 's.movement_ref' },
      set: {
        item: 's.item',
        store: 's.store',
        kind: 's.kind',
        quantity: 's.quantity',
        at: 's.at',
        source: 's.source',
        counterparty: 's.counterparty',
      },
    }),
};

export const fundsKind: ImportKind = {
  kind: 'funds',
  permission: 'command.manage',
  columns: {
    fund_ref: { required: true, parse: code(64) },
    kind: { required: true, parse: oneOf(FUND_KINDS) },
    amount_vnd: { required: true, parse: money },
    at: { required: true, parse: instantOrDate },
    source: { parse: text(200) },
    purpose: { parse: text(500) },
  },
  staging: { fund_ref: 'text', kind: 'text', amount_vnd: 'bigint', at: 'timestamptz', source: 'text', purpose: 'text' },
  key: ['fund_ref'],
  stage: (c) => [c.fund_ref, c.kind, c.amount_vnd, c.at, c.source ?? null, c.purpose ?? null],
  apply: (tx, ctx) =>
    upsertFromStaging(tx, ctx, {
      table: 'command_funds',
      entity: 'fund',
      conflict: ['fund_ref'],
      keyExpr: 'up.fund_ref',
      insertOnly: { fund_ref: 's.fund_ref' },
      set: { kind: 's.kind', amount_vnd: 's.amount_vnd', at: 's.at', source: 's.source', purpose: 's.purpose' },
    }),
};

export const supportKind: ImportKind = {
  kind: 'support',
  permission: 'command.write',
  columns: {
    beneficiary_ref: { required: true, parse: code(64) },
    programme: { required: true, parse: code(32) },
    group: { parse: oneOf(SUPPORT_GROUPS) },
    approved_on: { required: true, parse: date },
    amount_vnd: { required: true, parse: money },
    paid_on: { parse: date },
    ward_code: { parse: code(10) },
  },
  staging: {
    beneficiary_ref: 'text',
    programme: 'text',
    support_group: 'text',
    approved_on: 'date',
    amount_vnd: 'bigint',
    paid_on: 'date',
    ward_code: 'text',
  },
  key: ['beneficiary_ref', 'programme'],
  stage(c) {
    if (c.paid_on && (c.paid_on as string) < (c.approved_on as string))
      return [
        {
          column: 'paid_on',
          key: 'paid_before_approved',
          params: { paid_on: day(c.paid_on), approved_on: day(c.approved_on) },
        },
      ];
    return [
      c.beneficiary_ref,
      c.programme,
      c.group ?? null,
      c.approved_on,
      c.amount_vnd,
      c.paid_on ?? null,
      c.ward_code ?? null,
    ];
  },
  checks: [
    {
      column: 'ward_code',
      key: 'unknown_ward',
      sql: `SELECT s.line, s.ward_code AS value FROM import_staging s WHERE s.ward_code IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM admin_units u WHERE u.province_code = $1 AND u.level = 'ward' AND u.code = s.ward_code)`,
    },
  ],
  scopeCheck: `SELECT s.line, 'ward_code' AS column, COALESCE(s.ward_code, '—') AS value FROM import_staging s
                WHERE s.ward_code IS NULL OR NOT s.ward_code = ANY($2::text[])`,
  apply: (tx, ctx) =>
    upsertFromStaging(tx, ctx, {
      table: 'support_beneficiaries',
      entity: 'support_beneficiary',
      conflict: ['beneficiary_ref', 'programme'],
      keyExpr: "up.beneficiary_ref || '/' || up.programme",
      insertOnly: { beneficiary_ref: 's.beneficiary_ref', programme: 's.programme' },
      set: {
        support_group: 's.support_group',
        approved_on: 's.approved_on',
        amount_vnd: 's.amount_vnd',
        paid_on: 's.paid_on',
        ward_code: 's.ward_code',
      },
      keepIfEmpty: ['support_group', 'ward_code'],
    }),
};

export const COMMAND_KINDS = [directivesKind, tasksKind, supplyItemsKind, supplyMovementsKind, fundsKind, supportKind];
