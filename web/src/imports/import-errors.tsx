// The rejected rows of an import: line (1 = header), column and the reason, as the server wrote them.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../shared/format.ts';
import { currentLang } from '../shared/i18n.ts';
import type { Rejection } from './upload.ts';

/** At most this many rows are drawn; a file with 100 000 bad rows would otherwise freeze the page. */
export const SHOWN_ERRORS = 500;

export function ImportErrors({ rejected }: { rejected: Rejection[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <div className="table-wrap" tabIndex={0}>
      <table data-testid="import-errors">
        <caption>
          {t('imports.errors')}
          {rejected.length > SHOWN_ERRORS &&
            ` — ${formatNumber(SHOWN_ERRORS, lang)}/${formatNumber(rejected.length, lang)}`}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('imports.line')}</th>
            <th scope="col">{t('imports.column')}</th>
            <th scope="col">{t('imports.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rejected.slice(0, SHOWN_ERRORS).map((r, i) => (
            <tr key={i}>
              <td>{r.line}</td>
              <td>
                <code>{r.column}</code>
              </td>
              <td>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
