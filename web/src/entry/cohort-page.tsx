// Arrival cohorts (docs/contracts/period-report.md; seed 004 "từ Hà Nội về từ 20/7: 2.941 người, đang quản lý 1.564 …"):
// pick where people came from (a province, or abroad), since which day and at which time; the page shows how many
// arrived, how many are in quarantine by kind, sampled and by result, as GET /entry/cohorts computes them.
import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { client } from '../shared/api-client.ts';
import { formatDate, formatInstant, formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { useSession } from '../auth/session.tsx';
import { inputToCutoff } from '../reports/cutoff.ts';
import { useOpeningCutoff } from '../reports/opening-cutoff.tsx';
import { FILE_FORMATS, fileLinkProps } from '../reports/report-list.ts';

const ROWS = [
  'arrived',
  'under_management',
  'centralized',
  'home',
  'self_monitoring',
  'sampled',
  'positive',
  'negative',
  'pending',
] as const;
/** Rows shown as parts of the row above them. */
const PART = new Set(['centralized', 'home', 'self_monitoring', 'positive', 'negative', 'pending']);

/** The day `days` before a "YYYY-MM-DDTHH:mm" input's day. */
function daysBefore(input: string, days: number): string {
  const d = new Date(input.slice(0, 10) + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

interface Query {
  origin: string;
  since: string;
  at: string;
}

export function CohortPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { can } = useSession();
  const opening = useOpeningCutoff();
  const provinces = useApi((signal) => client.GET('/public/entry/units', { signal }), []);
  const [form, setForm] = useState({ origin: '01', since: daysBefore(opening, 13), at: opening });
  const [query, setQuery] = useState<Query>({
    origin: '01',
    since: daysBefore(opening, 13),
    at: inputToCutoff(opening)!,
  });
  const cohort = useApi(
    (signal) => client.GET('/entry/cohorts', { params: { query }, signal }),
    [query.origin, query.since, query.at],
  );
  const originName = useMemo(() => {
    const names = new Map((provinces.data ?? []).map((p) => [p.code, p.name]));
    return (code: string) => (code === 'abroad' ? t('cohort.abroad') : (names.get(code) ?? code));
  }, [provinces.data, t]);

  function submit(e: FormEvent) {
    e.preventDefault();
    const at = inputToCutoff(form.at);
    if (at && form.since) setQuery({ origin: form.origin, since: form.since, at });
  }
  const n = (v: number) => formatNumber(v, lang);
  const data = cohort.data;

  return (
    <div>
      {can('entry.read') && (
        <p>
          <Link to="/entry">← {t('cohort.toEntry')}</Link>
        </p>
      )}
      <h1>{t('cohort.title')}</h1>
      <p className="muted">{t('cohort.intro')}</p>
      <form className="card inline-form" onSubmit={submit} aria-label={t('cohort.title')}>
        <label htmlFor="cohort-origin">{t('cohort.origin')}</label>
        <select id="cohort-origin" value={form.origin} onChange={(e) => setForm({ ...form, origin: e.target.value })}>
          <option value="abroad">{t('cohort.abroad')}</option>
          {(provinces.data ?? []).map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
        <label htmlFor="cohort-since">{t('cohort.since')}</label>
        <input
          id="cohort-since"
          type="date"
          value={form.since}
          onChange={(e) => setForm({ ...form, since: e.target.value })}
          required
        />
        <label htmlFor="cohort-at">{t('cohort.at')}</label>
        <input
          id="cohort-at"
          type="datetime-local"
          value={form.at}
          onChange={(e) => setForm({ ...form, at: e.target.value })}
          required
        />
        <button type="submit">{t('cohort.show')}</button>
      </form>
      {cohort.loading && !data && <p role="status">{t('app.loading')}</p>}
      {cohort.error && (
        <p className="error" role="alert" data-testid="cohort-error">
          {t('app.error', { message: cohort.error.message })}
        </p>
      )}
      {data && !cohort.error && (
        <section className="card" aria-labelledby="cohort-heading" data-testid="cohort">
          <h2 id="cohort-heading">
            {t('cohort.heading', {
              origin: originName(data.origin),
              since: formatDate(data.since),
              at: formatInstant(data.at, lang),
            })}
          </h2>
          <dl className="headline">
            {(['arrived', 'under_management', 'sampled'] as const).map((k) => (
              <div key={k} className="card" data-figure={k}>
                <dt>{t(`cohort.row.${k}`)}</dt>
                <dd>{n(data[k])}</dd>
              </div>
            ))}
          </dl>
          <div className="table-wrap">
            <table data-testid="cohort-table">
              <thead>
                <tr>
                  <th scope="col">{t('cohort.figure')}</th>
                  <th scope="col" className="num">
                    {t('cohort.count')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {ROWS.map((k) => (
                  <tr key={k} data-row={k}>
                    <th scope="row" className={PART.has(k) ? 'indent' : undefined}>
                      {t(`cohort.row.${k}`)}
                    </th>
                    <td className="num">{n(data[k])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">{t('cohort.note')}</p>
          <p className="file-links">
            {FILE_FORMATS.map((f) => (
              <a
                key={f}
                href={`/api/v1/entry/cohorts?${new URLSearchParams({ ...query, format: f })}`}
                {...fileLinkProps(f)}
              >
                {t('period.download', { format: f.toUpperCase() })}
              </a>
            ))}
          </p>
        </section>
      )}
    </div>
  );
}
