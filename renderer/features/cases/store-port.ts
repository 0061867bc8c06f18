import type { StorePort } from '../../store/port';

/** What the cases screens use of the encrypted store (ARCHITECTURE.md, "Store ports"). */
export type CasesStore = StorePort<
  | 'cases'
  | 'caseEvents'
  | 'involvements'
  | 'contacts'
  | 'vulnerabilities'
  | 'advisoryDrafts'
  | 'settings',
  'search' | 'searchStatus' | 'subscribeSearch' | 'searchVersion' | 'transact'
>;
