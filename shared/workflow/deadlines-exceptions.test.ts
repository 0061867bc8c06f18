// Deadlines when a case leaves the usual path (an unreachable or declining developer, an
// optional release, a vulnerability already public, a per-case override), and the
// deadlines of the other policy profiles.
import { describe, it, expect } from 'vitest';
import { computeDeadlines } from './deadlines';
import { JPCERT_SOURCES, jpcertProfile } from './policy-jpcert';
import { certCcProfile, getPolicyProfile, projectZeroProfile, zdiProfile } from './policy-profiles';
import { emptyProjection } from './projection';
import {
  acceptedCaseEvents as caseEvents,
  created,
  findDeadline as find,
  involvementIds,
  testUuid,
  timeline,
} from './testing/test-events';
import { foldEvents } from './timeline';

const inv = involvementIds[0] as (typeof involvementIds)[0];

describe('JPCERT/CC profile, one test per policy sentence', () => {
  it(`IPA footnote 8 "${JPCERT_SOURCES.unreachable.sentence}"`, () => {
    const unreachable = caseEvents(
      '2026-04-20T01:00:00.000Z',
      '2026-04-28T00:30:00.000Z',
      'software',
      [
        {
          type: 'vendor.unreachable',
          at: '2026-06-01T00:00:00.000Z',
          payload: { involvementId: inv, reason: 'no reply to 3 e-mails and a letter' },
        },
      ],
    );
    const r = computeDeadlines(foldEvents(unreachable), jpcertProfile, '2026-06-02T00:00:00.000Z');
    expect(r.actions.find((a) => a.id === 'publish-developer-name')?.involvementIds).toEqual([inv]);
    const published = foldEvents([
      ...unreachable,
      timeline(
        undefined,
        900,
      )({
        type: 'vendor.name-published',
        at: '2026-06-03T00:00:00.000Z',
        payload: { involvementId: inv },
      }),
    ]);
    expect(
      computeDeadlines(published, jpcertProfile, '2026-06-04T00:00:00.000Z').actions.map(
        (a) => a.id,
      ),
    ).not.toContain('publish-developer-name');
  });

  it(`IPA footnote 10 "${JPCERT_SOURCES.releaseDecisionCommittee.sentence}" — a declining developer; gone once decided`, () => {
    const declined = caseEvents(
      '2026-04-20T01:00:00.000Z',
      '2026-04-28T00:30:00.000Z',
      'software',
      [
        {
          type: 'involvement.changed',
          at: '2026-05-10T00:00:00.000Z',
          payload: { involvementId: inv, status: 'declined' },
        },
      ],
    );
    const r = computeDeadlines(foldEvents(declined), jpcertProfile, '2026-05-11T00:00:00.000Z');
    expect(r.actions.find((a) => a.id === 'release-decision-committee')?.involvementIds).toEqual([
      inv,
    ]);
    const decided = foldEvents([
      ...declined,
      timeline(
        undefined,
        900,
      )({
        type: 'release.decided',
        at: '2026-05-20T00:00:00.000Z',
        payload: { decision: 'publish', committee: true, reason: 'users at risk' },
      }),
    ]);
    expect(decided.releaseDecision).toMatchObject({ decision: 'publish', committee: true });
    expect(
      computeDeadlines(decided, jpcertProfile, '2026-05-21T00:00:00.000Z').actions.map((a) => a.id),
    ).not.toContain('release-decision-committee');
  });

  it(`IPA "${JPCERT_SOURCES.releaseOptional.sentence}"`, () => {
    const p = foldEvents(
      caseEvents('2026-04-20T01:00:00.000Z', '2026-04-28T00:30:00.000Z', 'software', [
        {
          type: 'involvement.changed',
          at: '2026-05-10T00:00:00.000Z',
          payload: { involvementId: inv, canReachAllUsers: true },
        },
      ]),
    );
    expect(
      computeDeadlines(p, jpcertProfile, '2026-05-11T00:00:00.000Z').actions.map((a) => a.id),
    ).toContain('public-release-optional');
  });

  it(`IPA footnote 4 "${JPCERT_SOURCES.alreadyPublic.sentence}" — offered on the closed case until the finder is told`, () => {
    const ev = timeline();
    const events = [
      ev(created('2026-04-20T01:00:00.000Z')),
      ev({
        type: 'report.received',
        at: '2026-04-20T01:00:01.000Z',
        payload: { reportId: testUuid(1) as never, receivedAt: '2026-04-20T01:00:00.000Z' },
      }),
      ev({ type: 'flag.set', at: '2026-04-21T00:00:00.000Z', payload: { flag: 'publicAware' } }),
    ];
    const r = computeDeadlines(foldEvents(events), jpcertProfile, '2026-04-22T00:00:00.000Z');
    expect(r.actions.map((a) => a.id)).toEqual(['notify-finder-handling-terminated']);
    // Closing is no answer to the finder: the acknowledgement stays owed until the notice.
    expect(find(r.deadlines, 'jpcert.acknowledge-finder')).toMatchObject({
      state: 'ok',
      metBy: null,
    });
    const told = ev({
      type: 'message.sent',
      at: '2026-04-22T01:00:00.000Z',
      payload: {
        messageId: testUuid(77) as never,
        to: 'finder',
        involvementId: null,
        purpose: 'finder-handling-terminated',
      },
    });
    const after = computeDeadlines(
      foldEvents([...events, told]),
      jpcertProfile,
      '2026-04-23T00:00:00.000Z',
    );
    expect(after.actions).toEqual([]);
    expect(find(after.deadlines, 'jpcert.acknowledge-finder')).toMatchObject({
      state: 'met',
      metBy: 'acknowledged',
      metAt: '2026-04-22T01:00:00.000Z',
    });
  });

  it('a per-case override moves a deadline with its reason; a waiver meets it', () => {
    const base = caseEvents('2026-04-20T01:00:00.000Z', '2026-04-28T00:30:00.000Z');
    const ev = timeline(undefined, 900);
    const moved = foldEvents([
      ...base,
      ev({
        type: 'deadline.overridden',
        at: '2026-05-01T00:00:00.000Z',
        payload: {
          ruleId: 'jpcert.publication-target',
          due: '2026-07-31T14:59:59.999Z',
          reason: 'vendor needs a firmware release',
        },
      }),
    ]);
    const d = find(
      computeDeadlines(moved, jpcertProfile, '2026-06-20T00:00:00.000Z').deadlines,
      'jpcert.publication-target',
    );
    expect(d).toMatchObject({
      dueDate: '2026-07-31',
      state: 'ok',
      policyDueAt: '2026-06-12T14:59:59.999Z',
    });
    expect(d.override?.reason).toBe('vendor needs a firmware release');
    const waived = foldEvents([
      ...base,
      ev({
        type: 'deadline.overridden',
        at: '2026-05-01T00:00:00.000Z',
        payload: {
          ruleId: 'jpcert.publication-target',
          due: null,
          reason: 'no public release needed',
        },
      }),
    ]);
    expect(
      find(
        computeDeadlines(waived, jpcertProfile, '2026-06-20T00:00:00.000Z').deadlines,
        'jpcert.publication-target',
      ),
    ).toMatchObject({ state: 'met', metBy: 'waived', metAt: '2026-05-01T00:00:00.000Z' });
  });

  it('no case, no deadlines; a case not yet sent to a vendor has only the acknowledgement', () => {
    expect(computeDeadlines(emptyProjection(), jpcertProfile, '2026-01-01T00:00:00.000Z')).toEqual({
      deadlines: [],
      actions: [],
      timeZone: 'Asia/Tokyo',
    });
    const p = foldEvents(caseEvents('2026-04-20T01:00:00.000Z', null));
    expect(
      computeDeadlines(p, jpcertProfile, '2026-04-21T00:00:00.000Z').deadlines.map((d) => d.ruleId),
    ).toEqual(['jpcert.acknowledge-finder']);
  });
});

