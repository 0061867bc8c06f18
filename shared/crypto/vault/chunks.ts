import { buf, randomBytes, utf8 } from './bytes';

export const DEFAULT_CHUNK_SIZE = 1024 * 1024;

export type SealedChunk = { iv: Uint8Array; ct: Uint8Array };

// Each chunk's AAD names its attachment, its position and the total count, so chunks cannot
// be reordered, swapped between attachments, or the attachment truncated undetected.
const chunkAad = (attachmentId: string, index: number, count: number) =>
  buf(utf8(`attachmentChunks|${attachmentId}|${index}/${count}|1`));

export const chunkCount = (size: number, chunkSize = DEFAULT_CHUNK_SIZE): number =>
  Math.max(1, Math.ceil(size / chunkSize));

export const sealChunks = async (
  key: CryptoKey,
  attachmentId: string,
  bytes: Uint8Array,
  chunkSize = DEFAULT_CHUNK_SIZE,
): Promise<SealedChunk[]> => {
  const count = chunkCount(bytes.length, chunkSize);
  const sealed: Promise<SealedChunk>[] = [];
  for (let index = 0; index < count; index += 1) {
    const part = bytes.subarray(index * chunkSize, (index + 1) * chunkSize);
    const iv = randomBytes(12);
    sealed.push(
      globalThis.crypto.subtle
        .encrypt(
          { name: 'AES-GCM', iv: buf(iv), additionalData: chunkAad(attachmentId, index, count) },
          key,
          buf(new Uint8Array(part)),
        )
        .then((ct) => ({ iv, ct: new Uint8Array(ct) })),
    );
  }
  return Promise.all(sealed);
};

/** Returns null if any chunk is missing, out of place or altered. */
export const openChunks = async (
  key: CryptoKey,
  attachmentId: string,
  chunks: readonly SealedChunk[],
  expectedCount: number,
): Promise<Uint8Array | null> => {
  if (chunks.length !== expectedCount) return null;
  try {
    const parts = await Promise.all(
      chunks.map(
        async (chunk, index) =>
          new Uint8Array(
            await globalThis.crypto.subtle.decrypt(
              {
                name: 'AES-GCM',
                iv: buf(chunk.iv),
                additionalData: chunkAad(attachmentId, index, expectedCount),
              },
              key,
              buf(chunk.ct),
            ),
          ),
      ),
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
