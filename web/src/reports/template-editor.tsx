// The report template of the user's jurisdiction: official header, number pattern, recipients (Nơi nhận), signer,
// narrative headings and the times drafts are made. The server checks it; its error names the field, shown there.
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError } from '../shared/api.ts';
import { call, client } from '../shared/api-client.ts';
import { useApi } from '../shared/use-api.ts';
import { useSession } from '../auth/session.tsx';
import { areaLabel } from '../geo/units.ts';
import { errorTarget, fromForm, inputId, toForm, type TemplateForm, type TextField } from './template.ts';
import { REPORT_LAYOUTS, type ReportLayout } from './report-list.ts';

const MAX_LENGTH: Record<TextField, number> = {
  issuing_parent: 200,
  issuing_body: 200,
  number_pattern: 50,
  place: 100,
  title: 300,
  signer_title: 200,
  signer_name: 100,
};

export function TemplateEditor() {
  const { t } = useTranslation();
  const { can, units2024 } = useSession();
  const saved = useApi((signal) => client.GET('/reports/template', { signal }), []);
  const [form, setForm] = useState<TemplateForm>();
  const [error, setError] = useState<{ target: string | null; message: string }>();
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);
  const hintId = useId();
  const editable = can('reports.issue');

  useEffect(() => {
    if (saved.data) setForm(toForm(saved.data));
  }, [saved.data]);
  useEffect(() => {
    if (error?.target) document.getElementById(inputId(error.target))?.focus();
  }, [error]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!form) return;
    setBusy(true);
    setError(undefined);
    setStatus(undefined);
    try {
      setForm(toForm(await call(client.PUT('/reports/template', { body: fromForm(form) }))));
      setStatus(t('template.saved'));
    } catch (err) {
      const e = err instanceof ApiError ? err : new ApiError(0, String(err));
      setError({ target: errorTarget(e.field), message: e.message });
    } finally {
      setBusy(false);
    }
  }

  const set = (part: Partial<TemplateForm>) => {
    setForm((f) => f && { ...f, ...part });
    setStatus(undefined);
  };
  const setRow = (i: number, part: Partial<TemplateForm['schedule'][number]>) =>
    set({ schedule: form!.schedule.map((r, j) => (j === i ? { ...r, ...part } : r)) });
  /** aria attributes of an input, and its error below it when the server named it. */
  const invalid = (field: string) => error?.target === field;
  const aria = (field: string, hint?: boolean) => ({
    id: inputId(field),
    'aria-invalid': invalid(field) || undefined,
    'aria-describedby':
      [hint ? `${inputId(field)}-hint` : '', invalid(field) ? `${inputId(field)}-error` : ''].join(' ').trim() ||
      undefined,
  });
  const fieldError = (field: string): ReactNode =>
    invalid(field) && (
      <p id={`${inputId(field)}-error`} className="error field-error" data-testid="field-error">
        {error!.message}
      </p>
    );
  const hint = (field: string) => (
    <p id={`${inputId(field)}-hint`} className="muted hint">
      {t(`template.hint.${field}`)}
    </p>
  );

  return (
    <details className="card template" data-testid="template-editor">
      <summary>{t('template.title')}</summary>
      {saved.loading && !saved.data && <p role="status">{t('app.loading')}</p>}
      {saved.error && (
        <p className="error" role="alert">
          {t('app.error', { message: saved.error.message })}
        </p>
      )}
      {form && saved.data && (
        <form className="form template-form" onSubmit={submit} aria-describedby={hintId}>
          <p id={hintId} className="muted">
            {t('template.of', { area: saved.data.scope_code ? areaLabel(units2024, saved.data.scope_code) : '' })}
            {!editable && ` ${t('template.readOnly')}`}
          </p>
          <fieldset disabled={!editable || busy}>
            {(['issuing_parent', 'issuing_body', 'number_pattern', 'place', 'title'] as const).map((f) => (
              <div key={f} className="field">
                <label htmlFor={inputId(f)}>{t(`template.field.${f}`)}</label>
                <input
                  {...aria(f, f === 'number_pattern')}
                  value={form[f]}
                  maxLength={MAX_LENGTH[f]}
                  required
                  onChange={(e) => set({ [f]: e.target.value })}
                />
                {f === 'number_pattern' && hint(f)}
                {fieldError(f)}
              </div>
            ))}
            {(['recipients', 'narrative_titles'] as const).map((f) => (
              <div key={f} className="field">
                <label htmlFor={inputId(f)}>{t(`template.field.${f}`)}</label>
                <textarea
                  {...aria(f, true)}
                  value={form[f]}
                  rows={f === 'recipients' ? 6 : 4}
                  onChange={(e) => set({ [f]: e.target.value })}
                />
                {hint(f)}
                {fieldError(f)}
              </div>
            ))}
            {(['signer_title', 'signer_name'] as const).map((f) => (
              <div key={f} className="field">
                <label htmlFor={inputId(f)}>{t(`template.field.${f}`)}</label>
                <input
                  {...aria(f)}
                  value={form[f]}
                  maxLength={MAX_LENGTH[f]}
                  required={f === 'signer_title'}
                  onChange={(e) => set({ [f]: e.target.value })}
                />
                {fieldError(f)}
              </div>
            ))}
            <fieldset className="schedule" aria-describedby={`${inputId('schedule')}-hint`}>
              <legend id={inputId('schedule')} tabIndex={-1}>
                {t('template.field.schedule')}
              </legend>
              {hint('schedule')}
              {fieldError('schedule')}
              {form.schedule.length === 0 && <p className="muted">{t('template.noSchedule')}</p>}
              {form.schedule.map((r, i) => (
                <div key={i} className="inline-form schedule-row">
                  <label htmlFor={inputId(`schedule.${i}.time`)}>{t('template.time', { n: i + 1 })}</label>
                  <input
                    type="time"
                    {...aria(`schedule.${i}.time`)}
                    value={r.time}
                    required
                    onChange={(e) => setRow(i, { time: e.target.value })}
                  />
                  <label htmlFor={inputId(`schedule.${i}.cutoff`)}>{t('template.cutoff', { n: i + 1 })}</label>
                  <input
                    type="time"
                    {...aria(`schedule.${i}.cutoff`)}
                    value={r.cutoff}
                    onChange={(e) => setRow(i, { cutoff: e.target.value })}
                  />
                  <label htmlFor={inputId(`schedule.${i}.template`)}>{t('template.layout', { n: i + 1 })}</label>
                  <select
                    {...aria(`schedule.${i}.template`)}
                    value={r.template}
                    onChange={(e) => setRow(i, { template: e.target.value as ReportLayout })}
                  >
                    {REPORT_LAYOUTS.map((l) => (
                      <option key={l} value={l}>
                        {t(`reports.layouts.${l}`)}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => set({ schedule: form.schedule.filter((_, j) => j !== i) })}
                  >
                    {t('template.removeTime', { n: i + 1 })}
                  </button>
                  {fieldError(`schedule.${i}.time`)}
                  {fieldError(`schedule.${i}.cutoff`)}
                  {fieldError(`schedule.${i}.template`)}
                </div>
              ))}
              <button
                type="button"
                className="secondary"
                onClick={() => set({ schedule: [...form.schedule, { time: '', cutoff: '', template: 'daily' }] })}
              >
                {t('template.addTime')}
              </button>
            </fieldset>
          </fieldset>
          <div aria-live="polite">
            {status && (
              <p className="ok" role="status" data-testid="template-status">
                {status}
              </p>
            )}
            {error && (
              <p className="error" role="alert" data-testid="template-error">
                {error.target
                  ? t('template.notSavedField', { field: fieldLabel(t, error.target) })
                  : t('template.notSaved', { message: error.message })}
              </p>
            )}
          </div>
          {editable && (
            <button type="submit" disabled={busy}>
              {t('template.save')}
            </button>
          )}
        </form>
      )}
    </details>
  );
}

/** The label of the input an error belongs to, for the summary above the save button. */
function fieldLabel(t: TFunction, target: string): string {
  const row = target.match(/^schedule\.(\d+)\.(time|cutoff|template)$/);
  const key = row?.[2] === 'template' ? 'layout' : row?.[2];
  return row ? t(`template.${key}`, { n: Number(row[1]) + 1 }) : t(`template.field.${target}`);
}
