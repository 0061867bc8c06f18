import { useCallback, useMemo } from 'react';
import {
  advisoryIdFacts,
  advisoryPrefixFor,
  caseProductsNotTaken,
  chooseAdvisoryPrefix,
  draftFromCase,
  type AdvisoryIdChoice,
  type NotTakenProduct,
} from '../../../shared/advisory';
import { getPolicyProfile } from '../../../shared/workflow/policy-profiles';
import type { AdvisoryDraft } from '../../../shared/model/advisory-draft';
import { useStore } from '../../store/hooks';
import { useRepoVersion } from '../../store/port';
import { useOperations } from '../../app/operations';
import type { WritableTable } from '../../store/store';
import { draftInput, newAdvisoryId, type CaseRecords } from './draft-input';
import { advisoryOperations, type WithdrawalCommand } from './operations';
import type { EventDraft } from './save-events';

const useVersion = (table: WritableTable): number => useRepoVersion(useStore().repos[table]);

export type { EventDraft } from './save-events';

/** The prefix the case's policy profile gives its advisory ID, and why. */
export const advisoryIdChoice = (records: CaseRecords): AdvisoryIdChoice | null =>
  chooseAdvisoryPrefix(
    advisoryIdFacts(records.kase.kind, records.involvements),
    getPolicyProfile(records.kase.policyProfile).advisoryIds,
  );

export type AdvisoryState = {
  records: CaseRecords | null;
  draft: AdvisoryDraft | null;
  /** A draft built from the case as it is now (for a new draft and the leak-guard context). */
  fromCase: (draftId: string) => AdvisoryDraft | null;
  /** The case's affected products that join no case vendor (so no draft can take them). */
  notTaken: readonly NotTakenProduct[];
  /** Saves the draft and appends the events in one transaction; an error message or null. */
  save: (draft: AdvisoryDraft, events: readonly EventDraft[]) => Promise<string | null>;
  /** Withdraws or supersedes the published advisory; an error message or null. */
  withdraw: (command: WithdrawalCommand) => Promise<string | null>;
};

export function useAdvisory(caseId: string): AdvisoryState {
  const store = useStore();
  const ops = useOperations(advisoryOperations);
  const key = [
    useVersion('cases'),
    useVersion('caseEvents'),
    useVersion('involvements'),
    useVersion('contacts'),
    useVersion('vulnerabilities'),
    useVersion('reports'),
    useVersion('settings'),
    useVersion('advisoryDrafts'),
  ].join('.');
  const { records, draft } = useMemo(() => {
    void key;
    const kase = store.repos.cases.get(caseId);
    if (kase === undefined) return { records: null, draft: null };
    const records: CaseRecords = {
      kase,
      events: store.repos.caseEvents.byCase(caseId),
      involvements: store.repos.involvements.byCase(caseId),
      contacts: store.repos.contacts.all(),
      vulnerabilities: store.repos.vulnerabilities.byCase(caseId),
      reports: store.repos.reports.byCase(caseId),
      settings: store.repos.settings.all()[0],
    };
    const drafts = store.repos.advisoryDrafts.byCase(caseId);
    return { records, draft: drafts[0] ?? null };
  }, [store, caseId, key]);

  const fromCase = useCallback(
    (draftId: string): AdvisoryDraft | null => {
      if (records === null) return null;
      // The profile's numbering rules choose (JVNVU# for several vendors, …); a profile
      // without them takes the organisation's default (a technical alert is always JVNTA#).
      const prefix =
        advisoryIdChoice(records)?.prefix ??
        advisoryPrefixFor(
          records.kase.kind,
          records.settings?.advisoryIdScheme.defaultPrefix ?? 'JVN',
        );
      const id = draft?.advisoryId ?? records.kase.advisoryId ?? newAdvisoryId(prefix);
      const r = draftFromCase(draftInput(records, draftId, new Date().toISOString(), id));
      return r.ok ? r.value : null;
    },
    [records, draft],
  );

  const notTaken = useMemo(
    () =>
      records === null
        ? []
        : caseProductsNotTaken({
            involvements: draftInput(records, '', '', '').involvements,
            vulnerabilities: [...records.vulnerabilities],
          }),
    [records],
  );

  const save = useCallback(
    async (next: AdvisoryDraft, events: readonly EventDraft[]): Promise<string | null> => {
      const r = await ops.saveDraft({ caseId, draft: next, events, now: new Date() });
      return r.ok ? null : r.error.message;
    },
    [ops, caseId],
  );
  const withdraw = useCallback(
    async (command: WithdrawalCommand): Promise<string | null> => {
      if (draft === null) return null;
      const r = await ops.withdraw({ caseId, draft, command, now: new Date() });
      return r.ok ? null : r.error.message;
    },
    [ops, caseId, draft],
  );
  return { records, draft, fromCase, notTaken, save, withdraw };
}
