import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AirlockStore } from '../store/open-store';
import type { StoreStatus } from '../store/types';

/** The app's one encrypted store, opened before the first render (renderer/main.tsx). */
export const StoreContext = createContext<AirlockStore | null>(null);

export function useStore(): AirlockStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('useStore outside StoreContext');
  return store;
}

export function useStoreStatus(): StoreStatus {
  const store = useStore();
  return useSyncExternalStore(
    (listener) => store.subscribeStatus(listener),
    () => store.status(),
  );
}
