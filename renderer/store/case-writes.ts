// Appending case events: the store's one write path for them. The pure rule (may these
// events be written, and what is the case after them) is `planAppend` in shared/workflow;
// this reads each case's stored timeline inside the transaction, where no other write can
// interleave, asks the planner, and stages the events, the Case record and its
// involvements with the action's other records: one transaction, all or nothing.
// Encryption, the audit entries and the single Dexie rw transaction are `transact`'s work.
import { sameJson } from '../../shared/crypto/canonical-json';
import type { VaultError } from '../../shared/crypto/vault';
import type { Case, CaseEvent, Involvement } from '../../shared/model';
import { fail, failWith, type CodedError, type Fail, type Result } from '../../shared/result';
import {
  planAppend,
  type AppendRefusal,
  type CaseAppend,
  type PlannedAppend,
} from '../../shared/workflow/append';
import { involvementRecord } from '../../shared/workflow/case-records';
import { storedFoldOf } from './stored-folds';
import type { CaseProjection } from '../../shared/workflow/projection';

export type { CaseAppend, PlannedAppend } from '../../shared/workflow/append';

/** What an append reads and stages; the store's `Tx` and the features' narrow ports have it. */
export type CaseEventTx = {
  byCase(table: 'caseEvents', caseId: string): readonly CaseEvent[];
  get(table: 'cases', id: string): Case | undefined;
  get(table: 'involvements', id: string): Involvement | undefined;
  appendEvent(event: CaseEvent): 'appended' | 'duplicate';
  put(table: 'cases', record: Case): void;
  put(table: 'involvements', record: Involvement): void;
};

/** A store that runs one transaction at a time (the app's store and the features' ports). */
export type CaseEventStore<X extends CaseEventTx> = {
  transact<E = never>(work: (tx: X) => void | Fail<E>): Promise<Result<unknown, VaultError | E>>;
};

export type CaseWriteError =
  | ({ source: 'workflow' } & AppendRefusal)
  | { source: 'store'; code: VaultError['code']; message: string };

/** The case after each append, in order (`extra` is given the written events too). */
export type CaseWriteResult = Result<CaseProjection[], CaseWriteError>;

/**
 * Stages the events and, when the fold has a case, those of its Case record and involvements
 * that differ from what is stored (or staged): a vendor's status change in a case of 1,000
 * vendors writes, seals and audits one involvement, not all of them (issue 25).
 */
const stage = (tx: CaseEventTx, planned: PlannedAppend) => {
  for (const event of planned.events) tx.appendEvent(event);
  const { projection } = planned;
  if (projection.case === null) return;
  if (!sameJson(tx.get('cases', projection.case.id), projection.case)) {
    tx.put('cases', projection.case);
  }
  for (const inv of projection.involvements) {
    const record = involvementRecord(inv);
    if (!sameJson(tx.get('involvements', record.id), record)) tx.put('involvements', record);
  }
};

/**
 * Appends each case's events (or commands) and writes its refolded projection, plus the
 * action's other records (`extra`, given the plans), in ONE store transaction. Records
 * are validated by the store (a malformed event is `record.invalid`, an id reused with
 * other content `record.conflict`); the engine's refusal is a `workflow` error and
 * nothing is written. `appends` may be a function: it then runs inside the transaction,
 * where the store's memory holds every earlier write and no other can interleave, for an
 * action whose events follow from other stored records (key links: `writeLinked`).
 */
export async function appendCaseEvents<X extends CaseEventTx>(
  store: CaseEventStore<X>,
  appends: readonly CaseAppend[] | (() => readonly CaseAppend[]),
  extra?: (tx: X, planned: readonly PlannedAppend[]) => void,
): Promise<CaseWriteResult> {
  const planned: PlannedAppend[] = [];
  const result = await store.transact<CaseWriteError>((tx) => {
    for (const append of typeof appends === 'function' ? appends() : appends) {
      const history = tx.byCase('caseEvents', append.caseId);
      const plan = planAppend(history, append, storedFoldOf(history));
      if (!plan.ok) return fail({ source: 'workflow', ...plan.error });
      stage(tx, plan.value);
      planned.push(plan.value);
    }
    extra?.(tx, planned);
    return undefined;
  });
  if (result.ok) return { ok: true, value: planned.map((p) => p.projection) };
  const { error } = result;
  return fail('source' in error ? error : { source: 'store', ...error });
}

/** A failed case write as an action reports it: the engine's code, or `store`. */
export function caseWriteFailure(error: CaseWriteError): Fail<CodedError> {
  return failWith(error.source === 'workflow' ? error.code : 'store', error.message);
}
