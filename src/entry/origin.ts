// Where travellers come from: the national admin-unit lists in reference-data/ (every province, not only the
// tenant's), for the public form's pickers and to check and complete origin codes (a ward gives its district
// and province). Codes are looked up in the tenant's geography first, then in the other one.
import { readCsvFile } from '../shared/csv.ts';
import type { Geography } from '../geo/reference.ts';
import type { RowError } from '../imports/pipeline.ts';

export interface OriginUnit {
  code: string;
  name: string;
  level: 'province' | 'district' | 'ward';
  province: string;
  district: string | null;
}
interface UnitList {
  byCode: Map<string, OriginUnit>;
  children: Map<string, OriginUnit[]>;
}

const dir = new URL('../../reference-data/', import.meta.url);
const cache = new Map<Geography, UnitList>();

function unitList(g: Geography): UnitList {
  let l = cache.get(g);
  if (l) return l;
  l = { byCode: new Map(), children: new Map() };
  const add = (u: OriginUnit, parent: string) => {
    if (l!.byCode.has(`${u.level}:${u.code}`)) return;
    l!.byCode.set(`${u.level}:${u.code}`, u);
    const siblings = l!.children.get(parent) ?? [];
    siblings.push(u);
    l!.children.set(parent, siblings);
  };
  for (const r of readCsvFile(new URL(`admin-units-${g}.csv`, dir))) {
    const provinceName = g === '2024' ? r.province_name : r.province_full_name.replace(/^(Tỉnh|Thành phố) /, '');
    add(
      { code: r.province_code, name: provinceName, level: 'province', province: r.province_code, district: null },
      '',
    );
    if (g === '2024') {
      add(
        {
          code: r.district_code,
          name: r.district_full_name,
          level: 'district',
          province: r.province_code,
          district: null,
        },
        r.province_code,
      );
      if (r.ward_code)
        add(
          {
            code: r.ward_code,
            name: r.ward_full_name,
            level: 'ward',
            province: r.province_code,
            district: r.district_code,
          },
          r.district_code,
        );
    } else {
      add(
        { code: r.ward_code, name: r.ward_full_name, level: 'ward', province: r.province_code, district: null },
        r.province_code,
      );
    }
  }
  for (const c of l.children.values()) c.sort((a, b) => a.code.localeCompare(b.code));
  cache.set(g, l);
  return l;
}

/** Provinces (no parent), or the districts/wards under a unit, for the form's pickers. */
export function originUnits(g: Geography, parent?: string): { code: string; name: string }[] {
  return (unitList(g).children.get(parent ?? '') ?? []).map(({ code, name }) => ({ code, name }));
}

function find(g: Geography, level: OriginUnit['level'], code: string): OriginUnit | undefined {
  const other: Geography = g === '2024' ? '2025' : '2024';
  return unitList(g).byCode.get(`${level}:${code}`) ?? unitList(other).byCode.get(`${level}:${code}`);
}

export interface OriginInput {
  from_country?: string | null;
  from_province?: string | null;
  from_district?: string | null;
  from_ward?: string | null;
}
export interface Origin {
  from_country: string;
  from_province: string | null;
  from_district: string | null;
  from_ward: string | null;
}

/**
 * Checks an origin and fills the parents of the most precise unit given. Abroad (country ≠ VN) takes no
 * Vietnamese unit. Errors name the column at fault.
 */
export function resolveOrigin(input: OriginInput, g: Geography = '2024'): { origin: Origin } | { errors: RowError[] } {
  const country = (input.from_country || 'VN').trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country))
    return { errors: [{ column: 'from_country', key: 'bad_country', params: { value: input.from_country ?? '' } }] };
  const given = {
    province: input.from_province?.trim() || null,
    district: input.from_district?.trim() || null,
    ward: input.from_ward?.trim() || null,
  };
  if (country !== 'VN') {
    const column = given.province
      ? 'from_province'
      : given.district
        ? 'from_district'
        : given.ward
          ? 'from_ward'
          : null;
    return column
      ? { errors: [{ column, key: 'origin_abroad_unit' }] }
      : { origin: { from_country: country, from_province: null, from_district: null, from_ward: null } };
  }
  let { province, district } = given;
  const { ward } = given;
  const mismatch = (column: string, value: string, parent: string): { errors: RowError[] } => ({
    errors: [{ column, key: 'origin_mismatch', params: { value, parent } }],
  });
  if (ward) {
    const w = find(g, 'ward', ward);
    if (!w) return { errors: [{ column: 'from_ward', key: 'unknown_unit', params: { value: ward } }] };
    if (district && w.district && district !== w.district) return mismatch('from_ward', ward, district);
    if (province && province !== w.province) return mismatch('from_ward', ward, province);
    district ??= w.district;
    province = w.province;
  }
  if (district) {
    const d = find(g, 'district', district);
    if (!d) return { errors: [{ column: 'from_district', key: 'unknown_unit', params: { value: district } }] };
    if (province && province !== d.province) return mismatch('from_district', district, province);
    province = d.province;
  }
  if (province && !find(g, 'province', province))
    return { errors: [{ column: 'from_province', key: 'unknown_unit', params: { value: province } }] };
  return { origin: { from_country: country, from_province: province, from_district: district, from_ward: ward } };
}

/** Checks an outbreak area's code against its level (countries: ISO alpha-2). */
export function knownArea(level: 'country' | OriginUnit['level'], code: string, g: Geography = '2024'): boolean {
  return level === 'country' ? /^[A-Z]{2}$/.test(code) : !!find(g, level, code);
}

/** The display name of an area code at a level. */
export function areaName(level: 'country' | OriginUnit['level'], code: string, g: Geography = '2024'): string | null {
  return level === 'country' ? code : (find(g, level, code)?.name ?? null);
}

/** The province an area code at a level lies in (the code itself for a province; null for a country or unknown). */
export function areaProvince(
  level: 'country' | OriginUnit['level'],
  code: string,
  g: Geography = '2024',
): string | null {
  if (level === 'country') return null;
  return level === 'province' ? code : (find(g, level, code)?.province ?? null);
}
