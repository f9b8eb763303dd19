// The hand-kept list of outbreak areas outside the province (other provinces, their districts and wards, countries)
// with their dates, and the form a user with entry.manage adds one with. Inside the province, outbreak areas come
// from zoning (a ward or district at level 4 or under lockdown): the server refuses the province's own units.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../shared/api.ts';
import { call, client } from '../shared/api-client.ts';
import { useApi } from '../shared/use-api.ts';
import { formatDate } from '../shared/format.ts';
import { useSession } from '../auth/session.tsx';
import type { Period } from './period.ts';
import type { Names } from './entry-page.tsx';

const LEVELS = ['province', 'district', 'ward', 'country'] as const;

export function OutbreakAreas({ period, names }: { period: Period; names: Names }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const areas = useApi((signal) => client.GET('/entry/outbreak-areas', { signal }), []);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<string>();
  // The areas in force on some day of the period.
  const shown = (areas.data ?? []).filter(
    (a) => a.effective_from <= period.to && (a.effective_to === null || a.effective_to >= period.from),
  );

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const f = new FormData(formEl);
    const s = (k: string) => String(f.get(k) ?? '').trim() || undefined;
    setBusy(true);
    setError(undefined);
    setAdded(undefined);
    try {
      const a = await call(
        client.POST('/entry/outbreak-areas', {
          body: {
            level: s('level') as (typeof LEVELS)[number],
            area_code: s('area_code') ?? '',
            effective_from: s('effective_from') ?? '',
            effective_to: s('effective_to') ?? null,
            basis: s('basis') ?? null,
          },
        }),
      );
      setAdded(a.name);
      formEl.reset();
      areas.reload();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, String(err)));
    } finally {
      setBusy(false);
    }
  }
  const field = (name: string, label: string, input: ReactNode) => (
    <div className="field">
      <label htmlFor={`oa-${name}`}>{label}</label>
      {input}
      {error?.field === name && (
        <small className="error" data-for={name}>
          {error.message}
        </small>
      )}
    </div>
  );

  return (
    <section className="card" aria-labelledby="entry-areas-title" data-testid="entry-areas">
      <h2 id="entry-areas-title">{t('entry.areas')}</h2>
      <p className="muted" data-testid="entry-areas-note">
        {t('entry.areasNote')}
      </p>
      {areas.error && (
        <p className="error" role="alert">
          {t('app.error', { message: areas.error.message })}
        </p>
      )}
      {areas.data &&
        (shown.length === 0 ? (
          <p className="muted">{t('entry.none')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('entry.area')}</th>
                  <th scope="col">{t('entry.areaLevel')}</th>
                  <th scope="col">{t('entry.areaDates')}</th>
                  <th scope="col">{t('entry.areaFollowups')}</th>
                  <th scope="col">{t('entry.areaBasis')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((a) => (
                  <tr key={a.area_id} data-area={a.area_id}>
                    <th scope="row">
                      {a.level === 'country' ? names.country(a.area_code) : a.name}
                      {a.zone_level != null && (
                        <span className="muted"> · {t('entry.zoneLevel', { level: a.zone_level })}</span>
                      )}
                    </th>
                    <td>{t(`entry.areaLevelName.${a.level}`)}</td>
                    <td>
                      {formatDate(a.effective_from)} – {a.effective_to ? formatDate(a.effective_to) : '…'}
                    </td>
                    <td>{a.followups.map((k) => t(`entry.followupName.${k}`)).join(', ') || '—'}</td>
                    <td>{a.basis ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {can('entry.manage') && (
        <form className="form-grid" key={period.from} onSubmit={(e) => void submit(e)} aria-label={t('entry.addArea')}>
          {field(
            'level',
            t('entry.areaLevel'),
            <select id="oa-level" name="level" defaultValue="province">
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`entry.areaLevelName.${l}`)}
                </option>
              ))}
            </select>,
          )}
          {field(
            'area_code',
            t('entry.areaCode'),
            <input id="oa-area_code" name="area_code" required autoComplete="off" />,
          )}
          {field(
            'effective_from',
            t('entry.from'),
            <input id="oa-effective_from" name="effective_from" type="date" required defaultValue={period.from} />,
          )}
          {field('effective_to', t('entry.to'), <input id="oa-effective_to" name="effective_to" type="date" />)}
          {field('basis', t('entry.areaBasis'), <input id="oa-basis" name="basis" autoComplete="off" />)}
          <div className="field">
            <button type="submit" disabled={busy}>
              {t('entry.addArea')}
            </button>
          </div>
        </form>
      )}
      {error && !error.field && (
        <p className="error" role="alert">
          {t('app.error', { message: error.message })}
        </p>
      )}
      {added && (
        <p className="ok" role="status">
          {t('entry.areaAdded', { name: added })}
        </p>
      )}
    </section>
  );
}
