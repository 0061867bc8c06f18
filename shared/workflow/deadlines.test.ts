import { describe, it, expect } from 'vitest';
import type { CaseEvent } from '../model';
import { computeDeadlines, type Deadline } from './deadlines';
import { JPCERT_SOURCES, jpcertProfile } from './policy-jpcert';
import { certCcProfile, getPolicyProfile, projectZeroProfile, zdiProfile } from './policy-profiles';
import { emptyProjection } from './projection';
import {
  contactIds,
  created,
  involvementIds,
  normalPriority,
  testUuid,
  timeline,
  type EventSpec,
} from './test-events';
import { foldEvents } from './timeline';

const inv = involvementIds[0] as (typeof involvementIds)[0];

/** A case received at `received`, accepted, and the developer first contacted at `contact`. */
const caseEvents = (
  received: string,
  contact: string | null,
  kind: 'software' | 'website' = 'software',
  extra: EventSpec[] = [],
): CaseEvent[] => {
  const ev = timeline();
  const t = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
  return [
    ev(created(received, kind)),
    ev({
      type: 'report.received',
      at: t(received, 1),
      payload: { reportId: testUuid(1) as never, receivedAt: received },
    }),
    ev({
      type: 'triage.decided',
      at: t(received, 2),
      payload: {
        decision: 'accept',
        reasons: ['meets-criteria'],
        priority: normalPriority,
        note: '',
      },
    }),
    ev({
      type: 'involvement.added',
      at: t(received, 3),
      payload: {
        involvementId: inv,
        contactId: contactIds[0] as never,
        role: kind === 'website' ? 'site-operator' : 'developer',
      },
    }),
    ...(contact
      ? [
          ev({
            type: 'vendor.contact-attempted',
            at: contact,
            payload: { involvementId: inv, channel: 'email' },
          }),
        ]
      : []),
    ...extra.map((s) => ev(s)),
  ];
};

const find = (ds: Deadline[], id: string) => {
  const d = ds.find((x) => x.ruleId === id);
  if (!d) throw new Error(`no deadline ${id}`);
  return d;
};

