// Issue 27 item 2: the finder is told the developer disputes the report, in the words of
// the latest dispute's category, and the letter names no vendor.
import { describe, expect, it } from 'vitest';
import { disputedLetter } from './finder-dispute-letter';
import { checkFinderLetter } from './finder-letter-guard';
import { unfilledPlaceholders } from './letters';
import type { ReadyProjection } from './reducer-types';
import { contact } from './testing/confidentiality-fixtures';
import { dispute, INV2, twoVendorEmbargo } from './testing/extension-events';
import { contactIds } from './testing/test-events';
import { foldEvents } from './timeline';

const ORG = { ja: '調整機関', en: 'Coordination Center' };
const letterOf = (p: ReadyProjection, language: 'ja' | 'en') =>
  disputedLetter({
    projection: p,
    reporter: { name: 'Hanako Yamada' },
    productName: 'Example CMS',
    organisation: ORG,
    language,
  });

describe('the finder letter about a dispute', () => {
  it('is not drafted while no vendor disputes the report', () => {
    expect(letterOf(foldEvents(twoVendorEmbargo()) as ReadyProjection, 'en')).toBeNull();
  });

  it('states the latest category in each language, every field filled, no vendor named', () => {
    const p = foldEvents(
      twoVendorEmbargo(dispute('2026-05-10T00:00:00.000Z'), {
        type: 'vendor.disputed',
        at: '2026-05-11T00:00:00.000Z',
        payload: { involvementId: INV2, category: 'not-reproducible', reason: 'no crash here' },
      }),
    ) as ReadyProjection;
    expect(p.rejected).toEqual([]);
    const vendors = contactIds.slice(0, 2).map((id, n) =>
      contact(id, {
        name: { ja: `ベンダー${n}株式会社`, en: `Vendor ${n} Inc.` },
      }),
    );
    const parties = { published: false, involvements: p.involvements, contacts: vendors };
    const en = letterOf(p, 'en');
    const ja = letterOf(p, 'ja');
    expect(en?.body).toMatch(/Dear Hanako Yamada/);
    expect(en?.body).toMatch(/Example CMS.*\(reason: Not reproducible\)/);
    expect(en?.body).not.toMatch(/Works as designed|no crash here/);
    expect(ja?.body).toMatch(/理由: 再現できない/);
    for (const letter of [en, ja]) {
      if (letter === null) throw new Error('no letter');
      expect(unfilledPlaceholders(letter)).toEqual([]);
      expect(letter.subject).toContain(p.case.ref);
      expect(checkFinderLetter(letter, parties).ok).toBe(true);
    }
    // An organisation named in English only signs the Japanese letter in English.
    const englishOnly = disputedLetter({
      projection: p,
      reporter: { name: 'Hanako Yamada' },
      productName: 'Example CMS',
      organisation: { ja: '', en: 'Coordination Center' },
      language: 'ja',
    });
    expect(englishOnly?.body).toMatch(/Coordination Center$/);
  });
});
