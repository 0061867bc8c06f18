// Which check of the pipeline a bundle error code belongs to, so the UI can name the step
// that failed next to the code's own sentence (docs/bundle-format.md §4).
import { BUNDLE_ERROR_CODES, type BundleErrorCode } from '../../../shared/exchange/bundle';
import type { MessageKey } from '../../i18n';

export type BundleStep =
  'input' | 'decrypt' | 'signer' | 'zip' | 'manifest' | 'records' | 'ledger' | 'export' | 'store';

const STEPS: Record<BundleErrorCode, BundleStep> = {
  'input-too-large': 'input',
  'not-openpgp': 'decrypt',
  truncated: 'decrypt',
  corrupt: 'decrypt',
  'wrong-recipient': 'decrypt',
  'decompression-limit': 'decrypt',
  'decrypt-failed': 'decrypt',
  unsigned: 'signer',
  'signature-invalid': 'signer',
  'signer-unknown': 'signer',
  'signer-expired': 'signer',
  'signer-revoked': 'signer',
  'sender-mismatch': 'signer',
  'zip-invalid': 'zip',
  'zip-unsupported': 'zip',
  'too-many-entries': 'zip',
  'entry-too-large': 'zip',
  'total-too-large': 'zip',
  'ratio-too-high': 'zip',
  'path-invalid': 'zip',
  'duplicate-entry': 'zip',
  'inflate-failed': 'zip',
  'inflated-size-mismatch': 'zip',
  'manifest-missing': 'manifest',
  'manifest-invalid-json': 'manifest',
  'manifest-invalid': 'manifest',
  'format-unsupported': 'manifest',
  'file-missing': 'manifest',
  'file-unlisted': 'manifest',
  'size-mismatch': 'manifest',
  'hash-mismatch': 'manifest',
  'record-invalid-json': 'records',
  'record-invalid': 'records',
  'record-case-mismatch': 'records',
  'record-reference-missing': 'records',
  'case-events-refused': 'records',
  'case-coordination-refused': 'records',
  replayed: 'ledger',
  'recipients-missing': 'export',
  'tlp-red-unconfirmed': 'export',
  'identity-leak': 'export',
  'case-invalid': 'export',
  'seal-failed': 'export',
};

const isBundleCode = (code: string): code is BundleErrorCode =>
  (BUNDLE_ERROR_CODES as readonly string[]).includes(code);

/** The i18n keys for a failure: the step's name and the code's sentence. Codes from
 *  elsewhere (the store's transaction, the file picker) fall back to a generic sentence. */
export function bundleErrorKeys(code: string): { step: MessageKey; text: MessageKey } {
  if (isBundleCode(code)) {
    return { step: `bundles.steps.${STEPS[code]}`, text: `bundles.errors.${code}` };
  }
  if (code.startsWith('key-health.'))
    return { step: 'bundles.steps.export', text: 'bundles.errors.key-health' };
  if (code === 'store.quota-exceeded')
    return { step: 'bundles.steps.store', text: 'bundles.errors.quota' };
  return { step: 'bundles.steps.store', text: 'bundles.errors.other' };
}
