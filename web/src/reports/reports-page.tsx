// Reports: draft a report at a cut-off — the daily layout, or one of the seeds' own reports compared with an
// earlier instant — then review, edit, issue and download it; the list of drafts waiting and of issued reports with
// their files; the jurisdiction's report template.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../shared/api.ts';
import { call, client } from '../shared/api-client.ts';
import { useApi } from '../shared/use-api.ts';
import { useSession } from '../auth/session.tsx';
import { formatInstant } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { inputToCutoff, toVnInput } from './cutoff.ts';
import { useOpeningCutoff } from './opening-cutoff.tsx';
import { TemplateEditor } from './template-editor.tsx';
import { FILE_FORMATS, fileLinkProps, REPORT_LAYOUTS, reportFileUrl, type ReportLayout } from './report-list.ts';

const DAY_MS = 24 * 3600_000;

export function ReportsPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { can } = useSession();
  const navigate = useNavigate();
  const list = useApi((signal) => client.GET('/reports', { signal }), []);
  const opening = useOpeningCutoff();
  const [input, setInput] = useState(opening);
  const [layout, setLayout] = useState<ReportLayout>('daily');
  const [compare, setCompare] = useState(() =>
    toVnInput(new Date(new Date(inputToCutoff(opening)!).getTime() - DAY_MS)),
  );
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function draft(e: FormEvent) {
    e.preventDefault();
    const at = inputToCutoff(input),
      since = inputToCutoff(compare);
    if (!at || (layout !== 'daily' && !since)) return;
    setBusy(true);
    setError(undefined);
    try {
      const body = layout === 'daily' ? { at } : { at, template: layout, compare: since! };
      const d = await call(client.POST('/reports/drafts', { body }));
      navigate(`/reports/drafts/${d.draft_id}`);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
      setBusy(false);
    }
  }

  return (
    <div>
      <h1>{t('reports.title')}</h1>
      <nav className="report-links" aria-label={t('reports.more')}>
        <Link to="/reports/period">{t('period.open')}</Link>
        <Link to="/reports/review">{t('review.open')}</Link>
        <Link to="/entry/cohorts">{t('cohort.link')}</Link>
        <Link to="/reports/residents">{t('residents.link')}</Link>
      </nav>
      {can('reports.issue') && (
        <form className="card inline-form" onSubmit={draft} aria-labelledby="new-draft-title">
          <h2 id="new-draft-title" className="sr-only">
            {t('reports.newDraft')}
          </h2>
          <label htmlFor="report-layout">{t('reports.layout')}</label>
          <select id="report-layout" value={layout} onChange={(e) => setLayout(e.target.value as ReportLayout)}>
            {REPORT_LAYOUTS.map((l) => (
              <option key={l} value={l}>
                {t(`reports.layouts.${l}`)}
              </option>
            ))}
          </select>
          <label htmlFor="report-cutoff">{t('reports.cutoff')}</label>
          <input
            id="report-cutoff"
            type="datetime-local"
            value={input}
            onChange={(e) => setInput(e.target.value)}
            required
          />
          {layout === 'daily' ? (
            <p className="muted">{t('reports.compareDaily')}</p>
          ) : (
            <>
              <label htmlFor="report-compare">{t('reports.compare')}</label>
              <input
                id="report-compare"
                type="datetime-local"
                value={compare}
                onChange={(e) => setCompare(e.target.value)}
                required
              />
            </>
          )}
          <button type="submit" disabled={busy}>
            {t('reports.newDraft')}
          </button>
          {error && (
            <p className="error" role="alert">
              {t('app.error', { message: error })}
            </p>
          )}
        </form>
      )}
      {list.loading && !list.data && <p role="status">{t('app.loading')}</p>}
      {list.error && (
        <p className="error" role="alert">
          {t('app.error', { message: list.error.message })}
        </p>
      )}
      {list.data && (
        <>
          <section className="card" aria-labelledby="drafts-title">
            <h2 id="drafts-title">{t('reports.drafts')}</h2>
            {list.data.drafts.length === 0 ? (
              <p className="muted">{t('reports.noDrafts')}</p>
            ) : (
              <div className="table-wrap" tabIndex={0}>
                <table data-testid="drafts">
                  <thead>
                    <tr>
                      <th scope="col">{t('reports.asOf')}</th>
                      <th scope="col">{t('reports.layout')}</th>
                      <th scope="col">{t('reports.updatedBy')}</th>
                      <th scope="col">{t('reports.updatedAt')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.data.drafts.map((d) => (
                      <tr key={d.draft_id}>
                        <td>
                          <Link to={`/reports/drafts/${d.draft_id}`}>
                            {t('reports.draftOf', { at: formatInstant(d.as_of, lang) })}
                          </Link>
                        </td>
                        <td>{t(`reports.layouts.${d.template}`)}</td>
                        <td>{d.updated_by}</td>
                        <td>{formatInstant(d.updated_at, lang)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section className="card" aria-labelledby="issued-title">
            <h2 id="issued-title">{t('reports.issued')}</h2>
            {list.data.issued.length === 0 ? (
              <p className="muted">{t('reports.noIssued')}</p>
            ) : (
              <div className="table-wrap" tabIndex={0}>
                <table data-testid="issued">
                  <thead>
                    <tr>
                      <th scope="col">{t('reports.symbol')}</th>
                      <th scope="col">{t('reports.asOf')}</th>
                      <th scope="col">{t('reports.layout')}</th>
                      <th scope="col">{t('reports.issuedAt')}</th>
                      <th scope="col">{t('reports.issuedBy')}</th>
                      <th scope="col">{t('reports.files')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.data.issued.map((r) => (
                      <tr key={r.report_id} data-report={r.report_id}>
                        <th scope="row">{r.symbol}</th>
                        <td>{formatInstant(r.as_of, lang)}</td>
                        <td>{t(`reports.layouts.${r.template}`)}</td>
                        <td>{formatInstant(r.issued_at, lang)}</td>
                        <td>{r.issued_by}</td>
                        <td className="file-links">
                          {FILE_FORMATS.map((f) => (
                            <a
                              key={f}
                              href={reportFileUrl('issued', r.report_id, f)}
                              {...fileLinkProps(f)}
                              aria-label={t('reports.fileOf', { format: f.toUpperCase(), symbol: r.symbol })}
                            >
                              {f.toUpperCase()}
                            </a>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
      <TemplateEditor />
    </div>
  );
}
