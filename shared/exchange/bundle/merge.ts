// Merging two timelines of the same case. Events are append-only and identified by id, so
// a merge is a set union by id: exchanging bundles both ways converges on the same
// timeline whatever the order (merge(A, B) equals merge(B, A)). Two different bodies under
// one id cannot come from honest use; the merge keeps a deterministic winner (so both
// sides still converge) and reports the conflict for the analyst to look at.

export type MergeableEvent = { id: string; at: string };

export type EventConflict<E> = { id: string; kept: E; discarded: E };

export type EventMerge<E> = {
  /** Union of both sides by id, ordered by `at` then `id`. */
  merged: E[];
  /** Incoming events whose id was not present on the existing side. */
  added: E[];
  conflicts: EventConflict<E>[];
};

/** JSON with sorted keys, so equal records compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const compareEvents = (a: MergeableEvent, b: MergeableEvent): number =>
  compareText(a.at, b.at) || compareText(a.id, b.id);

export function mergeEvents<E extends MergeableEvent>(
  existing: readonly E[],
  incoming: readonly E[],
): EventMerge<E> {
  const byId = new Map<string, { event: E; json: string }>();
  const conflicts: EventConflict<E>[] = [];
  const added: E[] = [];
  const put = (event: E, fromIncoming: boolean): void => {
    const json = canonicalJson(event);
    const present = byId.get(event.id);
    if (present === undefined) {
      byId.set(event.id, { event, json });
      if (fromIncoming) added.push(event);
      return;
    }
    if (present.json === json) return;
    // The smaller canonical form wins on both sides, so the outcome is order-independent.
    const keepNew = json < present.json;
    const kept = keepNew ? { event, json } : present;
    const discarded = keepNew ? present.event : event;
    byId.set(event.id, kept);
    if (!conflicts.some((c) => c.id === event.id))
      conflicts.push({ id: event.id, kept: kept.event, discarded });
  };
  for (const event of existing) put(event, false);
  for (const event of incoming) put(event, true);
  const merged = [...byId.values()].map((v) => v.event).sort(compareEvents);
  return { merged, added: added.sort(compareEvents), conflicts };
}
