import { spanGet, type PostingSpan } from './posting-list';

/** The posting lists one query term reaches (itself, or the terms it is a prefix of). */
export type TermLists = readonly { list: PostingSpan; factor: number }[];

const sizeOf = (list: PostingSpan): number => list.to - list.from;

/** Adds scores and ORs field masks of two packed values (weight << 8 | field bits). */
export const merge = (a: number | undefined, b: number): number =>
  a === undefined ? b : mix(a, b);

// `merge` of two numbers: the hot loops call this one (numbers only, so V8 inlines it).
const mix = (a: number, b: number): number => (((a >> 8) + (b >> 8)) << 8) | (a & 255) | (b & 255);

/** Whether to look each survivor up in the list (a binary search each) rather than read the
 *  whole list: only when the survivors are much fewer, as a read is a few steps a posting. */
const lookUp = (survivors: readonly number[], list: PostingSpan): boolean =>
  survivors.length * 8 < sizeOf(list);

type Query = {
  /** Terms' lists: AND in this order (rarest first), or any term. */
  terms: readonly TermLists[];
  anyTerm: boolean;
  /** Field bits a posting must have to count. */
  mask: number;
  /** Documents in the index (for idf). */
  total: number;
  /** Slots in the index (the dense arrays' size). */
  capacity: number;
  limit: number;
};

/**
 * Evaluates queries over dense per-slot arrays instead of Maps. At 100k cases a word found
 * in nearly every case (「脆弱性」) put 100k entries into a Map per term and sorted all of
 * them: 35 ms at 50k. Here each slot's score lives in an Int32Array, membership is a stamp
 * (a generation number, so nothing is cleared between queries) and only the `limit` best
 * are sorted (a heap). The scores and the order are the same as the Map version's.
 */
export class QueryScratch {
  private acc = new Int32Array(0);
  private accStamp = new Uint32Array(0);
  private term = new Int32Array(0);
  private termStamp = new Uint32Array(0);
  private gen = 0;

  /** [slot, packed value] of the best `limit` matches, best first (ties: lower slot). */
  run(query: Query): [number, number][] {
    this.ensure(query.capacity);
    // Stamps start at 0 and a fresh generation never equals an old one; before the counter
    // could wrap (a query takes one per term, at most a few hundred), start over.
    if (this.gen > 0xffff0000) {
      this.accStamp.fill(0);
      this.termStamp.fill(0);
      this.gen = 0;
    }
    const accGen = this.next();
    let survivors: number[] = [];
    query.terms.forEach((lists, i) => {
      if (!query.anyTerm && i > 0 && survivors.length === 0) return;
      const only = lists.length === 1 ? lists[0] : undefined;
      if (i === 0 && only !== undefined) {
        survivors = this.seedOne(only, query, accGen);
        return;
      }
      if (!query.anyTerm && i > 0 && only !== undefined && !lookUp(survivors, only.list)) {
        survivors = this.joinOne(only, query, survivors, accGen);
        return;
      }
      const within = query.anyTerm || i === 0 ? null : { slots: survivors, gen: accGen };
      const hits = this.collect(lists, query, within);
      if (query.anyTerm || i === 0) {
        for (const slot of hits.slots) {
          if (this.accStamp[slot] === accGen) {
            this.acc[slot] = mix(this.acc[slot] ?? 0, this.term[slot] ?? 0);
          } else {
            this.accStamp[slot] = accGen;
            this.acc[slot] = this.term[slot] ?? 0;
            survivors.push(slot);
          }
        }
        return;
      }
      const kept: number[] = [];
      for (const slot of survivors) {
        if (this.termStamp[slot] === hits.gen) {
          this.acc[slot] = mix(this.acc[slot] ?? 0, this.term[slot] ?? 0);
          kept.push(slot);
        } else this.accStamp[slot] = 0;
      }
      survivors = kept;
    });
    return this.best(survivors, query.limit).map((slot) => [slot, this.acc[slot] ?? 0]);
  }

  /** The first term, of one list: its scores straight into `acc` and its slots the
   *  survivors (a list holds a slot once). The same as `collect` then the merge into an
   *  empty `acc`, in one pass instead of two. */
  private seedOne({ list, factor }: TermLists[number], query: Query, accGen: number): number[] {
    const { mask } = query;
    const acc = this.acc;
    const accStamp = this.accStamp;
    const idf = Math.log(1 + query.total / sizeOf(list));
    const { slots, values, from, to } = list;
    const survivors: number[] = [];
    for (let p = from; p < to; p += 1) {
      const slot = slots[p] ?? 0;
      const v = values[p] ?? 0;
      if ((v & mask) === 0) continue;
      acc[slot] = (Math.round((v >> 8) * idf * factor * 16) << 8) | (v & mask);
      accStamp[slot] = accGen;
      survivors.push(slot);
    }
    return survivors;
  }

