// The case screens' writes as one map of named operations (ARCHITECTURE.md §7b). A case
// action is planned by the engine on screen (`planCommands`, so a button can say why it is
// disabled) and written here: the planned events refolded with the stored timeline in one
// transaction, with the records the action carries.
import type { Settings, SavedCaseFilter, Vulnerability } from '../../../shared/model';
import type { AdvisoryDraft } from '../../../shared/model/advisory-draft';
import { failWith, ok, type CodedError, type Result } from '../../../shared/result';
import type { CaseProjection } from '../../../shared/workflow/projection';
import type { OperationMap } from '../../app/operations';
import { appendCaseEvents, caseWriteFailure } from '../../store/case-writes';
import type { Planned } from './case-commands';
import { withSavedFilters } from './saved-filters';
import type { CasesStore } from './store-port';

export type CaseDeps = { readonly store: CasesStore };

/** Records an action writes with its events, in the same transaction. */
export type CommitExtra = readonly Vulnerability[] | { advisoryDraft: AdvisoryDraft };

export type CommitInput = {
  caseId: string;
  planned: Planned;
  extra?: CommitExtra;
  /** A case without a creation event (an older export) folds onto its stored record. */
  legacyBase?: CaseProjection;
};

/** Writes a plan: refolded with the stored timeline (the engine may still refuse it if the
 *  case changed since it was planned). */
async function commitPlan(
  { store }: CaseDeps,
  input: CommitInput,
): Promise<Result<void, CodedError>> {
  const { planned, extra = [] } = input;
  if (!planned.ok) return failWith(planned.error.code, planned.error.message);
  const onRecord = input.legacyBase === undefined ? {} : { base: input.legacyBase };
  const r = await appendCaseEvents(
    store,
    [{ caseId: input.caseId, events: planned.events, ...onRecord }],
    (tx) => {
      if ('advisoryDraft' in extra) tx.put('advisoryDrafts', extra.advisoryDraft);
      else for (const v of extra) tx.put('vulnerabilities', v);
    },
  );
  return r.ok ? ok(undefined) : caseWriteFailure(r.error);
}

/** Replaces the case list's named filter sets (kept, encrypted, in the settings record). */
async function saveFilters(
  { store }: CaseDeps,
  input: { filters: readonly SavedCaseFilter[]; language: Settings['language'] },
): Promise<Result<void, CodedError>> {
  const record = withSavedFilters(store.repos.settings.all()[0], input.filters, input.language);
  if (!record.ok) return failWith(record.error.code, record.error.message);
  const stored = await store.repos.settings.put(record.value);
  return stored.ok ? ok(undefined) : failWith(stored.error.code, stored.error.message);
}

export const caseOperations = { commitPlan, saveFilters } satisfies OperationMap<CaseDeps>;
