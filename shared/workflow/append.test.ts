import { describe, expect, it } from 'vitest';
import type { CaseEvent, InvolvementId } from '../model';
import { planAppend } from './append';
import {
  acceptedSoftwareCase,
  involvementIds,
  TEST_CASE_ID,
  testUuid,
  timeline,
} from './testing/test-events';
import { foldEvents } from './timeline';

let next = 100;
const later = () => timeline(TEST_CASE_ID, (next += 1));

const note = (at: string, text = 'called the vendor'): CaseEvent =>
  later()({ type: 'note.added', at, payload: { text, internal: true } });

const unknownContact = (at: string): CaseEvent =>
  later()({
    type: 'vendor.contact-attempted',
    at,
    payload: { involvementId: testUuid(0xeee) as InvolvementId, channel: 'email' },
  });

const by = { actor: 'analyst', now: '2026-05-01T00:00:00.000Z' };

describe('planAppend', () => {
  it('is the fold of the stored and new events, whatever order they are given in', () => {
    const history = acceptedSoftwareCase();
    const first = note('2026-04-29T00:00:00.000Z', 'one');
    const second = note('2026-04-30T00:00:00.000Z', 'two');
    const r = planAppend(history, { caseId: TEST_CASE_ID, events: [second, first] });
    expect(r.ok && r.value.projection).toEqual(foldEvents([...history, first, second]));
    expect(r.ok && r.value.events).toEqual([second, first]);
  });

  it('does not refuse what the stored timeline already had refused', () => {
    const stale = unknownContact('2026-04-29T00:00:00.000Z');
    const history = [...acceptedSoftwareCase(), stale];
    const r = planAppend(history, {
      caseId: TEST_CASE_ID,
      events: [note('2026-04-30T00:00:00.000Z')],
    });
    expect(r.ok && r.value.projection.rejected.map((x) => x.eventId)).toEqual([stale.id]);
  });

  it('refuses a new event the engine rejects, naming it', () => {
    const refused = unknownContact('2026-04-29T00:00:00.000Z');
    const r = planAppend(acceptedSoftwareCase(), { caseId: TEST_CASE_ID, events: [refused] });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'unknown-involvement',
        message: expect.any(String) as unknown,
        eventId: refused.id,
      },
    });
  });

  it('keeps a rejected event out of the projection when asked to keep it', () => {
    const refused = unknownContact('2026-04-29T00:00:00.000Z');
    const r = planAppend(acceptedSoftwareCase(), {
      caseId: TEST_CASE_ID,
      events: [refused],
      rejected: 'keep',
    });
    expect(r.ok && r.value.projection.rejected.map((x) => x.eventId)).toEqual([refused.id]);
  });

  it('refuses an event of another case', () => {
    const stranger = timeline(
      testUuid(0x5) as typeof TEST_CASE_ID,
      900,
    )({
      type: 'note.added',
      at: '2026-04-29T00:00:00.000Z',
      payload: { text: 'x', internal: true },
    });
    const r = planAppend(acceptedSoftwareCase(), { caseId: TEST_CASE_ID, events: [stranger] });
    expect(!r.ok && r.error.code).toBe('wrong-case');
  });

  it('checks a backdated event against the events after it (the whole timeline refolds)', () => {
    const history = acceptedSoftwareCase();
    const last = history.reduce((a, e) => (e.at > a ? e.at : a), '');
    const early = note('2020-01-01T00:00:00.000Z', 'long ago');
    const r = planAppend(history, { caseId: TEST_CASE_ID, events: [early] });
    expect(r.ok && r.value.projection).toEqual(foldEvents([...history, early]));
    expect(last > early.at).toBe(true);
  });

  it('an event already stored is taken once, not twice', () => {
    const history = acceptedSoftwareCase();
    const again = history[history.length - 1] as CaseEvent;
    const r = planAppend(history, { caseId: TEST_CASE_ID, events: [again] });
    expect(r.ok && r.value.projection).toEqual(foldEvents(history));
  });

  it('builds commands after the stored timeline, in order, with who and when', () => {
    const history = acceptedSoftwareCase();
    const r = planAppend(history, {
      caseId: TEST_CASE_ID,
      commands: [
        { type: 'note.added', payload: { text: 'one', internal: true } },
        { type: 'note.added', payload: { text: 'two', internal: true } },
      ],
      by,
    });
    if (!r.ok) throw new Error(r.error.message);
    const [one, two] = r.value.events;
    expect(one?.actor).toBe('analyst');
    expect(one?.caseId).toBe(TEST_CASE_ID);
    expect(one !== undefined && two !== undefined && one.at < two.at).toBe(true);
    expect(r.value.projection).toEqual(foldEvents([...history, ...r.value.events]));
  });

  it('refuses a command the engine rejects, and builds nothing', () => {
    const r = planAppend(acceptedSoftwareCase(), {
      caseId: TEST_CASE_ID,
      commands: [
        {
          type: 'vendor.contact-attempted',
          payload: { involvementId: testUuid(0xeee) as InvolvementId, channel: 'email' },
        },
      ],
      by,
    });
    expect(!r.ok && r.error.code).toBe('unknown-involvement');
  });

  it('a command on a known vendor goes through', () => {
    const r = planAppend(acceptedSoftwareCase(), {
      caseId: TEST_CASE_ID,
      commands: [
        {
          type: 'vendor.contact-attempted',
          payload: { involvementId: involvementIds[0] as InvolvementId, channel: 'email' },
        },
      ],
      by,
    });
    expect(r.ok).toBe(true);
  });
});

describe('planAppend programming errors', () => {
  it('throws when commands are given without `by`', () => {
    expect(() =>
      planAppend(acceptedSoftwareCase(), {
        caseId: TEST_CASE_ID,
        commands: [{ type: 'note.added', payload: { text: 'hello', internal: true } }],
      }),
    ).toThrow(/need `by`/);
  });
});

describe('planAppend keeping rejected commands', () => {
  it('records a rejected command on the projection instead of refusing the append', () => {
    const r = planAppend(acceptedSoftwareCase(), {
      caseId: TEST_CASE_ID,
      commands: [
        {
          type: 'vendor.contact-attempted',
          payload: { involvementId: testUuid(0xeee) as InvolvementId, channel: 'email' },
        },
      ],
      by,
      rejected: 'keep',
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.events).toHaveLength(1);
    const event = r.value.events[0];
    expect(r.value.projection.rejected.at(-1)).toMatchObject({
      eventId: event?.id,
      type: 'vendor.contact-attempted',
      error: { code: 'unknown-involvement' },
    });
  });
});
