// The import pipeline, in the order of DESIGN §6: decrypt → verify the signer → ZIP caps
// and paths → manifest → hashes → records → replay ledger → plan. Each step returns a
// typed error naming the check that failed; nothing is returned for writing unless every
// step passed. OpenPGP work is done by shared/crypto/pgp (no second wrapper here).
import type { Key, PrivateKey } from 'openpgp';
import { openBinary } from '../../crypto/pgp/open';
import type { PgpError, PgpErrorCode, PgpResult } from '../../crypto/pgp/errors';
import type { IncrementalHashFactory } from '../../crypto/pgp/s2k-streaming';
import type { SignatureReport } from '../../crypto/pgp/signatures';
import type { BundleCase } from './content';
import {
  bundleFail,
  bundleOk,
  type BundleError,
  type BundleErrorCode,
  type BundleResult,
} from './errors';
import { DEFAULT_BUNDLE_LIMITS, type BundleLimits } from './limits';
import type { BundleManifest } from './manifest';
import { planImport, type ImportLookup, type ImportPlan, type SignerInfo } from './plan';
import { readBundleZip, readBundleZipFrom, type VerifiedFiles } from './read';
import { parseBundleCases } from './records';
import type { ZipBytes, ZipEntry } from './zip-read';

export type OpenBundleOptions = {
  /** Unlocked secret keys that may decrypt (the organisation key). */
  decryptionKeys: readonly PrivateKey[];
  /** The keyring: public keys whose signatures count as known (revoked ones included, so
   *  a revoked signer is recognised and refused rather than reported as unknown). */
  knownKeys: readonly Key[];
  /** The analyst's explicit decision to accept a signer that is not in the keyring. */
  acceptUnknownSigner?: string;
  limits?: BundleLimits;
  now?: Date;
};

export type OpenedBundle = {
  signer: SignerInfo;
  manifest: BundleManifest;
  manifestBytes: Uint8Array;
  files: Map<string, Uint8Array>;
  cases: BundleCase[];
};

const pgpCodes: Partial<Record<PgpErrorCode, BundleErrorCode>> = {
  'too-large': 'input-too-large',
  'not-openpgp': 'not-openpgp',
  truncated: 'truncated',
  corrupt: 'corrupt',
  'no-decryption-key': 'wrong-recipient',
  'decompression-limit': 'decompression-limit',
};

/** The bundle error for a failure of the OpenPGP layer. */
export const bundleErrorOfPgp = (error: PgpError): { ok: false; error: BundleError } =>
  bundleFail(pgpCodes[error.code] ?? 'decrypt-failed', error.message);

const upper = (fingerprint: string): string => fingerprint.replace(/\s/g, '').toUpperCase();

export function checkSigner(
  signatures: readonly SignatureReport[],
  acceptUnknown?: string,
): BundleResult<SignerInfo> {
  if (signatures.length === 0) return bundleFail('unsigned', 'the bundle is not signed');
  let signer: SignerInfo | undefined;
  for (const s of signatures) {
    const detail = { status: s.status, fingerprint: s.fingerprint };
    const fail = (code: BundleErrorCode, message: string) => ({
      ok: false as const,
      error: { code, message, signer: detail },
    });
    switch (s.status) {
      case 'valid':
        signer ??= { status: 'valid', fingerprint: upper(s.fingerprint) };
        break;
      case 'invalid':
        return fail(
          'signature-invalid',
          `the signature by ${s.fingerprint} does not verify: ${s.detail}`,
        );
      case 'revoked-key':
        return fail('signer-revoked', `the bundle is signed by ${s.fingerprint}, a revoked key`);
      case 'expired-key':
        return fail('signer-expired', `the bundle is signed by ${s.fingerprint}, an expired key`);
      case 'unknown-key':
        if (acceptUnknown === undefined || upper(acceptUnknown) !== upper(s.fingerprint)) {
          return fail(
            'signer-unknown',
            `the bundle is signed by ${s.fingerprint}, which is not in the keyring; accept it explicitly to import`,
          );
        }
        signer ??= { status: 'accepted-unknown', fingerprint: upper(s.fingerprint) };
        break;
    }
  }
  return signer === undefined ? bundleFail('unsigned', 'no usable signature') : bundleOk(signer);
}

