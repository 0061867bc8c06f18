// The JVN-style vendor table's "last update" (最終更新日) for each vendor: the last event that
// changed that vendor's entry — its status, statement or products, its reply, a dispute, the
// finding that it cannot be reached — not merely the last letter it was sent. Derived from the
// case timeline, so every export and the page read the same date (issue 28 item 4).
import type { CaseEvent } from '../model';

/** Event types that change what the vendor table says about one vendor. */
const CHANGES_VENDOR_ENTRY: ReadonlySet<CaseEvent['type']> = new Set<CaseEvent['type']>([
  'involvement.added',
  'involvement.changed',
  'vendor.replied',
  'vendor.unreachable',
  'vendor.name-published',
  'vendor.disputed',
]);

const involvementOf = (event: CaseEvent): string | null => {
  const payload: unknown = event.payload;
  if (typeof payload !== 'object' || payload === null || !('involvementId' in payload)) return null;
  return typeof payload.involvementId === 'string' ? payload.involvementId : null;
};

/** For each involvement, the instant of the latest event that changed its table entry. */
export function vendorLastUpdates(events: readonly CaseEvent[]): ReadonlyMap<string, string> {
  const last = new Map<string, string>();
  for (const event of events) {
    if (!CHANGES_VENDOR_ENTRY.has(event.type)) continue;
    const id = involvementOf(event);
    if (id === null) continue;
    const seen = last.get(id);
    if (seen === undefined || Date.parse(event.at) > Date.parse(seen)) last.set(id, event.at);
  }
  return last;
}
