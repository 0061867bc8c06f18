import { z } from 'zod';
import { canonicalJson } from '../canonical-json';
import { buf, fromBase64, randomBytes, toBase64, utf8, wipe } from './bytes';
import { vaultFail, vaultOk, type VaultResult } from './errors';
import { sealedAnchorSchema } from './header-anchor';
import { deriveKek, kdfParamsSchema, newKdfParams, type KdfChoice, type KdfParams } from './kdf';

// The format string stays '/1': it is part of the wrap's AAD, so changing it would make
// every existing vault unopenable. Header changes are versioned by `schemaVersion`.
export const VAULT_FORMAT = 'airlock-vault/1';

/** v2 added `anchor` (the sealed head of the audit chain, header-anchor.ts). */
export const VAULT_HEADER_SCHEMA_VERSION = 2;

const currentHeaderSchema = z.object({
  format: z.literal(VAULT_FORMAT),
  schemaVersion: z.literal(VAULT_HEADER_SCHEMA_VERSION),
  vaultId: z.uuid(),
  createdAt: z.iso.datetime(),
  kdf: kdfParamsSchema,
  /** The 256-bit master key wrapped with AES-256-GCM under the Argon2id-derived KEK. */
  wrap: z.object({ iv: z.string().min(16), ct: z.string().min(64) }),
  /** AES-GCM under the anchor subkey; absent only in a vault not written since v2. */
  anchor: sealedAnchorSchema.optional(),
});

// v1 (no schemaVersion) had no anchor: it reads as v2 without one and gets one at the
// next write. Done as a preprocess so a backup file's embedded header migrates as well.
const migrateHeader = (raw: unknown): unknown =>
  typeof raw === 'object' && raw !== null && !('schemaVersion' in raw)
    ? { ...raw, schemaVersion: VAULT_HEADER_SCHEMA_VERSION }
    : raw;

/** Stored in clear beside the records: everything needed to re-derive the KEK, nothing secret. */
export const vaultHeaderSchema = z.preprocess(migrateHeader, currentHeaderSchema);
export type VaultHeader = z.infer<typeof currentHeaderSchema>;

// The header's KDF parameters are authenticated with the wrapped key: editing them is
// detected by the GCM tag just like a wrong passphrase.
const wrapAad = (vaultId: string, kdf: KdfParams) =>
  buf(utf8(`${VAULT_FORMAT}|wrap|${vaultId}|${canonicalJson(kdf)}`));

const wrapMaster = async (
  master: Uint8Array,
  passphrase: string,
  vaultId: string,
  kdf: KdfParams,
): Promise<VaultHeader['wrap']> => {
  const kek = await deriveKek(passphrase, kdf);
  const iv = randomBytes(12);
  const ct = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: buf(iv), additionalData: wrapAad(vaultId, kdf) },
    kek,
    buf(master),
  );
  return { iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
};

export type VaultPhase = 'deriving-key' | 'unwrapping';

/** A new vault: a random master key (returned for immediate use) and its header. */
export const createVaultHeader = async (
  passphrase: string,
  choice: KdfChoice = {},
  onPhase: (phase: VaultPhase) => void = () => undefined,
): Promise<{ header: VaultHeader; master: Uint8Array }> => {
  const master = randomBytes(32);
  const vaultId = globalThis.crypto.randomUUID();
  const kdf = newKdfParams(choice);
  onPhase('deriving-key');
  const wrap = await wrapMaster(master, passphrase, vaultId, kdf);
  const header: VaultHeader = {
    format: VAULT_FORMAT,
    schemaVersion: VAULT_HEADER_SCHEMA_VERSION,
    vaultId,
    createdAt: new Date().toISOString(),
    kdf,
    wrap,
  };
  return { header: vaultHeaderSchema.parse(header), master };
};

export const parseVaultHeader = (raw: unknown): VaultResult<VaultHeader> => {
  const parsed = vaultHeaderSchema.safeParse(raw);
  return parsed.success
    ? vaultOk(parsed.data)
    : vaultFail('vault.bad-header', 'The vault header is missing or malformed.');
};

/**
 * Passphrase → master key. A wrong passphrase is detected only by the GCM tag (no stored
 * verifier to compare), so the only timing is the KDF's, and there is no lock-out state.
 */
export const unwrapMaster = async (
  header: VaultHeader,
  passphrase: string,
  onPhase: (phase: VaultPhase) => void = () => undefined,
): Promise<VaultResult<Uint8Array>> => {
  const iv = fromBase64(header.wrap.iv);
  const ct = fromBase64(header.wrap.ct);
  if (iv === null || ct === null)
    return vaultFail('vault.bad-header', 'Wrapped key is not base64.');
  onPhase('deriving-key');
  const kek = await deriveKek(passphrase, header.kdf);
  onPhase('unwrapping');
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: buf(iv), additionalData: wrapAad(header.vaultId, header.kdf) },
      kek,
      buf(ct),
    );
    return vaultOk(new Uint8Array(plain));
  } catch {
    return vaultFail('vault.wrong-passphrase', 'The passphrase is not correct.');
  }
};

// Keeps the vault's cost (a test vault stays a test vault, flagged as such), but never lets
// an unflagged header stay below the production default.
const sameCostNewSalt = (kdf: KdfParams): KdfParams => {
  const fresh = newKdfParams();
  if (kdf.weakForTesting === true) return { ...kdf, salt: fresh.salt };
  return {
    ...fresh,
    memoryKiB: Math.max(kdf.memoryKiB, fresh.memoryKiB),
    iterations: Math.max(kdf.iterations, fresh.iterations),
  };
};

/** Passphrase change: unwrap with the old one, re-wrap the same master key under a new salt. */
export const rewrapHeader = async (
  header: VaultHeader,
  oldPassphrase: string,
  newPassphrase: string,
  choice: KdfChoice = {},
): Promise<VaultResult<VaultHeader>> => {
  const master = await unwrapMaster(header, oldPassphrase);
  if (!master.ok) return master;
  try {
    const kdf = choice.override === undefined ? sameCostNewSalt(header.kdf) : newKdfParams(choice);
    const wrap = await wrapMaster(master.value, newPassphrase, header.vaultId, kdf);
    return vaultOk({ ...header, kdf, wrap });
  } finally {
    wipe(master.value);
  }
};

/**
 * Master-key rotation (issue 29): checks the passphrase against the current wrap, then
 * wraps a new random master key under the same passphrase and a new salt. The caller
 * re-seals every row under the keys of the returned master; a backup made before keeps the
 * old master key (and the passphrase it had), and opens none of the rows sealed after.
 */
export const rekeyHeader = async (
  header: VaultHeader,
  passphrase: string,
  choice: KdfChoice = {},
): Promise<VaultResult<{ header: VaultHeader; master: Uint8Array }>> => {
  const old = await unwrapMaster(header, passphrase);
  if (!old.ok) return old;
  wipe(old.value);
  const master = randomBytes(32);
  const kdf = choice.override === undefined ? sameCostNewSalt(header.kdf) : newKdfParams(choice);
  const wrap = await wrapMaster(master, passphrase, header.vaultId, kdf);
  return vaultOk({ header: { ...header, kdf, wrap }, master });
};
