// Key health of stored keys (issue 27 item 5): the rule is `keyHealth` in shared/crypto/pgp;
// this module applies it to Key records (parsed from their armored text) and words it.
import type { TFunction } from 'i18next';
import {
  compareKeyHealth,
  keyHealth,
  readKeysFrom,
  type KeyHealth,
  type KeyHealthIssue,
} from '../../../shared/crypto/pgp';
import type { KeyRecord } from '../../../shared/model/key';
import { formatInstant } from '../../app/ui/format-date';

/** A record whose armored text no longer parses: nothing can be sealed to it. */
const unreadable = (record: KeyRecord): KeyHealth => ({
  fingerprint: record.fingerprint,
  userId: record.userIds[0] ?? null,
  level: 'refused',
  refusals: [{ code: 'no-encryption-key' }],
  warnings: [],
});

/** The health of each record at `now` against the embargo end, by record id. */
export async function recordHealths(
  records: readonly KeyRecord[],
  options: { now: Date; embargoEndsAt?: Date | null },
): Promise<Map<string, KeyHealth>> {
  const entries = await Promise.all(
    records.map(async (record) => {
      const parsed = await readKeysFrom(record.armored);
      const key = parsed.ok ? parsed.value[0]?.toPublic() : undefined;
      const health = key === undefined ? unreadable(record) : await keyHealth(key, options);
      return [record.id, health] as const;
    }),
  );
  return new Map(entries);
}

/** Records worst health first (refused, warned, healthy); unjudged ones keep their order last. */
export function sortByHealth(
  records: readonly KeyRecord[],
  healths: ReadonlyMap<string, KeyHealth> | null,
): KeyRecord[] {
  if (healths === null) return [...records];
  return records
    .map((record, i) => ({ record, i, health: healths.get(record.id) }))
    .sort((a, b) =>
      a.health === undefined || b.health === undefined
        ? Number(a.health === undefined) - Number(b.health === undefined) || a.i - b.i
        : compareKeyHealth(a.health, b.health) || a.i - b.i,
    )
    .map((x) => x.record);
}

/** One issue as a sentence in the UI language. */
export function healthIssueText(t: TFunction, issue: KeyHealthIssue): string {
  switch (issue.code) {
    case 'expired':
    case 'expires-soon':
      return t(`keys.health.${issue.code}`, { at: formatInstant(issue.at) });
    case 'expires-before-embargo':
      return t('keys.health.expires-before-embargo', {
        at: formatInstant(issue.at),
        embargo: formatInstant(issue.embargoEndsAt),
      });
    case 'weak-rsa':
      return t('keys.health.weak-rsa', { bits: issue.bits });
    case 'legacy-algorithm':
      return t('keys.health.legacy-algorithm', {
        algorithm: issue.algorithm === 'dsa' ? 'DSA' : 'ElGamal',
      });
    case 'invalid-user-id':
      return t('keys.health.invalid-user-id', { userId: issue.userId });
    default:
      return t(`keys.health.${issue.code}`);
  }
}

/** "Vendor <psirt@…> (ABCD…): has expired on …; …" for one key. */
export function healthLine(
  t: TFunction,
  health: KeyHealth,
  issues: readonly KeyHealthIssue[],
): string {
  const name =
    health.userId === null ? health.fingerprint : `${health.userId} (${health.fingerprint})`;
  return t('keys.health.line', {
    name,
    issues: issues.map((i) => healthIssueText(t, i)).join(t('keys.health.separator')),
  });
}
