// The quarantine board: facilities with beds, persons present and free beds at a cut-off, and the day's due lists
// (tests due, ending, overdue, F1 not yet in quarantine) with their workbook; seed 000's splits of who is in
// quarantine (centralized by site type, home by workplace).
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../shared/use-api.ts';
import { client } from '../shared/api-client.ts';
import { formatDate, formatInstant, formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { inputToCutoff } from '../reports/cutoff.ts';
import { useOpeningCutoff } from '../reports/opening-cutoff.tsx';
import { dayOfInput, dueColumns, occupancyPct, type DueList, type DueRow } from './board.ts';

export function QuarantinePage() {
  const { t } = useTranslation();
  const [input, setInput] = useState(useOpeningCutoff());
  const [applied, setApplied] = useState(input);
  const at = inputToCutoff(applied)!;
  const day = dayOfInput(applied);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (inputToCutoff(input)) setApplied(input);
  }

  return (
    <div>
      <div className="section-head">
        <h1>{t('quarantine.title')}</h1>
        <form className="inline-form" onSubmit={submit}>
          <label htmlFor="q-cutoff">{t('quarantine.at')}</label>
          <input
            id="q-cutoff"
            type="datetime-local"
            value={input}
            onChange={(e) => setInput(e.target.value)}
            required
          />
          <button type="submit">{t('dashboard.apply')}</button>
        </form>
      </div>
      <Facilities at={at} />
      <Splits at={at} />
      <Due day={day} />
    </div>
  );
}

