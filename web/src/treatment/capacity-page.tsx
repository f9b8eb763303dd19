// The capacity scenario (docs/contracts/treatment.md): the officer types a number of simultaneous cases (the plans
// speak of 1,000, 2,000 and 10,000) and sees the beds each tier needs against the beds active and planned.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { client } from '../shared/api-client.ts';
import { formatInstant, formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { inputToCutoff } from '../reports/cutoff.ts';
import { useOpeningCutoff } from '../reports/opening-cutoff.tsx';
import { parseCases, SCENARIOS } from './treatment.ts';

export function CapacityPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const [casesInput, setCasesInput] = useState('1000');
  const [atInput, setAtInput] = useState(useOpeningCutoff());
  const [applied, setApplied] = useState({ cases: 1000, at: inputToCutoff(atInput)! });
  const { data, error, loading } = useApi(
    (signal) => client.GET('/treatment/capacity', { params: { query: applied }, signal }),
    [applied.cases, applied.at],
  );
  const cases = parseCases(casesInput);

  function submit(e: FormEvent) {
    e.preventDefault();
    const at = inputToCutoff(atInput);
    if (cases !== null && at) setApplied({ cases, at });
  }
  const n = (v: number) => formatNumber(v, lang);

  return (
    <div>
      <p>
        <Link to="/treatment">{t('treatment.back')}</Link>
      </p>
      <h1>{t('treatment.capacity.title')}</h1>
      <form className="inline-form" onSubmit={submit}>
        <label htmlFor="cap-cases">{t('treatment.capacity.cases')}</label>
        <input
          id="cap-cases"
          inputMode="numeric"
          value={casesInput}
          onChange={(e) => setCasesInput(e.target.value)}
          aria-invalid={cases === null}
          required
        />
        <label htmlFor="cap-at">{t('treatment.at')}</label>
        <input
          id="cap-at"
          type="datetime-local"
          value={atInput}
          onChange={(e) => setAtInput(e.target.value)}
          required
        />
        <button type="submit">{t('treatment.capacity.compute')}</button>
      </form>
      <p>
        {SCENARIOS.map((s) => (
          <button
            key={s}
            type="button"
            className="link"
            onClick={() => {
              setCasesInput(String(s));
              const at = inputToCutoff(atInput);
              if (at) setApplied({ cases: s, at });
            }}
          >
            {t('treatment.capacity.scenario', { cases: n(s) })}
          </button>
        ))}
      </p>
      {cases === null && <p className="error">{t('treatment.capacity.badCases')}</p>}
      {loading && !data && <p role="status">{t('app.loading')}</p>}
      {error && (
        <p className="error" role="alert">
          {t('app.error', { message: error.message })}
        </p>
      )}
      {data && (
        <section className="card" aria-labelledby="cap-title">
          <h2 id="cap-title">
            {t('treatment.capacity.answer', { cases: n(data.cases), at: formatInstant(data.at, lang) })}
          </h2>
          <div className="table-wrap" tabIndex={0}>
            <table data-testid="capacity">
              <thead>
                <tr>
                  <th scope="col">{t('treatment.tier')}</th>
                  <th scope="col" className="num">
                    {t('treatment.capacity.needed')}
                  </th>
                  <th scope="col" className="num">
                    {t('treatment.capacity.active')}
                  </th>
                  <th scope="col" className="num">
                    {t('treatment.capacity.planned')}
                  </th>
                  <th scope="col" className="num">
                    {t('treatment.capacity.shortfall')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {(['1', '2', '3'] as const).map((k) => {
                  const r = data.by_tier[k];
                  return (
                    <tr key={k} data-tier={k}>
                      <th scope="row">{t(`treatment.tierLong.${k}`)}</th>
                      <td className="num">{n(r.needed)}</td>
                      <td className="num">{n(r.active_beds)}</td>
                      <td className="num">{n(r.planned_beds)}</td>
                      <td className={`num${r.shortfall > 0 ? ' error' : ''}`}>{n(r.shortfall)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="muted">{t('treatment.capacity.note')}</p>
        </section>
      )}
    </div>
  );
}
