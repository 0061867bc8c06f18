/**
 * One term's postings where they lie: slots[from .. to) in ascending order, each with its
 * packed value (weight << 8 | field bits) at the same place in `values`. A span reads a
 * PostingList or a range of a packed index alike; queries only read through it.
 */
export type PostingSpan = {
  readonly slots: Int32Array;
  readonly values: Int32Array;
  readonly from: number;
  readonly to: number;
};

/** Index of the first slot ≥ `slot` in slots[from .. to). */
export const findSlot = (slots: Int32Array, from: number, to: number, slot: number): number => {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((slots[mid] ?? 0) < slot) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** The value a span holds for `slot`, if any. */
export const spanGet = (span: PostingSpan, slot: number): number | undefined => {
  const i = findSlot(span.slots, span.from, span.to, slot);
  return i < span.to && span.slots[i] === slot ? span.values[i] : undefined;
};

/**
 * One term's postings: document slots in ascending order, each with its packed value
 * (weight << 8 | field bits), in two growable Int32Arrays. At unlock the index is built in
 * slot order, so every write is an append; a Map per term cost most of the build time in
 * hashing, rehashing and garbage collection (10k cases, ~2M postings).
 */
export class PostingList {
  private slots = new Int32Array(4);
  private values = new Int32Array(4);
  private count = 0;

  /** A list over slots/values already in slot order (an index built in a worker). */
  static of(slots: Int32Array<ArrayBuffer>, values: Int32Array<ArrayBuffer>): PostingList {
    const list = new PostingList();
    list.slots = slots;
    list.values = values;
    list.count = slots.length;
    return list;
  }

  get size(): number {
    return this.count;
  }

  /** Copies the postings into `slots`/`values` from `at` (packing an index for transfer). */
  copyInto(slots: Int32Array, values: Int32Array, at: number): void {
    slots.set(this.slots.subarray(0, this.count), at);
    values.set(this.values.subarray(0, this.count), at);
  }

  get(slot: number): number | undefined {
    const i = this.find(slot);
    return i < this.count && this.slots[i] === slot ? this.values[i] : undefined;
  }

  set(slot: number, value: number): void {
    const last = this.count - 1;
    const i = last >= 0 && (this.slots[last] ?? 0) < slot ? this.count : this.find(slot);
    if (i < this.count && this.slots[i] === slot) {
      this.values[i] = value;
      return;
    }
    if (this.count === this.slots.length) this.grow();
    // Insert at i (an append in the usual case): shift the tail one place right.
    this.slots.copyWithin(i + 1, i, this.count);
    this.values.copyWithin(i + 1, i, this.count);
    this.slots[i] = slot;
    this.values[i] = value;
    this.count += 1;
  }

  delete(slot: number): void {
    const i = this.find(slot);
    if (i >= this.count || this.slots[i] !== slot) return;
    this.slots.copyWithin(i, i + 1, this.count);
    this.values.copyWithin(i, i + 1, this.count);
    this.count -= 1;
  }

  /** The postings in place, for loops that must not call a function per posting (a query
   *  over 100k cases); never written through. */
  view(): PostingSpan {
    return { slots: this.slots, values: this.values, from: 0, to: this.count };
  }

  /** Calls `visit` for every posting in slot order. */
  forEach(visit: (slot: number, value: number) => void): void {
    for (let i = 0; i < this.count; i += 1) visit(this.slots[i] ?? 0, this.values[i] ?? 0);
  }

  /** Index of the first slot ≥ `slot`. */
  private find(slot: number): number {
    return findSlot(this.slots, 0, this.count, slot);
  }

  private grow(): void {
    const slots = new Int32Array(Math.max(4, this.slots.length * 2));
    const values = new Int32Array(Math.max(4, this.values.length * 2));
    slots.set(this.slots);
    values.set(this.values);
    this.slots = slots;
    this.values = values;
  }
}
