// The CLI bundle's openpgp.js inflating compressed packets (ZIP, ZLIB: what GnuPG sends by
// default) with a stream that only inflates what its reader asks for. openpgp.js uses the
// global DecompressionStream, which Node 20 builds from a zlib stream with a queue counted
// in chunks (up to 16,384 of them), not bytes: zlib inflated ahead of the reader, and a
// 10 MB reply held about 10 MB of plaintext in that queue (peak RSS), a compression bomb
// far more, before openpgp.js's decompressed-size cap counted it. Here zlib's own
// backpressure holds: the writer waits until zlib took its chunk, and zlib keeps at most
// its high-water mark of output for a reader that is behind.
//
// Same zlib, same bytes, same errors (zlib's, as Node's DecompressionStream gives them);
// any other format still goes to DecompressionStream. Patched as text at bundle time,
// only for the CLI: the anchor must match exactly once, or the build fails.

const ANCHOR =
  "decompressor: typeof DecompressionStream !== 'undefined' && (() => new DecompressionStream(compressionFormat))";
const REPLACEMENT =
  "decompressor: typeof DecompressionStream !== 'undefined' && (() => airlockDecompressionStream(compressionFormat))";

const ADDED = `
import { createInflate as airlockCreateInflate, createInflateRaw as airlockCreateInflateRaw } from 'node:zlib';
/** A DecompressionStream whose zlib inflates only as fast as its reader reads (see scripts/openpgp-node-inflate.mjs). */
function airlockDecompressionStream(format) {
  if (format !== 'deflate' && format !== 'deflate-raw') return new DecompressionStream(format);
  // 64 KiB out per chunk (zlib's default is 16 KiB): a quarter of the trips through
  // openpgp.js's stream stages, which cost more than the inflating itself.
  const options = { chunkSize: 64 * 1024 };
  const inflate = format === 'deflate' ? airlockCreateInflate(options) : airlockCreateInflateRaw(options);
  const writable = new WritableStream({
    // Settles once zlib has consumed the chunk: while the reader is behind, zlib holds it.
    write: (chunk) => new Promise((resolve, reject) => {
      inflate.write(chunk, (error) => (error ? reject(error) : resolve()));
    }),
    close: () => new Promise((resolve, reject) => {
      inflate.end((error) => (error ? reject(error) : resolve()));
    }),
    abort: (reason) => {
      inflate.destroy(reason);
    },
  });
  // Pulled one chunk per read (high-water mark 0); a cancel destroys the zlib stream.
  const readable = ReadableStream.from(inflate);
  return { writable, readable };
}
`;

const count = (text, part) => text.split(part).length - 1;

/** openpgp.js's Node build with ZIP/ZLIB inflated on demand (see above). */
export function patchInflate(source) {
  if (count(source, ANCHOR) !== 1)
    throw new Error(
      `openpgp-node-inflate: expected one '${ANCHOR}' in openpgp.js: update the patch`,
    );
  return `${source.replace(ANCHOR, REPLACEMENT)}\n${ADDED}`;
}
