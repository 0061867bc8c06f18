import { Route, Routes } from 'react-router';
import { CaseDetailScreen } from './CaseDetailScreen';
import { CaseListScreen } from './CaseListScreen';

/** `/cases` (the list) and `/cases/:caseId` (one case), over the unlocked store. */
export function CasesScreen() {
  return (
    <Routes>
      <Route index element={<CaseListScreen />} />
      <Route path=":caseId" element={<CaseDetailScreen />} />
    </Routes>
  );
}

export { SsvcPanel, ssvcInput } from './SsvcPanel';
