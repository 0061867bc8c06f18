import { useMemo } from 'react';
import { defaultSettings, type LocalizedText, type Report } from '../../../shared/model';
import { useStore } from '../../store/hooks';
import type { StorePort } from '../../store/port';

/** What the finder letters need beyond the case view: the case's finder and our name. */
export const useFinderFacts = (
  caseId: string,
): { reporter: Report['reporter'] | null; organisation: LocalizedText } => {
  const store: StorePort<'reports' | 'settings'> = useStore();
  return useMemo(
    () => ({
      reporter: store.repos.reports.byCase(caseId)[0]?.reporter ?? null,
      organisation: (store.repos.settings.all()[0] ?? defaultSettings()).organisation.name,
    }),
    [store, caseId],
  );
};
