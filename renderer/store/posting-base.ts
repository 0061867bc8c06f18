import { PostingList, findSlot, type PostingSpan } from './posting-list';

/**
 * An index as flat arrays, to cross from the worker that built it to the main thread: the
 * typed arrays are transferred (not copied); only the term and id strings are cloned.
 * Term i's postings are slots/values[offsets[i] .. offsets[i + 1]]; slot s's terms are
 * docTerms[docOffsets[s] .. docOffsets[s + 1]] (indices into `terms`, for remove()).
 */
export type PackedIndex = {
  terms: string[];
  offsets: Int32Array<ArrayBuffer>;
  slots: Int32Array<ArrayBuffer>;
  values: Int32Array<ArrayBuffer>;
  ids: (string | null)[];
  docOffsets: Int32Array<ArrayBuffer>;
  docTerms: Int32Array<ArrayBuffer>;
};

export const packedTransferables = (packed: PackedIndex): ArrayBuffer[] =>
  [packed.offsets, packed.slots, packed.values, packed.docOffsets, packed.docTerms].map(
    (array) => array.buffer,
  );

/** Index of the first of the sorted `terms` that is ≥ `term`. */
export const lowerBound = (terms: readonly string[], term: string): number => {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((terms[mid] ?? '') < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** Term i's postings were moved out to a PostingList (they outgrew their room). */
const MOVED = -1;

/**
 * A packed index kept as it arrived, read and edited in place: no object per term. At 100k
 * cases (~680k distinct terms) a PostingList and two typed-array views per term held about
 * 100 MiB of the main thread's heap. Term i's room is offsets[i] .. offsets[i + 1]; its live
 * postings are the first counts[i] of it. A removed document's postings are taken out in
 * place (the tail shifts left), and a document added back to a term with room goes in place;
 * a term whose room is full is moved out to a PostingList the index keeps (`moveOut`). The
 * term table itself never changes: new terms live beside it (posting-index.ts).
 */
export class PackedPostings {
  private readonly counts: Int32Array;

  constructor(private readonly packed: PackedIndex) {
    const { offsets } = packed;
    this.counts = new Int32Array(packed.terms.length);
    for (let i = 0; i < this.counts.length; i += 1)
      this.counts[i] = (offsets[i + 1] ?? 0) - (offsets[i] ?? 0);
  }

  static empty(): PackedPostings {
    const none = new Int32Array(0);
    return new PackedPostings({
      terms: [],
      offsets: new Int32Array(1),
      slots: none,
      values: none,
      ids: [],
      docOffsets: new Int32Array(1),
      docTerms: none,
    });
  }

  get terms(): readonly string[] {
    return this.packed.terms;
  }

  /** Index of `term` in the table, or -1. */
  find(term: string): number {
    const i = lowerBound(this.packed.terms, term);
    return this.packed.terms[i] === term ? i : -1;
  }

  /** Whether term i's postings were moved out (the index's PostingList holds them). */
  moved(i: number): boolean {
    return this.counts[i] === MOVED;
  }

  /** Term i's live postings in place; null when it has none here (empty, or moved out). */
  span(i: number): PostingSpan | null {
    const count = this.counts[i] ?? 0;
    if (count <= 0) return null;
    const from = this.packed.offsets[i] ?? 0;
    return { slots: this.packed.slots, values: this.packed.values, from, to: from + count };
  }

  /** Sets slot's value in term i when it has room; false when full (move it out then). */
  set(i: number, slot: number, value: number): boolean {
    const { slots, values, offsets } = this.packed;
    // A moved-out term whose list emptied has its (empty) room again.
    const count = Math.max(0, this.counts[i] ?? 0);
    const from = offsets[i] ?? 0;
    const end = from + count;
    const p = findSlot(slots, from, end, slot);
    if (p < end && slots[p] === slot) {
      values[p] = value;
      return true;
    }
    if (end === (offsets[i + 1] ?? 0)) return false;
    slots.copyWithin(p + 1, p, end);
    values.copyWithin(p + 1, p, end);
    slots[p] = slot;
    values[p] = value;
    this.counts[i] = count + 1;
    return true;
  }

  /** Takes slot out of term i (in place); nothing when it is not there. */
  delete(i: number, slot: number): void {
    const { slots, values, offsets } = this.packed;
    const count = this.counts[i] ?? 0;
    if (count <= 0) return;
    const from = offsets[i] ?? 0;
    const end = from + count;
    const p = findSlot(slots, from, end, slot);
    if (p >= end || slots[p] !== slot) return;
    slots.copyWithin(p, p + 1, end);
    values.copyWithin(p, p + 1, end);
    this.counts[i] = count - 1;
  }

  /** Term i's postings as a list of their own; the table then holds none for it. */
  moveOut(i: number): PostingList {
    const from = this.packed.offsets[i] ?? 0;
    const to = from + Math.max(0, this.counts[i] ?? 0);
    this.counts[i] = MOVED;
    return PostingList.of(this.packed.slots.slice(from, to), this.packed.values.slice(from, to));
  }

  /** The terms slot had when packed (indices into `terms`), for removing it. */
  termsOf(slot: number): number[] {
    const { docOffsets, docTerms } = this.packed;
    if (slot + 1 >= docOffsets.length) return [];
    return Array.from(docTerms.subarray(docOffsets[slot] ?? 0, docOffsets[slot + 1] ?? 0));
  }
}
