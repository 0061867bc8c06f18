import type { Contact, ContactId } from '../model';
import type { KeyRecord } from '../model/key';

/**
 * Keys and contacts are one fact (issue 23 item 3): a vendor key whose fingerprint (its
 * primary key or any subkey) is listed on exactly one contact belongs to that contact. The
 * keyring applies it when a key is imported, the contact form when fingerprints are typed,
 * and linking a key by hand writes its fingerprint on the contact, so the two never
 * disagree. A fingerprint listed on two contacts is reported, never guessed. Pure.
 */
export type LinkKey = Pick<KeyRecord, 'id' | 'kind' | 'fingerprint' | 'subkeys' | 'ownerContactId'>;
export type LinkContact = Pick<Contact, 'id' | 'pgpFingerprints'>;

/** Fingerprints are compared as the model stores them: upper-case hex, no spaces. */
const norm = (f: string) => f.replace(/\s+/g, '').toUpperCase();

/** Every fingerprint a key answers to: its primary key's, then its subkeys'. */
export const keyFingerprints = (key: Pick<LinkKey, 'fingerprint' | 'subkeys'>): string[] => [
  norm(key.fingerprint),
  ...key.subkeys.map((s) => norm(s.fingerprint)),
];

/** The contacts that list one of the key's fingerprints, in the order given. */
export const contactsListingKey = <C extends LinkContact>(
  key: Pick<LinkKey, 'fingerprint' | 'subkeys'>,
  contacts: readonly C[],
): C[] => {
  const fprs = new Set(keyFingerprints(key));
  return contacts.filter((c) => c.pgpFingerprints.some((f) => fprs.has(norm(f))));
};

export type KeyLinkChange = {
  keyId: LinkKey['id'];
  from: ContactId | null;
  to: ContactId | null;
};
export type KeyLinkAmbiguity = { keyId: LinkKey['id']; contactIds: ContactId[] };

export type KeyLinkPlan<K extends LinkKey> = {
  /** The keys whose owner changes, as they are to be stored. */
  keys: K[];
  changes: KeyLinkChange[];
  /** Keys listed on more than one contact: left as they were. */
  ambiguous: KeyLinkAmbiguity[];
};

const withOwner = <K extends LinkKey>(key: K, owner: ContactId | null): K => {
  const next = { ...key };
  delete next.ownerContactId;
  return owner === null ? next : { ...next, ownerContactId: owner };
};

/**
 * The links the contacts imply for the keyring's vendor keys (our own secret keys belong to
 * no contact). `released` are fingerprints a contact no longer lists (an edit removed them):
 * a key linked through one of them and now listed nowhere is unlinked. A key linked before
 * this rule existed, with its fingerprint on no contact, keeps its link.
 */
export const planKeyLinks = <K extends LinkKey>(
  keys: readonly K[],
  contacts: readonly LinkContact[],
  released: readonly string[] = [],
): KeyLinkPlan<K> => {
  const gone = new Set(released.map(norm));
  const plan: KeyLinkPlan<K> = { keys: [], changes: [], ambiguous: [] };
  for (const key of keys) {
    if (key.kind !== 'public') continue;
    const owners = contactsListingKey(key, contacts).map((c) => c.id);
    const from = key.ownerContactId ?? null;
    if (owners.length > 1) {
      plan.ambiguous.push({ keyId: key.id, contactIds: owners });
      continue;
    }
    const releasedHere = keyFingerprints(key).some((f) => gone.has(f));
    const to = owners[0] ?? (releasedHere ? null : from);
    if (to === from) continue;
    plan.keys.push(withOwner(key, to));
    plan.changes.push({ keyId: key.id, from, to });
  }
  return plan;
};

/**
 * Linking a key by hand (Keyring → Details) is a change of the contacts: the key's primary
 * fingerprint is written on the chosen contact (unless it lists one of the key's already)
 * and every fingerprint of the key is taken off the others. Null unlinks it everywhere.
 * Returns the contacts to store; `planKeyLinks` then links the key.
 */
export const contactsForHandLink = <C extends LinkContact>(
  key: Pick<LinkKey, 'fingerprint' | 'subkeys'>,
  contactId: ContactId | null,
  contacts: readonly C[],
): C[] => {
  const fprs = new Set(keyFingerprints(key));
  const changed: C[] = [];
  for (const c of contacts) {
    const kept = c.pgpFingerprints.filter((f) => c.id === contactId || !fprs.has(norm(f)));
    const listed = kept.some((f) => fprs.has(norm(f)));
    const next = c.id === contactId && !listed ? [...kept, norm(key.fingerprint)] : kept;
    if (next.length !== c.pgpFingerprints.length) changed.push({ ...c, pgpFingerprints: next });
  }
  return changed;
};

/** What the contact form says about each fingerprint it lists. */
export type FingerprintLink =
  | { fingerprint: string; state: 'linked'; keyId: LinkKey['id'] }
  | { fingerprint: string; state: 'no-key' }
  | { fingerprint: string; state: 'own-key'; keyId: LinkKey['id'] }
  | { fingerprint: string; state: 'ambiguous'; keyId: LinkKey['id']; others: ContactId[] };

/** For each fingerprint of `contact`: the key it links, or why none. */
export const fingerprintLinks = (
  contact: LinkContact,
  keys: readonly LinkKey[],
  contacts: readonly LinkContact[],
): FingerprintLink[] =>
  contact.pgpFingerprints.map((raw): FingerprintLink => {
    const fingerprint = norm(raw);
    const key = keys.find((k) => keyFingerprints(k).includes(fingerprint));
    if (key === undefined) return { fingerprint, state: 'no-key' };
    if (key.kind !== 'public') return { fingerprint, state: 'own-key', keyId: key.id };
    const others = contactsListingKey(key, contacts)
      .map((c) => c.id)
      .filter((id) => id !== contact.id);
    return others.length > 0
      ? { fingerprint, state: 'ambiguous', keyId: key.id, others }
      : { fingerprint, state: 'linked', keyId: key.id };
  });
