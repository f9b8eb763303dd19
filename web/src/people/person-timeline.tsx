// A person's F-level with its explanation, and their history — exposures, case and outcomes, quarantine episodes,
// samples, doses — from the modules' own endpoints. Each source may be missing or refused: it is then named as
// unavailable and the rest still shows.
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi, type Loaded } from '../shared/use-api.ts';
import { client } from '../shared/api-client.ts';
import { useSession } from '../auth/session.tsx';
import { formatDate, formatInstant } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { timelineEvents, type TimelineEvent, type Tracing } from './timeline.ts';
import { inputToCutoff } from '../reports/cutoff.ts';

const ContactGraph = lazy(() => import('./contact-graph.tsx').then((m) => ({ default: m.ContactGraph })));

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

export function PersonTimeline({ personRef }: { personRef: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const ref = personRef;
  // The F-level and the contact graph as of any instant (a recovered F0 was F0 then); default now.
  const [asOf, setAsOf] = useState<string | undefined>();
  const sources = {
    tracing: useApi(
      can('tracing.read')
        ? (signal) => client.GET('/persons/{ref}/tracing', { params: { path: { ref }, query: { at: asOf } }, signal })
        : null,
      [ref, asOf],
    ),
    quarantine: useApi(
      can('quarantine.read')
        ? (signal) => client.GET('/quarantine/episodes', { params: { query: { person_ref: ref } }, signal })
        : null,
      [ref],
    ),
    testing: useApi(
      can('testing.read')
        ? (signal) => client.GET('/testing/samples', { params: { query: { person_ref: ref } }, signal })
        : null,
      [ref],
    ),
    vaccination: useApi(
      can('vaccination.read')
        ? (signal) => client.GET('/vaccination/persons/{ref}/doses', { params: { path: { ref } }, signal })
        : null,
      [ref],
    ),
  };
  // Severity observations exist for cases only: asked for once the person is known to be one.
  const isCase = !!sources.tracing.data?.case;
  const severity = useApi(
    can('treatment.read') && isCase
      ? (signal) => client.GET('/treatment/persons/{ref}/severity', { params: { path: { ref } }, signal })
      : null,
    [ref, isCase],
  );
  const loading = Object.values(sources).some((s) => s.loading);
  const unavailable = (Object.entries(sources) as [keyof typeof sources, Loaded<unknown>][]).filter(
    ([, s]) => !s.loading && !s.data,
  );
  const events = timelineEvents({
    tracing: sources.tracing.data,
    episodes: arrayOrUndefined(sources.quarantine.data),
    samples: arrayOrUndefined(sources.testing.data),
    doses: sources.vaccination.data,
    severity: arrayOrUndefined(severity.data),
  });

  return (
    <>
      {can('tracing.read') && <AsOfForm onApply={setAsOf} />}
      <Level tracing={sources.tracing.data} />
      <section className="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('person.timeline')}</h2>
        {loading && <p role="status">{t('app.loading')}</p>}
        {unavailable.length > 0 && (
          <ul className="notice plain" data-testid="unavailable">
            {unavailable.map(([name, s]) => (
              <li key={name}>
                {t('person.unavailable', { what: t(`person.source.${name}`) })}
                {s.error && <span className="muted"> ({s.error.message})</span>}
              </li>
            ))}
          </ul>
        )}
        {!loading && events.length === 0 && <p className="muted">{t('person.noEvents')}</p>}
        {events.length > 0 && (
          <ol className="timeline" data-testid="timeline">
            {events.map((e, i) => (
              <Event key={i} e={e} />
            ))}
          </ol>
        )}
        {sources.vaccination.data?.next && (
          <p data-testid="next-dose">
            {t('person.nextDose', {
              n: sources.vaccination.data.next.next_dose,
              from: formatDate(sources.vaccination.data.next.due_from),
            })}
          </p>
        )}
      </section>
      {can('tracing.read') && (
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <ContactGraph personRef={personRef} at={asOf} />
        </Suspense>
      )}
    </>
  );
}

/** Picks the instant of the F-level and graph (Viet Nam time); empty or "now" goes back to the present. */
function AsOfForm({ onApply }: { onApply: (at: string | undefined) => void }) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    onApply(inputToCutoff(input) ?? undefined);
  }
  return (
    <form className="inline-form" onSubmit={submit} data-testid="as-of-form">
      <label htmlFor="level-at">{t('person.asOf')}</label>
      <input id="level-at" type="datetime-local" value={input} onChange={(e) => setInput(e.target.value)} />
      <button type="submit">{t('dashboard.apply')}</button>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          setInput('');
          onApply(undefined);
        }}
      >
        {t('person.now')}
      </button>
    </form>
  );
}

