// Picking a unit of the province for a decision or a measure: the province, then each district with its wards.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session.tsx';
import { ownUnits } from './levels.ts';

export function UnitPicker({
  id,
  value,
  onChange,
  invalid,
  describedBy,
}: {
  id: string;
  value: string;
  onChange: (code: string) => void;
  invalid?: boolean;
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const { me, units } = useSession();
  const own = useMemo(() => ownUnits(units, me?.province_code ?? ''), [units, me?.province_code]);
  const wardsOf = (parent: string) => own.wards.filter((w) => w.parent_code === parent);
  return (
    <select
      id={id}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      required
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
    >
      <option value="">{t('zoning.pickUnit')}</option>
      {own.province && <option value={own.province.code}>{own.province.full_name}</option>}
      {own.districts.map((d) => (
        <optgroup key={d.code} label={d.full_name}>
          <option value={d.code}>{d.full_name}</option>
          {wardsOf(d.code).map((w) => (
            <option key={w.code} value={w.code}>
              {w.full_name}
            </option>
          ))}
        </optgroup>
      ))}
      {own.districts.length === 0 &&
        own.wards.map((w) => (
          <option key={w.code} value={w.code}>
            {w.full_name}
          </option>
        ))}
    </select>
  );
}
