import { describe, expect, it } from 'vitest';
import type { InvolvementId, MessageId } from '../../../shared/model';
import {
  acceptedSoftwareCase,
  involvementIds,
  TEST_CASE_ID,
  testUuid,
} from '../../../shared/workflow/test-events';
import { foldEvents } from '../../../shared/workflow/timeline';
import { caseWriteFailure, planMessageEvent } from './case-write';

const INV = involvementIds[0] as InvolvementId;
const MESSAGE = testUuid(0x5e) as MessageId;
const NOW = '2026-05-01T00:00:00.000Z';

const received = (involvementId: InvolvementId | null = INV) =>
  ({
    type: 'message.received',
    payload: { messageId: MESSAGE, from: 'vendor', involvementId },
  }) as const;

const sent = {
  type: 'message.sent',
  payload: { messageId: MESSAGE, to: 'vendor', involvementId: INV, purpose: 'reminder' },
} as const;

describe('planMessageEvent', () => {
  it('a vendor’s reply becomes message.received, and the vendor is recorded as replying', () => {
    const history = acceptedSoftwareCase();
    const plan = planMessageEvent(history, received(), 'analyst', NOW);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.event).toMatchObject({
      type: 'message.received',
      caseId: TEST_CASE_ID,
      actor: 'analyst',
      at: NOW,
      payload: { messageId: MESSAGE, involvementId: INV },
    });
    const folded = foldEvents([...history, plan.event]);
    expect(plan.kase).toEqual(folded.case);
    const [involvement] = plan.involvements;
    expect(involvement).toMatchObject({ id: INV, lastReply: NOW });
    expect(involvement).not.toHaveProperty('statusSince');
  });

  it('a message sent to a vendor counts as a contact attempt, the first one kept', () => {
    const history = acceptedSoftwareCase();
    const plan = planMessageEvent(history, sent, 'analyst', NOW);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.involvements[0]).toMatchObject({
      firstContactAttempt: '2026-04-28T00:30:00.000Z',
      lastContactAttempt: NOW,
    });
    expect(plan.kase?.dates.firstVendorContactAttempt).toBe('2026-04-28T00:30:00.000Z');
  });

  it('a message from nobody in particular changes no involvement', () => {
    const history = acceptedSoftwareCase();
    const plan = planMessageEvent(history, received(null), 'analyst', NOW);
    if (!plan.ok) throw new Error(plan.message);
    const before = foldEvents(history).involvements.map(({ statusSince: _s, ...i }) => i);
    expect(plan.involvements).toEqual(before);
  });

  it('is dated after the last event even when the clock is behind it', () => {
    const history = acceptedSoftwareCase();
    const plan = planMessageEvent(history, received(), 'analyst', '2026-04-01T00:00:00.000Z');
    expect(plan.ok && plan.event.at).toBe('2026-04-28T00:30:00.001Z');
  });

  it('is refused for an involvement the case does not have, or a case not yet created', () => {
    const unknown = testUuid(0xeee) as InvolvementId;
    expect(planMessageEvent(acceptedSoftwareCase(), received(unknown), 'analyst', NOW)).toEqual({
      ok: false,
      code: 'unknown-involvement',
      message: expect.any(String) as unknown,
    });
    expect(planMessageEvent([], received(), 'analyst', NOW)).toMatchObject({
      ok: false,
      code: 'case-not-created',
    });
  });
});

describe('caseWriteFailure', () => {
  it('reports the engine’s refusal by its code and a store failure as `store`', () => {
    expect(
      caseWriteFailure({
        source: 'workflow',
        code: 'case-closed',
        message: 'The case is closed',
        eventId: testUuid(1),
      }),
    ).toEqual({ ok: false, code: 'case-closed', message: 'The case is closed' });
    expect(
      caseWriteFailure({ source: 'store', code: 'vault.locked', message: 'The vault is locked.' }),
    ).toEqual({ ok: false, code: 'store', message: 'The vault is locked.' });
  });
});
