// Issue 27 item 3: the cases a new report is offered against at intake. The ranking rule is
// the engine's (`rankDuplicates`); this reads the store's records and its search index.
import type { Contact, Reporter } from '../../../shared/model';
import {
  candidateFromRecords,
  rankDuplicates,
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

/** At most this many cases are offered. */
const SHOWN = 5;

const splitList = (text: string): string[] =>
  text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The finder's identifiers, CVE ids and CWEs as typed in intake (space or comma separated). */
export const reportKeys = (f: {
  identifiers: string;
  cves: string;
  cwes: string;
}): NewReportKeys => ({
  identifiers: splitList(f.identifiers),
  cves: splitList(f.cves),
  cwes: splitList(f.cwes).map((c) => (/^\d+$/.test(c) ? `CWE-${c}` : c)),
});

export const findDuplicates = (
  store: DuplicateStore,
  keys: NewReportKeys,
  text: string,
): DuplicateCandidate[] => {
  const { repos } = store;
  const contacts = new Map<string, Contact>(repos.contacts.all().map((c) => [c.id, c]));
  const candidates = repos.cases.all().map((kase) =>
    candidateFromRecords({
      kase,
      vulnerabilities: repos.vulnerabilities.byCase(kase.id),
      involvements: repos.involvements.byCase(kase.id),
      contacts,
    }),
  );
  const hits = text.trim() === '' ? [] : store.search(text, { anyTerm: true, limit: 50 });
  const scores = new Map(hits.map((h) => [h.id, h.score]));
  return rankDuplicates(keys, candidates, scores).slice(0, SHOWN);
};

/** The original case's finder, whom a duplicate's letter must never name. */
export const firstFinderOf = (store: DuplicateStore, caseId: string): Reporter | null =>
  store.repos.reports.byCase(caseId)[0]?.reporter ?? null;
