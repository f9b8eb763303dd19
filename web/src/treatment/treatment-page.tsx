// The treatment board: beds, ICU beds and ventilators in use per facility and tier at a cut-off, active cases by
// severity day by day, and the home-treatment teams' lists (due a check today, to be moved to a facility).
import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { client } from '../shared/api-client.ts';
import { formatDate, formatInstant, formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { inputToCutoff } from '../reports/cutoff.ts';
import { useOpeningCutoff } from '../reports/opening-cutoff.tsx';
import { Chart, type ChartOption } from '../reports/chart.tsx';
import { SEVERITIES, seriesRange, type HomePatient } from './treatment.ts';

export function TreatmentPage() {
  const { t } = useTranslation();
  const [input, setInput] = useState(useOpeningCutoff());
  const [applied, setApplied] = useState(input);
  const at = inputToCutoff(applied)!;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (inputToCutoff(input)) setApplied(input);
  }

  return (
    <div>
      <div className="section-head">
        <h1>{t('treatment.title')}</h1>
        <form className="inline-form" onSubmit={submit}>
          <label htmlFor="t-cutoff">{t('treatment.at')}</label>
          <input
            id="t-cutoff"
            type="datetime-local"
            value={input}
            onChange={(e) => setInput(e.target.value)}
            required
          />
          <button type="submit">{t('dashboard.apply')}</button>
        </form>
      </div>
      <p>
        <Link to="/treatment/capacity">{t('treatment.capacityLink')}</Link>
      </p>
      <Board at={at} />
      <SeverityChart at={at} />
      <HomeLists at={at} />
    </div>
  );
}

