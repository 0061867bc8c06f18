import { useEffect, useState } from 'react';
import type { BundleCase } from '../../../shared/exchange/bundle';
import { useStore } from '../../store/hooks';
import { useRepoVersion } from '../../store/port';
import { readCaseForExport } from './bundle-store';

export type ExportSource =
  | { state: 'loading' }
  | { state: 'ready'; value: BundleCase }
  | { state: 'failed'; error: { code: string; message: string } };

/** The case as it would be exported, re-read whenever the store commits a change. */
export function useExportSource(caseId: string): ExportSource {
  const store = useStore();
  const v1 = useRepoVersion(store.repos.caseEvents);
  const v2 = useRepoVersion(store.attachments.list);
  const v3 = useRepoVersion(store.repos.cases);
  const [source, setSource] = useState<ExportSource>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    void readCaseForExport(store, caseId).then((r) => {
      if (live)
        setSource(r.ok ? { state: 'ready', value: r.value } : { state: 'failed', error: r.error });
    });
    return () => {
      live = false;
    };
  }, [store, caseId, v1, v2, v3]);
  return source;
}
