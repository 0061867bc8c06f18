import { describe, it, expect } from 'vitest';
import type { CaseEvent, EventId } from '../model';
import { emptyProjection } from './projection';
import { created, testUuid, timeline, TEST_CASE_ID } from './test-events';
import {
  applyCommand,
  applyEvents,
  buildEvent,
  canonicalJson,
  compareEvents,
  foldEvents,
  hasCreationEvent,
  mergeTimelines,
  validateEvent,
} from './timeline';

const ev = timeline();
const base = (): CaseEvent[] => [
  ev(created('2026-04-20T00:00:00.000Z')),
  ev({
    type: 'report.received',
    at: '2026-04-20T00:00:00.000Z',
    payload: { reportId: testUuid(1) as never, receivedAt: '2026-04-20T00:00:00.000Z' },
  }),
];

describe('timeline', () => {
  it('sorts case.created first, then by time, then by id', () => {
    const [c, r] = base() as [CaseEvent, CaseEvent];
    const note = { ...r, id: testUuid(0) as EventId };
    expect([r, note, c].sort(compareEvents).map((e) => e.id)).toEqual([c.id, note.id, r.id]);
    expect(compareEvents(r, r)).toBe(0);
  });

  it('canonical JSON ignores key order and undefined fields', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: undefined, c: 'x' }] })).toBe(
      '{"a":[1,{"c":"x"}],"b":1}',
    );
  });

  it('a merge is the union by id, reports what was added and conflicting duplicates', () => {
    const local = base();
    const incomingNote = ev({
      type: 'note.added',
      at: '2026-04-21T00:00:00.000Z',
      payload: { text: 'from partner', internal: true },
    });
    const tampered = { ...(local[1] as CaseEvent), actor: 'mallory' } as CaseEvent;
    const m = mergeTimelines(local, [local[0] as CaseEvent, incomingNote, tampered]);
    expect(m.events).toHaveLength(3);
    expect(m.added).toEqual([incomingNote.id]);
    expect(m.conflicts).toHaveLength(1);
    expect(m.conflicts[0]?.error.code).toBe('conflicting-duplicate-event');
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
    const ab = mergeTimelines(a, b);
    const ba = mergeTimelines(b, a);
    expect(ab.conflicts).toEqual(ba.conflicts);
    expect(ab.conflicts).toHaveLength(1);
    expect(ab.events).toEqual(ba.events);
  });

  it('applyEvents folds onto a given projection in time order; a timeline without its creation is told apart', () => {
    const [created0, received] = base() as [CaseEvent, CaseEvent];
    const onto = applyEvents(foldEvents([created0]), [received]);
    expect(onto).toEqual(foldEvents(base()));
    const orphan = applyEvents(emptyProjection(), [received]);
    expect(orphan.case).toBeNull();
    expect(orphan.rejected.map((r) => r.eventId)).toEqual([received.id]);
    expect(hasCreationEvent(base())).toBe(true);
    expect(hasCreationEvent([received])).toBe(false);
  });

  it('buildEvent keeps events strictly ordered even within one millisecond', () => {
    const p = foldEvents(base());
    const e = buildEvent(
      p,
      { type: 'note.added', payload: { text: 'x', internal: true } },
      { actor: 'me', now: '2026-04-19T00:00:00.000Z' },
    );
    expect(e.at).toBe('2026-04-20T00:00:00.001Z');
    expect(e.caseId).toBe(TEST_CASE_ID);
    const first = buildEvent(
      emptyProjection(),
      { type: 'note.added', payload: { text: 'x', internal: true } },
      { actor: 'me', now: '2026-04-19T00:00:00.000Z' },
    );
    expect(first.at).toBe('2026-04-19T00:00:00.000Z');
  });

  it('applyCommand returns the event to store and the new projection; validateEvent says why not', () => {
    const r = applyCommand(emptyProjection(), created('2026-04-20T00:00:00.000Z'), {
      actor: 'me',
      now: '2026-04-20T00:00:00.000Z',
      caseId: TEST_CASE_ID,
      id: testUuid(42) as EventId,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.event.id).toBe(testUuid(42));
    expect(r.value.projection.case?.states.report).toBe('start');
    const refused = applyCommand(
      r.value.projection,
      { type: 'published', payload: { advisoryId: null, url: '' } },
      { actor: 'me', now: '2026-04-21T00:00:00.000Z' },
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'report-not-accepted' } });
    const e = buildEvent(
      r.value.projection,
      { type: 'embargo.agreed', payload: { date: '2026-06-01T00:00:00.000Z', zone: 'Asia/Tokyo' } },
      { actor: 'me', now: '2026-04-21T00:00:00.000Z' },
    );
    expect(validateEvent(r.value.projection, e)).toMatchObject({
      ok: false,
      error: { code: 'report-not-accepted' },
    });
    const note = buildEvent(
      r.value.projection,
      { type: 'note.added', payload: { text: 'ok', internal: true } },
      { actor: 'me', now: '2026-04-21T00:00:00.000Z' },
    );
    expect(validateEvent(r.value.projection, note)).toEqual({ ok: true, value: null });
  });
});
