// How a feature names what it uses of the store. Every feature gets the app's store from
// `useStore()` (hooks.ts); whatever in a feature takes the store as a value (an action, a
// screen given a store) takes the feature's port instead: `StorePort<repos, methods>`, a
// narrowing of `AirlockStore`. The app's store satisfies every port as it is (no adapter
// objects), and a signature says which tables and store operations the feature touches.
import { useSyncExternalStore } from 'react';
import type { AirlockStore } from './open-store';
import type { Repository } from './repository';

type Repos = AirlockStore['repos'];
type Methods = Exclude<keyof AirlockStore, 'repos'>;

/** The repositories `R` and the store members `M` of the app's store. */
export type StorePort<R extends keyof Repos = never, M extends Methods = never> = Pick<
  AirlockStore,
  M
> & { readonly repos: Pick<Repos, R> };

/** Re-renders when the repository changes; returns its version as a memo key. */
export const useRepoVersion = (repo: Pick<Repository<unknown>, 'subscribe' | 'version'>): number =>
  useSyncExternalStore(repo.subscribe, repo.version);
