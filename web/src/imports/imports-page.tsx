// Imports: choose a kind, download its template, upload a CSV or an Excel workbook with a progress bar and the
// server's progress (rows read, checked, written), read the rejected rows.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { client } from '../shared/api-client.ts';
import { formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { ACCEPTED_FILES, importOutcome, uploadImport, type ImportResult, type ServerProgress } from './upload.ts';
import { ImportErrors } from './import-errors.tsx';

type Phase =
  | { step: 'idle' }
  | { step: 'uploading'; sent: number; total: number }
  | { step: 'processing' }
  | { step: 'done'; result: ImportResult; partial: boolean }
  | { step: 'failed'; message: string };

export function ImportsPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { data: kinds, error } = useApi((signal) => client.GET('/imports/kinds', { signal }), []);
  const [kind, setKind] = useState('');
  const [partial, setPartial] = useState(false);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [server, setServer] = useState<ServerProgress>();
  const fileRef = useRef<HTMLInputElement>(null);
  const ids = { kind: useId(), file: useId(), partial: useId(), hint: useId() };

  // `?kind=` (a link from another page, e.g. the residents page) chooses the kind first.
  const [search] = useSearchParams();
  const wanted = search.get('kind');
  useEffect(() => {
    if (!kind && kinds?.length) setKind(kinds.find((k) => k.kind === wanted)?.kind ?? kinds[0].kind);
  }, [kinds, kind, wanted]);
  const info = kinds?.find((k) => k.kind === kind);
  const busy = phase.step === 'uploading' || phase.step === 'processing';
  const kindLabel = (k: string) => t(`imports.kindName.${k}`, { defaultValue: k });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file || !kind) return;
    setPhase({ step: 'uploading', sent: 0, total: file.size });
    setServer(undefined);
    try {
      const result = await uploadImport(kind, file, partial, {
        onUpload: (sent, total) =>
          setPhase(sent >= total ? { step: 'processing' } : { step: 'uploading', sent, total }),
        onServer: setServer,
      });
      setPhase({ step: 'done', result, partial });
    } catch (err) {
      setPhase({ step: 'failed', message: (err as Error).message });
    }
  }

  const outcome = phase.step === 'done' ? importOutcome(phase.result, phase.partial) : null;
  return (
    <section aria-labelledby="imports-title">
      <h1 id="imports-title">{t('imports.title')}</h1>
      {error && (
        <p className="error" role="alert">
          {t('app.error', { message: error.message })}
        </p>
      )}
      <form className="card form" onSubmit={submit}>
        <label htmlFor={ids.kind}>{t('imports.kind')}</label>
        <select
          id={ids.kind}
          value={kind}
          onChange={(e) => {
            setKind(e.target.value);
            setPhase({ step: 'idle' });
          }}
          disabled={busy}
        >
          {kinds?.map((k) => (
            <option key={k.kind} value={k.kind}>
              {kindLabel(k.kind)} ({k.kind})
            </option>
          ))}
        </select>
        {info && (
          <p className="columns">
            <span>{t('imports.columns')}: </span>
            {info.columns.map((c, i) => (
              <span key={c.name}>
                {i > 0 && ', '}
                <code>{c.name}</code>
                {c.required && <abbr title={t('imports.required')}>*</abbr>}
              </span>
            ))}
            {' · '}
            <a href={`/api/v1/imports/${encodeURIComponent(kind)}/template.csv`} download={`${kind}.csv`}>
              {t('imports.template')}
            </a>
          </p>
        )}
        <label htmlFor={ids.file}>{t('imports.file')}</label>
        <input
          id={ids.file}
          ref={fileRef}
          type="file"
          accept={ACCEPTED_FILES}
          required
          aria-describedby={ids.hint}
          disabled={busy}
          onChange={() => setPhase({ step: 'idle' })}
        />
        <p id={ids.hint} className="muted">
          {t('imports.fileHint')}
        </p>
        <div className="check">
          <input
            id={ids.partial}
            type="checkbox"
            checked={partial}
            onChange={(e) => setPartial(e.target.checked)}
            disabled={busy}
          />
          <label htmlFor={ids.partial}>{t('imports.partial')}</label>
        </div>
        <p className="muted">{t('imports.partialHint')}</p>
        <button type="submit" disabled={busy || !kind}>
          {t('imports.submit')}
        </button>
      </form>

      <div aria-live="polite">
        {phase.step === 'uploading' && (
          <p className="progress-row">
            <label htmlFor="upload-progress">{t('imports.uploading')}</label>
            <progress id="upload-progress" max={phase.total || 1} value={phase.sent} />
            <span>{phase.total ? formatNumber(Math.floor((phase.sent / phase.total) * 100), lang) : 0}%</span>
          </p>
        )}
        {phase.step === 'processing' && (
          <p className="progress-row" role="status">
            <span>{t('imports.processing')}</span>
            <progress aria-label={t('imports.progress')} />
          </p>
        )}
        {busy && server && (
          <p className="muted" data-testid="server-progress">
            {t(`imports.phase.${server.phase}`, { rows: formatNumber(server.rows, lang) })}
            {server.phase === 'reading' && server.percent != null && ` · ${formatNumber(server.percent, lang)}%`}
          </p>
        )}
        {phase.step === 'failed' && (
          <p className="error" role="alert">
            {t('app.error', { message: phase.message })}
          </p>
        )}
        {phase.step === 'done' && outcome && (
          <p className={outcome.tone} role={outcome.tone === 'ok' ? 'status' : 'alert'} data-testid="import-outcome">
            {t(
              outcome.key,
              Object.fromEntries(Object.entries(outcome.params).map(([k, v]) => [k, formatNumber(v, lang)])),
            )}
          </p>
        )}
      </div>
      {phase.step === 'done' && phase.result.rejected.length > 0 && <ImportErrors rejected={phase.result.rejected} />}
    </section>
  );
}
