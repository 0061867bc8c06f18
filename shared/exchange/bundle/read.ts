// Reads the decrypted ZIP: central-directory caps, the manifest, then every listed file,
// each checked against the manifest's size and SHA-256. The result holds only verified
// bytes; a file the manifest does not list, or a listed file that is absent, is an error.
// `readBundleZipFrom` (the CLI's large bundle, spooled to a file) keeps the records in
// memory but only hashes the attachment blobs as they are inflated: it returns where each
// one is, to be copied out of the ZIP when the whole bundle has passed.
import { bundleFail, bundleOk, type BundleResult } from './errors';
import { sha256Hex, utf8DecodeStrict } from './digest';
import type { BundleLimits } from './limits';
import {
  MANIFEST_PATH,
  manifestFormatOf,
  manifestSchema,
  BUNDLE_FORMAT,
  type BundleManifest,
} from './manifest';
import { describePath } from './paths';
import type { IncrementalHashFactory } from '../../crypto/pgp/s2k-streaming';
import {
  inflateChunks,
  inflateEntry,
  readZipDirectory,
  zipBytesOf,
  type ZipBytes,
  type ZipEntry,
} from './zip-read';

export type VerifiedFiles = {
  manifest: BundleManifest;
  /** manifest.json exactly as signed (for extraction and archiving). */
  manifestBytes: Uint8Array;
  files: Map<string, Uint8Array>;
};

export function parseManifest(bytes: Uint8Array): BundleResult<BundleManifest> {
  const text = utf8DecodeStrict(bytes);
  let value: unknown;
  try {
    if (text === undefined) throw new Error('not UTF-8');
    value = JSON.parse(text);
  } catch (error) {
    return bundleFail(
      'manifest-invalid-json',
      `manifest.json: ${error instanceof Error ? error.message : 'unreadable'}`,
    );
  }
  const format = manifestFormatOf(value);
  if (format !== BUNDLE_FORMAT) {
    return format !== undefined && format.startsWith('airlock-bundle/')
      ? bundleFail(
          'format-unsupported',
          `bundle format '${describePath(format)}' is not supported (this app reads ${BUNDLE_FORMAT})`,
        )
      : bundleFail('manifest-invalid', `manifest.json: format must be '${BUNDLE_FORMAT}'`);
  }
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.map(String).join('.') || '(root)'}: ${first.message}` : '';
    return bundleFail('manifest-invalid', `manifest.json: ${where}`);
  }
  const seen = new Set<string>();
  for (const file of parsed.data.files) {
    const key = file.path.toLowerCase();
    if (seen.has(key))
      return bundleFail('manifest-invalid', `manifest.json lists '${file.path}' twice`);
    seen.add(key);
  }
  return bundleOk(parsed.data);
}

/** Verified, with each attachment blob's entry (its bytes still in the ZIP). */
export type VerifiedEntries = VerifiedFiles & { blobs: Map<string, ZipEntry> };

const hex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** Whether a path is an attachment blob's place (`cases/<id>/attachments/…`). */
const isBlobPath = (path: string): boolean => /^cases\/[^/]+\/attachments\//.test(path);

export function readBundleZip(
  zip: Uint8Array,
  limits: BundleLimits,
): Promise<BundleResult<VerifiedFiles>> {
  return verifyZip(zipBytesOf(zip), limits, null);
}

/** The same checks on a ZIP read through `source`; attachment blobs are hashed, not kept. */
export function readBundleZipFrom(
  source: ZipBytes,
  limits: BundleLimits,
  createHash: IncrementalHashFactory,
): Promise<BundleResult<VerifiedEntries>> {
  return verifyZip(source, limits, createHash);
}

async function verifyZip(
  source: ZipBytes,
  limits: BundleLimits,
  createHash: IncrementalHashFactory | null,
): Promise<BundleResult<VerifiedEntries>> {
  const directory = await readZipDirectory(source, limits);
  if (!directory.ok) return directory;
  const entries = new Map(directory.value.map((e) => [e.name, e]));

  const manifestEntry = entries.get(MANIFEST_PATH);
  if (manifestEntry === undefined)
    return bundleFail('manifest-missing', 'the bundle has no manifest.json');
  if (manifestEntry.uncompressedSize > limits.maxJsonBytes) {
    return bundleFail(
      'entry-too-large',
      `manifest.json is larger than ${limits.maxJsonBytes} bytes`,
    );
  }
  const manifestBytes = await inflateEntry(source, manifestEntry);
  if (!manifestBytes.ok) return manifestBytes;
  const manifest = parseManifest(manifestBytes.value);
  if (!manifest.ok) return manifest;

  const listed = new Set(manifest.value.files.map((f) => f.path));
  for (const name of entries.keys()) {
    if (name !== MANIFEST_PATH && !listed.has(name)) {
      return bundleFail('file-unlisted', `'${name}' is in the ZIP but not in the manifest`);
    }
  }
  for (const file of manifest.value.files) {
    const entry = entries.get(file.path);
    if (entry === undefined)
      return bundleFail('file-missing', `'${file.path}' is in the manifest but not in the ZIP`);
    if (entry.uncompressedSize !== file.size) {
      return bundleFail(
        'size-mismatch',
        `'${file.path}': ZIP says ${entry.uncompressedSize} bytes, manifest ${file.size}`,
      );
    }
  }

  const files = new Map<string, Uint8Array>();
  const blobs = new Map<string, ZipEntry>();
  for (const file of manifest.value.files) {
    const entry = entries.get(file.path);
    if (entry === undefined) continue; // checked above
    let sha256: string;
    if (createHash !== null && isBlobPath(file.path)) {
      const hash = createHash('sha256');
      const inflated = await inflateChunks(source, entry, (chunk) => hash.update(chunk));
      if (!inflated.ok) return inflated;
      sha256 = hex(hash.digest());
      blobs.set(file.path, entry);
    } else {
      const data = await inflateEntry(source, entry);
      if (!data.ok) return data;
      sha256 = await sha256Hex(data.value);
      files.set(file.path, data.value);
    }
    if (sha256 !== file.sha256) {
      return bundleFail(
        'hash-mismatch',
        `'${file.path}' does not match its SHA-256 in the manifest`,
      );
    }
  }
  return bundleOk({
    manifest: manifest.value,
    manifestBytes: manifestBytes.value,
    files,
    blobs,
  });
}
