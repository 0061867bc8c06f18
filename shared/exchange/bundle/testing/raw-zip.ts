// A deliberately naive ZIP writer for hostile-input tests: it writes whatever it is told
// (duplicate names, traversal paths, lying sizes, encrypted flags), which no real archiver
// would, so the reader's checks can be exercised one by one.
import { deflateSync, unzipSync } from 'fflate';

export type RawEntry = {
  name: string;
  data: Uint8Array;
  method?: 0 | 8;
  flags?: number;
  /** Overrides the uncompressed size written in the central directory. */
  declaredSize?: number;
  /** The stored body as is (already deflated), with the CRC of what it inflates to: a
   *  large entry made once instead of deflated on every use. */
  body?: { bytes: Uint8Array; crc: number };
  /** What the local header alone says, where it lies about the directory's entry. */
  local?: { method?: number; compressedSize?: number; size?: number; flags?: number };
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = enc.encode(entry.name);
    const method = entry.method ?? 8;
    const body = entry.body?.bytes ?? (method === 8 ? deflateSync(entry.data) : entry.data);
    const crc = entry.body?.crc ?? crc32(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const local = new Uint8Array(30 + name.length + body.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, (entry.local?.flags ?? entry.flags ?? 0) | 0x800, true);
    lv.setUint16(8, entry.local?.method ?? method, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, entry.local?.compressedSize ?? body.length, true);
    lv.setUint32(22, entry.local?.size ?? size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(body, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, (entry.flags ?? 0) | 0x800, true);
    cv.setUint16(10, method, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, body.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const cdSize = centrals.reduce((s, c) => s + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, Math.min(entries.length, 0xffff), true);
  ev.setUint16(10, Math.min(entries.length, 0xffff), true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals, eocd]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The entries of a well-formed ZIP, manifest first, for tests to mutate and re-zip. */
export function entriesOf(zip: Uint8Array): RawEntry[] {
  const files = unzipSync(zip);
  return Object.entries(files).map(([name, data]) => ({ name, data }));
}
