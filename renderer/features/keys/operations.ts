// The keyring's writes as one map of named operations (ARCHITECTURE.md §7b): the key
// screens, the first-run setup and the contact editor call these and render the result.
import type { GenerateKeyInput, PrivateKey, RevocationReason } from '../../../shared/crypto/pgp';
import type { Contact, ContactId, Settings } from '../../../shared/model';
import type { KeyRecord } from '../../../shared/model/key';
import type { OperationMap } from '../../app/operations';
import type { Platform } from '../../platform';
import {
  generateAndStore,
  importKeys,
  importOwnKey,
  revokeAndExport,
  savePublicKey,
  saveSecretKey,
  saveText,
  updateKey,
  type ImportKeysStore,
} from './key-actions';
import { linkByHand, saveContact } from './key-links';

export type KeyDeps = { readonly store: ImportKeysStore; readonly platform: Platform };
type Language = Settings['language'];

export const keyOperations = {
  /** Generates the organisation key and makes it the settings' own key. */
  generateOrgKey: ({ store }: KeyDeps, input: { key: GenerateKeyInput; language: Language }) =>
    generateAndStore(store, input.key, input.language),
  /** Makes an existing secret key (proved by its passphrase) the organisation key. */
  importOwnKey: (
    { store }: KeyDeps,
    input: { key: Uint8Array | string; passphrase: string; language: Language },
  ) => importOwnKey(store, input.key, input.passphrase, input.language),
  /** Imports every public key of a file or text, with the contact links they imply. */
  importKeys: ({ store }: KeyDeps, input: { key: Uint8Array | string }) =>
    importKeys(store, input.key),
  updateKey: ({ store }: KeyDeps, input: { record: KeyRecord }) => updateKey(store, input.record),
  /** Sets (or, with null, clears) a key's owner by hand. */
  linkByHand: ({ store }: KeyDeps, input: { key: KeyRecord; contactId: ContactId | null }) =>
    linkByHand(store, input.key, input.contactId),
  /** Saves a contact with the key links and message attributions it implies. */
  saveContact: ({ store }: KeyDeps, input: { contact: Contact }) =>
    saveContact(store, input.contact),
  revokeAndExport: (
    { store, platform }: KeyDeps,
    input: { record: KeyRecord; key: PrivateKey; reason: RevocationReason; passphrase: string },
  ) => revokeAndExport(store, platform, input.record, input.key, input.reason, input.passphrase),
  savePublicKey: ({ platform }: KeyDeps, input: { record: KeyRecord }) =>
    savePublicKey(platform, input.record),
  saveSecretKey: (
    { platform }: KeyDeps,
    input: { key: PrivateKey; fingerprint: string; passphrase: string },
  ) => saveSecretKey(platform, input.key, input.fingerprint, input.passphrase),
  /** Saves an armored text (a revocation certificate) where the analyst chooses. */
  saveText: ({ platform }: KeyDeps, input: { name: string; text: string }) =>
    saveText(platform, input.name, input.text),
} satisfies OperationMap<KeyDeps>;
