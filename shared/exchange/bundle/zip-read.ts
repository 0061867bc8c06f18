// A strict, bounded ZIP reader. fflate's `unzipSync` trusts the sizes it is given and
// inflates everything at once, so the bundle reader walks the central directory itself:
// every cap is checked from the directory before a single byte is inflated, the local
// headers must agree with the directory, entries may not overlap (the "overlapping files"
// bomb), and inflation is streamed in small chunks and stopped as soon as an entry
// produces more than its declared size.
import { Inflate } from 'fflate';
import { bundleFail, bundleOk, type BundleResult } from './errors';
import type { BundleLimits } from './limits';
import { checkBundlePath, describePath } from './paths';

export type ZipEntry = {
  name: string;
  method: 0 | 8;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the compressed data (after the local header). */
  dataOffset: number;
};

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
const INFLATE_CHUNK = 16 * 1024;

const names = new TextDecoder('utf-8', { fatal: true });

function findEndOfCentralDirectory(view: DataView): number | undefined {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIG) return at;
  }
  return undefined;
}

/** Reads and checks the central directory; nothing is inflated here. */
export function readZipDirectory(zip: Uint8Array, limits: BundleLimits): BundleResult<ZipEntry[]> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.byteLength >= 22 ? findEndOfCentralDirectory(view) : undefined;
  if (eocd === undefined)
    return bundleFail('zip-invalid', 'no ZIP end-of-central-directory record');
  const diskNumber = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  const entriesOnDisk = view.getUint16(eocd + 8, true);
  const entryCount = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (diskNumber !== 0 || cdDisk !== 0 || entriesOnDisk !== entryCount) {
    return bundleFail('zip-unsupported', 'multi-volume ZIP archives are not supported');
  }
  if (entryCount > limits.maxEntries) {
    return bundleFail(
      'too-many-entries',
      `${entryCount === 0xffff ? '65535 or more' : entryCount} entries (limit ${limits.maxEntries})`,
    );
  }
  if (entryCount === 0xffff || cdSize === ZIP64_MARK || cdOffset === ZIP64_MARK) {
    return bundleFail('zip-unsupported', 'ZIP64 archives are not supported');
  }
  if (cdOffset + cdSize > eocd) return bundleFail('zip-invalid', 'central directory out of bounds');

  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  let at = cdOffset;
  for (let i = 0; i < entryCount; i += 1) {
    if (at + 46 > cdOffset + cdSize || view.getUint32(at, true) !== CDH_SIG) {
      return bundleFail('zip-invalid', `central directory entry ${i} is malformed`);
    }
    const at0 = at;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd > cdOffset + cdSize)
      return bundleFail('zip-invalid', `entry ${i} name out of bounds`);
    let name: string;
    try {
      name = names.decode(zip.subarray(at + 46, nameEnd));
    } catch {
      return bundleFail('path-invalid', `entry ${i} has a name that is not UTF-8`);
    }
    at = nameEnd + extraLength + commentLength;

    const verdict = checkBundlePath(name);
    if (!verdict.ok)
      return bundleFail('path-invalid', `'${describePath(name)}': ${verdict.reason}`);
    // Case-folded, because extracting `A.json` and `a.json` collides on common file systems.
    const key = name.toLowerCase();
    if (seen.has(key))
      return bundleFail('duplicate-entry', `'${describePath(name)}' appears twice`);
    seen.add(key);
    if ((flags & 1) !== 0) return bundleFail('zip-unsupported', `'${name}' is encrypted`);
    if (method !== 0 && method !== 8) {
      return bundleFail('zip-unsupported', `'${name}' uses compression method ${method}`);
    }
    if (
      compressedSize === ZIP64_MARK ||
      uncompressedSize === ZIP64_MARK ||
      localOffset === ZIP64_MARK
    ) {
      return bundleFail('zip-unsupported', `'${name}' needs ZIP64`);
    }
    if (uncompressedSize > limits.maxEntryBytes) {
      return bundleFail(
        'entry-too-large',
        `'${name}' is ${uncompressedSize} bytes (limit ${limits.maxEntryBytes})`,
      );
    }
    total += uncompressedSize;
    if (total > limits.maxTotalBytes) {
      return bundleFail('total-too-large', `entries total more than ${limits.maxTotalBytes} bytes`);
    }
    if (
      uncompressedSize > limits.ratioFloorBytes &&
      uncompressedSize / Math.max(compressedSize, 1) > limits.maxRatio
    ) {
      return bundleFail('ratio-too-high', `'${name}' expands more than ${limits.maxRatio}:1`);
    }
    if (method === 0 && compressedSize !== uncompressedSize) {
      return bundleFail('zip-invalid', `stored entry '${name}' has inconsistent sizes`);
    }
    const crc = view.getUint32(at0 + 16, true);
    const local = readLocalHeader(view, zip, localOffset, {
      name,
      flags,
      method,
      crc,
      compressedSize,
      uncompressedSize,
    });
    if (!local.ok) return local;
    const dataOffset = local.value;
    if (dataOffset + compressedSize > cdOffset) {
      return bundleFail('zip-invalid', `'${name}' data runs into the central directory`);
    }
    entries.push({ name, method, compressedSize, uncompressedSize, dataOffset });
  }
  // A count that understates the directory would hide entries from every check above.
  if (at !== cdOffset + cdSize)
    return bundleFail('zip-invalid', 'central directory holds more entries than declared');
  return checkNoOverlap(entries);
}

