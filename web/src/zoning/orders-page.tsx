// Zoning decisions (a level declared by a numbered decision) and measures in force (Chỉ thị 15/16/19, lockdown):
// the list in force on a day, a form to add one (the server's refusal shown next to the field it names), delete.
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ZoningTabs } from './tabs.tsx';
import { ApiError } from '../shared/api.ts';
import { call, client } from '../shared/api-client.ts';
import { useApi } from '../shared/use-api.ts';
import { useSession } from '../auth/session.tsx';
import { formatDate } from '../shared/format.ts';
import { useOpeningCutoff } from '../reports/opening-cutoff.tsx';
import { LEVELS, MEASURES, ownUnits } from './levels.ts';
import { LevelBadge } from './explanation.tsx';
import { UnitPicker } from './unit-picker.tsx';
import type { DecisionRow, MeasureRow } from './types.ts';

type Kind = 'decisions' | 'measures';
const FIELDS = {
  decisions: ['unit_code', 'level', 'from_date', 'to_date', 'decision_number', 'reason'],
  measures: ['unit_code', 'measure', 'from_date', 'to_date', 'decision_number', 'note'],
} as const;
type Form = Record<string, string>;
type Row = DecisionRow | MeasureRow;
/** Where a page's texts are in the catalogue (`zoning.measures` is the measures' label). */
const pageKey = (kind: Kind) => (kind === 'decisions' ? 'decisions' : 'measuresPage');
const empty = (kind: Kind): Form => Object.fromEntries(FIELDS[kind].map((f) => [f, '']));

export const DecisionsPage = () => <OrdersPage kind="decisions" />;
export const MeasuresPage = () => <OrdersPage kind="measures" />;

