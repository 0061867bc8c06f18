import type { FeatureMessages } from '../../i18n/messages';
import { vaultEn } from './messages-en';
import { vaultJa } from './messages-ja';

/** The vault screens' strings, one file per language (the tree is long). */
export const vaultMessages = { en: vaultEn, ja: vaultJa } satisfies FeatureMessages;
