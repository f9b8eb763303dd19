// The cut-off every page opens at (cutoff.ts, openingCutoff), read once per session from the province's records.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session.tsx';
import { client } from '../shared/api-client.ts';
import { formatDate } from '../shared/format.ts';
import { useApi } from '../shared/use-api.ts';
import { openingCutoff } from './cutoff.ts';

const OpeningCutoff = createContext<{ input: string; dataEnded: string | null } | null>(null);

/** Children render once the opening cut-off is known (a failed read opens at now), so no page starts twice. */
export function OpeningCutoffProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const readable = can('reports.read');
  const { data, loading } = useApi(readable ? (signal) => client.GET('/reports/data-until', { signal }) : null, [
    readable,
  ]);
  const value = useMemo(() => openingCutoff(data?.last_record_at ?? null, new Date()), [data]);
  if (loading) return <p role="status">{t('app.loading')}</p>;
  return (
    <OpeningCutoff.Provider value={value}>
      {value.dataEnded && (
        <p className="notice" role="note" data-testid="data-ended">
          {t('app.dataEnded', { day: formatDate(value.dataEnded) })}
        </p>
      )}
      {children}
    </OpeningCutoff.Provider>
  );
}

/** "YYYY-MM-DDTHH:mm" in Viet Nam time, for a page's cut-off input. */
export function useOpeningCutoff(): string {
  const value = useContext(OpeningCutoff);
  if (!value) throw new Error('useOpeningCutoff outside OpeningCutoffProvider');
  return value.input;
}
