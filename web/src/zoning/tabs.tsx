// The zoning pages' own menu: map, decisions, measures, criteria. The chosen day goes along to the next page.
import { NavLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';

const TABS = [
  ['map', '/zoning'],
  ['decisions', '/zoning/decisions'],
  ['measures', '/zoning/measures'],
  ['rules', '/zoning/rules'],
] as const;

export function ZoningTabs() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const at = params.get('at');
  return (
    <nav className="tabs" aria-label={t('zoning.tabs')}>
      <ul>
        {TABS.map(([key, to]) => (
          <li key={key}>
            <NavLink to={key !== 'rules' && at ? `${to}?at=${at}` : to} end>
              {t(`zoning.tab.${key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
