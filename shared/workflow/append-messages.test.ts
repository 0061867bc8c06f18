// A message sent or received is a case event like any other: planned by `planAppend`
// from its command. (These were the tests of the messages feature's own planner.)
import { describe, expect, it } from 'vitest';
import type { InvolvementId, MessageId } from '../model';
import { planAppend } from './append';
import {
  acceptedSoftwareCase,
  involvementIds,
  TEST_CASE_ID,
  testUuid,
} from './testing/test-events';
import { foldEvents, type CaseCommand } from './timeline';

const INV = involvementIds[0] as InvolvementId;
const MESSAGE = testUuid(0x5e) as MessageId;
const NOW = '2026-05-01T00:00:00.000Z';

const received = (involvementId: InvolvementId | null = INV): CaseCommand => ({
  type: 'message.received',
  payload: { messageId: MESSAGE, from: 'vendor', involvementId },
});

const sent: CaseCommand = {
  type: 'message.sent',
  payload: { messageId: MESSAGE, to: 'vendor', involvementId: INV, purpose: 'reminder' },
};

const plan = (history: ReturnType<typeof acceptedSoftwareCase>, command: CaseCommand, now = NOW) =>
  planAppend(history, {
    caseId: TEST_CASE_ID,
    commands: [command],
    by: { actor: 'analyst', now },
  });

describe('a message on the case timeline', () => {
  it('a vendor’s reply becomes message.received, and the vendor is recorded as replying', () => {
    const history = acceptedSoftwareCase();
    const r = plan(history, received());
    if (!r.ok) throw new Error(r.error.message);
    const [event] = r.value.events;
    expect(event).toMatchObject({
      type: 'message.received',
      caseId: TEST_CASE_ID,
      actor: 'analyst',
      at: NOW,
      payload: { messageId: MESSAGE, involvementId: INV },
    });
    const folded = foldEvents([...history, ...r.value.events]);
    expect(r.value.projection.case).toEqual(folded.case);
    const [involvement] = r.value.projection.involvements;
    expect(involvement).toMatchObject({ id: INV, lastReply: NOW });
  });

  it('a message sent to a vendor counts as a contact attempt, the first one kept', () => {
    const r = plan(acceptedSoftwareCase(), sent);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.projection.involvements[0]).toMatchObject({
      firstContactAttempt: '2026-04-28T00:30:00.000Z',
      lastContactAttempt: NOW,
    });
    expect(r.value.projection.case?.dates.firstVendorContactAttempt).toBe(
      '2026-04-28T00:30:00.000Z',
    );
  });

  it('a message from nobody in particular changes no involvement', () => {
    const history = acceptedSoftwareCase();
    const r = plan(history, received(null));
    if (!r.ok) throw new Error(r.error.message);
    const strip = ({ statusSince: _s, ...i }: { statusSince: unknown }) => i;
    expect(r.value.projection.involvements.map(strip)).toEqual(
      foldEvents(history).involvements.map(strip),
    );
  });

  it('is dated after the last event even when the clock is behind it', () => {
    const r = plan(acceptedSoftwareCase(), received(), '2026-04-01T00:00:00.000Z');
    expect(r.ok && r.value.events[0]?.at).toBe('2026-04-28T00:30:00.001Z');
  });

  it('is refused for an involvement the case does not have, or a case not yet created', () => {
    const unknown = testUuid(0xeee) as InvolvementId;
    expect(plan(acceptedSoftwareCase(), received(unknown))).toMatchObject({
      ok: false,
      error: { code: 'unknown-involvement' },
    });
    expect(plan([], received())).toMatchObject({
      ok: false,
      error: { code: 'case-not-created' },
    });
  });
});
