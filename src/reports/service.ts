// Daily reports as files, drafts the officer edits, and issuing: an immutable snapshot of the JSON and the
// rendered files with the number, who and when (immutable: issued.sql). Everything is filtered by the actor's
// jurisdiction.
import { commandSummary } from '../command/summary.ts';
import { storeNames } from '../command/supplies.ts';
import { dailyCommandSections } from './command-paragraphs.ts';
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError, invalid, notFound } from '../shared/errors.ts';
import { thing } from '../shared/messages.ts';
import { audit } from '../shared/audit.ts';
import { scopeParam } from '../auth/scope.ts';
import { toVnIso } from '../shared/time.ts';
import { dailyReport, type DailyReport } from './daily.ts';
import { dailyDocument, type NarrativeSection } from './daily-document.ts';
import type { Header } from './document.ts';
import { zoningReport } from '../zoning/service.ts';
import { facilityNames, renderFile, type FileFormat } from './files.ts';
import { vnParts } from './format.ts';
import { reportScope, templateOf, type Scope, type ScopeLevel, type Template } from './template.ts';
import { defaultCompare, seedDocument, seedNames, seedNarrativeTitles, seedReport } from './seed-templates.ts';
import type {
  IssuedHeader,
  IssuedReport,
  IssueResult,
  ReportDraft,
  ReportDraftWithFigures,
  ReportList,
  ReportTemplateName,
  SeedReport,
} from './schemas.ts';

export { CONTENT_TYPES, FORMATS, facilityNames, renderFile, type FileFormat } from './files.ts';

function headerOf(t: Template, symbol: string | null, date: Date | null): Header {
  return {
    issuing_parent: t.issuing_parent,
    issuing_body: t.issuing_body,
    symbol,
    number_pattern: t.number_pattern,
    place: t.place,
    date,
    recipients: t.recipients,
    signer_title: t.signer_title,
    signer_name: t.signer_name,
  };
}

/** The zoning on the report's day compared with the previous report's day (its paragraph in part I). */
function dailyZoning(db: Db, ctx: Ctx, r: DailyReport) {
  return zoningReport(db, ctx, r.as_of.slice(0, 10), r.previous_as_of.slice(0, 10));
}

/** The daily report at `at` as a file, under the actor's template, unnumbered and without narrative. */
export async function dailyFile(db: Db, ctx: Ctx, at: Date, format: FileFormat): Promise<Buffer> {
  const scope = await reportScope(db, ctx);
  const [report, template, names] = [
    await dailyReport(db, ctx, at),
    await templateOf(db, ctx.province, scope),
    await facilityNames(db, ctx.province),
  ];
  const zoning = await dailyZoning(db, ctx, report);
  const more = dailyCommandSections(await commandSummary(db, ctx, at), ctx.lang, await storeNames(db, ctx));
  return renderFile(
    dailyDocument(report, headerOf(template, null, null), template.title, [], ctx.lang, names, zoning, more),
    format,
  );
}

/** The file name of a report: bao-cao-93-2021-09-10-0630.docx */
export function fileName(province: string, asOf: Date, format: string): string {
  const p = vnParts(asOf);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `bao-cao-${province}-${p.year}-${pad(p.month)}-${pad(p.day)}-${pad(p.hour)}${pad(p.minute)}.${format}`;
}

// ---- drafts ---------------------------------------------------------------------------------------------------

interface DraftRow {
  draft_id: number;
  kind: 'daily';
  template: ReportTemplateName;
  scope_level: ScopeLevel;
  scope_code: string;
  scope_wards: string[] | null;
  as_of: Date;
  compare_at: Date | null;
  slot: Date | null;
  narrative: NarrativeSection[];
  status: 'draft' | 'issued';
  created_by: string;
  created_at: Date;
  updated_by: string;
  updated_at: Date;
}
const DRAFT_COLUMNS = `draft_id, kind, template, scope_level, scope_code, scope_wards, as_of, compare_at, slot, narrative, status,
  created_by, created_at, updated_by, updated_at`;

/** Rows of reports the actor may see: the whole province sees all; a district only reports within its wards. */
const VISIBLE = `($2::text[] IS NULL OR (scope_wards IS NOT NULL AND scope_wards <@ $2::text[]))`;

const draftOut = (d: DraftRow): ReportDraft => ({
  ...d,
  as_of: toVnIso(d.as_of),
  compare_at: d.compare_at && toVnIso(d.compare_at),
  slot: d.slot && toVnIso(d.slot),
});

