import { describe, expect, it } from 'vitest';
import { PostingIndex } from './posting-index';
import { merge } from './posting-query';
import { matchesAsPrefix, tokenize } from '../../shared/workflow/search-tokenizer';

const FIELDS = ['title', 'notes'] as const;
type Field = (typeof FIELDS)[number];
const BOOSTS = { title: 2 };

const WORDS = ['router', 'route', 'camera', 'admin', '脆弱性', 'ログイン画面', 'firmware', 'fix'];
const word = (n: number) => WORDS[n % WORDS.length] ?? '';

/** Documents where many share the same words and scores tie (the cases a heap gets wrong). */
const docs = Array.from({ length: 600 }, (_, i) => ({
  id: `doc-${String(i).padStart(4, '0')}`,
  title: `${word(i)} ${word(i * 3 + 1)}`,
  notes: i % 5 === 0 ? '' : `${word(i * 7)} ${word(i * 11 + 2)} ${word(i * 13)}`,
}));

/**
 * The evaluation as it was before the dense arrays (Maps, then one sort of every match),
 * over the same postings: the new path must give the same hits, scores and order.
 */
const reference = (
  packed: ReturnType<PostingIndex<Field>['pack']>,
  query: string,
  options: { fields?: readonly Field[]; anyTerm?: boolean; limit: number },
): { id: string; score: number }[] => {
  const total = packed.ids.filter((id) => id !== null).length;
  const mask =
    options.fields === undefined
      ? 255
      : options.fields.reduce((m, f) => m | (1 << FIELDS.indexOf(f)), 0);
  const postingsOf = (term: string): Map<number, number> => {
    const out = new Map<number, number>();
    packed.terms.forEach((candidate, t) => {
      const reached = matchesAsPrefix(term) ? candidate.startsWith(term) : candidate === term;
      if (!reached) return;
      const from = packed.offsets[t] ?? 0;
      const to = packed.offsets[t + 1] ?? from;
      const idf = Math.log(1 + total / (to - from));
      const factor = candidate === term ? 1 : 0.5;
      for (let p = from; p < to; p += 1) {
        const v = packed.values[p] ?? 0;
        const slot = packed.slots[p] ?? 0;
        if ((v & mask) === 0) continue;
        const w = (Math.round((v >> 8) * idf * factor * 16) << 8) | (v & mask);
        out.set(slot, merge(out.get(slot), w));
      }
    });
    return out;
  };
  const perTerm = [...new Set(tokenize(query))].map(postingsOf);
  let acc = new Map<number, number>();
  if (options.anyTerm === true) {
    for (const hits of perTerm)
      for (const [slot, v] of hits) acc.set(slot, merge(acc.get(slot), v));
  } else {
    perTerm.forEach((hits, i) => {
      if (i === 0) acc = new Map(hits);
      else
        acc = new Map(
          [...acc]
            .filter(([slot]) => hits.has(slot))
            .map(([slot, v]) => [slot, merge(v, hits.get(slot) ?? 0)]),
        );
    });
  }
  return [...acc]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, options.limit)
    .map(([slot, v]) => ({ id: packed.ids[slot] ?? '', score: v / 256 }));
};

const QUERIES = [
  'router',
  'rout',
  '脆弱性',
  'ログイン 脆弱性',
  'fix camera',
  'admin rout',
  'r',
  'zzz',
];

describe('search over dense arrays (posting-query.ts)', () => {
  it('gives the hits, scores and order of the Map evaluation, for every limit, field and mode', () => {
    const index = new PostingIndex<Field>(FIELDS, BOOSTS);
    index.addAll(docs);
    // Freed slots and a re-added document: the dense arrays must not keep their old scores.
    index.remove('doc-0003');
    index.remove('doc-0010');
    index.add('doc-0010', { title: 'router fix', notes: 'camera' });
    const packed = index.pack();
    for (const query of QUERIES)
      for (const limit of [1, 7, 200, 10_000])
        for (const options of [{}, { anyTerm: true }, { fields: ['notes'] as const }]) {
          const got = index
            .search(query, { ...options, limit })
            .map(({ id, score }) => ({ id, score }));
          expect(got, `${query} ${limit} ${JSON.stringify(options)}`).toEqual(
            reference(packed, query, { ...options, limit }),
          );
        }
  });

  it('answers each query afresh (nothing of the previous query is counted)', () => {
    const index = new PostingIndex<Field>(FIELDS, BOOSTS);
    index.addAll(docs);
    const first = index.search('router camera', { limit: 50 });
    index.search('脆弱性', { anyTerm: true, limit: 50 });
    index.search('fix', { limit: 0 });
    expect(index.search('router camera', { limit: 50 })).toEqual(first);
    expect(index.search('fix', { limit: 0 })).toEqual([]);
  });
});
