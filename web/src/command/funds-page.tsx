// Funds: allocations, donations and spending (newest first) with the totals by kind, and the donors list.
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { client } from '../shared/api-client.ts';
import { formatInstant, formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { CommandNav, LoadState } from './command-nav.tsx';

const KINDS = ['allocation', 'donation', 'spending'] as const;

export function FundsPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const funds = useApi((signal) => client.GET('/command/funds', { signal }), []);
  const donors = useApi((signal) => client.GET('/command/funds/donors', { signal }), []);
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
                    <td>{f.source ?? '—'}</td>
                    <td>{f.purpose ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <section className="card" aria-labelledby="f-donors-title">
        <h2 id="f-donors-title">{t('command.funds.donors')}</h2>
        <LoadState loading={donors.loading} error={donors.error} hasData={!!donors.data} />
        {donors.data && donors.data.length > 0 && (
          <div className="table-wrap">
            <table data-testid="donors">
              <thead>
                <tr>
                  <th scope="col">{t('command.funds.donor')}</th>
                  <th scope="col" className="num">
                    {t('command.funds.donations')}
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
