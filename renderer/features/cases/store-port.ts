import { createContext, useContext, useSyncExternalStore } from 'react';
import type {
  Case,
  CaseEvent,
  Contact,
  Involvement,
  Settings,
  Vulnerability,
} from '../../../shared/model';
import type { AdvisoryDraft } from '../../../shared/model/advisory-draft';
import type { SearchHit, SearchOptions, SearchStatus } from '../../store/case-search';
import type { CaseEventStore, CaseEventTx } from '../../store/case-writes';
import type { Repository } from '../../store/repository';

/**
 * What the cases screens need from the encrypted store: read-only repositories, the
 * full-text index and one transaction per user action. Kept as a narrow type so the
 * screens can be rendered in tests over an in-memory fake.
 */
export type CaseTx = CaseEventTx & {
  put(table: 'vulnerabilities', record: Vulnerability): void;
  put(table: 'advisoryDrafts', record: AdvisoryDraft): void;
};

export type CasesStore = {
  cases: Repository<Case>;
  caseEvents: Repository<CaseEvent>;
  involvements: Repository<Involvement>;
  contacts: Repository<Contact>;
  vulnerabilities: Repository<Vulnerability>;
  /** The case's advisory draft, published with the case. */
  advisoryDrafts: Repository<AdvisoryDraft>;
  /** The vault's settings record (saved case-list filters live in it). */
  settings: Pick<Repository<Settings>, 'all' | 'put' | 'subscribe' | 'version'>;
  search(query: string, options?: SearchOptions): readonly SearchHit[];
  /** The index is built after unlock (and after a bulk import) off the main thread. */
  searchStatus: () => SearchStatus;
  subscribeSearch: (listener: () => void) => () => void;
  searchVersion: () => number;
  transact: CaseEventStore<CaseTx>['transact'];
};

type Readable = Pick<Repository<unknown>, 'subscribe' | 'version'>;

/** Re-renders when the repository changes; returns its version as a memo key. */
export const useRepoVersion = (repo: Readable): number =>
  useSyncExternalStore(repo.subscribe, repo.version);

const CasesStoreContext = createContext<CasesStore | null>(null);
export const CasesStoreProvider = CasesStoreContext.Provider;

export const useCasesStore = (): CasesStore => {
  const store = useContext(CasesStoreContext);
  // A bug, not a user error: every cases screen is rendered under CasesScreen's provider.
  if (store === null) throw new Error('cases screens need a CasesStoreProvider');
  return store;
};
