import { useEffect, useMemo, useState } from 'react';
import type { KeyHealth } from '../../../shared/crypto/pgp';
import type { KeyRecord } from '../../../shared/model/key';
import { recordHealths } from './key-health-model';

/**
 * The health of `records` against the embargo end, judged again when `now` (the view's
 * minute) turns; null while it is being worked out. Each judgement takes the instant it
 * runs, not the minute: a key generated seconds ago is dated after the minute's start, and
 * its self-signatures would read as made in the future. Parsing and verifying keys is
 * asynchronous, so the answer arrives after the first paint.
 */
export function useKeyHealths(
  records: readonly KeyRecord[],
  now: string,
  embargoEndsAt: string | null = null,
): ReadonlyMap<string, KeyHealth> | null {
  // Records are replaced, never mutated: ids with their import instant and revocation
  // identify what is judged.
  const signature = records.map((r) => `${r.id}:${r.fingerprint}:${r.revoked}`).join(',');
  const input = useMemo(
    () => ({ records, signature }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the signature is the identity
    [signature],
  );
  const [state, setState] = useState<{ key: string; healths: Map<string, KeyHealth> } | null>(null);
  const key = `${signature}|${now}|${embargoEndsAt ?? ''}`;
  useEffect(() => {
    let live = true;
    void recordHealths(input.records, {
      now: new Date(),
      embargoEndsAt: embargoEndsAt === null ? null : new Date(embargoEndsAt),
    }).then((healths) => {
      if (live) setState({ key, healths });
    });
    return () => {
      live = false;
    };
  }, [input, now, embargoEndsAt, key]);
  return state !== null && state.key === key ? state.healths : null;
}
