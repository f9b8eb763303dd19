// A level as a coloured badge with its words (never colour alone), and why a unit has its level: the figures, the
// rule set in force and the step of its rule that gave the level, the decision that declared it and the measures in
// force (on the unit or a unit above it, with their decisions and notes).
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { Link } from 'react-router';
import { useApi } from '../shared/use-api.ts';
import { client } from '../shared/api-client.ts';
import { addDays, levelColour, levelReason, type LevelReason, type ZoningRules } from './levels.ts';
import type { ZoningReport, ZoningUnit } from './types.ts';

export function LevelBadge({ level }: { level: number | null | undefined }) {
  const { t } = useTranslation();
  return (
    <span className="level" data-level={level ?? ''}>
      <span className="swatch" style={{ background: levelColour(level) }} />
      {level == null ? t('zoning.noLevel') : t(`zoning.level.${level}`)}
    </span>
  );
}

function findUnit(
  report: ZoningReport,
  code: string,
): { unit: ZoningUnit; tier: 'province' | 'district' | 'ward' } | null {
  if (report.province.unit_code === code) return { unit: report.province, tier: 'province' };
  const d = report.districts.find((u) => u.unit_code === code);
  if (d) return { unit: d, tier: 'district' };
  const w = report.wards.find((u) => u.unit_code === code);
  return w ? { unit: w, tier: 'ward' } : null;
}

