// Typed failures of the bundle pipeline. Every check of the import pipeline has its own
// stable code (documented in docs/bundle-format.md): the UI explains the failure, the CLI
// prints it, and partners' scripts may depend on it, so a code is never renamed.
import type { Result } from '../../result';

export const BUNDLE_ERROR_CODES = [
  // input and OpenPGP layer
  'input-too-large',
  'not-openpgp',
  'truncated',
  'corrupt',
  'wrong-recipient',
  'decompression-limit',
  'decrypt-failed',
  // signer
  'unsigned',
  'signature-invalid',
  'signer-unknown',
  'signer-expired',
  'signer-revoked',
  'sender-mismatch',
  // ZIP container, checked from the central directory before anything is inflated
  'zip-invalid',
  'zip-unsupported',
  'too-many-entries',
  'entry-too-large',
  'total-too-large',
  'ratio-too-high',
  'path-invalid',
  'duplicate-entry',
  'inflate-failed',
  'inflated-size-mismatch',
  // manifest
  'manifest-missing',
  'manifest-invalid-json',
  'manifest-invalid',
  'format-unsupported',
  'file-missing',
  'file-unlisted',
  'size-mismatch',
  'hash-mismatch',
  // records
  'record-invalid-json',
  'record-invalid',
  'record-case-mismatch',
  'record-reference-missing',
  'case-events-refused',
  'case-coordination-refused',
  // ledger
  'replayed',
  // export
  'recipients-missing',
  'tlp-red-unconfirmed',
  'identity-leak',
  'case-invalid',
  'seal-failed',
] as const;

export type BundleErrorCode = (typeof BUNDLE_ERROR_CODES)[number];

/** Who signed, when the failure is about the signer: the UI shows it and asks for a decision. */
export type BundleSignerDetail = { status: string; fingerprint: string };

export type BundleError = { code: BundleErrorCode; message: string; signer?: BundleSignerDetail };

export type BundleResult<T> = Result<T, BundleError>;

export const bundleOk = <T>(value: T): BundleResult<T> => ({ ok: true, value });

export const bundleFail = (
  code: BundleErrorCode,
  message: string,
): { ok: false; error: BundleError } => ({ ok: false, error: { code, message } });
