import { useMemo } from 'react';
import { Route, Routes } from 'react-router';
import { useStore } from '../../store/hooks';
import { CaseDetailScreen } from './CaseDetailScreen';
import { CaseListScreen } from './CaseListScreen';
import { CasesStoreProvider, type CasesStore } from './store-port';

/** `/cases` (the list) and `/cases/:caseId` (one case), over the unlocked store. */
export function CasesScreen() {
  const store = useStore();
  const port = useMemo<CasesStore>(
    () => ({
      cases: store.repos.cases,
      caseEvents: store.repos.caseEvents,
      involvements: store.repos.involvements,
      contacts: store.repos.contacts,
      vulnerabilities: store.repos.vulnerabilities,
      advisoryDrafts: store.repos.advisoryDrafts,
      settings: store.repos.settings,
      search: (query, options) => store.search(query, options),
      searchStatus: () => store.searchStatus(),
      subscribeSearch: (listener) => store.subscribeSearch(listener),
      searchVersion: () => store.searchVersion(),
      transact: (work) => store.transact((tx) => work(tx)),
    }),
    [store],
  );
  return (
    <CasesStoreProvider value={port}>
      <Routes>
        <Route index element={<CaseListScreen />} />
        <Route path=":caseId" element={<CaseDetailScreen />} />
      </Routes>
    </CasesStoreProvider>
  );
}