function Board({ at }: { at: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { data, error, loading } = useApi(
    (signal) => client.GET('/treatment/board', { params: { query: { at } }, signal }),
    [at],
  );
  const n = (v: number | null | undefined) => (v == null ? '—' : formatNumber(v, lang));
  const names = new Map(data?.facilities.map((f) => [f.facility_code, f]) ?? []);
  const f = data?.figures;
  return (
    <section className="card" aria-labelledby="t-board-title">
      <h2 id="t-board-title">{t('treatment.board')}</h2>
      {loading && !data && <p role="status">{t('app.loading')}</p>}
      {error && (
        <p className="error" role="alert">
          {t('app.error', { message: error.message })}
        </p>
      )}
      {f && (
        <>
          <p className="muted">{t('treatment.boardAt', { at: formatInstant(String(data.at), lang) })}</p>
          <dl className="fields" data-testid="treatment-totals">
            <div>
              <dt>{t('treatment.inFacility')}</dt>
              <dd>{n(f.in_facility)}</dd>
            </div>
            <div>
              <dt>{t('treatment.atHome')}</dt>
              <dd>{n(f.at_home)}</dd>
            </div>
            <div>
              <dt>{t('treatment.onOxygen')}</dt>
              <dd>{n(f.on_oxygen)}</dd>
            </div>
            <div>
              <dt>{t('treatment.onVentilator')}</dt>
              <dd>{n(f.on_ventilator)}</dd>
            </div>
          </dl>
          <div className="table-wrap" tabIndex={0}>
            <table data-testid="treatment-facilities">
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.facility')}</th>
                  <th scope="col">{t('treatment.tier')}</th>
                  <th scope="col" className="num">
                    {t('treatment.patients')}
                  </th>
                  <th scope="col" className="num">
                    {t('dashboard.beds')}
                  </th>
                  <th scope="col" className="num">
                    {t('treatment.icuInUse')}
                  </th>
                  <th scope="col" className="num">
                    {t('treatment.icuBeds')}
                  </th>
                  <th scope="col" className="num">
                    {t('treatment.ventInUse')}
                  </th>
                  <th scope="col" className="num">
                    {t('treatment.ventilators')}
                  </th>
                  <th scope="col" className="num">
                    {t('treatment.oxygenBeds')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {f.by_facility.map((x) => (
                  <tr key={x.facility_code} data-facility={x.facility_code}>
                    <th scope="row">
                      {names.get(x.facility_code)?.name ?? x.facility_code}{' '}
                      <span className="muted">({x.facility_code})</span>
                    </th>
                    <td>{x.tier == null ? '—' : t('treatment.tierName', { tier: x.tier })}</td>
                    <td className={`num${x.beds != null && x.current > x.beds ? ' error' : ''}`}>{n(x.current)}</td>
                    <td className="num">{n(x.beds)}</td>
                    <td className="num">{n(x.icu_current)}</td>
                    <td className="num">{n(x.icu_beds)}</td>
                    <td className="num">{n(x.on_ventilator)}</td>
                    <td className="num">{n(x.ventilators)}</td>
                    <td className="num">{n(names.get(x.facility_code)?.oxygen_beds)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="table-wrap" tabIndex={0}>
            <table data-testid="treatment-tiers">
              <caption>{t('treatment.byTier')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('treatment.tier')}</th>
                  <th scope="col" className="num">
                    {t('treatment.patients')}
                  </th>
                  <th scope="col" className="num">
                    {t('dashboard.beds')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {(['1', '2', '3'] as const).map((k) => (
                  <tr key={k} data-tier={k}>
                    <th scope="row">{t('treatment.tierName', { tier: k })}</th>
                    <td className="num">{n(f.by_tier[k].current)}</td>
                    <td className="num">{n(f.by_tier[k].beds)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function SeverityChart({ at }: { at: string }) {
  const { t } = useTranslation();
  const { from, to } = seriesRange(at, 30);
  const { data, error } = useApi(
    (signal) => client.GET('/treatment/severity-series', { params: { query: { from, to } }, signal }),
    [from, to],
  );
  const option = useMemo<ChartOption | null>(
    () =>
      data
        ? {
            tooltip: { trigger: 'axis' },
            legend: { top: 0 },
            grid: { left: 48, right: 16, top: 40, bottom: 32 },
            xAxis: { type: 'category', data: data.map((d) => formatDate(d.date).slice(0, 5)) },
            yAxis: { type: 'value' },
            series: SEVERITIES.map((s) => ({
              name: t(`treatment.severity.${s}`),
              type: 'bar',
              stack: 'active',
              data: data.map((d) => d[s]),
            })),
          }
        : null,
    [data, t],
  );
  return (
    <section className="card" aria-labelledby="t-chart-title">
      <h2 id="t-chart-title">{t('treatment.chart', { from: formatDate(from), to: formatDate(to) })}</h2>
      {error && (
        <p className="error" role="alert">
          {t('app.error', { message: error.message })}
        </p>
      )}
      {option && <Chart option={option} label={t('treatment.chartLabel')} />}
    </section>
  );
}

function HomeLists({ at }: { at: string }) {
  const { t } = useTranslation();
  const { data, error, loading } = useApi(
    (signal) => client.GET('/treatment/home-followup', { params: { query: { at } }, signal }),
    [at],
  );
  return (
    <section aria-labelledby="t-home-title">
      <h2 id="t-home-title">{t('treatment.home')}</h2>
      {loading && !data && <p role="status">{t('app.loading')}</p>}
      {error && (
        <p className="error" role="alert">
          {t('app.error', { message: error.message })}
        </p>
      )}
      {data && (
        <>
          <p className="muted">{t('treatment.checkDays', { days: data.check_days })}</p>
          <HomeTable id="due" title={t('treatment.dueCheck')} rows={data.due_check} />
          <HomeTable id="move" title={t('treatment.toMove')} rows={data.to_move} />
        </>
      )}
    </section>
  );
}

function HomeTable({ id, title, rows }: { id: string; title: string; rows: HomePatient[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <div className="card" data-home={id}>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <caption>
            {title} — {formatNumber(rows.length, lang)}
          </caption>
          {rows.length > 0 && (
            <>
              <thead>
                <tr>
                  <th scope="col">{t('treatment.col.person')}</th>
                  <th scope="col">{t('treatment.col.phone')}</th>
                  <th scope="col">{t('treatment.col.homeSince')}</th>
                  <th scope="col">{t('treatment.col.severity')}</th>
                  <th scope="col">{t('treatment.col.lastCheck')}</th>
                  <th scope="col">{t('treatment.col.dueOn')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.person_ref} data-person={r.person_ref}>
                    <td>
                      <Link to={`/people/${encodeURIComponent(r.person_ref)}`}>{r.full_name}</Link>{' '}
                      <span className="muted">({r.person_ref})</span>
                    </td>
                    <td>{r.phone ?? '—'}</td>
                    <td>{formatInstant(String(r.home_since), lang)}</td>
                    <td>{r.severity ? t(`treatment.severity.${r.severity}`) : t('treatment.severity.unknown')}</td>
                    <td>{r.last_observed_at ? formatInstant(String(r.last_observed_at), lang) : '—'}</td>
                    <td>{formatDate(r.due_on)}</td>
                  </tr>
                ))}
              </tbody>
            </>
          )}
        </table>
      </div>
    </div>
  );
}
