// Directives (registry, search without diacritics, the attached PDF/DOCX) and tasks (lists, creation from a
// directive or a meeting's conclusions, status changes with their history, the weekly progress table). A task
// belongs to its assignee: a district or ward user reads and changes only tasks assigned within its jurisdiction
// (command_assignee_in_scope in command.sql), checked on the stored row and on the row written.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { audit } from '../shared/audit.ts';
import { AppError, invalid, notFound } from '../shared/errors.ts';
import { thing } from '../shared/messages.ts';
import { scopeParam } from '../auth/scope.ts';
import type { Directive, Task, TaskChange, TaskDetail, WeeklyProgress } from './schemas.ts';
import type { DIRECTIVE_KINDS, DIRECTIVE_LEVELS, TASK_STATUSES } from './import.ts';

type TaskStatus = (typeof TASK_STATUSES)[number];

export const DIRECTIVE_FILE_TYPES = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
} as const;

const DIRECTIVE_COLUMNS = `d.number, d.issued_on::text AS issued_on, d.issuer, d.kind, d.subject, d.level, f.file_name,
  (SELECT count(*)::int FROM command_tasks t WHERE t.province_code = d.province_code AND t.directive_number = d.number) AS tasks`;

/** Directives, newest first; `q` matches every word of it in the number, subject or issuer, diacritics ignored. */
export function listDirectives(db: Db, ctx: Ctx, q: { q?: string; kind?: string }): Promise<Directive[]> {
  return db.query<Directive>(
    `SELECT ${DIRECTIVE_COLUMNS} FROM command_directives d
       LEFT JOIN command_directive_files f ON f.province_code = d.province_code AND f.number = d.number
      WHERE d.province_code = $1 AND ($3::text IS NULL OR d.kind = $3)
        AND NOT EXISTS (SELECT 1 FROM unnest(string_to_array(fold_vi(COALESCE($2, '')), ' ')) w
                         WHERE w <> '' AND strpos(fold_vi(d.number || ' ' || d.subject || ' ' || d.issuer), w) = 0)
      ORDER BY d.issued_on DESC, d.number`,
    [ctx.province, q.q ?? null, q.kind ?? null],
  );
}

export interface DirectiveInput {
  number: string;
  issued_on: string;
  issuer: string;
  kind: (typeof DIRECTIVE_KINDS)[number];
  subject: string;
  level?: (typeof DIRECTIVE_LEVELS)[number] | null;
}

export async function createDirective(db: Db, ctx: Ctx, d: DirectiveInput): Promise<Directive> {
  return db.tx(async (tx) => {
    const inserted = await tx.query<{ number: string }>(
      `INSERT INTO command_directives (province_code, number, issued_on, issuer, kind, subject, level)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING number`,
      [ctx.province, d.number, d.issued_on, d.issuer, d.kind, d.subject, d.level ?? null],
    );
    if (!inserted.length) throw new AppError(409, 'command_exists', { what: thing('directive', d.number) }, 'number');
    await audit(tx, ctx, 'insert', 'directive', d.number, null, d);
    return getDirective(tx, ctx, d.number);
  });
}

export async function getDirective(db: Db, ctx: Ctx, number: string): Promise<Directive> {
  const [d] = await db.query<Directive>(
    `SELECT ${DIRECTIVE_COLUMNS} FROM command_directives d
       LEFT JOIN command_directive_files f ON f.province_code = d.province_code AND f.number = d.number
      WHERE d.province_code = $1 AND d.number = $2`,
    [ctx.province, number],
  );
  if (!d) throw notFound(thing('directive', number));
  return d;
}

/** Attaches (or replaces) the directive's file: a PDF or a DOCX, kept in the database. */
export async function attachDirectiveFile(
  db: Db,
  ctx: Ctx,
  number: string,
  file: { name: string; type: string; data: Buffer },
): Promise<Directive> {
  return db.tx(async (tx) => {
    await getDirective(tx, ctx, number);
    await tx.query(
      `INSERT INTO command_directive_files (province_code, number, file_name, content_type, data, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (province_code, number) DO UPDATE SET file_name = EXCLUDED.file_name, content_type = EXCLUDED.content_type,
         data = EXCLUDED.data, uploaded_by = EXCLUDED.uploaded_by, uploaded_at = now()`,
      [ctx.province, number, file.name, file.type, file.data, ctx.actor],
    );
    await audit(tx, ctx, 'attach', 'directive', number, null, { file_name: file.name, bytes: file.data.length });
    return getDirective(tx, ctx, number);
  });
}

