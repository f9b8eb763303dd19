// Vaccination: the figures at the end of a day, coverage by ward for everyone and for adults, supply and stock by
// product and by level (province store, district stores, sites), the rounds, the due list, and a person's doses
// with the form to record one and their certificate (person-doses.tsx).
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { client } from '../shared/api-client.ts';
import type { components } from '../shared/api-schema.d.ts';
import { formatDate, formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { useSession } from '../auth/session.tsx';
import { unitName } from '../geo/units.ts';
import { addDays, vnDay } from '../entry/period.ts';
import { PersonDoses } from './person-doses.tsx';

type Round = components['schemas']['VaccinationRound'];
const n = (v: number | null | undefined) => (v == null ? '—' : formatNumber(v, currentLang()));
const pct = (v: number | null | undefined) => (v == null ? '—' : `${formatNumber(v, currentLang(), 2)}%`);

/** The last day of the latest round when it is past (the demo's data ends in 2021), else today. */
export function defaultDay(rounds: Round[] | undefined, now = new Date()): string {
  const today = vnDay(now);
  const last = (rounds ?? [])
    .map((r) => r.ends_on ?? r.starts_on)
    .sort()
    .at(-1);
  return last && last < today ? last : today;
}

export function VaccinationPage() {
  const { t } = useTranslation();
  const rounds = useApi((signal) => client.GET('/vaccination/rounds', { signal }), []);
  const [input, setInput] = useState<string>();
  const [applied, setApplied] = useState<string>();
  const [changed, setChanged] = useState(0);
  if (!rounds.data && !rounds.error) return <p role="status">{t('app.loading')}</p>;
  const fallback = defaultDay(rounds.data);
  const day = applied ?? fallback;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (input && /^\d{4}-\d{2}-\d{2}$/.test(input)) setApplied(input);
  }
  return (
    <div>
      <div className="section-head">
        <h1>{t('vaccination.title')}</h1>
        <form className="inline-form" onSubmit={submit}>
          <label htmlFor="v-day">{t('vaccination.day')}</label>
          <input id="v-day" type="date" value={input ?? day} onChange={(e) => setInput(e.target.value)} required />
          <button type="submit">{t('dashboard.apply')}</button>
        </form>
      </div>
      <p className="muted" data-testid="vaccination-day">
        {t('vaccination.showing', { day: formatDate(day) })}
        {!applied && fallback !== vnDay(new Date()) && ' ' + t('vaccination.latestData')}
        {' · '}
        <Link to="/vaccination/verify">{t('vaccination.verifyLink')}</Link>
      </p>
      <Figures day={day} key={`f${changed}`} />
      <PersonDoses day={day} onSaved={() => setChanged((x) => x + 1)} />
      <Coverage day={day} key={`c${changed}`} />
      <Supply day={day} key={`s${changed}`} />
      <Rounds rounds={rounds.data ?? []} />
      <Due day={day} key={`d${changed}`} />
    </div>
  );
}

/** The end of a Viet Nam day as an instant (figures "at" a day count everything given on it). */
const endOf = (day: string) => `${addDays(day, 1)}T00:00:00+07:00`;

function Failed({ error }: { error?: { message: string } }) {
  const { t } = useTranslation();
  return error ? (
    <p className="error" role="alert">
      {t('app.error', { message: error.message })}
    </p>
  ) : null;
}

