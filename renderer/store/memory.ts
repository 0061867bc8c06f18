import type { TableSpec } from './types';

const normaliseUnique = (value: string): string =>
  value.normalize('NFKC').trim().toUpperCase().replace(/\s+/g, '');

/**
 * The decrypted rows of one table. Snapshots (`all()`, `byCase()`) are cached and keep
 * their identity until the table changes, which is what `useSyncExternalStore` needs.
 */
export class TableMemory<T> {
  private readonly rows = new Map<string, T>();
  private readonly unique = new Map<string, string>();
  private allCache: readonly T[] | null = null;
  private byCaseCache: Map<string, readonly T[]> | null = null;
  private readonly listeners = new Set<() => void>();
  private revision = 0;

  constructor(readonly spec: TableSpec<T>) {}

  get(id: string): T | undefined {
    return this.rows.get(id);
  }

  has(id: string): boolean {
    return this.rows.has(id);
  }

  get size(): number {
    return this.rows.size;
  }

  get version(): number {
    return this.revision;
  }

  all(): readonly T[] {
    this.allCache ??= Object.freeze([...this.rows.values()]);
    return this.allCache;
  }

  byCase(caseId: string): readonly T[] {
    const caseIdOf = this.spec.caseIdOf;
    if (caseIdOf === undefined) return EMPTY;
    if (this.byCaseCache === null) {
      const groups = new Map<string, T[]>();
      for (const record of this.rows.values()) {
        const key = caseIdOf(record);
        if (key === null) continue;
        const group = groups.get(key);
        if (group === undefined) groups.set(key, [record]);
        else group.push(record);
      }
      this.byCaseCache = new Map([...groups].map(([key, list]) => [key, Object.freeze(list)]));
    }
    return this.byCaseCache.get(caseId) ?? EMPTY;
  }

  /** Id of the record holding this unique value, if any. */
  ownerOfUnique(value: string): string | undefined {
    return this.unique.get(normaliseUnique(value));
  }

  /** Applies committed changes; returns true if anything changed. */
  apply(puts: readonly T[], deletes: readonly string[]): boolean {
    for (const id of deletes) this.remove(id);
    for (const record of puts) {
      const id = this.spec.idOf(record);
      // A replaced record keeps its place: a case's involvements stay in the order they were
      // added when a commit rewrites only the one that changed (case-writes.ts).
      this.dropUnique(this.rows.get(id));
      this.rows.set(id, record);
      const value = this.spec.uniqueOf?.(record);
      if (value !== undefined && value !== null) this.unique.set(normaliseUnique(value), id);
    }
    const changed = puts.length > 0 || deletes.length > 0;
    if (changed) this.invalidate();
    return changed;
  }

  clear(): void {
    this.rows.clear();
    this.unique.clear();
    this.invalidate();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private remove(id: string): void {
    this.dropUnique(this.rows.get(id));
    this.rows.delete(id);
  }

  private dropUnique(old: T | undefined): void {
    if (old === undefined) return;
    const value = this.spec.uniqueOf?.(old);
    if (value !== undefined && value !== null) this.unique.delete(normaliseUnique(value));
  }

  private invalidate(): void {
    this.allCache = null;
    this.byCaseCache = null;
    this.revision += 1;
  }
}

const EMPTY: readonly never[] = Object.freeze([]);

export { normaliseUnique };
