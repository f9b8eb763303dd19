// One draft — the daily layout or a seed template: its figures (computed now from the records, against the compare
// instant), the narrative the officer writes, the files to review, and issuing it — after which it is numbered and
// never changes.
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../shared/api.ts';
import { call, client } from '../shared/api-client.ts';
import { useApi } from '../shared/use-api.ts';
import { useSession } from '../auth/session.tsx';
import { formatInstant } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { Facilities, FigureTables } from './figure-tables.tsx';
import {
  cleanNarrative,
  FILE_FORMATS,
  fileLinkProps,
  reportFileUrl,
  type IssuedSummary,
  type NarrativeSection,
} from './report-list.ts';

export function DraftPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { can } = useSession();
  const id = Number(useParams().id);
  const {
    data: draft,
    error,
    loading,
    reload,
  } = useApi((signal) => client.GET('/reports/drafts/{id}', { params: { path: { id } }, signal }), [id]);
  const [narrative, setNarrative] = useState<NarrativeSection[]>([]);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [issued, setIssued] = useState<IssuedSummary>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (draft) {
      setNarrative(draft.narrative);
      setDirty(false);
    }
  }, [draft]);

  const editable = can('reports.issue') && draft?.status === 'draft' && !issued;
  const edit = (i: number, part: Partial<NarrativeSection>) => {
    setNarrative((n) => n.map((s, j) => (j === i ? { ...s, ...part } : s)));
    setDirty(true);
  };

  async function run(fn: () => Promise<void>) {
    setBusy(true);
    setStatus(undefined);
    try {
      await fn();
    } catch (e) {
      setStatus({ kind: 'error', text: t('app.error', { message: e instanceof ApiError ? e.message : String(e) }) });
    } finally {
      setBusy(false);
    }
  }

  const save = () =>
    run(async () => {
      const d = await call(
        client.PATCH('/reports/drafts/{id}', {
          params: { path: { id } },
          body: { narrative: cleanNarrative(narrative, draft!.template) },
        }),
      );
      setNarrative(d.narrative);
      setDirty(false);
      setStatus({ kind: 'ok', text: t('reports.saved') });
    });

  const issue = () =>
    run(async () => {
      if (dirty)
        await call(
          client.PATCH('/reports/drafts/{id}', {
            params: { path: { id } },
            body: { narrative: cleanNarrative(narrative, draft!.template) },
          }),
        );
      const r = await call(client.POST('/reports/drafts/{id}/issue', { params: { path: { id } } }));
      setIssued(r);
      setDirty(false);
      setStatus({ kind: 'ok', text: t('reports.issuedAs', { symbol: r.symbol }) });
    });

  function submit(e: FormEvent) {
    e.preventDefault();
    void save();
  }

  return (
    <div>
      <p>
        <Link to="/reports">{t('reports.back')}</Link>
      </p>
      {loading && !draft && <p role="status">{t('app.loading')}</p>}
      {error && (
        <p className="error" role="alert">
          {t('app.error', { message: error.message })}
        </p>
      )}
      {draft && (
        <>
          <h1>{t('reports.draftOf', { at: formatInstant(draft.as_of, lang) })}</h1>
          <p data-testid="draft-layout">
            {t(`reports.layouts.${draft.template}`)}
            {' — '}
            {t('reports.comparedWith', { at: formatInstant(draft.report.previous_as_of, lang) })}
          </p>
          <div aria-live="polite">
            {status && (
              <p
                className={status.kind}
                role={status.kind === 'error' ? 'alert' : 'status'}
                data-testid="report-status"
              >
                {status.text}
              </p>
            )}
            {draft.status === 'issued' && !issued && <p className="notice">{t('reports.alreadyIssued')}</p>}
          </div>
          {issued ? (
            <section className="card" aria-labelledby="issued-files-title">
              <h2 id="issued-files-title">{t('reports.issuedFiles', { symbol: issued.symbol })}</h2>
              <p className="file-links">
                {FILE_FORMATS.map((f) => (
                  <a key={f} href={reportFileUrl('issued', issued.report_id, f)} {...fileLinkProps(f)}>
                    {t('reports.download', { format: f.toUpperCase() })}
                  </a>
                ))}
              </p>
            </section>
          ) : (
            <section className="card" aria-labelledby="review-title">
              <h2 id="review-title">{t('reports.review')}</h2>
              <p className="muted">{t('reports.reviewHint')}</p>
              <p className="file-links">
                {FILE_FORMATS.map((f) => (
                  <a key={f} href={reportFileUrl('drafts', id, f)} {...fileLinkProps(f)}>
                    {t('reports.download', { format: f.toUpperCase() })}
                  </a>
                ))}
              </p>
            </section>
          )}
          <form className="card narrative" onSubmit={submit} aria-labelledby="narrative-title">
            <h2 id="narrative-title">{t('reports.narrative')}</h2>
            {narrative.map((s, i) => (
              <fieldset key={i} disabled={!editable}>
                <legend className="sr-only">{t('reports.section', { n: i + 1 })}</legend>
                <label htmlFor={`title-${i}`}>{t('reports.sectionTitle', { n: i + 1 })}</label>
                <input
                  id={`title-${i}`}
                  value={s.title}
                  maxLength={200}
                  onChange={(e) => edit(i, { title: e.target.value })}
                />
                <label htmlFor={`text-${i}`}>{t('reports.sectionText', { n: i + 1 })}</label>
                <textarea
                  id={`text-${i}`}
                  value={s.text}
                  rows={5}
                  onChange={(e) => edit(i, { text: e.target.value })}
                />
              </fieldset>
            ))}
            {editable && (
              <div className="inline-form">
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    setNarrative((n) => [...n, { title: '', text: '' }]);
                    setDirty(true);
                  }}
                >
                  {t('reports.addSection')}
                </button>
                <button type="submit" disabled={busy || !dirty}>
                  {t('reports.save')}
                </button>
                <button type="button" disabled={busy} onClick={() => void issue().then(reload)}>
                  {t('reports.issue')}
                </button>
              </div>
            )}
          </form>
          <FigureTables report={draft.report} />
          <Facilities report={draft.report} />
        </>
      )}
    </div>
  );
}
