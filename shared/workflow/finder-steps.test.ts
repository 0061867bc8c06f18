// Issue 27 items 3 and 7: links between cases, the finder's withdrawal request under the
// one-year rule and the site operator's fix, as the reducer judges them.
import { describe, expect, it } from 'vitest';
import type { CaseId, CaseEvent, InvolvementId, ReportId } from '../model';
import { calendarEntries } from './calendar-entries';
import { computeDeadlines } from './deadlines';
import {
  linkCommands,
  secondFinderCredit,
  siteFixedCommand,
  withdrawalRequestCommand,
} from './finder-step-commands';
import { getPolicyProfile } from './policy-profiles';
import type { ReadyProjection } from './reducer-types';
import { withdrawalAnswer } from './reducer-finder-steps';
import {
  acceptedCaseEvents,
  findDeadline,
  involvementIds,
  projectionOfEvents,
  testUuid,
  type EventSpec,
} from './testing/test-events';
import { applyCommand } from './timeline';

const [INV] = involvementIds as [InvolvementId];
const OTHER = testUuid(0xbeef) as CaseId;
// First attempt to notify the developer: 2026-04-28 09:30 JST.
const CONTACT = '2026-04-28T00:30:00.000Z';
const software = (...extra: EventSpec[]) =>
  acceptedCaseEvents('2026-04-20T00:00:00.000Z', CONTACT, 'software', extra);
const website = (...extra: EventSpec[]) =>
  acceptedCaseEvents('2026-04-20T00:00:00.000Z', CONTACT, 'website', extra);
const ready = (events: CaseEvent[]) => projectionOfEvents(events) as ReadyProjection;
const codeOf = (p: ReadyProjection, cmd: Parameters<typeof applyCommand>[1], now: string) => {
  const r = applyCommand(p, cmd, { actor: 'analyst', now });
  return r.ok ? 'ok' : r.error.code;
};

