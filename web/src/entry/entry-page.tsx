// Entry control: the checkpoint registry with the staff on shift, crossings by mode and by checkpoint for a period,
// declarations by checkpoint and origin, the latest crossings, incidents (illegal entries) and violations, and the
// form a checkpoint officer records a crossing with.
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { client } from '../shared/api-client.ts';
import type { components } from '../shared/api-schema.d.ts';
import { formatDate, formatInstant, formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { useSession } from '../auth/session.tsx';
import { areaLabel, unitName } from '../geo/units.ts';
import { defaultPeriod, isValidPeriod, periodInstants, type Period } from './period.ts';
import { CrossingForm } from './crossing-form.tsx';
import { outbreakText } from './outbreak.ts';
import { OutbreakAreas } from './outbreak-areas.tsx';

type Checkpoint = components['schemas']['Checkpoint'];
type Shift = components['schemas']['CheckpointShift'];

/** Names for codes shared by the sections: checkpoints, origin provinces, wards and countries. */
export interface Names {
  checkpoints: Checkpoint[];
  provinces: { code: string; name: string }[];
  checkpoint: (code: string | null | undefined) => string;
  province: (code: string | null | undefined) => string;
  ward: (code: string | null | undefined) => string;
  country: (code: string | null | undefined) => string;
  /** Where a traveller came from, as precisely as known: a unit of the province by name, else the province or country. */
  origin: (o: Origin) => string;
}
type Origin = Pick<
  components['schemas']['DeclarationSummary'],
  'from_country' | 'from_province' | 'from_district' | 'from_ward'
>;

function useNames(): Names | undefined {
  const { units2024 } = useSession();
  const lang = currentLang();
  const cps = useApi((signal) => client.GET('/entry/checkpoints', { signal }), []);
  const provinces = useApi((signal) => client.GET('/public/entry/units', { signal }), []);
  return useMemo(() => {
    if (!cps.data || !provinces.data) return undefined;
    const cp = new Map(cps.data.map((c) => [c.checkpoint_code, c.name]));
    const pv = new Map(provinces.data.map((p) => [p.code, p.name]));
    const regions = new Intl.DisplayNames([lang], { type: 'region' });
    const province = (c: string | null | undefined) => (c ? (pv.get(c) ?? c) : '—');
    const country = (c: string | null | undefined) => (c ? (regions.of(c) ?? c) : '—');
    return {
      checkpoints: cps.data,
      provinces: provinces.data,
      checkpoint: (c) => (c ? (cp.get(c) ?? c) : '—'),
      province,
      ward: (c) => unitName(units2024, c),
      country,
      origin: (o) => {
        if (o.from_country !== 'VN') return country(o.from_country);
        const own = (o.from_ward && units2024.get(o.from_ward)) || (o.from_district && units2024.get(o.from_district));
        return own ? areaLabel(units2024, own.code) : province(o.from_province);
      },
    };
  }, [cps.data, provinces.data, units2024, lang]);
}

export function EntryPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const names = useNames();
  const latest = useApi((signal) => client.GET('/entry/crossings', { params: { query: { limit: 1 } }, signal }), []);
  const [chosen, setChosen] = useState<Period>();
  const [input, setInput] = useState<Period>();
  const [saved, setSaved] = useState(0); // bumps after a crossing is recorded: the figures reload
  if (!latest.data && !latest.error) return <p role="status">{t('app.loading')}</p>;
  const lastDay = latest.data?.[0]?.crossed_at;
  const fallback = defaultPeriod(lastDay);
  const period = chosen ?? fallback;
  const form = input ?? period;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (isValidPeriod(form)) setChosen(form);
  }

  return (
    <div>
      <div className="section-head">
        <h1>{t('entry.title')}</h1>
        <form className="inline-form" onSubmit={submit} aria-label={t('entry.period')}>
          <label htmlFor="entry-from">{t('entry.from')}</label>
          <input
            id="entry-from"
            type="date"
            value={form.from}
            onChange={(e) => setInput({ ...form, from: e.target.value })}
            required
          />
          <label htmlFor="entry-to">{t('entry.to')}</label>
          <input
            id="entry-to"
            type="date"
            value={form.to}
            onChange={(e) => setInput({ ...form, to: e.target.value })}
            required
          />
          <button type="submit">{t('dashboard.apply')}</button>
        </form>
      </div>
      <p className="muted" data-testid="entry-period">
        {t('entry.showing', { from: formatDate(period.from), to: formatDate(period.to) })}
        {!chosen && lastDay && ' ' + t('entry.latestData', { day: formatDate(fallback.to) })}
      </p>
      {can('reports.read') && (
        <p>
          <Link to="/entry/cohorts">{t('cohort.link')}</Link>
        </p>
      )}
      {!names ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <>
          <Checkpoints names={names} period={period} />
          {can('reports.read') && <Figures names={names} period={period} key={`f${saved}`} />}
          <Declarations names={names} period={period} key={`d${saved}`} />
          <OutbreakAreas period={period} names={names} />
          {can('entry.write') && names.checkpoints.length > 0 && (
            <CrossingForm names={names} defaultDay={period.to} onSaved={() => setSaved((n) => n + 1)} />
          )}
          <Crossings names={names} period={period} key={`c${saved}`} />
          <Incidents names={names} period={period} />
          <Violations names={names} period={period} />
        </>
      )}
    </div>
  );
}

