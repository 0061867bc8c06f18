// Counting the packets in front of a message's data before openpgp.js sees them. openpgp.js
// has no option for it, and it parses every leading packet and then tries every
// public-key encrypted session key (PKESK) against the decryption key, all at once: a
// 1.9 MB reply with one PKESK repeated 20,000 times took 18 s and 740 MB, 50,000 ran on
// (issue 29; gpg: 1.1 s). Walking the packet headers costs a few bytes of state per
// packet, so the count is refused long before any of that work starts.
import type { PgpError } from './errors';

/** Packets that may come before the encrypted data: PKESK, SKESK, marker, padding. */
const LEADING_TAGS = new Set([1, 3, 10, 21]);

export type PacketScanner = {
  /** Feeds the next bytes of the binary message; the error once there are too many. */
  push(chunk: Uint8Array): PgpError | null;
};

type State = { at: 'header'; bytes: number[] } | { at: 'body'; remaining: number } | { at: 'done' };

/** The header's total size once enough of it is known, or null when more bytes are needed. */
function headerSize(bytes: readonly number[]): number | null {
  const [ctb, first] = bytes;
  if (ctb === undefined) return null;
  if ((ctb & 0x40) === 0) return [2, 3, 5, 1][ctb & 0x03] ?? 1;
  if (first === undefined) return null;
  if (first < 192) return 2;
  if (first < 224) return 3;
  return first === 255 ? 6 : 2;
}

/**
 * What a complete header says: the packet's tag and body length, or null when the scan
 * should stop (not a packet header, an indeterminate or partial length: openpgp.js then
 * refuses or reads it as the data).
 */
function parseHeader(bytes: readonly number[]): { tag: number; length: number } | null {
  const ctb = bytes[0] ?? 0;
  if ((ctb & 0x80) === 0) return null;
  const at = (i: number) => bytes[i] ?? 0;
  if ((ctb & 0x40) === 0) {
    const tag = (ctb >> 2) & 0x0f;
    switch (ctb & 0x03) {
      case 0:
        return { tag, length: at(1) };
      case 1:
        return { tag, length: (at(1) << 8) | at(2) };
      case 2:
        return { tag, length: ((at(1) << 24) | (at(2) << 16) | (at(3) << 8) | at(4)) >>> 0 };
      default:
        return null;
    }
  }
  const tag = ctb & 0x3f;
  const first = at(1);
  if (first < 192) return { tag, length: first };
  if (first < 224) return { tag, length: ((first - 192) << 8) + at(2) + 192 };
  if (first === 255)
    return { tag, length: ((at(2) << 24) | (at(3) << 16) | (at(4) << 8) | at(5)) >>> 0 };
  return null;
}

/** A scanner that refuses a message with more than `limit` packets before its data. */
export function leadingPacketScanner(limit: number): PacketScanner {
  let state: State = { at: 'header', bytes: [] };
  let count = 0;
  return {
    push(chunk) {
      let i = 0;
      while (i < chunk.length && state.at !== 'done') {
        if (state.at === 'body') {
          const skip = Math.min(state.remaining, chunk.length - i);
          i += skip;
          state =
            state.remaining === skip
              ? { at: 'header', bytes: [] }
              : { at: 'body', remaining: state.remaining - skip };
          continue;
        }
        state.bytes.push(chunk[i] ?? 0);
        i += 1;
        const size = headerSize(state.bytes);
        if (size === null || state.bytes.length < size) continue;
        const header = parseHeader(state.bytes);
        if (header === null || !LEADING_TAGS.has(header.tag)) {
          state = { at: 'done' };
          break;
        }
        count += 1;
        if (count > limit) {
          state = { at: 'done' };
          return {
            code: 'too-many-packets',
            message: `the message has more than ${limit} packets before its data (session keys, one per recipient or password); refused before decrypting`,
          };
        }
        state =
          header.length === 0
            ? { at: 'header', bytes: [] }
            : { at: 'body', remaining: header.length };
      }
      return null;
    },
  };
}

/** The same check over a whole binary message. */
export function checkLeadingPackets(bytes: Uint8Array, limit: number): PgpError | null {
  return leadingPacketScanner(limit).push(bytes);
}

/** A pass-through stream that errors once the binary message has too many leading packets. */
export function leadingPacketGuard(limit: number): TransformStream<Uint8Array, Uint8Array> {
  const scanner = leadingPacketScanner(limit);
  let checking = true;
  return new TransformStream({
    transform(chunk, controller) {
      if (checking) {
        const error = scanner.push(chunk);
        if (error !== null) {
          checking = false;
          // classifyPgpError knows the wording, wrapped by openpgp.js or not.
          controller.error(new Error(error.message));
          return;
        }
      }
      controller.enqueue(chunk);
    },
  });
}
