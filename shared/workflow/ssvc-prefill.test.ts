// SSVC pre-fill from what the case knows, and agreement with the policy's verdict (issue 28).
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../model';
import { decideSsvc } from './ssvc';
import { publishAgrees, publishPrefill, triageAgrees, triagePrefill } from './ssvc-prefill';
import { acceptedSoftwareCase, contactIds, involvementIds, timeline } from './testing/test-events';
import { foldEvents } from './timeline';

const UNKNOWN = {
  alreadyPublic: 'unknown',
  vendorContactStated: 'unknown',
  multipleDevelopers: 'unknown',
} as const;
const ev = timeline(undefined, 50);
const [inv1, inv2] = involvementIds as [(typeof involvementIds)[0], (typeof involvementIds)[0]];
const [, c2] = contactIds as [(typeof contactIds)[0], (typeof contactIds)[0]];

describe('SSVC triage pre-fill', () => {
  it('reads the intake checklist when there is no vendor matrix yet', () => {
    expect(triagePrefill(UNKNOWN)).toEqual({});
    expect(
      triagePrefill({ alreadyPublic: 'yes', vendorContactStated: 'no', multipleDevelopers: 'yes' }),
    ).toEqual({
      RP: { value: 'Y', source: 'checklist-already-public' },
      SCON: { value: 'N', source: 'checklist-vendor-contact' },
      SC: { value: 'M', source: 'checklist-multiple-developers' },
    });
    const single = triagePrefill({
      alreadyPublic: 'no',
      vendorContactStated: 'yes',
      multipleDevelopers: 'no',
    });
    expect(single).toMatchObject({ RP: { value: 'N' }, SCON: { value: 'Y' }, SC: { value: 'O' } });
  });

  it('reads the vendor matrix: one vendor contacted, then a second, a reply, all unreachable', () => {
    const one = foldEvents(acceptedSoftwareCase());
    expect(triagePrefill(UNKNOWN, one)).toEqual({
      SCON: { value: 'Y', source: 'matrix-contacted' },
      SC: { value: 'O', source: 'matrix-vendors' },
    });
    const second: CaseEvent = ev({
      type: 'involvement.added',
      at: '2026-04-29T00:00:00.000Z',
      payload: { involvementId: inv2, contactId: c2, role: 'developer' },
    });
    const replied: CaseEvent = ev({
      type: 'vendor.replied',
      at: '2026-04-30T00:00:00.000Z',
      payload: { involvementId: inv1, messageId: null },
    });
    const two = foldEvents([...acceptedSoftwareCase(), second, replied]);
    expect(triagePrefill(UNKNOWN, two)).toMatchObject({ SC: { value: 'M' }, SE: { value: 'A' } });
    const unreachable: CaseEvent = ev({
      type: 'vendor.unreachable',
      at: '2026-06-30T00:00:00.000Z',
      payload: { involvementId: inv1, reason: 'three attempts' },
    });
    const gone = foldEvents([...acceptedSoftwareCase(), unreachable]);
    expect(triagePrefill(UNKNOWN, gone)).toMatchObject({
      SE: { value: 'U', source: 'matrix-replies' },
    });
  });
});

describe('SSVC publish pre-fill', () => {
  const base = acceptedSoftwareCase();
  const flag = (flag: 'fixReady' | 'exploitPublic' | 'attacksObserved', at: string): CaseEvent =>
    ev({ type: 'flag.set', at, payload: { flag } });

  it('reads the flags and the vendors’ replies', () => {
    expect(publishPrefill(foldEvents(base))).toEqual({});
    expect(
      publishPrefill(foldEvents([...base, flag('fixReady', '2026-05-01T00:00:00.000Z')])),
    ).toEqual({
      SINV: { value: 'FR', source: 'flags-fix-ready' },
    });
    const replied = ev({
      type: 'vendor.replied',
      at: '2026-04-30T00:00:00.000Z',
      payload: { involvementId: inv1, messageId: null },
    });
    const exploit = flag('exploitPublic', '2026-05-02T00:00:00.000Z');
    expect(publishPrefill(foldEvents([...base, replied, exploit]))).toEqual({
      SINV: { value: 'C', source: 'matrix-replies' },
      E: { value: 'P', source: 'flags-exploit' },
    });
    const attacks = flag('attacksObserved', '2026-05-03T00:00:00.000Z');
    const unreachable = ev({
      type: 'vendor.unreachable',
      at: '2026-06-30T00:00:00.000Z',
      payload: { involvementId: inv1, reason: 'three attempts' },
    });
    expect(publishPrefill(foldEvents([...base, attacks, unreachable]))).toEqual({
      SINV: { value: 'UU', source: 'matrix-replies' },
      E: { value: 'A', source: 'flags-exploit' },
    });
    expect(publishPrefill({ case: null, involvements: [] })).toEqual({});
  });
});

describe('SSVC beside the policy verdict', () => {
  it('matches Coordinate/Track/Decline to accept/defer/decline, and says when they differ', () => {
    expect(triageAgrees('C', 'accept')).toBe(true);
    expect(triageAgrees('T', 'defer')).toBe(true);
    expect(triageAgrees('D', 'decline')).toBe(true);
    expect(triageAgrees('D', 'accept')).toBe(false);
    const d = decideSsvc(
      'coordinator-triage',
      { RP: 'Y', SCON: 'N', RC: 'C', SC: 'M', SE: 'A', U: 'E', PSI: 'S' },
      { now: '2026-05-01T00:00:00.000Z' },
    );
    expect(d.ok && triageAgrees(d.value.outcome.value, 'accept')).toBe(false);
  });

  it('matches Publish to publish and Do Not Publish to either decision not to publish', () => {
    expect(publishAgrees('P', 'publish')).toBe(true);
    expect(publishAgrees('N', 'do-not-publish')).toBe(true);
    expect(publishAgrees('N', 'no-public-release-needed')).toBe(true);
    expect(publishAgrees('P', 'do-not-publish')).toBe(false);
    expect(publishAgrees('X', 'publish')).toBe(false);
  });
});
