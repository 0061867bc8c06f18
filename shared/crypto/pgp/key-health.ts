// Key health before sending (issue 27 item 5): one rule for every place a message or a
// bundle is sealed to someone's key (the composer, the bundle export, the CLI's seals).
// A key nobody can safely encrypt to now (expired, revoked, no encryption subkey openpgp.js
// accepts) refuses the seal, naming the key; a key that will not last the embargo or is
// weak is a warning the analyst sees before sealing. The time is always passed in, so the
// same key is judged the same way by every caller and by tests.
import { enums, type Key, type SignaturePacket } from 'openpgp';
import { fail, ok, type Result } from '../../result';
import { MIN_RSA_BITS, normaliseFingerprint, succeeds } from './describe';

/** Days before the expiry at which a key is warned about whatever the embargo. */
export const KEY_EXPIRY_WARNING_DAYS = 30;
export { MIN_RSA_BITS };

export type KeyHealthIssue =
  | { code: 'expired'; at: string }
  | { code: 'revoked' }
  | { code: 'no-encryption-key' }
  | { code: 'expires-before-embargo'; at: string; embargoEndsAt: string }
  | { code: 'expires-soon'; at: string }
  | { code: 'weak-rsa'; bits: number }
  | { code: 'legacy-algorithm'; algorithm: 'dsa' | 'elgamal' }
  | { code: 'sha1-self-signature' }
  | { code: 'invalid-user-id'; userId: string };

export type KeyHealthCode = KeyHealthIssue['code'];

/** Issues that refuse a seal; every other one is a warning. */
export const REFUSING_ISSUES: ReadonlySet<KeyHealthCode> = new Set([
  'expired',
  'revoked',
  'no-encryption-key',
]);

export type KeyHealth = {
  fingerprint: string;
  /** The key's first user ID with a valid self-signature (null: none). */
  userId: string | null;
  /** `refused`: never sealed to; `warned`: sealed only once the analyst has seen why. */
  level: 'ok' | 'warned' | 'refused';
  refusals: KeyHealthIssue[];
  warnings: KeyHealthIssue[];
};

const newest = (signatures: readonly SignaturePacket[]): SignaturePacket | undefined =>
  [...signatures].sort((a, b) => (b.created?.getTime() ?? 0) - (a.created?.getTime() ?? 0))[0];

async function userIdsOf(key: Key, now: Date) {
  const valid: string[] = [];
  const invalid: string[] = [];
  const inUse: SignaturePacket[] = [];
  for (const user of key.users) {
    if (user.userID === null) continue;
    if (await succeeds(() => user.verify(now))) {
      valid.push(user.userID.userID);
      const latest = newest(user.selfCertifications);
      if (latest !== undefined) inUse.push(latest);
    } else invalid.push(user.userID.userID);
  }
  return { valid, invalid, inUse };
}

/** The self-signatures the key is used under now: each valid user ID's newest
 *  certification, each subkey's newest binding and the newest direct-key signature. */
function signaturesInUse(key: Key, users: readonly SignaturePacket[]): SignaturePacket[] {
  const subkeys = key.subkeys.flatMap((s) => {
    const latest = newest(s.bindingSignatures);
    return latest === undefined ? [] : [latest];
  });
  // openpgp.js keeps the direct-key signatures on every key but does not declare them.
  const { directSignatures = [] } = key as unknown as { directSignatures?: SignaturePacket[] };
  const direct = newest(directSignatures);
  return [...users, ...subkeys, ...(direct === undefined ? [] : [direct])];
}

function algorithmIssues(key: Key): KeyHealthIssue[] {
  const issues: KeyHealthIssue[] = [];
  const seen = new Set<string>();
  for (const k of [key, ...key.subkeys]) {
    const { algorithm, bits } = k.getAlgorithmInfo();
    const issue: KeyHealthIssue | null = /^rsa/.test(algorithm)
      ? bits !== undefined && bits < MIN_RSA_BITS
        ? { code: 'weak-rsa', bits }
        : null
      : algorithm === 'dsa' || algorithm === 'elgamal'
        ? { code: 'legacy-algorithm', algorithm }
        : null;
    if (issue === null) continue;
    const tag = JSON.stringify(issue);
    if (!seen.has(tag)) issues.push(issue);
    seen.add(tag);
  }
  return issues;
}

async function expiryIssues(
  key: Key,
  now: Date,
  embargoEndsAt: Date | null,
): Promise<KeyHealthIssue[]> {
  // openpgp.js answers Infinity for a key that never expires, null for a revoked or
  // invalid one (the revocation check says why); only a Date is an expiry.
  const expiry = await key.getExpirationTime();
  if (!(expiry instanceof Date)) return [];
  const at = expiry.toISOString();
  if (expiry.getTime() <= now.getTime()) return [{ code: 'expired', at }];
  if (embargoEndsAt !== null && expiry.getTime() < embargoEndsAt.getTime())
    return [{ code: 'expires-before-embargo', at, embargoEndsAt: embargoEndsAt.toISOString() }];
  if (expiry.getTime() - now.getTime() < KEY_EXPIRY_WARNING_DAYS * 86_400_000)
    return [{ code: 'expires-soon', at }];
  return [];
}

