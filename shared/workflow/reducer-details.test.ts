import { describe, it, expect } from 'vitest';
import type { CaseEvent, EventId } from '../model';
import {
  contactIds,
  created,
  involvementIds,
  normalPriority,
  testUuid,
  timeline,
  type EventSpec,
} from './testing/test-events';
import { foldEvents } from './timeline';

const [inv1, inv2] = involvementIds as [never, never];
const [c1, c2] = contactIds as [never, never];

const accepted = (kind: 'software' | 'website', ...extra: Omit<EventSpec, 'at'>[]): CaseEvent[] => {
  const ev = timeline();
  const at = (i: number) =>
    new Date(Date.parse('2026-05-01T00:00:00.000Z') + i * 60_000).toISOString();
  return [
    ev(created('2026-04-20T00:00:00.000Z', kind)),
    ev({
      type: 'report.received',
      at: '2026-04-20T00:00:01.000Z',
      payload: { reportId: testUuid(1) as never, receivedAt: '2026-04-20T00:00:00.000Z' },
    }),
    ev({
      type: 'triage.decided',
      at: '2026-04-20T00:00:02.000Z',
      payload: { decision: 'accept', reasons: [], priority: normalPriority, note: '' },
    }),
    ev({
      type: 'involvement.added',
      at: '2026-04-20T00:00:03.000Z',
      payload: { involvementId: inv1, contactId: c1, role: 'developer' },
    }),
    ...extra.map((x, i) => ev({ ...x, at: at(i) } as EventSpec)),
  ];
};

