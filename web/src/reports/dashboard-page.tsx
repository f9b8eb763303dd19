// The dashboard for a cut-off (default: now): the daily report's figures with their changes, the trend of the days
// before, quarantine facilities and the district map.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { formatDay, formatInstant, formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { DistrictMap } from '../geo/district-map.tsx';
import { Chart, type ChartOption } from './chart.tsx';
import { inputToCutoff } from './cutoff.ts';
import { useOpeningCutoff } from './opening-cutoff.tsx';
import { figureText, HEADLINE, type TrendPoint } from './daily-report.ts';
import { Facilities, FigureTables } from './figure-tables.tsx';
import { getDailyReport, useTrend } from './use-daily-report.ts';

const TREND_DAYS = 14;

export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLang();
  const [input, setInput] = useState(useOpeningCutoff());
  const [at, setAt] = useState(() => inputToCutoff(input)!);
  const { data: report, error, loading } = useApi((signal) => getDailyReport(at, signal), [at]);
  const trend = useTrend(report ? at : null, TREND_DAYS);

  function submit(e: FormEvent) {
    e.preventDefault();
    const c = inputToCutoff(input);
    if (c) setAt(c);
  }

  return (
    <div className="dashboard">
      <div className="section-head">
        <h1>{t('dashboard.title')}</h1>
        <form className="inline-form" onSubmit={submit}>
          <label htmlFor="cutoff">{t('dashboard.cutoff')}</label>
          <input id="cutoff" type="datetime-local" value={input} onChange={(e) => setInput(e.target.value)} required />
          <button type="submit">{t('dashboard.apply')}</button>
        </form>
      </div>
      <div aria-live="polite">
        {loading && <p role="status">{t('app.loading')}</p>}
        {error && (
          <p className={error.status === 404 ? 'notice' : 'error'} role="alert">
            {error.status === 404 ? t('dashboard.unavailable') : t('app.error', { message: error.message })}
          </p>
        )}
      </div>
      {report && (
        <>
          <p className="muted" data-testid="as-of">
            {t('dashboard.asOf', {
              at: formatInstant(report.as_of, lang),
              prev: formatInstant(report.previous_as_of, lang),
            })}
          </p>
          <dl className="headline">
            {HEADLINE.map((path) => (
              <div key={path} className="card" data-figure={path}>
                <dt>{t(`figure.${path}`)}</dt>
                <dd>{figureText(report, path, lang)}</dd>
              </div>
            ))}
          </dl>
          <FigureTables report={report} />
          <Facilities report={report} />
          <Trend points={trend.points} error={trend.error} />
        </>
      )}
      {/* remade in the other language: MapLibre's control texts are set when the map is made */}
      <DistrictMap key={i18n.language} at={at} />
    </div>
  );
}

function Trend({ points, error }: { points?: TrendPoint[]; error?: Error }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const options = useMemo(() => points && trendOptions(points, t, lang), [points, t, lang]);
  return (
    <section className="card" aria-labelledby="trend-title">
      <h2 id="trend-title">{t('dashboard.trend', { days: TREND_DAYS })}</h2>
      {error && (
        <p className="error" role="alert">
          {t('app.error', { message: error.message })}
        </p>
      )}
      {!options && !error && <p role="status">{t('app.loading')}</p>}
      {options && (
        <div className="charts">
          <figure>
            <figcaption>{t('dashboard.trendCases')}</figcaption>
            <Chart option={options.counts} label={t('dashboard.trendCases')} />
          </figure>
          <figure>
            <figcaption>{t('dashboard.trendRates')}</figcaption>
            <Chart option={options.rates} label={t('dashboard.trendRates')} />
          </figure>
        </div>
      )}
    </section>
  );
}

function trendOptions(
  points: TrendPoint[],
  t: (k: string) => string,
  lang: 'vi' | 'en',
): { counts: ChartOption; rates: ChartOption } {
  const days = points.map((p) => formatDay(p.as_of));
  const valueFormatter = (v: unknown) => formatNumber(typeof v === 'number' ? v : null, lang);
  const base = {
    tooltip: { trigger: 'axis', valueFormatter },
    legend: { top: 0 },
    grid: { left: 48, right: 48, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: days },
  };
  const axisLabel = { formatter: (v: number) => formatNumber(v, lang) };
  return {
    counts: {
      ...base,
      yAxis: [
        { type: 'value', minInterval: 1, axisLabel },
        { type: 'value', minInterval: 1, axisLabel },
      ],
      series: [
        { name: t('dashboard.newCases'), type: 'bar', data: points.map((p) => p.newCases), color: '#c0392b' },
        {
          name: t('dashboard.newSamples'),
          type: 'line',
          yAxisIndex: 1,
          data: points.map((p) => p.newSamples),
          color: '#2c7fb8',
        },
      ],
    },
    rates: {
      ...base,
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => `${formatNumber(v, lang)}%` } },
      series: [
        {
          name: t('dashboard.positivity'),
          type: 'line',
          data: points.map((p) => p.positivityPct),
          color: '#c0392b',
          connectNulls: false,
        },
        { name: t('dashboard.occupancyPct'), type: 'line', data: points.map((p) => p.occupancyPct), color: '#7b3294' },
      ],
    },
  };
}
