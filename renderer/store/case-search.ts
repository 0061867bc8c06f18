import MiniSearch from 'minisearch';
import { matchesAsPrefix, tokenize } from './search-tokenizer';

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
 * The in-memory full-text index over cases (MiniSearch). It lives only while the vault is
 * unlocked; `clear()` drops it on lock. Nothing of it is ever persisted.
 */
export class CaseSearch {
  private index = CaseSearch.create();

  private static create(): MiniSearch<SearchDoc> {
    return new MiniSearch<SearchDoc>({
      fields: [...SEARCH_FIELDS],
      idField: 'id',
      tokenize,
      processTerm: (term) => term,
      searchOptions: {
        tokenize,
        processTerm: (term) => term,
        prefix: matchesAsPrefix,
        combineWith: 'AND',
        boost: { ref: 4, cve: 4, title: 2 },
      },
    });
  }

  get size(): number {
    return this.index.documentCount;
  }

  rebuild(docs: readonly SearchDoc[]): void {
    this.index = CaseSearch.create();
    this.index.addAll(docs);
  }

  /** Replaces the documents of these cases; a null doc removes the case from the index. */
  update(changes: ReadonlyMap<string, SearchDoc | null>): void {
    for (const [id, doc] of changes) {
      if (this.index.has(id)) this.index.discard(id);
      if (doc !== null) this.index.add(doc);
    }
  }

  search(query: string, options: SearchOptions = {}): readonly SearchHit[] {
    const text = query.slice(0, MAX_QUERY_CHARS);
    if (tokenize(text).length === 0) return [];
    const results = this.index.search(text, {
      ...(options.fields === undefined ? {} : { fields: [...options.fields] }),
      ...(options.anyTerm === true ? { combineWith: 'OR' as const } : {}),
    });
    return results.slice(0, options.limit ?? 200).map((result) => ({
      id: String(result.id),
      score: result.score,
      fields: [...new Set(Object.values(result.match).flat())] as SearchField[],
    }));
  }

  clear(): void {
    this.index = CaseSearch.create();
  }
}