function OrdersPage({ kind }: { kind: Kind }) {
  const { t } = useTranslation();
  const { can, units, me } = useSession();
  // A ward is named with its district (the same ward name recurs across districts).
  const own = useMemo(() => ownUnits(units, me?.province_code ?? ''), [units, me?.province_code]);
  const districtOf = (code: string) => {
    const parent = own.wards.find((w) => w.code === code)?.parent_code;
    return own.districts.find((d) => d.code === parent)?.full_name;
  };
  const [params, setParams] = useSearchParams();
  const opening = useOpeningCutoff();
  const at = params.get('at') ?? opening.slice(0, 10);
  const decisions = useApi(
    kind === 'decisions' ? (signal) => client.GET('/zoning/decisions', { params: { query: { at } }, signal }) : null,
    [kind, at],
  );
  const measures = useApi(
    kind === 'measures' ? (signal) => client.GET('/zoning/measures', { params: { query: { at } }, signal }) : null,
    [kind, at],
  );
  const list = kind === 'decisions' ? decisions : measures;
  const rows: Row[] = (kind === 'decisions' ? decisions.data : measures.data) ?? [];
  const [deleteError, setDeleteError] = useState<string>();

  async function remove(row: Row) {
    const question =
      'level' in row
        ? t('zoning.confirmDelete.decision', {
            unit: row.unit_name,
            from: formatDate(row.from_date),
            level: t(`zoning.level.${row.level}`),
          })
        : t('zoning.confirmDelete.measure', {
            unit: row.unit_name,
            from: formatDate(row.from_date),
            measure: t(`zoning.measure.${row.measure}`),
          });
    if (!window.confirm(question)) return;
    setDeleteError(undefined);
    try {
      if ('level' in row)
        await call(
          client.DELETE('/zoning/decisions/{unit_code}/{from_date}', {
            params: { path: { unit_code: row.unit_code, from_date: row.from_date } },
          }),
        );
      else
        await call(
          client.DELETE('/zoning/measures/{unit_code}/{measure}/{from_date}', {
            params: { path: { unit_code: row.unit_code, measure: row.measure, from_date: row.from_date } },
          }),
        );
      list.reload();
    } catch (err) {
      setDeleteError(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <div>
      <ZoningTabs />
      <div className="section-head">
        <h1>{t(`zoning.${pageKey(kind)}.title`)}</h1>
        <label className="inline">
          <span>{t('zoning.inForceOn')}</span>
          <input
            type="date"
            value={at}
            onChange={(e) => e.target.value && setParams(new URLSearchParams({ at: e.target.value }))}
          />
        </label>
      </div>
      <section className="card" aria-labelledby="orders-title">
        <h2 id="orders-title">{t(`zoning.${pageKey(kind)}.inForce`, { day: formatDate(at) })}</h2>
        {list.loading && !list.data && <p role="status">{t('app.loading')}</p>}
        {list.error && (
          <p className="error" role="alert">
            {t('app.error', { message: list.error.message })}
          </p>
        )}
        {deleteError && (
          <p className="error" role="alert">
            {deleteError}
          </p>
        )}
        {list.data && rows.length === 0 && <p className="muted">{t(`zoning.${pageKey(kind)}.none`)}</p>}
        {rows.length > 0 && (
          <div className="table-wrap" tabIndex={0}>
            <table data-testid={`zoning-${kind}`}>
              <thead>
                <tr>
                  <th scope="col">{t('zoning.unit')}</th>
                  <th scope="col">{t(kind === 'decisions' ? 'zoning.levelCol' : 'zoning.measureCol')}</th>
                  <th scope="col">{t('zoning.field.from_date')}</th>
                  <th scope="col">{t('zoning.field.to_date')}</th>
                  <th scope="col">{t('zoning.field.decision_number')}</th>
                  <th scope="col">{t(kind === 'decisions' ? 'zoning.field.reason' : 'zoning.field.note')}</th>
                  {can('zoning.write') && <th scope="col" />}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.unit_code}/${'measure' in r ? r.measure : ''}/${r.from_date}`} data-unit={r.unit_code}>
                    <td>
                      {r.unit_name}
                      {districtOf(r.unit_code) && <span className="muted">, {districtOf(r.unit_code)}</span>}
                    </td>
                    <td>{'level' in r ? <LevelBadge level={r.level} /> : t(`zoning.measure.${r.measure}`)}</td>
                    <td>{formatDate(r.from_date)}</td>
                    <td>{r.to_date ? formatDate(String(r.to_date)) : t('zoning.open')}</td>
                    <td>{r.decision_number ?? '—'}</td>
                    <td>{('level' in r ? r.reason : r.note) ?? '—'}</td>
                    {can('zoning.write') && (
                      <td>
                        <button type="button" className="secondary" onClick={() => void remove(r)}>
                          {t('zoning.delete')}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {can('zoning.write') && <OrderForm kind={kind} onSaved={list.reload} />}
    </div>
  );
}

function OrderForm({ kind, onSaved }: { kind: Kind; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(() => empty(kind));
  const [error, setError] = useState<{ field: string | null; message: string }>();
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (field: string, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setStatus(undefined);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setStatus(undefined);
    const common = {
      unit_code: form.unit_code,
      from_date: form.from_date,
      to_date: form.to_date || null,
      decision_number: form.decision_number.trim() || null,
    };
    try {
      if (kind === 'decisions')
        await call(
          client.POST('/zoning/decisions', {
            body: { ...common, level: Number(form.level), reason: form.reason.trim() || null },
          }),
        );
      else
        await call(
          client.POST('/zoning/measures', {
            body: {
              ...common,
              measure: form.measure as (typeof MEASURES)[number],
              note: form.note.trim() || null,
            },
          }),
        );
      setForm(empty(kind));
      setStatus(t(`zoning.${pageKey(kind)}.saved`));
      onSaved();
    } catch (err) {
      const e = err instanceof ApiError ? err : new ApiError(0, String(err));
      const field = (FIELDS[kind] as readonly string[]).find((f) => e.field === f || e.field?.endsWith(`.${f}`));
      setError({ field: field ?? null, message: e.message });
      if (field) document.getElementById(`order-${field}`)?.focus();
    } finally {
      setBusy(false);
    }
  }

  const aria = (field: string) => ({
    id: `order-${field}`,
    'aria-invalid': error?.field === field || undefined,
    'aria-describedby': error?.field === field ? `order-${field}-error` : undefined,
  });
  const fieldError = (field: string): ReactNode =>
    error?.field === field && (
      <p id={`order-${field}-error`} className="error field-error" data-testid="field-error">
        {error.message}
      </p>
    );
  const label = (field: string) => <label htmlFor={`order-${field}`}>{t(`zoning.field.${field}`)}</label>;

  return (
    <section className="card" aria-labelledby="order-form-title">
      <h2 id="order-form-title">{t(`zoning.${pageKey(kind)}.add`)}</h2>
      <form className="form template-form" onSubmit={submit} data-testid={`${kind}-form`}>
        <fieldset disabled={busy}>
          <div className="field">
            {label('unit_code')}
            <UnitPicker
              id="order-unit_code"
              value={form.unit_code}
              onChange={(v) => set('unit_code', v)}
              invalid={error?.field === 'unit_code'}
              describedBy={error?.field === 'unit_code' ? 'order-unit_code-error' : undefined}
            />
            {fieldError('unit_code')}
          </div>
          {kind === 'decisions' ? (
            <div className="field">
              {label('level')}
              <select {...aria('level')} value={form.level} onChange={(e) => set('level', e.target.value)} required>
                <option value="">{t('zoning.pickLevel')}</option>
                {LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {t(`zoning.level.${l}`)}
                  </option>
                ))}
              </select>
              {fieldError('level')}
            </div>
          ) : (
            <div className="field">
              {label('measure')}
              <select
                {...aria('measure')}
                value={form.measure}
                onChange={(e) => set('measure', e.target.value)}
                required
              >
                <option value="">{t('zoning.pickMeasure')}</option>
                {MEASURES.map((m) => (
                  <option key={m} value={m}>
                    {t(`zoning.measure.${m}`)}
                  </option>
                ))}
              </select>
              {fieldError('measure')}
            </div>
          )}
          {(['from_date', 'to_date'] as const).map((f) => (
            <div key={f} className="field">
              {label(f)}
              <input
                {...aria(f)}
                type="date"
                value={form[f]}
                required={f === 'from_date'}
                onChange={(e) => set(f, e.target.value)}
              />
              {fieldError(f)}
            </div>
          ))}
          {(['decision_number', kind === 'decisions' ? 'reason' : 'note'] as const).map((f) => (
            <div key={f} className="field">
              {label(f)}
              <input
                {...aria(f)}
                value={form[f]}
                maxLength={f === 'decision_number' ? 100 : 500}
                onChange={(e) => set(f, e.target.value)}
              />
              {fieldError(f)}
            </div>
          ))}
          <button type="submit">{t('zoning.save')}</button>
          {error && !error.field && (
            <p className="error" role="alert" data-testid="order-error">
              {error.message}
            </p>
          )}
          {status && (
            <p className="ok" role="status">
              {status}
            </p>
          )}
        </fieldset>
      </form>
    </section>
  );
}
