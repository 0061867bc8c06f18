import { describe, expect, it } from 'vitest';
import type { CaseEvent, CaseId, MessageRecord } from '../../shared/model';
import { caseProjection } from '../../shared/workflow/case-view';
import { foldCoordination } from '../../shared/workflow/coordination';
import { acceptedCaseEvents, testUuid, timeline } from '../../shared/workflow/testing/test-events';
import { appendCaseEvents } from './case-writes';
import { caseViewOf, caseViewsOf, viewNow } from './case-views';
import { freshStore } from './testing/test-support';
import type { AirlockStore } from './open-store';

const NOW = '2026-11-18T01:00:00.000Z';

const asCase = (events: readonly CaseEvent[], n: number): CaseEvent[] => {
  const caseId = testUuid(0x700 + n) as CaseId;
  return events.map((e) => ({
    ...e,
    caseId,
    id: testUuid(0x7000 + n * 100 + events.indexOf(e)) as CaseEvent['id'],
    ...(e.type === 'case.created'
      ? { payload: { ...e.payload, ref: `AL-2026-07${String(n).padStart(2, '0')}` } }
      : 'involvementId' in e.payload
        ? { payload: { ...e.payload, involvementId: testUuid(0x7a0 + n) } }
        : {}),
  })) as CaseEvent[];
};

const twoCases = async (): Promise<{ store: AirlockStore; a: CaseId; b: CaseId }> => {
  const store = await freshStore();
  const base = acceptedCaseEvents('2026-11-16T01:00:00.000Z', null);
  const [ea, eb] = [asCase(base, 1), asCase(base, 2)];
  const r = await appendCaseEvents(store, [
    { caseId: ea[0]!.caseId, events: ea },
    { caseId: eb[0]!.caseId, events: eb },
  ]);
  if (!r.ok) throw new Error(r.error.message);
  return { store, a: ea[0]!.caseId, b: eb[0]!.caseId };
};

describe('case views, kept per case', () => {
  it('computes a view once per change: the same object for every screen that asks', async () => {
    const { store, a, b } = await twoCases();
    const [first, second] = caseViewsOf(store, NOW);
    expect(caseViewOf(store, a, NOW)).toBe(first);
    expect(caseViewsOf(store, NOW)[1]).toBe(second);

    // A note on case A refolds A only.
    const ev = timeline(a, 90);
    const note = ev({
      type: 'note.added',
      at: '2026-11-17T00:00:00.000Z',
      payload: { text: 'n', internal: true },
    });
    const r = await appendCaseEvents(store, [{ caseId: a, events: [note] }]);
    expect(r.ok).toBe(true);
    const after = caseViewOf(store, a, NOW);
    expect(after).not.toBe(first);
    expect(after?.projection.lastEventAt).toBe('2026-11-17T00:00:00.000Z');
    expect(caseViewOf(store, b, NOW)).toBe(second);
    // Carried on from the last fold (the note came last), it is the fold of the whole timeline;
    // so is the view after a backdated note, folded again from the start.
    const fresh = () =>
      caseProjection({
        kase: store.repos.cases.get(a)!,
        involvements: store.repos.involvements.byCase(a),
        events: store.repos.caseEvents.byCase(a),
      });
    expect(after?.projection).toEqual(fresh());
    expect(after?.coordination).toEqual(foldCoordination(store.repos.caseEvents.byCase(a)));
    const backdated = ev({
      type: 'note.added',
      at: '2026-11-16T00:30:00.000Z',
      payload: { text: 'earlier', internal: true },
    });
    expect((await appendCaseEvents(store, [{ caseId: a, events: [backdated] }])).ok).toBe(true);
    expect(caseViewOf(store, a, NOW)?.projection).toEqual(fresh());
    expect(caseViewOf(store, a, NOW)?.projection.lastEventAt).toBe('2026-11-17T00:00:00.000Z');
    // Two more commits carried on in turn (the second from the first's known timeline).
    for (const [n, at] of [
      [1, '2026-11-17T03:00:00.000Z'],
      [2, '2026-11-17T04:00:00.000Z'],
    ] as const) {
      const more = ev({ type: 'note.added', at, payload: { text: `more ${n}`, internal: true } });
      expect((await appendCaseEvents(store, [{ caseId: a, events: [more] }])).ok).toBe(true);
      expect(caseViewOf(store, a, NOW)?.projection).toEqual(fresh());
      expect(caseViewOf(store, a, NOW)?.coordination).toEqual(
        foldCoordination(store.repos.caseEvents.byCase(a)),
      );
    }
  });

  it("keeps the deadlines' objects when only the unread count moves, and redates on a new minute", async () => {
    const { store, a } = await twoCases();
    const before = caseViewOf(store, a, NOW);
    const reply: MessageRecord = {
      schemaVersion: 2,
      id: testUuid(0x9001) as MessageRecord['id'],
      direction: 'in',
      caseId: a,
      subject: 'Re: AL-2026-0701',
      body: 'Thanks',
      attachments: [],
      fileName: 'reply.asc',
      format: 'armored-message',
      at: '2026-11-17T02:00:00.000Z',
      pgp: { encrypted: true, encryptedTo: [], signatures: [] },
      readAt: null,
      threadProduct: null,
    };
    expect((await store.repos.messages.put(reply)).ok).toBe(true);
    const unread = caseViewOf(store, a, NOW);
    expect(unread?.unread).toBe(1);
    expect(before?.unread).toBe(0);
    expect(unread?.report).toBe(before?.report);
    expect(unread?.vendors).toBe(before?.vendors);

    const later = caseViewOf(store, a, '2026-11-23T01:00:00.000Z');
    expect(later).not.toBe(before);
    expect(later?.projection).toBe(before?.projection); // folded once, dated again
    expect(later?.deadlineState).toBe('due-soon');
    expect(before?.deadlineState).toBe('ok');
  });

  it('reads "now" to the minute', () => {
    expect(viewNow()).toMatch(/:00\.000Z$/);
  });
});
