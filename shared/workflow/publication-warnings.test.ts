// What the newcomer was not told: a date two days after first contact (JPCERT/CC's target
// is 45 days, IPA *9), a date on a Japanese holiday or a weekend, and vendors still silent
// when the date is recorded as agreed. Each instant is read in the profile's own zone.
import { describe, expect, it } from 'vitest';
import type { CaseEvent, ContactId, IsoInstant } from '../model';
import { sampleAlertCreated } from '../model/testing/technical-alert';
import { caseView } from './case-view';
import { jpcertProfile } from './policy-jpcert';
import { certCcProfile, POLICY_PROFILES, zdiProfile } from './policy-profiles';
import type { PolicyProfile } from './policy-types';
import {
  publicationWarnings,
  viewPublicationWarnings,
  type PublicationIntent,
} from './publication-warnings';
import { addVendor, INV1, INV2, INV3 } from './testing/extension-events';
import { acceptedCaseEvents, contactIds, type EventSpec } from './testing/test-events';
import { foldEvents } from './timeline';

const NOW = '2026-04-29T00:00:00.000Z';
/** First contact: 2026-04-28 09:30 JST (00:30 UTC), so 45 days later is 2026-06-12. */
const CONTACT = '2026-04-28T00:30:00.000Z';

const caseWith = (extra: EventSpec[] = [], contact: string | null = CONTACT): CaseEvent[] =>
  acceptedCaseEvents('2026-04-20T00:00:00.000Z', contact, 'software', extra);

const warn = (
  events: CaseEvent[],
  instant: IsoInstant,
  intent: PublicationIntent = 'propose',
  profile: PolicyProfile = jpcertProfile,
) => publicationWarnings({ projection: foldEvents(events), profile, instant, now: NOW, intent });
const kinds = (ws: { kind: string }[]) => ws.map((w) => w.kind);

describe('a publication date before the profile’s target', () => {
  it('two days after the first contact: says 2 days against JPCERT/CC’s 45', () => {
    // 2026-04-30 10:00 JST, a Thursday and no holiday.
    expect(warn(caseWith(), '2026-04-30T01:00:00.000Z')).toEqual([
      expect.objectContaining({
        kind: 'before-target',
        days: 2,
        targetDays: 45,
        from: 'first-vendor-contact',
        targetDate: '2026-06-12',
        ruleId: 'jpcert.publication-target',
      }),
    ]);
  });

  it('counts local days in Tokyo: 23:59:59 JST on day 44 warns, midnight of day 45 does not', () => {
    expect(warn(caseWith(), '2026-06-11T14:59:59.000Z')).toEqual([
      expect.objectContaining({ kind: 'before-target', days: 44 }),
    ]);
    // 2026-06-12 00:00 JST (a Friday): the target's own day.
    expect(warn(caseWith(), '2026-06-11T15:00:00.000Z')).toEqual([]);
  });

  it('counts from the day of a first contact made just after JST midnight', () => {
    // 2026-04-28 00:00 JST is still 2026-04-27 in UTC: the day counted is Tokyo's.
    const early = caseWith([], '2026-04-27T15:00:00.000Z');
    expect(warn(early, '2026-06-11T15:00:00.000Z')).toEqual([]);
    const late = caseWith([], '2026-04-28T14:59:00.000Z');
    expect(warn(late, '2026-06-11T15:00:00.000Z')).toEqual([]);
    expect(warn(caseWith([], '2026-04-28T15:00:00.000Z'), '2026-06-11T15:00:00.000Z')).toEqual([
      expect.objectContaining({ kind: 'before-target', days: 44 }),
    ]);
  });

  it('before any contact, counts from today, the earliest the clock could start', () => {
    expect(warn(caseWith([], null), '2026-05-01T01:00:00.000Z')).toEqual([
      expect.objectContaining({ kind: 'before-target', days: 2, from: 'today' }),
    ]);
  });

  it('follows each profile: CERT/CC from the report, ZDI none, a website case none', () => {
    // CERT/CC: 45 days after the report (2026-04-20 00:00 UTC: 19 April in New York), counted
    // in New York.
    expect(
      warn(caseWith(), '2026-05-01T16:00:00.000Z', 'propose', certCcProfile).filter(
        (w) => w.kind === 'before-target',
      ),
    ).toEqual([expect.objectContaining({ days: 12, targetDays: 45, from: 'received' })]);
    expect(warn(caseWith(), '2026-04-30T01:00:00.000Z', 'propose', zdiProfile)).toEqual([]);
    const site = acceptedCaseEvents('2026-04-20T00:00:00.000Z', CONTACT, 'website');
    expect(warn(site, '2026-04-30T01:00:00.000Z')).toEqual([]);
  });

  it('is, in every profile that has one, one of its own deadlines counted in days', () => {
    const targets = POLICY_PROFILES.flatMap((profile) =>
      profile.publicationTargetRuleId === undefined
        ? []
        : [profile.deadlines.find((d) => d.id === profile.publicationTargetRuleId)?.duration],
    );
    expect(targets).toEqual([
      { amount: 45, unit: 'days' },
      { amount: 45, unit: 'days' },
    ]);
  });
});

