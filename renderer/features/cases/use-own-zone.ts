import { useMemo } from 'react';
import { useStore } from '../../store/hooks';
import { useRepoVersion } from '../../store/port';
import type { CasesStore } from './store-port';

/** This computer's zone (what the analyst's clock shows when none is chosen in Settings). */
export const hostZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The analyst's own zone: the one chosen in Settings, else this computer's. */
export const useOwnZone = (): string => {
  const store: CasesStore = useStore();
  const version = useRepoVersion(store.repos.settings);
  return useMemo(() => {
    void version;
    return store.repos.settings.all()[0]?.ownTimeZone ?? hostZone();
  }, [store, version]);
};