export async function directiveFile(
  db: Db,
  ctx: Ctx,
  number: string,
): Promise<{ file_name: string; content_type: string; data: Buffer }> {
  const [f] = await db.query<{ file_name: string; content_type: string; data: Uint8Array }>(
    'SELECT file_name, content_type, data FROM command_directive_files WHERE province_code = $1 AND number = $2',
    [ctx.province, number],
  );
  if (!f) throw notFound(thing('directive_file', number));
  return { ...f, data: Buffer.from(f.data) };
}

const TASK_COLUMNS = `t.task_ref, t.directive_number, t.title, t.assignee,
  COALESCE((SELECT u.name FROM admin_units u WHERE u.province_code = t.province_code AND u.code = t.assignee
               AND u.level IN ('district', 'ward') ORDER BY u.geography LIMIT 1), t.assignee) AS assignee_name,
  t.assigned_on::text AS assigned_on, t.due_on::text AS due_on, t.status, t.done_on::text AS done_on,
  COALESCE(t.status NOT IN ('done', 'cancelled') AND t.due_on < vn_day(now()), false) AS overdue`;

export interface TaskFilter {
  assignee?: string;
  status?: TaskStatus;
  overdue?: boolean;
  directive_number?: string;
}

/** Tasks within the reader's jurisdiction, by assignee then deadline. */
export function listTasks(db: Db, ctx: Ctx, f: TaskFilter = {}): Promise<Task[]> {
  return db.query<Task>(
    `SELECT * FROM (SELECT ${TASK_COLUMNS} FROM command_tasks t
      WHERE t.province_code = $1 AND command_assignee_in_scope($1, t.assignee, $2::text[])
        AND ($3::text IS NULL OR t.assignee = $3) AND ($4::text IS NULL OR t.status = $4)
        AND ($5::text IS NULL OR t.directive_number = $5)) x
      WHERE ($6::boolean IS NULL OR x.overdue = $6)
      ORDER BY x.assignee COLLATE "C", x.due_on NULLS LAST, x.task_ref`,
    [
      ctx.province,
      scopeParam(ctx),
      f.assignee ?? null,
      f.status ?? null,
      f.directive_number ?? null,
      f.overdue ?? null,
    ],
  );
}

export async function getTask(db: Db, ctx: Ctx, ref: string): Promise<TaskDetail> {
  const [task] = await db.query<Task>(
    `SELECT ${TASK_COLUMNS} FROM command_tasks t WHERE t.province_code = $1 AND t.task_ref = $2
        AND command_assignee_in_scope($1, t.assignee, $3::text[])`,
    [ctx.province, ref, scopeParam(ctx)],
  );
  if (!task) throw notFound(thing('task', ref));
  const history = await db.query<TaskChange>(
    `SELECT status, done_on::text AS done_on, note, actor, at FROM command_task_history
      WHERE province_code = $1 AND task_ref = $2 ORDER BY change_id`,
    [ctx.province, ref],
  );
  return { ...task, history };
}

export interface TaskInput {
  task_ref?: string;
  directive_number?: string | null;
  title: string;
  assignee: string;
  assigned_on: string;
  due_on?: string | null;
}

