// Social support progress at a cut-off: per programme and district, beneficiaries approved and paid with amounts.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { client } from '../shared/api-client.ts';
import { formatDate, formatInstant, formatNumber } from '../shared/format.ts';
import { useSession } from '../auth/session.tsx';
import { unitName } from '../geo/units.ts';
import { currentLang } from '../shared/i18n.ts';
import { inputToCutoff } from '../reports/cutoff.ts';
import { useOpeningCutoff } from '../reports/opening-cutoff.tsx';
import { CommandNav, LoadState } from './command-nav.tsx';

export function SupportPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const [input, setInput] = useState(useOpeningCutoff());
  const [applied, setApplied] = useState(input);
  const at = inputToCutoff(applied)!;
  const { data, error, loading } = useApi(
    (signal) => client.GET('/command/support/progress', { params: { query: { at } }, signal }),
    [at],
  );
  const num = (x: number) => formatNumber(x, lang);
  const programme = (code: string) => t(`command.support.programmes.${code}`, { defaultValue: code });
  return (
    <div>
      <CommandNav />
      <div className="section-head">
        <h1>{t('command.support.title')}</h1>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (inputToCutoff(input)) setApplied(input);
          }}
        >
          <label htmlFor="sp-at">{t('command.at')}</label>
          <input id="sp-at" type="datetime-local" value={input} required onChange={(e) => setInput(e.target.value)} />
          <button type="submit">{t('command.apply')}</button>
        </form>
      </div>
      <section className="card" aria-labelledby="sp-title">
        <div className="section-head">
          <h2 id="sp-title">
            {t('command.support.progress')} <span className="muted">({formatInstant(at, lang)})</span>
          </h2>
          <a href={`/api/v1/command/support/progress.xlsx?at=${encodeURIComponent(at)}`} download="">
            {t('command.xlsx')}
          </a>
        </div>
        <LoadState loading={loading} error={error} hasData={!!data} />
        {data &&
          (data.length === 0 ? (
            <p className="muted">{t('command.none')}</p>
          ) : (
            <div className="table-wrap" tabIndex={0}>
              <table data-testid="support">
                <thead>
                  <tr>
                    <th scope="col">{t('command.support.programme')}</th>
                    <th scope="col">{t('command.support.district')}</th>
                    <th scope="col" className="num">
                      {t('command.support.approved')}
                    </th>
                    <th scope="col" className="num">
                      {t('command.support.approvedVnd')}
                    </th>
                    <th scope="col" className="num">
                      {t('command.support.paid')}
                    </th>
                    <th scope="col" className="num">
                      {t('command.support.paidVnd')}
                    </th>
                    <th scope="col" className="num">
                      {t('command.support.paidPct')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.map((r) => (
                    <tr key={`${r.programme}/${r.district_code ?? ''}`} data-programme={r.programme}>
                      <th scope="row">{programme(r.programme)}</th>
                      <td>{r.district_name ?? t('command.support.noDistrict')}</td>
                      <td className="num">{num(r.approved)}</td>
                      <td className="num">{num(r.approved_vnd)}</td>
                      <td className="num">{num(r.paid)}</td>
                      <td className="num">{num(r.paid_vnd)}</td>
                      <td className="num pct">
                        <progress max={100} value={r.paid_pct} aria-hidden="true" /> {num(r.paid_pct)}%
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </section>
      <Beneficiaries programmes={[...new Set((data ?? []).map((r) => r.programme))]} />
    </div>
  );
}

/** The beneficiaries of a programme, the unpaid ones alone if asked. */
function Beneficiaries({ programmes }: { programmes: string[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { units2024 } = useSession();
  const [programme, setProgramme] = useState('');
  const [unpaid, setUnpaid] = useState(false);
  const { data, error, loading } = useApi(
    (signal) =>
      client.GET('/command/support/beneficiaries', {
        params: { query: { ...(programme ? { programme } : {}), ...(unpaid ? { unpaid: 'true' as const } : {}) } },
        signal,
      }),
    [programme, unpaid],
  );
  return (
    <section className="card" aria-labelledby="sb-title">
      <div className="section-head">
        <h2 id="sb-title">{t('command.support.beneficiaries')}</h2>
        <div className="inline-form">
          <label htmlFor="sb-programme">{t('command.support.programme')}</label>
          <select id="sb-programme" value={programme} onChange={(e) => setProgramme(e.target.value)}>
            <option value="">{t('command.support.allProgrammes')}</option>
            {programmes.map((p) => (
              <option key={p} value={p}>
                {t(`command.support.programmes.${p}`, { defaultValue: p })}
              </option>
            ))}
          </select>
          <label className="inline">
            <input type="checkbox" checked={unpaid} onChange={(e) => setUnpaid(e.target.checked)} />{' '}
            {t('command.support.unpaidOnly')}
          </label>
        </div>
      </div>
      <LoadState loading={loading} error={error} hasData={!!data} />
      {data &&
        (data.length === 0 ? (
          <p className="muted">{t('command.none')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            <table data-testid="beneficiaries">
              <thead>
                <tr>
                  <th scope="col">{t('command.support.ref')}</th>
                  <th scope="col">{t('command.support.programme')}</th>
                  <th scope="col">{t('command.support.group')}</th>
                  <th scope="col">{t('command.support.ward')}</th>
                  <th scope="col">{t('command.support.approvedOn')}</th>
                  <th scope="col" className="num">
                    {t('command.support.amount')}
                  </th>
                  <th scope="col">{t('command.support.paidOn')}</th>
                </tr>
              </thead>
              <tbody>
                {data.map((b) => (
                  <tr key={`${b.programme}/${b.beneficiary_ref}`} data-beneficiary={b.beneficiary_ref}>
                    <th scope="row">{b.beneficiary_ref}</th>
                    <td>{t(`command.support.programmes.${b.programme}`, { defaultValue: b.programme })}</td>
                    <td>{b.group ? t(`command.support.groups.${b.group}`) : '—'}</td>
                    <td>{unitName(units2024, b.ward_code)}</td>
                    <td>{formatDate(b.approved_on)}</td>
                    <td className="num">{formatNumber(b.amount_vnd, lang)}</td>
                    <td>{b.paid_on ? formatDate(b.paid_on) : t('command.support.notPaid')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