describe('reducer details', () => {
  it('case.updated patches only the given fields', () => {
    const p = foldEvents(
      accepted(
        'software',
        {
          type: 'case.updated',
          payload: {
            title: 'New title',
            tlp: 'RED',
            tags: ['iot'],
            advisoryId: 'JVNVU#12345678',
            policyProfile: 'zdi',
            vendorSummary: 'A stored XSS in the admin panel',
            titleShareable: true,
          },
        },
        { type: 'case.updated', payload: {} },
      ),
    );
    expect(p.case).toMatchObject({
      title: 'New title',
      tlp: 'RED',
      tags: ['iot'],
      advisoryId: 'JVNVU#12345678',
      policyProfile: 'zdi',
      vendorSummary: 'A stored XSS in the admin panel',
      titleShareable: true,
    });
    const cleared = foldEvents(
      accepted(
        'software',
        { type: 'case.updated', payload: { advisoryId: 'JVN#12345678' } },
        { type: 'case.updated', payload: { advisoryId: null } },
      ),
    );
    expect(cleared.case?.advisoryId).toBeNull();
    // A new case has no vendor-safe summary and an internal title.
    expect(cleared.case).toMatchObject({ vendorSummary: '', titleShareable: false });
  });

  it('repeated contact attempts keep the first date; a second reply keeps the status', () => {
    const p = foldEvents(
      accepted(
        'software',
        { type: 'vendor.contact-attempted', payload: { involvementId: inv1, channel: 'email' } },
        {
          type: 'message.sent',
          payload: {
            messageId: testUuid(9) as never,
            to: 'vendor',
            involvementId: inv1,
            purpose: 'reminder',
          },
        },
        { type: 'vendor.replied', payload: { involvementId: inv1, messageId: null } },
        {
          type: 'involvement.changed',
          payload: {
            involvementId: inv1,
            status: 'investigating',
            statement: { ja: '調査中', en: 'Investigating', approved: false },
            clearedForPublication: true,
          },
        },
        {
          type: 'message.received',
          payload: { messageId: testUuid(10) as never, from: 'vendor', involvementId: inv1 },
        },
      ),
    );
    const inv = p.involvements[0];
    expect(inv?.firstContactAttempt).toBe('2026-05-01T00:00:00.000Z');
    expect(inv?.lastContactAttempt).toBe('2026-05-01T00:01:00.000Z');
    expect(inv?.status).toBe('investigating');
    expect(inv?.statusSince).toBe('2026-05-01T00:03:00.000Z');
    expect(inv?.lastReply).toBe('2026-05-01T00:04:00.000Z');
    expect(inv?.clearedForPublication).toBe(true);
    expect(inv?.statement.en).toBe('Investigating');
  });

  it('a fixed product is a ready fix; a fixed website is a deployed fix', () => {
    const fixed = {
      type: 'involvement.changed',
      payload: { involvementId: inv1, status: 'fixed' },
    } as const;
    const sw = foldEvents(accepted('software', fixed)).case?.states.flags;
    expect(sw?.fixReady).not.toBeNull();
    expect(sw?.fixDeployed).toBeNull();
    const web = foldEvents(accepted('website', fixed)).case?.states.flags;
    expect(web?.fixDeployed).not.toBeNull();
  });

  it('only vendor roles start the policy clocks; the earliest vendor attempt counts', () => {
    const p = foldEvents(
      accepted(
        'software',
        {
          type: 'involvement.added',
          payload: { involvementId: inv2, contactId: c2, role: 'partner' },
        },
        { type: 'vendor.contact-attempted', payload: { involvementId: inv2, channel: 'email' } },
        { type: 'vendor.contact-attempted', payload: { involvementId: inv1, channel: 'email' } },
      ),
    );
    expect(p.case?.dates.firstVendorContactAttempt).toBe('2026-05-01T00:02:00.000Z');
  });

  it('an active embargo can be terminated by hand', () => {
    const p = foldEvents(
      accepted(
        'software',
        {
          type: 'embargo.proposed',
          payload: { date: '2026-06-01T00:00:00.000Z', zone: 'Asia/Tokyo', proposedBy: 'vendor' },
        },
        {
          type: 'embargo.agreed',
          payload: { date: '2026-06-01T00:00:00.000Z', zone: 'Asia/Tokyo' },
        },
        { type: 'embargo.terminated', payload: { reason: 'vendor published early' } },
      ),
    );
    expect(p.case?.states.embargo).toBe('exited');
    expect(p.embargo.exit).toEqual({ at: '2026-05-01T00:02:00.000Z', reason: 'terminated' });
  });

  it('messages that are not vendor contacts change nothing but the count', () => {
    const base = foldEvents(accepted('software'));
    const p = foldEvents(
      accepted(
        'software',
        {
          type: 'message.sent',
          payload: {
            messageId: testUuid(9) as never,
            to: 'vendor',
            involvementId: null,
            purpose: 'other',
          },
        },
        {
          type: 'message.sent',
          payload: {
            messageId: testUuid(9) as never,
            to: 'finder',
            involvementId: null,
            purpose: 'finder-acknowledgement',
          },
        },
        {
          type: 'message.received',
          payload: { messageId: testUuid(10) as never, from: 'finder', involvementId: null },
        },
        { type: 'vulnerability.added', payload: { vulnerabilityId: testUuid(77) as never } },
        { type: 'vulnerability.added', payload: { vulnerabilityId: testUuid(77) as never } },
        {
          type: 'bundle.imported',
          payload: {
            bundleId: testUuid(78) as never,
            sender: '0123456789ABCDEF0123456789ABCDEF01234567',
          },
        },
      ),
    );
    expect(p.involvements).toEqual(base.involvements);
    expect(p.case?.dates.acknowledged).toBe('2026-05-01T00:01:00.000Z');
    expect(p.case?.vulnerabilities).toEqual([testUuid(77)]);
    expect(p.rejected.map((r) => r.error.code)).toEqual(['duplicate-vulnerability']);
    expect(p.appliedCount).toBe(base.appliedCount + 5);
  });

  it('several conflicting duplicates are all reported, in id order', () => {
    const ev = timeline(undefined, 50);
    const a = ev({
      type: 'note.added',
      at: '2026-05-01T00:00:00.000Z',
      payload: { text: 'a', internal: true },
    });
    const b = ev({
      type: 'note.added',
      at: '2026-05-01T00:00:00.000Z',
      payload: { text: 'b', internal: true },
    });
    const p = foldEvents([
      ...accepted('software'),
      a,
      b,
      { ...b, actor: 'x' },
      { ...a, actor: 'y' },
    ]);
    expect(p.rejected.map((r) => r.eventId)).toEqual([a.id, b.id] as EventId[]);
  });
});
