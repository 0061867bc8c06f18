import { z } from 'zod';
import { buf, concatBytes, fromUtf8, randomBytes, utf8 } from './bytes';
import { vaultFail, vaultOk, type VaultResult } from './errors';
import { vaultHeaderSchema, type VaultHeader } from './header';
import { padBytes, unpadBytes } from './padding';

/**
 * Backup file: MAGIC, u32 big-endian header length, header JSON (vault header in clear, as
 * on disk), 12-byte IV, AES-256-GCM body under the backup subkey. The magic and header are
 * the body's AAD, so a flipped byte anywhere in the file is refused.
 *
 * v2 (issue 29): the clear header no longer carries the row count (it told anyone holding
 * the file how many records the vault has); the count is inside the body (backup-open.ts),
 * and the body is padded to its size bucket (padding.ts) before sealing. v1 files, with
 * `rowCount` in the clear header and an unpadded body, still open.
 */
const MAGIC_V1 = utf8('AIRLOCK-BACKUP/1\n');
const MAGIC_V2 = utf8('AIRLOCK-BACKUP/2\n');
const MAX_HEADER_BYTES = 64 * 1024;

const backupHeaderV1Schema = z.object({
  format: z.literal('airlock-backup/1'),
  createdAt: z.iso.datetime(),
  vault: vaultHeaderSchema,
  rowCount: z.number().int().nonnegative(),
});
const backupHeaderV2Schema = z.object({
  format: z.literal('airlock-backup/2'),
  createdAt: z.iso.datetime(),
  vault: vaultHeaderSchema,
});
export const backupHeaderSchema = z.discriminatedUnion('format', [
  backupHeaderV1Schema,
  backupHeaderV2Schema,
]);
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export type ParsedBackup = {
  header: BackupHeader;
  aad: Uint8Array;
  iv: Uint8Array;
  ct: Uint8Array;
};

/** Seals a backup file in the current format (v2): `body` is padded, then encrypted. */
export const sealBackup = async (
  backupKey: CryptoKey,
  vault: VaultHeader,
  body: Uint8Array,
): Promise<Uint8Array> => {
  const header: BackupHeader = {
    format: 'airlock-backup/2',
    createdAt: new Date().toISOString(),
    vault,
  };
  return sealFile(backupKey, MAGIC_V2, header, padBytes(body));
};

/** The file around a header and a body as given (v1 files are made only by tests). */
export const sealFile = async (
  backupKey: CryptoKey,
  magic: Uint8Array,
  header: unknown,
  body: Uint8Array,
): Promise<Uint8Array> => {
  const headerBytes = utf8(JSON.stringify(header));
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, headerBytes.length);
  const aad = concatBytes(magic, length, headerBytes);
  const iv = randomBytes(12);
  const ct = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: buf(iv), additionalData: buf(aad) },
    backupKey,
    buf(body),
  );
  return concatBytes(aad, iv, new Uint8Array(ct));
};

export const BACKUP_MAGIC = { v1: MAGIC_V1, v2: MAGIC_V2 } as const;

const startsWith = (bytes: Uint8Array, magic: Uint8Array) =>
  magic.every((byte, i) => bytes[i] === byte);

export const parseBackup = (bytes: Uint8Array): VaultResult<ParsedBackup> => {
  const malformed = vaultFail('backup.malformed', 'This file is not an Airlock backup.');
  // Both magics have the same length; the header's format must match the magic's version.
  const magic = startsWith(bytes, MAGIC_V2) ? MAGIC_V2 : MAGIC_V1;
  const format = magic === MAGIC_V2 ? 'airlock-backup/2' : 'airlock-backup/1';
  if (bytes.length < magic.length + 4 + 12 + 16) return malformed;
  if (!startsWith(bytes, magic)) return malformed;
  const length = new DataView(bytes.buffer, bytes.byteOffset + magic.length, 4).getUint32(0);
  const headerEnd = magic.length + 4 + length;
  if (length > MAX_HEADER_BYTES || headerEnd + 12 + 16 > bytes.length) return malformed;
  let raw: unknown;
  try {
    raw = JSON.parse(fromUtf8(bytes.subarray(magic.length + 4, headerEnd)));
  } catch {
    return malformed;
  }
  const header = backupHeaderSchema.safeParse(raw);
  if (!header.success || header.data.format !== format) return malformed;
  return vaultOk({
    header: header.data,
    aad: bytes.subarray(0, headerEnd),
    iv: bytes.subarray(headerEnd, headerEnd + 12),
    ct: bytes.subarray(headerEnd + 12),
  });
};

/** The body's plaintext (unpadded for a v2 file), or null when it does not authenticate. */
export const openBackupBody = async (
  backupKey: CryptoKey,
  parsed: ParsedBackup,
): Promise<Uint8Array | null> => {
  let plain: Uint8Array;
  try {
    plain = new Uint8Array(
      await globalThis.crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: buf(new Uint8Array(parsed.iv)),
          additionalData: buf(new Uint8Array(parsed.aad)),
        },
        backupKey,
        buf(new Uint8Array(parsed.ct)),
      ),
    );
  } catch {
    return null;
  }
  return parsed.header.format === 'airlock-backup/1' ? plain : unpadBytes(plain);
};
