import { useTranslation } from 'react-i18next';

export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  return (
    <label className="lang">
      <span>{t('app.language')}</span>
      <select value={i18n.language === 'en' ? 'en' : 'vi'} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
        <option value="vi" lang="vi">
          Tiếng Việt
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </label>
  );
}
