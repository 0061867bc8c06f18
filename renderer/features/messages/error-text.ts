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
  'signature-invalid',
  'signature-missing',
  'signature-unknown-key',
  'key-invalid',
  'key-unusable',
  'not-encrypted',
  'unsupported',
  'mime-invalid',
  'charset-invalid',
  'cancelled',
  'store',
  'clearance.exceeded',
  'clearance.reason-too-short',
] as const;

/** A failure of sealing, opening or saving, as a translated sentence chosen by its code. */
export function sendErrorText(t: TFunction, error: { code: string; message: string }): string {
  return (KNOWN as readonly string[]).includes(error.code)
    ? t(`messages.errors.${error.code}`, { message: error.message })
    : t('messages.errors.generic', { message: error.message });
}
