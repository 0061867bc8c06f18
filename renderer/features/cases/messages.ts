import type { FeatureMessages } from '../../i18n/messages';
import { casesEn } from './messages-en';
import { casesJa } from './messages-ja';

/** The cases screens' strings, one file per language (the tree is long). */
export const casesMessages = { en: casesEn, ja: casesJa } satisfies FeatureMessages;
