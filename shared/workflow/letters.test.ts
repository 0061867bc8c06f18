import { describe, it, expect } from 'vitest';
import { LETTER_TEMPLATES, type TemplateKind } from './letter-templates';
import { sampleCase } from '../model/testing/fixtures';
import {
  fillLetter,
  letterDate,
  placeholdersIn,
  reasonsList,
  renderLetter,
  unfilledPlaceholders,
  vendorLetterParams,
  type VendorLetterFacts,
} from './letters';
import { POLICY_PROFILES } from './policy-profiles';

const kinds = Object.keys(LETTER_TEMPLATES) as TemplateKind[];

describe('letter templates', () => {
  it.each(kinds)(
    '%s: the declared placeholders are exactly those used, in both languages',
    (kind) => {
      const t = LETTER_TEMPLATES[kind];
      for (const lang of ['ja', 'en'] as const) {
        const used = new Set([...placeholdersIn(t.subject[lang]), ...placeholdersIn(t.body[lang])]);
        expect([...used].sort()).toEqual([...t.placeholders].sort());
      }
    },
  );

  it.each(kinds)(
    '%s: rendering fills every placeholder and puts the case ref in the subject and first lines',
    (kind) => {
      const t = LETTER_TEMPLATES[kind];
      const params = Object.fromEntries(
        t.placeholders.map((p) => [p, p === 'caseRef' ? 'AL-2026-0042' : `<${p}>`]),
      );
      for (const lang of ['ja', 'en'] as const) {
        const r = renderLetter(kind, lang, params as never);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.subject.startsWith('[AL-2026-0042]')).toBe(true);
        expect(`${r.value.subject}\n${r.value.body}`).not.toMatch(/\{\{|\}\}/);
        for (const p of t.placeholders)
          expect(`${r.value.subject}${r.value.body}`).toContain(params[p]);
      }
    },
  );

  it('refuses to render with a missing or blank placeholder', () => {
    const r = renderLetter('finder-acknowledgement', 'en', {
      caseRef: 'AL-2026-0042',
      finderName: ' ',
      productName: 'Example CMS',
      receivedDate: '2026-04-20 (Asia/Tokyo)',
    } as never);
    expect(r).toEqual({
      ok: false,
      error: { code: 'missing-placeholder', message: 'Missing: finderName, organisationName' },
    });
  });

  it('formats dates with their time zone and decline reasons as a list', () => {
    expect(letterDate('2026-12-24T15:30:00.000Z', 'Asia/Tokyo', 'ja')).toBe(
      '2026年12月25日（Asia/Tokyo）',
    );
    expect(letterDate('2026-12-24T15:30:00.000Z', 'Asia/Tokyo', 'en')).toBe(
      '2026-12-25 (Asia/Tokyo)',
    );
    expect(reasonsList(['already-public', 'debug-mode-only'], 'en')).toBe(
      '- The vulnerability is already publicly known.\n- The issue concerns only the debug or development mode.',
    );
  });

  it('a decline letter carries the reasons', () => {
    const r = renderLetter('finder-decline', 'ja', {
      caseRef: 'AL-2026-0042',
      finderName: '山田 花子',
      productName: 'Example CMS',
      reasons: reasonsList(['xss-not-significant'], 'ja'),
      organisationName: 'Airlock CSIRT',
    });
    expect(r.ok && r.value.body).toContain('クロスサイトスクリプティング');
  });
});