/** What the central directory says of an entry, which its local header must repeat. */
type DirectoryFacts = {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
};

/**
 * The local header must agree with the directory: the name, the method, the encryption
 * flag, and the CRC and sizes (which are zero when flag bit 3 puts them in a data
 * descriptor after the data, as streaming writers such as the bundle's own do). An
 * extractor that trusts the local header (most streaming unzip tools) would otherwise
 * read other bytes than the ones every check here was made on.
 */
function localDisagreement(view: DataView, offset: number, facts: DirectoryFacts): string | null {
  const flags = view.getUint16(offset + 6, true);
  if (view.getUint16(offset + 8, true) !== facts.method) return 'a different compression method';
  if ((flags & 1) !== (facts.flags & 1)) return 'a different encryption flag';
  const described = [
    ['CRC-32', view.getUint32(offset + 14, true), facts.crc],
    ['compressed size', view.getUint32(offset + 18, true), facts.compressedSize],
    ['size', view.getUint32(offset + 22, true), facts.uncompressedSize],
  ] as const;
  const deferred = (flags & 0x08) !== 0;
  for (const [what, local, directory] of described) {
    if (local !== directory && !(deferred && local === 0)) return `a different ${what}`;
  }
  return null;
}

function readLocalHeader(
  view: DataView,
  zip: Uint8Array,
  offset: number,
  facts: DirectoryFacts,
): BundleResult<number> {
  const { name } = facts;
  if (offset + 30 > zip.byteLength || view.getUint32(offset, true) !== LFH_SIG) {
    return bundleFail('zip-invalid', `'${name}' has no local header`);
  }
  const nameLength = view.getUint16(offset + 26, true);
  const extraLength = view.getUint16(offset + 28, true);
  const localName = zip.subarray(offset + 30, offset + 30 + nameLength);
  let decoded: string | undefined;
  try {
    decoded = names.decode(localName);
  } catch {
    decoded = undefined;
  }
  if (decoded !== name) {
    return bundleFail('zip-invalid', `'${name}': local header names a different file`);
  }
  const disagreement = localDisagreement(view, offset, facts);
  if (disagreement !== null) {
    return bundleFail(
      'zip-invalid',
      `'${name}': local header says ${disagreement} than the central directory`,
    );
  }
  return bundleOk(offset + 30 + nameLength + extraLength);
}

function checkNoOverlap(entries: ZipEntry[]): BundleResult<ZipEntry[]> {
  const byOffset = [...entries].sort((a, b) => a.dataOffset - b.dataOffset);
  for (let i = 1; i < byOffset.length; i += 1) {
    const previous = byOffset[i - 1];
    const current = byOffset[i];
    // Each local header is at least 30 bytes, so the next data starts past the previous data.
    if (
      previous &&
      current &&
      previous.dataOffset + previous.compressedSize + 30 > current.dataOffset
    ) {
      return bundleFail('zip-invalid', `entries '${previous.name}' and '${current.name}' overlap`);
    }
  }
  return bundleOk(entries);
}

class InflateOverflow extends Error {}

/** Inflates one entry, refusing as soon as it produces more than its declared size. */
export function inflateEntry(zip: Uint8Array, entry: ZipEntry): BundleResult<Uint8Array> {
  const data = zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return bundleOk(data.slice());
  const out = new Uint8Array(entry.uncompressedSize);
  let produced = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    if (produced + chunk.length > out.length) throw new InflateOverflow();
    out.set(chunk, produced);
    produced += chunk.length;
    if (final) finished = true;
  });
  try {
    for (let at = 0; at < data.length; at += INFLATE_CHUNK) {
      const end = Math.min(at + INFLATE_CHUNK, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof InflateOverflow) {
      return bundleFail(
        'inflated-size-mismatch',
        `'${entry.name}' inflates past its declared ${entry.uncompressedSize} bytes`,
      );
    }
    return bundleFail(
      'inflate-failed',
      `'${entry.name}': ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!finished || produced !== entry.uncompressedSize) {
    return bundleFail(
      'inflated-size-mismatch',
      `'${entry.name}' inflates to ${produced} bytes, declared ${entry.uncompressedSize}`,
    );
  }
  return bundleOk(out);
}
