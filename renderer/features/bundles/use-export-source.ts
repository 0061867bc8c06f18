import { useEffect, useState } from 'react';
import type { BundleCase } from '../../../shared/exchange/bundle';
import { useCaseView, useViewNow } from '../../store/case-views';
import { useStore } from '../../store/hooks';
import { useRepoVersion } from '../../store/port';
import { readCaseForExport } from './bundle-store';

export type ExportSource =
  | { state: 'loading' }
  | { state: 'ready'; value: BundleCase }
  | { state: 'failed'; error: { code: string; message: string } };

/** The case as it would be exported, re-read when this case changes (its view's projection
 *  is a new object exactly then: a write to another case leaves it alone) or an attachment
 *  is added or removed. */
export function useExportSource(caseId: string): ExportSource {
  const store = useStore();
  const projection = useCaseView(caseId, useViewNow())?.projection;
  const attachmentsVersion = useRepoVersion(store.attachments.list);
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
  }, [store, caseId, projection, attachmentsVersion]);
  return source;
}
