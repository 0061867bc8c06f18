// A strict, bounded ZIP reader. fflate's `unzipSync` trusts the sizes it is given and
// inflates everything at once, so the bundle reader walks the central directory itself:
// every cap is checked from the directory before a single byte is inflated, the local
// headers must agree with the directory, entries may not overlap (the "overlapping files"
// bomb), and inflation is streamed in small chunks and stopped as soon as an entry
// produces more than its declared size. The ZIP is read through `ZipBytes`, random access
// to bytes in memory or (the CLI) to the verified plaintext spooled to a file, so a large
// bundle is read a window at a time and never whole.
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
/** How much is read from the source at a time (a window of the directory or of an entry). */
const WINDOW = 256 * 1024;

/** Random access to the ZIP: `read` returns the bytes at `offset` (fewer only at the end). */
export type ZipBytes = {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
};

/** A ZIP in memory as `ZipBytes` (no copy). */
export const zipBytesOf = (zip: Uint8Array): ZipBytes => ({
  size: zip.byteLength,
  read: (offset, length) => Promise.resolve(zip.subarray(offset, offset + length)),
});

/** Reads through a window of the source, so walking headers costs one read per window. */
class Cursor {
  private base = 0;
  private bytes: Uint8Array = new Uint8Array(0);
  constructor(private readonly source: ZipBytes) {}

  /** The bytes at [offset, offset + length), clamped to the end of the source. */
  async at(offset: number, length: number): Promise<Uint8Array> {
    const end = Math.min(offset + length, this.source.size);
    if (offset < this.base || end > this.base + this.bytes.length) {
      this.base = offset;
      this.bytes = await this.source.read(offset, Math.max(end - offset, WINDOW));
    }
    return this.bytes.subarray(offset - this.base, end - this.base);
  }

  async view(offset: number, length: number): Promise<DataView> {
    const bytes = await this.at(offset, length);
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}

const names = new TextDecoder('utf-8', { fatal: true });

/** The end record's offset and its 22 bytes, searched for in the last 64 KiB + 22. */
async function findEndOfCentralDirectory(
  source: ZipBytes,
): Promise<{ eocd: number; view: DataView } | undefined> {
  if (source.size < 22) return undefined;
  const first = Math.max(0, source.size - 22 - 0xffff);
  const tail = await source.read(first, source.size - first);
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  for (let at = tail.byteLength - 22; at >= 0; at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIG)
      return { eocd: first + at, view: new DataView(tail.buffer, tail.byteOffset + at, 22) };
  }
  return undefined;
}

