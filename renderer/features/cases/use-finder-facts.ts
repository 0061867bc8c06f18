import { useMemo } from 'react';
import { defaultSettings, type LocalizedText, type Report } from '../../../shared/model';
import { useStore } from '../../store/hooks';
import type { StorePort } from '../../store/port';

/** What the finder letters need beyond the case view: the case's finder, the product as
 *  they reported it, and our name. */
export const useFinderFacts = (
  caseId: string,
): { reporter: Report['reporter'] | null; productName: string; organisation: LocalizedText } => {
  const store: StorePort<'reports' | 'settings'> = useStore();
  return useMemo(
    () => ({
      reporter: store.repos.reports.byCase(caseId)[0]?.reporter ?? null,
      productName: store.repos.reports.byCase(caseId)[0]?.product.name ?? '',
      organisation: (store.repos.settings.all()[0] ?? defaultSettings()).organisation.name,
    }),
    [store, caseId],
  );
};
