import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { en, ja } from './catalog';

export { useLang } from './use-lang';
export { keyFromData, type MessageKey } from './keys';

export const languages = ['en', 'ja'] as const;
export type Language = (typeof languages)[number];

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

const LANGUAGE_KEY = 'airlock.language';

/** The language is not case data, so it may live outside the vault (the lock screen needs it). */
export function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_KEY);
    return isLanguage(value) ? value : 'en';
  } catch {
    return 'en';
  }
}

export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage can be unavailable (private mode); the choice then lasts for the session.
  }
}

export async function initI18n(language: Language = storedLanguage()): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ja: { translation: ja } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    // A missing key is a bug: surface it in tests and e2e instead of showing the key.
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key) => {
      console.error(`i18n: missing key '${key}'`);
    },
  });
  applyLanguage(language);
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  applyLanguage(language);
  rememberLanguage(language);
}

/** Form validation messages come from zod, so zod speaks the UI's language too. */
function applyLanguage(language: Language): void {
  document.documentElement.lang = language;
  z.config(language === 'ja' ? z.locales.ja() : z.locales.en());
}
