// Operations, not workflow in components (issue 24, as Actual Budget's loot-core handler
// maps): every write the UI makes is one named operation in a typed map per area —
// `(deps, input) => Promise<Result>` with plain input — unit-tested without React. A
// component binds its area's map with `useOperations` and renders what comes back; it never
// stages records, appends events or saves settings itself (a lint rule on `*.tsx` in
// renderer/features holds it, eslint.config.js `componentWriteRule`).
import { useMemo } from 'react';
import type { Result } from '../../shared/result';
import { usePlatform, type Platform } from '../platform';
import { useStore } from '../store/hooks';
import type { AirlockStore } from '../store/open-store';

/** What an operation may use: the app's store and the host. An area's operations name a
 *  narrower part (its store port, the Platform members it needs), which this satisfies. */
export type OperationDeps = { readonly store: AirlockStore; readonly platform: Platform };

/** One write: plain input in, a `Result` out. */
export type Operation<D, I, T, E> = (deps: D, input: I) => Promise<Result<T, E>>;

/** An area's operations by name. (`input: never` accepts every input type.) */
export type OperationMap<D = OperationDeps> = {
  readonly [name: string]: (deps: D, input: never) => Promise<Result<unknown, unknown>>;
};

/** An area's map with its dependencies bound: what a component calls. */
export type BoundOperations<M> = {
  readonly [K in keyof M]: M[K] extends (deps: never, input: infer I) => infer R
    ? (input: I) => R
    : never;
};

/** Binds every operation of `map` to `deps` (tests call this with a fake-indexeddb store). */
export const bindOperations = <D, M extends OperationMap<D>>(map: M, deps: D): BoundOperations<M> =>
  Object.fromEntries(
    Object.entries(map).map(([name, op]) => [name, (input: never) => op(deps, input)]),
  ) as BoundOperations<M>;

/** The area's operations bound to the app's store and host, stable across renders. */
export const useOperations = <M extends OperationMap<OperationDeps>>(
  map: M,
): BoundOperations<M> => {
  const store = useStore();
  const platform = usePlatform();
  return useMemo(() => bindOperations(map, { store, platform }), [map, store, platform]);
};
