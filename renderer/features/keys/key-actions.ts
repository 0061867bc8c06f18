// Keyring operations over the store and the Platform port. Each change is one transaction.
import {
  describeKey,
  exportPublicKey,
  exportSecretKey,
  generateOrgKey,
  readKeysFrom,
  revokeOwnKey,
  type GenerateKeyInput,
  type PgpResult,
  type PrivateKey,
  type RevocationReason,
  unlockSecretKey,
} from '../../../shared/crypto/pgp';
import type { Settings } from '../../../shared/model';
import { failWith, ok, type CodedError, type Result } from '../../../shared/result';
import type { KeyRecord } from '../../../shared/model/key';
import type { AirlockTx } from '../../store/open-store';
import type { StorePort } from '../../store/port';
import type { Platform } from '../../platform';
import { keyRecordFrom, mergeImported } from './keyring-model';
import { writeLinked, type KeyLinkStore, type LinkReport } from './key-links';
import { rememberOrgKey } from './org-key-session';
import { settingsIn } from '../../store/settings-update';

export type ActionResult<T> = Result<T, CodedError>;

/** What the key actions use of the encrypted store: keys, settings and one transaction. */
export type KeysStore = StorePort<'keys' | 'settings', 'transact'>;

const fromPgp = <T>(r: PgpResult<T>): ActionResult<T> =>
  r.ok ? r : failWith(r.error.code, r.error.message);

async function commit(
  store: KeysStore,
  work: (tx: AirlockTx) => void,
): Promise<ActionResult<void>> {
  const result = await store.transact(work);
  return result.ok ? { ok: true, value: undefined } : failWith('store', result.error.message);
}

/** Generates the organisation key, stores it and makes it the settings' own key. */
export async function generateAndStore(
  store: KeysStore,
  input: GenerateKeyInput,
  /** The UI's language, kept if this write creates the settings record. */
  language: Settings['language'],
): Promise<ActionResult<{ fingerprint: string; revocationCertificate: string }>> {
  const generated = await generateOrgKey(input);
  if (!generated.ok) return fromPgp(generated);
  const stored = await storeOwnKey(store, generated.value.key, generated.value.secretKey, language);
  if (!stored.ok) return stored;
  return {
    ok: true,
    value: {
      fingerprint: stored.value,
      revocationCertificate: generated.value.revocationCertificate,
    },
  };
}

/** Stores the organisation key (armored, passphrase-protected) as the settings' own key. */
async function storeOwnKey(
  store: KeysStore,
  key: PrivateKey,
  armored: string,
  language: Settings['language'],
): Promise<ActionResult<string>> {
  const description = await describeKey(key);
  const existing = store.repos.keys.all().find((k) => k.fingerprint === description.fingerprint);
  const record = keyRecordFrom(description, armored, new Date().toISOString(), existing);
  const stored = await commit(store, (tx) => {
    tx.put('keys', record);
    // The settings as stored when this runs (generating took seconds; the setup or the
    // settings form may have written them meanwhile): only the own key changes.
    const settings = settingsIn(tx, language);
    tx.put('settings', {
      ...settings,
      organisation: { ...settings.organisation, ownKeyFingerprint: record.fingerprint },
    });
  });
  if (!stored.ok) return stored;
  rememberOrgKey(record.fingerprint, key);
  return ok(record.fingerprint);
}

/**
 * Makes an existing secret key (one key, from a file or pasted) the organisation key: it is
 * unlocked with its passphrase to prove it, and kept protected by that passphrase.
 */
export async function importOwnKey(
  store: KeysStore,
  input: Uint8Array | string,
  passphrase: string,
  language: Settings['language'],
): Promise<ActionResult<string>> {
  const unlocked = await unlockSecretKey(input, passphrase);
  if (!unlocked.ok) return fromPgp(unlocked);
  const armored = await exportSecretKey(unlocked.value, passphrase);
  if (!armored.ok) return fromPgp(armored);
  return storeOwnKey(store, unlocked.value, armored.value, language);
}

