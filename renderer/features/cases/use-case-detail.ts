import { useCallback, useMemo } from 'react';
import type { CaseEvent, Contact, Vulnerability } from '../../../shared/model';
import type { DeadlineReport } from '../../../shared/workflow/deadlines';
import type { CaseProjection } from '../../../shared/workflow/projection';
import { hasCreationEvent, type CaseCommand } from '../../../shared/workflow/timeline';
import type { VendorRowStatus } from '../../../shared/workflow/vendor-status';
import { useOperations } from '../../app/operations';
import { useCaseView, useViewNow } from '../../store/case-views';
import { planBackdated, planCommands, withCoordination, type Planned } from './case-commands';
import { useStore } from '../../store/hooks';
import { useRepoVersion } from '../../store/port';
import { caseOperations, type CommitExtra } from './operations';
import type { CasesStore } from './store-port';

export const ACTOR = 'analyst';

export type { CommitExtra } from './operations';

export type CaseDetail = {
  /** The case's derived view (shared/workflow/case-view.ts): the same facts the list, the
   *  dashboard and the calendar show. */
  projection: CaseProjection;
  events: readonly CaseEvent[];
  contacts: ReadonlyMap<string, Contact>;
  vulnerabilities: readonly Vulnerability[];
  report: DeadlineReport;
  /** Every vendor's derived status, counted on the case profile's calendar. */
  vendors: readonly VendorRowStatus[];
  /** Would these commands, recorded now, be accepted? */
  plan: (commands: readonly CaseCommand[]) => Planned;
  /** Would this command, dated `at`, be accepted? */
  planAt: (command: CaseCommand, at: string) => Planned;
  /** Writes a plan in one store transaction, refolded with the stored timeline (the engine
   *  may still refuse it if the case changed since); returns an error message or null. */
  commit: (planned: Planned, extra?: CommitExtra) => Promise<string | null>;
};

export const useCaseDetail = (caseId: string): CaseDetail | null => {
  const store: CasesStore = useStore();
  const view = useCaseView(caseId, useViewNow());
  const ops = useOperations(caseOperations);
  const key = [
    useRepoVersion(store.repos.contacts),
    useRepoVersion(store.repos.vulnerabilities),
  ].join('.');
  const projection = view?.projection;
  const report = view?.report;
  const vendors = view?.vendors;
  const base = useMemo(() => {
    void key;
    if (projection === undefined || report === undefined || vendors === undefined) return null;
    return {
      projection,
      report,
      vendors,
      events: store.repos.caseEvents.byCase(caseId),
      contacts: new Map(store.repos.contacts.all().map((c) => [c.id as string, c])),
      vulnerabilities: store.repos.vulnerabilities.byCase(caseId),
    };
  }, [store, caseId, key, projection, report, vendors]);

  const plan = useCallback(
    (commands: readonly CaseCommand[]): Planned =>
      base === null
        ? { ok: false, error: { code: 'case-not-created', message: 'No such case' } }
        : withCoordination(
            base.events,
            planCommands(base.projection, commands, {
              actor: ACTOR,
              now: new Date().toISOString(),
            }),
          ),
    [base],
  );
  const planAt = useCallback(
    (command: CaseCommand, at: string): Planned =>
      base === null
        ? { ok: false, error: { code: 'case-not-created', message: 'No such case' } }
        : withCoordination(
            base.events,
            planBackdated(base.events, base.projection, command, at, {
              actor: ACTOR,
              now: new Date().toISOString(),
            }),
          ),
    [base],
  );
  const commit = useCallback(
    async (planned: Planned, extra: CommitExtra = []): Promise<string | null> => {
      // A case without a creation event (an older export) folds onto its stored record.
      const legacy = base !== null && !hasCreationEvent(base.events);
      const r = await ops.commitPlan({
        caseId,
        planned,
        extra,
        ...(legacy ? { legacyBase: base.projection } : {}),
      });
      return r.ok ? null : r.error.message;
    },
    [ops, caseId, base],
  );
  // One object per case change: memoised rows and panels that take `detail` do not re-render
  // when the case screen does for another reason (an unread count, a tab).
  return useMemo(
    () => (base === null ? null : { ...base, plan, planAt, commit }),
    [base, plan, planAt, commit],
  );
};
