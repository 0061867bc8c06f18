import { describe, it, expect } from 'vitest';
import type { CaseEvent, EventId } from '../model';
import { emptyProjection } from './projection';
import { created, testUuid, timeline, TEST_CASE_ID } from './testing/test-events';
import {
  applyCommand,
  applyEvents,
  buildEvent,
  foldEvents,
  hasCreationEvent,
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
