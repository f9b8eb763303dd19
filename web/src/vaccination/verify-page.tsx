// Checking a vaccination certificate: paste the text of its QR code (a scanner app reads it); the server checks the
// signature and answers with the holder's name and doses, or why the code is refused.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../shared/api.ts';
import { call, client } from '../shared/api-client.ts';
import type { components } from '../shared/api-schema.d.ts';
import { formatDate, formatInstant } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';

type Check = components['schemas']['VaccinationCertificateCheck'];

export function VerifyPage() {
  const { t } = useTranslation();
  const [check, setCheck] = useState<Check>();
  const [error, setError] = useState<string>();
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const payload = String(new FormData(e.currentTarget).get('payload') ?? '').trim();
    setError(undefined);
    setCheck(undefined);
    try {
      setCheck(await call(client.POST('/vaccination/certificates/verify', { body: { payload } })));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  }
  return (
    <div>
      <h1>{t('vaccination.verifyTitle')}</h1>
      <form className="card form" onSubmit={(e) => void submit(e)}>
        <label htmlFor="verify-payload">{t('vaccination.verifyHint')}</label>
        <textarea id="verify-payload" name="payload" rows={4} required />
        <button type="submit">{t('vaccination.verify')}</button>
      </form>
      {error && (
        <p className="error" role="alert">
          {t('app.error', { message: error })}
        </p>
      )}
      {check && <Result check={check} />}
    </div>
  );
}

function Result({ check }: { check: Check }) {
  const { t } = useTranslation();
  if (!check.valid)
    return (
      <p className="error card" role="alert" data-testid="verify-result">
        {t('vaccination.invalid')} {check.message}
      </p>
    );
  const c = check.certificate;
  return (
    <section className="card" data-testid="verify-result" aria-labelledby="verify-title">
      <h2 id="verify-title" className="ok">
        {t('vaccination.valid')}
      </h2>
      <dl className="fields">
        <dt>{t('vaccination.holder')}</dt>
        <dd>{c.name}</dd>
        <dt>{t('vaccination.birth')}</dt>
        <dd>{c.birth ? (c.birth.length === 10 ? formatDate(c.birth) : c.birth) : '—'}</dd>
        <dt>{t('vaccination.issued')}</dt>
        <dd>{formatInstant(c.iat, currentLang())}</dd>
      </dl>
      <ul className="plain">
        {c.doses.map((d) => (
          <li key={d.n}>
            {t('vaccination.doseOf', {
              n: d.n,
              product: t(`vaccination.productName.${d.product}`),
              day: formatDate(d.date),
            })}
            {d.lot && (
              <span className="muted">
                {' '}
                · {t('vaccination.lot')} {d.lot}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
