// What the command pages share: their sub-menu, the error line of a refused request, and names for codes.
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../shared/api.ts';

const PAGES = ['tasks', 'directives', 'supplies', 'funds', 'support'] as const;

export function CommandNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.command')} className="subnav">
      <ul>
        {PAGES.map((p) => (
          <li key={p}>
            <NavLink to={`/command/${p}`}>{t(`command.nav.${p}`)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Loading line and refusal of a loaded list. */
export function LoadState({ loading, error, hasData }: { loading: boolean; error?: ApiError; hasData: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {loading && !hasData && <p role="status">{t('app.loading')}</p>}
      {error && (
        <p className="error" role="alert">
          {t('app.error', { message: error.message })}
        </p>
      )}
    </>
  );
}

/** The answer to a form: the server's refusal (its message names the figure) or what was done. */
export function Outcome({ error, done }: { error?: string; done?: string }) {
  if (error)
    return (
      <p className="error" role="alert" data-testid="form-error">
        {error}
      </p>
    );
  if (done)
    return (
      <p className="ok" role="status" data-testid="form-done">
        {done}
      </p>
    );
  return null;
}

export const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e));