/** A card with its title, loading and error states. */
function Card({
  id,
  title,
  loading,
  error,
  children,
  actions,
}: {
  id: string;
  title: string;
  loading: boolean;
  error?: { message: string };
  children?: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid={id}>
      <div className="section-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {actions}
      </div>
      {loading && <p role="status">{t('app.loading')}</p>}
      {error && (
        <p className="error" role="alert">
          {t('app.error', { message: error.message })}
        </p>
      )}
      {children}
    </section>
  );
}

const n = (v: number | null | undefined) => (v == null ? '—' : formatNumber(v, currentLang()));

function Checkpoints({ names, period }: { names: Names; period: Period }) {
  const { t } = useTranslation();
  const cps = names.checkpoints;
  return (
    <Card id="entry-checkpoints" title={t('entry.checkpoints')} loading={false}>
      {cps.length === 0 ? (
        <p className="muted">{t('entry.noCheckpoints')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('entry.checkpoint')}</th>
                <th scope="col">{t('entry.kind')}</th>
                <th scope="col">{t('entry.mode')}</th>
                <th scope="col">{t('entry.ward')}</th>
                <th scope="col">{t('entry.staff')}</th>
                <th scope="col">{t('entry.form')}</th>
              </tr>
            </thead>
            <tbody>
              {cps.map((c) => (
                <tr key={c.checkpoint_code} data-checkpoint={c.checkpoint_code}>
                  <th scope="row">
                    {c.name} <span className="muted">({c.checkpoint_code})</span>
                    {c.active_to && (
                      <div className="muted">{t('entry.activeTo', { day: formatDate(c.active_to) })}</div>
                    )}
                  </th>
                  <td>
                    {t(`entry.kindName.${c.kind}`)}
                    {c.border && ` · ${names.country(c.border)}`}
                  </td>
                  <td>{t(`entry.modeName.${c.mode}`)}</td>
                  <td>{names.ward(c.ward_code)}</td>
                  <td>
                    <Staff code={c.checkpoint_code} period={period} />
                  </td>
                  <td>
                    <a href={`/khai-bao/${encodeURIComponent(c.checkpoint_code)}?t=${c.form_token}`} target="_blank">
                      {t('entry.openForm')}
                    </a>
                    {' · '}
                    <a href={`/api/v1/entry/checkpoints/${encodeURIComponent(c.checkpoint_code)}/qr.svg`} download="">
                      {t('entry.qr')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

/** The shifts of a checkpoint in the period: staff by force on the last day, the shifts listed on demand. */
function Staff({ code, period }: { code: string; period: Period }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const q = periodInstants(period);
  const { data } = useApi(
    (signal) => client.GET('/entry/checkpoints/{code}/shifts', { params: { path: { code }, query: q }, signal }),
    [code, q.from, q.to],
  );
  if (!data) return <span className="muted">…</span>;
  if (data.length === 0) return <span className="muted">{t('entry.noShifts')}</span>;
  const byForce = new Map<string, number>(FORCES.map((f) => [f, 0]));
  for (const s of data) byForce.set(s.force, (byForce.get(s.force) ?? 0) + s.staff);
  return (
    <details data-staff={code}>
      <summary>{t('entry.shiftsSummary', { shifts: data.length, staff: formatNumber(sum(data), lang) })}</summary>
      <ul className="plain">
        {[...byForce]
          .filter(([, staff]) => staff > 0)
          .map(([force, staff]) => (
            <li key={force}>
              {t(`entry.forceName.${force}`)}: {formatNumber(staff, lang)}
            </li>
          ))}
      </ul>
    </details>
  );
}
/** The forces in the order checkpoint reports list them. */
const FORCES = ['border_guard', 'military', 'police', 'militia', 'health', 'volunteer', 'other'];
const sum = (shifts: Shift[]) => shifts.reduce((a, s) => a + s.staff, 0);

/** Crossings by mode, by checkpoint and by day (the entry figures of the daily report, for the period). */
function Figures({ names, period }: { names: Names; period: Period }) {
  const { t } = useTranslation();
  const q = periodInstants(period);
  const { data, error, loading } = useApi(
    (signal) => client.GET('/entry/counts', { params: { query: { at: q.to, since: q.from } }, signal }),
    [q.from, q.to],
  );
  const c = data?.crossings;
  const decisionCols = ['entries', 'exits', 'allowed', 'quarantine', 'turned_back', 'rapid_tests'] as const;
  type Tally = Record<(typeof decisionCols)[number], number>;
  const head = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {decisionCols.map((k) => (
          <th key={k} scope="col" className="num">
            {t(`entry.col.${k}`)}
          </th>
        ))}
      </tr>
    </thead>
  );
  const row = (key: string, label: ReactNode, v: Tally, attr: string) => (
    <tr key={key} {...{ [attr]: key }}>
      <th scope="row">{label}</th>
      {decisionCols.map((k) => (
        <td key={k} className="num">
          {n(v[k])}
        </td>
      ))}
    </tr>
  );
  return (
    <Card id="entry-figures" title={t('entry.figures')} loading={loading && !data} error={error}>
      {c && (
        <>
          <dl className="fields" data-testid="entry-totals">
            <dt>{t('entry.col.entries')}</dt>
            <dd>{n(c.entries)}</dd>
            <dt>{t('entry.fromOutbreak')}</dt>
            <dd>{n(c.entries_from_outbreak_areas)}</dd>
            <dt>{t('entry.rapidPositive')}</dt>
            <dd>
              {n(c.rapid_positive)} / {n(c.rapid_tests)}
            </dd>
          </dl>
          <div className="table-wrap" tabIndex={0}>
            <table data-testid="entry-by-mode">
              <caption>{t('entry.byMode')}</caption>
              {head(t('entry.mode'))}
              <tbody>
                {Object.entries(c.by_mode).map(([m, v]) => row(m, t(`entry.modeName.${m}`), v, 'data-mode'))}
              </tbody>
            </table>
          </div>
          <div className="table-wrap" tabIndex={0}>
            <table data-testid="entry-by-checkpoint">
              <caption>{t('entry.byCheckpoint')}</caption>
              {head(t('entry.checkpoint'))}
              <tbody>
                {Object.entries(c.by_checkpoint).map(([k, v]) => row(k, names.checkpoint(k), v, 'data-checkpoint'))}
              </tbody>
            </table>
          </div>
          <div className="table-wrap" tabIndex={0}>
            <table data-testid="entry-by-day">
              <caption>{t('entry.byDay')}</caption>
              {head(t('entry.day'))}
              <tbody>
                {Object.entries(c.by_day)
                  .sort(([a], [b]) => a.localeCompare(b))
                  .map(([d, v]) => row(d, formatDate(d), v, 'data-day'))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Card>
  );
}

const LIST_LIMIT = 1000;

/**
 * Declarations of the period counted by checkpoint (or channel) and the province they come from; the count from
 * outbreak areas opens the list of those declarations, each with why its origin was one on its day.
 */
function Declarations({ names, period }: { names: Names; period: Period }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const q = periodInstants(period);
  const { data, error, loading } = useApi(
    (signal) => client.GET('/entry/declarations', { params: { query: { ...q, limit: LIST_LIMIT } }, signal }),
    [q.from, q.to],
  );
  const [open, setOpen] = useState<string>();
  const rows = useMemo(() => {
    const m = new Map<string, { key: string; site: string; origin: string; total: number; outbreak: Declaration[] }>();
    for (const d of data ?? []) {
      const site = d.checkpoint_code
        ? names.checkpoint(d.checkpoint_code)
        : d.accommodation_code
          ? `${t('entry.channelName.accommodation')} ${d.accommodation_code}`
          : t(`entry.channelName.${d.channel}`);
      const origin = d.from_country !== 'VN' ? names.country(d.from_country) : names.province(d.from_province);
      const key = `${site}\u0000${origin}`;
      const r = m.get(key) ?? { key, site, origin, total: 0, outbreak: [] };
      r.total++;
      if (d.outbreak_area) r.outbreak.push(d);
      m.set(key, r);
    }
    return [...m.values()].sort(
      (a, b) => a.site.localeCompare(b.site, 'vi') || b.total - a.total || a.origin.localeCompare(b.origin, 'vi'),
    );
  }, [data, names, t]);
  const shown = rows.find((r) => r.key === open);
  return (
    <Card id="entry-declarations" title={t('entry.declarations')} loading={loading && !data} error={error}>
      {data &&
        (rows.length === 0 ? (
          <p className="muted">{t('entry.none')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            {data.length === LIST_LIMIT && <p className="warn">{t('entry.limited', { count: LIST_LIMIT })}</p>}
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('entry.site')}</th>
                  <th scope="col">{t('entry.origin')}</th>
                  <th scope="col" className="num">
                    {t('entry.count')}
                  </th>
                  <th scope="col" className="num">
                    {t('entry.fromOutbreak')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{r.site}</th>
                    <td>{r.origin}</td>
                    <td className="num">{n(r.total)}</td>
                    <td className="num">
                      {r.outbreak.length === 0 ? (
                        n(0)
                      ) : (
                        <button
                          type="button"
                          className="link"
                          aria-expanded={open === r.key}
                          aria-controls="entry-outbreak-list"
                          aria-label={t('entry.showOutbreak', { count: r.outbreak.length })}
                          onClick={() => setOpen(open === r.key ? undefined : r.key)}
                        >
                          {n(r.outbreak.length)}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('entry.total')}</th>
                  <td />
                  <td className="num">{n(data.length)}</td>
                  <td className="num">{n(data.filter((d) => d.outbreak_area).length)}</td>
                </tr>
              </tfoot>
            </table>
            {shown && (
              <table id="entry-outbreak-list" data-testid="entry-outbreak-list">
                <caption>{t('entry.outbreakList', { site: shown.site, origin: shown.origin })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('entry.time')}</th>
                    <th scope="col">{t('entry.declarationRef')}</th>
                    <th scope="col">{t('entry.traveller')}</th>
                    <th scope="col">{t('entry.origin')}</th>
                    <th scope="col">{t('entry.judgement')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.outbreak.map((d) => (
                    <tr key={d.declaration_ref} data-declaration={d.declaration_ref}>
                      <td>{formatInstant(d.declared_at, lang)}</td>
                      <td>{d.declaration_ref}</td>
                      <td>
                        {d.full_name}
                        {d.birth_year != null && <span className="muted"> ({d.birth_year})</span>}
                      </td>
                      <td>{names.origin(d)}</td>
                      <td className="warn">{outbreakText(t, d)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        ))}
    </Card>
  );
}
type Declaration = components['schemas']['DeclarationSummary'];

const SHOWN = 20;

function Crossings({ names, period }: { names: Names; period: Period }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const q = periodInstants(period);
  const { data, error, loading } = useApi(
    (signal) => client.GET('/entry/crossings', { params: { query: { ...q, limit: SHOWN } }, signal }),
    [q.from, q.to],
  );
  return (
    <Card id="entry-crossings" title={t('entry.crossings', { count: SHOWN })} loading={loading && !data} error={error}>
      {data &&
        (data.length === 0 ? (
          <p className="muted">{t('entry.none')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('entry.time')}</th>
                  <th scope="col">{t('entry.checkpoint')}</th>
                  <th scope="col">{t('entry.traveller')}</th>
                  <th scope="col">{t('entry.origin')}</th>
                  <th scope="col">{t('entry.purpose')}</th>
                  <th scope="col">{t('entry.decision')}</th>
                  <th scope="col">{t('entry.rapidTest')}</th>
                </tr>
              </thead>
              <tbody>
                {data.map((c) => (
                  <tr key={c.crossing_id} data-crossing={c.crossing_id}>
                    <td>{formatInstant(c.crossed_at, lang)}</td>
                    <td>
                      {names.checkpoint(c.checkpoint_code)}
                      <div className="muted">
                        {t(`entry.directionName.${c.direction}`)} · {t(`entry.modeName.${c.mode}`)}
                      </div>
                    </td>
                    <td>
                      {c.full_name}
                      {c.birth_year != null && <span className="muted"> ({c.birth_year})</span>}
                      {c.person_ref && <div className="muted">{c.person_ref}</div>}
                    </td>
                    <td>
                      {c.from_country !== 'VN' ? names.country(c.from_country) : names.province(c.from_province)}
                      {outbreakText(t, c) && <div className="warn">{outbreakText(t, c)}</div>}
                    </td>
                    <td>{t(`entry.purposeName.${c.purpose}`)}</td>
                    <td>{t(`entry.decisionName.${c.decision}`)}</td>
                    <td>{c.rapid_test ? t(`entry.rapidName.${c.rapid_test}`) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </Card>
  );
}

function Incidents({ names, period }: { names: Names; period: Period }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const q = periodInstants(period);
  const { data, error, loading } = useApi(
    (signal) => client.GET('/entry/incidents', { params: { query: { ...q, limit: LIST_LIMIT } }, signal }),
    [q.from, q.to],
  );
  return (
    <Card id="entry-incidents" title={t('entry.incidents')} loading={loading && !data} error={error}>
      {data &&
        (data.length === 0 ? (
          <p className="muted">{t('entry.none')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('entry.time')}</th>
                  <th scope="col">{t('entry.incidentKind')}</th>
                  <th scope="col" className="num">
                    {t('entry.people')}
                  </th>
                  <th scope="col">{t('entry.place')}</th>
                  <th scope="col">{t('entry.handling')}</th>
                </tr>
              </thead>
              <tbody>
                {data.map((i) => (
                  <tr key={i.incident_id} data-incident={i.incident_id}>
                    <td>{formatInstant(i.occurred_at, lang)}</td>
                    <td>
                      {t(`entry.incidentName.${i.kind}`)}
                      {i.border && <div className="muted">{names.country(i.border)}</div>}
                    </td>
                    <td className="num">{n(i.people)}</td>
                    <td>
                      {i.place}
                      <div className="muted">
                        {[
                          i.checkpoint_code && names.checkpoint(i.checkpoint_code),
                          i.ward_code && names.ward(i.ward_code),
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </div>
                    </td>
                    <td>
                      {t(`entry.handlingName.${i.handling}`)}
                      {i.handling_note && <div className="muted">{i.handling_note}</div>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </Card>
  );
}

function Violations({ names, period }: { names: Names; period: Period }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const q = periodInstants(period);
  const { data, error, loading } = useApi(
    (signal) => client.GET('/entry/violations', { params: { query: { ...q, limit: LIST_LIMIT } }, signal }),
    [q.from, q.to],
  );
  const fines = (data ?? []).reduce((a, v) => a + (v.fine_vnd ?? 0), 0);
  return (
    <Card id="entry-violations" title={t('entry.violations')} loading={loading && !data} error={error}>
      {data &&
        (data.length === 0 ? (
          <p className="muted">{t('entry.none')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('entry.time')}</th>
                  <th scope="col">{t('entry.violationKind')}</th>
                  <th scope="col">{t('entry.offender')}</th>
                  <th scope="col">{t('entry.place')}</th>
                  <th scope="col" className="num">
                    {t('entry.fine')}
                  </th>
                  <th scope="col">{t('entry.decisionRef')}</th>
                </tr>
              </thead>
              <tbody>
                {data.map((v) => (
                  <tr key={v.violation_id} data-violation={v.violation_id}>
                    <td>{formatInstant(v.occurred_at, lang)}</td>
                    <td>{t(`entry.violationName.${v.kind}`)}</td>
                    <td>
                      {v.offender_name}
                      {v.person_ref && <div className="muted">{v.person_ref}</div>}
                    </td>
                    <td>
                      {v.place ?? '—'}
                      {v.ward_code && <div className="muted">{names.ward(v.ward_code)}</div>}
                    </td>
                    <td className="num">{v.fine_vnd == null ? '—' : `${n(v.fine_vnd)} đ`}</td>
                    <td>{v.decision_ref ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={4}>
                    {t('entry.totalFines', { count: data.length })}
                  </th>
                  <td className="num" data-testid="entry-fines">
                    {n(fines)} đ
                  </td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
        ))}
    </Card>
  );
}