/**
 * The narrative a new draft starts from: the text of the scope's last issued report of the same layout, else the
 * headings of the layout (the jurisdiction template's for the daily one, the seed's own parts for a seed template).
 */
async function startingNarrative(
  db: Db,
  province: string,
  scopeCode: string,
  layout: ReportTemplateName,
  t: Template,
): Promise<NarrativeSection[]> {
  const [last] = await db.query<{ narrative: NarrativeSection[] }>(
    `SELECT narrative FROM issued_reports WHERE province_code = $1 AND scope_code = $2 AND template = $3
      ORDER BY issued_at DESC, report_id DESC LIMIT 1`,
    [province, scopeCode, layout],
  );
  const titles = layout === 'daily' ? t.narrative_titles : seedNarrativeTitles(layout);
  return last?.narrative ?? titles.map((title) => ({ title, text: '' }));
}

/**
 * Drafts a report at `at` for a scope (the actor's by default) in a layout (the daily one by default; a seed
 * template compares with `compare`, by default 24 hours before). A scheduled draft names its slot: a second draft
 * of the same slot is not made (null is returned), so several servers may run the same schedule.
 */
export async function createDraft(
  db: Db,
  ctx: Ctx,
  at: Date,
  opts: { scope?: Scope; slot?: Date; template?: ReportTemplateName; compare?: Date } = {},
): Promise<ReportDraft | null> {
  const scope = opts.scope ?? (await reportScope(db, ctx));
  const layout = opts.template ?? 'daily',
    compare = opts.compare ?? null;
  if (compare && layout === 'daily') throw invalid('compare', 'compare_daily');
  if (compare && compare > at)
    throw invalid('compare', 'compare_after_to', { compare: toVnIso(compare), to: toVnIso(at) });
  return db.tx(async (tx) => {
    const t = await templateOf(tx, ctx.province, scope);
    const narrative = await startingNarrative(tx, ctx.province, scope.code, layout, t);
    const [d] = await tx.query<DraftRow>(
      `INSERT INTO report_drafts (province_code, kind, template, scope_level, scope_code, scope_wards, as_of, compare_at, slot,
              narrative, created_by, updated_by)
       VALUES ($1, 'daily', $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $10)
       ON CONFLICT (province_code, scope_code, slot) DO NOTHING
       RETURNING ${DRAFT_COLUMNS}`,
      [
        ctx.province,
        layout,
        scope.level,
        scope.code,
        scope.wards,
        at,
        compare,
        opts.slot ?? null,
        JSON.stringify(narrative),
        ctx.actor,
      ],
    );
    if (!d) return null;
    await audit(tx, ctx, 'insert', 'report_draft', String(d.draft_id), null, draftOut(d));
    return draftOut(d);
  });
}

export async function listReports(db: Db, ctx: Ctx, limit = 100): Promise<ReportList> {
  const wards = scopeParam(ctx);
  const drafts = await db.query<DraftRow>(
    `SELECT ${DRAFT_COLUMNS} FROM report_drafts WHERE province_code = $1 AND status = 'draft' AND ${VISIBLE}
      ORDER BY as_of DESC, draft_id DESC LIMIT $3`,
    [ctx.province, wards, limit],
  );
  const issued = await db.query<{
    report_id: number;
    draft_id: number;
    kind: 'daily';
    template: ReportTemplateName;
    scope_code: string;
    symbol: string;
    as_of: Date;
    issued_by: string;
    issued_at: Date;
  }>(
    `SELECT report_id, draft_id, kind, template, scope_code, symbol, as_of, issued_by, issued_at FROM issued_reports
      WHERE province_code = $1 AND ${VISIBLE} ORDER BY issued_at DESC, report_id DESC LIMIT $3`,
    [ctx.province, wards, limit],
  );
  return {
    drafts: drafts.map(({ narrative: _, ...d }) => ({
      ...d,
      as_of: toVnIso(d.as_of),
      compare_at: d.compare_at && toVnIso(d.compare_at),
      slot: d.slot && toVnIso(d.slot),
    })),
    issued: issued.map((r) => ({ ...r, as_of: toVnIso(r.as_of) })),
  };
}

