import type { ArgsOf, LockReason, PickedFile, ResultOf } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';

/**
 * The port between the renderer and its host. The Electron implementation calls the
 * preload bridge; the web implementation uses browser APIs. Features depend on this type
 * only, so the web shell and the e2e tests run exactly the renderer that ships.
 */
export type Platform = {
  readonly shell: 'electron' | 'web';
  appInfo(): Promise<Result<ResultOf<'app.info'>>>;
  /** Lets the user pick files; an empty list means they cancelled. */
  openFiles(args: ArgsOf<'files.open'>): Promise<Result<PickedFile[]>>;
  /** Lets the user save bytes to a file of their choice (a download in the web shell). */
  saveFile(args: ArgsOf<'files.save'>): Promise<Result<ResultOf<'files.save'>>>;
  /** Removable-media folders: only where the host can grant one (null otherwise). */
  readonly folders: FolderAccess | null;
  printToPdf(args: ArgsOf<'print.pdf'>): Promise<Result<ResultOf<'print.pdf'>>>;
  /** The host asks to lock (suspend, screen lock). Returns an unsubscribe function. */
  onLockRequested(listener: (reason: LockReason) => void): () => void;
};

export type FolderAccess = {
  choose(args: ArgsOf<'folder.choose'>): Promise<Result<ResultOf<'folder.choose'>>>;
  list(args: ArgsOf<'folder.list'>): Promise<Result<ResultOf<'folder.list'>>>;
  read(args: ArgsOf<'folder.read'>): Promise<Result<ResultOf<'folder.read'>>>;
  write(args: ArgsOf<'folder.write'>): Promise<Result<ResultOf<'folder.write'>>>;
};