export function UnitExplanation({
  report,
  code,
  name,
  chain,
  onClose,
}: {
  report: ZoningReport;
  code: string;
  name: (code: string) => string;
  /** The unit's code and those of the units above it: their measures apply to it. */
  chain: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const day = report.at;
  const ruleSet = useApi(
    (signal) => client.GET('/rules/on/{date}', { params: { path: { date: day } }, signal }),
    [day],
  );
  const decisions = useApi(
    (signal) => client.GET('/zoning/decisions', { params: { query: { at: day } }, signal }),
    [day],
  );
  const measures = useApi(
    (signal) => client.GET('/zoning/measures', { params: { query: { at: day } }, signal }),
    [day],
  );
  const found = findUnit(report, code);
  // Up to two decimals, trailing zeros dropped, as the reports write figures (18,86; 20; 10.000).
  const n = (v: number | null | undefined) => (v == null ? '—' : formatNumber(v, lang));
  if (!found) return null;
  const { unit: u, tier } = found;
  const zoning = (ruleSet.data?.rules as { zoning?: ZoningRules } | undefined)?.zoning;
  const windowDays = zoning?.window_days ?? 7;
  const reason = ruleSet.data ? levelReason(u, tier, zoning) : null;
  const decision = decisions.data?.find((d) => d.unit_code === u.unit_code);
  const ownMeasures = (measures.data ?? []).filter((m) => chain.includes(m.unit_code));
  const pct = (v: number | null, threshold: number | undefined) =>
    `${v == null ? '—' : `${n(v)}%`}${threshold == null ? '' : ` (${t('zoning.threshold', { value: n(threshold) })})`}`;

  return (
    <section className="explanation" aria-labelledby="z-explain-title" data-testid="zoning-explanation">
      <h3 id="z-explain-title">
        {name(u.unit_code)} — {formatDate(day)}{' '}
        <button type="button" className="link" onClick={onClose}>
          {t('zoning.close')}
        </button>
      </h3>
      <p data-testid="explain-level">
        <LevelBadge level={u.level} />{' '}
        <span className="muted">({u.source === 'decision' ? t('zoning.byDecision') : t('zoning.byComputation')})</span>
      </p>
      <p data-testid="explain-why">
        {u.source === 'decision' && u.decision && (
          <>
            {t('zoning.why.decision', {
              number: u.decision.decision_number ?? '—',
              from: formatDate(u.decision.from_date),
              to: decision?.to_date ? formatDate(decision.to_date) : t('zoning.untilFurther'),
              reason: u.decision.reason ?? '—',
            })}{' '}
            {t('zoning.why.otherwise')} <LevelBadge level={u.computed_level} />.{' '}
          </>
        )}
        {reason && whyText(reason)}
      </p>
      <dl className="fields">
        <dt>{t('zoning.casesWindow', { days: windowDays })}</dt>
        <dd data-testid="explain-cases">
          {n(u.community_cases_7d)}{' '}
          <span className="muted">
            ({formatDate(addDays(day, -(windowDays - 1)))} – {formatDate(day)})
          </span>
        </dd>
        <dt>{t('zoning.population')}</dt>
        <dd>{n(u.population)}</dd>
        <dt>{t('zoning.rate')}</dt>
        <dd>{n(u.rate_per_100k)}</dd>
        <dt>{t('zoning.dose1')}</dt>
        <dd>{pct(u.coverage_dose1_18plus_pct, zoning?.coverage.dose1_18plus_pct)}</dd>
        <dt>{t('zoning.full50', { doses: zoning?.coverage.full_doses ?? 2 })}</dt>
        <dd>{pct(u.coverage_full_50plus_pct, zoning?.coverage.full_50plus_pct)}</dd>
        <dt>{t('zoning.coverageMet')}</dt>
        <dd>{u.coverage_met ? t('zoning.yes') : t('zoning.no')}</dd>
        <dt>{t('zoning.ruleSet')}</dt>
        <dd data-testid="explain-rules">
          {ruleSet.data ? (
            <>
              {t('zoning.ruleSetText', {
                method: t(`zoning.method.${zoning?.method ?? report.rule_set.method}`),
                from: formatDate(ruleSet.data.effective_from),
                basis: zoning?.basis ?? ruleSet.data.basis ?? '—',
              })}{' '}
              <Link to="/zoning/rules">{t('zoning.seeRules')}</Link>
            </>
          ) : (
            t(`zoning.method.${report.rule_set.method}`)
          )}
        </dd>
        <dt>{t('zoning.measures')}</dt>
        <dd data-testid="explain-measures">
          {ownMeasures.length ? (
            <ul className="plain">
              {ownMeasures.map((m) => (
                <li key={`${m.unit_code}-${m.measure}-${m.from_date}`}>
                  {t('zoning.measureText', {
                    measure: t(`zoning.measure.${m.measure}`),
                    unit: m.unit_name,
                    from: formatDate(m.from_date),
                    to: m.to_date ? formatDate(m.to_date) : t('zoning.untilFurther'),
                  })}
                  {m.decision_number ? ` (${t('zoning.decisionNo', { number: m.decision_number })})` : ''}
                  {m.note ? ` — ${m.note}` : ''}
                </li>
              ))}
            </ul>
          ) : u.measures.length ? (
            u.measures.map((m) => t(`zoning.measure.${m}`)).join(', ')
          ) : (
            t('zoning.none')
          )}
        </dd>
      </dl>
    </section>
  );

  function whyText(r: LevelReason) {
    switch (r.kind) {
      case 'no_rules':
        return t('zoning.why.noRules');
      case 'assessed':
        return t(`zoning.why.assessed.${r.tier}`);
      case 'no_population':
        return t('zoning.why.noPopulation');
      case 'no_cases':
        return (
          <>
            {t('zoning.why.noCases', { days: windowDays })} <LevelBadge level={r.level} />.
          </>
        );
      case 'matrix':
        return (
          <>
            {t('zoning.why.matrix', {
              cases: n(u.community_cases_7d),
              days: windowDays,
              population: n(u.population),
              rate: n(u.rate_per_100k),
              band: bandLabel(zoning!.rate_bands, r.band),
              coverage: r.met ? t('zoning.why.met') : t('zoning.why.notMet'),
            })}{' '}
            <LevelBadge level={r.level} />.
          </>
        );
    }
  }

  function bandLabel(bands: number[], i: number) {
    return i === 0
      ? t('zoning.rules.below', { to: n(bands[0]) })
      : i === bands.length
        ? t('zoning.rules.atLeast', { from: n(bands[i - 1]) })
        : t('zoning.rules.between', { from: n(bands[i - 1]), to: n(bands[i]) });
  }
}
