import { localStorageMirror, type AnchorMirrorPort } from './audit-anchor';
import { attachmentCapOf, airlockSearchConfig } from './case-search-doc';
import { airlockRegistry, type AirlockRecords } from './registry';
import type { SearchIndexRunner } from './search-index-build';
import { defaultSearchRunner } from './search-worker-runner';
import type { Tx } from './staging';
import { createStore, type Store } from './store';
import type { TestHooks } from './types';

export type AirlockStore = Store<AirlockRecords>;
/** The app store's transaction, as a `transact` callback sees it. */
export type AirlockTx = Tx<AirlockRecords>;

export type OpenStoreOptions = {
  /** IndexedDB database name: the app uses the default; tests and e2e use their own. */
  dbName?: string;
  /** CONTROL BUILD for the at-rest canary test only: records are written in clear. */
  plaintextControl?: boolean;
  /** Fault injection for interrupted-write tests. */
  testHooks?: TestHooks;
  /** Where the search index is built; default: a Web Worker where there is one. */
  searchRunner?: SearchIndexRunner;
  /** Second anchor of the audit head (tests pass their own); default: localStorage. */
  anchorMirror?: AnchorMirrorPort;
  /** Rows per page of the load at unlock (tests: a few, to load a small vault in pages). */
  loadPageRows?: number;
};

export const DEFAULT_DB_NAME = 'airlock';

const withMirror = (anchorMirror: AnchorMirrorPort | undefined) =>
  anchorMirror === undefined ? {} : { anchorMirror };

/** Opens the app's store (vault absent or locked until `create`/`unlock`). */
export const openStore = (options: OpenStoreOptions = {}): Promise<AirlockStore> =>
  createStore<AirlockRecords>({
    dbName: options.dbName ?? DEFAULT_DB_NAME,
    registry: airlockRegistry,
    searchConfig: airlockSearchConfig,
    attachmentCap: attachmentCapOf,
    ...(options.plaintextControl === true ? { plaintextControl: true } : {}),
    ...(options.testHooks === undefined ? {} : { testHooks: options.testHooks }),
    searchRunner: options.searchRunner ?? defaultSearchRunner(),
    ...withMirror(options.anchorMirror ?? localStorageMirror()),
    ...(options.loadPageRows === undefined ? {} : { loadPageRows: options.loadPageRows }),
  });
