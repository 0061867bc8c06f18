// The store paths of the fuzz suite: the app's own import functions against a real store
// (Dexie over fake-indexeddb), with the rule that a refused input leaves the store's digest
// as it was. After an accepted input the next one gets a fresh store, so a replayed bundle
// id or an already-present key never hides the deeper checks.
import type { AirlockStore } from '../../renderer/store/open-store';
import { freshStore } from '../../renderer/store/testing/test-support';
import type { Outcome } from './kit';

export function storePath(): (body: (store: AirlockStore) => Promise<Outcome>) => Promise<Outcome> {
  let current: Promise<AirlockStore> | undefined;
  return async (body) => {
    current ??= freshStore();
    const store = await current;
    const before = await store.storeDigest();
    const outcome = await body(store);
    if (outcome.kind === 'accepted') {
      current = undefined;
      store.close();
      return outcome;
    }
    const after = await store.storeDigest();
    return after === before || outcome.kind === 'crash'
      ? outcome
      : { kind: 'crash', detail: `refused but the store changed (${before} → ${after})` };
  };
}
