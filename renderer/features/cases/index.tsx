import { Route, Routes } from 'react-router';
import { WholeStore } from '../../app/ui/WholeStore';
import { CaseDetailScreen } from './CaseDetailScreen';
import { CaseListScreen } from './CaseListScreen';

/** `/cases` (the list) and `/cases/:caseId` (one case), over the unlocked store. The list
 *  shows a large vault's cases as they load; one case's screen waits for the whole store. */
export function CasesScreen() {
  return (
    <Routes>
      <Route index element={<CaseListScreen />} />
      <Route
        path=":caseId"
        element={
          <WholeStore>
            <CaseDetailScreen />
          </WholeStore>
        }
      />
    </Routes>
  );
}

export { SsvcPanel, ssvcInput } from './SsvcPanel';
export { eventTypeKey } from './event-type-key';
