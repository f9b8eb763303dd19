// Funds: allocations, donations and spending (newest first) with the totals by kind, the form to add one
// (command.manage; in-kind donations are supply receipts) and the donors list.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { call, client } from '../shared/api-client.ts';
import { useSession } from '../auth/session.tsx';
import { formatInstant, formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { inputToCutoff, toVnInput } from '../reports/cutoff.ts';
import { CommandNav, errorMessage, LoadState, Outcome } from './command-nav.tsx';

const KINDS = ['allocation', 'donation', 'spending'] as const;

export function FundsPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const { can } = useSession();
  const [n, setN] = useState(0);
  const funds = useApi((signal) => client.GET('/command/funds', { signal }), [n]);
  const donors = useApi((signal) => client.GET('/command/funds/donors', { signal }), [n]);
  const vnd = (x: number) => formatNumber(x, lang);
  const total = (k: (typeof KINDS)[number]) =>
    (funds.data ?? []).filter((f) => f.kind === k).reduce((a, f) => a + f.amount_vnd, 0);
  return (
    <div>
      <CommandNav />
      <div className="section-head">
        <h1>{t('command.funds.title')}</h1>
        <a href="/api/v1/command/funds.xlsx" download="">
          {t('command.xlsx')}
        </a>
      </div>
      <LoadState loading={funds.loading} error={funds.error} hasData={!!funds.data} />
      {funds.data && (
        <>
          <dl className="card inline-form" data-testid="fund-totals">
            {KINDS.map((k) => (
              <div key={k}>
                <dt className="muted">{t(`command.funds.kinds.${k}`)}</dt>
                <dd>
                  <strong>{vnd(total(k))}</strong> đ
                </dd>
              </div>
            ))}
          </dl>
          <div className="card table-wrap">
            <table data-testid="funds">
              <thead>
                <tr>
                  <th scope="col">{t('command.at')}</th>
                  <th scope="col">{t('command.funds.kind')}</th>
                  <th scope="col" className="num">
                    {t('command.funds.amount')}
                  </th>
                  <th scope="col">{t('command.funds.source')}</th>
                  <th scope="col">{t('command.funds.purpose')}</th>
                </tr>
              </thead>
              <tbody>
                {funds.data.map((f) => (
                  <tr key={f.fund_ref}>
                    <td>{formatInstant(String(f.at), lang)}</td>
                    <td>{t(`command.funds.kinds.${f.kind}`)}</td>
                    <td className="num">{vnd(f.amount_vnd)}</td>
                    <td>{f.source ? t(`command.funds.sources.${f.source}`, { defaultValue: f.source }) : '—'}</td>
                    <td>{f.purpose ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {can('command.manage') && <FundForm onDone={() => setN((x) => x + 1)} />}
      <section className="card" aria-labelledby="f-donors-title">
        <h2 id="f-donors-title">{t('command.funds.donors')}</h2>
        <LoadState loading={donors.loading} error={donors.error} hasData={!!donors.data} />
        {donors.data && donors.data.length > 0 && (
          <div className="table-wrap" tabIndex={0}>
            <table data-testid="donors">
              <thead>
                <tr>
                  <th scope="col">{t('command.funds.donor')}</th>
                  <th scope="col" className="num">
                    {t('command.funds.donations')}
                  </th>
                  <th scope="col" className="num">
                    {t('command.funds.inKind')}
                  </th>
                  <th scope="col" className="num">
                    {t('command.funds.amount')}
                  </th>
                  <th scope="col">{t('command.funds.lastAt')}</th>
                </tr>
              </thead>
              <tbody>
                {donors.data.map((d) => (
                  <tr key={d.donor}>
                    <th scope="row">{d.donor}</th>
                    <td className="num">{d.donations}</td>
                    <td className="num">{d.in_kind}</td>
                    <td className="num">{vnd(d.amount_vnd)}</td>
                    <td>{formatInstant(String(d.last_at), lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

function FundForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<{ error?: string; done?: string }>({});
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const s = (k: string) => String(f.get(k) ?? '').trim();
    try {
      await call(
        client.POST('/command/funds', {
          body: {
            kind: s('kind') as (typeof KINDS)[number],
            // Amounts are written the Vietnamese way, 1.500.000: the dots group thousands.
            amount_vnd: Number(s('amount').replace(/[.\s]/g, '')),
            at: inputToCutoff(s('at'))!,
            source: s('source') || null,
            purpose: s('purpose') || null,
          },
        }),
      );
      setOutcome({ done: t('command.saved') });
      form.reset();
      onDone();
    } catch (err) {
      setOutcome({ error: errorMessage(err) });
    }
  }
  return (
    <section className="card" aria-labelledby="f-add-title">
      <h2 id="f-add-title">{t('command.funds.add')}</h2>
      <form className="form" onSubmit={submit} data-testid="fund-form">
        <label htmlFor="f-kind">{t('command.funds.kind')}</label>
        <select id="f-kind" name="kind">
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`command.funds.kinds.${k}`)}
            </option>
          ))}
        </select>
        <label htmlFor="f-amount">{t('command.funds.amount')}</label>
        <input id="f-amount" name="amount" inputMode="numeric" required pattern="[0-9][0-9. ]*" />
        <label htmlFor="f-at">{t('command.at')}</label>
        <input id="f-at" name="at" type="datetime-local" required defaultValue={toVnInput(new Date())} />
        <label htmlFor="f-source">{t('command.funds.sourceHint')}</label>
        <input id="f-source" name="source" />
        <label htmlFor="f-purpose">{t('command.funds.purpose')}</label>
        <input id="f-purpose" name="purpose" />
        <button type="submit">{t('command.save')}</button>
        <Outcome {...outcome} />
      </form>
    </section>
  );
}
