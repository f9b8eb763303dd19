// What a report page says while its figures load or when the server refused them, announced to screen readers.
import { useTranslation } from 'react-i18next';

export function LoadStatus({ loading, error }: { loading: boolean; error?: Error }) {
  const { t } = useTranslation();
  return (
    <div aria-live="polite">
      {loading && <p role="status">{t('app.loading')}</p>}
      {error && (
        <p className="error" role="alert">
          {t('app.error', { message: error.message })}
        </p>
      )}
    </div>
  );
}
