import { useTranslation } from 'react-i18next';

/**
 * The UI's language as the one value the domain core takes ('ja' | 'en'): bilingual records
 * (`LocalizedText`), letters and labels are picked with it. Re-renders on a language switch.
 */
export function useLang(): 'ja' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language === 'ja' ? 'ja' : 'en';
}
