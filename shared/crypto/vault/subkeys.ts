import { buf, utf8 } from './bytes';

/**
 * Keys derived from the master key with HKDF-SHA-256 and distinct labels, so a key used for
 * one purpose (e.g. the anchor mirror's HMAC) never doubles as another (record encryption).
 * (`airlock/vault/v1/index-key`, the blind index key of schema v1–v2, is no longer derived;
 * a new purpose takes a new label, never that one.)
 */
export type VaultKeys = {
  record: CryptoKey;
  /** Seals attachment chunks (v2 chunks, issue 29; v1 chunks were under `record`). */
  attachment: CryptoKey;
  backup: CryptoKey;
  /** Seals the audit anchor in the header (header-anchor.ts). */
  anchor: CryptoKey;
  /** MACs the anchor's v1 mirror kept outside IndexedDB (read only, for older mirrors). */
  mirror: CryptoKey;
  /** Seals the anchor's v2 mirror (issue 29: its sequence is no longer in the clear). */
  mirrorSeal: CryptoKey;
  /** Names the bundle ledger's rows (issue 29): an HMAC of the sender's bundle id, so the
   *  ids at rest do not say which bundles this vault imported. */
  ledger: CryptoKey;
};

const LABELS = {
  record: 'airlock/vault/v1/record-key',
  attachment: 'airlock/vault/v1/attachment-key',
  backup: 'airlock/vault/v1/backup-key',
  anchor: 'airlock/vault/v1/anchor-key',
  mirror: 'airlock/vault/v1/anchor-mirror-key',
  mirrorSeal: 'airlock/vault/v1/anchor-mirror-seal-key',
  ledger: 'airlock/vault/v1/ledger-id-key',
} as const;

export const deriveVaultKeys = async (master: Uint8Array, vaultId: string): Promise<VaultKeys> => {
  const subtle = globalThis.crypto.subtle;
  const ikm = await subtle.importKey('raw', buf(master), 'HKDF', false, ['deriveKey']);
  const salt = buf(utf8(`airlock-vault|${vaultId}`));
  const derive = (
    label: string,
    algorithm: AesKeyGenParams | HmacKeyGenParams,
    usages: KeyUsage[],
  ) =>
    subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt, info: buf(utf8(label)) },
      ikm,
      algorithm,
      false,
      usages,
    );
  const [record, attachment, backup, anchor, mirror, mirrorSeal, ledger] = await Promise.all([
    derive(LABELS.record, { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']),
    derive(LABELS.attachment, { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']),
    derive(LABELS.backup, { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']),
    derive(LABELS.anchor, { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']),
    derive(LABELS.mirror, { name: 'HMAC', hash: 'SHA-256', length: 256 }, ['sign']),
    derive(LABELS.mirrorSeal, { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']),
    derive(LABELS.ledger, { name: 'HMAC', hash: 'SHA-256', length: 256 }, ['sign']),
  ]);
  return { record, attachment, backup, anchor, mirror, mirrorSeal, ledger };
};
