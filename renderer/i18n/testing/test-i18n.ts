import i18next, { type i18n } from 'i18next';
import { en, ja } from '../catalog';

/** A separate i18next instance over the app's catalogs (English active), for unit tests that
 *  check what a message says in each language without the app's global instance. */
export const testI18n = async (): Promise<i18n> => {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { en: { translation: en }, ja: { translation: ja } },
    lng: 'en',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  return instance;
};
