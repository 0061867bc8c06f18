// embargoStatus and timeLeft, as every screen reads them (issue 23): never "active" with an
// end in the past.
import { describe, expect, it } from 'vitest';
import { embargoStatus, timeLeft } from './embargo-status';
import { AGREED, propose, withEmbargo } from './testing/embargo-events';
import { acceptedSoftwareCase, TEST_CASE_ID, timeline } from './testing/test-events';
import { foldEvents } from './timeline';

describe('embargoStatus: never "active" with an end in the past', () => {
  const p = foldEvents(withEmbargo());
  it('is active with the time left before the instant, due at and after it', () => {
    expect(embargoStatus(p, '2026-06-30T00:00:00.000Z')).toEqual({
      kind: 'active',
      until: { instant: AGREED, zone: 'Asia/Tokyo' },
      remainingMs: 25 * 3_600_000,
      proposal: null,
    });
    for (const now of [AGREED, '2026-08-01T00:00:00.000Z']) {
      expect(embargoStatus(p, now)).toEqual({
        kind: 'due',
        until: { instant: AGREED, zone: 'Asia/Tokyo' },
      });
    }
  });

  it('says none, proposed (with the proposal), active with a counter-proposal, and exited', () => {
    expect(embargoStatus(foldEvents([]), AGREED)).toEqual({ kind: 'none' });
    expect(embargoStatus(foldEvents(acceptedSoftwareCase()), AGREED)).toEqual({ kind: 'none' });
    const ev = timeline(TEST_CASE_ID, 200);
    const proposed = foldEvents([
      ...acceptedSoftwareCase(),
      ev(propose('2026-05-01T00:00:00.000Z')),
    ]);
    expect(embargoStatus(proposed, '2026-05-01T00:00:00.000Z')).toEqual({
      kind: 'proposed',
      proposal: { instant: AGREED, zone: 'Asia/Tokyo' },
    });
    const counter = foldEvents(
      withEmbargo({
        type: 'embargo.proposed',
        at: '2026-05-10T00:00:00.000Z',
        payload: { date: '2026-08-01T01:00:00.000Z', zone: 'UTC', proposedBy: 'vendor' },
      }),
    );
    expect(embargoStatus(counter, '2026-05-11T00:00:00.000Z')).toMatchObject({
      kind: 'active',
      proposal: { instant: '2026-08-01T01:00:00.000Z', zone: 'UTC' },
    });
    const terminated = foldEvents(
      withEmbargo({
        type: 'embargo.terminated',
        at: '2026-05-17T00:00:00.000Z',
        payload: { reason: 'leaked' },
      }),
    );
    expect(embargoStatus(terminated, '2026-05-18T00:00:00.000Z')).toEqual({
      kind: 'exited',
      reason: 'terminated',
      at: '2026-05-17T00:00:00.000Z',
    });
  });

  it('reads a hand-made projection without the zone or exit it should carry as best it can', () => {
    const bare = foldEvents(withEmbargo());
    const noZone = {
      ...bare,
      embargo: { ...bare.embargo, proposedDate: AGREED, proposedZone: null },
    };
    const asProposed = {
      ...noZone,
      case: bare.case && {
        ...bare.case,
        states: { ...bare.case.states, embargo: 'proposed' as const },
      },
    };
    expect(embargoStatus(asProposed, AGREED)).toMatchObject({
      proposal: { zone: 'Asia/Tokyo' },
    });
    const lost = {
      ...bare,
      case: bare.case && {
        ...bare.case,
        states: { ...bare.case.states, embargo: 'exited' as const },
      },
    };
    expect(embargoStatus(lost, AGREED)).toEqual({ kind: 'none' });
    const noDate = {
      ...asProposed,
      embargo: { ...asProposed.embargo, proposedDate: null },
    };
    expect(embargoStatus(noDate, AGREED)).toEqual({ kind: 'none' });
  });

  it('counts the time left in days, hours and minutes, rounded up to the minute', () => {
    expect(timeLeft(45 * 86_400_000 + 3 * 3_600_000 + 61_000)).toEqual({
      days: 45,
      hours: 3,
      minutes: 2,
    });
    expect(timeLeft(1)).toEqual({ days: 0, hours: 0, minutes: 1 });
    expect(timeLeft(-5)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });
});
