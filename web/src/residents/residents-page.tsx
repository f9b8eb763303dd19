// Residents abroad and residents held in other provinces at a time (docs/contracts/period-report.md; seed 000:
// "14.659 người ở nước ngoài, 3.169 đã về, 6.066 dự kiến về …", "93 người cách ly ở tỉnh khác: 51 đã xong, 42 đang
// cách ly"): totals, those expected back by country, and those held elsewhere by province (GET /reports/residents).
// The list itself is imported on the imports page (kind residents_abroad), linked from here.
import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { client } from '../shared/api-client.ts';
import { formatInstant, formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { useSession } from '../auth/session.tsx';
import { inputToCutoff } from '../reports/cutoff.ts';
import { useOpeningCutoff } from '../reports/opening-cutoff.tsx';
import { FILE_FORMATS, fileLinkProps } from '../reports/report-list.ts';

export function ResidentsPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { can } = useSession();
  const [input, setInput] = useState(useOpeningCutoff());
  const [at, setAt] = useState(() => inputToCutoff(input)!);
  const report = useApi((signal) => client.GET('/reports/residents', { params: { query: { at } }, signal }), [at]);
  const provinces = useApi((signal) => client.GET('/public/entry/units', { signal }), []);
  const names = useMemo(() => {
    const byCode = new Map((provinces.data ?? []).map((p) => [p.code, p.name]));
    const regions = new Intl.DisplayNames([lang], { type: 'region' });
    return {
      province: (c: string) => byCode.get(c) ?? c,
      country: (c: string) => {
        try {
          return regions.of(c) ?? c;
        } catch {
          return c;
        }
      },
    };
  }, [provinces.data, lang]);

  function submit(e: FormEvent) {
    e.preventDefault();
    const cutoff = inputToCutoff(input);
    if (cutoff) setAt(cutoff);
  }
  const n = (v: number) => formatNumber(v, lang);
  const data = report.data;
  const expected = data?.abroad.expected_by_country.reduce((s, c) => s + c.count, 0) ?? 0;
  const held = (k: 'completed' | 'current') => data?.held_elsewhere.reduce((s, h) => s + h[k], 0) ?? 0;

  return (
    <div>
      <p>
        <Link to="/reports">{t('reports.back')}</Link>
      </p>
      <h1>{t('residents.title')}</h1>
      <form className="card inline-form" onSubmit={submit} aria-label={t('residents.title')}>
        <label htmlFor="residents-at">{t('residents.at')}</label>
        <input
          id="residents-at"
          type="datetime-local"
          value={input}
          onChange={(e) => setInput(e.target.value)}
          required
        />
        <button type="submit">{t('residents.show')}</button>
        {can('imports.run') && can('people.write') && (
          <Link to="/imports?kind=residents_abroad">{t('residents.upload')}</Link>
        )}
      </form>
      {report.loading && !data && <p role="status">{t('app.loading')}</p>}
      {report.error && (
        <p className="error" role="alert">
          {t('app.error', { message: report.error.message })}
        </p>
      )}
      {data && (
        <>
          <p className="muted" data-testid="residents-at">
            {t('residents.asOf', { at: formatInstant(data.at, lang) })}
          </p>
          <p className="file-links">
            {FILE_FORMATS.map((f) => (
              <a
                key={f}
                href={`/api/v1/reports/residents?${new URLSearchParams({ at, format: f })}`}
                {...fileLinkProps(f)}
              >
                {t('period.download', { format: f.toUpperCase() })}
              </a>
            ))}
          </p>
          <section className="card" aria-labelledby="abroad-title" data-testid="residents-abroad">
            <h2 id="abroad-title">{t('residents.abroad')}</h2>
            <dl className="headline">
              <div className="card" data-figure="total">
                <dt>{t('residents.total')}</dt>
                <dd>{n(data.abroad.total)}</dd>
              </div>
              <div className="card" data-figure="returned">
                <dt>{t('residents.returned')}</dt>
                <dd>{n(data.abroad.returned)}</dd>
              </div>
              <div className="card" data-figure="expected">
                <dt>{t('residents.expected')}</dt>
                <dd>{n(expected)}</dd>
              </div>
            </dl>
            <h3>{t('residents.expected')}</h3>
            {data.abroad.expected_by_country.length === 0 ? (
              <p className="muted">{t('residents.noExpected')}</p>
            ) : (
              <div className="table-wrap">
                <table data-testid="residents-expected">
                  <thead>
                    <tr>
                      <th scope="col">{t('residents.country')}</th>
                      <th scope="col" className="num">
                        {t('residents.count')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.abroad.expected_by_country.map((c) => (
                      <tr key={c.country} data-country={c.country}>
                        <th scope="row">{names.country(c.country)}</th>
                        <td className="num">{n(c.count)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">{t('residents.sum')}</th>
                      <td className="num">{n(expected)}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            )}
          </section>
          <section className="card" aria-labelledby="held-title" data-testid="residents-held">
            <h2 id="held-title">{t('residents.held')}</h2>
            {data.held_elsewhere.length === 0 ? (
              <p className="muted">{t('residents.noHeld')}</p>
            ) : (
              <div className="table-wrap">
                <table data-testid="residents-held-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('residents.province')}</th>
                      <th scope="col" className="num">
                        {t('residents.completed')}
                      </th>
                      <th scope="col" className="num">
                        {t('residents.current')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.held_elsewhere.map((h) => (
                      <tr key={h.province_code} data-province={h.province_code}>
                        <th scope="row">{names.province(h.province_code)}</th>
                        <td className="num">{n(h.completed)}</td>
                        <td className="num">{n(h.current)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">{t('residents.sum')}</th>
                      <td className="num">{n(held('completed'))}</td>
                      <td className="num">{n(held('current'))}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            )}
          </section>
          <p className="muted">{t('residents.note')}</p>
        </>
      )}
    </div>
  );
}
