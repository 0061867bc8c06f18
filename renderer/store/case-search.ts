import type { PackedIndex } from './posting-index';
import {
  emptyCaseIndex,
  inProcessRunner,
  unpackCaseIndex,
  type SearchDoc,
  type SearchField,
  type SearchIndexRunner,
} from './search-index-build';

export { SEARCH_FIELDS, type SearchDoc, type SearchField } from './search-index-build';

export type SearchOptions = {
  /** At most this many hits (default 200). */
  limit?: number;
  /** Restrict to some fields (default: all). */
  fields?: readonly SearchField[];
  /** Match any term instead of all terms (default: all). */
  anyTerm?: boolean;
};

export type SearchHit = { id: string; score: number; fields: readonly SearchField[] };

/** `ready: false` while a build runs: searches answer from the previous index meanwhile. */
export type SearchStatus = { ready: true } | { ready: false; done: number; total: number };

const MAX_QUERY_CHARS = 200;

type Build = { pending: Map<string, SearchDoc | null>; done: number; total: number };

/**
 * The in-memory full-text index over cases. It lives only while the vault is unlocked;
 * `clear()` drops it on lock. Nothing of it is ever persisted. (MiniSearch was the first
 * implementation; the bench showed it 4–10× slower on 10k cases, see posting-index.ts.)
 * Whole builds (unlock, a bulk import) go through the runner, a Web Worker in the app;
 * changes committed while one runs are replayed onto its result.
 */
export class CaseSearch {
  private index = emptyCaseIndex();
  private build: Build | null = null;

  constructor(
    private readonly runner: SearchIndexRunner = inProcessRunner,
    /** Called when an asynchronous build progresses or lands (the store notifies). */
    private readonly changed: () => void = () => undefined,
  ) {}

  get size(): number {
    return this.index.size;
  }

  status(): SearchStatus {
    const build = this.build;
    return build === null
      ? { ready: true }
      : { ready: false, done: build.done, total: build.total };
  }

  /**
   * Replaces the index with one built from `docs()` (called when the build starts). With an
   * in-process runner the new index is in place on return; otherwise `status()` says
   * indexing until it lands, and `changed` is called then.
   */
  rebuild(docs: () => readonly SearchDoc[], total: number): void {
    const build: Build = { pending: new Map(), done: 0, total };
    this.build = build;
    const onProgress = (done: number, of: number) => {
      if (this.build !== build) return;
      build.done = done;
      build.total = of;
      this.changed();
    };
    let result: PackedIndex | Promise<PackedIndex>;
    try {
      result = this.runner.build(docs, onProgress);
    } catch {
      result = inProcessRunner.build(docs, () => undefined);
    }
    if (!(result instanceof Promise)) {
      this.install(build, result);
      return;
    }
    // A worker that cannot start or fails must not leave search dead: build here instead.
    result
      .catch(() => (this.build === build ? inProcessRunner.build(docs, () => undefined) : null))
      .then((packed) => {
        if (packed !== null && this.install(build, packed)) this.changed();
      })
      .catch(() => undefined);
  }

  /** Replaces the documents of these cases; a null doc removes the case from the index. */
  update(changes: ReadonlyMap<string, SearchDoc | null>): void {
    // A build in flight started from an older snapshot: replay these changes onto it too.
    if (this.build !== null) for (const [id, doc] of changes) this.build.pending.set(id, doc);
    this.apply(changes);
  }

  search(query: string, options: SearchOptions = {}): readonly SearchHit[] {
    return this.index.search(query.slice(0, MAX_QUERY_CHARS), {
      limit: options.limit ?? 200,
      ...(options.fields === undefined ? {} : { fields: options.fields }),
      ...(options.anyTerm === true ? { anyTerm: true } : {}),
    });
  }

  /** Lock: drops the index and ends the runner's builds (the worker holds case text). */
  clear(): void {
    this.build = null;
    this.runner.terminate?.();
    this.index = emptyCaseIndex();
  }

  /** False when the build was superseded (another build, or lock) while it ran. */
  private install(build: Build, packed: PackedIndex): boolean {
    if (this.build !== build) return false;
    this.index = unpackCaseIndex(packed);
    this.build = null;
    this.apply(build.pending);
    return true;
  }

  private apply(changes: ReadonlyMap<string, SearchDoc | null>): void {
    const docs: SearchDoc[] = [];
    for (const [id, doc] of changes) {
      this.index.remove(id);
      if (doc !== null) docs.push(doc);
    }
    // A bulk import sorts the term list once; a small edit inserts its few new terms.
    if (docs.length > 64) this.index.addAll(docs);
    else for (const doc of docs) this.index.add(doc.id, doc);
  }
}