/** Refuses an assignee outside the actor's jurisdiction (403) or a code that is no district/ward (400). */
async function checkAssignee(db: Db, ctx: Ctx, assignee: string, field = 'assignee'): Promise<void> {
  const [r] = await db.query<{ known: boolean; in_scope: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM admin_units u WHERE u.province_code = $1 AND u.level IN ('district', 'ward') AND u.code = $2) AS known,
            command_assignee_in_scope($1, $2, $3::text[]) AS in_scope`,
    [ctx.province, assignee, scopeParam(ctx)],
  );
  if (/^[0-9]+$/.test(assignee) && !r.known) throw invalid(field, 'unknown_assignee', { value: assignee });
  if (!r.in_scope) throw new AppError(403, 'out_of_scope', { value: assignee });
}

async function checkTask(db: Db, ctx: Ctx, t: TaskInput, field = ''): Promise<void> {
  if (t.directive_number) {
    const d = await db.query('SELECT 1 FROM command_directives WHERE province_code = $1 AND number = $2', [
      ctx.province,
      t.directive_number,
    ]);
    if (!d.length) throw invalid(field + 'directive_number', 'unknown_directive', { value: t.directive_number });
  }
  if (t.due_on && t.due_on < t.assigned_on)
    throw invalid(field + 'due_on', 'due_before_assigned', { due_on: dmy(t.due_on), assigned_on: dmy(t.assigned_on) });
  await checkAssignee(db, ctx, t.assignee, field + 'assignee');
}

const dmy = (day: string) => day.split('-').reverse().join('/');

async function insertTasks(tx: Db, ctx: Ctx, tasks: (TaskInput & { task_ref: string })[]): Promise<void> {
  const inserted = await tx.query<{ task_ref: string }>(
    `INSERT INTO command_tasks (province_code, task_ref, directive_number, title, assignee, assigned_on, due_on)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::date[])
     ON CONFLICT DO NOTHING RETURNING task_ref`,
    [
      ctx.province,
      tasks.map((t) => t.task_ref),
      tasks.map((t) => t.directive_number ?? null),
      tasks.map((t) => t.title),
      tasks.map((t) => t.assignee),
      tasks.map((t) => t.assigned_on),
      tasks.map((t) => t.due_on ?? null),
    ],
  );
  const taken = tasks.find((t) => !inserted.some((i) => i.task_ref === t.task_ref));
  if (taken) throw new AppError(409, 'command_exists', { what: thing('task', taken.task_ref) }, 'task_ref');
  await tx.query(
    `INSERT INTO command_task_history (province_code, task_ref, status, actor) SELECT $1, r, 'open', $3 FROM unnest($2::text[]) r`,
    [ctx.province, tasks.map((t) => t.task_ref), ctx.actor],
  );
  for (const t of tasks) await audit(tx, ctx, 'insert', 'task', t.task_ref, null, t);
}

/** A new reference: PREFIX-YYYYMMDD-n, n following the highest already given with that stem. */
async function nextRefs(tx: Db, ctx: Ctx, stem: string, n: number): Promise<string[]> {
  const [{ last }] = await tx.query<{ last: number }>(
    `SELECT COALESCE(max(substring(task_ref FROM length($2) + 2)::int), 0) AS last FROM command_tasks
      WHERE province_code = $1 AND task_ref ~ ('^' || $2 || '-[0-9]+$')`,
    [ctx.province, stem],
  );
  return Array.from({ length: n }, (_, i) => `${stem}-${last + i + 1}`);
}

export async function createTask(db: Db, ctx: Ctx, t: TaskInput): Promise<TaskDetail> {
  await checkTask(db, ctx, t);
  return db.tx(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`command_tasks:${ctx.province}`]);
    const task_ref = t.task_ref ?? (await nextRefs(tx, ctx, `NV-${t.assigned_on.replace(/-/g, '')}`, 1))[0];
    await insertTasks(tx, ctx, [{ ...t, task_ref }]);
    return getTask(tx, ctx, task_ref);
  });
}

export interface ConclusionsInput {
  held_on: string;
  directive_number?: string | null;
  lines: { title: string; assignee: string; due_on?: string | null }[];
}

/** A meeting's conclusions typed as lines, each assigned: one task per line, KL-YYYYMMDD-n, all or none. */
export async function createFromConclusions(db: Db, ctx: Ctx, c: ConclusionsInput): Promise<Task[]> {
  const tasks = c.lines.map((l) => ({ ...l, directive_number: c.directive_number, assigned_on: c.held_on }));
  for (const [i, t] of tasks.entries()) await checkTask(db, ctx, t, `lines.${i}.`);
  return db.tx(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`command_tasks:${ctx.province}`]);
    const refs = await nextRefs(tx, ctx, `KL-${c.held_on.replace(/-/g, '')}`, tasks.length);
    await insertTasks(
      tx,
      ctx,
      tasks.map((t, i) => ({ ...t, task_ref: refs[i] })),
    );
    return (await listTasks(tx, ctx)).filter((t) => refs.includes(t.task_ref));
  });
}

export interface TaskChangeInput {
  status?: TaskStatus;
  done_on?: string | null;
  due_on?: string | null;
  assignee?: string;
  note?: string | null;
}

/**
 * Changes a task (status, completion date, deadline, assignee) and records who and when. The stored task must lie
 * in the actor's jurisdiction, and so must a new assignee. Done without a date is done today (Viet Nam).
 */
export async function updateTask(db: Db, ctx: Ctx, ref: string, c: TaskChangeInput): Promise<TaskDetail> {
  return db.tx(async (tx) => {
    const [before] = await tx.query<{
      assignee: string;
      assigned_on: string;
      status: TaskStatus;
      done_on: string | null;
      due_on: string | null;
    }>(
      `SELECT assignee, assigned_on::text AS assigned_on, status, done_on::text AS done_on, due_on::text AS due_on
         FROM command_tasks WHERE province_code = $1 AND task_ref = $2 FOR UPDATE`,
      [ctx.province, ref],
    );
    if (!before) throw notFound(thing('task', ref));
    await checkAssignee(tx, ctx, before.assignee);
    if (c.assignee !== undefined) await checkAssignee(tx, ctx, c.assignee);
    const status = c.status ?? before.status;
    const [{ today }] = await tx.query<{ today: string }>('SELECT vn_day(now())::text AS today');
    const doneOn = status !== 'done' ? null : (c.done_on ?? (before.status === 'done' ? before.done_on : today));
    const dueOn = c.due_on !== undefined ? c.due_on : before.due_on;
    if (doneOn && doneOn < before.assigned_on)
      throw invalid('done_on', 'done_before_assigned', { done_on: dmy(doneOn), assigned_on: dmy(before.assigned_on) });
    if (dueOn && dueOn < before.assigned_on)
      throw invalid('due_on', 'due_before_assigned', { due_on: dmy(dueOn), assigned_on: dmy(before.assigned_on) });
    const after = { assignee: c.assignee ?? before.assignee, status, done_on: doneOn, due_on: dueOn };
    await tx.query(
      `UPDATE command_tasks SET assignee = $3, status = $4, done_on = $5, due_on = $6, updated_at = now()
        WHERE province_code = $1 AND task_ref = $2`,
      [ctx.province, ref, after.assignee, after.status, after.done_on, after.due_on],
    );
    if (status !== before.status || doneOn !== before.done_on || c.note)
      await tx.query(
        `INSERT INTO command_task_history (province_code, task_ref, status, done_on, note, actor) VALUES ($1, $2, $3, $4, $5, $6)`,
        [ctx.province, ref, status, doneOn, c.note ?? null, ctx.actor],
      );
    await audit(tx, ctx, 'update', 'task', ref, before, after);
    return getTask(tx, ctx, ref);
  });
}

/**
 * Per assignee and week (Monday to Sunday, the `weeks` weeks ending with the one holding `day`): tasks assigned
 * that week, done that week, and still open at the week's end (assigned by then, not done by then, not cancelled).
 */
export async function weeklyProgress(db: Db, ctx: Ctx, day: string, weeks: number): Promise<WeeklyProgress> {
  const rows = await db.query<{
    assignee: string;
    assignee_name: string;
    week_start: string;
    week_end: string;
    assigned: number;
    done: number;
    open_at_end: number;
  }>(
    `WITH w AS (SELECT (date_trunc('week', $3::date) - (n * interval '7 days'))::date AS week_start
                  FROM generate_series(0, $4::int - 1) n),
     t AS (SELECT ${TASK_COLUMNS} FROM command_tasks t
            WHERE t.province_code = $1 AND command_assignee_in_scope($1, t.assignee, $2::text[]))
     SELECT t.assignee, min(t.assignee_name) AS assignee_name, w.week_start::text AS week_start, (w.week_start + 6)::text AS week_end,
            count(*) FILTER (WHERE t.assigned_on::date BETWEEN w.week_start AND w.week_start + 6)::int AS assigned,
            count(*) FILTER (WHERE t.status = 'done' AND t.done_on::date BETWEEN w.week_start AND w.week_start + 6)::int AS done,
            count(*) FILTER (WHERE t.assigned_on::date <= w.week_start + 6 AND t.status <> 'cancelled'
                               AND NOT (t.status = 'done' AND t.done_on::date <= w.week_start + 6))::int AS open_at_end
       FROM t CROSS JOIN w GROUP BY t.assignee, w.week_start ORDER BY t.assignee COLLATE "C", w.week_start`,
    [ctx.province, scopeParam(ctx), day, weeks],
  );
  const starts = [...new Set(rows.map((r) => r.week_start))];
  const byAssignee = new Map<string, WeeklyProgress['rows'][number]>();
  for (const r of rows) {
    const row = byAssignee.get(r.assignee) ?? { assignee: r.assignee, assignee_name: r.assignee_name, weeks: [] };
    row.weeks.push({ assigned: r.assigned, done: r.done, open_at_end: r.open_at_end });
    byAssignee.set(r.assignee, row);
  }
  return {
    weeks: starts.map((s) => ({ week_start: s, week_end: rows.find((r) => r.week_start === s)!.week_end })),
    rows: [...byAssignee.values()],
  };
}
