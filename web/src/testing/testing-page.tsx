// Testing: the figures at a cut-off (samples by result and method, pooled, PCR capacity), labs with their capacity
// and backlog, screening rounds with their positivity (per ward on demand), and the samples and pools (samples.tsx).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { client } from '../shared/api-client.ts';
import { formatDate, formatInstant, formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { useSession } from '../auth/session.tsx';
import { unitName } from '../geo/units.ts';
import { inputToCutoff, toVnInput } from '../reports/cutoff.ts';
import { addDays, vnDay } from '../entry/period.ts';
import { Samples } from './samples.tsx';

const n = (v: number | null | undefined, digits = 0) =>
  v == null ? '—' : formatNumber(v, currentLang(), digits || undefined);

/** The end of the latest sample's day when it is past (the demo's data ends in 2021), else now. */
function defaultCutoff(latest: string | undefined): string {
  const now = new Date();
  if (!latest) return toVnInput(now);
  const end = new Date(`${addDays(vnDay(latest), 1)}T00:00:00+07:00`);
  return toVnInput(end < now ? new Date(end.getTime() - 60_000) : now);
}

export function TestingPage() {
  const { t } = useTranslation();
  const latest = useApi((signal) => client.GET('/testing/samples', { params: { query: { limit: 1 } }, signal }), []);
  const [input, setInput] = useState<string>();
  const [applied, setApplied] = useState<string>();
  const [changed, setChanged] = useState(0); // a result was recorded: the figures reload
  if (!latest.data && !latest.error) return <p role="status">{t('app.loading')}</p>;
  const fallback = defaultCutoff(latest.data?.[0]?.taken_at);
  const shown = applied ?? fallback;
  const at = inputToCutoff(shown)!;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (input && inputToCutoff(input)) setApplied(input);
  }
  return (
    <div>
      <div className="section-head">
        <h1>{t('testing.title')}</h1>
        <form className="inline-form" onSubmit={submit}>
          <label htmlFor="t-cutoff">{t('testing.at')}</label>
          <input
            id="t-cutoff"
            type="datetime-local"
            value={input ?? shown}
            onChange={(e) => setInput(e.target.value)}
            required
          />
          <button type="submit">{t('dashboard.apply')}</button>
        </form>
      </div>
      <p className="muted" data-testid="testing-at">
        {t('testing.showing', { at: formatInstant(at, currentLang()) })}
        {!applied && latest.data?.length ? ' ' + t('testing.latestData') : ''}
      </p>
      <Figures at={at} key={`f${changed}`} />
      <Samples at={at} onChanged={() => setChanged((x) => x + 1)} />
      <Labs at={at} key={`l${changed}`} />
      <Rounds at={at} key={`r${changed}`} />
    </div>
  );
}

