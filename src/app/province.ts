// Province initialisation: the tenant with its admin units (geo), then every module's rule defaults (national
// rule sets, vaccine schedules), in one transaction. Idempotent.
import type { Db } from '../db/connection.ts';
import type { Geography } from '../geo/reference.ts';
import { loadProvinceUnits } from '../geo/service.ts';
import { MODULES } from './modules.ts';

export async function initProvince(
  db: Db,
  code: string,
  geography: Geography,
): Promise<{ province_code: string; name: string; units: number }> {
  return db.tx(async (tx) => {
    const province = await loadProvinceUnits(tx, code, geography);
    for (const m of MODULES) await m.seedProvince?.(tx, code);
    return province;
  });
}