describe('the finder’s withdrawal request (IPA: after a year from the first attempt)', () => {
  it('is refused the day before the anniversary in Japan, naming the day it becomes possible', () => {
    const p = ready(software());
    // 2027-04-27 23:59 JST
    expect(withdrawalAnswer(p, '2027-04-27T14:59:00.000Z')).toEqual({
      outcome: 'refused',
      possibleOn: '2027-04-28',
      refusal: 'year-not-passed',
    });
    // 2027-04-28 00:00 JST
    expect(withdrawalAnswer(p, '2027-04-27T15:00:00.000Z')).toEqual({
      outcome: 'granted',
      possibleOn: '2027-04-28',
      refusal: null,
    });
  });

  it('is recorded with its outcome; a refused one is shown on the calendar on that day', () => {
    const p = ready(software());
    const r = applyCommand(p, withdrawalRequestCommand(p, '2026-10-01T00:00:00.000Z'), {
      actor: 'analyst',
      now: '2026-10-01T00:00:00.000Z',
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.projection.finderSteps.withdrawals).toEqual([
      {
        at: '2026-10-01T00:00:00.000Z',
        outcome: 'refused',
        possibleOn: '2027-04-28',
        refusal: 'year-not-passed',
      },
    ]);
    const profile = getPolicyProfile('jpcert-cc');
    const report = computeDeadlines(r.value.projection, profile, '2026-10-01T00:00:00.000Z');
    const entries = calendarEntries([{ projection: r.value.projection, report }], 'Asia/Tokyo');
    expect(entries.find((e) => e.kind === 'finder-step')).toMatchObject({ date: '2027-04-28' });
  });

  it('refuses an event whose outcome the rule does not give, and a second one once granted', () => {
    const p = ready(software());
    const early = {
      type: 'finder.withdrawal-requested',
      payload: { outcome: 'granted', possibleOn: '2027-04-28', refusal: null },
    } as const;
    expect(codeOf(p, early, '2026-10-01T00:00:00.000Z')).toBe('withdrawal-mismatch');
    const later = '2027-05-01T00:00:00.000Z';
    const granted = applyCommand(p, withdrawalRequestCommand(p, later), { actor: 'a', now: later });
    if (!granted.ok) throw new Error(granted.error.message);
    const next = granted.value.projection as ReadyProjection;
    expect(codeOf(next, withdrawalRequestCommand(next, later), later)).toBe(
      'withdrawal-already-granted',
    );
    const profile = getPolicyProfile('jpcert-cc');
    const report = computeDeadlines(next, profile, later);
    expect(
      calendarEntries([{ projection: next, report }], 'Asia/Tokyo').some(
        (e) => e.kind === 'finder-step',
      ),
    ).toBe(false);
  });

  it('before any attempt to notify the developer there is no day yet', () => {
    const p = ready(acceptedCaseEvents('2026-04-20T00:00:00.000Z', null));
    expect(withdrawalAnswer(p, '2028-01-01T00:00:00.000Z')).toEqual({
      outcome: 'refused',
      possibleOn: null,
      refusal: 'developer-not-contacted',
    });
  });

  it('a website case keeps non-disclosure until the fix; a published case has none left', () => {
    const w = ready(website());
    expect(withdrawalAnswer(w, '2028-01-01T00:00:00.000Z').refusal).toBe('website-until-fixed');
    const fixed = ready(
      website({
        type: 'site.fixed',
        at: '2026-06-01T03:00:00.000Z',
        payload: { involvementId: INV, note: '' },
      }),
    );
    expect(withdrawalAnswer(fixed, '2026-06-02T00:00:00.000Z')).toEqual({
      outcome: 'granted',
      possibleOn: '2026-06-01',
      refusal: null,
    });
    const published = ready(
      software({
        type: 'published',
        at: '2026-06-01T00:00:00.000Z',
        payload: { advisoryId: null, url: '' },
      }),
    );
    expect(withdrawalAnswer(published, '2026-06-02T00:00:00.000Z')).toEqual({
      outcome: 'granted',
      possibleOn: null,
      refusal: null,
    });
  });
});

describe('the site operator’s fix notification', () => {
  const NOW = '2026-06-01T03:00:00.000Z';

  it('closes the three-month website clock and records the fix', () => {
    const p = ready(website());
    const profile = getPolicyProfile('jpcert-cc');
    expect(
      findDeadline(computeDeadlines(p, profile, NOW).deadlines, 'jpcert.website-fix').state,
    ).not.toBe('met');
    const r = applyCommand(p, siteFixedCommand(INV, ' patched '), { actor: 'analyst', now: NOW });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.event.payload).toEqual({ involvementId: INV, note: 'patched' });
    const after = r.value.projection;
    expect(after.finderSteps.siteFixed).toEqual({ at: NOW, involvementId: INV });
    expect(after.case?.states.flags.fixDeployed).toBe(NOW);
    const fix = findDeadline(computeDeadlines(after, profile, NOW).deadlines, 'jpcert.website-fix');
    expect(fix).toMatchObject({ state: 'met', metAt: NOW });
  });

  it('keeps an earlier fixDeployed flag', () => {
    const p = ready(
      website({
        type: 'flag.set',
        at: '2026-05-01T00:00:00.000Z',
        payload: { flag: 'fixDeployed' },
      }),
    );
    const r = applyCommand(p, siteFixedCommand(INV, ''), { actor: 'analyst', now: NOW });
    expect(r.ok && r.value.projection.case?.states.flags.fixDeployed).toBe(
      '2026-05-01T00:00:00.000Z',
    );
  });

  it('is refused on a software case, twice, for an unknown or non-operator involvement', () => {
    expect(codeOf(ready(software()), siteFixedCommand(INV, ''), NOW)).toBe('not-a-website-case');
    const fixed = ready(
      website({ type: 'site.fixed', at: NOW, payload: { involvementId: INV, note: '' } }),
    );
    expect(codeOf(fixed, siteFixedCommand(INV, ''), NOW)).toBe('site-already-fixed');
    expect(
      codeOf(ready(website()), siteFixedCommand(testUuid(0x99) as InvolvementId, ''), NOW),
    ).toBe('unknown-involvement');
    const inv2 = involvementIds[1] as InvolvementId;
    const withCoordinator = ready(
      website({
        type: 'involvement.added',
        at: '2026-05-01T00:00:00.000Z',
        payload: { involvementId: inv2, contactId: testUuid(0xc2) as never, role: 'coordinator' },
      }),
    );
    expect(codeOf(withCoordinator, siteFixedCommand(inv2, ''), NOW)).toBe('not-site-operator');
  });
});