async function draftRow(db: Db, ctx: Ctx, id: number, lock = false): Promise<DraftRow> {
  const [d] = await db.query<DraftRow>(
    `SELECT ${DRAFT_COLUMNS} FROM report_drafts WHERE province_code = $1 AND ${VISIBLE} AND draft_id = $3${lock ? ' FOR UPDATE' : ''}`,
    [ctx.province, scopeParam(ctx), id],
  );
  if (!d) throw notFound(thing('draft_report', id));
  return d;
}

/** A draft's figures as its layout reads them: the daily report, or a seed template's over the draft's wards. */
async function draftFigures(db: Db, ctx: Ctx, d: DraftRow): Promise<DailyReport | SeedReport> {
  if (d.template === 'daily') return dailyReport(db, ctx, d.as_of, d.scope_wards);
  return seedReport(db, { ...ctx, wards: d.scope_wards }, d.template, d.as_of, d.compare_at ?? defaultCompare(d.as_of));
}

/** A seed template's figures at T and at C in the daily report's shape (the figure tables of the draft page). */
const asDaily = (r: SeedReport): DailyReport => ({
  province_code: r.period.province_code,
  as_of: r.period.to,
  previous_as_of: r.period.compare_at,
  current: r.period.at_to,
  previous: r.period.at_compare,
});

/** A draft with its figures computed now from the records (they follow late corrections until it is issued). */
export async function getDraft(db: Db, ctx: Ctx, id: number): Promise<ReportDraftWithFigures> {
  const d = await draftRow(db, ctx, id);
  const f = await draftFigures(db, ctx, d);
  return 'template' in f
    ? { ...draftOut(d), report: asDaily(f), figures: f }
    : { ...draftOut(d), report: f, figures: null };
}

/** The officer's text of a draft; an issued draft no longer changes. */
export async function updateDraft(db: Db, ctx: Ctx, id: number, narrative: NarrativeSection[]): Promise<ReportDraft> {
  return db.tx(async (tx) => {
    const before = await draftRow(tx, ctx, id, true);
    if (before.status !== 'draft') throw new AppError(409, 'report_already_issued', { value: id });
    const [after] = await tx.query<DraftRow>(
      `UPDATE report_drafts SET narrative = $3::jsonb, updated_by = $4, updated_at = now()
        WHERE province_code = $1 AND draft_id = $2 RETURNING ${DRAFT_COLUMNS}`,
      [ctx.province, id, JSON.stringify(narrative), ctx.actor],
    );
    await audit(
      tx,
      ctx,
      'update',
      'report_draft',
      String(id),
      { narrative: before.narrative },
      { narrative: after.narrative },
    );
    return draftOut(after);
  });
}

async function draftDocument(
  db: Db,
  ctx: Ctx,
  d: DraftRow,
  symbol: string | null,
  date: Date | null,
  figures?: DailyReport | SeedReport,
) {
  const scope = { level: d.scope_level, code: d.scope_code };
  const template = await templateOf(db, ctx.province, scope);
  const r = figures ?? (await draftFigures(db, ctx, d));
  const header = headerOf(template, symbol, date);
  if ('template' in r) return seedDocument(r, header, template.title, d.narrative, 'vi', await seedNames(db, ctx));
  return dailyDocument(
    r,
    header,
    template.title,
    d.narrative,
    'vi',
    await facilityNames(db, ctx.province),
    await dailyZoning(db, ctx, r),
    dailyCommandSections(await commandSummary(db, ctx, d.as_of), 'vi', await storeNames(db, ctx)),
  );
}

/** A draft as a file for review: the layout as it will be issued, the number and date left blank. */
export async function draftFile(
  db: Db,
  ctx: Ctx,
  id: number,
  format: FileFormat,
): Promise<{ body: Buffer; asOf: Date }> {
  const d = await draftRow(db, ctx, id);
  return { body: await renderFile(await draftDocument(db, ctx, d, null, null), format), asOf: d.as_of };
}

const NUMBER_LOCK = 727_011; // with hashtext(scope): one numbering at a time per issuing body

/**
 * Issues a draft: the next number of the scope's year (Nghị định 30: from 01 each year), the figures computed at
 * its cut-off, and the JSON and the three files stored as they are, never to change.
 */
