// A vendor disputes the report (issue 27): the status `disputed` needs its category and
// reason, reads the same in the vendor rows, is counted in the statistics, exported as CSAF's
// `disputed` involvement and in the JVN-style vendor table, and the finder's letter names no
// vendor.
import { describe, expect, it } from 'vitest';
import { renderFiles } from '../advisory/render';
import { sampleDraft } from '../advisory/testing/sample-draft';
import type { CaseEvent, ContactId } from '../model';
import { parseInvolvement } from '../model';
import { sampleInvolvement } from '../model/testing/fixtures';
import { caseView } from './case-view';
import { LETTER_TEMPLATES } from './letter-templates';
import { fillLetter, renderLetter, unfilledPlaceholders, vendorLetterParams } from './letters';
import type { CaseProjection } from './projection';
import { computeStatistics } from './statistics';
import { dispute, INV1, INV2, INV3, twoVendorEmbargo } from './testing/extension-events';
import { contactIds, timeline, TEST_CASE_ID, type EventSpec } from './testing/test-events';
import { foldEvents } from './timeline';
import { vendorStatus } from './vendor-status';
import { jpcertProfile } from './policy-jpcert';

const codes = (p: CaseProjection) => p.rejected.map((r) => r.error.code);
const NOW = '2026-05-20T00:00:00.000Z';
const at = '2026-05-10T00:00:00.000Z';

describe('a vendor dispute', () => {
  it('sets the status with its reason, and the vendor row says so', () => {
    const events = twoVendorEmbargo(dispute(at));
    const p = foldEvents(events);
    expect(codes(p)).toEqual([]);
    const inv = p.involvements.find((i) => i.id === INV1);
    expect(inv).toMatchObject({
      status: 'disputed',
      statusSince: at,
      // The dispute is the vendor's answer (finding F-F): dated as its last reply.
      lastReply: at,
      dispute: { category: 'works-as-designed', reason: 'admins are trusted', at },
    });
    expect(p.case?.states.flags.vendorAware).not.toBeNull();
    const view = caseView(
      { kase: p.case as never, involvements: p.involvements, events, messages: [] },
      NOW,
    );
    expect(view.vendors.find((v) => v.involvementId === INV1)?.status).toEqual({
      kind: 'disputed',
      dispute: { category: 'works-as-designed', reason: 'admins are trusted', at },
    });
  });

  it('is refused for a vendor never contacted or unknown', () => {
    const notContacted = foldEvents([
      ...twoVendorEmbargo(),
      ...[
        {
          type: 'involvement.added',
          at: '2026-05-05T00:00:00.000Z',
          payload: {
            involvementId: INV3,
            contactId: contactIds[2] as ContactId,
            role: 'developer',
          },
        } satisfies EventSpec,
        dispute(at, INV3),
        dispute(at, '00000000-0000-4000-8000-00000000dead' as never),
      ].map(timeline(TEST_CASE_ID, 400)),
    ]);
    expect(codes(notContacted)).toEqual(['not-contacted-yet', 'unknown-involvement']);
  });

  it('cannot be set as a bare status, and leaving it clears the reason', () => {
    const bare = foldEvents(
      twoVendorEmbargo({
        type: 'involvement.changed',
        at,
        payload: { involvementId: INV2, status: 'disputed' },
      }),
    );
    expect(codes(bare)).toEqual(['dispute-needs-reason']);
    const statement = { ja: '異議', en: 'We dispute it', approved: false };
    const kept = foldEvents(
      twoVendorEmbargo(dispute(at), {
        type: 'involvement.changed',
        at: '2026-05-11T00:00:00.000Z',
        payload: { involvementId: INV1, status: 'disputed', statement },
      }),
    );
    expect(kept.involvements.find((i) => i.id === INV1)?.dispute?.category).toBe(
      'works-as-designed',
    );
    const accepted = foldEvents(
      twoVendorEmbargo(dispute(at), {
        type: 'involvement.changed',
        at: '2026-05-11T00:00:00.000Z',
        payload: { involvementId: INV1, status: 'affected' },
      }),
    );
    expect(accepted.involvements.find((i) => i.id === INV1)).toMatchObject({
      status: 'affected',
      dispute: null,
    });
  });

  it('of a stored record without its reason still reads as disputed', () => {
    const inv = { ...sampleInvolvement(), status: 'disputed' as const, statusSince: at };
    expect(vendorStatus(inv, NOW, jpcertProfile.calendar)).toEqual({
      kind: 'disputed',
      dispute: { category: 'other', reason: '', at },
    });
  });
});