  /** A later AND term of one list, read whole: its scores go straight into `acc` (a list
   *  holds a slot once, so the term's score is that posting's), and the survivors it lacks
   *  are dropped. The same result as `collect` then the merge, without the `term` pass. */
  private joinOne(
    { list, factor }: TermLists[number],
    query: Query,
    survivors: number[],
    accGen: number,
  ): number[] {
    const gen = this.next();
    const { mask } = query;
    const acc = this.acc;
    const accStamp = this.accStamp;
    const termStamp = this.termStamp;
    const idf = Math.log(1 + query.total / sizeOf(list));
    const { slots, values, from, to } = list;
    for (let p = from; p < to; p += 1) {
      const slot = slots[p] ?? 0;
      const v = values[p] ?? 0;
      if ((v & mask) === 0 || accStamp[slot] !== accGen) continue;
      acc[slot] = mix(acc[slot] ?? 0, (Math.round((v >> 8) * idf * factor * 16) << 8) | (v & mask));
      termStamp[slot] = gen;
    }
    let kept = 0;
    for (const slot of survivors) {
      if (termStamp[slot] === gen) survivors[kept++] = slot;
      else accStamp[slot] = 0;
    }
    survivors.length = kept;
    return survivors;
  }

  /** One term's packed scores into `term` (stamped with the returned gen); only the slots
   *  stamped `within.gen` in `accStamp` when given (the same scores either way). */
  private collect(
    lists: TermLists,
    query: Query,
    within: { slots: readonly number[]; gen: number } | null,
  ): { slots: number[]; gen: number } {
    const gen = this.next();
    const out: number[] = [];
    const { mask } = query;
    // Plain loops over the typed arrays: a call per posting was most of a query's time.
    const term = this.term;
    const termStamp = this.termStamp;
    const accStamp = this.accStamp;
    const add = (slot: number, v: number, idf: number, factor: number) => {
      // Multiplied in this order: the score is the same double as before the dense arrays.
      const w = (Math.round((v >> 8) * idf * factor * 16) << 8) | (v & mask);
      if (termStamp[slot] === gen) {
        term[slot] = mix(term[slot] ?? 0, w);
      } else {
        termStamp[slot] = gen;
        term[slot] = w;
        out.push(slot);
      }
    };
    for (const { list, factor } of lists) {
      const idf = Math.log(1 + query.total / sizeOf(list));
      if (within !== null && lookUp(within.slots, list)) {
        for (const slot of within.slots) {
          const v = spanGet(list, slot);
          if (v !== undefined && (v & mask) !== 0) add(slot, v, idf, factor);
        }
        continue;
      }
      const { slots, values, from, to } = list;
      const only = within === null ? -1 : within.gen;
      for (let p = from; p < to; p += 1) {
        const slot = slots[p] ?? 0;
        const v = values[p] ?? 0;
        if ((v & mask) === 0 || (only !== -1 && accStamp[slot] !== only)) continue;
        add(slot, v, idf, factor);
      }
    }
    return { slots: out, gen };
  }

  /** a before b: higher packed value first, then the lower slot (the Map version's sort). */
  private before(a: number, b: number): number {
    return (this.acc[b] ?? 0) - (this.acc[a] ?? 0) || a - b;
  }

  /** The `limit` first slots in `before` order: a heap of the best so far whose root is the
   *  worst of them, so 100k survivors cost 100k comparisons with the root, not a sort. */
  private best(slots: number[], limit: number): number[] {
    const order = (a: number, b: number) => this.before(a, b);
    if (slots.length <= limit) return slots.sort(order);
    if (limit <= 0) return [];
    const heap = slots.slice(0, limit);
    // Root = worst: a max-heap under `order`.
    const down = (from: number) => {
      let i = from;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let worst = i;
        if (l < limit && order(heap[l] ?? 0, heap[worst] ?? 0) > 0) worst = l;
        if (r < limit && order(heap[r] ?? 0, heap[worst] ?? 0) > 0) worst = r;
        if (worst === i) return;
        [heap[i], heap[worst]] = [heap[worst] ?? 0, heap[i] ?? 0];
        i = worst;
      }
    };
    for (let i = (limit >> 1) - 1; i >= 0; i -= 1) down(i);
    for (let k = limit; k < slots.length; k += 1) {
      const slot = slots[k] ?? 0;
      if (order(slot, heap[0] ?? 0) < 0) {
        heap[0] = slot;
        down(0);
      }
    }
    return heap.sort(order);
  }

  private ensure(capacity: number): void {
    if (this.acc.length >= capacity) return;
    const size = Math.max(capacity, this.acc.length * 2, 64);
    this.acc = new Int32Array(size);
    this.accStamp = new Uint32Array(size);
    this.term = new Int32Array(size);
    this.termStamp = new Uint32Array(size);
    this.gen = 0;
  }

  private next(): number {
    this.gen += 1;
    return this.gen;
  }
}
