// The directives registry: search by number or words (with or without diacritics), each directive's file to
// download, and (command.manage) a PDF/DOCX to attach.
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { call, client } from '../shared/api-client.ts';
import { useSession } from '../auth/session.tsx';
import { formatDate } from '../shared/format.ts';
import { CommandNav, errorMessage, LoadState, Outcome } from './command-nav.tsx';

const KINDS = [
  'chi_thi',
  'cong_dien',
  'cong_van',
  'ke_hoach',
  'quyet_dinh',
  'thong_bao',
  'nghi_quyet',
  'other',
] as const;
const LEVELS = ['national', 'province', 'district'] as const;
const fileUrl = (number: string) => `/api/v1/command/directives/${encodeURIComponent(number)}/file`;

export function DirectivesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [n, setN] = useState(0);
  const [outcome, setOutcome] = useState<{ error?: string; done?: string }>({});
  const { data, error, loading } = useApi(
    (signal) => client.GET('/command/directives', { params: { query: q ? { q } : {} }, signal }),
    [q, n],
  );

  function search(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = String(new FormData(e.currentTarget).get('q') ?? '').trim();
    setParams(v ? { q: v } : {});
  }

  async function attach(number: string, e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    try {
      await call(
        client.PUT('/command/directives/{number}/file', {
          params: { path: { number }, query: { name: file.name } },
          body: file as never,
          bodySerializer: (b: unknown) => b as Blob,
          headers: { 'content-type': file.type || 'application/octet-stream' },
        }),
      );
      setOutcome({ done: t('command.directives.uploaded', { name: file.name, number }) });
      setN((x) => x + 1);
    } catch (err) {
      setOutcome({ error: errorMessage(err) });
    }
    e.target.value = '';
  }

  return (
    <div>
      <CommandNav />
      <div className="section-head">
        <h1>{t('command.directives.title')}</h1>
        <a href={`/api/v1/command/directives.xlsx${q ? `?q=${encodeURIComponent(q)}` : ''}`} download="">
          {t('command.xlsx')}
        </a>
      </div>
      <form className="card search" role="search" onSubmit={search} key={q}>
        <label htmlFor="d-q">{t('command.directives.search')}</label>
        <div className="row">
          <input id="d-q" name="q" type="search" defaultValue={q} />
          <button type="submit">{t('command.directives.searchButton')}</button>
        </div>
      </form>
      <Outcome {...outcome} />
      {can('command.manage') && <NewDirective onDone={() => setN((x) => x + 1)} />}
      <LoadState loading={loading} error={error} hasData={!!data} />
      {data &&
        (data.length === 0 ? (
          <p className="muted">{t('command.none')}</p>
        ) : (
          <div className="card table-wrap">
            <table data-testid="directives">
              <thead>
                <tr>
                  <th scope="col">{t('command.directives.number')}</th>
                  <th scope="col">{t('command.directives.issuedOn')}</th>
                  <th scope="col">{t('command.directives.issuer')}</th>
                  <th scope="col">{t('command.directives.kind')}</th>
                  <th scope="col">{t('command.directives.subject')}</th>
                  <th scope="col">{t('command.directives.level')}</th>
                  <th scope="col" className="num">
                    {t('command.directives.tasks')}
                  </th>
                  <th scope="col">{t('command.directives.file')}</th>
                </tr>
              </thead>
              <tbody>
                {data.map((d) => (
                  <tr key={d.number} data-directive={d.number}>
                    <th scope="row">{d.number}</th>
                    <td>{formatDate(d.issued_on)}</td>
                    <td>{d.issuer}</td>
                    <td>{t(`command.directives.kinds.${d.kind}`)}</td>
                    <td>{d.subject}</td>
                    <td>{d.level ? t(`command.directives.levels.${d.level}`) : '—'}</td>
                    <td className="num">{d.tasks}</td>
                    <td>
                      {d.file_name && (
                        <a href={fileUrl(d.number)} download={d.file_name}>
                          {t('command.directives.download', { name: d.file_name })}
                        </a>
                      )}
                      {can('command.manage') && (
                        <input
                          type="file"
                          accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                          aria-label={t('command.directives.upload', { number: d.number })}
                          onChange={(e) => void attach(d.number, e)}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </div>
  );
}

/** Registers a directive as written on it; its file is attached from the list. */
function NewDirective({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<{ error?: string; done?: string }>({});
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const s = (k: string) => String(f.get(k) ?? '').trim();
    try {
      const d = await call(
        client.POST('/command/directives', {
          body: {
            number: s('number'),
            issued_on: s('issued_on'),
            issuer: s('issuer'),
            kind: s('kind') as (typeof KINDS)[number],
            subject: s('subject'),
            level: (s('level') || null) as (typeof LEVELS)[number] | null,
          },
        }),
      );
      setOutcome({ done: t('command.directives.created', { number: d.number }) });
      form.reset();
      onDone();
    } catch (err) {
      setOutcome({ error: errorMessage(err) });
    }
  }
  return (
    <details className="card">
      <summary>{t('command.directives.add')}</summary>
      <form className="form" onSubmit={submit} data-testid="directive-form">
        <label htmlFor="nd-number">{t('command.directives.number')}</label>
        <input id="nd-number" name="number" required placeholder="376-TB/TU" />
        <label htmlFor="nd-issued">{t('command.directives.issuedOn')}</label>
        <input id="nd-issued" name="issued_on" type="date" required />
        <label htmlFor="nd-issuer">{t('command.directives.issuer')}</label>
        <input id="nd-issuer" name="issuer" required />
        <label htmlFor="nd-kind">{t('command.directives.kind')}</label>
        <select id="nd-kind" name="kind">
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`command.directives.kinds.${k}`)}
            </option>
          ))}
        </select>
        <label htmlFor="nd-level">{t('command.directives.level')}</label>
        <select id="nd-level" name="level" defaultValue="province">
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`command.directives.levels.${l}`)}
            </option>
          ))}
        </select>
        <label htmlFor="nd-subject">{t('command.directives.subject')}</label>
        <textarea id="nd-subject" name="subject" required rows={2} />
        <button type="submit">{t('command.save')}</button>
        <Outcome {...outcome} />
      </form>
    </details>
  );
}
