// Each jurisdiction's report template: the official header (issuing body, number pattern, place), recipients,
// signer, the headings of the text the officer writes, and the drafting schedule. The province's Steering
// Committee has one; a district's has its own. Until one is saved, a default built from the unit's name is used.
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError } from '../shared/errors.ts';
import { audit } from '../shared/audit.ts';
import type { ReportTemplate } from './schemas.ts';

export type ScopeLevel = 'province' | 'district' | 'ward';
export interface Scope {
  level: ScopeLevel;
  code: string;
  wards: string[] | null;
}

export type Template = ReportTemplate;
export type ScheduleEntry = Template['schedule'][number];

/** The jurisdiction whose reports the actor makes and reads: the province, or the user's district or ward. */
export async function reportScope(db: Db, ctx: Ctx): Promise<Scope> {
  if (ctx.wards === null) return { level: 'province', code: ctx.province, wards: null };
  const [u] = await db.query<{ scope_level: ScopeLevel; scope_code: string }>(
    'SELECT scope_level, scope_code FROM users WHERE province_code = $1 AND user_id = $2',
    [ctx.province, ctx.userId ?? -1],
  );
  if (!u) throw new AppError(403, 'out_of_scope', { value: ctx.actor });
  return { level: u.scope_level, code: u.scope_code, wards: [...ctx.wards] };
}

const upperVi = (s: string) => s.toLocaleUpperCase('vi');
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** A template from the unit's official name, e.g. "UBND TỈNH HẬU GIANG" / "Tình hình … tại tỉnh Hậu Giang". */
export async function defaultTemplate(
  db: Db,
  province: string,
  scope: Pick<Scope, 'level' | 'code'>,
): Promise<Template> {
  const [unit] = await db.query<{ name: string; full_name: string }>(
    `SELECT name, full_name FROM admin_units WHERE province_code = $1 AND code = $2 AND level = $3
      ORDER BY geography LIMIT 1`,
    [province, scope.code, scope.level],
  );
  const name = unit?.name ?? scope.code,
    fullName = unit?.full_name ?? scope.code;
  const provincial = scope.level === 'province';
  return {
    issuing_parent: `UBND ${upperVi(fullName)}`,
    issuing_body: 'BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19',
    number_pattern: '{n}/BC-BCĐ',
    place: name,
    title: `Tình hình dịch bệnh COVID-19 tại ${lowerFirst(fullName)}`,
    recipients: provincial
      ? [
          'BCĐ Quốc gia phòng, chống dịch COVID-19 (để báo cáo);',
          'Bộ Y tế (để báo cáo);',
          'Tỉnh ủy, UBND tỉnh (để báo cáo);',
          'Thành viên BCĐ tỉnh;',
          'UBND các huyện, thị xã, thành phố;',
          'Lưu: VT.',
        ]
      : ['BCĐ tỉnh (để báo cáo);', 'Sở Y tế (để báo cáo);', 'Thành viên BCĐ;', 'Lưu: VT.'],
    signer_title: 'TRƯỞNG BAN',
    signer_name: '',
    narrative_titles: ['Nhận định tình hình', 'Các biện pháp đã triển khai', 'Kiến nghị, đề xuất'],
    schedule: [],
  };
}

const TEMPLATE_COLUMNS = `issuing_parent, issuing_body, number_pattern, place, title, recipients, signer_title, signer_name,
  narrative_titles, schedule`;

/** The saved template of a scope, or the default one. */
export async function templateOf(db: Db, province: string, scope: Pick<Scope, 'level' | 'code'>): Promise<Template> {
  const [t] = await db.query<Template>(
    `SELECT ${TEMPLATE_COLUMNS} FROM report_templates WHERE province_code = $1 AND scope_code = $2`,
    [province, scope.code],
  );
  return t ?? defaultTemplate(db, province, scope);
}

export async function getTemplate(
  db: Db,
  ctx: Ctx,
): Promise<Template & { scope_level: ScopeLevel; scope_code: string }> {
  const scope = await reportScope(db, ctx);
  return { scope_level: scope.level, scope_code: scope.code, ...(await templateOf(db, ctx.province, scope)) };
}

/** Saves the template of the actor's own jurisdiction (audited with before and after). */
export async function putTemplate(db: Db, ctx: Ctx, t: Template): Promise<Template> {
  const scope = await reportScope(db, ctx);
  return db.tx(async (tx) => {
    const [before] = await tx.query<Template>(
      `SELECT ${TEMPLATE_COLUMNS} FROM report_templates WHERE province_code = $1 AND scope_code = $2 FOR UPDATE`,
      [ctx.province, scope.code],
    );
    const [after] = await tx.query<Template>(
      `INSERT INTO report_templates (province_code, scope_code, scope_level, issuing_parent, issuing_body, number_pattern, place,
              title, recipients, signer_title, signer_name, narrative_titles, schedule, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12::jsonb, $13::jsonb, $14, now())
       ON CONFLICT (province_code, scope_code) DO UPDATE SET
         issuing_parent = EXCLUDED.issuing_parent, issuing_body = EXCLUDED.issuing_body, number_pattern = EXCLUDED.number_pattern,
         place = EXCLUDED.place, title = EXCLUDED.title, recipients = EXCLUDED.recipients, signer_title = EXCLUDED.signer_title,
         signer_name = EXCLUDED.signer_name, narrative_titles = EXCLUDED.narrative_titles, schedule = EXCLUDED.schedule,
         updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING ${TEMPLATE_COLUMNS}`,
      [
        ctx.province,
        scope.code,
        scope.level,
        t.issuing_parent,
        t.issuing_body,
        t.number_pattern,
        t.place,
        t.title,
        JSON.stringify(t.recipients),
        t.signer_title,
        t.signer_name,
        JSON.stringify(t.narrative_titles),
        JSON.stringify(t.schedule),
        ctx.actor,
      ],
    );
    await audit(tx, ctx, before ? 'update' : 'insert', 'report_template', scope.code, before ?? null, after);
    return after;
  });
}
