import { buf, randomBytes, utf8 } from './bytes';
import { padBytes, unpadBytes } from './padding';

export const DEFAULT_CHUNK_SIZE = 1024 * 1024;

/**
 * `v: 2` (issue 29): sealed under the attachment key (subkeys.ts), each chunk padded to its
 * size bucket (padding.ts: every chunk but the last is whole, so only the last one's
 * bucket shows). Absent: a v1 chunk, under the record key and unpadded; still opened.
 */
export type SealedChunk = { iv: Uint8Array; ct: Uint8Array; v?: 2 };

/** The keys chunks may be sealed under: the attachment key (v2), the record key (v1). */
export type ChunkKeys = { attachment: CryptoKey; record: CryptoKey };

// Each chunk's AAD names its attachment, its position and the total count, so chunks cannot
// be reordered, swapped between attachments, or the attachment truncated undetected.
const chunkAad = (attachmentId: string, index: number, count: number, v: 1 | 2) =>
  buf(utf8(`attachmentChunks|${attachmentId}|${index}/${count}|${v}`));

export const chunkCount = (size: number, chunkSize = DEFAULT_CHUNK_SIZE): number =>
  Math.max(1, Math.ceil(size / chunkSize));

export const sealChunks = async (
  attachmentKey: CryptoKey,
  attachmentId: string,
  bytes: Uint8Array,
  chunkSize = DEFAULT_CHUNK_SIZE,
): Promise<SealedChunk[]> => {
  const count = chunkCount(bytes.length, chunkSize);
  const sealed: Promise<SealedChunk>[] = [];
  for (let index = 0; index < count; index += 1) {
    const part = bytes.subarray(index * chunkSize, (index + 1) * chunkSize);
    const iv = randomBytes(12);
    const padded = padBytes(part);
    sealed.push(
      globalThis.crypto.subtle
        .encrypt(
          { name: 'AES-GCM', iv: buf(iv), additionalData: chunkAad(attachmentId, index, count, 2) },
          attachmentKey,
          buf(padded),
        )
        .then((ct) => {
          padded.fill(0);
          return { iv, ct: new Uint8Array(ct), v: 2 as const };
        }),
    );
  }
  return Promise.all(sealed);
};

const openChunk = async (
  keys: ChunkKeys,
  attachmentId: string,
  chunk: SealedChunk,
  index: number,
  count: number,
): Promise<Uint8Array> => {
  const v2 = chunk.v === 2;
  const plain = new Uint8Array(
    await globalThis.crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: buf(chunk.iv),
        additionalData: chunkAad(attachmentId, index, count, v2 ? 2 : 1),
      },
      v2 ? keys.attachment : keys.record,
      buf(chunk.ct),
    ),
  );
  const content = v2 ? unpadBytes(plain) : plain;
  if (content === null) throw new Error('bad padding');
  return content;
};

/** Returns null if any chunk is missing, out of place or altered. */
export const openChunks = async (
  keys: ChunkKeys,
  attachmentId: string,
  chunks: readonly SealedChunk[],
  expectedCount: number,
): Promise<Uint8Array | null> => {
  if (chunks.length !== expectedCount) return null;
  try {
    const parts = await Promise.all(
      chunks.map((chunk, index) => openChunk(keys, attachmentId, chunk, index, expectedCount)),
    );
    const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  } catch {
    return null;
  }
};
