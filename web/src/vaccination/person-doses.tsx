// A person's vaccination: their doses with the checks they were judged by, the next dose, the form to record a
// dose, and the signed certificate (QR code, its text for verification, the printable page).
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { ApiError } from '../shared/api.ts';
import { call, client } from '../shared/api-client.ts';
import type { components } from '../shared/api-schema.d.ts';
import { formatDate } from '../shared/format.ts';
import { useSession } from '../auth/session.tsx';

type Product = components['schemas']['VaccineProduct'];
export const PRODUCTS: Product[] = ['astrazeneca', 'pfizer', 'moderna', 'verocell', 'sputnik', 'abdala', 'other'];

export function PersonDoses({ day, onSaved }: { day: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const [ref, setRef] = useState<string>();
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = String(new FormData(e.currentTarget).get('ref') ?? '').trim();
    setRef(v || undefined);
  }
  return (
    <section className="card" aria-labelledby="v-person-title" data-testid="vaccination-person">
      <h2 id="v-person-title">{t('vaccination.personTitle')}</h2>
      <form className="inline-form" onSubmit={submit}>
        <label htmlFor="v-ref">{t('vaccination.personRef')}</label>
        <input id="v-ref" name="ref" autoComplete="off" required />
        <button type="submit">{t('vaccination.open')}</button>
      </form>
      {ref && <Doses key={ref} personRef={ref} day={day} onSaved={onSaved} />}
    </section>
  );
}

function Doses({ personRef, day, onSaved }: { personRef: string; day: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { data, error, reload } = useApi(
    (signal) =>
      client.GET('/vaccination/persons/{ref}/doses', {
        params: { path: { ref: personRef }, query: { on: day } },
        signal,
      }),
    [personRef, day],
  );
  const [saveError, setSaveError] = useState<ApiError>();
  const [cert, setCert] = useState<components['schemas']['VaccinationCertificate']>();

  async function record(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const s = (k: string) => String(f.get(k) ?? '').trim() || null;
    setSaveError(undefined);
    try {
      await call(
        client.PUT('/vaccination/persons/{ref}/doses/{dose_number}', {
          params: { path: { ref: personRef, dose_number: Number(f.get('dose_number')) } },
          body: {
            product: s('product') as Product,
            given_on: String(f.get('given_on')),
            lot: s('lot'),
            site: s('site'),
          },
        }),
      );
      setCert(undefined);
      reload();
      onSaved();
    } catch (err) {
      setSaveError(err instanceof ApiError ? err : new ApiError(0, String(err)));
    }
  }
  async function certificate() {
    try {
      setCert(
        await call(client.GET('/vaccination/persons/{ref}/certificate', { params: { path: { ref: personRef } } })),
      );
    } catch (err) {
      setSaveError(err instanceof ApiError ? err : new ApiError(0, String(err)));
    }
  }

  if (error)
    return (
      <p className="error" role="alert">
        {t('app.error', { message: error.message })}
      </p>
    );
  if (!data) return <p role="status">{t('app.loading')}</p>;
  const next = data.next;
  return (
    <div data-testid="vaccination-doses">
      <h3>
        <Link to={`/people/${encodeURIComponent(data.person.person_ref)}`}>{data.person.full_name}</Link>{' '}
        <span className="muted">
          ({data.person.person_ref}
          {data.person.birth_year != null && `, ${data.person.birth_year}`})
        </span>
      </h3>
      {data.doses.length === 0 ? (
        <p className="muted">{t('vaccination.noDoses')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('vaccination.dose')}</th>
                <th scope="col">{t('vaccination.product')}</th>
                <th scope="col">{t('vaccination.givenOn')}</th>
                <th scope="col">{t('vaccination.lot')}</th>
                <th scope="col">{t('vaccination.site')}</th>
                <th scope="col">{t('vaccination.checks')}</th>
              </tr>
            </thead>
            <tbody>
              {data.doses.map((d) => (
                <tr key={d.dose_number} data-dose={d.dose_number}>
                  <th scope="row">
                    {t('vaccination.doseN', { n: d.dose_number })}
                    {d.booster && <span className="badge">{t('vaccination.booster')}</span>}
                  </th>
                  <td>{t(`vaccination.productName.${d.product}`)}</td>
                  <td>
                    {formatDate(d.given_on)}
                    {d.interval_days != null && (
                      <div className="muted">{t('vaccination.interval', { days: d.interval_days })}</div>
                    )}
                  </td>
                  <td>{d.lot ?? '—'}</td>
                  <td>{d.site ?? '—'}</td>
                  <td className={d.flags.length ? 'warn' : undefined}>
                    {d.flags.length ? d.flags.map((f) => f.message).join('; ') : t('vaccination.ok')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p data-testid="vaccination-next">
        {next
          ? t('vaccination.next', {
              n: next.next_dose,
              from: formatDate(next.due_from),
              to: formatDate(next.overdue_after),
              status: t(`vaccination.statusName.${next.status}`),
            })
          : t('vaccination.noNext')}
      </p>
      {can('vaccination.write') && (
        <form
          key={data.doses.length}
          className="form-grid"
          onSubmit={(e) => void record(e)}
          aria-label={t('vaccination.record')}
        >
          <div className="field">
            <label htmlFor="d-number">{t('vaccination.dose')}</label>
            <input
              id="d-number"
              name="dose_number"
              type="number"
              min={1}
              max={10}
              required
              defaultValue={next?.next_dose ?? data.doses.length + 1}
            />
          </div>
          <div className="field">
            <label htmlFor="d-product">{t('vaccination.product')}</label>
            <select id="d-product" name="product" defaultValue={next?.last_product ?? 'astrazeneca'}>
              {PRODUCTS.map((p) => (
                <option key={p} value={p}>
                  {t(`vaccination.productName.${p}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="d-given">{t('vaccination.givenOn')}</label>
            <input id="d-given" name="given_on" type="date" required defaultValue={day} />
          </div>
          <div className="field">
            <label htmlFor="d-lot">{t('vaccination.lot')}</label>
            <input id="d-lot" name="lot" autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="d-site">{t('vaccination.site')}</label>
            <input id="d-site" name="site" autoComplete="off" />
          </div>
          <div className="field">
            <button type="submit">{t('vaccination.record')}</button>
          </div>
        </form>
      )}
      {saveError && (
        <p className="error" role="alert">
          {t('app.error', { message: saveError.message })}
        </p>
      )}
      {data.doses.length > 0 && (
        <div className="section-head">
          <button type="button" className="secondary" onClick={() => void certificate()}>
            {t('vaccination.certificate')}
          </button>
          <a href={`/api/v1/vaccination/persons/${encodeURIComponent(personRef)}/certificate.html`} target="_blank">
            {t('vaccination.printable')}
          </a>
        </div>
      )}
      {cert && (
        <div className="card" data-testid="vaccination-certificate">
          {/* The QR code is an SVG the server generated from the signed payload (no user markup). */}
          <div className="qr" dangerouslySetInnerHTML={{ __html: cert.qr_svg }} />
          <p>
            {t('vaccination.certFor', {
              name: cert.certificate.name,
              doses: cert.certificate.doses.length,
            })}
          </p>
          <label htmlFor="v-payload">{t('vaccination.payload')}</label>
          <textarea id="v-payload" readOnly rows={3} value={cert.payload} />
        </div>
      )}
    </div>
  );
}