/** What importing keys writes: the keyring, and the links and messages it implies. */
export type ImportKeysStore = KeysStore & KeyLinkStore;

/**
 * Imports every key of a file or pasted text (public parts only: secret keys are ours), and
 * links each to the contact that lists its fingerprint, tying that vendor's stored messages
 * to it (`writeLinked`), in one transaction.
 */
export async function importKeys(
  store: ImportKeysStore,
  input: Uint8Array | string,
): Promise<ActionResult<{ records: KeyRecord[]; links: LinkReport }>> {
  const keys = await readKeysFrom(input);
  if (!keys.ok) return fromPgp(keys);
  const now = new Date().toISOString();
  const records: KeyRecord[] = [];
  for (const key of keys.value) {
    const pub = key.toPublic();
    const description = await describeKey(pub);
    const existing = store.repos.keys.all().find((k) => k.fingerprint === description.fingerprint);
    records.push(mergeImported(keyRecordFrom(description, exportPublicKey(pub), now), existing));
  }
  if (records.length === 0) return failWith('key-invalid', 'no key');
  const written = await writeLinked(store, { keys: records });
  if (!written.ok) return written;
  // As stored: with the owner the links gave them.
  const stored = records.map((r) => store.repos.keys.get(r.id) ?? r);
  return ok({ records: stored, links: written.value });
}

export async function updateKey(store: KeysStore, record: KeyRecord): Promise<ActionResult<void>> {
  return commit(store, (tx) => tx.put('keys', record));
}

const textBytes = (text: string) => new TextEncoder().encode(text);
const ascFilter = [{ name: 'OpenPGP', extensions: ['asc'] }];

export async function savePublicKey(
  platform: Platform,
  record: KeyRecord,
): Promise<ActionResult<void>> {
  const keys = await readKeysFrom(record.armored);
  if (!keys.ok) return fromPgp(keys);
  const armored = keys.value.map((k) => exportPublicKey(k)).join('\n');
  const saved = await platform.saveFile({
    suggestedName: `${record.fingerprint}-public.asc`,
    bytes: textBytes(armored),
    filters: ascFilter,
  });
  return saved.ok ? ok(undefined) : saved;
}

export async function saveText(
  platform: Platform,
  name: string,
  text: string,
): Promise<ActionResult<void>> {
  const saved = await platform.saveFile({
    suggestedName: name,
    bytes: textBytes(text),
    filters: ascFilter,
  });
  return saved.ok ? ok(undefined) : saved;
}

export async function saveSecretKey(
  platform: Platform,
  key: PrivateKey,
  fingerprint: string,
  passphrase: string,
): Promise<ActionResult<void>> {
  const exported = await exportSecretKey(key, passphrase);
  if (!exported.ok) return fromPgp(exported);
  return saveText(platform, `${fingerprint}-secret.asc`, exported.value);
}

/** Revokes the own key, stores the revoked key and exports the revoked public key. */
export async function revokeAndExport(
  store: KeysStore,
  platform: Platform,
  record: KeyRecord,
  key: PrivateKey,
  reason: RevocationReason,
  keyPassphrase: string,
): Promise<ActionResult<void>> {
  // Check the passphrase first: the revoked secret key is stored protected by it again.
  const check = await unlockSecretKey(record.armored, keyPassphrase);
  if (!check.ok) return fromPgp(check);
  const revoked = await revokeOwnKey(key, reason);
  if (!revoked.ok) return fromPgp(revoked);
  const clear = await unlockSecretKey(revoked.value.secretKey, '');
  if (!clear.ok) return fromPgp(clear);
  const protectedKey = await exportSecretKey(clear.value, keyPassphrase);
  if (!protectedKey.ok) return fromPgp(protectedKey);
  const stored = await updateKey(store, {
    ...record,
    armored: protectedKey.value,
    revoked: true,
  });
  if (!stored.ok) return stored;
  return saveText(platform, `${record.fingerprint}-revoked.asc`, revoked.value.publicKey);
}
