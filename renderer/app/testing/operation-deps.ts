// Operations under test run on a real store (fake-indexeddb) and a host that records what
// it was asked to save instead of showing a dialog.
import { ok } from '../../../shared/result';
import type { Platform } from '../../platform';
import type { AirlockStore } from '../../store/open-store';
import type { OperationDeps } from '../operations';

export type SavedFile = { name: string; bytes: Uint8Array };

/** A host whose save dialog always saves, into `saved`; every other member is absent. */
export const savingPlatform = (saved: SavedFile[] = []): Platform =>
  ({
    saveFile: (args: { suggestedName: string; bytes: Uint8Array }) => {
      saved.push({ name: args.suggestedName, bytes: args.bytes });
      return Promise.resolve(ok({ saved: true }));
    },
    folders: null,
  }) as unknown as Platform;

export const depsOf = (
  store: AirlockStore,
  platform: Platform = savingPlatform(),
): OperationDeps => ({
  store,
  platform,
});
