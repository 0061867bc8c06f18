// Taking replies in from files or a removable-media folder (issue 24 item 2): an operation,
// not a component's workflow. Every file ends as one item: opened, or failed with its reason
// and the stage it failed at (read from the folder, or opened as OpenPGP) — a file that
// cannot be read is listed, never dropped. Nothing is stored here.
import type { Key, PrivateKey } from '../../../shared/crypto/pgp';
import { openedNotAReply, unopenedNotAReply } from '../../../shared/exchange/message';
import { ok, type CodedError, type Result } from '../../../shared/result';
import type { FolderAccess, Platform } from '../../platform';
import { openItems, type OpenedItem } from './reply-actions';
import { recogniseReportForm } from './report-form-import';
import { pairDetached, type PickedReply, type ReplyItem } from './reply-model';

/** The largest reply file read (a PGP/MIME mail with attachments). */
export const MAX_REPLY = 64 * 1024 * 1024;

export type ReadFailure = { name: string; ok: false; stage: 'read'; error: CodedError };
export type ImportItem = OpenedItem | ReadFailure;

export type ReplyKeys = { decryptionKey: PrivateKey; knownKeys: readonly Key[] };

/** Reads every file of a granted folder; a file that cannot be read is a failure item. */
export async function readFolder(
  folders: Pick<FolderAccess, 'list' | 'read'>,
  grantId: string,
  maxBytes = MAX_REPLY,
): Promise<Result<{ files: PickedReply[]; failed: ReadFailure[] }, CodedError>> {
  const listed = await folders.list({ grantId });
  if (!listed.ok) return listed;
  const files: PickedReply[] = [];
  const failed: ReadFailure[] = [];
  for (const entry of listed.value) {
    const read = await folders.read({ grantId, name: entry.name, maxBytes });
    if (read.ok) files.push({ name: read.value.name, bytes: read.value.bytes });
    else failed.push({ name: entry.name, ok: false, stage: 'read', error: read.error });
  }
  return ok({ files, failed });
}

/** A case bundle or a key file is refused with what it is and where it goes instead
 *  (`not-a-reply.ts`), so neither is ever stored as a vendor reply. */
async function refuseNotAReply(item: OpenedItem, file: ReplyItem | undefined): Promise<OpenedItem> {
  const what = item.ok
    ? await openedNotAReply(item.reply)
    : file === undefined
      ? null
      : unopenedNotAReply(file.data);
  return what === null ? item : { name: item.name, ok: false, error: { code: what, message: '' } };
}

/** Opens the files read (a detached signature paired with its file), after the failures;
 *  a finder's report form is recognised as one (report-form-import.ts). */
export async function openReplies(
  files: readonly PickedReply[],
  failed: readonly ReadFailure[],
  keys: ReplyKeys,
): Promise<ImportItem[]> {
  const paired = pairDetached(files);
  const opened = await openItems(paired, keys.decryptionKey, keys.knownKeys);
  // openItems gives one item per file, in order.
  const checked = await Promise.all(opened.map((item, i) => refuseNotAReply(item, paired[i])));
  return [...failed, ...checked.map(recogniseReportForm)];
}

/** Files the analyst picks: every one opened or failed; null when nothing was picked. */
export async function importPickedFiles(
  platform: Pick<Platform, 'openFiles'>,
  keys: ReplyKeys,
): Promise<Result<ImportItem[] | null, CodedError>> {
  const picked = await platform.openFiles({ filters: [], multiple: true, maxBytes: MAX_REPLY });
  if (!picked.ok) return picked;
  if (picked.value.length === 0) return ok(null);
  const files = picked.value.map((f) => ({ name: f.name, bytes: f.bytes }));
  return ok(await openReplies(files, [], keys));
}

/** A folder the analyst chooses (Electron): every file in it opened or failed; null when
 *  no folder was chosen. */
export async function importFolder(
  folders: FolderAccess,
  keys: ReplyKeys,
): Promise<Result<ImportItem[] | null, CodedError>> {
  const chosen = await folders.choose({});
  if (!chosen.ok) return chosen;
  if (chosen.value === null) return ok(null);
  const read = await readFolder(folders, chosen.value.grantId);
  if (!read.ok) return read;
  return ok(await openReplies(read.value.files, read.value.failed, keys));
}

/** How many items opened and how many failed, for the summary line. */
export const importCounts = (items: readonly ImportItem[]) => ({
  opened: items.filter((i) => i.ok).length,
  failed: items.filter((i) => !i.ok).length,
});
