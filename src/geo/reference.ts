// The official admin-unit lists shipped in reference-data/ (see its README for sources and licences).
import { readCsvFile } from '../shared/csv.ts';

const dir = new URL('../../reference-data/', import.meta.url);
export const GEOGRAPHIES = ['2024', '2025'] as const;
export type Geography = (typeof GEOGRAPHIES)[number];

export interface Unit {
  geography: Geography;
  code: string;
  level: 'province' | 'district' | 'ward';
  name: string;
  full_name: string;
  parent_code: string | null;
}
export interface Mapping {
  old_ward_code: string;
  new_ward_code: string;
  merge: 'full' | 'partial';
}
export interface ProvinceUnits {
  provinceCode: string;
  name: string;
  units: Unit[];
  mapping: Mapping[];
}

let cache: { units2024: Record<string, string>[]; units2025: Record<string, string>[] } | undefined;
function lists() {
  cache ??= {
    units2024: readCsvFile(new URL('admin-units-2024.csv', dir)),
    units2025: readCsvFile(new URL('admin-units-2025.csv', dir)),
  };
  return cache;
}

/** Every 2024 (pre-merger) province code: the province part of a CCCD is one of these. */
export function provinceCodes2024(): Set<string> {
  return new Set(lists().units2024.map((r) => r.province_code));
}

function parseMergedFrom(s: string): { code: string; merge: 'full' | 'partial' }[] {
  return s
    .split(';')
    .filter(Boolean)
    .map((p) => {
      const [code, merge] = p.split(':');
      return { code, merge: merge === 'partial' ? 'partial' : 'full' };
    });
}

/**
 * The units a province tenant needs: its own geography in full, and the other geography's units that overlap it,
 * with the 2024 → 2025 ward mapping between them. Returns null for a code not in that geography's list.
 */
export function provinceUnits(code: string, geography: Geography): ProvinceUnits | null {
  const { units2024, units2025 } = lists();
  const old = geography === '2024' ? units2024.filter((r) => r.province_code === code) : null;
  const news = geography === '2025' ? units2025.filter((r) => r.province_code === code) : null;
  if ((old && old.length === 0) || (news && news.length === 0)) return null;

  let oldRows: Record<string, string>[], newRows: Record<string, string>[];
  if (old) {
    const oldWards = new Set(old.map((r) => r.ward_code).filter(Boolean));
    oldRows = old;
    newRows = units2025.filter((r) => parseMergedFrom(r.merged_from).some((m) => oldWards.has(m.code)));
  } else {
    newRows = news!;
    const sources = new Set(newRows.flatMap((r) => parseMergedFrom(r.merged_from).map((m) => m.code)));
    oldRows = units2024.filter((r) => sources.has(r.ward_code));
  }

  const units = new Map<string, Unit>();
  const add = (u: Unit) => units.set(`${u.geography}:${u.code}`, u);
  for (const r of oldRows) {
    add({
      geography: '2024',
      code: r.province_code,
      level: 'province',
      name: r.province_name,
      full_name: r.province_full_name,
      parent_code: null,
    });
    add({
      geography: '2024',
      code: r.district_code,
      level: 'district',
      name: r.district_name,
      full_name: r.district_full_name,
      parent_code: r.province_code,
    });
    if (r.ward_code)
      add({
        geography: '2024',
        code: r.ward_code,
        level: 'ward',
        name: r.ward_name,
        full_name: r.ward_full_name,
        parent_code: r.district_code,
      });
  }
  const oldWardCodes = new Set(oldRows.map((r) => r.ward_code));
  const mapping: Mapping[] = [];
  for (const r of newRows) {
    const fullName = r.province_full_name;
    add({
      geography: '2025',
      code: r.province_code,
      level: 'province',
      name: fullName.replace(/^(Tỉnh|Thành phố) /, ''),
      full_name: fullName,
      parent_code: null,
    });
    add({
      geography: '2025',
      code: r.ward_code,
      level: 'ward',
      name: r.ward_full_name.replace(/^(Phường|Xã|Đặc khu) /, ''),
      full_name: r.ward_full_name,
      parent_code: r.province_code,
    });
    for (const m of parseMergedFrom(r.merged_from)) {
      if (oldWardCodes.has(m.code)) mapping.push({ old_ward_code: m.code, new_ward_code: r.ward_code, merge: m.merge });
    }
  }
  const own = [...units.values()].find((u) => u.geography === geography && u.level === 'province' && u.code === code)!;
  return { provinceCode: code, name: own.name, units: [...units.values()], mapping };
}