/**
 * The health of one recipient key at `now`, against the case's embargo end (the agreed
 * publication instant) when there is one. Pure: the same key, `now` and embargo give the
 * same answer.
 */
export async function keyHealth(
  key: Key,
  options: { now: Date; embargoEndsAt?: Date | null },
): Promise<KeyHealth> {
  const { now } = options;
  const users = await userIdsOf(key, now);
  const issues: KeyHealthIssue[] = [];
  if (await key.isRevoked(undefined, undefined, now)) issues.push({ code: 'revoked' });
  issues.push(...(await expiryIssues(key, now, options.embargoEndsAt ?? null)));
  const revokedOrExpired = issues.some((i) => i.code === 'revoked' || i.code === 'expired');
  if (!revokedOrExpired && !(await succeeds(() => key.getEncryptionKey(undefined, now))))
    issues.push({ code: 'no-encryption-key' });
  issues.push(...algorithmIssues(key));
  if (signaturesInUse(key, users.inUse).some((s) => s.hashAlgorithm === enums.hash.sha1))
    issues.push({ code: 'sha1-self-signature' });
  issues.push(...users.invalid.map((userId) => ({ code: 'invalid-user-id' as const, userId })));
  const refusals = issues.filter((i) => REFUSING_ISSUES.has(i.code));
  const warnings = issues.filter((i) => !REFUSING_ISSUES.has(i.code));
  return {
    fingerprint: normaliseFingerprint(key.getFingerprint()),
    userId: users.valid[0] ?? null,
    level: refusals.length > 0 ? 'refused' : warnings.length > 0 ? 'warned' : 'ok',
    refusals,
    warnings,
  };
}

/** How a key is named in a refusal or a warning: its user ID and its fingerprint. */
export function keyHealthName(health: Pick<KeyHealth, 'fingerprint' | 'userId'>): string {
  return health.userId === null ? health.fingerprint : `${health.userId} (${health.fingerprint})`;
}

/** Orders keys worst first: refused, then warned (more warnings first), then healthy. */
export function compareKeyHealth(a: KeyHealth, b: KeyHealth): number {
  const rank = { refused: 0, warned: 1, ok: 2 } as const;
  return rank[a.level] - rank[b.level] || b.warnings.length - a.warnings.length;
}

/** A seal refused because of its recipients' keys: each refused key with why. */
export type KeyHealthRefusal = {
  code: 'key-health.refused' | 'key-health.warned';
  message: string;
  keys: KeyHealth[];
};

const ISSUE_TEXT: Record<KeyHealthCode, string> = {
  expired: 'has expired',
  revoked: 'is revoked',
  'no-encryption-key': 'has no usable encryption subkey',
  'expires-before-embargo': 'expires before the embargo ends',
  'expires-soon': `expires within ${KEY_EXPIRY_WARNING_DAYS} days`,
  'weak-rsa': `is RSA under ${MIN_RSA_BITS} bits`,
  'legacy-algorithm': 'uses DSA or ElGamal',
  'sha1-self-signature': 'is self-signed with SHA-1',
  'invalid-user-id': 'carries a user ID without a valid self-signature',
};

/** One English sentence per key (the CLI prints it; the UI words it from the codes). */
export function keyHealthText(health: KeyHealth, issues: readonly KeyHealthIssue[]): string {
  return `${keyHealthName(health)} ${issues.map((i) => ISSUE_TEXT[i.code]).join(', ')}`;
}

/**
 * Every recipient key judged before a seal: a refusal naming each refused key, or the
 * healths (the caller shows the warnings before it seals).
 */
export async function checkRecipientKeys(
  keys: readonly Key[],
  options: { now: Date; embargoEndsAt?: Date | null },
): Promise<Result<KeyHealth[], KeyHealthRefusal>> {
  const healths = await Promise.all(keys.map((k) => keyHealth(k, options)));
  const refused = healths.filter((h) => h.level === 'refused');
  if (refused.length === 0) return ok(healths);
  return fail({
    code: 'key-health.refused',
    message: `Not sealed: ${refused.map((h) => keyHealthText(h, h.refusals)).join('; ')}`,
    keys: refused,
  });
}

/**
 * The screens' seals: refused keys stop it, and so do warnings until the analyst has seen
 * them (`acceptWarnings`), so nothing is sealed to a weak key unknowingly.
 */
export async function judgeRecipientKeys(
  keys: readonly Key[],
  options: { now: Date; embargoEndsAt: Date | null; acceptWarnings: boolean },
): Promise<Result<KeyHealth[], KeyHealthRefusal>> {
  const checked = await checkRecipientKeys(keys, options);
  if (!checked.ok) return checked;
  const warned = checked.value.filter((h) => h.warnings.length > 0);
  if (warned.length === 0 || options.acceptWarnings) return checked;
  return fail({
    code: 'key-health.warned',
    message: `Not sealed yet: ${warned.map((h) => keyHealthText(h, h.warnings)).join('; ')}`,
    keys: warned,
  });
}
