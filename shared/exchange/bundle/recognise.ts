// Is this decrypted content an Airlock case bundle? Recognised the way the bundle opener
// reads one (read.ts): a ZIP whose `manifest.json` claims the bundle format. Whether the
// bundle is valid is the bundle import's question (replay, manifest, records, TLP): this
// only tells a bundle from a vendor's reply, so a bundle is never filed as one.
import { DEFAULT_BUNDLE_LIMITS } from './limits';
import { BUNDLE_FORMAT, MANIFEST_PATH, manifestFormatOf } from './manifest';
import { inflateEntry, readZipDirectory, zipBytesOf } from './zip-read';

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];

export async function isAirlockBundleZip(bytes: Uint8Array): Promise<boolean> {
  if (!ZIP_LOCAL_HEADER.every((b, i) => bytes[i] === b)) return false;
  const source = zipBytesOf(bytes);
  const directory = await readZipDirectory(source, DEFAULT_BUNDLE_LIMITS);
  if (!directory.ok) return false;
  const manifest = directory.value.find((e) => e.name === MANIFEST_PATH);
  if (manifest === undefined || manifest.uncompressedSize > DEFAULT_BUNDLE_LIMITS.maxJsonBytes)
    return false;
  const inflated = await inflateEntry(source, manifest);
  if (!inflated.ok) return false;
  try {
    const json: unknown = JSON.parse(new TextDecoder().decode(inflated.value));
    return manifestFormatOf(json) === BUNDLE_FORMAT;
  } catch {
    return false;
  }
}
