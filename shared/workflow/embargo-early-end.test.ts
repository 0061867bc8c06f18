// Vendors must not learn from the news that their embargo ended: every vendor told the
// agreed date is owed the "embargo ended early" letter, which says why, when publication
// now is and what to do, and names no other vendor.
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../model';
import { caseView } from './case-view';
import { earlyEnd } from './embargo-early-end';
import { fillLetter, unfilledPlaceholders, vendorLetterParams } from './letters';
import { LETTER_TEMPLATES } from './letter-templates';
import {
  agreedOn,
  CONTACT,
  INV1,
  INV2,
  JAN22,
  movedCase,
  movedLetterTo,
} from './testing/moved-case';
import { input, vendorA } from './testing/confidentiality-fixtures';
import type { EventSpec } from './testing/test-events';
import { foldEvents } from './timeline';
import { checkConfidentiality, confidentialityContext } from './vendor-confidentiality';

const ENDED = '2027-01-10T01:00:00.000Z'; // 10:00 JST, twelve days before the agreed 01-22
const NOW = '2027-01-11T01:00:00.000Z';
const terminated: EventSpec = {
  type: 'embargo.terminated',
  at: ENDED,
  payload: { reason: 'exploited in the wild' },
};
const flag = (name: 'attacksObserved' | 'fixReady' | 'publicAware', at = ENDED): EventSpec => ({
  type: 'flag.set',
  at: new Date(Date.parse(at) + 1).toISOString(),
  payload: { flag: name },
});

const viewOf = (events: readonly CaseEvent[], now = NOW) => {
  const p = foldEvents(events);
  if (p.case === null) throw new Error('no case');
  expect(p.rejected).toEqual([]);
  return caseView({ kase: p.case, involvements: p.involvements, events, messages: [] }, now);
};
const endOf = (extra: EventSpec[]) => earlyEnd(foldEvents(movedCase(extra)));

describe('an embargo ended before its agreed instant', () => {
  it('owes the letter to every vendor told the agreed date, until each is sent it', () => {
    const ended = viewOf(movedCase([...agreedOn(), terminated, flag('attacksObserved')]));
    expect(ended.earlyEnd).toMatchObject({
      at: ENDED,
      agreed: JAN22,
      cause: 'attacks-observed',
      published: null,
      owed: [INV1, INV2],
    });
    const oneTold = endOf([
      ...agreedOn(),
      terminated,
      flag('attacksObserved'),
      movedLetterTo('2027-01-10T02:00:00.000Z', INV1),
    ]);
    expect(oneTold?.recipients).toEqual([INV1, INV2]);
    expect(oneTold?.owed).toEqual([INV2]);
  });

  it('a letter sent before the end is not the letter that says it ended', () => {
    const end = endOf([...agreedOn(), movedLetterTo('2027-01-05T01:00:00.000Z', INV1), terminated]);
    expect(end?.owed).toEqual([INV1, INV2]);
  });

  it('owes nothing to an unreachable vendor, nor on a closed case', () => {
    const unreachable: EventSpec = {
      type: 'vendor.unreachable',
      at: '2027-01-09T01:00:00.000Z',
      payload: { involvementId: INV2, reason: 'no answer on any channel' },
    };
    expect(endOf([...agreedOn(), unreachable, terminated])?.recipients).toEqual([INV1]);
    const closed = viewOf(
      movedCase([
        ...agreedOn(),
        terminated,
        {
          type: 'published',
          at: '2027-01-10T03:00:00.000Z',
          payload: { advisoryId: null, url: '' },
        },
        {
          type: 'case.closed',
          at: '2027-01-10T04:00:00.000Z',
          payload: { reason: 'resolved', note: 'published' },
        },
      ]),
    );
    expect(closed.earlyEnd).toMatchObject({ published: '2027-01-10T03:00:00.000Z', owed: [] });
  });

  it('is not an early end when the embargo ran its course, or none was agreed', () => {
    const published = { type: 'published' as const, payload: { advisoryId: null, url: '' } };
    expect(endOf([...agreedOn(), { ...published, at: JAN22 }])).toBeNull();
    expect(endOf([])).toBeNull();
  });

  it('names the cause: a fix ready before the end is no early release, one set with it is', () => {
    const released = endOf([...agreedOn(), terminated, flag('fixReady'), flag('publicAware')]);
    expect(released?.cause).toBe('vendor-released');
    const readyBefore = endOf([
      ...agreedOn(),
      flag('fixReady', '2027-01-05T01:00:00.000Z'),
      terminated,
      flag('publicAware'),
    ]);
    expect(readyBefore?.cause).toBe('public');
    expect(endOf([...agreedOn(), flag('publicAware')])?.cause).toBe('public');
    expect(endOf([...agreedOn(), terminated])?.cause).toBe('ended');
  });
});

describe('the "embargo ended early" letter', () => {
  const end = endOf([...agreedOn(), terminated, flag('attacksObserved')]);
  const letterTo = (language: 'ja' | 'en', published: string | null = null) =>
    fillLetter(
      'embargo-ended-early',
      language,
      vendorLetterParams({
        kase: foldEvents(movedCase(agreedOn())).case ?? (undefined as never),
        vendorName: vendorA.name,
        involvement: { firstContactAttempt: CONTACT, lastContactAttempt: CONTACT },
        productNames: ['Alpha Gateway'],
        organisation: { ja: '調整機関', en: 'Coordination Center' },
        publication: null,
        earlyEnd: end === null ? null : { ...end, published },
        now: NOW,
        language,
      }),
    );

  it('says why, the agreed moment, that publication is due at once, and what to do', () => {
    const en = letterTo('en');
    expect(unfilledPlaceholders(en)).toEqual([]);
    expect(en.subject).toMatch(/^\[AL-\d{4}-\d{4}\] The embargo has ended early$/);
    expect(en.body).toContain('Dear Alpha Soft Inc.,');
    expect(en.body).toContain('agreed until 2027-01-22 10:00 JST (2027-01-22 01:00 UTC)');
    expect(en.body).toContain('attacks exploiting the vulnerability have been observed');
    expect(en.body).toContain(
      'Publication: due at once (the embargo ended at 2027-01-10 10:00 JST (2027-01-10 01:00 UTC))',
    );
    expect(en.body).toContain('Please publish your fix and advisory as soon as you can');
    const ja = letterTo('ja');
    expect(unfilledPlaceholders(ja)).toEqual([]);
    expect(ja.body).toContain('本脆弱性を悪用した攻撃が確認されたため');
    expect(ja.body).toContain('2027年1月22日 10:00（日本時間）');
    expect(ja.body).toContain('直ちに公表します');
    expect(letterTo('en', '2027-01-10T03:00:00.000Z').body).toContain(
      'Publication: published at 2027-01-10 12:00 JST',
    );
  });

  it('names no other vendor: the seal’s confidentiality rule passes it', () => {
    const ctx = confidentialityContext(input());
    for (const language of ['ja', 'en'] as const) {
      const letter = letterTo(language);
      expect(
        checkConfidentiality(ctx, { ...letter, attachmentNames: [] }),
        `${language} letter`,
      ).toMatchObject({ ok: true });
    }
  });

  it('is recorded as "publication moved": event v5 has no other purpose for it', () => {
    expect(LETTER_TEMPLATES['embargo-ended-early'].kind).toBe('publication-moved');
  });
});
