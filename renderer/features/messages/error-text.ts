import type { TFunction } from 'i18next';

const KNOWN = [
  'not-openpgp',
  'truncated',
  'corrupt',
  'no-decryption-key',
  'bad-passphrase',
  'key-locked',
  'too-large',
  'decompression-limit',
  'too-many-packets',
  'signature-invalid',
  'signature-missing',
  'signature-unknown-key',
  'key-invalid',
  'key-unusable',
  'not-encrypted',
  'unsupported',
  'mime-invalid',
  'mime-too-deep',
  'charset-invalid',
  'cancelled',
  'store',
  'clearance.exceeded',
  'clearance.reason-too-short',
] as const;
type KnownCode = (typeof KNOWN)[number];
const isKnown = (code: string): code is KnownCode => (KNOWN as readonly string[]).includes(code);

/** A failure of sealing, opening or saving, as a translated sentence chosen by its code. */
export function sendErrorText(t: TFunction, error: { code: string; message: string }): string {
  return isKnown(error.code)
    ? t(`messages.errors.${error.code}`, { message: error.message })
    : t('messages.errors.generic', { message: error.message });
}
