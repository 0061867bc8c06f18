// Export: a selection becomes one OpenPGP message, signed by the sender and encrypted to
// the recipients and the sender (shared/crypto/pgp's sealBinary), holding the bundle ZIP.
// `sealBundleStream` makes the same message as a pull stream (the CLI's large bundle): the
// ZIP is written as openpgp.js reads it, so neither it nor an attachment source is held whole.
import type { Key, PrivateKey } from 'openpgp';
import { sealBinary } from '../../crypto/pgp/seal';
import { sealStream } from '../../crypto/pgp/seal-stream';
import type { AttachmentData } from './content';
import { bundleFail, bundleOk, type BundleResult } from './errors';
import type { BundleManifest } from './manifest';
import type { ExportSelection } from './select';
import { bundleZipStream, writeBundleZip, type BundleHeader, type BundleProgress } from './write';

export type SealBundleInput<D extends AttachmentData = Uint8Array> = {
  selection: ExportSelection<D>;
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

export type SealedBundleStream = {
  /** The .airlock file's bytes; errors when an attachment source fails or changed. */
  stream: ReadableStream<Uint8Array>;
  manifest: BundleManifest;
  fileName: string;
};

const fingerprintOf = (key: Key): string => key.getFingerprint().toUpperCase();

/** The recipients and TLP:RED checks every seal runs, and the manifest's header. */
function prepare(
  input: SealBundleInput<AttachmentData>,
): BundleResult<{ header: BundleHeader; now: Date }> {
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
  return bundleOk({
    now,
    header: {
      bundleId,
      createdAt: now.toISOString(),
      senderFingerprint: sender,
      recipientFingerprints: [...recipients, sender],
    },
  });
}

/** The OpenPGP message around the ZIP (docs/bundle-format.md §1), whichever way it is made. */
const envelope = (input: SealBundleInput<AttachmentData>, header: BundleHeader, now: Date) => ({
  recipientKeys: input.recipientKeys,
  signingKey: input.signingKey,
  format: 'binary' as const,
  filename: `${header.bundleId}.zip`,
  date: now,
});

const fileNameOf = (manifest: BundleManifest): string =>
  `${manifest.cases[0]?.ref ?? 'bundle'}-${manifest.bundleId.slice(0, 8)}.airlock`;

export async function sealBundle(input: SealBundleInput): Promise<BundleResult<SealedBundle>> {
  const ready = prepare(input);
  if (!ready.ok) return ready;
  const { header, now } = ready.value;
  const { zip, manifest } = await writeBundleZip(input.selection, header, input.onProgress);
  input.onProgress?.({ phase: 'encrypt', done: 0, total: zip.length });
  const sealed = await sealBinary({ data: zip, ...envelope(input, header, now) });
  if (!sealed.ok) return bundleFail('seal-failed', `${sealed.error.code}: ${sealed.error.message}`);
  input.onProgress?.({ phase: 'encrypt', done: zip.length, total: zip.length });
  return bundleOk({ bytes: sealed.value, manifest, fileName: fileNameOf(manifest) });
}

/** The same bundle as `sealBundle`, as a stream: key problems fail before anything is read. */
export async function sealBundleStream(
  input: SealBundleInput<AttachmentData>,
): Promise<BundleResult<SealedBundleStream>> {
  const ready = prepare(input);
  if (!ready.ok) return ready;
  const { header, now } = ready.value;
  const { zip, manifest } = await bundleZipStream(input.selection, header, input.onProgress);
  const sealed = await sealStream({ input: zip, ...envelope(input, header, now) });
  if (!sealed.ok) {
    await zip.cancel().catch(() => undefined);
    return bundleFail('seal-failed', `${sealed.error.code}: ${sealed.error.message}`);
  }
  return bundleOk({ stream: sealed.value, manifest, fileName: fileNameOf(manifest) });
}
