// Issue 27 items 3 and 7: what the letters to a finder say, from the case alone, in both
// languages, and what they must never say.
import { describe, expect, it } from 'vitest';
import type { CaseEvent, InvolvementId } from '../model';
import { checkDuplicateLetter, checkFinderLetter } from './finder-letter-guard';
import {
  duplicateDeclineLetter,
  fillFinderLetter,
  FINDER_STEP_TEMPLATES,
  progressLetterParams,
  siteFixedLetter,
  withdrawalReply,
  type FinderStepKind,
} from './finder-step-letters';
import { placeholdersIn, unfilledPlaceholders } from './letters';
import type { ReadyProjection } from './reducer-types';
import { contact } from './testing/confidentiality-fixtures';
import {
  acceptedCaseEvents,
  contactIds,
  involvementIds,
  projectionOfEvents,
  type EventSpec,
} from './testing/test-events';

const [INV] = involvementIds as [InvolvementId];
const ORG = { ja: '調整機関', en: 'Coordination Center' };
const NOW = '2026-05-10T00:00:00.000Z';
const ready = (events: CaseEvent[]) => projectionOfEvents(events) as ReadyProjection;
const at = (received: string, contactAt: string | null, ...extra: EventSpec[]) =>
  ready(acceptedCaseEvents(received, contactAt, 'software', extra));
const facts = (p: ReadyProjection, language: 'ja' | 'en' = 'en') => ({
  projection: p,
  reporter: { name: 'Finder One' },
  organisation: ORG,
  now: NOW,
  language,
});

describe('templates', () => {
  it('list exactly the placeholders their texts use, in both languages', () => {
    for (const [kind, t] of Object.entries(FINDER_STEP_TEMPLATES)) {
      for (const lang of ['ja', 'en'] as const) {
        const used = new Set([...placeholdersIn(t.subject[lang]), ...placeholdersIn(t.body[lang])]);
        expect([...used].sort(), `${kind} ${lang}`).toEqual([...t.placeholders].sort());
        expect(t.subject[lang].startsWith('[{{caseRef}}]')).toBe(true);
      }
    }
  });

  it('leave a field with no value for the analyst to fill', () => {
    const kind: FinderStepKind = 'finder-site-fixed';
    const letter = fillFinderLetter(kind, 'en', { caseRef: 'AL-1', finderName: ' ' });
    expect(unfilledPlaceholders(letter)).toEqual(['finderName', 'fixedDate', 'organisationName']);
  });
});

describe('the progress letter', () => {
  it('says the stage, whether the developer was reached and the planned window', () => {
    const waiting = progressLetterParams(
      facts(at('2026-04-20T00:00:00.000Z', '2026-04-28T00:30:00.000Z')),
    );
    expect(waiting).toMatchObject({
      caseRef: 'AL-2026-0042',
      finderName: 'Finder One',
      stage: 'we are coordinating with the parties concerned.',
      contact: 'we have tried to reach the developer and are waiting for a reply.',
      organisationName: 'Coordination Center',
    });
    expect(waiting.publicationWindow).toMatch(/around 2026-06-12 \(Asia\/Tokyo\)/);
    const replied = at('2026-04-20T00:00:00.000Z', '2026-04-28T00:30:00.000Z', {
      type: 'vendor.replied',
      at: '2026-04-30T00:00:00.000Z',
      payload: { involvementId: INV, messageId: null },
    });
    expect(progressLetterParams(facts(replied, 'ja')).contact).toBe('開発者と連絡が取れています。');
  });

  it('before contact, with an agreed day, published, closed and in review', () => {
    expect(progressLetterParams(facts(at('2026-04-20T00:00:00.000Z', null)))).toMatchObject({
      stage: 'accepted for coordination; we are preparing the first contact.',
      contact: 'the developer has not been contacted yet.',
      publicationWindow: 'not set yet.',
    });
    const agreed = at(
      '2026-04-20T00:00:00.000Z',
      '2026-04-28T00:30:00.000Z',
      {
        type: 'embargo.proposed',
        at: '2026-04-30T00:00:00.000Z',
        payload: { date: '2026-07-01T01:00:00.000Z', zone: 'Asia/Tokyo', proposedBy: 'vendor' },
      },
      {
        type: 'embargo.agreed',
        at: '2026-05-01T00:00:00.000Z',
        payload: { date: '2026-07-01T01:00:00.000Z', zone: 'Asia/Tokyo' },
      },
    );
    expect(progressLetterParams(facts(agreed)).publicationWindow).toBe(
      'planned for around 2026-07-01 (Asia/Tokyo).',
    );
    const published = at('2026-04-20T00:00:00.000Z', '2026-04-28T00:30:00.000Z', {
      type: 'published',
      at: '2026-06-01T01:00:00.000Z',
      payload: { advisoryId: null, url: '' },
    });
    expect(progressLetterParams(facts(published))).toMatchObject({
      stage: 'published.',
      publicationWindow: 'published on 2026-06-01 (Asia/Tokyo).',
    });
    const closed = at('2026-04-20T00:00:00.000Z', null, {
      type: 'case.closed',
      at: '2026-06-01T01:00:00.000Z',
      payload: { reason: 'declined', note: '' },
    });
    expect(progressLetterParams(facts(closed)).stage).toBe('handling has ended.');
    const review = ready(acceptedCaseEvents('2026-04-20T00:00:00.000Z', null).slice(0, 2));
    expect(progressLetterParams(facts(review)).stage).toBe('we are reviewing the report.');
    const site = ready(acceptedCaseEvents('2026-04-20T00:00:00.000Z', null, 'website'));
    expect(progressLetterParams(facts(site))).toMatchObject({
      contact: 'the website operator has not been contacted yet.',
      publicationWindow:
        'a website vulnerability is not announced; handling ends when the site is fixed.',
    });
  });

  it('is refused when edited to name a vendor before publication, allowed after', () => {
    const vendor = contact(contactIds[0] as never, {
      name: { ja: 'ベータ株式会社', en: 'Beta Widgets Inc.' },
    });
    const parties = {
      published: false,
      involvements: [{ contactId: vendor.id, role: 'developer' as const }],
      contacts: [vendor],
    };
    const p = at('2026-04-20T00:00:00.000Z', '2026-04-28T00:30:00.000Z');
    const letter = fillFinderLetter('finder-progress', 'en', progressLetterParams(facts(p)));
    expect(checkFinderLetter(letter, parties).ok).toBe(true);
    const named = { ...letter, body: `${letter.body}\nWe reached Beta Widgets.` };
    const refused = checkFinderLetter(named, parties);
    expect(refused.ok ? [] : refused.error.hits.map((h) => h.text)).toEqual(['Beta Widgets']);
    const ja = { ...letter, body: 'ベータ株式会社と調整中です' };
    expect(checkFinderLetter(ja, parties).ok).toBe(false);
    expect(checkFinderLetter(named, { ...parties, published: true }).ok).toBe(true);
  });
});

