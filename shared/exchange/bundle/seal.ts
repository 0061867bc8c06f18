// Export: a selection becomes one OpenPGP message, signed by the sender and encrypted to
// the recipients and the sender (shared/crypto/pgp's sealBinary), holding the bundle ZIP.
import type { Key, PrivateKey } from 'openpgp';
import { sealBinary } from '../../crypto/pgp/seal';
import { bundleFail, bundleOk, type BundleResult } from './errors';
import type { BundleManifest } from './manifest';
import type { ExportSelection } from './select';
import { writeBundleZip, type BundleProgress } from './write';

export type SealBundleInput = {
  selection: ExportSelection;
  /** The unlocked organisation key: signs, and receives a copy. */
  signingKey: PrivateKey;
  recipientKeys: readonly Key[];
  /** For a TLP:RED bundle, the fingerprint of every recipient the analyst confirmed. */
  redConfirmations?: readonly string[];
  bundleId?: string;
  now?: Date;
  onProgress?: (progress: BundleProgress) => void;
};

export type SealedBundle = { bytes: Uint8Array; manifest: BundleManifest; fileName: string };

const fingerprintOf = (key: Key): string => key.getFingerprint().toUpperCase();

export async function sealBundle(input: SealBundleInput): Promise<BundleResult<SealedBundle>> {
  const sender = fingerprintOf(input.signingKey);
  const recipients = [...new Set(input.recipientKeys.map(fingerprintOf))].filter(
    (f) => f !== sender,
  );
  if (recipients.length === 0)
    return bundleFail('recipients-missing', 'choose at least one recipient other than yourself');
  if (input.selection.tlp === 'RED') {
    const confirmed = new Set(
      (input.redConfirmations ?? []).map((f) => f.replace(/\s/g, '').toUpperCase()),
    );
    const missing = recipients.filter((f) => !confirmed.has(f));
    if (missing.length > 0) {
      return bundleFail(
        'tlp-red-unconfirmed',
        `TLP:RED: confirm each recipient explicitly (missing: ${missing.join(', ')})`,
      );
    }
  }
  const now = input.now ?? new Date();
  const bundleId = input.bundleId ?? globalThis.crypto.randomUUID();
  const { zip, manifest } = await writeBundleZip(
    input.selection,
    {
      bundleId,
      createdAt: now.toISOString(),
      senderFingerprint: sender,
      recipientFingerprints: [...recipients, sender],
    },
    input.onProgress,
  );
  input.onProgress?.({ phase: 'encrypt', done: 0, total: zip.length });
  const sealed = await sealBinary({
    data: zip,
    recipientKeys: input.recipientKeys,
    signingKey: input.signingKey,
    format: 'binary',
    filename: `${bundleId}.zip`,
    date: now,
  });
  if (!sealed.ok) return bundleFail('seal-failed', `${sealed.error.code}: ${sealed.error.message}`);
  input.onProgress?.({ phase: 'encrypt', done: zip.length, total: zip.length });
  const ref = manifest.cases[0]?.ref ?? 'bundle';
  return bundleOk({
    bytes: sealed.value,
    manifest,
    fileName: `${ref}-${bundleId.slice(0, 8)}.airlock`,
  });
}
