import { z } from 'zod';
import { PostingIndex, type PackedIndex } from './posting-index';

export const SEARCH_FIELDS = ['ref', 'title', 'product', 'vendor', 'cve', 'cwe', 'notes'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
export type SearchDoc = { id: string } & Record<SearchField, string>;

const BOOSTS: Partial<Record<SearchField, number>> = { ref: 4, cve: 4, title: 2 };

export const emptyCaseIndex = (): PostingIndex<SearchField> =>
  new PostingIndex<SearchField>(SEARCH_FIELDS, BOOSTS);

export const unpackCaseIndex = (packed: PackedIndex): PostingIndex<SearchField> =>
  PostingIndex.unpack(SEARCH_FIELDS, BOOSTS, packed);

export type IndexProgress = (done: number, total: number) => void;

/** The one index build, run by the worker in the app and in-process in unit tests. */
export const buildPackedIndex = (
  docs: readonly SearchDoc[],
  onProgress: IndexProgress,
): PackedIndex => {
  const packed = PostingIndex.build(SEARCH_FIELDS, BOOSTS, docs, (done) =>
    onProgress(done, docs.length),
  );
  onProgress(docs.length, docs.length);
  return packed;
};

/**
 * Builds the case index from the documents of the moment it starts. `build` may answer at
 * once (in-process) or later (a worker); the store keeps searching the previous index and
 * reports "indexing" until it answers.
 */
export type SearchIndexRunner = {
  build(
    docs: () => readonly SearchDoc[],
    onProgress: IndexProgress,
  ): PackedIndex | Promise<PackedIndex>;
  /** Lock: stop any build and its thread now (the worker holds case text). */
  terminate?(): void;
};

/** Builds on the calling thread and answers synchronously (tests; a fallback if a worker fails). */
export const inProcessRunner: SearchIndexRunner = {
  build: (docs, onProgress) => buildPackedIndex(docs(), onProgress),
};

// The worker boundary: what crosses it is parsed like any other input.
export const searchDocsSchema = z.array(
  z.object({
    id: z.string(),
    ref: z.string(),
    title: z.string(),
    product: z.string(),
    vendor: z.string(),
    cve: z.string(),
    cwe: z.string(),
    notes: z.string(),
  }),
);

const int32 = z.instanceof(Int32Array);

export const packedIndexSchema = z.object({
  terms: z.array(z.string()),
  offsets: int32,
  slots: int32,
  values: int32,
  ids: z.array(z.string().nullable()),
  docOffsets: int32,
  docTerms: int32,
});

export const buildRequestSchema = z.object({
  id: z.number().int(),
  docs: z.instanceof(ArrayBuffer),
});

export const buildReplySchema = z.discriminatedUnion('type', [
  z.object({
    id: z.number().int(),
    type: z.literal('progress'),
    done: z.number(),
    total: z.number(),
  }),
  z.object({ id: z.number().int(), type: z.literal('done'), index: packedIndexSchema }),
  z.object({ id: z.number().int(), type: z.literal('error'), message: z.string() }),
]);
export type BuildReply = z.infer<typeof buildReplySchema>;
