import type { ArgsOf, Channel, LockReason, ResultOf } from './contract';
import type { Result } from './result';

/**
 * The object the Electron preload exposes as `window.airlock`: one function per
 * contract channel, named by the channel, plus the lock subscription. Nothing else
 * crosses the bridge (no raw ipcRenderer), and nothing here throws: failures, including
 * a missing main-side handler, come back as `{ ok: false }` results.
 */
export type AirlockChannels = {
  readonly [C in Channel]: (args: ArgsOf<C>) => Promise<Result<ResultOf<C>>>;
};

export type AirlockBridge = AirlockChannels & {
  /** Main asks the renderer to lock (suspend, screen lock). Returns an unsubscribe. */
  readonly onLockRequested: (listener: (reason: LockReason) => void) => () => void;
};

/** The global name under which the preload exposes the bridge. */
export const AIRLOCK_BRIDGE_KEY = 'airlock';
