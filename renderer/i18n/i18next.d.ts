// Types every `t('…')` key against the English catalog, so a misspelt or removed key fails
// `npm run typecheck` instead of showing as "i18n: missing key" at run time. Japanese has the
// same keys (catalog.test.ts checks the parity).
import 'i18next';
import type { EnglishMessages } from './catalog';

declare module 'i18next' {
  // Module augmentation needs an interface: i18next declares CustomTypeOptions as one.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: EnglishMessages };
  }
}
