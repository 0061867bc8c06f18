import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, mergeEvents } from './merge';

type Ev = { id: string; at: string; body: string };

const event = fc.record({
  id: fc.constantFrom(...Array.from({ length: 12 }, (_, i) => `e${i}`)),
  at: fc.constantFrom('2026-05-01T00:00:00Z', '2026-05-02T00:00:00Z', '2026-05-03T00:00:00Z'),
  body: fc.constantFrom('a', 'b'),
});
const timeline = fc.array(event, { maxLength: 20 });
const ids = (events: readonly Ev[]) => events.map((e) => e.id);

describe('mergeEvents', () => {
  it('both sides converge: merge(A, B) equals merge(B, A)', () => {
    fc.assert(
      fc.property(timeline, timeline, (a, b) => {
        expect(mergeEvents(a, b).merged).toEqual(mergeEvents(b, a).merged);
      }),
    );
  });

  it('a case changed on both sides and exchanged both ways ends with the same timeline', () => {
    const common: Ev[] = [{ id: 'c1', at: '2026-05-01T00:00:00Z', body: 'x' }];
    const ours = [...common, { id: 'o1', at: '2026-05-03T00:00:00Z', body: 'ours' }];
    const theirs = [...common, { id: 't1', at: '2026-05-02T00:00:00Z', body: 'theirs' }];
    const atUs = mergeEvents(ours, theirs);
    const atThem = mergeEvents(theirs, ours);
    expect(ids(atUs.merged)).toEqual(['c1', 't1', 'o1']);
    expect(atUs.merged).toEqual(atThem.merged);
    expect(ids(atUs.added)).toEqual(['t1']);
    expect(ids(atThem.added)).toEqual(['o1']);
  });

  it('keeps every id exactly once and loses none', () => {
    fc.assert(
      fc.property(timeline, timeline, (a, b) => {
        const merged = ids(mergeEvents(a, b).merged);
        expect(new Set(merged).size).toBe(merged.length);
        expect(new Set(merged)).toEqual(new Set([...ids(a), ...ids(b)]));
      }),
    );
  });

  it('is idempotent: importing the same events again adds nothing', () => {
    fc.assert(
      fc.property(timeline, (a) => {
        const once = mergeEvents([], a).merged;
        const again = mergeEvents(once, a);
        expect(again.added).toEqual([]);
        expect(again.merged).toEqual(once);
      }),
    );
  });

  it('reports two bodies under one id as a conflict and keeps the same winner on both sides', () => {
    const mine = [{ id: 'x', at: '2026-05-01T00:00:00Z', body: 'mine' }];
    const yours = [{ id: 'x', at: '2026-05-01T00:00:00Z', body: 'yours' }];
    const here = mergeEvents(mine, yours);
    const there = mergeEvents(yours, mine);
    expect(here.conflicts).toHaveLength(1);
    expect(there.conflicts).toHaveLength(1);
    expect(here.merged).toEqual(there.merged);
  });

  it('treats records that differ only in key order as equal', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe(
      canonicalJson({ a: [1, { c: 3, d: 2 }], b: 1 }),
    );
    const merge = mergeEvents(
      [{ id: 'x', at: 't', body: 'same' }],
      [{ body: 'same', at: 't', id: 'x' }],
    );
    expect(merge.conflicts).toEqual([]);
  });
});
