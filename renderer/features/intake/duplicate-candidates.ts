// Issue 27 item 3: the cases a new report is offered against at intake. The rule is the
// engine's (`findDuplicateCandidates`); this only reads the store's records and asks its
// search index for the report's words.
import type { Reporter } from '../../../shared/model';
import {
  findDuplicateCandidates,
  type DuplicateCandidate,
  type NewReportKeys,
} from '../../../shared/workflow/duplicate-match';
import type { StorePort } from '../../store/port';

/** What intake reads to find duplicates: every case with its vulnerabilities, vendors and
 *  report, and the search index. */
export type DuplicateStore = StorePort<
  'cases' | 'vulnerabilities' | 'involvements' | 'contacts' | 'reports',
  'search'
>;

export const findDuplicates = (
  store: DuplicateStore,
  keys: NewReportKeys,
  text: string,
): DuplicateCandidate[] => {
  const { repos } = store;
  return findDuplicateCandidates({
    cases: repos.cases.all(),
    vulnerabilitiesOf: (id) => repos.vulnerabilities.byCase(id),
    involvementsOf: (id) => repos.involvements.byCase(id),
    reportsOf: (id) => repos.reports.byCase(id),
    contacts: repos.contacts.all(),
    keys,
    text,
    textHits: text.trim() === '' ? [] : store.search(text, { anyTerm: true, limit: 50 }),
  });
};

/** The original case's finder, whom a duplicate's letter must never name. */
export const firstFinderOf = (store: DuplicateStore, caseId: string): Reporter | null =>
  store.repos.reports.byCase(caseId)[0]?.reporter ?? null;
