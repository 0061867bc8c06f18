import { describe, expect, it } from 'vitest';
import { PostingList } from './posting-list';

const entries = (list: PostingList): [number, number][] => {
  const out: [number, number][] = [];
  list.forEach((slot, value) => out.push([slot, value]));
  return out;
};

describe('PostingList', () => {
  it('keeps slots in order whatever order they are set in, and replaces a slot’s value', () => {
    const list = new PostingList();
    for (const slot of [5, 1, 9, 3, 7, 0, 8, 2, 6, 4]) list.set(slot, slot * 10);
    list.set(3, 333);
    expect(entries(list).map(([s]) => s)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(list.get(3)).toBe(333);
    expect(list.get(9)).toBe(90);
    expect(list.get(10)).toBeUndefined();
    expect(list.size).toBe(10);
  });

  it('deletes only the slot asked for; deleting an absent slot changes nothing', () => {
    const list = new PostingList();
    for (let slot = 0; slot < 100; slot += 2) list.set(slot, slot);
    list.delete(40);
    list.delete(41);
    expect(list.size).toBe(49);
    expect(list.get(40)).toBeUndefined();
    expect(list.get(42)).toBe(42);
    expect(
      entries(list).every(([s, v], i, all) => s === v && (i === 0 || (all[i - 1]?.[0] ?? -1) < s)),
    ).toBe(true);
  });

  it('agrees with a Map under a random mix of sets and deletes', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 500;
    const list = new PostingList();
    const model = new Map<number, number>();
    for (let step = 0; step < 5000; step += 1) {
      const slot = next();
      if (step % 3 === 0) {
        list.delete(slot);
        model.delete(slot);
      } else {
        list.set(slot, step);
        model.set(slot, step);
      }
    }
    expect(entries(list)).toEqual([...model].sort((a, b) => a[0] - b[0]));
  });
});
