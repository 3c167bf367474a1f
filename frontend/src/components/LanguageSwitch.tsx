import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '@/lib/i18n';

/** Tiếng Việt first, English second; the choice is kept in the browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current: Language = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('language.label')}
      value={current}
      onChange={(lang) => void i18n.changeLanguage(lang)}
      options={[
        { value: 'vi', label: <span lang="vi" title={t('language.vi')}>VI</span> },
        { value: 'en', label: <span lang="en" title={t('language.en')}>EN</span> },
      ]}
    />
  );
}