describe('a publication date JVN does not publish on', () => {
  it('names the Japanese holiday in both languages, from JST midnight to midnight', () => {
    // 2026-07-20 is Marine Day (a Monday). 00:00 JST is 15:00 UTC the day before.
    const holiday = warn(caseWith(), '2026-07-19T15:00:00.000Z');
    expect(holiday).toEqual([
      {
        kind: 'non-publication-day',
        date: '2026-07-20',
        timeZone: 'Asia/Tokyo',
        weekend: null,
        holiday: { ja: '海の日', en: 'Marine Day' },
        yearEndClosure: false,
      },
    ]);
    // One second earlier it is still Sunday 19 July in Tokyo; 24 hours later, Tuesday.
    expect(warn(caseWith(), '2026-07-19T14:59:59.000Z')).toEqual([
      expect.objectContaining({ date: '2026-07-19', weekend: 'sunday', holiday: null }),
    ]);
    expect(warn(caseWith(), '2026-07-20T15:00:00.000Z')).toEqual([]);
  });

  it('warns of a Saturday and of the year-end closure', () => {
    expect(warn(caseWith(), '2026-07-18T01:00:00.000Z')).toEqual([
      expect.objectContaining({ date: '2026-07-18', weekend: 'saturday' }),
    ]);
    // Tuesday 2026-12-29: no holiday, but JPCERT/CC is closed (Dec 29 – Jan 3).
    expect(warn(caseWith(), '2026-12-29T01:00:00.000Z')).toEqual([
      expect.objectContaining({ weekend: null, holiday: null, yearEndClosure: true }),
    ]);
  });

  it('warns of the day for a technical alert too, which has no vendor and no target', () => {
    const alert = [sampleAlertCreated()];
    expect(warn(alert, '2026-07-19T15:00:00.000Z', 'agree')).toEqual([
      expect.objectContaining({ kind: 'non-publication-day', date: '2026-07-20' }),
    ]);
    expect(warn(alert, '2026-05-21T01:00:00.000Z', 'agree')).toEqual([]);
  });

  it('reads the day in the profile’s zone and calendar (CERT/CC: New York, no JP holidays)', () => {
    // Saturday 2026-07-18 11:00 JST is still Friday evening in New York.
    const friday = warn(caseWith(), '2026-07-18T02:00:00.000Z', 'propose', certCcProfile);
    expect(kinds(friday)).not.toContain('non-publication-day');
    // Marine Day at noon in New York: a Monday there, and no holiday on that calendar.
    const marine = warn(caseWith(), '2026-07-20T16:00:00.000Z', 'propose', certCcProfile);
    expect(kinds(marine)).not.toContain('non-publication-day');
  });
});

describe('agreeing while contacted vendors are silent', () => {
  const threeVendors = (extra: EventSpec[]) =>
    caseWith([
      ...addVendor(INV2, contactIds[1] as ContactId, '2026-04-28T00:40:00.000Z'),
      {
        type: 'involvement.added',
        at: '2026-04-28T00:50:00.000Z',
        payload: { involvementId: INV3, contactId: contactIds[2] as ContactId, role: 'developer' },
      },
      ...extra,
    ]);
  const SAFE = '2026-06-15T01:00:00.000Z'; // a Monday past the target

  it('names the contacted vendors that have not replied, not the one not contacted yet', () => {
    expect(warn(threeVendors([]), SAFE, 'agree')).toEqual([
      { kind: 'vendors-not-replied', involvementIds: [INV1, INV2] },
    ]);
    const replied: EventSpec = {
      type: 'vendor.replied',
      at: '2026-04-28T03:00:00.000Z',
      payload: { involvementId: INV1, messageId: null },
    };
    expect(warn(threeVendors([replied]), SAFE, 'agree')).toEqual([
      { kind: 'vendors-not-replied', involvementIds: [INV2] },
    ]);
  });

  it('says nothing of silence when only proposing, and reads a case view the same', () => {
    expect(warn(threeVendors([]), SAFE, 'propose')).toEqual([]);
    const events = threeVendors([]);
    const p = foldEvents(events);
    if (p.case === null) throw new Error('no case');
    const view = caseView(
      { kase: p.case, involvements: p.involvements, events, messages: [] },
      NOW,
    );
    expect(viewPublicationWarnings(view, '2026-04-30T01:00:00.000Z', 'agree')).toEqual(
      warn(events, '2026-04-30T01:00:00.000Z', 'agree'),
    );
  });
});
