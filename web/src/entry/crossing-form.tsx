// Recording a crossing at a checkpoint: the receipt code of the traveller's declaration, or the traveller typed in,
// then purpose and decision. The server validates the traveller like a declaration and names the faulty field.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../shared/api.ts';
import { call, client } from '../shared/api-client.ts';
import type { components } from '../shared/api-schema.d.ts';
import { formatInstant } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { useSession } from '../auth/session.tsx';
import { inputToCutoff, toVnInput } from '../reports/cutoff.ts';
import { vnDay } from './period.ts';
import type { Names } from './entry-page.tsx';
import { outbreakText } from './outbreak.ts';

type Body = components['schemas']['CrossingRecord'];
const PURPOSES = ['return_home', 'work', 'goods', 'transit', 'official', 'medical', 'tourism', 'other'] as const;
const DECISIONS = ['allowed', 'quarantine', 'turned_back'] as const;
const MODES = ['road', 'water', 'air', 'rail'] as const;

export function CrossingForm({
  names,
  defaultDay,
  onSaved,
}: {
  names: Names;
  defaultDay: string;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { units } = useSession();
  const wards = units
    .filter((u) => u.geography === '2024' && u.level === 'ward')
    .sort((a, b) => a.full_name.localeCompare(b.full_name, 'vi'));
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState<Body>();
  const [busy, setBusy] = useState(false);
  const [checkpoint, setCheckpoint] = useState(names.checkpoints[0].checkpoint_code);
  const cpMode = names.checkpoints.find((c) => c.checkpoint_code === checkpoint)?.mode ?? 'road';

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const f = new FormData(formEl);
    const s = (k: string) => {
      const v = String(f.get(k) ?? '').trim();
      return v === '' ? undefined : v;
    };
    const year = s('birth_year');
    const body = {
      checkpoint_code: checkpoint,
      crossed_at: inputToCutoff(String(f.get('crossed_at'))) ?? undefined,
      direction: s('direction') as 'in' | 'out',
      mode: s('mode') as (typeof MODES)[number],
      declaration_ref: s('declaration_ref'),
      full_name: s('full_name'),
      birth_year: year ? Number(year) : undefined,
      phone: s('phone'),
      id_number: s('id_number'),
      from_province: s('from_province'),
      vehicle_plate: s('vehicle_plate'),
      to_ward_code: s('to_ward_code'),
      purpose: s('purpose') as (typeof PURPOSES)[number],
      decision: s('decision') as (typeof DECISIONS)[number],
      rapid_test: s('rapid_test') as 'negative' | 'positive' | 'invalid' | undefined,
      note: s('note'),
    };
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const r = await call(client.POST('/entry/crossings', { body }));
      setDone(r);
      formEl.reset();
      onSaved();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, String(err)));
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (name: string) =>
    error?.field === name ? (
      <small className="error" data-for={name}>
        {error.message}
      </small>
    ) : null;
  const field = (name: string, label: string, input: ReactNode) => (
    <div className="field">
      <label htmlFor={`cx-${name}`}>{label}</label>
      {input}
      {fieldError(name)}
    </div>
  );

  return (
    <section className="card" aria-labelledby="entry-record-title" data-testid="entry-record">
      <h2 id="entry-record-title">{t('entry.record')}</h2>
      <p className="muted">{t('entry.recordHint')}</p>
      <form className="form-grid" onSubmit={(e) => void submit(e)}>
        {field(
          'checkpoint_code',
          t('entry.checkpoint'),
          <select id="cx-checkpoint_code" value={checkpoint} onChange={(e) => setCheckpoint(e.target.value)}>
            {names.checkpoints.map((c) => (
              <option key={c.checkpoint_code} value={c.checkpoint_code}>
                {c.name}
              </option>
            ))}
          </select>,
        )}
        {field(
          'crossed_at',
          t('entry.time'),
          <input
            id="cx-crossed_at"
            name="crossed_at"
            type="datetime-local"
            defaultValue={defaultDay === vnDay(new Date()) ? toVnInput(new Date()) : `${defaultDay}T08:00`}
          />,
        )}
        {field(
          'direction',
          t('entry.direction'),
          <select id="cx-direction" name="direction" defaultValue="in">
            <option value="in">{t('entry.directionName.in')}</option>
            <option value="out">{t('entry.directionName.out')}</option>
          </select>,
        )}
        {field(
          'mode',
          t('entry.mode'),
          <select id="cx-mode" name="mode" key={cpMode} defaultValue={cpMode}>
            {MODES.map((m) => (
              <option key={m} value={m}>
                {t(`entry.modeName.${m}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'declaration_ref',
          t('entry.declarationRef'),
          <input id="cx-declaration_ref" name="declaration_ref" autoComplete="off" />,
        )}
        {field('full_name', t('entry.fullName'), <input id="cx-full_name" name="full_name" autoComplete="off" />)}
        {field(
          'birth_year',
          t('entry.birthYear'),
          <input id="cx-birth_year" name="birth_year" inputMode="numeric" pattern="\d{4}" autoComplete="off" />,
        )}
        {field('phone', t('entry.phone'), <input id="cx-phone" name="phone" type="tel" autoComplete="off" />)}
        {field('id_number', t('entry.idNumber'), <input id="cx-id_number" name="id_number" autoComplete="off" />)}
        {field(
          'from_province',
          t('entry.origin'),
          <select id="cx-from_province" name="from_province" defaultValue="">
            <option value="">—</option>
            {names.provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>,
        )}
        {field(
          'vehicle_plate',
          t('entry.plate'),
          <input id="cx-vehicle_plate" name="vehicle_plate" autoComplete="off" />,
        )}
        {field(
          'to_ward_code',
          t('entry.destination'),
          <select id="cx-to_ward_code" name="to_ward_code" defaultValue="">
            <option value="">—</option>
            {wards.map((w) => (
              <option key={w.code} value={w.code}>
                {w.full_name}
              </option>
            ))}
          </select>,
        )}
        {field(
          'purpose',
          t('entry.purpose'),
          <select id="cx-purpose" name="purpose" defaultValue="return_home">
            {PURPOSES.map((p) => (
              <option key={p} value={p}>
                {t(`entry.purposeName.${p}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'decision',
          t('entry.decision'),
          <select id="cx-decision" name="decision" defaultValue="allowed">
            {DECISIONS.map((d) => (
              <option key={d} value={d}>
                {t(`entry.decisionName.${d}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'rapid_test',
          t('entry.rapidTest'),
          <select id="cx-rapid_test" name="rapid_test" defaultValue="">
            <option value="">{t('entry.noTest')}</option>
            {(['negative', 'positive', 'invalid'] as const).map((r) => (
              <option key={r} value={r}>
                {t(`entry.rapidName.${r}`)}
              </option>
            ))}
          </select>,
        )}
        {field('note', t('entry.note'), <input id="cx-note" name="note" autoComplete="off" />)}
        <div className="field">
          <button type="submit" disabled={busy}>
            {t('entry.save')}
          </button>
        </div>
      </form>
      {error && !error.field && (
        <p className="error" role="alert">
          {t('app.error', { message: error.message })}
        </p>
      )}
      {error?.field && (
        <p className="error" role="alert">
          {t('entry.fixField')}
        </p>
      )}
      {done && (
        <p className="ok" role="status" data-testid="entry-saved">
          {t('entry.saved', {
            name: done.full_name,
            checkpoint: names.checkpoint(done.checkpoint_code),
            at: formatInstant(done.crossed_at, lang),
            decision: t(`entry.decisionName.${done.decision}`),
          })}
          {outbreakText(t, done) && ' ' + outbreakText(t, done)}
          {done.followups && ' ' + t('entry.followupsCreated', { count: done.followups.length })}
        </p>
      )}
    </section>
  );
}
