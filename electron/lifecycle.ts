import { LOCK_EVENT, type LockReason } from '../shared/ipc/contract';

/** The slice of Electron's powerMonitor that signals a lock. */
export type PowerMonitorLike = {
  on(event: 'suspend', listener: () => void): unknown;
  on(event: 'lock-screen', listener: () => void): unknown;
};

/** The main window's webContents, as far as sending the lock event goes. */
export type LockTarget = {
  send(channel: string, payload: { reason: LockReason }): void;
  isDestroyed(): boolean;
};

/**
 * Suspend and screen lock ask the renderer to lock (it drops every key and reloads,
 * ARCHITECTURE.md §5). `onLock` runs first and always, so main-side state such as folder
 * grants is dropped even if the window is already gone.
 */
export function wireLockEvents(
  powerMonitor: PowerMonitorLike,
  getTarget: () => LockTarget | null,
  onLock: (reason: LockReason) => void = () => undefined,
): void {
  const lock = (reason: LockReason) => (): void => {
    onLock(reason);
    const target = getTarget();
    if (target !== null && !target.isDestroyed()) target.send(LOCK_EVENT, { reason });
  };
  powerMonitor.on('suspend', lock('suspend'));
  powerMonitor.on('lock-screen', lock('screen-lock'));
}

/** The slice of Electron's `app` the single-instance lock needs. */
export type SingleInstanceApp = {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
};

export type FocusableWindow = {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
};

/**
 * One Airlock per user: two processes on one IndexedDB store could interleave writes
 * to the audit chain. A second launch quits at once and brings the first to the front.
 * Returns false when this process must not go on.
 */
export function claimSingleInstance(
  app: SingleInstanceApp,
  getWindow: () => FocusableWindow | null,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const win = getWindow();
    if (win === null || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  return true;
}
