// The daily report's figures as tables: every figure with its change, and the quarantine facilities.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { facilityRows, figureText, SECTIONS, type Compared, type DailyReport, type Section } from './daily-report.ts';

/** Every figure with its change; `title` says against what (default: the daily report's 24 hours before). */
export function FigureTables({ report, title }: { report: Compared; title?: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <section className="card" aria-labelledby="figures-title">
      <h2 id="figures-title">{title ?? t('dashboard.figures')}</h2>
      <div className="figure-grid">
        {(Object.keys(SECTIONS) as Section[]).map((section) => (
          <table key={section} data-testid={`figures-${section}`}>
            <caption>{t(`section.${section}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.figure')}</th>
                <th scope="col" className="num">
                  {t('dashboard.value')}
                </th>
              </tr>
            </thead>
            <tbody>
              {SECTIONS[section].map((path) => (
                <tr key={path} data-figure={path}>
                  <th scope="row">{t(`figure.${path}`)}</th>
                  <td className="num">{figureText(report, path, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </section>
  );
}

export function Facilities({ report }: { report: DailyReport }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const rows = facilityRows(report.current);
  return (
    <section className="card" aria-labelledby="facilities-title">
      <h2 id="facilities-title">{t('dashboard.facilities')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('dashboard.noFacilities')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table data-testid="facilities">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.facility')}</th>
                <th scope="col" className="num">
                  {t('dashboard.beds')}
                </th>
                <th scope="col" className="num">
                  {t('dashboard.occupied')}
                </th>
                <th scope="col" className="num">
                  {t('dashboard.free')}
                </th>
                <th scope="col" className="num">
                  {t('dashboard.occupancy')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.facility_code}>
                  <th scope="row">{r.facility_code}</th>
                  <td className="num">{formatNumber(r.beds, lang)}</td>
                  <td className="num">{formatNumber(r.current, lang)}</td>
                  <td className="num">{formatNumber(r.free, lang)}</td>
                  <td className="num">{r.occupancyPct == null ? '—' : `${formatNumber(r.occupancyPct, lang, 1)}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