export async function issueDraft(db: Db, ctx: Ctx, id: number, now = new Date()): Promise<IssueResult> {
  // The figures are read before the numbering transaction (a draft's cut-off and wards never change): their two
  // reads then share one snapshot, which the READ COMMITTED numbering transaction could not give them.
  const first = await draftRow(db, ctx, id);
  const report = await draftFigures(db, ctx, first);
  return db.tx(async (tx) => {
    const d = await draftRow(tx, ctx, id, true);
    if (d.status !== 'draft') throw new AppError(409, 'report_already_issued', { value: id });
    if (d.as_of > now) throw new AppError(400, 'report_cutoff_future', { value: toVnIso(d.as_of) }, 'as_of');
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [NUMBER_LOCK, `${ctx.province}/${d.scope_code}`]);
    const year = vnParts(now).year;
    const [{ number }] = await tx.query<{ number: number }>(
      `SELECT coalesce(max(number), 0) + 1 AS number FROM issued_reports WHERE province_code = $1 AND scope_code = $2 AND year = $3`,
      [ctx.province, d.scope_code, year],
    );
    const template = await templateOf(tx, ctx.province, { level: d.scope_level, code: d.scope_code });
    const symbol = template.number_pattern.replace('{n}', String(number).padStart(2, '0'));
    const doc = await draftDocument(tx, ctx, d, symbol, now, report);
    const [html, docx, xlsx] = [
      await renderFile(doc, 'html'),
      await renderFile(doc, 'docx'),
      await renderFile(doc, 'xlsx'),
    ];
    const [issued] = await tx.query<{
      report_id: number;
      symbol: string;
      as_of: Date;
      issued_by: string;
      issued_at: Date;
    }>(
      `INSERT INTO issued_reports (province_code, draft_id, kind, template, scope_code, scope_wards, year, number, symbol, as_of, data,
              header, narrative, html, docx, xlsx, issued_by, issued_at)
       VALUES ($1, $2, $3, $18, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb, $12::jsonb, $13, $14, $15, $16, $17)
       RETURNING report_id, symbol, as_of, issued_by, issued_at`,
      [
        ctx.province,
        d.draft_id,
        d.kind,
        d.scope_code,
        d.scope_wards,
        year,
        number,
        symbol,
        d.as_of,
        JSON.stringify(report),
        JSON.stringify(doc.header),
        JSON.stringify(d.narrative),
        html.toString('utf8'),
        docx,
        xlsx,
        ctx.actor,
        now,
        d.template,
      ],
    );
    await tx.query(
      `UPDATE report_drafts SET status = 'issued', updated_by = $3, updated_at = $4 WHERE province_code = $1 AND draft_id = $2`,
      [ctx.province, d.draft_id, ctx.actor, now],
    );
    const out = { ...issued, draft_id: d.draft_id, as_of: toVnIso(issued.as_of) };
    await audit(tx, ctx, 'issue', 'report', String(issued.report_id), null, out);
    return out;
  });
}

interface IssuedRow {
  report_id: number;
  draft_id: number;
  kind: 'daily';
  template: ReportTemplateName;
  scope_code: string;
  symbol: string;
  as_of: Date;
  data: DailyReport | SeedReport;
  header: IssuedHeader; // stored as JSON: the date is an ISO string
  narrative: NarrativeSection[];
  issued_by: string;
  issued_at: Date;
}

export async function getIssued(db: Db, ctx: Ctx, id: number): Promise<IssuedReport> {
  const [r] = await db.query<IssuedRow>(
    `SELECT report_id, draft_id, kind, template, scope_code, symbol, as_of, data, header, narrative, issued_by, issued_at
       FROM issued_reports WHERE province_code = $1 AND ${VISIBLE} AND report_id = $3`,
    [ctx.province, scopeParam(ctx), id],
  );
  if (!r) throw notFound(thing('report', id));
  return { ...r, as_of: toVnIso(r.as_of) };
}

/** The file exactly as issued. */
export async function issuedFile(
  db: Db,
  ctx: Ctx,
  id: number,
  format: FileFormat,
): Promise<{ body: Buffer; asOf: Date }> {
  const column = ({ html: 'html', docx: 'docx', xlsx: 'xlsx' } as const)[format];
  const [r] = await db.query<{ as_of: Date; file: string | Uint8Array }>(
    `SELECT as_of, ${column} AS file FROM issued_reports WHERE province_code = $1 AND ${VISIBLE} AND report_id = $3`,
    [ctx.province, scopeParam(ctx), id],
  );
  if (!r) throw notFound(thing('report', id));
  return { body: typeof r.file === 'string' ? Buffer.from(r.file, 'utf8') : Buffer.from(r.file), asOf: r.as_of };
}
