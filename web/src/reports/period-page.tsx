// The period report against any earlier instant (docs/contracts/period-report.md): the officer picks the cut-off T,
// the instant C to compare with (and where the new cases start, default C), and sees each figure at T with its
// change since C, the new cases of the period by district and by place of detection, the days since the latest
// case, and downloads the report as DOCX, XLSX or HTML.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client } from '../shared/api-client.ts';
import { useApi } from '../shared/use-api.ts';
import { useSession } from '../auth/session.tsx';
import { formatInstant, formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { unitName } from '../geo/units.ts';
import type { components } from '../shared/api-schema.d.ts';
import { inputToCutoff, toVnInput } from './cutoff.ts';
import { useOpeningCutoff } from './opening-cutoff.tsx';
import { figureText, HEADLINE } from './daily-report.ts';
import { FigureTables } from './figure-tables.tsx';
import { FILE_FORMATS, fileLinkProps, type FileFormat } from './report-list.ts';
import { LoadStatus } from './load-status.tsx';

type PeriodComparison = components['schemas']['PeriodComparison'];
interface Query {
  to: string;
  compare: string;
  from?: string;
}

const WEEK_MS = 7 * 24 * 3600_000;
const PLACES = ['community', 'quarantine', 'entry'] as const;

/** The report's file for the query. */
export function periodFileUrl(q: Query, format: FileFormat): string {
  const params = new URLSearchParams({ to: q.to, compare: q.compare, ...(q.from ? { from: q.from } : {}), format });
  return `/api/v1/reports/period?${params}`;
}

export function PeriodPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { units2024 } = useSession();
  const opening = useOpeningCutoff();
  // By default a week back, at the same time of day.
  const [input, setInput] = useState(() => ({
    to: opening,
    compare: toVnInput(new Date(new Date(inputToCutoff(opening)!).getTime() - WEEK_MS)),
    from: '',
  }));
  const [query, setQuery] = useState<Query>(() => ({
    to: inputToCutoff(input.to)!,
    compare: inputToCutoff(input.compare)!,
  }));
  const { data, error, loading } = useApi(
    (signal) => client.GET('/reports/period', { params: { query }, signal }),
    [query.to, query.compare, query.from],
  );
  const report = data && 'compare_at' in data ? (data as PeriodComparison) : undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    const to = inputToCutoff(input.to),
      compare = inputToCutoff(input.compare),
      from = input.from ? inputToCutoff(input.from) : undefined;
    if (to && compare && from !== null) setQuery({ to, compare, ...(from ? { from } : {}) });
  }

  const set = (k: keyof typeof input) => (e: { target: { value: string } }) =>
    setInput((x) => ({ ...x, [k]: e.target.value }));

  return (
    <div>
      <p>
        <Link to="/reports">{t('period.back')}</Link>
      </p>
      <h1>{t('period.title')}</h1>
      <form className="card inline-form" onSubmit={submit} aria-labelledby="period-form-title">
        <h2 id="period-form-title" className="sr-only">
          {t('period.form')}
        </h2>
        <label htmlFor="period-to">{t('period.to')}</label>
        <input id="period-to" type="datetime-local" value={input.to} onChange={set('to')} required />
        <label htmlFor="period-compare">{t('period.compare')}</label>
        <input id="period-compare" type="datetime-local" value={input.compare} onChange={set('compare')} required />
        <label htmlFor="period-from">{t('period.from')}</label>
        <input id="period-from" type="datetime-local" value={input.from} onChange={set('from')} />
        <button type="submit">{t('period.apply')}</button>
      </form>
      <LoadStatus loading={loading} error={error} />
      {report && !error && (
        <>
          <p className="muted" data-testid="period-as-of">
            {t('period.asOf', {
              to: formatInstant(report.to, lang),
              compare: formatInstant(report.compare_at, lang),
              from: formatInstant(report.from, lang),
            })}
          </p>
          <section className="card" aria-labelledby="period-files-title">
            <h2 id="period-files-title">{t('period.files')}</h2>
            <p className="file-links">
              {FILE_FORMATS.map((f) => (
                <a key={f} href={periodFileUrl(query, f)} {...fileLinkProps(f)}>
                  {t('period.download', { format: f.toUpperCase() })}
                </a>
              ))}
            </p>
          </section>
          <dl className="headline">
            {HEADLINE.map((path) => (
              <div key={path} className="card" data-figure={path}>
                <dt>{t(`figure.${path}`)}</dt>
                <dd>{figureText({ current: report.at_to, previous: report.at_compare }, path, lang)}</dd>
              </div>
            ))}
          </dl>
          <NewCases report={report} />
          <section className="card" aria-labelledby="period-districts-title">
            <h2 id="period-districts-title">{t('period.byDistrict')}</h2>
            <div className="table-wrap">
              <table data-testid="period-districts">
                <thead>
                  <tr>
                    <th scope="col">{t('period.district')}</th>
                    <th scope="col" className="num">
                      {t('period.newCol')}
                    </th>
                    <th scope="col" className="num">
                      {t('period.community')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.new_cases_by_district.map((d) => (
                    <tr key={d.district_code} data-district={d.district_code}>
                      <th scope="row">{unitName(units2024, d.district_code)}</th>
                      <td className="num">{formatNumber(d.new, lang)}</td>
                      <td className="num">{formatNumber(d.new_community, lang)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('period.total')}</th>
                    <td className="num">
                      {formatNumber(
                        report.new_cases_by_district.reduce((a, d) => a + d.new, 0),
                        lang,
                      )}
                    </td>
                    <td className="num">
                      {formatNumber(
                        report.new_cases_by_district.reduce((a, d) => a + d.new_community, 0),
                        lang,
                      )}
                    </td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </section>
          <FigureTables
            report={{ current: report.at_to, previous: report.at_compare }}
            title={t('period.figures', {
              to: formatInstant(report.to, lang),
              compare: formatInstant(report.compare_at, lang),
            })}
          />
        </>
      )}
    </div>
  );
}

/** The period's new cases, where they were detected, and the days since the latest case. */
function NewCases({ report }: { report: PeriodComparison }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const places = report.new_cases_by_detected_in;
  const total = places.community + places.quarantine + places.entry;
  return (
    <section className="card" aria-labelledby="period-new-title">
      <h2 id="period-new-title">{t('period.newCases')}</h2>
      <dl className="headline" data-testid="period-new">
        <div className="card" data-figure="new">
          <dt>{t('period.newTotal')}</dt>
          <dd>{formatNumber(total, lang)}</dd>
        </div>
        {PLACES.map((p) => (
          <div key={p} className="card" data-figure={`detected_in.${p}`}>
            <dt>
              {t('period.byPlace')}: {t(`period.place.${p}`)}
            </dt>
            <dd>{formatNumber(places[p], lang)}</dd>
          </div>
        ))}
        <div className="card" data-figure="days_since_last_case">
          <dt>{t('period.daysSince')}</dt>
          <dd>
            {report.days_since_last_case === null
              ? t('period.noCase')
              : formatNumber(report.days_since_last_case, lang)}
          </dd>
        </div>
      </dl>
    </section>
  );
}
