import { z } from 'zod';
import { buf, concatBytes, fromUtf8, randomBytes, utf8 } from './bytes';
import { vaultFail, vaultOk, type VaultResult } from './errors';
import { vaultHeaderSchema, type VaultHeader } from './header';

/**
 * Backup file: MAGIC, u32 big-endian header length, header JSON (vault header in clear, as
 * on disk), 12-byte IV, AES-256-GCM body under the backup subkey. The magic and header are
 * the body's AAD, so a flipped byte anywhere in the file is refused.
 */
const MAGIC = utf8('AIRLOCK-BACKUP/1\n');
const MAX_HEADER_BYTES = 64 * 1024;

export const backupHeaderSchema = z.object({
  format: z.literal('airlock-backup/1'),
  createdAt: z.iso.datetime(),
  vault: vaultHeaderSchema,
  rowCount: z.number().int().nonnegative(),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export type ParsedBackup = {
  header: BackupHeader;
  aad: Uint8Array;
  iv: Uint8Array;
  ct: Uint8Array;
};

export const sealBackup = async (
  backupKey: CryptoKey,
  vault: VaultHeader,
  rowCount: number,
  body: Uint8Array,
): Promise<Uint8Array> => {
  const header: BackupHeader = {
    format: 'airlock-backup/1',
    createdAt: new Date().toISOString(),
    vault,
    rowCount,
  };
  const headerBytes = utf8(JSON.stringify(header));
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, headerBytes.length);
  const aad = concatBytes(MAGIC, length, headerBytes);
  const iv = randomBytes(12);
  const ct = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: buf(iv), additionalData: buf(aad) },
    backupKey,
    buf(body),
  );
  return concatBytes(aad, iv, new Uint8Array(ct));
};

export const parseBackup = (bytes: Uint8Array): VaultResult<ParsedBackup> => {
  const malformed = vaultFail('backup.malformed', 'This file is not an Airlock backup.');
  if (bytes.length < MAGIC.length + 4 + 12 + 16) return malformed;
  if (!MAGIC.every((byte, i) => bytes[i] === byte)) return malformed;
  const length = new DataView(bytes.buffer, bytes.byteOffset + MAGIC.length, 4).getUint32(0);
  const headerEnd = MAGIC.length + 4 + length;
  if (length > MAX_HEADER_BYTES || headerEnd + 12 + 16 > bytes.length) return malformed;
  let raw: unknown;
  try {
    raw = JSON.parse(fromUtf8(bytes.subarray(MAGIC.length + 4, headerEnd)));
  } catch {
    return malformed;
  }
  const header = backupHeaderSchema.safeParse(raw);
  if (!header.success) return malformed;
  return vaultOk({
    header: header.data,
    aad: bytes.subarray(0, headerEnd),
    iv: bytes.subarray(headerEnd, headerEnd + 12),
    ct: bytes.subarray(headerEnd + 12),
  });
};

export const openBackupBody = async (
  backupKey: CryptoKey,
  parsed: ParsedBackup,
): Promise<Uint8Array | null> => {
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: buf(new Uint8Array(parsed.iv)),
        additionalData: buf(new Uint8Array(parsed.aad)),
      },
      backupKey,
      buf(new Uint8Array(parsed.ct)),
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
};
