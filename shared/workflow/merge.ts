// Merging timelines: the one rule for how two sets of case events become one. Events are
// append-only and identified by id, so a merge is a set union by id: exchanging bundles
// both ways converges on the same timeline whatever the order (merge(A, B) equals
// merge(B, A)). Two different bodies under one id cannot come from honest use; the merge
// keeps a deterministic winner (the canonically smallest, so every replica picks the same)
// and reports each other version once, in id order, so the report does not depend on
// which side held a copy or how often it arrived. The fold dedupes with this too.
import { canonicalJson } from '../crypto/canonical-json';

export type MergeableEvent = { id: string; at: string; type?: string };

export type EventConflict<E> = { id: string; kept: E; discarded: E };

export type EventMerge<E> = {
  /** Union of both sides by id, in timeline order. */
  merged: E[];
  /** Events whose id was not on the existing side, in timeline order. */
  added: E[];
  /** Each version that lost to another under the same id, once, in id order. */
  conflicts: EventConflict<E>[];
};

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Timeline order: `case.created` first (every other event needs the case to exist), then
 * by time, then by id, so the same set of events always folds the same way.
 */
export const compareEvents = (a: MergeableEvent, b: MergeableEvent): number => {
  const ca = a.type === 'case.created' ? 0 : 1;
  const cb = b.type === 'case.created' ? 0 : 1;
  return ca - cb || compareText(a.at, b.at) || compareText(a.id, b.id);
};

export function mergeEvents<E extends MergeableEvent>(
  existing: readonly E[],
  incoming: readonly E[],
): EventMerge<E> {
  const known = new Set(existing.map((e) => e.id));
  // Every distinct version under each id, keyed by its canonical JSON.
  const versions = new Map<string, Map<string, E>>();
  for (const event of [...existing, ...incoming]) {
    const byJson = versions.get(event.id) ?? new Map<string, E>();
    const json = canonicalJson(event);
    if (!byJson.has(json)) byJson.set(json, event);
    versions.set(event.id, byJson);
  }
  const merged: E[] = [];
  const conflicts: EventConflict<E>[] = [];
  const byId = [...versions.entries()].sort(([a], [b]) => compareText(a, b));
  for (const [id, byJson] of byId) {
    // Every id has at least one version: the smallest canonical JSON is kept.
    const [kept, ...discarded] = [...byJson.entries()]
      .sort(([a], [b]) => compareText(a, b))
      .map(([, event]) => event) as [E, ...E[]];
    merged.push(kept);
    for (const d of discarded) conflicts.push({ id, kept, discarded: d });
  }
  merged.sort(compareEvents);
  return { merged, added: merged.filter((e) => !known.has(e.id)), conflicts };
}
