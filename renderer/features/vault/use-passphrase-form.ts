import { useState } from 'react';
import type { StoreProgress } from '../../store/types';

/** Busy/progress/error state shared by the create, unlock and change-passphrase forms. */
export function useVaultTask() {
  const [progress, setProgress] = useState<StoreProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: (onProgress: (p: StoreProgress) => void) => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    try {
      setError(await work(setProgress));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  return { progress, busy, error, run };
}