describe('other profiles', () => {
  it('CERT/CC: 45 days after the initial report', () => {
    const p = foldEvents(caseEvents('2026-04-20T15:00:00.000Z', '2026-04-28T00:30:00.000Z'));
    expect(
      find(
        computeDeadlines(p, certCcProfile, '2026-05-01T00:00:00.000Z').deadlines,
        'cert.publication',
      ).dueDate,
    ).toBe('2026-06-04');
  });

  it('ZDI: 120 days from vendor notification', () => {
    const p = foldEvents(caseEvents('2026-04-20T15:00:00.000Z', '2026-04-28T15:00:00.000Z'));
    expect(
      find(computeDeadlines(p, zdiProfile, '2026-05-01T00:00:00.000Z').deadlines, 'zdi.publication')
        .dueDate,
    ).toBe('2026-08-26');
  });

  it('Project Zero: 90 days for a patch, then 30 days; 7 days when exploited in the wild', () => {
    const p = foldEvents(
      caseEvents('2026-04-20T20:00:00.000Z', '2026-04-28T20:00:00.000Z', 'software', [
        { type: 'flag.set', at: '2026-05-01T20:00:00.000Z', payload: { flag: 'attacksObserved' } },
        { type: 'flag.set', at: '2026-05-20T20:00:00.000Z', payload: { flag: 'fixReady' } },
      ]),
    );
    const r = computeDeadlines(p, projectZeroProfile, '2026-05-21T00:00:00.000Z');
    expect(find(r.deadlines, 'p0.fix')).toMatchObject({ dueDate: '2026-07-27', state: 'met' });
    expect(find(r.deadlines, 'p0.in-the-wild')).toMatchObject({
      dueDate: '2026-05-08',
      state: 'met',
    });
    expect(find(r.deadlines, 'p0.patch-adoption')).toMatchObject({
      dueDate: '2026-06-19',
      state: 'ok',
    });
  });

  it('an unknown profile id falls back to JPCERT/CC', () => {
    expect(getPolicyProfile('nope')).toBe(jpcertProfile);
    expect(getPolicyProfile('zdi')).toBe(zdiProfile);
  });
});
