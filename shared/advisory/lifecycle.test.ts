import { describe, it, expect } from 'vitest';
import { advisoryDraftSchema } from '../model/advisory-draft';
import { addRevision, finalizeDraft, publishDraft } from './lifecycle';
import { missingTranslations } from './public-fields';
import { sampleDraft } from './testing/sample-draft';

describe('draft → final', () => {
  it('adds revision 1 and the release dates, and the result is a valid final draft', () => {
    const r = finalizeDraft(sampleDraft(), '2026-11-24T03:00:00Z');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.status).toBe('final');
    expect(r.value.revisions).toEqual([
      {
        number: '1',
        date: '2026-11-24T03:00:00Z',
        summary: { ja: '初版公開', en: 'Initial release' },
      },
    ]);
    expect(r.value.dates).toEqual({
      initialRelease: '2026-11-24T03:00:00Z',
      currentRelease: '2026-11-24T03:00:00Z',
    });
    expect(advisoryDraftSchema.safeParse(r.value).success).toBe(true);
  });

  it('refuses while a required field lacks a language, and says which', () => {
    const d = sampleDraft();
    d.impact.en = '';
    const r = finalizeDraft(d, '2026-11-24T03:00:00Z');
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'missing-translations', missing: [{ field: 'impact', missing: ['en'] }] },
    });
  });

  it('refuses a second finalisation; later updates add numbered revisions', () => {
    const first = finalizeDraft(sampleDraft(), '2026-11-24T03:00:00Z');
    if (!first.ok) throw new Error(first.error.message);
    expect(finalizeDraft(first.value, '2026-11-25T03:00:00Z')).toMatchObject({
      ok: false,
      error: { code: 'already-final' },
    });
    const update = addRevision(first.value, '2026-12-01T03:00:00Z', {
      ja: '対策情報を更新',
      en: 'Updated the solution',
    });
    if (!update.ok) throw new Error(update.error.message);
    expect(update.value.revisions.map((r) => r.number)).toEqual(['1', '2']);
    expect(update.value.dates).toEqual({
      initialRelease: '2026-11-24T03:00:00Z',
      currentRelease: '2026-12-01T03:00:00Z',
    });
    expect(addRevision(first.value, '2026-01-01T00:00:00Z', { ja: 'x', en: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'date-before-last-revision' },
    });
    expect(addRevision(sampleDraft(), '2026-12-01T03:00:00Z', { ja: 'x', en: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not-final' },
    });
  });
});

describe('missingTranslations', () => {
  it('is empty for a complete draft', () => {
    expect(missingTranslations(sampleDraft())).toEqual([]);
  });

  it('lists fields written in one language only, and required fields written in neither', () => {
    const d = sampleDraft();
    d.vulnerabilities[0]!.description.ja = '';
    d.vendors[0]!.statement = { ja: '修正済み', en: '' };
    d.overview = { ja: '', en: '' };
    d.workarounds = { ja: '', en: '' };
    expect(missingTranslations(d)).toEqual([
      { field: 'overview', missing: ['ja', 'en'] },
      { field: 'vulnerabilities[0].description', missing: ['ja'] },
      { field: 'vendors[0].statement', missing: ['en'] },
    ]);
  });
});

describe('publishing with the case', () => {
  it('refuses a draft that is not final', () => {
    expect(publishDraft(sampleDraft(), '2026-12-01T01:00:00.000Z')).toMatchObject({
      ok: false,
      error: { code: 'not-final' },
    });
  });

  it('stamps a final draft with the publication instant as its first and current release', () => {
    const final = finalizeDraft(sampleDraft(), '2026-11-24T03:00:00.000Z');
    if (!final.ok) throw new Error(final.error.message);
    const r = publishDraft(final.value, '2026-12-01T01:00:00.000Z');
    if (!r.ok) throw new Error(r.error.message);
    // Marking final is not publication: the advisory was first released when published.
    expect(r.value.dates).toEqual({
      initialRelease: '2026-12-01T01:00:00.000Z',
      currentRelease: '2026-12-01T01:00:00.000Z',
    });
    expect(r.value.revisions.map((x) => x.date)).toEqual(['2026-12-01T01:00:00.000Z']);
    expect(advisoryDraftSchema.safeParse(r.value).success).toBe(true);
  });
});
