import { describe, expect, it } from 'vitest';
import {
  sampleCase,
  sampleContact,
  sampleInvolvement,
  sampleReport,
  sampleVulnerability,
} from '../model/testing/fixtures';
import { publicationMoment } from '../workflow/publication-moment';
import { draftFromCase } from './draft-from-case';
import { renderFiles } from './render';
import type { AdvisoryDraft } from '../model/advisory-draft';
import { tokyoMomentOf } from './labels';
import { addRevision, finalizeDraft, publishDraft } from './lifecycle';
import { releaseMoment } from './release-moment';
import { sampleDraft } from './testing/sample-draft';

/** Issue 13: the agreed publication moment (date, hour, zone) reaches every export exactly. */
const draftWithAgreed = (agreedPublication: string | null) => {
  const contact = sampleContact();
  const kase = sampleCase();
  const r = draftFromCase({
    draftId: '3b0d6a52-8a1e-4c7f-9d0e-0f4c2a1b7e42',
    now: '2026-06-20T01:00:00.000Z',
    publisher: {
      name: { ja: '調整センター', en: 'Coordination Center' },
      namespace: 'https://c.example',
    },
    case: { ...kase, dates: { ...kase.dates, agreedPublication } },
    involvements: [
      {
        ...sampleInvolvement(),
        contactName: contact.name,
        contactAddresses: contact.addresses.map((a) => a.value),
      },
    ],
    vulnerabilities: [sampleVulnerability()],
    report: sampleReport(),
    internalNotes: [],
    attachmentSnippets: [],
    allowedAddresses: [],
  });
  if (!r.ok) throw new Error(r.error.issues.join('\n'));
  return r.value;
};

const text = (r: ReturnType<typeof renderFiles>): string =>
  r.ok ? r.value.map((f) => f.content).join('\n') : `error: ${r.error.message}`;

describe('the agreed publication moment in the exports', () => {
  // Agreed as 10:00 in Berlin (summer): 08:00 UTC, 17:00 JST.
  const agreed = publicationMoment({ day: '2026-07-01', time: '10:00', zone: 'Europe/Berlin' });
  const instant = agreed.ok ? agreed.value.instant : '';

  it('CSAF tracking and CVE carry the exact instant as the planned initial release', () => {
    expect(instant).toBe('2026-07-01T08:00:00.000Z');
    const draft = draftWithAgreed(instant);
    const csaf = JSON.parse(text(renderFiles(draft, { format: 'csaf' }))) as {
      document: { tracking: { initial_release_date: string } };
    };
    expect(csaf.document.tracking.initial_release_date).toBe(instant);
  });

  it('the JVN-style pages say the date and the hour in JST', () => {
    const draft = draftWithAgreed(instant);
    expect(text(renderFiles(draft, { format: 'html', lang: 'en' }))).toContain('2026-07-01 17:00');
    expect(text(renderFiles(draft, { format: 'md', lang: 'ja' }))).toContain('2026-07-01 17:00');
  });

  it('without an agreed moment the draft has no release date yet', () => {
    expect(draftWithAgreed(null).dates).toEqual({});
  });
});

/** Issue 23: one release moment for every format; the first release is never after the last. */
describe('release moments agree and are ordered in every format', () => {
  const planned = '2026-08-15T01:00:00.000Z';
  const early = '2026-07-01T03:00:00.000Z';
  const finalised = '2026-06-25T02:00:00.000Z';

  // Each format's first and latest release, as the reader of that file sees it.
  const momentsIn = (draft: AdvisoryDraft) => {
    const csaf = JSON.parse(text(renderFiles(draft, { format: 'csaf' }))) as {
      document: {
        tracking: {
          initial_release_date: string;
          current_release_date: string;
          revision_history: { date: string }[];
        };
      };
    };
    const cve = JSON.parse(text(renderFiles(draft, { format: 'cve' }))) as {
      cveMetadata: { datePublished?: string; dateUpdated?: string };
      containers: { cna: { datePublic?: string } };
    };
    const pages = ['html', 'md'].flatMap((format) =>
      (['ja', 'en'] as const).map((lang) => {
        const page = text(renderFiles(draft, { format: format as 'html' | 'md', lang }));
        const label = lang === 'ja' ? ['公開日', '最終更新日'] : ['Published', 'Last Updated'];
        const at = (l: string) =>
          new RegExp(`${l}: (?:<time[^>]*>)?(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d)`).exec(page)?.[1];
        return { format, lang, initial: at(label[0] ?? ''), current: at(label[1] ?? '') };
      }),
    );
    return { tracking: csaf.document.tracking, cve, pages };
  };

  const expectOrdered = (draft: AdvisoryDraft, initial: string, current: string) => {
    const { tracking, cve, pages } = momentsIn(draft);
    expect(tracking.initial_release_date).toBe(initial);
    expect(tracking.current_release_date).toBe(current);
    for (const r of tracking.revision_history) {
      expect(Date.parse(r.date)).toBeGreaterThanOrEqual(Date.parse(initial));
      expect(Date.parse(r.date)).toBeLessThanOrEqual(Date.parse(current));
    }
    expect(cve.containers.cna.datePublic).toBe(initial);
    expect(cve.cveMetadata.datePublished).toBe(initial);
    expect(cve.cveMetadata.dateUpdated).toBe(current);
    for (const p of pages) {
      expect(p.initial, `${p.format} ${p.lang}`).toBe(tokyoMomentOf(initial));
      expect(p.current, `${p.format} ${p.lang}`).toBe(tokyoMomentOf(current));
    }
  };

  const finalAt = (draft: AdvisoryDraft, at: string) => {
    const r = finalizeDraft(draft, at);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  const publishedAt = (draft: AdvisoryDraft, at: string) => {
    const r = publishDraft(draft, at);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  const planned45 = () => ({ ...sampleDraft(), dates: { initialRelease: planned } });

  it('"Publish now" before the agreed instant: every format says published now', () => {
    const draft = publishedAt(finalAt(planned45(), finalised), early);
    expectOrdered(draft, early, early);
  });

  it('published at the agreed instant after finalising earlier: the instant in every format', () => {
    expectOrdered(publishedAt(finalAt(planned45(), finalised), planned), planned, planned);
  });

  it('final but not yet published: the planned release, never a current one before it', () => {
    // finalizeDraft stamps the current release at finalisation, before the plan.
    expectOrdered(finalAt(planned45(), finalised), planned, planned);
  });

  it('a later revision moves only the current release', () => {
    const published = publishedAt(finalAt(planned45(), finalised), early);
    const r = addRevision(published, '2026-07-10T00:00:00.000Z', { ja: '更新', en: 'Updated' });
    if (!r.ok) throw new Error(r.error.message);
    expectOrdered(r.value, early, '2026-07-10T00:00:00.000Z');
  });

  it('stored dates out of order (a plan after the published instant) still come out ordered', () => {
    const draft = {
      ...finalAt(sampleDraft(), finalised),
      dates: { initialRelease: planned, currentRelease: early },
    };
    const m = releaseMoment(draft);
    expect(m).toMatchObject({ initial: planned, current: planned });
    expect(m.revisions.map((r) => r.date)).toEqual([planned]);
  });

  it('an unreleased draft without a plan: CSAF version 0 at its last edit, pages not yet published', () => {
    const draft = sampleDraft();
    const { tracking, pages } = momentsIn(draft);
    expect(tracking.initial_release_date).toBe(draft.updatedAt);
    expect(tracking.current_release_date).toBe(draft.updatedAt);
    expect(pages.every((p) => p.initial === undefined && p.current === undefined)).toBe(true);
  });
});
