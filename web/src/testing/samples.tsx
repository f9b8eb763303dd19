// Samples and pools: search samples (by person, pool or result), record or correct a sample's result, open a pool
// with its members and their re-samples and record the pool's result, and the list of members still to re-sample.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { ApiError } from '../shared/api.ts';
import { call, client } from '../shared/api-client.ts';
import type { components } from '../shared/api-schema.d.ts';
import { formatInstant } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { useSession } from '../auth/session.tsx';
import { unitName } from '../geo/units.ts';
import { inputToCutoff, toVnInput } from '../reports/cutoff.ts';

type SampleItem = components['schemas']['SampleListItem'];
type Result = SampleItem['result'];
const RESULTS: Result[] = ['pending', 'negative', 'positive', 'invalid'];

interface Query {
  person_ref?: string;
  pool_ref?: string;
  result?: Result;
}

export function Samples({ at, onChanged }: { at: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { can, units2024 } = useSession();
  const [query, setQuery] = useState<Query>({});
  const [pool, setPool] = useState<string>();
  const [editing, setEditing] = useState<string>();
  const [changed, setChanged] = useState(0);
  const { data, error } = useApi(
    (signal) => client.GET('/testing/samples', { params: { query: { ...query, limit: 50 } }, signal }),
    [query.person_ref, query.pool_ref, query.result, changed],
  );
  // Samples carry the lab's code: shown by its name.
  const labs = useApi((signal) => client.GET('/testing/labs', { params: { query: { at } }, signal }), [at]);
  const labName = (code: string | null) => (code ? (labs.data?.find((l) => l.lab_code === code)?.name ?? code) : '—');

  function search(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const v = (k: string) => String(f.get(k) ?? '').trim() || undefined;
    setQuery({ person_ref: v('person_ref'), pool_ref: v('pool_ref'), result: v('result') as Result | undefined });
  }
  const saved = () => {
    setEditing(undefined);
    setChanged((x) => x + 1);
    onChanged();
  };

  return (
    <>
      <section className="card" aria-labelledby="t-samples-title" data-testid="testing-samples">
        <h2 id="t-samples-title">{t('testing.samples')}</h2>
        <form className="form-grid" onSubmit={search} aria-label={t('testing.search')}>
          <div className="field">
            <label htmlFor="s-person">{t('testing.personRef')}</label>
            <input id="s-person" name="person_ref" autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="s-pool">{t('testing.poolRef')}</label>
            <input id="s-pool" name="pool_ref" autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="s-result">{t('testing.result')}</label>
            <select id="s-result" name="result" defaultValue="">
              <option value="">{t('testing.any')}</option>
              {RESULTS.map((r) => (
                <option key={r} value={r}>
                  {t(`testing.resultName.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <button type="submit">{t('testing.search')}</button>
          </div>
        </form>
        {error && (
          <p className="error" role="alert">
            {t('app.error', { message: error.message })}
          </p>
        )}
        {data &&
          (data.length === 0 ? (
            <p className="muted">{t('testing.none')}</p>
          ) : (
            <div className="table-wrap" tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('testing.sample')}</th>
                    <th scope="col">{t('testing.person')}</th>
                    <th scope="col">{t('testing.takenAt')}</th>
                    <th scope="col">{t('testing.method')}</th>
                    <th scope="col">{t('testing.pool')}</th>
                    <th scope="col">{t('testing.lab')}</th>
                    <th scope="col">{t('testing.result')}</th>
                    {can('testing.write') && <th scope="col" />}
                  </tr>
                </thead>
                <tbody>
                  {data.map((s) => (
                    <SampleRow
                      key={s.sample_ref}
                      s={s}
                      ward={unitName(units2024, s.ward_code)}
                      lab={labName(s.lab)}
                      lang={lang}
                      onPool={setPool}
                      editing={editing === s.sample_ref}
                      onEdit={(ref) => setEditing(editing === ref ? undefined : ref)}
                      onSaved={saved}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </section>
      {pool && <PoolPanel code={pool} onClose={() => setPool(undefined)} onSaved={saved} key={`${pool}${changed}`} />}
      <Resamples at={at} key={`r${changed}`} onPool={setPool} />
    </>
  );
}

function resultText(t: (k: string) => string, r: Result) {
  return t(`testing.resultName.${r}`);
}

function SampleRow({
  s,
  ward,
  lab,
  lang,
  onPool,
  editing,
  onEdit,
  onSaved,
}: {
  s: SampleItem;
  ward: string;
  lab: string;
  lang: 'vi' | 'en';
  onPool: (ref: string) => void;
  editing: boolean;
  onEdit: (ref: string) => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const inherited = s.effective_result !== s.result;
  return (
    <>
      <tr data-sample={s.sample_ref}>
        <th scope="row">{s.sample_ref}</th>
        <td>
          <Link to={`/people/${encodeURIComponent(s.person_ref)}`}>{s.full_name}</Link>{' '}
          <span className="muted">({s.person_ref})</span>
          <div className="muted">{ward}</div>
        </td>
        <td>{formatInstant(s.taken_at, lang)}</td>
        <td>{t(`testing.methodName.${s.method}`)}</td>
        <td>
          {s.pool_ref ? (
            <button type="button" className="link" onClick={() => onPool(s.pool_ref!)}>
              {s.pool_ref}
            </button>
          ) : (
            '—'
          )}
        </td>
        <td>{lab}</td>
        <td className={s.effective_result === 'positive' ? 'error' : undefined}>
          {resultText(t, s.effective_result)}
          {inherited && <span className="muted"> {t('testing.fromPool')}</span>}
          {s.effective_result_at && <div className="muted">{formatInstant(s.effective_result_at, lang)}</div>}
        </td>
        {can('testing.write') && (
          <td>
            <button type="button" className="link" aria-expanded={editing} onClick={() => onEdit(s.sample_ref)}>
              {s.result === 'pending' ? t('testing.recordResult') : t('testing.correct')}
            </button>
          </td>
        )}
      </tr>
      {editing && (
        <tr>
          <td colSpan={8}>
            <ResultForm sample={s} onSaved={onSaved} />
          </td>
        </tr>
      )}
    </>
  );
}

function ResultForm({ sample, onSaved }: { sample: SampleItem; onSaved: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const correcting = sample.result !== 'pending';
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const ct = String(f.get('ct') ?? '').trim();
    const reason = String(f.get('reason') ?? '').trim();
    try {
      await call(
        client.POST('/testing/samples/{ref}/result', {
          params: { path: { ref: sample.sample_ref } },
          body: {
            result: String(f.get('result')) as Result,
            result_at: inputToCutoff(String(f.get('result_at'))),
            ct_values: ct ? { Ct: Number(ct.replace(',', '.')) } : undefined,
            reason: reason || undefined,
          },
        }),
      );
      onSaved();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  }
  const id = (k: string) => `r-${sample.sample_ref}-${k}`;
  return (
    <form
      className="form-grid"
      onSubmit={(e) => void submit(e)}
      aria-label={t('testing.recordFor', { ref: sample.sample_ref })}
    >
      <div className="field">
        <label htmlFor={id('result')}>{t('testing.result')}</label>
        <select id={id('result')} name="result" defaultValue="negative">
          {RESULTS.filter((r) => r !== 'pending').map((r) => (
            <option key={r} value={r}>
              {t(`testing.resultName.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={id('at')}>{t('testing.resultAt')}</label>
        <input
          id={id('at')}
          name="result_at"
          type="datetime-local"
          defaultValue={toVnInput(new Date(sample.taken_at))}
        />
      </div>
      <div className="field">
        <label htmlFor={id('ct')}>{t('testing.ct')}</label>
        <input id={id('ct')} name="ct" inputMode="decimal" autoComplete="off" />
      </div>
      {correcting && (
        <div className="field">
          <label htmlFor={id('reason')}>{t('testing.reason')}</label>
          <input id={id('reason')} name="reason" required autoComplete="off" />
        </div>
      )}
      <div className="field">
        <button type="submit">{t('testing.save')}</button>
      </div>
      {error && (
        <p className="error" role="alert">
          {t('app.error', { message: error })}
        </p>
      )}
    </form>
  );
}

function PoolPanel({ code, onClose, onSaved }: { code: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { can, units2024 } = useSession();
  const { data, error } = useApi(
    (signal) => client.GET('/testing/pools/{ref}', { params: { path: { ref: code } }, signal }),
    [code],
  );
  const [saveError, setSaveError] = useState<string>();
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    try {
      await call(
        client.POST('/testing/pools/{ref}/result', {
          params: { path: { ref: code } },
          body: {
            result: String(f.get('result')) as 'negative' | 'positive' | 'invalid',
            result_at: inputToCutoff(String(f.get('result_at'))) ?? '',
            reason: String(f.get('reason') ?? '').trim() || undefined,
          },
        }),
      );
      onSaved();
    } catch (err) {
      setSaveError(err instanceof ApiError ? err.message : String(err));
    }
  }
  return (
    <section className="card" aria-labelledby="t-pool-title" data-testid="testing-pool">
      <div className="section-head">
        <h2 id="t-pool-title">{t('testing.poolTitle', { ref: code })}</h2>
        <button type="button" className="secondary" onClick={onClose}>
          {t('testing.close')}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {t('app.error', { message: error.message })}
        </p>
      )}
      {data && (
        <>
          <p data-testid="testing-pool-summary">
            {t('testing.poolSummary', {
              size: data.size,
              max: data.max_size,
              result: data.result ? resultText(t, data.result) : t('testing.resultName.pending'),
            })}
            {data.result_at && ` (${formatInstant(data.result_at, lang)})`}
            {data.household && ` · ${t('testing.household')}`}
          </p>
          <div className="table-wrap" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('testing.sample')}</th>
                  <th scope="col">{t('testing.person')}</th>
                  <th scope="col">{t('testing.result')}</th>
                  <th scope="col">{t('testing.resample')}</th>
                  <th scope="col">{t('testing.decision')}</th>
                </tr>
              </thead>
              <tbody>
                {data.members.map((m) => (
                  <tr key={m.sample_ref} data-member={m.sample_ref}>
                    <th scope="row">{m.sample_ref}</th>
                    <td>
                      {m.full_name} <span className="muted">({m.person_ref})</span>
                      <div className="muted">{unitName(units2024, m.ward_code)}</div>
                    </td>
                    <td>{resultText(t, m.result)}</td>
                    <td>{m.resample_ref ?? '—'}</td>
                    <td>{m.decision ? resultText(t, m.decision) : t('testing.undecided')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {can('testing.write') && (
            <form className="form-grid" onSubmit={(e) => void submit(e)} aria-label={t('testing.poolResult')}>
              <div className="field">
                <label htmlFor="p-result">{t('testing.poolResult')}</label>
                <select id="p-result" name="result" defaultValue={data.result ?? 'negative'}>
                  {(['negative', 'positive', 'invalid'] as const).map((r) => (
                    <option key={r} value={r}>
                      {t(`testing.resultName.${r}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="p-at">{t('testing.resultAt')}</label>
                <input
                  id="p-at"
                  name="result_at"
                  type="datetime-local"
                  required
                  defaultValue={toVnInput(new Date(data.result_at ?? data.first_taken_at))}
                />
              </div>
              {data.result && (
                <div className="field">
                  <label htmlFor="p-reason">{t('testing.reason')}</label>
                  <input id="p-reason" name="reason" required autoComplete="off" />
                </div>
              )}
              <div className="field">
                <button type="submit">{t('testing.save')}</button>
              </div>
            </form>
          )}
          {saveError && (
            <p className="error" role="alert">
              {t('app.error', { message: saveError })}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function Resamples({ at, onPool }: { at: string; onPool: (ref: string) => void }) {
  const { t } = useTranslation();
  const { units2024 } = useSession();
  const { data, error } = useApi(
    (signal) => client.GET('/testing/resample', { params: { query: { at, limit: 200 } }, signal }),
    [at],
  );
  return (
    <section className="card" aria-labelledby="t-resample-title" data-testid="testing-resamples">
      <h2 id="t-resample-title">{t('testing.resamples')}</h2>
      {error && (
        <p className="error" role="alert">
          {t('app.error', { message: error.message })}
        </p>
      )}
      {data &&
        (data.length === 0 ? (
          <p className="muted">{t('testing.none')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('testing.person')}</th>
                  <th scope="col">{t('testing.address')}</th>
                  <th scope="col">{t('testing.pool')}</th>
                  <th scope="col">{t('testing.status')}</th>
                </tr>
              </thead>
              <tbody>
                {data.map((r) => (
                  <tr key={r.sample_ref} data-resample={r.sample_ref}>
                    <th scope="row">
                      {r.full_name} <span className="muted">({r.person_ref})</span>
                      {r.phone && <div className="muted">{r.phone}</div>}
                    </th>
                    <td>{[r.address, r.hamlet, unitName(units2024, r.ward_code)].filter(Boolean).join(', ')}</td>
                    <td>
                      <button type="button" className="link" onClick={() => onPool(r.pool_ref)}>
                        {r.pool_ref}
                      </button>{' '}
                      <span className="muted">({resultText(t, r.pool_result)})</span>
                    </td>
                    <td>{t(`testing.statusName.${r.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
