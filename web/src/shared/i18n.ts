// i18n: Vietnamese by default, English on request; the choice is remembered in this browser.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { vi } from './locales/vi.ts';
import { en } from './locales/en.ts';
import type { Lang } from './format.ts';

const KEY = 'phongdich.lang';
const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(KEY) : null;

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: saved === 'en' ? 'en' : 'vi',
  fallbackLng: 'vi',
  initAsync: false, // the catalogues are bundled: ready at once, no flash of keys
  interpolation: { escapeValue: false }, // React escapes
});

if (typeof document !== 'undefined') {
  document.documentElement.lang = i18n.language;
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    localStorage.setItem(KEY, lng);
  });
}

export const currentLang = (): Lang => (i18n.language === 'en' ? 'en' : 'vi');
