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
