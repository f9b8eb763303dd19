// Admin units as /api/v1/geo/units returns them, and lookups the pages share (names for codes, a user's area).
import type { components } from '../shared/api-schema.d.ts';

export type Unit = components['schemas']['AdminUnit'];

/** Code → unit. Codes of the two geographies rarely collide; where they do the 2024 unit (the one records use) wins. */
export function unitIndex(units: Unit[]): Map<string, Unit> {
  const m = new Map<string, Unit>();
  for (const u of units) if (!m.has(u.code) || u.geography === '2024') m.set(u.code, u);
  return m;
}

export const unitName = (index: Map<string, Unit>, code: string | null | undefined) =>
  code ? (index.get(code)?.full_name ?? code) : '—';

/** "Phường III, Thành phố Vị Thanh, Tỉnh Hậu Giang": the unit and the units above it. */
export function areaLabel(index: Map<string, Unit>, code: string): string {
  const names: string[] = [];
  for (
    let u = index.get(code), guard = 0;
    u && guard < 4;
    u = u.parent_code ? index.get(u.parent_code) : undefined, guard++
  ) {
    names.push(u.full_name);
  }
  return names.length ? names.join(', ') : code;
}

/** Ward code → district code, from the 2024 geography (the one with districts). */
export function wardDistricts(units: Unit[]): Map<string, string> {
  return new Map(
    units
      .filter((u) => u.geography === '2024' && u.level === 'ward' && u.parent_code)
      .map((u) => [u.code, u.parent_code!]),
  );
}