describe('links between cases', () => {
  const NOW = '2026-06-01T00:00:00.000Z';
  const report = {
    id: testUuid(0x77) as ReportId,
    reporter: { name: 'Second Finder', creditConsent: true, creditName: null },
  };
  const sides = (relation: 'duplicate-of' | 'related') =>
    linkCommands({
      relation,
      original: { caseId: OTHER, ref: 'AL-2026-0001' },
      newCase: { caseId: testUuid(0xcafe) as CaseId, ref: 'AL-2026-0002' },
      report,
    });

  it('a duplicate names the original and records a second independent report on it', () => {
    const { onNew, onOriginal } = sides('duplicate-of');
    expect(onNew).toEqual([
      {
        type: 'case.linked',
        payload: { otherCaseId: OTHER, otherRef: 'AL-2026-0001', relation: 'duplicate-of' },
      },
    ]);
    expect(onOriginal).toEqual([
      {
        type: 'report.second-received',
        payload: {
          reportId: report.id,
          duplicateCaseId: testUuid(0xcafe),
          duplicateRef: 'AL-2026-0002',
          creditName: 'Second Finder',
        },
      },
    ]);
    const p = ready(software());
    const r = applyCommand(p, onOriginal[0] as never, { actor: 'analyst', now: NOW });
    expect(r.ok && r.value.projection.links).toEqual([
      {
        otherCaseId: testUuid(0xcafe),
        otherRef: 'AL-2026-0002',
        relation: 'duplicated-by',
        at: NOW,
        second: { reportId: report.id, creditName: 'Second Finder' },
      },
    ]);
  });

  it('a related report names each case on the other', () => {
    const { onNew, onOriginal } = sides('related');
    expect(onNew[0]?.payload).toMatchObject({ relation: 'related', otherRef: 'AL-2026-0001' });
    expect(onOriginal[0]?.payload).toMatchObject({ relation: 'related', otherRef: 'AL-2026-0002' });
  });

  it('credits the second finder only with consent, under the credit name when given', () => {
    expect(secondFinderCredit({ name: 'A', creditConsent: false, creditName: null })).toBeNull();
    expect(secondFinderCredit({ name: 'A', creditConsent: true, creditName: 'Lab' })).toBe('Lab');
  });

  it('refuses a link to itself or twice, and still links a closed case', () => {
    const p = ready(software());
    const self = {
      type: 'case.linked',
      payload: { otherCaseId: p.case.id, otherRef: 'AL-2026-0042', relation: 'related' },
    } as const;
    expect(codeOf(p, self, NOW)).toBe('link-to-self');
    const once = {
      type: 'case.linked',
      payload: { otherCaseId: OTHER, otherRef: 'AL-2026-0001', relation: 'related' },
    } as const;
    const linked = ready(software({ ...once, at: NOW }));
    expect(codeOf(linked, once, NOW)).toBe('already-linked');
    const closed = ready(
      software({ type: 'case.closed', at: NOW, payload: { reason: 'resolved', note: '' } }),
    );
    expect(codeOf(closed, once, '2026-07-01T00:00:00.000Z')).toBe('ok');
  });
});
