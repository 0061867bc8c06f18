import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../crypto/canonical-json';
import type { CaseEvent, EventId } from '../model';
import { compareEvents, mergeEvents } from './merge';
import { created, testUuid, timeline as caseTimeline } from './testing/test-events';
import { foldEvents } from './timeline';

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

const ev = caseTimeline();
const base = (): CaseEvent[] => [
  ev(created('2026-04-20T00:00:00.000Z')),
  ev({
    type: 'report.received',
    at: '2026-04-20T00:00:00.000Z',
    payload: { reportId: testUuid(1) as never, receivedAt: '2026-04-20T00:00:00.000Z' },
  }),
];

describe('merging case timelines', () => {
  it('sorts case.created first, then by time, then by id', () => {
    const [c, r] = base() as [CaseEvent, CaseEvent];
    const note = { ...r, id: testUuid(0) as EventId };
    expect([r, note, c].sort(compareEvents).map((e) => e.id)).toEqual([c.id, note.id, r.id]);
    expect(compareEvents(r, r)).toBe(0);
  });

  it('a merge is the union by id, reports what was added and conflicting duplicates', () => {
    const local = base();
    const incomingNote = ev({
      type: 'note.added',
      at: '2026-04-21T00:00:00.000Z',
      payload: { text: 'from partner', internal: true },
    });
    const tampered = { ...(local[1] as CaseEvent), actor: 'mallory' } as CaseEvent;
    const m = mergeEvents(local, [local[0] as CaseEvent, incomingNote, tampered]);
    expect(m.merged).toHaveLength(3);
    expect(m.added).toEqual([incomingNote]);
    expect(m.conflicts).toHaveLength(1);
    const p = foldEvents([...local, tampered]);
    expect(p.rejected.map((r) => r.error.code)).toEqual(['conflicting-duplicate-event']);
    expect(p.case?.states.report).toBe('received');
  });

  it('a conflicting version held by both sides is reported once, whichever side merges', () => {
    const local = base();
    const original = local[1] as CaseEvent;
    const tampered = { ...original, actor: 'mallory' } as CaseEvent;
    // The tampered copy arrived twice on one side and not at all on the other: the report
    // must be the same both ways round (found by the merge property test).
    const a = [...local, tampered];
    const b = [original, tampered];
    const ab = mergeEvents(a, b);
    const ba = mergeEvents(b, a);
    expect(ab.conflicts).toEqual(ba.conflicts);
    expect(ab.conflicts).toHaveLength(1);
    expect(ab.merged).toEqual(ba.merged);
  });
});

describe('mergeEvents with three versions of one id', () => {
  it('reports each losing version once, whichever side holds which copy', () => {
    const a: Ev = { id: 'x', at: '2026-05-01T00:00:00Z', body: 'a' };
    const b: Ev = { ...a, body: 'b' };
    const c: Ev = { ...a, body: 'c' };
    const one = mergeEvents([a, b, c, b], [c, a]);
    const two = mergeEvents([c], [b, a, a]);
    expect(one.merged).toEqual([a]);
    expect(one.conflicts).toEqual([
      { id: 'x', kept: a, discarded: b },
      { id: 'x', kept: a, discarded: c },
    ]);
    expect(two.conflicts).toEqual(one.conflicts);
    expect(two.merged).toEqual(one.merged);
  });
});
