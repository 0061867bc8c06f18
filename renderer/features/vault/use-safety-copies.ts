import { useEffect, useState, useSyncExternalStore } from 'react';
import type { PickedFile } from '../../../shared/ipc/contract';
import { useStore } from '../../store/hooks';
import {
  keepSafetyCopy,
  listSafetyCopies,
  nextCopyDelay,
  type SafetyCopy,
  type SafetyCopyStatus,
} from '../../store/safety-copies';
import { opfsCopyDirectory } from '../../store/safety-copies-opfs';

/** The first copy of a session waits for unlock to settle; later ones for writes to pause
 *  (`nextCopyDelay`: longer for a vault whose copy takes long). */
const AFTER_UNLOCK_MS = 5_000;

// One app, one open vault: what the Backup panel shows about its safety copies.
let status: SafetyCopyStatus = { state: 'pending' };
const listeners = new Set<() => void>();
const setStatus = (next: SafetyCopyStatus) => {
  status = next;
  for (const listener of listeners) listener();
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Whether safety copies are being kept, and the newest one's time (the Backup panel). */
export const useSafetyCopyStatus = (): SafetyCopyStatus =>
  useSyncExternalStore(subscribe, () => status);

/**
 * While the vault is open, keeps its safety copies (see store/safety-copies.ts): one a few
 * seconds after unlock, then one each time writes pause. Best effort by design: a copy that
 * cannot be made (no OPFS, quota) leaves the vault as it is, and the Backup panel says so
 * (`useSafetyCopyStatus`): the analyst's own backups remain the record.
 */
export function useSafetyCopies(): void {
  const store = useStore();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let lastCopyMs: number | null = null;
    setStatus({ state: 'pending' });
    const copy = async () => {
      const started = performance.now();
      const dir = await opfsCopyDirectory();
      if (stopped) return;
      if (dir === null) return setStatus({ state: 'unavailable' });
      const file = await store.backup();
      if (stopped) return;
      if (!file.ok) return setStatus({ state: 'failed', reason: file.error.message });
      try {
        const kept = await keepSafetyCopy(dir, file.value, new Date());
        if (!stopped) setStatus({ state: 'kept', madeAt: kept.madeAt });
      } catch (e) {
        if (!stopped) setStatus({ state: 'failed', reason: String(e) });
      }
      lastCopyMs = performance.now() - started;
    };
    const schedule = (delay: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => void copy(), delay);
    };
    schedule(AFTER_UNLOCK_MS);
    const unsubscribe = store.repos.audit.subscribe(() => schedule(nextCopyDelay(lastCopyMs)));
    return () => {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
      setStatus({ state: 'pending' });
    };
  }, [store]);
}

/** The newest safety copy on this computer as a picked file (the lost-vault screen). */
export function useNewestSafetyCopy(enabled: boolean): (PickedFile & SafetyCopy) | null {
  const [copy, setCopy] = useState<(PickedFile & SafetyCopy) | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    void (async () => {
      const dir = await opfsCopyDirectory();
      const newest = dir === null ? undefined : (await listSafetyCopies(dir))[0];
      const bytes = newest === undefined || dir === null ? null : await dir.read(newest.name);
      if (stopped || newest === undefined || bytes === null) return;
      setCopy({ ...newest, size: bytes.length, bytes });
    })().catch(() => undefined);
    return () => {
      stopped = true;
    };
  }, [enabled]);
  return copy;
}
