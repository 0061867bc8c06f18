import { LOCK_EVENT, type LockReason } from '../shared/ipc/contract';

/** The slice of Electron's powerMonitor that signals a lock. */
export type PowerMonitorLike = {
  on(event: 'suspend', listener: () => void): unknown;
  on(event: 'lock-screen', listener: () => void): unknown;
  getSystemIdleState(idleThreshold: number): 'active' | 'idle' | 'locked' | 'unknown';
};

/** The main window's webContents, as far as sending the lock event goes. */
export type LockTarget = {
  send(channel: string, payload: { reason: LockReason }): void;
  isDestroyed(): boolean;
};

/** Runs `tick` every `ms` until the returned function is called (setInterval, injected). */
export type Every = (ms: number, tick: () => void) => () => void;

/** How often the screen-lock state is polled where no lock event exists. */
export const SCREEN_LOCK_POLL_MS = 2_000;

/**
 * `powerMonitor` emits `lock-screen` on macOS and Windows only. Elsewhere (Linux, a
 * release target) the lock is read from `getSystemIdleState`, which Chromium answers from
 * the desktop's screen saver / logind state.
 */
export const needsLockPolling = (platform: string): boolean =>
  platform !== 'darwin' && platform !== 'win32';

export type LockPolling = { platform: string; every: Every; intervalMs?: number };

/**
 * Calls `onLocked` once each time the session becomes locked: on the edge, not on every
 * poll while it stays locked, since each lock request reloads the renderer. A poll that
 * throws is skipped; the next one reads again.
 */
export function pollScreenLock(
  powerMonitor: Pick<PowerMonitorLike, 'getSystemIdleState'>,
  every: Every,
  onLocked: () => void,
  intervalMs = SCREEN_LOCK_POLL_MS,
): () => void {
  let wasLocked = false;
  return every(intervalMs, () => {
    let state: string;
    try {
      // The threshold only decides 'idle' against 'active'; 'locked' does not depend on it.
      state = powerMonitor.getSystemIdleState(60);
    } catch {
      return;
    }
    const locked = state === 'locked';
    if (locked && !wasLocked) onLocked();
    wasLocked = locked;
  });
}

/**
 * Suspend and screen lock ask the renderer to lock (it drops every key and reloads,
 * ARCHITECTURE.md §5). `onLock` runs first and always, so main-side state such as folder
 * grants is dropped even if the window is already gone. With `polling`, a platform
 * without the `lock-screen` event polls for the lock and takes the same path.
 */
export function wireLockEvents(
  powerMonitor: PowerMonitorLike,
  getTarget: () => LockTarget | null,
  onLock: (reason: LockReason) => void = () => undefined,
  polling?: LockPolling,
): void {
  const lock = (reason: LockReason) => (): void => {
    onLock(reason);
    const target = getTarget();
    if (target !== null && !target.isDestroyed()) target.send(LOCK_EVENT, { reason });
  };
  powerMonitor.on('suspend', lock('suspend'));
  powerMonitor.on('lock-screen', lock('screen-lock'));
  if (polling !== undefined && needsLockPolling(polling.platform)) {
    pollScreenLock(powerMonitor, polling.every, lock('screen-lock'), polling.intervalMs);
  }
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
