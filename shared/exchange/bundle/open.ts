// The import pipeline, in the order of DESIGN §6: decrypt → verify the signer → ZIP caps
// and paths → manifest → hashes → records → replay ledger → plan. Each step returns a
// typed error naming the check that failed; nothing is returned for writing unless every
// step passed. OpenPGP work is done by shared/crypto/pgp (no second wrapper here).
import type { Key, PrivateKey } from 'openpgp';
import { openBinary } from '../../crypto/pgp/open';
import type { PgpErrorCode } from '../../crypto/pgp/errors';
import type { SignatureReport } from '../../crypto/pgp/signatures';
import type { BundleCase } from './content';
import { bundleFail, bundleOk, type BundleErrorCode, type BundleResult } from './errors';
import { DEFAULT_BUNDLE_LIMITS, type BundleLimits } from './limits';
import type { BundleManifest } from './manifest';
import { planImport, type ImportLookup, type ImportPlan, type SignerInfo } from './plan';
import { readBundleZip } from './read';
import { parseBundleCases } from './records';

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
  if (!opened.ok) {
    return bundleFail(pgpCodes[opened.error.code] ?? 'decrypt-failed', opened.error.message);
  }
  if (!opened.value.encrypted) return bundleFail('not-openpgp', 'a bundle must be encrypted');
  const signer = checkSigner(opened.value.signatures, options.acceptUnknownSigner);
  if (!signer.ok) return signer;

  const verified = await readBundleZip(opened.value.data, limits);
  if (!verified.ok) return verified;
  const { manifest, manifestBytes, files } = verified.value;
  if (upper(manifest.sender.fingerprint) !== signer.value.fingerprint) {
    return bundleFail(
      'sender-mismatch',
      `the manifest names sender ${manifest.sender.fingerprint}, the signature ${signer.value.fingerprint}`,
    );
  }
  const cases = parseBundleCases(manifest, files);
  if (!cases.ok) return cases;
  return bundleOk({ signer: signer.value, manifest, manifestBytes, files, cases: cases.value });
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
