import { useSyncExternalStore } from 'react';
import { useStore } from '../../store/hooks';
import type { AirlockRecords } from '../../store/registry';
import type { WritableTable } from '../../store/store';

/** The records of one table, re-read when the table commits a change. */
export function useTable<K extends WritableTable>(table: K): readonly AirlockRecords[K][] {
  const repo = useStore().repos[table];
  useSyncExternalStore(
    (listener) => repo.subscribe(listener),
    () => repo.version(),
  );
  return repo.all() as readonly AirlockRecords[K][];
}