describe('the involvement record, version 2', () => {
  it('reads a version-1 record as not disputed', () => {
    const v1: Record<string, unknown> = { ...sampleInvolvement(), schemaVersion: 1 };
    delete v1.dispute;
    expect(parseInvolvement(v1)).toMatchObject({
      ok: true,
      value: { schemaVersion: 2, dispute: null, status: 'contacted' },
    });
  });
});

describe('statistics', () => {
  it('count a disputed case once in the quarter of its first dispute', () => {
    const events: CaseEvent[] = twoVendorEmbargo(
      dispute(at),
      dispute('2026-05-11T00:00:00.000Z', INV2),
    );
    const kase = foldEvents(events).case;
    if (kase === null) throw new Error('no case');
    const r = computeStatistics([kase], events, { from: '2026-04-01', to: '2026-06-30' });
    expect(r.ok ? r.value.total.counts.disputed : null).toEqual({
      software: 1,
      website: 0,
      total: 1,
    });
  });
});

describe('exports', () => {
  const disputedDraft = () => {
    const draft = sampleDraft();
    const [vendor] = draft.vendors;
    if (vendor === undefined) throw new Error('no vendor');
    return {
      ...draft,
      vendors: [
        { ...vendor, status: 'disputed' as const },
        { ...vendor, id: 'v2', status: 'fixed' as const },
      ],
    };
  };

  it("CSAF's involvement is `disputed`, even when it shares its date with a fixed vendor", () => {
    const r = renderFiles(disputedDraft(), { format: 'csaf', lang: 'en' });
    const doc = JSON.parse(r.ok ? (r.value[0]?.content ?? '') : '{}') as {
      vulnerabilities: { involvements: { status: string; summary: string }[] }[];
    };
    const involvements = doc.vulnerabilities[0]?.involvements ?? [];
    expect(involvements.map((i) => i.status)).toEqual(['disputed']);
    expect(involvements[0]?.summary).toMatch(/Disputed/);
  });

  it('the JVN-style vendor table says 異議あり / Disputed', () => {
    const r = renderFiles(disputedDraft(), { format: 'md' });
    const text = r.ok ? r.value.map((f) => f.content).join('\n') : '';
    expect(text).toMatch(/異議あり/);
    expect(text).toMatch(/Disputed/);
  });
});

const agreedDates = () => {
  const kase = foldEvents(twoVendorEmbargo()).case;
  if (kase === null) throw new Error('no case');
  return kase.dates;
};
const letterCase = {
  ref: 'AL-2026-0042',
  title: 'internal',
  titleShareable: false,
  vendorSummary: '',
  policyProfile: 'jpcert-cc',
};

describe('letters', () => {
  it("the finder's letter states the category and names no vendor", () => {
    for (const lang of ['ja', 'en'] as const) {
      const r = renderLetter('finder-vendor-disputed', lang, {
        caseRef: 'AL-2026-0042',
        finderName: 'Hanako Yamada',
        productName: 'Example CMS',
        disputeCategory: lang === 'ja' ? '仕様どおりの動作' : 'Works as designed',
        organisationName: 'Coordination Center',
      });
      expect(r.ok).toBe(true);
      const text = r.ok ? `${r.value.subject}\n${r.value.body}` : '';
      expect(text).toContain('AL-2026-0042');
      expect(text).toMatch(lang === 'ja' ? /仕様どおりの動作/ : /Works as designed/);
      expect(LETTER_TEMPLATES['finder-vendor-disputed'].body[lang]).not.toMatch(/developerName/);
    }
  });

  it('the "publication moved" letter states both moments and who it goes to, not who asked', () => {
    const params = vendorLetterParams({
      kase: { ...letterCase, dates: agreedDates() },
      vendorName: { ja: 'ベータ株式会社', en: 'Beta Corp.' },
      involvement: null,
      productNames: ['Beta Widget'],
      organisation: { ja: '調整機関', en: 'Coordination Center' },
      publication: null,
      moved: {
        previous: { instant: '2026-07-01T01:00:00.000Z', zone: 'Asia/Tokyo' },
        next: { instant: '2026-07-15T01:00:00.000Z', zone: 'Asia/Tokyo' },
      },
      now: NOW,
      language: 'en',
    });
    const letter = fillLetter('publication-moved', 'en', params);
    expect(unfilledPlaceholders(letter)).toEqual([]);
    expect(letter.body).toMatch(/Dear Beta Corp\./);
    expect(letter.body).toMatch(/from 2026-07-01 10:00 JST .* to 2026-07-15 10:00 JST/);
    const none = vendorLetterParams({
      kase: { ...letterCase, dates: agreedDates() },
      vendorName: null,
      involvement: null,
      productNames: [],
      organisation: { ja: '', en: '' },
      publication: null,
      now: NOW,
      language: 'ja',
    });
    expect(none.previousDate).toBeUndefined();
    expect(none.newDate).toBeUndefined();
  });
});
