// One person's record, their F-level with its explanation and their history across the modules.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { client } from '../shared/api-client.ts';
import { useSession } from '../auth/session.tsx';
import { areaLabel } from '../geo/units.ts';
import { formatDate, formatInstant } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { PersonTimeline } from './person-timeline.tsx';
import { PersonTreatment } from '../treatment/person-treatment.tsx';

const FIELDS = [
  'person_ref',
  'birth_year',
  'birth_date',
  'sex',
  'id_number',
  'phone',
  'ward_code',
  'hamlet',
  'address',
  'nationality',
  'created_at',
  'updated_at',
] as const;

/** "VN" → "Việt Nam" (or "Vietnam"): a country by its ISO code, in the page's language; anything else as it is. */
function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export function PersonPage() {
  const { t } = useTranslation();
  const { ref = '' } = useParams();
  const { units2024, can } = useSession();
  const [treated, setTreated] = useState(0); // a treatment change reloads the timeline
  const {
    data: p,
    error,
    loading,
  } = useApi((signal) => client.GET('/persons/{ref}', { params: { path: { ref } }, signal }), [ref]);

  function show(f: (typeof FIELDS)[number]): string {
    const v = p?.[f];
    if (v == null || v === '') return '—';
    if (f === 'sex') return t(`people.sex.${v}`, { defaultValue: String(v) });
    if (f === 'ward_code') return areaLabel(units2024, String(v));
    if (f === 'created_at' || f === 'updated_at') return formatInstant(String(v), currentLang());
    if (f === 'birth_date') return formatDate(String(v));
    if (f === 'nationality') return countryName(String(v), currentLang());
    return String(v);
  }

  return (
    <section aria-labelledby="person-title">
      <p>
        <Link to="/people">{t('people.back')}</Link>
      </p>
      {loading && <p role="status">{t('app.loading')}</p>}
      {error && (
        <p className="error" role="alert">
          {t('app.error', { message: error.message })}
        </p>
      )}
      {p && (
        <>
          <h1 id="person-title">{p.full_name}</h1>
          {p.merged_into_ref && (
            <p className="notice">
              {t('people.mergedInto', { ref: p.merged_into_ref })}{' '}
              <Link to={`/people/${encodeURIComponent(p.merged_into_ref)}`}>{p.merged_into_ref}</Link>
            </p>
          )}
          <dl className="fields card">
            {FIELDS.map((f) => (
              <div key={f}>
                <dt>{t(`people.field.${f}`)}</dt>
                <dd>{show(f)}</dd>
              </div>
            ))}
          </dl>
          {can('treatment.read') && (
            <PersonTreatment personRef={p.person_ref} onChange={() => setTreated((n) => n + 1)} />
          )}
          <PersonTimeline key={treated} personRef={p.person_ref} />
        </>
      )}
    </section>
  );
}
