import { PostingIndex } from './posting-index';

export const SEARCH_FIELDS = ['ref', 'title', 'product', 'vendor', 'cve', 'cwe', 'notes'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
export type SearchDoc = { id: string } & Record<SearchField, string>;

export type SearchOptions = {
  /** At most this many hits (default 200). */
  limit?: number;
  /** Restrict to some fields (default: all). */
  fields?: readonly SearchField[];
  /** Match any term instead of all terms (default: all). */
  anyTerm?: boolean;
};

export type SearchHit = { id: string; score: number; fields: readonly SearchField[] };

const MAX_QUERY_CHARS = 200;

/**
 * The in-memory full-text index over cases. It lives only while the vault is unlocked;
 * `clear()` drops it on lock. Nothing of it is ever persisted. (MiniSearch was the first
 * implementation; the bench showed it 4–10× slower on 10k cases, see posting-index.ts.)
 */
export class CaseSearch {
  private index = CaseSearch.create();

  private static create(): PostingIndex<SearchField> {
    return new PostingIndex<SearchField>(SEARCH_FIELDS, { ref: 4, cve: 4, title: 2 });
  }

  get size(): number {
    return this.index.size;
  }

  rebuild(docs: readonly SearchDoc[]): void {
    this.index = CaseSearch.create();
    this.index.addAll(docs);
  }

  /** Replaces the documents of these cases; a null doc removes the case from the index. */
  update(changes: ReadonlyMap<string, SearchDoc | null>): void {
    const docs: SearchDoc[] = [];
    for (const [id, doc] of changes) {
      this.index.remove(id);
      if (doc !== null) docs.push(doc);
    }
    // A bulk import sorts the term list once; a small edit inserts its few new terms.
    if (docs.length > 64) this.index.addAll(docs);
    else for (const doc of docs) this.index.add(doc.id, doc);
  }

  search(query: string, options: SearchOptions = {}): readonly SearchHit[] {
    return this.index.search(query.slice(0, MAX_QUERY_CHARS), {
      limit: options.limit ?? 200,
      ...(options.fields === undefined ? {} : { fields: options.fields }),
      ...(options.anyTerm === true ? { anyTerm: true } : {}),
    });
  }

  clear(): void {
    this.index = CaseSearch.create();
  }
}
