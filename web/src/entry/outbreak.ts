// How the entry pages say a traveller came from an outbreak area: inside the province, the zoning judgement stored
// with the record (the unit, level 4 or lockdown, the decision); outside it, the hand-kept area's name.
import type { TFunction } from 'i18next';
import type { components } from '../shared/api-schema.d.ts';

type Zoning = components['schemas']['OutbreakZoning'];

/** Why a unit of the province was an outbreak area: "cấp 4 (nguy cơ rất cao) theo 15/QĐ-UBND", "đang phong tỏa". */
export function zoningReason(t: TFunction, z: Zoning): string {
  const why = z.measure ? t('entry.whyLockdown') : t('entry.whyLevel', { level: z.level });
  return z.decision_number ? t('entry.byDecision', { why, decision: z.decision_number }) : why;
}

/** The sentence for a record, or null when it is not from an outbreak area. */
export function outbreakText(
  t: TFunction,
  r: { outbreak_area?: string | null; outbreak_zoning?: Zoning | null },
): string | null {
  if (r.outbreak_zoning)
    return t('entry.outbreakInside', { unit: r.outbreak_zoning.unit_name, why: zoningReason(t, r.outbreak_zoning) });
  return r.outbreak_area ? t('entry.outbreak', { area: r.outbreak_area }) : null;
}
