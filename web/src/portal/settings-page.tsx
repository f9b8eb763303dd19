// What the public portal shows besides the figures: the province's hotline numbers (the national ones are always
// shown). A province-wide user with portal.manage edits them; the server names a refused row's field.
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../shared/api.ts';
import { call, client } from '../shared/api-client.ts';
import { useApi } from '../shared/use-api.ts';
import type { components } from '../shared/api-schema.d.ts';
import { PORTAL_PATH } from './portal-path.ts';

type Hotline = components['schemas']['PortalSettings']['hotlines'][number];

export function PortalSettingsPage() {
  const { t } = useTranslation();
  const saved = useApi((signal) => client.GET('/portal/settings', { signal }), []);
  const [rows, setRows] = useState<Hotline[]>([]);
  const [error, setError] = useState<ApiError>();
  const [status, setStatus] = useState<string>();
  useEffect(() => {
    if (saved.data) setRows(saved.data.hotlines);
  }, [saved.data]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setStatus(undefined);
    try {
      setRows((await call(client.PUT('/portal/settings', { body: { hotlines: rows } }))).hotlines);
      setStatus(t('portal.settings.saved'));
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, String(err)));
    }
  }
  const set = (i: number, part: Partial<Hotline>) => setRows((r) => r.map((h, j) => (j === i ? { ...h, ...part } : h)));
  /** The server names a row's field as hotlines.<i>.<field>. */
  const invalid = (i: number, field: keyof Hotline) => error?.field === `hotlines.${i}.${field}` || undefined;

  return (
    <div>
      <h1>{t('portal.settings.title')}</h1>
      <p>
        {t('portal.settings.intro')} <Link to={PORTAL_PATH}>{t('portal.settings.open')}</Link>
      </p>
      <form className="card form" onSubmit={(e) => void submit(e)} data-testid="portal-settings">
        <h2>{t('portal.hotlines')}</h2>
        {rows.map((h, i) => (
          <fieldset key={i} className="inline-form">
            <legend className="sr-only">{t('portal.settings.row', { n: i + 1 })}</legend>
            <label htmlFor={`hl-label-${i}`}>{t('portal.settings.label')}</label>
            <input
              id={`hl-label-${i}`}
              value={h.label}
              maxLength={100}
              required
              aria-invalid={invalid(i, 'label')}
              onChange={(e) => set(i, { label: e.target.value })}
            />
            <label htmlFor={`hl-phone-${i}`}>{t('portal.settings.phone')}</label>
            <input
              id={`hl-phone-${i}`}
              value={h.phone}
              maxLength={20}
              required
              inputMode="tel"
              aria-invalid={invalid(i, 'phone')}
              onChange={(e) => set(i, { phone: e.target.value })}
            />
            <button type="button" className="secondary" onClick={() => setRows((r) => r.filter((_, j) => j !== i))}>
              {t('portal.settings.remove', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <p>
          <button
            type="button"
            className="secondary"
            disabled={rows.length >= 10}
            onClick={() => setRows((r) => [...r, { label: '', phone: '' }])}
          >
            {t('portal.settings.add')}
          </button>
        </p>
        <button type="submit">{t('portal.settings.save')}</button>
        {error && (
          <p className="error" role="alert">
            {t('app.error', { message: error.message })}
          </p>
        )}
        {status && <p role="status">{status}</p>}
      </form>
    </div>
  );
}
