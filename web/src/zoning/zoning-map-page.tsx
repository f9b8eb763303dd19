// The zoning map: wards coloured by level for a day chosen with a slider over the last 60 days, the counts by level
// beside it, the units whose level changed since a compare day, and a unit's explanation (figures, rule set,
// decision, measures) when it is clicked on the map or picked in the table.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ZoningTabs } from './tabs.tsx';
import { useApi } from '../shared/use-api.ts';
import { client } from '../shared/api-client.ts';
import { useSession } from '../auth/session.tsx';
import { formatDate, formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { countRows, dayIndex, levelColour, levelsOn, LEVELS, ownUnits, sliderWindow, unitChain } from './levels.ts';
import { WardMap } from './ward-map.tsx';
import type { WardCollection } from '../geo/ward-shapes.ts';
import { LevelBadge, UnitExplanation } from './explanation.tsx';
import { WardShapesUpload } from './ward-shapes-upload.tsx';
import type { ZoningUnit } from './types.ts';
import { useOpeningCutoff } from '../reports/opening-cutoff.tsx';

export function ZoningMapPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLang();
  const { me, units, can } = useSession();
  const [params, setParams] = useSearchParams();
  const opening = useOpeningCutoff();
  const at = params.get('at') ?? opening.slice(0, 10);
  const compare = params.get('compare') ?? '';
  const [atInput, setAtInput] = useState(at);
  const [compareInput, setCompareInput] = useState(compare);
  const [selected, setSelected] = useState<string | null>(null);

  const span = sliderWindow(at);
  const series = useApi(
    (signal) => client.GET('/zoning/days', { params: { query: span }, signal }),
    [span.from, span.to],
  );
  const days = series.data?.days ?? [];
  const [index, setIndex] = useState<number | null>(null);
  useEffect(() => setIndex(null), [at]); // a new window starts on its last day
  const shownIndex = index ?? dayIndex(days, at);
  const day = days[shownIndex] ?? at;

  const report = useApi(
    (signal) => client.GET('/zoning', { params: { query: { at: day, ...(compare ? { compare } : {}) } }, signal }),
    [day, compare],
  );
  const shapes = useApi((signal) => client.GET('/geo/wards.geojson', { parseAs: 'json', signal }), []);
  const geo = shapes.data as WardCollection | undefined;

  const own = useMemo(() => ownUnits(units, me?.province_code ?? ''), [units, me?.province_code]);
  // Each district followed by its wards (the 2025 geography has wards only).
  const tableUnits = useMemo(
    () =>
      own.districts.length
        ? own.districts.flatMap((d) => [d, ...own.wards.filter((w) => w.parent_code === d.code)])
        : own.wards,
    [own],
  );
  const levels = useMemo(
    () => (series.data ? levelsOn(series.data, shownIndex) : new Map<string, number | null>()),
    [series.data, shownIndex],
  );
  const counts = series.data?.counts[shownIndex];
  // The day's figures of every unit, for the table (the report of the day shown).
  const figures = useMemo(() => {
    const r = report.data;
    const m = new Map<string, ZoningUnit>();
    if (r) for (const u of [r.province, ...r.districts, ...r.wards]) m.set(u.unit_code, u);
    return m;
  }, [report.data]);
  const ruleSet = useApi(
    (signal) => client.GET('/rules/on/{date}', { params: { path: { date: day } }, signal }),
    [day],
  );
  const windowDays =
    (ruleSet.data?.rules as { zoning?: { window_days: number } } | undefined)?.zoning?.window_days ?? 7;
  const n = (v: number | null | undefined) => (v == null ? '—' : formatNumber(v, lang));
  const pct = (v: number | null | undefined) => (v == null ? '—' : `${formatNumber(v, lang)}%`);

  function submit(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    if (atInput) next.set('at', atInput);
    if (compareInput) next.set('compare', compareInput);
    setParams(next);
  }

  return (
    <div>
      <ZoningTabs />
      <div className="section-head">
        <h1>{t('zoning.title')}</h1>
        <form className="inline-form" onSubmit={submit}>
          <label htmlFor="z-at">{t('zoning.at')}</label>
          <input id="z-at" type="date" value={atInput} onChange={(e) => setAtInput(e.target.value)} required />
          <label htmlFor="z-compare">{t('zoning.compare')}</label>
          <input id="z-compare" type="date" value={compareInput} onChange={(e) => setCompareInput(e.target.value)} />
          <button type="submit">{t('dashboard.apply')}</button>
        </form>
      </div>
      {series.error && (
        <p className="error" role="alert">
          {t('app.error', { message: series.error.message })}
        </p>
      )}
      <section className="card" aria-labelledby="z-map-title">
        <div className="section-head">
          <h2 id="z-map-title">{t('zoning.mapOf', { day: formatDate(day) })}</h2>
          <label className="slider">
            <span>{t('zoning.slider')}</span>
            <input
              type="range"
              min={0}
              max={Math.max(days.length - 1, 0)}
              value={shownIndex}
              disabled={days.length < 2}
              aria-valuetext={formatDate(day)}
              data-testid="zoning-slider"
              onChange={(e) => setIndex(Number(e.target.value))}
            />
            <output data-testid="zoning-day">{formatDate(day)}</output>
          </label>
        </div>
        <div className="map-layout">
          <div>
            {geo && geo.features.length === 0 ? (
              <p className="notice" data-testid="no-shapes">
                {t('zoning.noShapes')}
              </p>
            ) : (
              <WardMap key={i18n.language} geo={geo} levels={levels} selected={selected} onSelect={setSelected} />
            )}
            <ul className="legend" aria-label={t('map.legend')} data-testid="zoning-legend">
              {LEVELS.map((l) => (
                <li key={l}>
                  <span className="swatch" style={{ background: levelColour(l) }} />
                  {t(`zoning.level.${l}`)}
                </li>
              ))}
              <li>
                <span className="swatch" style={{ background: levelColour(null) }} />
                {t('zoning.noLevel')}
              </li>
            </ul>
            {can('geo.write') && <WardShapesUpload onDone={shapes.reload} />}
          </div>
          <div>
            <table className="zoning-counts" data-testid="zoning-counts">
              <caption>{t('zoning.counts', { day: formatDate(day) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('zoning.levelCol')}</th>
                  <th scope="col" className="num">
                    {t('zoning.wards')}
                  </th>
                  {own.districts.length > 0 && (
                    <th scope="col" className="num">
                      {t('zoning.districts')}
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {countRows(counts?.wards).map((r, i) => (
                  <tr key={r.level} data-level={r.level}>
                    <th scope="row">
                      <LevelBadge level={r.level} />
                    </th>
                    <td className="num">{formatNumber(r.count, lang)}</td>
                    {own.districts.length > 0 && (
                      <td className="num">{formatNumber(countRows(counts?.districts)[i].count, lang)}</td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
            {report.data && (
              <p data-testid="province-level">
                {t('zoning.provinceLevel')} <LevelBadge level={report.data.province.level} />{' '}
                <button type="button" className="link" onClick={() => setSelected(report.data!.province.unit_code)}>
                  {t('zoning.why.ask')}
                </button>
              </p>
            )}
            {selected && report.data && (
              <UnitExplanation
                report={report.data}
                code={selected}
                onClose={() => setSelected(null)}
                name={(code) => units.find((u) => u.code === code)?.full_name ?? code}
                chain={unitChain([...(own.province ? [own.province] : []), ...own.districts, ...own.wards], selected)}
              />
            )}
          </div>
        </div>
      </section>
      {compare && report.data && (
        <section className="card" aria-labelledby="z-changed-title" data-testid="zoning-changed">
          <h2 id="z-changed-title">
            {t('zoning.changedSince', { day: formatDate(day), compare: formatDate(compare) })}
          </h2>
          {report.data.changed.length === 0 ? (
            <p>{t('zoning.unchanged')}</p>
          ) : (
            <ul>
              {report.data.changed.map((c) => (
                <li key={c.unit_code}>
                  <button type="button" className="link" onClick={() => setSelected(c.unit_code)}>
                    {units.find((u) => u.code === c.unit_code)?.full_name ?? c.unit_code}
                  </button>
                  : <LevelBadge level={c.from} /> → <LevelBadge level={c.to} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section className="card" aria-labelledby="z-units-title">
        <h2 id="z-units-title">{t('zoning.units', { day: formatDate(day) })}</h2>
        <div className="table-wrap" tabIndex={0}>
          <table className="zoning-units" data-testid="zoning-units">
            <thead>
              <tr>
                <th scope="col">{t('zoning.unit')}</th>
                <th scope="col">{t('zoning.levelCol')}</th>
                <th scope="col" className="num">
                  {t('zoning.casesWindow', { days: windowDays })}
                </th>
                <th scope="col" className="num">
                  {t('zoning.rate')}
                </th>
                <th scope="col" className="num">
                  {t('zoning.dose1Short')}
                </th>
                <th scope="col" className="num">
                  {t('zoning.full50Short')}
                </th>
                <th scope="col">{t('zoning.measures')}</th>
              </tr>
            </thead>
            <tbody>
              {tableUnits.map((u) => {
                const f = figures.get(u.code);
                return (
                  <tr key={u.code} data-unit={u.code}>
                    <td className={u.level === 'ward' ? 'indent' : undefined}>
                      <button type="button" className="link" onClick={() => setSelected(u.code)}>
                        {u.full_name}
                      </button>
                    </td>
                    <td>
                      <LevelBadge level={levels.get(u.code) ?? null} />
                      {f?.source === 'decision' && <span className="muted"> ({t('zoning.byDecision')})</span>}
                    </td>
                    <td className="num">{n(f?.community_cases_7d)}</td>
                    <td className="num">{n(f?.rate_per_100k)}</td>
                    <td className="num">{pct(f?.coverage_dose1_18plus_pct)}</td>
                    <td className="num">{pct(f?.coverage_full_50plus_pct)}</td>
                    <td>{f?.measures.map((m) => t(`zoning.measure.${m}`)).join(', ')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
