// Writes the bundle's ZIP with fflate's streaming API, so a large attachment is fed in
// chunks and the caller sees progress. Any `unzip` reads the result (deflate or stored,
// data descriptors, no ZIP64: bundles stay far below 4 GiB by the import caps).
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

export type ZipInput = { path: string; data: Uint8Array; compress: boolean };

export type ZipProgress = (bytesDone: number, bytesTotal: number) => void;

const CHUNK = 1024 * 1024;

export function writeZip(
  files: readonly ZipInput[],
  mtime: Date,
  onProgress?: ZipProgress,
): Uint8Array {
  const parts: Uint8Array[] = [];
  const state: { failure: Error | null; done: boolean } = { failure: null, done: false };
  const zip = new Zip((error, chunk, final) => {
    if (error) state.failure = error;
    else parts.push(chunk);
    if (final) state.done = true;
  });
  const total = files.reduce((sum, f) => sum + f.data.length, 0);
  let written = 0;
  for (const file of files) {
    const entry = file.compress
      ? new ZipDeflate(file.path, { level: 6 })
      : new ZipPassThrough(file.path);
    entry.mtime = mtime;
    zip.add(entry);
    if (file.data.length === 0) entry.push(new Uint8Array(0), true);
    for (let at = 0; at < file.data.length; at += CHUNK) {
      const end = Math.min(at + CHUNK, file.data.length);
      entry.push(file.data.subarray(at, end), end === file.data.length);
      written += end - at;
      onProgress?.(written, total);
    }
  }
  zip.end();
  // fflate's synchronous entries complete inside the calls above; these guard against a
  // future change of that behaviour rather than a reachable state.
  if (state.failure) throw state.failure;
  if (!state.done) throw new Error('ZIP writer did not finish synchronously');
  const size = parts.reduce((sum, p) => sum + p.length, 0);
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