describe('the withdrawal reply', () => {
  const p = at('2026-04-20T00:00:00.000Z', '2026-04-28T00:30:00.000Z');
  it('refused: says why and the day it becomes possible', () => {
    const request = {
      at: '2026-10-01T00:00:00.000Z',
      outcome: 'refused',
      possibleOn: '2027-04-28',
      refusal: 'year-not-passed',
    } as const;
    const en = withdrawalReply(request, facts(p));
    expect(en.subject).toBe(
      '[AL-2026-0042] Your request to withdraw non-disclosure: not yet possible',
    );
    expect(en.body).toContain('becomes possible on 2027-04-28 (Asia/Tokyo)');
    expect(en.body).toContain('made on 2026-10-01 (Asia/Tokyo)');
    expect(withdrawalReply(request, facts(p, 'ja')).body).toContain(
      '2027年4月28日（Asia/Tokyo） 以降に取り下げが可能',
    );
    const website = { ...request, possibleOn: null, refusal: 'website-until-fixed' } as const;
    expect(withdrawalReply(website, facts(p)).body).toContain('until the site is fixed');
    expect(unfilledPlaceholders(withdrawalReply(website, facts(p)))).toEqual([]);
  });
  it('granted: the finder may disclose from today', () => {
    const request = {
      at: '2027-05-01T00:00:00.000Z',
      outcome: 'granted',
      possibleOn: '2027-04-28',
      refusal: null,
    } as const;
    const letter = withdrawalReply(request, facts(p, 'ja'));
    expect(letter.subject).toContain('承諾');
    expect(letter.body).toContain('本日以降');
  });
});

describe('the site-fixed letter', () => {
  it('tells the finder the day the operator reported the fix, without naming the operator', () => {
    const w = ready(
      acceptedCaseEvents('2026-04-20T00:00:00.000Z', '2026-04-28T00:30:00.000Z', 'website', [
        {
          type: 'site.fixed',
          at: '2026-06-01T03:00:00.000Z',
          payload: { involvementId: INV, note: '' },
        },
      ]),
    );
    const letter = siteFixedLetter(facts(w));
    expect(letter?.body).toContain('On 2026-06-01 (Asia/Tokyo) the website operator told us');
    expect(siteFixedLetter(facts(w, 'ja'))?.subject).toBe(
      '[AL-2026-0042] ウェブサイトの修正完了のご連絡',
    );
    expect(siteFixedLetter(facts(at('2026-04-20T00:00:00.000Z', null)))).toBeNull();
  });
});

describe('the decline letter to a second finder', () => {
  const first = {
    name: 'Kanade Zyxwbrook',
    contact: 'kanade@zyx-lab.example',
    pgpKeyFingerprint: null,
    creditConsent: true,
    creditName: 'Zyx Lab',
  };
  const letter = (consent: boolean, language: 'ja' | 'en' = 'en') =>
    duplicateDeclineLetter({
      caseRef: 'AL-2026-0050',
      reporter: { name: 'Second Finder', creditConsent: consent, creditName: null },
      productName: 'widget',
      organisation: ORG,
      language,
    });

  it('says the issue is already being handled, credits per consent, names no first finder', () => {
    expect(letter(true).body).toContain('already known to us and is being handled');
    expect(letter(true).body).toContain('credit you as Second Finder');
    expect(letter(false).body).toContain('will not name you');
    expect(letter(true, 'ja').body).toContain('すでに当方で把握し');
    expect(checkDuplicateLetter(letter(true), first).ok).toBe(true);
  });

  it('is refused when it carries the first finder’s name, credit, e-mail or its domain', () => {
    for (const leak of [
      'Kanade Zyxwbrook',
      'ZYX LAB',
      'kanade@zyx-lab.example',
      'zyx-lab.example',
    ]) {
      const l = { ...letter(true), body: `${letter(true).body}\n(first: ${leak})` };
      const r = checkDuplicateLetter(l, first);
      expect(r.ok, leak).toBe(false);
    }
    const noMail = { ...first, contact: '+81 3 0000 0000' };
    expect(checkDuplicateLetter(letter(false), noMail).ok).toBe(true);
  });
});
