// Treatment on the person page of a case: care episodes (admit to a facility or home, transfer, end on recovery or
// death — which proposes the case's outcome) and severity observations with oxygen support.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { call, client } from '../shared/api-client.ts';
import { useSession } from '../auth/session.tsx';
import { ApiError } from '../shared/api.ts';
import { formatInstant } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { inputToCutoff, toVnInput } from '../reports/cutoff.ts';
import { OBSERVED, OXYGEN, type CareEpisode } from './treatment.ts';

export function PersonTreatment({ personRef, onChange }: { personRef: string; onChange?: () => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const lang = currentLang();
  const ref = personRef;
  const care = useApi(
    (signal) => client.GET('/treatment/persons/{ref}/care', { params: { path: { ref } }, signal }),
    [ref],
  );
  const severity = useApi(
    (signal) => client.GET('/treatment/persons/{ref}/severity', { params: { path: { ref } }, signal }),
    [ref],
  );
  const facilities = useApi(
    can('quarantine.read')
      ? (signal) => client.GET('/quarantine/facilities', { params: { query: { use: 'treatment' } }, signal })
      : null,
    [],
  );
  // Shown after the form that ended the treatment has gone (an ended episode offers no end form).
  const [proposed, setProposed] = useState<string | null>(null);
  const [saved, setSaved] = useState(0); // a saved form starts empty again (its key changes)
  const reload = () => {
    setSaved((n) => n + 1);
    care.reload();
    severity.reload();
    onChange?.();
  };
  if (care.error?.status === 404) return null; // not a case: nothing to treat
  const open = care.data?.find((e) => !e.end_at);
  const write = can('treatment.write');
  const options = facilities.data?.facilities.filter((f) => f.kind !== 'quarantine') ?? [];

  return (
    <section className="card" aria-labelledby="treatment-title" data-testid="person-treatment">
      <h2 id="treatment-title">{t('treatment.person.title')}</h2>
      <datalist id="treatment-facilities">
        {options.map((f) => (
          <option key={f.facility_code} value={f.facility_code}>
            {f.name}
          </option>
        ))}
      </datalist>
      {care.error && care.error.status !== 404 && (
        <p className="error" role="alert">
          {t('app.error', { message: care.error.message })}
        </p>
      )}
      {care.data && care.data.length === 0 && <p className="muted">{t('treatment.person.noCare')}</p>}
      {care.data && care.data.length > 0 && (
        <div className="table-wrap" tabIndex={0}>
          <table data-testid="care-episodes">
            <caption>{t('treatment.person.episodes')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('treatment.person.place')}</th>
                <th scope="col">{t('treatment.tier')}</th>
                <th scope="col">{t('treatment.person.start')}</th>
                <th scope="col">{t('treatment.person.end')}</th>
              </tr>
            </thead>
            <tbody>
              {care.data.map((e) => (
                <tr key={e.episode_id} data-episode={e.episode_id} data-open={e.end_at ? undefined : 'true'}>
                  <td>{place(e, t)}</td>
                  <td>{e.tier == null ? '—' : t('treatment.tierName', { tier: e.tier })}</td>
                  <td>{formatInstant(String(e.start_at), lang)}</td>
                  <td>
                    {e.end_at
                      ? `${formatInstant(String(e.end_at), lang)} — ${t(`treatment.endReason.${e.end_reason}`)}`
                      : t('treatment.person.ongoing')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {write && care.data && !open && (
        <PlacementForm
          key={`admit-${saved}`}
          id="admit"
          title={t('treatment.person.admit')}
          timeLabel={t('treatment.person.start')}
          submit={(p, at) =>
            call(
              client.POST('/treatment/persons/{ref}/care', {
                params: { path: { ref } },
                body: { ...p, start_at: at },
              }),
            )
          }
          done={reload}
        />
      )}
      {write && open && (
        <>
          <PlacementForm
            key={`transfer-${saved}`}
            id="transfer"
            title={t('treatment.person.transfer')}
            timeLabel={t('treatment.person.at')}
            submit={(p, at) =>
              call(
                client.POST('/treatment/care/{id}/transfer', {
                  params: { path: { id: open.episode_id } },
                  body: { ...p, at },
                }),
              )
            }
            done={reload}
          />
          <EndForm key={`end-${saved}`} episode={open} done={reload} ended={setProposed} />
        </>
      )}
      {proposed && (
        <p className="notice" data-testid="proposed-outcome">
          {t('treatment.person.proposed', { outcome: t(`person.outcome.${proposed}`) })}
        </p>
      )}
      <h3>{t('treatment.person.severity')}</h3>
      {severity.data && severity.data.length === 0 && <p className="muted">{t('treatment.person.noSeverity')}</p>}
      {severity.data && severity.data.length > 0 && (
        <ul className="plain" data-testid="severity-list">
          {severity.data.map((s) => (
            <li key={String(s.observed_at)}>
              {formatInstant(String(s.observed_at), lang)}: <strong>{t(`treatment.severity.${s.severity}`)}</strong>
              {s.oxygen !== 'none' && <span className="muted"> · {t(`treatment.oxygen.${s.oxygen}`)}</span>}
            </li>
          ))}
        </ul>
      )}
      {write && <SeverityForm key={`severity-${saved}`} personRef={ref} done={reload} />}
    </section>
  );
}

function place(e: CareEpisode, t: (k: string) => string): string {
  return e.setting === 'home' ? t('treatment.setting.home') : `${e.facility_name ?? ''} (${e.facility_code})`;
}

type Placement = { setting: 'facility' | 'home'; facility_code?: string; override_reason?: string; tier?: number };

/** A form posting with its error shown beside it; clears nothing on failure so the officer can correct. */
function useSubmit(done: () => void) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await action();
      done();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return { error, busy, run };
}

function FormError({ error }: { error: string | null }): ReactNode {
  return error ? (
    <p className="error" role="alert">
      {error}
    </p>
  ) : null;
}

function PlacementForm(props: {
  id: string;
  title: string;
  timeLabel: string;
  submit: (p: Placement, at: string) => Promise<unknown>;
  done: () => void;
}) {
  const { t } = useTranslation();
  const [setting, setSetting] = useState<'facility' | 'home'>('facility');
  const [facility, setFacility] = useState('');
  const [tier, setTier] = useState('');
  const [at, setAt] = useState(() => toVnInput(new Date()));
  const [override, setOverride] = useState('');
  const { error, busy, run } = useSubmit(props.done);
  const id = (x: string) => `${props.id}-${x}`;

  function submit(e: FormEvent) {
    e.preventDefault();
    const instant = inputToCutoff(at);
    if (!instant) return;
    const p: Placement =
      setting === 'home'
        ? { setting }
        : {
            setting,
            facility_code: facility.trim(),
            ...(tier ? { tier: Number(tier) } : {}),
            ...(override.trim() ? { override_reason: override.trim() } : {}),
          };
    void run(() => props.submit(p, instant));
  }

  return (
    <form className="inline-form treatment-form" onSubmit={submit} data-form={props.id} aria-labelledby={id('title')}>
      <h3 id={id('title')}>{props.title}</h3>
      <label htmlFor={id('setting')}>{t('treatment.person.setting')}</label>
      <select id={id('setting')} value={setting} onChange={(e) => setSetting(e.target.value as 'facility' | 'home')}>
        <option value="facility">{t('treatment.setting.facility')}</option>
        <option value="home">{t('treatment.setting.home')}</option>
      </select>
      {setting === 'facility' && (
        <>
          <label htmlFor={id('facility')}>{t('treatment.person.facility')}</label>
          <input
            id={id('facility')}
            list="treatment-facilities"
            value={facility}
            onChange={(e) => setFacility(e.target.value)}
            required
          />
          <label htmlFor={id('tier')}>{t('treatment.person.tierOptional')}</label>
          <select id={id('tier')} value={tier} onChange={(e) => setTier(e.target.value)}>
            <option value="">{t('treatment.person.facilityTier')}</option>
            {[1, 2, 3].map((k) => (
              <option key={k} value={k}>
                {t('treatment.tierName', { tier: k })}
              </option>
            ))}
          </select>
          <label htmlFor={id('override')}>{t('treatment.person.override')}</label>
          <input id={id('override')} value={override} onChange={(e) => setOverride(e.target.value)} />
        </>
      )}
      <label htmlFor={id('at')}>{props.timeLabel}</label>
      <input id={id('at')} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} required />
      <button type="submit" disabled={busy}>
        {props.title}
      </button>
      <FormError error={error} />
    </form>
  );
}

function EndForm(props: { episode: CareEpisode; done: () => void; ended: (proposed: string | null) => void }) {
  const { episode, done, ended } = props;
  const { t } = useTranslation();
  const [reason, setReason] = useState<'recovered' | 'died' | 'other'>('recovered');
  const [at, setAt] = useState(() => toVnInput(new Date()));
  const { error, busy, run } = useSubmit(done);
  function submit(e: FormEvent) {
    e.preventDefault();
    const end_at = inputToCutoff(at);
    if (!end_at) return;
    void run(async () => {
      const r = await call(
        client.POST('/treatment/care/{id}/end', {
          params: { path: { id: episode.episode_id } },
          body: { end_at, end_reason: reason },
        }),
      );
      ended(r.proposed_outcome);
    });
  }
  return (
    <form className="inline-form treatment-form" onSubmit={submit} data-form="end" aria-labelledby="end-title">
      <h3 id="end-title">{t('treatment.person.endTitle')}</h3>
      <label htmlFor="end-reason">{t('treatment.person.endReason')}</label>
      <select id="end-reason" value={reason} onChange={(e) => setReason(e.target.value as typeof reason)}>
        {(['recovered', 'died', 'other'] as const).map((r) => (
          <option key={r} value={r}>
            {t(`treatment.endReason.${r}`)}
          </option>
        ))}
      </select>
      <label htmlFor="end-at">{t('treatment.person.end')}</label>
      <input id="end-at" type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} required />
      <button type="submit" disabled={busy}>
        {t('treatment.person.endTitle')}
      </button>
      <FormError error={error} />
    </form>
  );
}

function SeverityForm({ personRef, done }: { personRef: string; done: () => void }) {
  const { t } = useTranslation();
  const [severity, setSeverity] = useState<(typeof OBSERVED)[number]>('mild');
  const [oxygen, setOxygen] = useState<(typeof OXYGEN)[number]>('none');
  const [at, setAt] = useState(() => toVnInput(new Date()));
  const { error, busy, run } = useSubmit(done);
  function submit(e: FormEvent) {
    e.preventDefault();
    const observed_at = inputToCutoff(at);
    if (!observed_at) return;
    void run(() =>
      call(
        client.POST('/treatment/persons/{ref}/severity', {
          params: { path: { ref: personRef } },
          body: { observed_at, severity, oxygen },
        }),
      ),
    );
  }
  return (
    <form className="inline-form treatment-form" onSubmit={submit} data-form="severity" aria-labelledby="sev-title">
      <h3 id="sev-title">{t('treatment.person.observe')}</h3>
      <label htmlFor="sev-severity">{t('treatment.col.severity')}</label>
      <select id="sev-severity" value={severity} onChange={(e) => setSeverity(e.target.value as typeof severity)}>
        {OBSERVED.map((s) => (
          <option key={s} value={s}>
            {t(`treatment.severity.${s}`)}
          </option>
        ))}
      </select>
      <label htmlFor="sev-oxygen">{t('treatment.person.oxygen')}</label>
      <select id="sev-oxygen" value={oxygen} onChange={(e) => setOxygen(e.target.value as typeof oxygen)}>
        {OXYGEN.map((o) => (
          <option key={o} value={o}>
            {t(`treatment.oxygen.${o}`)}
          </option>
        ))}
      </select>
      <label htmlFor="sev-at">{t('treatment.person.observedAt')}</label>
      <input id="sev-at" type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} required />
      <button type="submit" disabled={busy}>
        {t('treatment.person.observe')}
      </button>
      <FormError error={error} />
    </form>
  );
}
