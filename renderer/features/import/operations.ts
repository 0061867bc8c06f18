// Replies in as named operations (ARCHITECTURE.md §7b): take files (picked, or every file
// of a removable-media folder) and open each — every file ends as an item, opened or failed
// with its reason, none dropped — then, on the analyst's confirmation, store one reply in a
// case. Who signed a reply is `signerOf`, for the preview and the store alike.
import type { Case } from '../../../shared/model';
import type { OpenedReply } from '../../../shared/exchange/message';
import type { KeyRecord } from '../../../shared/model/key';
import { failWith, type CodedError, type Result } from '../../../shared/result';
import type { OperationMap } from '../../app/operations';
import type { Platform } from '../../platform';
import { storeReply, type ImportStore } from './reply-actions';
import { importFolder, importPickedFiles, type ImportItem, type ReplyKeys } from './reply-import';

export type ImportDeps = { readonly store: ImportStore; readonly platform: Platform };

type Taken = Promise<Result<ImportItem[] | null, CodedError>>;

export const importOperations = {
  /** Files the analyst picks, each opened or failed; null when nothing was picked. */
  openPickedFiles: ({ platform }: ImportDeps, input: { keys: ReplyKeys }): Taken =>
    importPickedFiles(platform, input.keys),
  /** Every file of a folder the analyst chooses (Electron); null when none was chosen. */
  openFolder: ({ platform }: ImportDeps, input: { keys: ReplyKeys }): Taken =>
    platform.folders === null
      ? Promise.resolve(failWith('no-folders', 'This host cannot open folders'))
      : importFolder(platform.folders, input.keys),
  /** Stores an opened reply in `kase` (an unverified one only when the analyst chose to). */
  storeReply: (
    { store }: ImportDeps,
    input: {
      kase: Case;
      name: string;
      reply: OpenedReply;
      keys: readonly KeyRecord[];
      acceptUnverified: boolean;
    },
  ) =>
    storeReply(store, input.kase, { name: input.name, reply: input.reply }, input.keys, {
      acceptUnverified: input.acceptUnverified,
    }),
} satisfies OperationMap<ImportDeps>;