function Facilities({ at }: { at: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { data, error, loading } = useApi(
    (signal) => client.GET('/quarantine/facilities', { params: { query: { at } }, signal }),
    [at],
  );
  const n = (v: number | null) => (v == null ? '—' : formatNumber(v, lang));
  return (
    <section className="card" aria-labelledby="q-fac-title">
      <h2 id="q-fac-title">{t('quarantine.facilities')}</h2>
      {loading && !data && <p role="status">{t('app.loading')}</p>}
      {error && (
        <p className="error" role="alert">
          {t('app.error', { message: error.message })}
        </p>
      )}
      {data &&
        (data.facilities.length === 0 ? (
          <p className="muted">{t('dashboard.noFacilities')}</p>
        ) : (
          <>
            <p className="muted" data-testid="facilities-at">
              {t('quarantine.facilitiesAt', { at: formatInstant(data.at, lang) })}
            </p>
            <div className="table-wrap" tabIndex={0}>
              <table data-testid="quarantine-facilities">
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.facility')}</th>
                    <th scope="col">{t('quarantine.state')}</th>
                    <th scope="col" className="num">
                      {t('dashboard.beds')}
                    </th>
                    <th scope="col" className="num">
                      {t('dashboard.occupied')}
                    </th>
                    <th scope="col" className="num">
                      {t('dashboard.free')}
                    </th>
                    <th scope="col" className="num">
                      {t('dashboard.occupancy')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.facilities.map((f) => {
                    const pct = occupancyPct(f);
                    return (
                      <tr
                        key={f.facility_code}
                        data-facility={f.facility_code}
                        className={f.state === 'active' ? undefined : 'dim'}
                      >
                        <th scope="row">
                          {f.name} <span className="muted">({f.facility_code})</span>
                        </th>
                        <td>{t(`quarantine.stateName.${f.state}`)}</td>
                        <td className="num">{n(f.beds)}</td>
                        <td className="num">{n(f.current)}</td>
                        <td className={`num${f.free != null && f.free < 0 ? ' error' : ''}`}>{n(f.free)}</td>
                        <td className="num">{pct == null ? '—' : `${formatNumber(pct, lang, 1)}%`}</td>
                      </tr>
                    );
                  })}
                </tbody>
                <tfoot>
                  <tr data-facility="total">
                    <th scope="row">{t('quarantine.totalActive', { count: data.totals.active })}</th>
                    <td />
                    <td className="num">{n(data.totals.beds)}</td>
                    <td className="num">{n(data.totals.current)}</td>
                    <td className="num">{n(data.totals.free)}</td>
                    <td />
                  </tr>
                </tfoot>
              </table>
            </div>
          </>
        ))}
    </section>
  );
}

/** Seed 000's lines: "Tại các Trung tâm Y tế: 06 (TTYT Ngã Bảy: 02, …)", "Tại Công ty trong khu công nghiệp: 00". */
function Splits({ at }: { at: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { data, error } = useApi(
    (signal) => client.GET('/quarantine/splits', { params: { query: { at } }, signal }),
    [at],
  );
  if (error)
    return (
      <p className="error" role="alert">
        {t('app.error', { message: error.message })}
      </p>
    );
  if (!data) return null;
  const detail = (items: { name: string; current: number }[]) =>
    items.map((i) => `${i.name}: ${formatNumber(i.current, lang)}`).join('; ');
  const rows = [
    ...data.centralized.map((g) => ({
      key: `centralized-${g.site_type}`,
      label: t(`quarantine.splits.site.${g.site_type}`),
      current: g.current,
      detail: detail(g.facilities.map((f) => ({ name: f.name, current: f.current }))),
    })),
    ...data.home.map((g) => ({
      key: `home-${g.workplace_type}`,
      label: t(`quarantine.splits.workplace.${g.workplace_type}`),
      current: g.current,
      detail: detail(g.workplaces.map((w) => ({ name: w.workplace, current: w.current }))),
    })),
  ];
  return (
    <section className="card" aria-labelledby="q-splits-title">
      <h2 id="q-splits-title">{t('quarantine.splits.title', { at: formatInstant(data.at, lang) })}</h2>
      <div className="table-wrap" tabIndex={0}>
        <table data-testid="quarantine-splits">
          <thead>
            <tr>
              <th scope="col">{t('quarantine.splits.group')}</th>
              <th scope="col" className="num">
                {t('dashboard.occupied')}
              </th>
              <th scope="col">{t('quarantine.splits.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-split={r.key}>
                <th scope="row">{r.label}</th>
                <td className="num">{formatNumber(r.current, lang)}</td>
                <td>{r.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Due({ day }: { day: string }) {
  const { t } = useTranslation();
  const { data, error, loading } = useApi(
    (signal) => client.GET('/quarantine/due', { params: { query: { date: day } }, signal }),
    [day],
  );
  return (
    <section aria-labelledby="q-due-title">
      <div className="section-head">
        <h2 id="q-due-title">{t('quarantine.due', { day: formatDate(day) })}</h2>
        <a href={`/api/v1/quarantine/due.xlsx?date=${day}`} download="">
          {t('quarantine.dueXlsx')}
        </a>
      </div>
      {loading && !data && <p role="status">{t('app.loading')}</p>}
      {error && (
        <p className="error" role="alert">
          {t('app.error', { message: error.message })}
        </p>
      )}
      {data?.sections.map((s) => (
        <DueTable key={s.key} list={s} />
      ))}
    </section>
  );
}

function DueTable({ list }: { list: DueList }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const columns = dueColumns(list.key);
  function cell(r: DueRow, c: string) {
    const v = (r as Record<string, unknown>)[c];
    if (c === 'person_ref') return <Link to={`/people/${encodeURIComponent(String(v))}`}>{String(v)}</Link>;
    if (v == null || v === '') return '—';
    if (c === 'kind') return t(`quarantine.kind.${v}`, { defaultValue: String(v) });
    if (c === 'sampled') return v ? t('quarantine.yes') : t('quarantine.no');
    if (c === 'planned_end_at') return formatInstant(String(v), lang);
    if (c === 'last_exposed_on') return formatDate(String(v));
    return String(v);
  }
  return (
    <div className="card" data-due={list.key}>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <caption>
            {list.title} — {formatNumber(list.count, lang)}
          </caption>
          {list.count === 0 ? null : (
            <>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th key={c} scope="col">
                      {t(`quarantine.col.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {list.rows.map((r, i) => (
                  <tr key={i} data-person={String(r.person_ref)}>
                    {columns.map((c) => (
                      <td key={c}>{cell(r, c)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </>
          )}
        </table>
      </div>
    </div>
  );
}
