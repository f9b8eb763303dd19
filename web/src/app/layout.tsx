// The shell around every page once signed in: skip link, header with the user and their jurisdiction, main menu.
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session.tsx';
import { LanguageSelect } from './language-select.tsx';
import { OpeningCutoffProvider } from '../reports/opening-cutoff.tsx';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me, jurisdiction, can, logout } = useSession();
  if (!me) return null;
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <div className="brand">
          <strong>{t('app.name')}</strong>
          <span className="muted">{t('app.title')}</span>
        </div>
        <nav aria-label={t('app.menu')}>
          <ul>
            {can('reports.read') && (
              <li>
                <NavLink to="/" end>
                  {t('nav.dashboard')}
                </NavLink>
              </li>
            )}
            {can('reports.read') && (
              <li>
                <NavLink to="/reports">{t('nav.reports')}</NavLink>
              </li>
            )}
            {can('quarantine.read') && (
              <li>
                <NavLink to="/quarantine">{t('nav.quarantine')}</NavLink>
              </li>
            )}
            {can('treatment.read') && (
              <li>
                <NavLink to="/treatment">{t('nav.treatment')}</NavLink>
              </li>
            )}
            {can('tracing.read') && (
              <li>
                <NavLink to="/clusters">{t('nav.clusters')}</NavLink>
              </li>
            )}
            {can('zoning.read') && (
              <li>
                <NavLink to="/zoning">{t('nav.zoning')}</NavLink>
              </li>
            )}
            {can('entry.read') && (
              <li>
                <NavLink to="/entry">{t('nav.entry')}</NavLink>
              </li>
            )}
            {can('testing.read') && (
              <li>
                <NavLink to="/testing">{t('nav.testing')}</NavLink>
              </li>
            )}
            {can('vaccination.read') && (
              <li>
                <NavLink to="/vaccination">{t('nav.vaccination')}</NavLink>
              </li>
            )}
            {can('command.read') && (
              <li>
                <NavLink to="/command">{t('nav.command')}</NavLink>
              </li>
            )}
            {can('people.read') && (
              <li>
                <NavLink to="/people">{t('nav.people')}</NavLink>
              </li>
            )}
            {can('imports.run') && (
              <li>
                <NavLink to="/imports">{t('nav.imports')}</NavLink>
              </li>
            )}
            {can('portal.manage') && (
              <li>
                <NavLink to="/portal">{t('nav.portal')}</NavLink>
              </li>
            )}
          </ul>
        </nav>
        <div className="user">
          <span data-testid="user">
            <span className="sr-only">{t('auth.signedInAs')}: </span>
            {me.display_name || me.username}
            {' · '}
            {t(`role.${me.role}`, { defaultValue: me.role })}
          </span>
          <span data-testid="jurisdiction">
            <span className="muted">{t('auth.jurisdiction')}:</span> {jurisdiction}
          </span>
          <LanguageSelect />
          <button type="button" className="secondary" onClick={() => void logout()}>
            {t('auth.logout')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <OpeningCutoffProvider>{children}</OpeningCutoffProvider>
      </main>
    </>
  );
}
