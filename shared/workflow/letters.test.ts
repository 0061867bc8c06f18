import { describe, it, expect } from 'vitest';
import { LETTER_TEMPLATES, type TemplateKind } from './letter-templates';
import { letterDate, placeholdersIn, reasonsList, renderLetter } from './letters';

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
