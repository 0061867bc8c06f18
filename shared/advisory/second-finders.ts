// Issue 27 item 3: a second finder who reported the same flaw independently is credited in
// the advisory beside the first, under the name they consented to. The consent was judged
// when the duplicate was linked (`secondFinderCredit`): the original case's
// `report.second-received` carries the credit name, or null without consent.
import type { CaseEvent } from '../model';

/** The names the case's second finders consented to be credited under, in the order their
 *  reports arrived, once each (a report linked twice, e.g. through a merged bundle, counts
 *  once). */
export function secondFinderCredits(events: readonly CaseEvent[]): string[] {
  const byReport = new Map<string, { at: string; name: string }>();
  for (const e of events) {
    if (e.type !== 'report.second-received' || e.payload.creditName === null) continue;
    if (!byReport.has(e.payload.reportId))
      byReport.set(e.payload.reportId, { at: e.at, name: e.payload.creditName });
  }
  const names = [...byReport.values()].sort((a, b) => a.at.localeCompare(b.at)).map((c) => c.name);
  return [...new Set(names)];
}
