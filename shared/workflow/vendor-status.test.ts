import { describe, expect, it } from 'vitest';
import { sampleInvolvement } from '../model/testing/fixtures';
import type { InvolvementView } from './projection';
import { businessDaysSince, silentVendors, vendorRows, vendorStatus } from './vendor-status';
import type { CaseProjection } from './projection';
import { jpcertProfile } from './policy-jpcert';
import { certCcProfile } from './policy-profiles';

const JP = jpcertProfile.calendar;

const view = (over: Partial<InvolvementView>): InvolvementView => ({
  ...sampleInvolvement(),
  statusSince: '2026-04-24T01:00:00.000Z',
  ...over,
});

// 2026-04-24 is a Friday; 2026-04-29 (Wed) is Shōwa Day, and 05-03..05-06 Golden Week.
const FRIDAY_JST_MORNING = '2026-04-24T01:00:00.000Z';

describe('business days without a reply (Japanese calendar)', () => {
  it('counts from the day after the first attempt, skipping weekends and holidays', () => {
    expect(businessDaysSince(FRIDAY_JST_MORNING, '2026-04-24T08:00:00.000Z', JP)).toBe(0);
    expect(businessDaysSince(FRIDAY_JST_MORNING, '2026-04-26T08:00:00.000Z', JP)).toBe(0);
    expect(businessDaysSince(FRIDAY_JST_MORNING, '2026-04-27T08:00:00.000Z', JP)).toBe(1);
    expect(businessDaysSince(FRIDAY_JST_MORNING, '2026-04-29T08:00:00.000Z', JP)).toBe(2);
    expect(businessDaysSince(FRIDAY_JST_MORNING, '2026-04-30T08:00:00.000Z', JP)).toBe(3);
    expect(businessDaysSince(FRIDAY_JST_MORNING, '2026-05-07T01:00:00.000Z', JP)).toBe(5);
  });

  it('uses the Japanese day, not UTC: 23:30 UTC Sunday is Monday in Tokyo', () => {
    expect(businessDaysSince(FRIDAY_JST_MORNING, '2026-04-26T23:30:00.000Z', JP)).toBe(1);
  });
});

describe("business days on another profile's calendar", () => {
  it('a CERT/CC case counts weekends only, in New York: no Japanese holidays, no closure', () => {
    const cal = certCcProfile.calendar;
    // Thursday 24 Dec 2026 10:00 in New York (Friday 25 Dec in Tokyo) to Tuesday 5 Jan 2027.
    const since = '2026-12-24T15:00:00.000Z';
    const now = '2027-01-05T15:00:00.000Z';
    expect(businessDaysSince(since, now, cal)).toBe(8);
    expect(businessDaysSince(since, now, JP)).toBe(4);
  });
});

describe('vendorStatus', () => {
  const now = '2026-04-30T03:00:00.000Z';
  it('a contacted vendor without reply reads "no reply" with its business days', () => {
    const s = vendorStatus(
      view({ status: 'contacted', firstContactAttempt: FRIDAY_JST_MORNING, lastReply: null }),
      now,
      JP,
    );
    expect(s).toEqual({ kind: 'no-reply', since: FRIDAY_JST_MORNING, businessDays: 3 });
  });

  it('not affected carries the VEX justifications of its products', () => {
    const s = vendorStatus(
      view({
        status: 'not-affected',
        products: [
          {
            product: 'Widget',
            versions: '*',
            status: 'known_not_affected',
            justification: 'component_not_present',
          },
        ],
      }),
      now,
      JP,
    );
    expect(s).toEqual({ kind: 'not-affected', justifications: ['component_not_present'] });
  });

  it('other statuses are shown as they are', () => {
    expect(vendorStatus(view({ status: 'not-contacted' }), now, JP).kind).toBe('not-contacted');
    expect(vendorStatus(view({ status: 'unreachable' }), now, JP).kind).toBe('unreachable');
    expect(vendorStatus(view({ status: 'fixed' }), now, JP).kind).toBe('fixed');
  });

  it('silentVendors lists only vendors past the threshold, longest silence first', () => {
    const a = view({
      id: 'a' as InvolvementView['id'],
      status: 'contacted',
      lastReply: null,
      firstContactAttempt: FRIDAY_JST_MORNING,
    });
    const b = view({
      id: 'b' as InvolvementView['id'],
      status: 'contacted',
      lastReply: null,
      firstContactAttempt: '2026-04-10T01:00:00.000Z',
    });
    const c = view({ id: 'c' as InvolvementView['id'], status: 'acknowledged' });
    const p = { involvements: [a, b, c] } as unknown as CaseProjection;
    expect(
      silentVendors(vendorRows(p, now, JP), p.involvements, 3).map((s) => [
        s.involvement.id,
        s.businessDays,
      ]),
    ).toEqual([
      ['b', 13],
      ['a', 3],
    ]);
    expect(
      silentVendors(vendorRows(p, now, JP), p.involvements, 4).map((s) => s.involvement.id),
    ).toEqual(['b']);
  });
});

describe('vendorStatus: edge cases', () => {
  const now = '2026-04-30T03:00:00.000Z';
  it('a contacted vendor that has replied never reads as silence', () => {
    const s = vendorStatus(
      view({ status: 'contacted', lastReply: '2026-04-27T01:00:00.000Z' }),
      now,
      JP,
    );
    expect(s).toEqual({ kind: 'acknowledged' });
  });

  it('without a recorded contact attempt, silence counts from the status change', () => {
    const s = vendorStatus(
      view({
        status: 'contacted',
        lastReply: null,
        firstContactAttempt: null,
        statusSince: '2026-04-27T01:00:00.000Z',
      }),
      now,
      JP,
    );
    expect(s).toEqual({ kind: 'no-reply', since: '2026-04-27T01:00:00.000Z', businessDays: 2 });
  });

  it('not affected lists each justification once and skips products without one', () => {
    const s = vendorStatus(
      view({
        status: 'not-affected',
        products: [
          {
            product: 'A',
            versions: '*',
            status: 'known_not_affected',
            justification: 'component_not_present',
          },
          {
            product: 'B',
            versions: '*',
            status: 'known_not_affected',
            justification: 'component_not_present',
          },
          { product: 'C', versions: '*', status: 'known_not_affected', justification: null },
          {
            product: 'D',
            versions: '*',
            status: 'known_affected',
            justification: 'vulnerable_code_not_present',
          },
        ],
      }),
      now,
      JP,
    );
    expect(s).toEqual({ kind: 'not-affected', justifications: ['component_not_present'] });
  });

  it('vendorRows gives every vendor its status and marks who may be contacted next', () => {
    const upstream = view({
      id: 'up' as InvolvementView['id'],
      role: 'upstream-developer',
      status: 'not-contacted',
      lastReply: null,
    });
    const downstream = view({
      id: 'down' as InvolvementView['id'],
      role: 'developer',
      status: 'not-contacted',
      lastReply: null,
    });
    const p = { involvements: [upstream, downstream] } as unknown as CaseProjection;
    expect(vendorRows(p, now, JP)).toEqual([
      { involvementId: 'up', status: { kind: 'not-contacted' }, contactNext: true },
      // Second wave: the downstream vendor waits until upstream has replied.
      { involvementId: 'down', status: { kind: 'not-contacted' }, contactNext: false },
    ]);
  });
});
