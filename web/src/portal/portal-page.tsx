// The public portal, read without signing in (like the provinces' covid pages of 2021): the latest issued report's
// figures with their change, the risk levels of that day on a map with the counts, the measures in force, the
// checkpoints' health-declaration forms, certificate verification and the hotlines. Nothing personal reaches it
// (src/portal/schemas.ts); the server caches the answer a minute.
import { useMemo } from 'react';
import { Link, NavLink, Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { client } from '../shared/api-client.ts';
import type { components } from '../shared/api-schema.d.ts';
import { formatDate, formatInstant, formatWithChange } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { LanguageSelect } from '../app/language-select.tsx';
import { VerifyPage } from '../vaccination/verify-page.tsx';
import { LevelBadge } from '../zoning/explanation.tsx';
import { countRows, levelColour, LEVELS } from '../zoning/levels.ts';
import { WardMap } from '../zoning/ward-map.tsx';
import type { WardCollection } from '../geo/ward-shapes.ts';
import { PORTAL_PATH } from './portal-path.ts';

type Portal = components['schemas']['Portal'];
type Figures = Portal['report'] extends infer R ? (R extends { current: infer F } ? F : never) : never;

/** The headline figures in the order the provinces' pages showed them. */
const FIGURES: (keyof Figures)[] = [
  'cases_total',
  'cases_new',
  'cases_active',
  'discharged',
  'died',
  'quarantine_current',
  'samples_taken',
  'positive',
  'vaccination_doses',
  'coverage_dose1_18plus_pct',
];
/** The national numbers every province's page gave (Bộ Y tế's hotline, emergency). */
const NATIONAL_HOTLINES = [
  { key: 'moh', phone: '1900 9095' },
  { key: 'emergency', phone: '115' },
] as const;

export function PortalPage() {
  const { t } = useTranslation();
  const portal = useApi((signal) => client.GET('/public/portal', { signal }), []);
  const province = portal.data?.province.name;
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="topbar portal-bar">
        <div className="brand">
          <strong>{t('portal.title')}</strong>
          <span className="muted">{province ?? '…'}</span>
        </div>
        <nav aria-label={t('app.menu')}>
          <ul>
            <li>
              <NavLink to={PORTAL_PATH} end>
                {t('portal.nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to={`${PORTAL_PATH}/xac-minh`}>{t('portal.nav.verify')}</NavLink>
            </li>
          </ul>
        </nav>
        <div className="user">
          <LanguageSelect />
          <Link to="/">{t('portal.staff')}</Link>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {portal.error && (
          <p className="error" role="alert">
            {t('app.error', { message: portal.error.message })}
          </p>
        )}
        <Routes>
          <Route
            index
            element={portal.data ? <Home portal={portal.data} /> : <p role="status">{t('app.loading')}</p>}
          />
          <Route path="xac-minh" element={<VerifyPage />} />
        </Routes>
      </main>
    </>
  );
}

function Home({ portal }: { portal: Portal }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const r = portal.report;
  return (
    <div className="portal">
      <section aria-labelledby="p-figures">
        <h1 id="p-figures">{t('portal.figures')}</h1>
        {r ? (
          <>
            <p className="muted" data-testid="portal-report">
              {t('portal.fromReport', {
                symbol: r.symbol,
                at: formatInstant(r.as_of, lang),
                prev: formatInstant(r.previous_as_of, lang),
              })}
            </p>
            <dl className="headline">
              {FIGURES.map((f) => (
                <div key={f} className="card" data-figure={f}>
                  <dt>{t(`portal.figure.${f}`)}</dt>
                  <dd>
                    {formatWithChange(r.current[f], r.previous[f], lang, f === 'coverage_dose1_18plus_pct' ? '%' : '')}
                  </dd>
                </div>
              ))}
            </dl>
          </>
        ) : (
          <p className="notice">{t('portal.noReport')}</p>
        )}
      </section>
      <Zoning zoning={portal.zoning} />
      <Measures measures={portal.measures} day={portal.zoning.day} />
      <div className="figure-grid">
        <section className="card" aria-labelledby="p-declare">
          <h2 id="p-declare">{t('portal.declare')}</h2>
          {portal.declaration_forms.length === 0 ? (
            <p>{t('portal.noForms')}</p>
          ) : (
            <>
              <p>{t('portal.declareHint')}</p>
              <ul className="plain" data-testid="portal-forms">
                {portal.declaration_forms.map((f) => (
                  <li key={f.checkpoint_code}>
                    <a href={f.url}>{f.name}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section className="card" aria-labelledby="p-verify">
          <h2 id="p-verify">{t('portal.nav.verify')}</h2>
          <p>{t('portal.verifyHint')}</p>
          <Link to={`${PORTAL_PATH}/xac-minh`}>{t('portal.verifyLink')}</Link>
        </section>
        <section className="card" aria-labelledby="p-hotlines">
          <h2 id="p-hotlines">{t('portal.hotlines')}</h2>
          <ul className="plain" data-testid="portal-hotlines">
            {portal.hotlines.map((h) => (
              <li key={`${h.label}-${h.phone}`}>
                {h.label}: <a href={`tel:${h.phone.replace(/[^+0-9]/g, '')}`}>{h.phone}</a>
              </li>
            ))}
            {NATIONAL_HOTLINES.map((h) => (
              <li key={h.key}>
                {t(`portal.hotline.${h.key}`)}: <a href={`tel:${h.phone.replace(/\D/g, '')}`}>{h.phone}</a>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}

function Zoning({ zoning }: { zoning: Portal['zoning'] }) {
  const { t } = useTranslation();
  const shapes = useApi((signal) => client.GET('/public/portal/wards.geojson', { parseAs: 'json', signal }), []);
  const geo = shapes.data as WardCollection | undefined;
  const levels = useMemo(() => new Map(zoning.wards.map((w) => [w.unit_code, w.level])), [zoning.wards]);
  // The wards of the two highest levels by name: what a reader looks for, and the map's content in words.
  const high = zoning.wards.filter((w) => (w.level ?? 0) >= 3).sort((a, b) => (b.level ?? 0) - (a.level ?? 0));
  const districts = Object.values(zoning.counts.districts).some((n) => n > 0);
  return (
    <section className="card" aria-labelledby="p-zoning">
      <h2 id="p-zoning">{t('portal.zoning', { day: formatDate(zoning.day) })}</h2>
      <p data-testid="portal-province-level">
        {t('zoning.provinceLevel')} <LevelBadge level={zoning.province_level} />
      </p>
      <div className="map-layout">
        <div>
          {geo && geo.features.length > 0 && <WardMap geo={geo} levels={levels} />}
          <ul className="legend" aria-label={t('map.legend')}>
            {LEVELS.map((l) => (
              <li key={l}>
                <span className="swatch" style={{ background: levelColour(l) }} />
                {t(`zoning.level.${l}`)}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <div className="table-wrap" tabIndex={0}>
            <table data-testid="portal-zoning-counts">
              <caption>{t('zoning.counts', { day: formatDate(zoning.day) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('zoning.levelCol')}</th>
                  <th scope="col" className="num">
                    {t('zoning.wards')}
                  </th>
                  {districts && (
                    <th scope="col" className="num">
                      {t('zoning.districts')}
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {countRows(zoning.counts.wards).map((r, i) => (
                  <tr key={r.level} data-level={r.level}>
                    <th scope="row">
                      <LevelBadge level={r.level} />
                    </th>
                    <td className="num">{r.count}</td>
                    {districts && <td className="num">{countRows(zoning.counts.districts)[i].count}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{t('portal.highWards')}</h3>
          {high.length === 0 ? (
            <p>{t('portal.noHighWards')}</p>
          ) : (
            <ul className="plain" data-testid="portal-high-wards">
              {high.map((w) => (
                <li key={w.unit_code}>
                  {w.district ? `${w.name} (${w.district})` : w.name}: <LevelBadge level={w.level} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

function Measures({ measures, day }: { measures: Portal['measures']; day: string }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="p-measures">
      <h2 id="p-measures">{t('portal.measures', { day: formatDate(day) })}</h2>
      {measures.length === 0 ? (
        <p>{t('portal.noMeasures')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table data-testid="portal-measures">
            <thead>
              <tr>
                <th scope="col">{t('zoning.unit')}</th>
                <th scope="col">{t('portal.measure')}</th>
                <th scope="col">{t('portal.period')}</th>
                <th scope="col">{t('portal.decision')}</th>
                <th scope="col">{t('portal.note')}</th>
              </tr>
            </thead>
            <tbody>
              {measures.map((m) => (
                <tr key={`${m.unit_code}-${m.measure}-${m.from_date}`}>
                  <td>{m.unit_name}</td>
                  <td>{t(`zoning.measure.${m.measure}`)}</td>
                  <td>
                    {formatDate(m.from_date)} – {m.to_date ? formatDate(m.to_date) : t('zoning.untilFurther')}
                  </td>
                  <td>{m.decision_number ?? '—'}</td>
                  <td>{m.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
