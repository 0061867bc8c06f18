// Appending case events: the one place where a feature's new events are checked by the
// workflow engine, folded with the case's stored timeline, and written together with the
// case projection (the Case record and its involvements) in one store transaction.
// Encryption, the audit entries and the single Dexie rw transaction are `transact`'s work:
// this only stages records, synchronously, inside the callback.
import type { VaultErrorCode } from '../../shared/crypto/vault';
import type { Case, CaseEvent, Involvement } from '../../shared/model';
import type { WorkflowErrorCode } from '../../shared/workflow/errors';
import type { CaseProjection, InvolvementView } from '../../shared/workflow/projection';
import { applyEvents, foldEvents, hasCreationEvent } from '../../shared/workflow/timeline';
import type { StoreResult } from './types';

/** The writes an append stages; the store's `Tx` and the features' narrow ports have them. */
export type CaseEventTx = {
  appendEvent(event: CaseEvent): 'appended' | 'duplicate';
  put(table: 'cases', record: Case): void;
  put(table: 'involvements', record: Involvement): void;
};

/** A store that runs one transaction at a time (the app's store and the features' ports). */
export type CaseEventStore<X extends CaseEventTx> = {
  transact(work: (tx: X) => void): Promise<StoreResult<unknown>>;
};

export type CaseAppend = {
  caseId: string;
  /** New events of this case, in the order they were built. */
  events: readonly CaseEvent[];
  /**
   * `refuse` (the default): nothing is written if the engine rejects any event it did not
   * already reject before, a new one or a stored one that a backdated event now breaks.
   * `keep`: rejected events are stored but stay out of the projection (a bundle import
   * keeps the sender's timeline whole; recording an export never fails on the engine).
   */
  rejected?: 'refuse' | 'keep';
  /**
   * The projection of a case that has no stored events (a record from an older export):
   * the new events are applied onto it. Ignored once the case has events.
   */
  base?: CaseProjection;
};

export type CaseWriteError =
  | { source: 'workflow'; code: WorkflowErrorCode; message: string; eventId: string }
  | { source: 'store'; code: VaultErrorCode; message: string };

export type CaseFold =
  | { ok: true; value: CaseProjection }
  | { ok: false; error: CaseWriteError & { source: 'workflow' } };

/** One projection per append, in order. */
export type CaseWriteResult =
  { ok: true; value: CaseProjection[] } | { ok: false; error: CaseWriteError };

/** The stored Involvement of a projected one (the projection adds `statusSince`). */
export const involvementRecord = ({
  statusSince: _since,
  ...record
}: InvolvementView): Involvement => record;

/**
 * The case after the append, as the engine folds it: the stored timeline plus the new
 * events (merged by id and ordered by time, like every later fold), or the first refusal.
 * Pure: features use it to ask before they write.
 */
export const foldAppend = (history: readonly CaseEvent[], append: CaseAppend): CaseFold => {
  const stranger = append.events.find((e) => e.caseId !== append.caseId);
  if (stranger !== undefined) {
    const message = `Event ${stranger.id} belongs to case ${stranger.caseId}, not ${append.caseId}`;
    return {
      ok: false,
      error: { source: 'workflow', code: 'wrong-case', message, eventId: stranger.id },
    };
  }
  // A case whose stored timeline never had `case.created` (a record from an older export)
  // is its stored record: new events apply onto it, every time, not only the first.
  const base = hasCreationEvent(history) ? undefined : append.base;
  const before = base ?? foldEvents(history);
  const after =
    base === undefined
      ? foldEvents([...history, ...append.events])
      : applyEvents(base, append.events);
  if (append.rejected !== 'keep') {
    const old = new Set(before.rejected.map((r) => r.eventId));
    const fresh = after.rejected.find((r) => !old.has(r.eventId));
    if (fresh !== undefined) {
      return { ok: false, error: { source: 'workflow', ...fresh.error, eventId: fresh.eventId } };
    }
  }
  return { ok: true, value: after };
};

/** Stages the events and, when the fold has a case, the Case record and its involvements. */
const stage = (tx: CaseEventTx, events: readonly CaseEvent[], projection: CaseProjection) => {
  for (const event of events) tx.appendEvent(event);
  if (projection.case === null) return;
  tx.put('cases', projection.case);
  for (const inv of projection.involvements) tx.put('involvements', involvementRecord(inv));
};

/**
 * Appends each case's events and writes its refolded projection, plus the action's other
 * records (`extra`, given the projections), in ONE store transaction: all or nothing. The
 * stored timelines are read inside the transaction, where no other write can interleave.
 * Records are validated by the store (a malformed event is `record.invalid`, an id reused
 * with other content `record.conflict`); the engine's refusal is a `workflow` error.
 */
export async function appendCaseEvents<X extends CaseEventTx>(
  store: CaseEventStore<X>,
  appends: readonly CaseAppend[],
  options: {
    /** The events the store holds for a case. */
    eventsOf: (caseId: string) => readonly CaseEvent[];
    extra?: (tx: X, projections: readonly CaseProjection[]) => void;
  },
): Promise<CaseWriteResult> {
  const outcome: { refused?: CaseWriteError; projections: CaseProjection[] } = {
    projections: [],
  };
  const result = await store.transact((tx) => {
    for (const append of appends) {
      const folded = foldAppend(options.eventsOf(append.caseId), append);
      if (!folded.ok) {
        outcome.refused = folded.error;
        throw new Error(folded.error.message);
      }
      stage(tx, append.events, folded.value);
      outcome.projections.push(folded.value);
    }
    options.extra?.(tx, outcome.projections);
  });
  if (outcome.refused !== undefined) return { ok: false, error: outcome.refused };
  if (!result.ok) return { ok: false, error: { source: 'store', ...result.error } };
  return { ok: true, value: outcome.projections };
}
