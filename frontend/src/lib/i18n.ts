import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import vi from '@/locales/vi';
import en from '@/locales/en';
import { setApiLanguage } from './api';

export type Language = 'vi' | 'en';
export const LANGUAGES: Language[] = ['vi', 'en'];
const STORAGE_KEY = 'danvan.language';

function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

const initial = storedLanguage();

void i18n.use(initReactI18next).init({
  lng: initial,
  fallbackLng: 'vi',
  supportedLngs: LANGUAGES,
  defaultNS: 'common',
  ns: ['common'],
  resources: { vi: { common: vi }, en: { common: en } },
  interpolation: { escapeValue: false },
  returnNull: false,
});
dayjs.locale(initial);
setApiLanguage(initial);
document.documentElement.lang = initial;

i18n.on('languageChanged', (lang) => {
  dayjs.locale(lang);
  setApiLanguage(lang);
  document.documentElement.lang = lang;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
});

/**
 * Adds a feature's strings under its own namespace (`useTranslation('plans')`), so features keep
 * their words beside their code.
 */
export function registerMessages(namespace: string, messages: { vi: object; en: object }) {
  if (!i18n.hasResourceBundle('vi', namespace)) {
    i18n.addResourceBundle('vi', namespace, messages.vi, true, true);
    i18n.addResourceBundle('en', namespace, messages.en, true, true);
  }
}

export default i18n;