/** Decrypts, verifies and fully validates a bundle; writes nothing and needs no store. */
export async function openBundle(
  data: Uint8Array,
  options: OpenBundleOptions,
): Promise<BundleResult<OpenedBundle>> {
  const limits = options.limits ?? DEFAULT_BUNDLE_LIMITS;
  if (data.length > limits.maxInputBytes) {
    return bundleFail(
      'input-too-large',
      `the file is ${data.length} bytes (limit ${limits.maxInputBytes})`,
    );
  }
  const opened = await openBinary({
    data,
    decryptionKeys: options.decryptionKeys,
    verificationKeys: options.knownKeys,
    limits: { maxInputBytes: limits.maxInputBytes, maxDecompressedBytes: limits.maxInputBytes },
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  if (!opened.ok) return bundleErrorOfPgp(opened.error);
  if (!opened.value.encrypted) return bundleFail('not-openpgp', 'a bundle must be encrypted');
  const checked = await checkContents(opened.value.signatures, options.acceptUnknownSigner, () =>
    readBundleZip(opened.value.data, limits),
  );
  if (!checked.ok) return checked;
  const { signer, verified } = checked.value;
  const cases = parseBundleCases(verified.manifest, verified.files);
  if (!cases.ok) return cases;
  const { manifest, manifestBytes, files } = verified;
  return bundleOk({ signer, manifest, manifestBytes, files, cases: cases.value });
}

/** After decryption, whichever way it was done: the signer, then the ZIP, then the sender. */
async function checkContents<V extends VerifiedFiles>(
  signatures: readonly SignatureReport[],
  acceptUnknownSigner: string | undefined,
  read: () => Promise<BundleResult<V>>,
): Promise<BundleResult<{ signer: SignerInfo; verified: V }>> {
  const signer = checkSigner(signatures, acceptUnknownSigner);
  if (!signer.ok) return signer;
  const verified = await read();
  if (!verified.ok) return verified;
  const { manifest } = verified.value;
  if (upper(manifest.sender.fingerprint) !== signer.value.fingerprint) {
    return bundleFail(
      'sender-mismatch',
      `the manifest names sender ${manifest.sender.fingerprint}, the signature ${signer.value.fingerprint}`,
    );
  }
  return bundleOk({ signer: signer.value, verified: verified.value });
}

/** A bundle whose records were checked and whose blobs are still in the spooled ZIP. */
export type SpooledBundle = {
  signer: SignerInfo;
  manifest: BundleManifest;
  manifestBytes: Uint8Array;
  /** The record files (JSON), verified. */
  files: Map<string, Uint8Array>;
  /** Each attachment blob's entry in the ZIP: hashed and matched, to be copied out. */
  blobs: Map<string, ZipEntry>;
};

/**
 * The CLI's large bundle: decrypted and verified as a stream into a spool (`decrypted` is
 * that result), the ZIP is read from the spool only now that the MDC matched, and only if
 * the signer passes. Then every check `openBundle` makes, the blobs hashed as they inflate.
 */
export async function openSpooledBundle(
  decrypted: PgpResult<{ signatures: readonly SignatureReport[] }>,
  zip: ZipBytes,
  options: Pick<OpenBundleOptions, 'acceptUnknownSigner' | 'limits'> & {
    createHash: IncrementalHashFactory;
  },
): Promise<BundleResult<SpooledBundle>> {
  if (!decrypted.ok) return bundleErrorOfPgp(decrypted.error);
  const limits = options.limits ?? DEFAULT_BUNDLE_LIMITS;
  const checked = await checkContents(decrypted.value.signatures, options.acceptUnknownSigner, () =>
    readBundleZipFrom(zip, limits, options.createHash),
  );
  if (!checked.ok) return checked;
  const { signer, verified } = checked.value;
  const cases = parseBundleCases(verified.manifest, verified.files, verified.blobs);
  if (!cases.ok) return cases;
  return bundleOk({ signer, ...verified });
}

/** The whole import pipeline up to the plan the store applies in one transaction. */
export async function importBundle(
  data: Uint8Array,
  options: OpenBundleOptions & { lookup: ImportLookup },
): Promise<BundleResult<ImportPlan>> {
  const opened = await openBundle(data, options);
  if (!opened.ok) return opened;
  return planImport(opened.value.manifest, opened.value.cases, opened.value.signer, options.lookup);
}