describe('vendor letters fill their fields from the case and the settings', () => {
  const kase = {
    ...sampleCase(),
    title: 'Beta Systems router and Alpha gateway RCE',
    vendorSummary: 'A remote code execution issue in the web administration screen',
    dates: { ...sampleCase().dates, firstVendorContactAttempt: null },
  };
  const facts = (over: Partial<VendorLetterFacts> = {}): VendorLetterFacts => ({
    kase,
    vendorName: { ja: 'アルファソフト株式会社', en: 'Alpha Soft Inc.' },
    involvement: {
      firstContactAttempt: '2026-05-01T01:00:00.000Z',
      lastContactAttempt: '2026-05-11T01:00:00.000Z',
    },
    productNames: ['Alpha Gateway', 'Alpha Gateway', ' '],
    organisation: { ja: 'エアロック調整センター', en: 'Airlock Coordination Center' },
    publication: null,
    now: '2026-05-11T03:00:00.000Z',
    language: 'en',
    ...over,
  });

  it('the first contact never carries the internal title: the summary and the vendor’s own product', () => {
    const params = vendorLetterParams(facts());
    const letter = fillLetter('vendor-first-contact', 'en', params);
    const text = `${letter.subject}\n${letter.body}`;
    expect(text).not.toContain(kase.title);
    expect(text).not.toContain('Beta');
    expect(letter.subject).toBe('[AL-2026-0042] Vulnerability report concerning Alpha Gateway');
    expect(letter.body).toContain('Dear Alpha Soft Inc. security team');
    expect(letter.body).toContain(`Summary: ${kase.vendorSummary}`);
    // 45 days from now (this letter is the first contact), rolled to a business day.
    expect(letter.body).toContain('on 2026-06-25 (Asia/Tokyo)');
    expect(letter.body).toContain('Airlock Coordination Center');
    expect(unfilledPlaceholders(letter)).toEqual([]);
  });

  it('in Japanese, with the names in Japanese', () => {
    const letter = fillLetter('reminder', 'ja', vendorLetterParams(facts({ language: 'ja' })));
    expect(letter.body).toContain('アルファソフト株式会社 ご担当者様');
    expect(letter.body).toContain('2026年5月11日（Asia/Tokyo） にご連絡した');
    expect(letter.body).toContain('エアロック調整センター');
  });

  it('names a vendor saved with one language only in a letter of the other', () => {
    const enOnly = facts({ language: 'ja', vendorName: { ja: ' ', en: 'Alpha Soft Inc.' } });
    expect(vendorLetterParams(enOnly).developerName).toBe('Alpha Soft Inc.');
    const jaOnly = facts({ vendorName: { ja: 'アルファソフト株式会社', en: '' } });
    expect(vendorLetterParams(jaOnly).recipientName).toBe('アルファソフト株式会社');
    const letter = fillLetter('vendor-first-contact', 'ja', vendorLetterParams(enOnly));
    expect(letter.body).toContain('Alpha Soft Inc.');
    expect(unfilledPlaceholders(letter)).not.toContain('developerName');
  });

  it('leaves what is not known as a field the seal refuses, naming it', () => {
    const params = vendorLetterParams(
      facts({
        kase: { ...kase, vendorSummary: '', policyProfile: 'no-such-profile' },
        vendorName: null,
        involvement: null,
        productNames: [],
        organisation: { ja: '', en: '' },
      }),
    );
    expect(Object.keys(params).sort()).toEqual(['caseRef', 'targetDate']);
    const letter = fillLetter('vendor-first-contact', 'en', params);
    expect(unfilledPlaceholders(letter)).toEqual([
      'productName',
      'developerName',
      'summary',
      'organisationName',
    ]);
  });

  it('uses the title only when the case marks it shareable, and the agreed moment for a proposal', () => {
    const params = vendorLetterParams(
      facts({
        kase: {
          ...kase,
          titleShareable: true,
          dates: { ...kase.dates, firstVendorContactAttempt: '2026-05-01T01:00:00.000Z' },
        },
        productNames: [],
        publication: { instant: '2026-07-01T01:00:00.000Z', zone: 'Asia/Tokyo' },
      }),
    );
    expect(params.productName).toBe(kase.title);
    expect(params.proposedDate).toContain('2026-07-01 10:00');
    expect(params.targetDate).toBe('2026-06-15 (Asia/Tokyo)');
    expect(params.firstContactDate).toBe('2026-05-01 (Asia/Tokyo)');
  });

  it('a profile with no deadline from the first contact proposes no target date', () => {
    const profile = POLICY_PROFILES.find(
      (p) => !p.deadlines.some((d) => d.anchors.includes('first-vendor-contact')),
    );
    if (profile === undefined) return;
    expect(
      vendorLetterParams(facts({ kase: { ...kase, policyProfile: profile.id } })).targetDate,
    ).toBeUndefined();
  });
});
