import { useEffect, useState } from 'react';
import type { PickedFile } from '../../../shared/ipc/contract';
import { useStore } from '../../store/hooks';
import { keepSafetyCopy, listSafetyCopies, type SafetyCopy } from '../../store/safety-copies';
import { opfsCopyDirectory } from '../../store/safety-copies-opfs';

/** The first copy of a session waits for unlock to settle; later ones for writes to pause. */
const AFTER_UNLOCK_MS = 5_000;
const AFTER_WRITES_MS = 30_000;

/**
 * While the vault is open, keeps its safety copies (see store/safety-copies.ts): one a few
 * seconds after unlock, then one each time writes pause. Best effort by design: a copy that
 * cannot be made (no OPFS, quota) leaves the vault as it is; the analyst's own backups
 * remain the record.
 */
export function useSafetyCopies(): void {
  const store = useStore();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const copy = async () => {
      const dir = await opfsCopyDirectory();
      if (dir === null || stopped) return;
      const file = await store.backup();
      if (!file.ok || stopped) return;
      await keepSafetyCopy(dir, file.value, new Date()).catch(() => undefined);
    };
    const schedule = (delay: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => void copy(), delay);
    };
    schedule(AFTER_UNLOCK_MS);
    const unsubscribe = store.repos.audit.subscribe(() => schedule(AFTER_WRITES_MS));
    return () => {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
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
