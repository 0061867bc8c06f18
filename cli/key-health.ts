// The CLI's seals judge every recipient key first (issue 27 item 5): a refused key stops
// the seal with `key-health.refused` naming it; warnings go into the success JSON as
// `keyWarnings` (only when there are some, so the contract's shape is otherwise unchanged).
import { checkRecipientKeys, keyHealthText, type Key } from '../shared/crypto/pgp';
import { CliError } from './output';

export type KeyWarningJson = {
  fingerprint: string;
  userId: string | null;
  codes: string[];
  message: string;
};

export async function judgeRecipients(
  keys: readonly Key[],
  now: Date,
  embargoEndsAt: Date | null = null,
): Promise<{ keyWarnings?: KeyWarningJson[] }> {
  const checked = await checkRecipientKeys(keys, { now, embargoEndsAt });
  if (!checked.ok) throw new CliError(checked.error.code, checked.error.message);
  const warned = checked.value.filter((h) => h.warnings.length > 0);
  if (warned.length === 0) return {};
  return {
    keyWarnings: warned.map((h) => ({
      fingerprint: h.fingerprint,
      userId: h.userId,
      codes: h.warnings.map((w) => w.code),
      message: keyHealthText(h, h.warnings),
    })),
  };
}
