// Pure helpers of the keyring screen: a described OpenPGP key becomes a Key record, and
// the warnings the UI must show before a key is used come from shared/crypto/pgp.
import { keyUsability, type KeyDescription, type KeyUsability } from '../../../shared/crypto/pgp';
import type { KeyRecord, KeyTrustRecord, KeyVerification } from '../../../shared/model/key';
import { newKeyRecordId, KEY_SCHEMA_VERSION } from '../../../shared/model/key';

export function algorithmLabel(a: { algorithm: string; bits?: number; curve?: string }): string {
  if (a.bits !== undefined) return `${a.algorithm} ${a.bits}`;
  if (a.curve !== undefined) return `${a.algorithm} (${a.curve})`;
  return a.algorithm;
}

/** The algorithm and size back from a stored label (`rsaEncryptSign 1024`), so the usability
 *  rules see the key size the record was described with. */
export function parseAlgorithmLabel(label: string): { algorithm: string; bits?: number } {
  const sized = /^(\S+) (\d{1,5})$/.exec(label);
  return sized?.[1] !== undefined && sized[2] !== undefined
    ? { algorithm: sized[1], bits: Number(sized[2]) }
    : { algorithm: label.replace(/ \(.*\)$/, '') };
}

/** A Key record from a described key; an existing record keeps its id, owner and trust. */
export function keyRecordFrom(
  description: KeyDescription,
  armored: string,
  now: string,
  existing?: KeyRecord,
): KeyRecord {
  return {
    schemaVersion: KEY_SCHEMA_VERSION,
    id: existing?.id ?? newKeyRecordId(),
    kind: description.isSecret ? 'secret' : 'public',
    armored,
    fingerprint: description.fingerprint,
    userIds: description.userIds,
    algorithm: algorithmLabel(description.algorithm),
    createdAt: description.createdAt,
    expiresAt: description.expiresAt,
    revoked: description.revoked,
    subkeys: description.subkeys.map((s) => ({
      fingerprint: s.fingerprint,
      algorithm: algorithmLabel(s.algorithm),
      createdAt: s.createdAt,
      expiresAt: s.expiresAt,
      revoked: s.revoked,
    })),
    ...(existing?.ownerContactId === undefined ? {} : { ownerContactId: existing.ownerContactId }),
    trust: existing?.trust ?? { level: 'unknown' },
    importedAt: existing?.importedAt ?? now,
  };
}

/**
 * Merges an imported key into the keyring: a public key never replaces our secret key
 * (it only refreshes what is known, e.g. a revocation), and trust and owner are kept.
 */
export function mergeImported(incoming: KeyRecord, existing: KeyRecord | undefined): KeyRecord {
  if (existing === undefined) return incoming;
  if (existing.kind === 'secret' && incoming.kind === 'public') {
    return { ...existing, revoked: existing.revoked || incoming.revoked };
  }
  return {
    ...incoming,
    id: existing.id,
    trust: existing.trust,
    importedAt: existing.importedAt,
    ...(existing.ownerContactId === undefined ? {} : { ownerContactId: existing.ownerContactId }),
  };
}

export function verifiedTrust(verification: KeyVerification): KeyTrustRecord {
  return { level: 'verified', verification };
}

/** Usability of a stored key now: the same rules the CLI and the seal path use. */
export function recordUsability(record: KeyRecord, now: Date = new Date()): KeyUsability {
  const expired = record.expiresAt !== null && Date.parse(record.expiresAt) <= now.getTime();
  const encryptSub = record.subkeys.some(
    (s) => !s.revoked && (s.expiresAt === null || Date.parse(s.expiresAt) > now.getTime()),
  );
  return keyUsability(
    {
      fingerprint: record.fingerprint,
      fingerprintGrouped: '',
      keyId: record.fingerprint.slice(-16),
      isSecret: record.kind === 'secret',
      userIds: record.userIds,
      invalidUserIds: [],
      algorithm: parseAlgorithmLabel(record.algorithm),
      createdAt: record.createdAt,
      expiresAt: record.expiresAt,
      expired,
      revoked: record.revoked,
      canEncrypt: encryptSub || /rsa/i.test(record.algorithm),
      canSign: true,
      subkeys: [],
    },
    record.trust.level,
    now,
  );
}

/** The name a person reads for a key: its first user ID, else its fingerprint. */
export function keyLabel(record: Pick<KeyRecord, 'userIds' | 'fingerprint'>): string {
  return record.userIds[0] ?? record.fingerprint;
}
