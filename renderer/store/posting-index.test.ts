import { describe, expect, it } from 'vitest';
import { PostingIndex } from './posting-index';
import { matchesAsPrefix, tokenize } from '../../shared/workflow/search-tokenizer';

const FIELDS = ['ref', 'title', 'notes'] as const;
type Field = (typeof FIELDS)[number];
type Doc = { id: string } & Record<Field, string>;
const BOOSTS = { ref: 4, title: 2 };

const WORDS = ['router', 'route', 'camera', 'admin', '脆弱性', 'ログイン画面', 'fix', 'firmware'];

/**
 * The index as a plain model: the live documents by slot (slots handed out as the index does:
 * a freed slot is reused last-freed first), each query answered by tokenising every document
 * afresh. Independent of how the index stores its postings.
 */
class Model {
  private readonly docs: (Doc | null)[] = [];
  private readonly free: number[] = [];

  add(doc: Doc): void {
    this.remove(doc.id);
    const slot = this.free.pop() ?? this.docs.length;
    this.docs[slot] = doc;
  }

  /** Unpacked from a pack: the free slots are known in slot order, not freeing order. */
  repacked(): void {
    this.free.length = 0;
    this.docs.forEach((doc, slot) => {
      if (doc === null) this.free.push(slot);
    });
  }

  remove(id: string): void {
    const slot = this.docs.findIndex((d) => d?.id === id);
    if (slot < 0) return;
    this.docs[slot] = null;
    this.free.push(slot);
  }

  search(query: string, options: { fields?: readonly Field[]; anyTerm?: boolean; limit: number }) {
    const values = this.docs.map((doc) => {
      const terms = new Map<string, number>();
      if (doc === null) return terms;
      FIELDS.forEach((field, bit) => {
        const boost = (BOOSTS as Partial<Record<Field, number>>)[field] ?? 1;
        for (const term of tokenize(doc[field])) {
          const prev = terms.get(term) ?? 0;
          terms.set(term, (((prev >> 8) + boost) << 8) | (prev & 255) | (1 << bit));
        }
      });
      return terms;
    });
    const live = this.docs.filter((d) => d !== null).length;
    const mask =
      options.fields === undefined
        ? 255
        : options.fields.reduce((m, f) => m | (1 << FIELDS.indexOf(f)), 0);
    const mix = (a: number, b: number) => (((a >> 8) + (b >> 8)) << 8) | (a & 255) | (b & 255);
    const hitsOf = (term: string): Map<number, number> => {
      const reached = new Set<string>();
      for (const terms of values)
        for (const t of terms.keys())
          if (matchesAsPrefix(term) ? t.startsWith(term) : t === term) reached.add(t);
      const out = new Map<number, number>();
      for (const t of reached) {
        const holders = values.filter((terms) => terms.has(t)).length;
        const idf = Math.log(1 + live / holders);
        const factor = t === term ? 1 : 0.5;
        values.forEach((terms, slot) => {
          const v = terms.get(t);
          if (v === undefined || (v & mask) === 0) return;
          const w = (Math.round((v >> 8) * idf * factor * 16) << 8) | (v & mask);
          const prev = out.get(slot);
          out.set(slot, prev === undefined ? w : mix(prev, w));
        });
      }
      return out;
    };
    const perTerm = [...new Set(tokenize(query))].map(hitsOf);
    let acc = new Map<number, number>();
    perTerm.forEach((hits, i) => {
      if (options.anyTerm === true || i === 0) {
        for (const [slot, v] of hits) {
          const prev = acc.get(slot);
          acc.set(slot, prev === undefined ? v : mix(prev, v));
        }
      } else {
        const kept = new Map<number, number>();
        for (const [slot, v] of acc) {
          const w = hits.get(slot);
          if (w !== undefined) kept.set(slot, mix(v, w));
        }
        acc = kept;
      }
    });
    return [...acc]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, options.limit)
      .map(([slot, v]) => ({ id: this.docs[slot]?.id ?? '', score: v / 256 }));
  }
}

const QUERIES: [string, { fields?: readonly Field[]; anyTerm?: boolean }][] = [
  ['router', {}],
  ['rout', {}],
  // A prefix that reaches one longer term only (the first term's one list, at half weight).
  ['firm', {}],
  ['cam admin', {}],
  ['r', {}],
  ['1', {}],
  ['12', { anyTerm: true }],
  ['脆弱性', {}],
  ['ログイン 脆弱性', {}],
  ['fix camera', { anyTerm: true }],
  ['admin rout', {}],
  ['al 2026', { fields: ['ref'] }],
  ['ticket', { fields: ['notes'] }],
  ['zzz', {}],
];

const expectSame = (index: PostingIndex<Field>, model: Model, step: string) => {
  for (const [query, options] of QUERIES)
    for (const limit of [3, 1000]) {
      const got = index
        .search(query, { ...options, limit })
        .map(({ id, score }) => ({ id, score }));
      expect(got, `${step}: ${query} ${limit} ${JSON.stringify(options)}`).toEqual(
        model.search(query, { ...options, limit }),
      );
    }
};

