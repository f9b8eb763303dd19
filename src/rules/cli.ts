// `phongdich rules set EFFECTIVE_FROM FILE.json` / `phongdich rules show --at DATE` (docs/contracts/cli.md).
import type { Lang } from '../shared/i18n.ts';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Db } from '../db/connection.ts';
import type { Ctx } from '../shared/context.ts';
import { AppError, invalid } from '../shared/errors.ts';
import { t } from '../shared/messages.ts';
import { issueText } from '../api/http.ts';
import { nationalRuleSets } from './national.ts';
import { Rules, type RuleSet } from './schemas.ts';
import { putRuleSet, rulesOn } from './service.ts';

export const RULES_USAGE: Record<Lang, string> = {
  en: 'phongdich rules set EFFECTIVE_FROM FILE.json | show --at DATE   store / print a dated rule set',
  vi: 'phongdich rules set TỪ_NGÀY TỆP.json | show --at NGÀY      lưu / in bộ quy định theo ngày hiệu lực',
};
export const RULES_HELP: Record<Lang, string> = {
  en: `phongdich rules set EFFECTIVE_FROM FILE.json
  Stores the province's rule set in force from EFFECTIVE_FROM (YYYY-MM-DD) until the next set starts; replaces a set
  starting that same day. FILE.json is the rules object, or { "name", "basis", "rules" } as \`rules show\` prints it.
  Keys it omits keep the national values in force on EFFECTIVE_FROM (objects merge key by key; a list or a value
  replaces the national one). An invalid file stores nothing: exit 1 and an error naming the key.
phongdich rules show --at YYYY-MM-DD
  Prints the rule set in force on that day: { effective_from, name, basis, rules } (zoning: docs/contracts/zoning.md).`,
  vi: `phongdich rules set TỪ_NGÀY TỆP.json
  Lưu bộ quy định của tỉnh có hiệu lực từ TỪ_NGÀY (YYYY-MM-DD) đến khi bộ sau bắt đầu; thay bộ bắt đầu cùng ngày.
  TỆP.json là đối tượng quy định, hoặc { "name", "basis", "rules" } như \`rules show\` in ra. Khóa nào tệp bỏ trống
  giữ giá trị quốc gia có hiệu lực ngày đó (đối tượng gộp theo từng khóa; danh sách hay giá trị thì thay hẳn).
  Tệp không hợp lệ thì không lưu gì: mã thoát 1 và thông báo nêu tên khóa sai.
phongdich rules show --at YYYY-MM-DD
  In bộ quy định có hiệu lực ngày đó: { effective_from, name, basis, rules } (cấp độ dịch: docs/contracts/zoning.md).`,
};

const isoDate = z.iso.date();
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The national values under the file's: objects merge key by key, anything else in the file replaces. */
function overlay(national: unknown, file: unknown): unknown {
  if (!isObject(national) || !isObject(file)) return file;
  const out: Record<string, unknown> = { ...national };
  for (const [k, v] of Object.entries(file)) out[k] = overlay(national[k], v);
  return out;
}

/** The first key of the input the schema does not know (zod drops them silently; a typo must not pass). */
function unknownKey(input: unknown, parsed: unknown, path: string[] = []): string | null {
  if (!isObject(input) || !isObject(parsed)) return null;
  for (const [k, v] of Object.entries(input)) {
    if (!(k in parsed)) return [...path, k].join('.');
    const inner = unknownKey(v, parsed[k], [...path, k]);
    if (inner) return inner;
  }
  return null;
}

const fileError = (key: string, detail: string) => new AppError(400, 'rules_file_invalid', { key, detail }, key);

/** Reads and checks a rules file; the rule set to store from `effectiveFrom`, national values filled in. */
export function ruleSetFromFile(ctx: Ctx, effectiveFrom: string, text: string, file: string): RuleSet {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new AppError(400, 'rules_file_not_json', { file });
  }
  if (!isObject(doc)) throw fileError('(root)', t(ctx.lang, 'expect_object'));
  const wrapped = isObject(doc.rules);
  const prefix = wrapped ? 'rules.' : '';
  if (wrapped) {
    const extra = Object.keys(doc).find((k) => !['effective_from', 'name', 'basis', 'rules'].includes(k));
    if (extra) throw fileError(extra, t(ctx.lang, 'unknown_fields', { keys: extra }));
    for (const k of ['name', 'basis'] as const)
      if (doc[k] != null && typeof doc[k] !== 'string') throw fileError(k, t(ctx.lang, 'expect_string'));
  }
  const national = nationalRuleSets()
    .filter((r) => r.effective_from <= effectiveFrom)
    .at(-1);
  const rules = wrapped ? doc.rules : doc;
  const input = overlay(national?.rules ?? {}, rules);
  // An edited zoning rule no longer rests on the national decision: its basis is the file's own, if any.
  if (
    isObject(rules) &&
    isObject(rules.zoning) &&
    !('basis' in rules.zoning) &&
    isObject(input) &&
    isObject(input.zoning)
  )
    delete input.zoning.basis;
  const parsed = Rules.safeParse(input);
  if (!parsed.success) {
    const { field, detail } = issueText(ctx.lang, parsed.error.issues[0], input);
    throw fileError(prefix + field, detail);
  }
  const extra = unknownKey(input, parsed.data);
  if (extra) throw fileError(prefix + extra, t(ctx.lang, 'unknown_fields', { keys: extra.split('.').at(-1)! }));
  return {
    effective_from: effectiveFrom,
    name:
      (wrapped && typeof doc.name === 'string' && doc.name) ||
      t(ctx.lang, 'rules_province_name', {
        date: `${effectiveFrom.slice(8)}/${effectiveFrom.slice(5, 7)}/${effectiveFrom.slice(0, 4)}`,
      }),
    basis: wrapped && typeof doc.basis === 'string' ? doc.basis : null,
    rules: parsed.data,
  };
}

export interface RulesOptions {
  at?: string;
}

/** Runs `rules set|show`; returns the JSON to print. */
export async function rulesCommand(db: Db, ctx: Ctx, args: string[], o: RulesOptions): Promise<string> {
  const [which, effectiveFrom, file] = args;
  if (which === 'show') {
    if (!o.at || !isoDate.safeParse(o.at).success)
      throw invalid('at', o.at ? 'bad_iso_date' : 'required', { value: o.at ?? '' });
    return JSON.stringify(await rulesOn(db, ctx, o.at), null, 2);
  }
  if (which === 'set') {
    if (!effectiveFrom || !isoDate.safeParse(effectiveFrom).success)
      throw invalid('effective_from', effectiveFrom ? 'bad_iso_date' : 'required');
    if (!file) throw invalid('file', 'required');
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new AppError(400, 'rules_file_unreadable', { file });
    }
    return JSON.stringify(await putRuleSet(db, ctx, ruleSetFromFile(ctx, effectiveFrom, text, file)), null, 2);
  }
  throw invalid('rules', 'bad_enum', { value: which ?? '', allowed: 'set, show' });
}
