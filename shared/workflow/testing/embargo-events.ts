// Embargo events of the test kit's accepted software case, shared by the embargo rule and
// embargo status tests.
import type { CaseEvent, IsoInstant } from '../../model';
import { acceptedSoftwareCase, TEST_CASE_ID, timeline, type EventSpec } from './test-events';

export const AGREED = '2026-07-01T01:00:00.000Z'; // 10:00 JST
export const ms = (iso: string, delta: number): IsoInstant =>
  new Date(Date.parse(iso) + delta).toISOString();

export const propose = (at: string, date = AGREED): EventSpec => ({
  type: 'embargo.proposed',
  at,
  payload: { date, zone: 'Asia/Tokyo', proposedBy: 'vendor' },
});
export const agree = (at: string, date = AGREED): EventSpec => ({
  type: 'embargo.agreed',
  at,
  payload: { date, zone: 'Asia/Tokyo' },
});
export const revise = (at: string, date: string): EventSpec => ({
  type: 'embargo.revised',
  at,
  payload: { date, zone: 'Asia/Tokyo', reason: 'firmware slipped' },
});
export const publishAt = (at: string): EventSpec => ({
  type: 'published',
  at,
  payload: { advisoryId: 'JVN#12345678', url: 'https://jvn.jp/jp/JVN12345678/' },
});

/** The accepted, contacted case of the test kit with an embargo agreed on 2026-05-02. */
export const withEmbargo = (...extra: EventSpec[]): CaseEvent[] => {
  const ev = timeline(TEST_CASE_ID, 200);
  return [
    ...acceptedSoftwareCase(),
    ...[propose('2026-05-01T00:00:00.000Z'), agree('2026-05-02T00:00:00.000Z'), ...extra].map(ev),
  ];
};
