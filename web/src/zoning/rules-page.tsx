// The zoning part of the dated rule sets: each set's method, window, rate bands, coverage thresholds and level
// matrix; a province admin (rules.manage) saves a new dated set with its own zoning values (the other rules are
// taken from the set in force on that day), through the rules API.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ZoningTabs } from './tabs.tsx';
import { ApiError } from '../shared/api.ts';
import { call, client } from '../shared/api-client.ts';
import { useApi } from '../shared/use-api.ts';
import { useSession } from '../auth/session.tsx';
import { formatDate, formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { fromZoningForm, toZoningForm, zoningFieldOf, type ZoningForm, type ZoningRules } from './levels.ts';
import { LevelBadge } from './explanation.tsx';

export function ZoningRulesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const sets = useApi((signal) => client.GET('/rules', { signal }), []);
  const latest = sets.data?.[sets.data.length - 1];
  return (
    <div>
      <ZoningTabs />
      <h1>{t('zoning.rules.title')}</h1>
      {sets.error && (
        <p className="error" role="alert">
          {t('app.error', { message: sets.error.message })}
        </p>
      )}
      {[...(sets.data ?? [])].reverse().map((s) => (
        <section key={s.effective_from} className="card" data-rule-set={s.effective_from}>
          <h2>
            {t('zoning.rules.from', { day: formatDate(s.effective_from) })} — {s.name}
          </h2>
          {s.basis && <p className="muted">{t('zoning.rules.basis', { basis: s.basis })}</p>}
          <ZoningRulesView zoning={(s.rules as { zoning?: ZoningRules }).zoning} />
        </section>
      ))}
      {can('rules.manage') && sets.data && (
        <RuleSetForm initial={(latest?.rules as { zoning?: ZoningRules } | undefined)?.zoning} onSaved={sets.reload} />
      )}
    </div>
  );
}

function ZoningRulesView({ zoning }: { zoning: ZoningRules | undefined }) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (!zoning) return <p className="muted">{t('zoning.rules.noZoning')}</p>;
  const n = (v: number) => formatNumber(v, lang);
  if (zoning.method === 'assessed') return <p>{t('zoning.method.assessed')}</p>;
  const bands = zoning.rate_bands;
  const bandLabel = (i: number) =>
    i === 0
      ? t('zoning.rules.below', { to: n(bands[0]) })
      : i === bands.length
        ? t('zoning.rules.atLeast', { from: n(bands[i - 1]) })
        : t('zoning.rules.between', { from: n(bands[i - 1]), to: n(bands[i]) });
  return (
    <>
      <p>
        {t('zoning.method.rate_matrix')} ·{' '}
        {t('zoning.rules.summary', {
          days: zoning.window_days,
          dose1: n(zoning.coverage.dose1_18plus_pct),
          full: n(zoning.coverage.full_50plus_pct),
          doses: zoning.coverage.full_doses,
          zero: zoning.zero_level,
        })}
      </p>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <caption>{t('zoning.rules.matrix')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('zoning.rules.rate')}</th>
              <th scope="col">{t('zoning.rules.met')}</th>
              <th scope="col">{t('zoning.rules.notMet')}</th>
            </tr>
          </thead>
          <tbody>
            {zoning.levels.met.map((met, i) => (
              <tr key={i}>
                <th scope="row">{bandLabel(i)}</th>
                <td>
                  <LevelBadge level={met} />
                </td>
                <td>
                  <LevelBadge level={zoning.levels.not_met[i]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

const TEXT_FIELDS = [
  'window_days',
  'rate_bands',
  'dose1_18plus_pct',
  'full_50plus_pct',
  'full_doses',
  'met',
  'not_met',
  'zero_level',
] as const;

function RuleSetForm({ initial, onSaved }: { initial: ZoningRules | undefined; onSaved: () => void }) {
  const { t } = useTranslation();
  const [head, setHead] = useState({ effective_from: '', name: '', basis: '' });
  const [form, setForm] = useState<ZoningForm>(() => toZoningForm(initial));
  const [error, setError] = useState<{ field: string | null; message: string }>();
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setStatus(undefined);
    try {
      // The other rules stay those in force on the new set's first day.
      const inForce = await call(
        client.GET('/rules/on/{date}', { params: { path: { date: head.effective_from } } }),
      ).catch(() => null);
      const basis = head.basis.trim();
      const zoning = { ...fromZoningForm(form), ...(basis ? { basis } : {}) };
      const rules = { ...(inForce?.rules ?? {}), zoning } as NonNullable<typeof inForce>['rules'];
      await call(
        client.PUT('/rules/{effective_from}', {
          params: { path: { effective_from: head.effective_from } },
          body: { name: head.name.trim(), basis: basis || null, rules },
        }),
      );
      setStatus(t('zoning.rules.saved', { day: formatDate(head.effective_from) }));
      onSaved();
    } catch (err) {
      const e = err instanceof ApiError ? err : new ApiError(0, String(err));
      const field = zoningFieldOf(e.field) ?? (['name', 'basis'].includes(e.field ?? '') ? e.field! : null);
      setError({ field, message: e.message });
      if (field) document.getElementById(`rules-${field}`)?.focus();
    } finally {
      setBusy(false);
    }
  }

  const aria = (field: string) => ({
    id: `rules-${field}`,
    'aria-invalid': error?.field === field || undefined,
    'aria-describedby': error?.field === field ? `rules-${field}-error` : undefined,
  });
  const fieldError = (field: string): ReactNode =>
    error?.field === field && (
      <p id={`rules-${field}-error`} className="error field-error" data-testid="field-error">
        {error.message}
      </p>
    );

  return (
    <section className="card" aria-labelledby="rules-form-title">
      <h2 id="rules-form-title">{t('zoning.rules.add')}</h2>
      <p className="muted">{t('zoning.rules.addHint')}</p>
      <form className="form template-form" onSubmit={submit} data-testid="rules-form">
        <fieldset disabled={busy}>
          <div className="field">
            <label htmlFor="rules-effective_from">{t('zoning.rules.effectiveFrom')}</label>
            <input
              {...aria('effective_from')}
              type="date"
              required
              value={head.effective_from}
              onChange={(e) => setHead({ ...head, effective_from: e.target.value })}
            />
          </div>
          {(['name', 'basis'] as const).map((f) => (
            <div key={f} className="field">
              <label htmlFor={`rules-${f}`}>{t(`zoning.rules.${f}Field`)}</label>
              <input
                {...aria(f)}
                required={f === 'name'}
                maxLength={200}
                value={head[f]}
                onChange={(e) => setHead({ ...head, [f]: e.target.value })}
              />
              {fieldError(f)}
            </div>
          ))}
          <div className="field">
            <label htmlFor="rules-method">{t('zoning.rules.methodField')}</label>
            <select
              {...aria('method')}
              value={form.method}
              onChange={(e) => setForm({ ...form, method: e.target.value as ZoningForm['method'] })}
            >
              <option value="rate_matrix">{t('zoning.method.rate_matrix')}</option>
              <option value="assessed">{t('zoning.method.assessed')}</option>
            </select>
            {fieldError('method')}
          </div>
          {TEXT_FIELDS.map((f) => (
            <div key={f} className="field">
              <label htmlFor={`rules-${f}`}>{t(`zoning.rules.field.${f}`)}</label>
              <input
                {...aria(f)}
                value={form[f]}
                required
                onChange={(e) => setForm({ ...form, [f]: e.target.value })}
              />
              {fieldError(f)}
            </div>
          ))}
          <button type="submit">{t('zoning.save')}</button>
          {error && !error.field && (
            <p className="error" role="alert" data-testid="rules-error">
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