/** Reads and checks the central directory; nothing is inflated here. */
export async function readZipDirectory(
  source: ZipBytes,
  limits: BundleLimits,
): Promise<BundleResult<ZipEntry[]>> {
  const end = await findEndOfCentralDirectory(source);
  if (end === undefined) return bundleFail('zip-invalid', 'no ZIP end-of-central-directory record');
  const { eocd, view: record } = end;
  const diskNumber = record.getUint16(4, true);
  const cdDisk = record.getUint16(6, true);
  const entriesOnDisk = record.getUint16(8, true);
  const entryCount = record.getUint16(10, true);
  const cdSize = record.getUint32(12, true);
  const cdOffset = record.getUint32(16, true);
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
  // Two cursors: the directory and the local headers are walked side by side.
  const directory = new Cursor(source);
  const locals = new Cursor(source);
  for (let i = 0; i < entryCount; i += 1) {
    const view = at + 46 > cdOffset + cdSize ? null : await directory.view(at, 46);
    if (view === null || view.getUint32(0, true) !== CDH_SIG) {
      return bundleFail('zip-invalid', `central directory entry ${i} is malformed`);
    }
    const flags = view.getUint16(8, true);
    const method = view.getUint16(10, true);
    const compressedSize = view.getUint32(20, true);
    const uncompressedSize = view.getUint32(24, true);
    const nameLength = view.getUint16(28, true);
    const extraLength = view.getUint16(30, true);
    const commentLength = view.getUint16(32, true);
    const localOffset = view.getUint32(42, true);
    const crc = view.getUint32(16, true);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd > cdOffset + cdSize)
      return bundleFail('zip-invalid', `entry ${i} name out of bounds`);
    let name: string;
    try {
      name = names.decode(await directory.at(at + 46, nameLength));
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
    const local = await readLocalHeader(locals, source.size, localOffset, {
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
function localDisagreement(view: DataView, facts: DirectoryFacts): string | null {
  const flags = view.getUint16(6, true);
  if (view.getUint16(8, true) !== facts.method) return 'a different compression method';
  if ((flags & 1) !== (facts.flags & 1)) return 'a different encryption flag';
  const described = [
    ['CRC-32', view.getUint32(14, true), facts.crc],
    ['compressed size', view.getUint32(18, true), facts.compressedSize],
    ['size', view.getUint32(22, true), facts.uncompressedSize],
  ] as const;
  const deferred = (flags & 0x08) !== 0;
  for (const [what, local, directory] of described) {
    if (local !== directory && !(deferred && local === 0)) return `a different ${what}`;
  }
  return null;
}

async function readLocalHeader(
  cursor: Cursor,
  size: number,
  offset: number,
  facts: DirectoryFacts,
): Promise<BundleResult<number>> {
  const { name } = facts;
  const view = offset + 30 > size ? null : await cursor.view(offset, 30);
  if (view === null || view.getUint32(0, true) !== LFH_SIG) {
    return bundleFail('zip-invalid', `'${name}' has no local header`);
  }
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const localName = await cursor.at(offset + 30, nameLength);
  let decoded: string | undefined;
  try {
    decoded = names.decode(localName);
  } catch {
    decoded = undefined;
  }
  if (decoded !== name) {
    return bundleFail('zip-invalid', `'${name}': local header names a different file`);
  }
  const disagreement = localDisagreement(view, facts);
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

/**
 * An entry's bytes as they are inflated, chunk by chunk into `onChunk`, read from the source
 * a window at a time; refused as soon as it produces more than its declared size.
 */
export async function inflateChunks(
  source: ZipBytes,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => void | Promise<void>,
): Promise<BundleResult<true>> {
  const end = entry.dataOffset + entry.compressedSize;
  if (entry.method === 0) {
    for (let at = entry.dataOffset; at < end; at += WINDOW) {
      await onChunk(await source.read(at, Math.min(WINDOW, end - at)));
    }
    return bundleOk(true);
  }
  let produced = 0;
  let finished = false;
  let pending: Uint8Array[] = [];
  const inflater = new Inflate((chunk, final) => {
    if (produced + chunk.length > entry.uncompressedSize) throw new InflateOverflow();
    pending.push(chunk);
    produced += chunk.length;
    if (final) finished = true;
  });
  // What one push produced goes out before the next push (a caller may write it to disk).
  const push = async (data: Uint8Array, last: boolean) => {
    inflater.push(data, last);
    const out = pending;
    pending = [];
    for (const chunk of out) await onChunk(chunk);
  };
  try {
    for (let at = entry.dataOffset; at < end; at += WINDOW) {
      const window = await source.read(at, Math.min(WINDOW, end - at));
      for (let i = 0; i < window.length; i += INFLATE_CHUNK) {
        const last = i + INFLATE_CHUNK >= window.length && at + WINDOW >= end;
        await push(window.subarray(i, i + INFLATE_CHUNK), last);
      }
    }
    if (entry.compressedSize === 0) await push(new Uint8Array(0), true);
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
  return bundleOk(true);
}

/** Inflates one entry whole, refusing as soon as it produces more than its declared size. */
export async function inflateEntry(
  source: ZipBytes,
  entry: ZipEntry,
): Promise<BundleResult<Uint8Array>> {
  const out = new Uint8Array(entry.uncompressedSize);
  let produced = 0;
  const inflated = await inflateChunks(source, entry, (chunk) => {
    out.set(chunk, produced);
    produced += chunk.length;
  });
  return inflated.ok ? bundleOk(out) : inflated;
}
