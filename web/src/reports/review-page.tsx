// The review-conference report of seed 003 (plan 67/KH-BCĐ): the officer picks the period (from the start of the
// epidemic by default), reads its main figures with their change in the period, the new cases and the table
// subject group × handling, and downloads the whole outline as DOCX (to write the assessment in), XLSX or HTML.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { client } from '../shared/api-client.ts';
import { useApi } from '../shared/use-api.ts';
import { formatDate, formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { useOpeningCutoff } from './opening-cutoff.tsx';
import { figureText, HEADLINE } from './daily-report.ts';
import { FILE_FORMATS, fileLinkProps, type FileFormat } from './report-list.ts';
import { LoadStatus } from './load-status.tsx';

interface Query {
  from?: string;
  to: string;
}

const PLACES = ['community', 'quarantine', 'entry'] as const;
const KINDS = ['centralized', 'home', 'self_monitoring', 'total'] as const;
// The daily report's 24-hour figure says nothing of a period.
const FIGURES = HEADLINE.filter((p) => p !== 'cases.new');

export function reviewFileUrl(q: Query, format: FileFormat): string {
  return `/api/v1/reports/review?${new URLSearchParams({ ...(q.from ? { from: q.from } : {}), to: q.to, format })}`;
}

export function ReviewPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const opening = useOpeningCutoff().slice(0, 10);
  const [input, setInput] = useState({ from: '', to: opening });
  const [query, setQuery] = useState<Query>({ to: opening });
  const {
    data: report,
    error,
    loading,
  } = useApi((signal) => client.GET('/reports/review', { params: { query }, signal }), [query.from, query.to]);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (input.to) setQuery({ to: input.to, ...(input.from ? { from: input.from } : {}) });
  }
  const set = (k: keyof typeof input) => (e: { target: { value: string } }) =>
    setInput((x) => ({ ...x, [k]: e.target.value }));
  const n = (v: number) => formatNumber(v, lang);

  return (
    <div>
      <p>
        <Link to="/reports">{t('reports.back')}</Link>
      </p>
      <h1>{t('review.title')}</h1>
      <p className="muted">{t('review.intro')}</p>
      <form className="card inline-form" onSubmit={submit} aria-labelledby="review-form-title">
        <h2 id="review-form-title" className="sr-only">
          {t('review.form')}
        </h2>
        <label htmlFor="review-from">{t('review.from')}</label>
        <input id="review-from" type="date" value={input.from} onChange={set('from')} />
        <label htmlFor="review-to">{t('review.to')}</label>
        <input id="review-to" type="date" value={input.to} onChange={set('to')} required />
        <button type="submit">{t('review.apply')}</button>
      </form>
      <LoadStatus loading={loading} error={error} />
      {report && !error && (
        <>
          <p className="muted" data-testid="review-period">
            {t('review.period', {
              from: query.from ? formatDate(report.from) : t('review.start'),
              to: formatDate(report.to),
            })}
          </p>
          <section className="card" aria-labelledby="review-files-title">
            <h2 id="review-files-title">{t('review.files')}</h2>
            <p>{t('review.filesNote')}</p>
            <p className="file-links">
              {FILE_FORMATS.map((f) => (
                <a key={f} href={reviewFileUrl(query, f)} {...fileLinkProps(f)}>
                  {t('period.download', { format: f.toUpperCase() })}
                </a>
              ))}
            </p>
          </section>
          <dl className="headline">
            {FIGURES.map((path) => (
              <div key={path} className="card" data-figure={path}>
                <dt>{t(`figure.${path}`)}</dt>
                <dd>{figureText({ current: report.period.at_to, previous: report.period.at_compare }, path, lang)}</dd>
              </div>
            ))}
          </dl>
          <section className="card" aria-labelledby="review-new-title">
            <h2 id="review-new-title">{t('period.newCases')}</h2>
            <dl className="headline" data-testid="review-new">
              {PLACES.map((p) => (
                <div key={p} className="card" data-figure={`detected_in.${p}`}>
                  <dt>
                    {t('period.byPlace')}: {t(`period.place.${p}`)}
                  </dt>
                  <dd>{n(report.period.new_cases_by_detected_in[p])}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section className="card" aria-labelledby="review-table-title">
            <h2 id="review-table-title">{t('review.table')}</h2>
            <div className="table-wrap">
              <table data-testid="review-table">
                <thead>
                  <tr>
                    <th scope="col">{t('review.group')}</th>
                    {KINDS.map((k) => (
                      <th key={k} scope="col" className="num">
                        {t(`review.kind.${k}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {report.table.rows.map((r) => (
                    <tr key={r.group} data-group={r.group}>
                      <th scope="row">{r.label}</th>
                      {KINDS.map((k) => (
                        <td key={k} className="num">
                          {n(r[k])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </div>
  );
}
