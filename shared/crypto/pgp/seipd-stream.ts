// A SEIPDv1 packet (RFC 4880 §5.13) decrypted as a stream, for a caller that can spool what
// it yields until the end: openpgp.js either holds the packet's whole decrypted contents in
// memory before checking its MDC (the default: a 10 MB reply costs that much memory twice
// over) or parses the packets in it unauthenticated as they arrive (which deadlocked on a
// tampered reply, issue 29). Here the ciphertext streams through a CFB decipher and SHA-1;
// the packets in it are handed on, and the stream ERRORS at its end unless the MDC matches —
// so they are UNVERIFIED until the stream has closed: the caller spools them (a temporary
// file) and parses nothing before. WebCrypto has neither CFB nor an incremental hash: only
// a caller with both (the CLI, with Node's crypto) passes them.
import type { IncrementalHash } from './s2k-streaming';

/** One CFB decipher (zero IV, no resynchronisation: the SEIPD mode) fed chunk by chunk. */
export type CfbDecipher = (ciphertext: Uint8Array) => Uint8Array;
/** A CFB decipher for an OpenPGP symmetric algorithm name (`aes256`…), or null when the
 *  caller has none for it (openpgp.js then decrypts as before). */
export type CfbDecipherFactory = (algorithm: string, key: Uint8Array) => CfbDecipher | null;

/** The MDC packet at the end of the plaintext: tag 19 (new format), length 20, SHA-1. */
const MDC_HEADER = [0xd3, 0x14] as const;
const MDC_BYTES = 22;
const DIGEST_BYTES = 20;

export class ModificationDetected extends Error {
  constructor() {
    super('Modification detected.');
  }
}

/**
 * Ciphertext in, the packets inside out: the random prefix (block size + 2) dropped, the
 * last 22 bytes held back as the MDC packet, SHA-1 over prefix, packets and MDC header
 * compared with the MDC at the end; a mismatch or a plaintext too short for prefix and MDC
 * errors the stream (`Modification detected.`, classified as `corrupt`).
 */
export function seipdV1Packets(
  blockSize: number,
  decipher: CfbDecipher,
  sha1: IncrementalHash,
): TransformStream<Uint8Array, Uint8Array> {
  const prefix = blockSize + 2;
  let held = new Uint8Array(0);
  let seen = 0;
  return new TransformStream({
    transform(ciphertext, controller) {
      const plain = decipher(ciphertext);
      if (plain.length === 0) return;
      const all = new Uint8Array(held.length + plain.length);
      all.set(held);
      all.set(plain, held.length);
      const ready = Math.max(0, all.length - MDC_BYTES);
      const out = all.subarray(0, ready);
      held = all.slice(ready);
      if (out.length === 0) return;
      sha1.update(out);
      const skip = Math.min(out.length, Math.max(0, prefix - seen));
      seen += out.length;
      if (skip < out.length) controller.enqueue(out.subarray(skip));
    },
    flush() {
      if (seen < prefix || held.length !== MDC_BYTES) throw new ModificationDetected();
      sha1.update(held.subarray(0, MDC_BYTES - DIGEST_BYTES));
      const digest = sha1.digest();
      const mdc = held.subarray(MDC_BYTES - DIGEST_BYTES);
      const matches =
        held[0] === MDC_HEADER[0] &&
        held[1] === MDC_HEADER[1] &&
        digest.length === DIGEST_BYTES &&
        digest.every((byte, i) => byte === mdc[i]);
      if (!matches) throw new ModificationDetected();
    },
  });
}
