// The advisory editor's write as a named operation (ARCHITECTURE.md §7b): the draft and the
// case events its change implies (`saveEvents`: an advisory ID assigned or changed, a leak
// guard override) in one transaction.
import { withCaseHistory } from '../../../shared/advisory/case-history';
import type { AdvisoryDraft } from '../../../shared/model/advisory-draft';
import type { CaseCommand } from '../../../shared/workflow/timeline';
import { ok, type CodedError, type Result } from '../../../shared/result';
import type { OperationMap } from '../../app/operations';
import { appendCaseEvents, caseWriteFailure } from '../../store/case-writes';
import type { StorePort } from '../../store/port';
import { saveEvents, type EventDraft } from './save-events';

export type AdvisoryDeps = {
  readonly store: StorePort<'cases' | 'caseEvents' | 'involvements' | 'advisoryDrafts', 'transact'>;
};

async function saveDraft(
  { store }: AdvisoryDeps,
  input: { caseId: string; draft: AdvisoryDraft; events: readonly EventDraft[]; now: Date },
): Promise<Result<void, CodedError>> {
  const kase = store.repos.cases.get(input.caseId);
  const commands = saveEvents(kase?.advisoryId ?? null, input.draft, input.events);
  const by = { actor: 'analyst', now: input.now.toISOString() };
  const r = await appendCaseEvents(store, [{ caseId: input.caseId, commands, by }], (tx) =>
    tx.put('advisoryDrafts', input.draft),
  );
  return r.ok ? ok(undefined) : caseWriteFailure(r.error);
}

/** Withdrawn or superseded (issue 28): the event, and the stored draft with the history it
 *  makes (so a draft file taken out alone still says so), in one transaction. */
export type WithdrawalCommand = Extract<
  CaseCommand,
  { type: 'advisory.withdrawn' | 'advisory.superseded' }
>;

async function withdraw(
  { store }: AdvisoryDeps,
  input: { caseId: string; draft: AdvisoryDraft; command: WithdrawalCommand; now: Date },
): Promise<Result<void, CodedError>> {
  const by = { actor: 'analyst', now: input.now.toISOString() };
  const r = await appendCaseEvents(
    store,
    [{ caseId: input.caseId, commands: [input.command], by }],
    (tx, [planned]) => {
      if (planned)
        tx.put('advisoryDrafts', withCaseHistory(input.draft, planned.projection.advisory));
    },
  );
  return r.ok ? ok(undefined) : caseWriteFailure(r.error);
}

export const advisoryOperations = { saveDraft, withdraw } satisfies OperationMap<AdvisoryDeps>;
