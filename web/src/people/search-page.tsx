// One search box for people: a name with or without diacritics, a phone or an ID number, within the user's wards.
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { client } from '../shared/api-client.ts';
import { useSession } from '../auth/session.tsx';
import { unitName } from '../geo/units.ts';
import { searchable } from './person.ts';

export function PeopleSearchPage() {
  const { t } = useTranslation();
  const { units2024 } = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);

  // Search as one types, once typing pauses; the query lives in the URL so Back returns to the results.
  useEffect(() => {
    if (text === q) return;
    const id = setTimeout(() => setParams(text ? { q: text } : {}, { replace: true }), 300);
    return () => clearTimeout(id);
  }, [text, q, setParams]);

  const { data, error, loading } = useApi(
    searchable(q)
      ? (signal) => client.GET('/persons', { params: { query: { q: q.trim(), limit: 50 } }, signal })
      : null,
    [q],
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    setParams(text ? { q: text } : {}, { replace: true });
  }

  return (
    <section aria-labelledby="people-title">
      <h1 id="people-title">{t('people.title')}</h1>
      <form role="search" className="search" onSubmit={submit}>
        <label htmlFor="q">{t('people.search')}</label>
        <div className="row">
          <input id="q" type="search" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
          <button type="submit">{t('people.searchButton')}</button>
        </div>
      </form>
      <div aria-live="polite">
        {!searchable(q) && <p className="muted">{t('people.hint')}</p>}
        {loading && <p role="status">{t('app.loading')}</p>}
        {error && (
          <p className="error" role="alert">
            {t('app.error', { message: error.message })}
          </p>
        )}
        {data &&
          !loading &&
          (data.length === 0 ? (
            <p>{t('people.none')}</p>
          ) : (
            <div className="table-wrap" tabIndex={0}>
              <table>
                <caption>
                  {t('people.results')} — {t('people.count', { count: data.length })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('people.field.full_name')}</th>
                    <th scope="col">{t('people.field.birth_year')}</th>
                    <th scope="col">{t('people.field.phone')}</th>
                    <th scope="col">{t('people.field.id_number')}</th>
                    <th scope="col">{t('people.field.ward_code')}</th>
                    <th scope="col">{t('people.field.person_ref')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.map((p) => (
                    <tr key={p.person_ref}>
                      <td>
                        <Link to={`/people/${encodeURIComponent(p.person_ref)}`}>{p.full_name}</Link>
                      </td>
                      <td>{p.birth_year ?? '—'}</td>
                      <td>{p.phone ?? '—'}</td>
                      <td>{p.id_number ?? '—'}</td>
                      <td>{unitName(units2024, p.ward_code)}</td>
                      <td>{p.person_ref}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </div>
    </section>
  );
}