function Figures({ at }: { at: string }) {
  const { t } = useTranslation();
  const { data, error } = useApi(
    (signal) => client.GET('/testing/figures', { params: { query: { at } }, signal }),
    [at],
  );
  return (
    <section className="card" aria-labelledby="t-fig-title" data-testid="testing-figures">
      <h2 id="t-fig-title">{t('testing.figures')}</h2>
      {error && (
        <p className="error" role="alert">
          {t('app.error', { message: error.message })}
        </p>
      )}
      {!data && !error && <p role="status">{t('app.loading')}</p>}
      {data && (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('testing.method')}</th>
                {(['samples_taken', 'samples_taken_new', 'negative', 'positive', 'invalid', 'pending'] as const).map(
                  (k) => (
                    <th key={k} scope="col" className="num">
                      {t(`testing.col.${k}`)}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {(['pcr', 'rapid_antigen'] as const).map((m) => {
                const c = data.by_method[m];
                return (
                  <tr key={m} data-method={m}>
                    <th scope="row">{t(`testing.methodName.${m}`)}</th>
                    <td className="num">{n(c.samples_taken)}</td>
                    <td className="num">{n(c.samples_taken_new)}</td>
                    <td className="num">{n(c.negative)}</td>
                    <td className="num">{n(c.positive)}</td>
                    <td className="num">{n(c.invalid)}</td>
                    <td className="num">{n(c.pending)}</td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr data-method="all">
                <th scope="row">{t('testing.total')}</th>
                <td className="num">{n(data.samples_taken)}</td>
                <td className="num">{n(data.samples_taken_new)}</td>
                <td className="num">{n(data.negative)}</td>
                <td className="num">{n(data.positive)}</td>
                <td className="num">{n(data.invalid)}</td>
                <td className="num">{n(data.pending)}</td>
              </tr>
            </tfoot>
          </table>
          <p data-testid="testing-pooled">
            {t('testing.pooled', {
              samples: n(data.pooled.samples),
              pools: n(data.pooled.pools),
              tested: n(data.pooled.pools_tested),
              positive: n(data.pooled.pools_positive),
            })}
          </p>
          <p data-testid="testing-capacity">
            {t('testing.capacity', {
              labs: n(data.pcr_capacity.labs),
              single: n(data.pcr_capacity.capacity_per_day),
              size: n(data.pcr_capacity.pool_size),
              pooled: n(data.pcr_capacity.pooled_capacity_per_day),
            })}
          </p>
        </div>
      )}
    </section>
  );
}

function Labs({ at }: { at: string }) {
  const { t } = useTranslation();
  const { units2024 } = useSession();
  const { data, error } = useApi((signal) => client.GET('/testing/labs', { params: { query: { at } }, signal }), [at]);
  return (
    <section className="card" aria-labelledby="t-labs-title" data-testid="testing-labs">
      <h2 id="t-labs-title">{t('testing.labs')}</h2>
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
                  <th scope="col">{t('testing.lab')}</th>
                  <th scope="col">{t('testing.method')}</th>
                  <th scope="col" className="num">
                    {t('testing.capacityPerDay')}
                  </th>
                  <th scope="col" className="num">
                    {t('testing.tests24h')}
                  </th>
                  <th scope="col" className="num">
                    {t('testing.pending')}
                  </th>
                  {(['le_24h', '24_48h', '48_72h', 'gt_72h'] as const).map((k) => (
                    <th key={k} scope="col" className="num">
                      {t(`testing.age.${k}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.map((l) => (
                  <tr key={l.lab_code} data-lab={l.lab_code} className={l.active === false ? 'dim' : undefined}>
                    <th scope="row">
                      {l.name ?? l.lab_code}
                      {!l.registered && <span className="badge">{t('testing.unregistered')}</span>}
                      {l.ward_code && <div className="muted">{unitName(units2024, l.ward_code)}</div>}
                    </th>
                    <td>{(l.methods ?? []).map((m) => t(`testing.methodName.${m}`)).join(', ') || '—'}</td>
                    <td className="num">{n(l.capacity_per_day)}</td>
                    <td className="num">{n(l.tests_24h)}</td>
                    <td className="num">{n(l.pending)}</td>
                    <td className="num">{n(l.backlog_by_age.le_24h)}</td>
                    <td className="num">{n(l.backlog_by_age['24_48h'])}</td>
                    <td className="num">{n(l.backlog_by_age['48_72h'])}</td>
                    <td className={`num${l.backlog_by_age.gt_72h ? ' error' : ''}`}>{n(l.backlog_by_age.gt_72h)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}

function Rounds({ at }: { at: string }) {
  const { t } = useTranslation();
  const { data, error } = useApi(
    (signal) => client.GET('/testing/rounds', { params: { query: { at } }, signal }),
    [at],
  );
  const [open, setOpen] = useState<string>();
  return (
    <section className="card" aria-labelledby="t-rounds-title" data-testid="testing-rounds">
      <h2 id="t-rounds-title">{t('testing.rounds')}</h2>
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
                  <th scope="col">{t('testing.campaign')}</th>
                  <th scope="col">{t('testing.roundDays')}</th>
                  <th scope="col" className="num">
                    {t('testing.target')}
                  </th>
                  <th scope="col" className="num">
                    {t('testing.sampled')}
                  </th>
                  <th scope="col" className="num">
                    {t('testing.coverage')}
                  </th>
                  <th scope="col" className="num">
                    {t('testing.positive')}
                  </th>
                  <th scope="col" className="num">
                    {t('testing.positivity')}
                  </th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {data.map((r) => (
                  <tr key={r.round_code} data-round={r.round_code}>
                    <th scope="row">
                      {r.campaign} — {t('testing.roundNo', { no: r.round_no })}
                    </th>
                    <td>
                      {formatDate(r.starts_on)}–{formatDate(r.ends_on)}
                    </td>
                    <td className="num">{n(r.target_population)}</td>
                    <td className="num">{n(r.sampled)}</td>
                    <td className="num">{r.coverage_pct == null ? '—' : `${n(r.coverage_pct, 1)}%`}</td>
                    <td className="num">{n(r.positive)}</td>
                    <td className="num">{r.positivity_pct == null ? '—' : `${n(r.positivity_pct, 2)}%`}</td>
                    <td>
                      <button
                        type="button"
                        className="link"
                        aria-expanded={open === r.round_code}
                        onClick={() => setOpen(open === r.round_code ? undefined : r.round_code)}
                      >
                        {t('testing.byWard')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {open && <RoundWards code={open} at={at} />}
          </div>
        ))}
    </section>
  );
}

function RoundWards({ code, at }: { code: string; at: string }) {
  const { t } = useTranslation();
  const { data } = useApi(
    (signal) => client.GET('/testing/rounds/{ref}', { params: { path: { ref: code }, query: { at } }, signal }),
    [code, at],
  );
  if (!data) return <p role="status">{t('app.loading')}</p>;
  return (
    <table data-testid="testing-round-wards">
      <caption>
        {data.campaign} — {t('testing.roundNo', { no: data.round_no })}: {t('testing.byWard')}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('testing.ward')}</th>
          <th scope="col" className="num">
            {t('testing.sampled')}
          </th>
          <th scope="col" className="num">
            {t('testing.positive')}
          </th>
          <th scope="col" className="num">
            {t('testing.positivity')}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.by_ward.map((w) => (
          <tr key={w.ward_code ?? '-'} data-ward={w.ward_code}>
            <th scope="row">{w.ward_name ?? w.ward_code ?? '—'}</th>
            <td className="num">{n(w.sampled)}</td>
            <td className="num">{n(w.positive)}</td>
            <td className="num">{w.positivity_pct == null ? '—' : `${n(w.positivity_pct, 2)}%`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