const randomDocs = () => {
  let seed = 11;
  const next = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % n;
  const word = () => WORDS[next(WORDS.length)] ?? '';
  return (id: string): Doc => ({
    id,
    ref: `AL-2026-${id}`,
    title: `${word()} ${word()}`,
    notes: `${word()}について${word()} see ticket ${next(300)} ${next(2) === 0 ? word() : ''}`,
  });
};

describe('PostingIndex kept packed (posting-base.ts) with lists beside it', () => {
  it('answers as a model of its documents through builds, edits, removals and repacking', () => {
    const docOf = randomDocs();
    let seed = 5;
    const next = (n: number) => (seed = (seed * 69069 + 1) % 4294967296) % n;
    const model = new Model();
    let index = new PostingIndex<Field>(FIELDS, BOOSTS);
    const first = Array.from({ length: 80 }, (_, i) => docOf(String(i)));
    index.addAll(first);
    for (const doc of first) model.add(doc);
    expectSame(index, model, 'packed build');

    // A term whose packed room is full moves to a list of its own, an emptied one comes
    // back to its room; removing and re-adding reuses rooms in place.
    const router = first.filter((d) => tokenize(`${d.title} ${d.notes}`).includes('router'));
    const extra = { id: 'x1', ref: 'AL-2026-x1', title: 'router router', notes: 'ticket 999' };
    index.add(extra.id, extra);
    model.add(extra);
    expectSame(index, model, 'moved out');
    for (const doc of [...router, extra]) {
      index.remove(doc.id);
      model.remove(doc.id);
    }
    expectSame(index, model, 'emptied');
    for (const doc of router.slice(0, 2)) {
      index.add(doc.id, doc);
      model.add(doc);
    }
    expectSame(index, model, 'back in its room');

    for (let step = 0; step < 120; step += 1) {
      const op = next(10);
      const id = String(next(120));
      if (op < 5) {
        const doc = docOf(id);
        index.add(id, doc);
        model.add(doc);
      } else if (op < 8) {
        index.remove(id);
        model.remove(id);
      } else if (op === 8) {
        index = PostingIndex.unpack(FIELDS, BOOSTS, index.pack());
        model.repacked();
      } else {
        // A bulk import into a non-empty index goes document by document.
        const docs = Array.from({ length: 5 }, (_, i) => docOf(String(200 + step * 5 + i)));
        index.addAll(docs);
        for (const doc of docs) model.add(doc);
      }
      if (step % 6 === 0) expectSame(index, model, `step ${step} (op ${op})`);
    }
    expectSame(index, model, 'end');
    expect(index.size).toBe(model.search('al', { limit: 10_000 }).length);
  });

  it('packs only terms that still have postings, and a repacked index answers the same', () => {
    const docOf = randomDocs();
    const index = new PostingIndex<Field>(FIELDS, BOOSTS);
    const docs = Array.from({ length: 30 }, (_, i) => docOf(String(i)));
    index.addAll(docs);
    index.add('new', { ref: 'AL-2026-new', title: 'uniqueword', notes: '' });
    index.remove('new');
    for (let i = 0; i < 30; i += 3) index.remove(String(i));
    const packed = index.pack();
    expect(packed.terms).not.toContain('uniqueword');
    expect(packed.terms).toEqual([...packed.terms].sort());
    for (let t = 0; t < packed.terms.length; t += 1)
      expect(packed.offsets[t + 1] ?? 0).toBeGreaterThan(packed.offsets[t] ?? 0);
    // Each live slot lists exactly its document's terms (what removing it reads); a freed
    // slot lists none.
    packed.ids.forEach((id, slot) => {
      const from = packed.docOffsets[slot] ?? 0;
      const listed = [...packed.docTerms.subarray(from, packed.docOffsets[slot + 1] ?? from)];
      const doc = docs.find((d) => d.id === id);
      const expected =
        doc === undefined ? [] : [...new Set(FIELDS.flatMap((f) => tokenize(doc[f])))].sort();
      expect(listed.map((t) => packed.terms[t]).sort(), `slot ${slot}`).toEqual(expected);
    });
    const again = PostingIndex.unpack(FIELDS, BOOSTS, index.pack());
    for (const [query, options] of QUERIES)
      expect(again.search(query, { ...options, limit: 100 })).toEqual(
        index.search(query, { ...options, limit: 100 }),
      );
  });

  it('builds packed exactly what adding the documents one by one then packing gives', () => {
    const docOf = randomDocs();
    const docs = Array.from({ length: 60 }, (_, i) => docOf(String(i)));
    const one = new PostingIndex<Field>(FIELDS, BOOSTS);
    for (const doc of docs) one.add(doc.id, doc);
    expect(PostingIndex.build(FIELDS, BOOSTS, docs)).toEqual(one.pack());
    // The same id twice: the later document replaces the earlier, as add does.
    const twice = [...docs.slice(0, 5), { ...docOf('2'), title: 'replaced' }];
    const model = new Model();
    for (const doc of twice) model.add(doc);
    const index = PostingIndex.unpack(FIELDS, BOOSTS, PostingIndex.build(FIELDS, BOOSTS, twice));
    expect(index.size).toBe(5);
    expectSame(index, model, 'duplicate ids');
  });
});
