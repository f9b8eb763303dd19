// A level as a coloured badge with its words (never colour alone), and why a unit has its level: the figures, the
// rule set in force, the decision that declared it and the measures in force.
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import { levelColour } from './levels.ts';
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

function findUnit(report: ZoningReport, code: string): { unit: ZoningUnit; tier: string } | null {
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
  onClose,
}: {
  report: ZoningReport;
  code: string;
  name: (code: string) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const found = findUnit(report, code);
  // Up to two decimals, trailing zeros dropped, as the reports write figures (18,86; 20; 10.000).
  const n = (v: number | null | undefined) => (v == null ? '—' : formatNumber(v, lang));
  if (!found) return null;
  const { unit: u } = found;
  return (
    <section className="explanation" aria-labelledby="z-explain-title" data-testid="zoning-explanation">
      <h3 id="z-explain-title">
        {name(u.unit_code)} — {formatDate(report.at)}{' '}
        <button type="button" className="link" onClick={onClose}>
          {t('zoning.close')}
        </button>
      </h3>
      <dl className="fields">
        <dt>{t('zoning.levelCol')}</dt>
        <dd data-testid="explain-level">
          <LevelBadge level={u.level} />{' '}
          <span className="muted">
            ({u.source === 'decision' ? t('zoning.byDecision') : t('zoning.byComputation')})
          </span>
        </dd>
        <dt>{t('zoning.computedLevel')}</dt>
        <dd>
          <LevelBadge level={u.computed_level} />
        </dd>
        <dt>{t('zoning.decision')}</dt>
        <dd data-testid="explain-decision">
          {u.decision
            ? t('zoning.decisionText', {
                number: u.decision.decision_number ?? '—',
                from: formatDate(u.decision.from_date),
                reason: u.decision.reason ?? '—',
              })
            : t('zoning.none')}
        </dd>
        <dt>{t('zoning.ruleSet')}</dt>
        <dd>
          {t('zoning.ruleSetText', {
            from: report.rule_set.effective_from ? formatDate(report.rule_set.effective_from) : '—',
            method: t(`zoning.method.${report.rule_set.method}`),
          })}
        </dd>
        <dt>{t('zoning.cases7d')}</dt>
        <dd data-testid="explain-cases">{n(u.community_cases_7d)}</dd>
        <dt>{t('zoning.population')}</dt>
        <dd>{n(u.population)}</dd>
        <dt>{t('zoning.rate')}</dt>
        <dd>{n(u.rate_per_100k)}</dd>
        <dt>{t('zoning.dose1')}</dt>
        <dd>{u.coverage_dose1_18plus_pct == null ? '—' : `${n(u.coverage_dose1_18plus_pct)}%`}</dd>
        <dt>{t('zoning.full50')}</dt>
        <dd>{u.coverage_full_50plus_pct == null ? '—' : `${n(u.coverage_full_50plus_pct)}%`}</dd>
        <dt>{t('zoning.coverageMet')}</dt>
        <dd>{u.coverage_met ? t('zoning.yes') : t('zoning.no')}</dd>
        <dt>{t('zoning.measures')}</dt>
        <dd data-testid="explain-measures">
          {u.measures.length ? u.measures.map((m) => t(`zoning.measure.${m}`)).join(', ') : t('zoning.none')}
        </dd>
      </dl>
    </section>
  );
}