/** An endpoint answering something else than a list (a newer shape) is treated as unavailable rather than crashing. */
function arrayOrUndefined<T>(x: T[] | undefined): T[] | undefined {
  return Array.isArray(x) ? x : undefined;
}

function Level({ tracing }: { tracing?: Tracing }) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (!tracing) return null;
  return (
    <section className="card" aria-labelledby="level-title" data-testid="f-level">
      <h2 id="level-title">
        {t('person.level', { at: formatInstant(tracing.at, lang) })}:{' '}
        <span className="badge level">{tracing.label ?? t('person.noLevel')}</span>
      </h2>
      <p data-testid="explanation">{tracing.explanation}</p>
      {tracing.path.length > 1 && (
        <ol className="path" aria-label={t('person.path')}>
          {tracing.path.map((s) => (
            <li key={s.person_ref}>
              <strong>F{s.level}</strong>{' '}
              <Link to={`/people/${encodeURIComponent(s.person_ref)}`}>{s.full_name ?? s.person_ref}</Link>
              {s.exposed_on && <span className="muted"> — {formatDate(s.exposed_on)}</span>}
            </li>
          ))}
        </ol>
      )}
      <p className="muted">
        {t('person.window', {
          from: formatDate(tracing.contact_window.from),
          to: formatDate(tracing.contact_window.to),
        })}
      </p>
    </section>
  );
}

function Event({ e }: { e: TimelineEvent }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const v = e.values;
  const key = e.kind === 'exposure' ? `exposure_${v.role}` : e.kind;
  const label = (group: string, x: string | number) => t(`person.${group}.${x}`, { defaultValue: String(x) });
  const values: Record<string, string | number> = { ...v };
  if (e.kind === 'outcome') values.outcome = label('outcome', v.outcome);
  if (e.kind === 'episode_start') values.kind = label('episodeKind', v.kind);
  if (e.kind === 'episode_end') values.reason = label('endReason', v.reason);
  if (e.kind === 'episode_released') values.at = formatInstant(e.at, lang);
  if (e.kind === 'sample') {
    values.result = label('result', v.result);
    values.method = t(`testing.methodName.${v.method}`, { defaultValue: String(v.method) });
  }
  if (e.kind === 'dose')
    values.product = t(`vaccination.productName.${v.product}`, { defaultValue: String(v.product) });
  if (e.kind === 'severity') {
    values.severity = t(`treatment.severity.${v.severity}`);
    values.oxygen = t(`treatment.oxygen.${v.oxygen}`);
  }
  return (
    <li data-kind={e.kind} className={e.warn ? 'warn-event' : undefined}>
      <time dateTime={e.at}>{isDay(e.at) ? formatDate(e.at) : formatInstant(e.at, lang)}</time>{' '}
      <span>{t(`person.event.${key}`, values)}</span>
      {e.other && (
        <>
          {' '}
          — <Link to={`/people/${encodeURIComponent(e.other)}`}>{t('person.open', { ref: e.other })}</Link>
        </>
      )}
      {e.kind === 'episode_start' && v.facility && <span className="muted"> · {v.facility}</span>}
      {e.kind === 'episode_start' && v.end && (
        <span className="muted"> · {t('person.plannedEnd', { at: formatInstant(String(v.end), lang) })}</span>
      )}
      {e.kind === 'exposure' && v.setting && <span className="muted"> · {label('setting', v.setting)}</span>}
      {e.kind === 'dose' && v.flags && <span className="warn"> · {v.flags}</span>}
    </li>
  );
}