describe('JPCERT/CC profile, one test per policy sentence', () => {
  it(`II.A "${JPCERT_SOURCES.acknowledge.sentence}" — received Friday 2026-12-25 JST: due Thursday 2027-01-07 (Dec 28, closure Dec 29–Jan 3, Jan 4–7)`, () => {
    // 15:30 UTC on the 24th is 00:30 on Friday the 25th in Tokyo: the Tokyo date counts.
    const p = foldEvents(caseEvents('2026-12-24T15:30:00.000Z', null));
    const { deadlines } = computeDeadlines(p, jpcertProfile, '2026-12-25T01:00:00.000Z');
    const ack = find(deadlines, 'jpcert.acknowledge-finder');
    expect(ack.dueDate).toBe('2027-01-07');
    expect(ack.dueAt).toBe('2027-01-07T14:59:59.999Z');
    expect(ack.timeZone).toBe('Asia/Tokyo');
    expect(ack.state).toBe('ok');
    expect(ack.source.sentence).toContain('within 5 business days');
    // Without the year-end closure setting the same report is due on Monday 2027-01-04.
    const noClosure = {
      ...jpcertProfile,
      calendar: { ...jpcertProfile.calendar, yearEndClosure: null },
    };
    expect(
      find(
        computeDeadlines(p, noClosure, '2026-12-25T01:00:00.000Z').deadlines,
        'jpcert.acknowledge-finder',
      ).dueDate,
    ).toBe('2027-01-04');
  });

  it('II.A — acknowledgement across Golden Week: received Tue 2026-04-28, due Mon 2026-05-11; met once acknowledged; overdue if not', () => {
    const events = caseEvents('2026-04-28T01:00:00.000Z', null);
    const late = computeDeadlines(foldEvents(events), jpcertProfile, '2026-05-11T15:00:00.000Z');
    expect(find(late.deadlines, 'jpcert.acknowledge-finder')).toMatchObject({
      dueDate: '2026-05-11',
      state: 'overdue',
    });
    const soon = computeDeadlines(foldEvents(events), jpcertProfile, '2026-05-10T00:00:00.000Z');
    expect(find(soon.deadlines, 'jpcert.acknowledge-finder').state).toBe('due-soon');
    const acked = foldEvents([
      ...events,
      timeline(
        undefined,
        900,
      )({
        type: 'report.acknowledged',
        at: '2026-04-30T00:00:00.000Z',
        payload: { messageId: null },
      }),
    ]);
    expect(
      find(
        computeDeadlines(acked, jpcertProfile, '2026-05-12T00:00:00.000Z').deadlines,
        'jpcert.acknowledge-finder',
      ),
    ).toMatchObject({ state: 'met', metBy: 'acknowledged', metAt: '2026-04-30T00:00:00.000Z' });
  });

  it(`IPA footnote 9 "${JPCERT_SOURCES.publicationTarget.sentence}" — first attempt 2026-04-28 (Golden Week): calendar days, target Friday 2026-06-12`, () => {
    const p = foldEvents(caseEvents('2026-04-20T01:00:00.000Z', '2026-04-28T00:30:00.000Z'));
    const d = find(
      computeDeadlines(p, jpcertProfile, '2026-05-01T00:00:00.000Z').deadlines,
      'jpcert.publication-target',
    );
    expect(d.start).toBe('2026-04-28T00:30:00.000Z');
    expect(d.dueDate).toBe('2026-06-12');
    expect(d.state).toBe('ok');
  });

  it('IPA footnote 9 — a target on a holiday moves to the next business day: 2026-03-15 + 45 = Showa Day → 2026-04-30', () => {
    const p = foldEvents(caseEvents('2026-03-10T01:00:00.000Z', '2026-03-15T01:00:00.000Z'));
    expect(
      find(
        computeDeadlines(p, jpcertProfile, '2026-03-16T00:00:00.000Z').deadlines,
        'jpcert.publication-target',
      ).dueDate,
    ).toBe('2026-04-30');
  });

  it(`JPCERT II.F "${JPCERT_SOURCES.coordinationLimit.sentence}" — no reply for 120 days: the case shows may-close and the committee`, () => {
    const p = foldEvents(caseEvents('2026-04-20T01:00:00.000Z', '2026-04-28T00:30:00.000Z'));
    const before = computeDeadlines(p, jpcertProfile, '2026-08-20T00:00:00.000Z');
    expect(find(before.deadlines, 'jpcert.coordination-limit')).toMatchObject({
      dueDate: '2026-08-26',
      state: 'due-soon',
    });
    expect(before.actions.map((a) => a.id)).not.toContain('may-close');
    const after = computeDeadlines(p, jpcertProfile, '2026-08-27T00:00:00.000Z');
    expect(find(after.deadlines, 'jpcert.coordination-limit').state).toBe('overdue');
    expect(after.actions.map((a) => a.id)).toEqual(
      expect.arrayContaining(['may-close', 'release-decision-committee', 'consider-unreachable']),
    );
  });

  it('JPCERT II.F — an agreed publication date meets the 120-day limit and the 45-day target', () => {
    const p = foldEvents(
      caseEvents('2026-04-20T01:00:00.000Z', '2026-04-28T00:30:00.000Z', 'software', [
        {
          type: 'embargo.proposed',
          at: '2026-05-01T00:00:00.000Z',
          payload: { date: '2026-07-01T01:00:00.000Z', proposedBy: 'coordinator' },
        },
        {
          type: 'embargo.agreed',
          at: '2026-05-02T00:00:00.000Z',
          payload: { date: '2026-07-01T01:00:00.000Z' },
        },
      ]),
    );
    const r = computeDeadlines(p, jpcertProfile, '2026-09-01T00:00:00.000Z');
    expect(find(r.deadlines, 'jpcert.coordination-limit')).toMatchObject({
      state: 'met',
      metBy: 'embargo-agreed',
    });
    expect(find(r.deadlines, 'jpcert.publication-target').state).toBe('met');
    expect(find(r.deadlines, 'jpcert.agreed-publication')).toMatchObject({
      dueDate: '2026-07-01',
      state: 'overdue',
    });
    expect(r.actions.map((a) => a.id)).not.toContain('may-close');
  });

  it(`IPA footnote 5 "${JPCERT_SOURCES.nondisclosureYear.sentence.slice(0, 60)}…" — one year after the first attempt the finder may ask to lift non-disclosure`, () => {
    const p = foldEvents(caseEvents('2026-04-20T01:00:00.000Z', '2026-04-28T00:30:00.000Z'));
    const r = computeDeadlines(p, jpcertProfile, '2027-04-29T00:00:00.000Z');
    expect(find(r.deadlines, 'jpcert.nondisclosure-year')).toMatchObject({
      dueDate: '2027-04-28',
      state: 'overdue',
    });
    expect(r.actions.map((a) => a.id)).toContain('finder-may-lift-nondisclosure');
  });

  it(`IPA website operators "${JPCERT_SOURCES.websiteFix.sentence}" — about three months, met by a deployed fix`, () => {
    const events = caseEvents('2026-04-20T01:00:00.000Z', '2026-04-28T00:30:00.000Z', 'website');
    const open = computeDeadlines(foldEvents(events), jpcertProfile, '2026-07-29T00:00:00.000Z');
    expect(find(open.deadlines, 'jpcert.website-fix')).toMatchObject({
      dueDate: '2026-07-28',
      state: 'overdue',
    });
    expect(open.deadlines.map((d) => d.ruleId)).not.toContain('jpcert.publication-target');
    const fixed = foldEvents(
      caseEvents('2026-04-20T01:00:00.000Z', '2026-04-28T00:30:00.000Z', 'website', [
        {
          type: 'involvement.changed',
          at: '2026-06-01T00:00:00.000Z',
          payload: { involvementId: inv, status: 'fixed' },
        },
      ]),
    );
    expect(
      find(
        computeDeadlines(fixed, jpcertProfile, '2026-07-29T00:00:00.000Z').deadlines,
        'jpcert.website-fix',
      ),
    ).toMatchObject({ state: 'met', metBy: 'flag:fixDeployed' });
  });

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
    expect(find(r.deadlines, 'jpcert.acknowledge-finder')).toMatchObject({
      state: 'met',
      metBy: 'closed',
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
