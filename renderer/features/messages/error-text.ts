import type { TFunction } from 'i18next';
import type { KeyHealth } from '../../../shared/crypto/pgp';
import { healthLine } from '../keys';
import { COORDINATION_CODES, type WorkflowErrorCode } from '../../../shared/workflow/errors';

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
  'key-health.refused',
  'key-health.warned',
  'report-form.not-json',
  'report-form.unsupported',
  'report-form.invalid',
  'reply-own-copy',
  'airlock-bundle',
  'key-file',
] as const;
type KnownCode = (typeof KNOWN)[number];
const isKnown = (code: string): code is KnownCode => (KNOWN as readonly string[]).includes(code);

/** A failure of sealing, opening or saving, as a translated sentence chosen by its code. */
export function sendErrorText(
  t: TFunction,
  error: { code: string; message: string; keys?: readonly KeyHealth[] },
): string {
  // A key-health refusal names each key and why in the UI language, not the engine's English.
  const message =
    error.keys === undefined
      ? error.message
      : error.keys
          .map((h) =>
            healthLine(t, h, error.code === 'key-health.warned' ? h.warnings : h.refusals),
          )
          .join(' ');
  // The engine's hand-over rule (coordination.ts), in the case screen's words.
  if (COORDINATION_CODES.some((c) => c === error.code))
    return t(`cases.errors.${error.code as WorkflowErrorCode}`);
  return isKnown(error.code)
    ? t(`messages.errors.${error.code}`, { message })
    : t('messages.errors.generic', { message });
}
