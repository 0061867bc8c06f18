import { describe, expect, it } from 'vitest';
import type { MessageId } from '../model';
import { contactIds, involvementIds, testUuid, timeline } from '../workflow/testing/test-events';
import { vendorLastUpdates } from './vendor-last-update';

const [A, B] = involvementIds as [(typeof involvementIds)[number], (typeof involvementIds)[number]];
const at = (s: string) => s;

describe('vendorLastUpdates: the vendor table’s last-update date', () => {
  it('is the last event that changed the vendor’s entry, not the last letter sent to it', () => {
    const ev = timeline();
    const events = [
      ev({
        type: 'involvement.added',
        at: at('2026-10-01T00:00:00.000Z'),
        payload: { involvementId: A, contactId: contactIds[0]!, role: 'developer' },
      }),
      ev({
        type: 'involvement.added',
        at: at('2026-10-01T00:00:00.000Z'),
        payload: { involvementId: B, contactId: contactIds[1]!, role: 'developer' },
      }),
      ev({
        type: 'vendor.replied',
        at: at('2026-10-05T00:00:00.000Z'),
        payload: { involvementId: A, messageId: null },
      }),
      ev({
        type: 'involvement.changed',
        at: at('2026-10-20T03:00:00.000Z'),
        payload: { involvementId: A, status: 'fixed' },
      }),
      // A reminder sent later changes nothing in A's table entry.
      ev({
        type: 'message.sent',
        at: at('2026-11-02T00:00:00.000Z'),
        payload: {
          messageId: testUuid(0x51) as MessageId,
          to: 'vendor',
          involvementId: A,
          purpose: 'reminder',
        },
      }),
      ev({
        type: 'vendor.unreachable',
        at: at('2026-11-10T00:00:00.000Z'),
        payload: { involvementId: B, reason: 'no answer to four attempts' },
      }),
    ];
    const last = vendorLastUpdates(events);
    expect(last.get(A)).toBe('2026-10-20T03:00:00.000Z');
    expect(last.get(B)).toBe('2026-11-10T00:00:00.000Z');
  });

  it('keeps the latest instant when events arrive out of order (a merged bundle)', () => {
    const ev = timeline();
    const events = [
      ev({
        type: 'involvement.changed',
        at: at('2026-10-20T00:00:00.000Z'),
        payload: { involvementId: A, status: 'fixed' },
      }),
      ev({
        type: 'vendor.replied',
        at: at('2026-10-05T00:00:00.000Z'),
        payload: { involvementId: A, messageId: null },
      }),
    ];
    expect(vendorLastUpdates(events).get(A)).toBe('2026-10-20T00:00:00.000Z');
    expect(vendorLastUpdates([]).size).toBe(0);
  });
});