function Figures({ day }: { day: string }) {
  const { t } = useTranslation();
  const { data, error } = useApi(
    (signal) => client.GET('/vaccination/figures', { params: { query: { at: endOf(day) } }, signal }),
    [day],
  );
  return (
    <section className="card" aria-labelledby="v-fig-title" data-testid="vaccination-figures">
      <h2 id="v-fig-title">{t('vaccination.figures')}</h2>
      <Failed error={error} />
      {data && (
        <dl className="headline">
          {(
            [
              ['doses', n(data.doses)],
              ['dose1', n(data.persons_dose1)],
              ['dose2', n(data.persons_dose2)],
              ['dose3', n(data.persons_dose3)],
              ['coverage18', pct(data.coverage_dose1_18plus_pct)],
            ] as const
          ).map(([k, v]) => (
            <div className="card" key={k} data-figure={k}>
              <dt>{t(`vaccination.fig.${k}`)}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function Coverage({ day }: { day: string }) {
  const { t } = useTranslation();
  const { units2024 } = useSession();
  const [group, setGroup] = useState<'all' | 'adult'>('all');
  const { data, error } = useApi(
    (signal) => client.GET('/vaccination/coverage', { params: { query: { at: endOf(day), level: 'ward' } }, signal }),
    [day],
  );
  const adult = group === 'adult';
  return (
    <section className="card" aria-labelledby="v-cov-title" data-testid="vaccination-coverage">
      <div className="section-head">
        <h2 id="v-cov-title">{t('vaccination.coverage')}</h2>
        <label className="inline">
          {t('vaccination.ageGroup')}
          <select value={group} onChange={(e) => setGroup(e.target.value as 'all' | 'adult')}>
            <option value="all">{t('vaccination.groupAll')}</option>
            <option value="adult">{t('vaccination.groupAdult')}</option>
          </select>
        </label>
      </div>
      <Failed error={error} />
      {data && (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('vaccination.ward')}</th>
                <th scope="col" className="num">
                  {adult ? t('vaccination.population18') : t('vaccination.population')}
                </th>
                {[1, 2, 3].map((d) => (
                  <th key={d} scope="col" className="num">
                    {t('vaccination.doseN', { n: d })}
                  </th>
                ))}
                {[1, 2, 3].map((d) => (
                  <th key={d} scope="col" className="num">
                    {t('vaccination.doseNPct', { n: d })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.map((r) => (
                <tr key={r.unit_code ?? '-'} data-ward={r.unit_code ?? 'none'}>
                  <th scope="row">
                    {/* The full name ("Phường III"), not the short one the figures carry ("III"). */}
                    {r.unit_code ? (units2024.get(r.unit_code)?.full_name ?? r.unit_name) : t('vaccination.noWard')}
                  </th>
                  <td className="num">{n(adult ? r.population_18plus : r.population)}</td>
                  <td className="num">{n(adult ? r.persons_dose1_18plus : r.persons_dose1)}</td>
                  <td className="num">{n(adult ? r.persons_dose2_18plus : r.persons_dose2)}</td>
                  <td className="num">{n(adult ? r.persons_dose3_18plus : r.persons_dose3)}</td>
                  <td className="num">{pct(adult ? r.dose1_18plus_pct : r.dose1_pct)}</td>
                  <td className="num">{pct(adult ? r.dose2_18plus_pct : r.dose2_pct)}</td>
                  <td className="num">{pct(adult ? r.dose3_18plus_pct : r.dose3_pct)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Supply by product, then the stock of each lot at each store and site, grouped by level. */
function Supply({ day }: { day: string }) {
  const { t } = useTranslation();
  const { units2024 } = useSession();
  const supply = useApi(
    (signal) => client.GET('/vaccination/supply', { params: { query: { on: day } }, signal }),
    [day],
  );
  const stock = useApi((signal) => client.GET('/vaccination/stock', { params: { query: { on: day } }, signal }), [day]);
  const product = (p: string) => t(`vaccination.productName.${p}`);
  return (
    <section className="card" aria-labelledby="v-stock-title" data-testid="vaccination-stock">
      <h2 id="v-stock-title">{t('vaccination.supply')}</h2>
      <Failed error={supply.error ?? stock.error} />
      {supply.data && (
        <div className="table-wrap" tabIndex={0}>
          <table data-testid="vaccination-supply">
            <caption>{t('vaccination.byProduct')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('vaccination.product')}</th>
                {(['allocated', 'received', 'administered', 'wasted', 'administered_pct_of_received'] as const).map(
                  (k) => (
                    <th key={k} scope="col" className="num">
                      {t(`vaccination.col.${k}`)}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {supply.data.by_product.map((p) => (
                <tr key={p.product} data-product={p.product}>
                  <th scope="row">{product(p.product)}</th>
                  <td className="num">{n(p.allocated)}</td>
                  <td className="num">{n(p.received)}</td>
                  <td className="num">{n(p.administered)}</td>
                  <td className="num">{n(p.wasted)}</td>
                  <td className="num">{pct(p.administered_pct_of_received)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {stock.data &&
        (stock.data.length === 0 ? (
          <p className="muted">{t('vaccination.noStock')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            <table data-testid="vaccination-lots">
              <caption>{t('vaccination.stockAt', { day: formatDate(day) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('vaccination.level')}</th>
                  <th scope="col">{t('vaccination.site')}</th>
                  <th scope="col">{t('vaccination.product')}</th>
                  <th scope="col">{t('vaccination.lot')}</th>
                  <th scope="col">{t('vaccination.expires')}</th>
                  <th scope="col" className="num">
                    {t('vaccination.col.received')}
                  </th>
                  <th scope="col" className="num">
                    {t('vaccination.col.administered')}
                  </th>
                  <th scope="col" className="num">
                    {t('vaccination.col.wasted')}
                  </th>
                  <th scope="col" className="num">
                    {t('vaccination.balance')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...stock.data]
                  .sort((a, b) => (a.site_kind === b.site_kind ? 0 : a.site_kind === 'store' ? -1 : 1))
                  .map((s) => (
                    <tr key={`${s.site_code}/${s.lot}`} data-stock={`${s.site_code}/${s.lot}`}>
                      <td>{t(`vaccination.kindName.${s.site_kind}`)}</td>
                      <th scope="row">
                        {s.site_name}
                        <div className="muted">{unitName(units2024, s.ward_code)}</div>
                      </th>
                      <td>{product(s.product)}</td>
                      <td>{s.lot}</td>
                      <td className={s.expired ? 'error' : undefined}>
                        {formatDate(s.expires_on)}
                        {s.expired && ` (${t('vaccination.expired')})`}
                      </td>
                      <td className="num">{n(s.received + s.transferred_in)}</td>
                      <td className="num">{n(s.administered)}</td>
                      <td className="num">{n(s.wasted)}</td>
                      <td className="num">{n(s.balance)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}

function Rounds({ rounds }: { rounds: Round[] }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="v-rounds-title" data-testid="vaccination-rounds">
      <h2 id="v-rounds-title">{t('vaccination.rounds')}</h2>
      {rounds.length === 0 ? (
        <p className="muted">{t('vaccination.none')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('vaccination.round')}</th>
                <th scope="col">{t('vaccination.dates')}</th>
                <th scope="col">{t('vaccination.targetGroups')}</th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((r) => (
                <tr key={r.round_code} data-round={r.round_code}>
                  <th scope="row">{r.name}</th>
                  <td>
                    {formatDate(r.starts_on)}–{r.ends_on ? formatDate(r.ends_on) : '…'}
                  </td>
                  <td>{r.target_groups.join('; ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Due({ day }: { day: string }) {
  const { t } = useTranslation();
  const { units2024 } = useSession();
  const { data, error } = useApi(
    (signal) => client.GET('/vaccination/due', { params: { query: { on: day, limit: 200 } }, signal }),
    [day],
  );
  return (
    <section className="card" aria-labelledby="v-due-title" data-testid="vaccination-due">
      <div className="section-head">
        <h2 id="v-due-title">{t('vaccination.due', { day: formatDate(day) })}</h2>
        <a href={`/api/v1/vaccination/due.xlsx?on=${day}`} download="">
          {t('vaccination.dueXlsx')}
        </a>
      </div>
      <Failed error={error} />
      {data &&
        (data.length === 0 ? (
          <p className="muted">{t('vaccination.none')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('vaccination.person')}</th>
                  <th scope="col">{t('vaccination.ward')}</th>
                  <th scope="col">{t('vaccination.lastDose')}</th>
                  <th scope="col">{t('vaccination.nextDose')}</th>
                  <th scope="col">{t('vaccination.window')}</th>
                  <th scope="col">{t('vaccination.status')}</th>
                </tr>
              </thead>
              <tbody>
                {data.map((d) => (
                  <tr key={d.person_ref} data-person={d.person_ref}>
                    <th scope="row">
                      <Link to={`/people/${encodeURIComponent(d.person_ref)}`}>{d.full_name}</Link>{' '}
                      <span className="muted">({d.person_ref})</span>
                      {d.phone && <div className="muted">{d.phone}</div>}
                    </th>
                    <td>
                      {[d.hamlet, d.ward_code ? unitName(units2024, d.ward_code) : d.ward_name]
                        .filter(Boolean)
                        .join(', ') || '—'}
                    </td>
                    <td>
                      {t('vaccination.doseOf', {
                        n: d.last_dose,
                        product: t(`vaccination.productName.${d.last_product}`),
                        day: formatDate(d.last_given_on),
                      })}
                    </td>
                    <td>{t('vaccination.doseN', { n: d.next_dose })}</td>
                    <td>
                      {formatDate(d.due_from)}–{formatDate(d.overdue_after)}
                    </td>
                    <td className={d.status === 'overdue' ? 'error' : undefined}>
                      {t(`vaccination.statusName.${d.status}`)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
