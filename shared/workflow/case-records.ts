// Between a case's projection and its stored records: the Case record and involvements the
// store keeps (and a case document carries) are the fold of the events; a case that has no
// creation event (a record from an older export) is its stored records. One owner for both
// directions, used by the store's case-write path, bundle import, the case screens and the
// CLI's case documents.
import type { Case, Involvement } from '../model';
import { emptyProjection, type CaseProjection, type InvolvementView } from './projection';

/** The stored Involvement of a projected one (the projection adds `statusSince`). */
export const involvementRecord = ({
  statusSince: _since,
  ...record
}: InvolvementView): Involvement => record;

/**
 * A projection for a case that has no events in the store (e.g. a record restored from an
 * older export): the stored Case and involvements, with nothing else known.
 */
export const projectionFromRecords = (
  kase: Case,
  involvements: readonly Involvement[],
): CaseProjection => ({
  ...emptyProjection(),
  case: kase,
  involvements: involvements.map((i) => ({
    ...i,
    statusSince:
      i.lastReply ?? i.lastContactAttempt ?? kase.dates.received ?? '1970-01-01T00:00:00.000Z',
  })),
});
