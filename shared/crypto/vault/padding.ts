/**
 * Length hiding (issue 29, item 6): what is sealed is padded up to a size bucket first, so
 * a row's ciphertext tells its size class, not its exact length (a one-word note and a
 * three-word note look the same at rest).
 *
 * Buckets: at least 256 bytes, then eight steps per doubling (a step is 1/8 of the next
 * power of two), so padding costs at most 12.5% above 256 bytes and leaks about three bits
 * of a length's mantissa. Padding is ISO/IEC 7816-4: one 0x80 byte, then zeros.
 */
export const MIN_BUCKET = 256;

/** The padded size for `length` bytes of content (the 0x80 marker included). */
export const paddedLength = (length: number): number => {
  const needed = length + 1;
  if (needed <= MIN_BUCKET) return MIN_BUCKET;
  const step = 2 ** Math.ceil(Math.log2(needed)) / 8;
  return Math.ceil(needed / step) * step;
};

/** Writes the marker after `length` bytes of `target` and zeros up to the bucket; returns
 *  the padded length, or null when `target` is too short. */
export const padInPlace = (target: Uint8Array, length: number): number | null => {
  const total = paddedLength(length);
  if (total > target.length) return null;
  target[length] = 0x80;
  target.fill(0, length + 1, total);
  return total;
};

/** A padded copy of `bytes`. */
export const padBytes = (bytes: Uint8Array): Uint8Array => {
  const out = new Uint8Array(paddedLength(bytes.length));
  out.set(bytes);
  out[bytes.length] = 0x80;
  return out;
};

/** The content of padded bytes (a view), or null when the padding is not well formed. */
export const unpadBytes = (padded: Uint8Array): Uint8Array | null => {
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end -= 1;
  return end >= 0 && padded[end] === 0x80 ? padded.subarray(0, end) : null;
};
