// The policy question of issue 28: a CSAF 2.1 draft for the vendors under embargo carries its
// TLP and sharing group itself and is not refused for its TLP; every public export of an
// unreleased case above CLEAR still is, a RED case's draft too, and every other leak check
// still holds for the sharing-group draft.
import { describe, expect, it } from 'vitest';
import type { Tlp } from '../model/common';
import type { AdvisoryDraft } from '../model/advisory-draft';
import { renderAdvisory, type AdvisoryFormat } from './render';
import { vexCaseDraft } from './testing/vex-case';
import { exportAudience, sharedBeforeDisclosure } from './tlp-audience';

const DISCLOSURE = '2026-12-24T06:00:00Z';
const embargoed = (tlp: Tlp, planned = true): AdvisoryDraft => {
  const d = vexCaseDraft();
  return {
    ...d,
    case: { ...d.case, tlp },
    dates: planned ? { initialRelease: DISCLOSURE } : {},
    updatedAt: '2026-11-20T01:00:00Z',
  };
};
const findings = (draft: AdvisoryDraft, format: AdvisoryFormat): string[] => {
  const r = renderAdvisory(draft, { format, lang: 'en' });
  if (r.ok) return [];
  return r.error.code === 'leak-guard' && 'findings' in r.error
    ? r.error.findings.map((f) => f.code)
    : [r.error.code];
};
type Doc = { document: { distribution: { tlp: { label: string }; sharing_group?: unknown } } };

describe('TLP and the audience of an export', () => {
  it('a CSAF 2.1 draft for the embargoed vendors passes at GREEN, AMBER and AMBER+STRICT', () => {
    for (const tlp of ['GREEN', 'AMBER', 'AMBER+STRICT'] as const) {
      const draft = embargoed(tlp);
      expect(exportAudience(draft, 'csaf21')).toBe('sharing-group');
      const r = renderAdvisory(draft, { format: 'csaf21', lang: 'en' });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      const doc = JSON.parse(r.value.files[0]!.content) as Doc;
      expect(doc.document.distribution.tlp.label).toBe(tlp);
      expect(doc.document.distribution.sharing_group).toBeDefined();
    }
  });

  it('every public format of the same draft is still refused for its TLP', () => {
    const draft = embargoed('AMBER');
    for (const format of ['csaf', 'csaf-vex', 'openvex', 'cyclonedx', 'html', 'md'] as const) {
      expect(exportAudience(draft, format)).toBe('public');
      expect(findings(draft, format), format).toContain('tlp-not-clear');
    }
  });

  it('refuses a RED draft (never shared with a group) and one with no disclosure date', () => {
    expect(findings(embargoed('RED'), 'csaf21')).toContain('tlp-not-clear');
    const unplanned = embargoed('AMBER', false);
    expect(sharedBeforeDisclosure(unplanned)).toBe(false);
    expect(findings(unplanned, 'csaf21')).toContain('tlp-not-clear');
  });

  it('still refuses what the vendors in the group must not read', () => {
    const draft = embargoed('AMBER');
    const note = 'The finder asked us not to tell the vendor about the second bug yet';
    const leaky = {
      ...draft,
      overview: { ...draft.overview, en: `${draft.overview.en} ${note}` },
      leakGuardContext: { ...draft.leakGuardContext, internalNotes: [note] },
    };
    expect(findings(leaky, 'csaf21')).toEqual(['internal-note']);
  });

  it('a released advisory is public and TLP:CLEAR: no TLP finding in any format', () => {
    const released: AdvisoryDraft = {
      ...embargoed('AMBER'),
      status: 'final',
      revisions: [
        { number: '1', date: DISCLOSURE, summary: { ja: '初版公開', en: 'Initial release' } },
      ],
    };
    expect(sharedBeforeDisclosure(released)).toBe(false);
    expect(exportAudience(released, 'csaf21')).toBe('public');
    const r = renderAdvisory(released, { format: 'csaf21', lang: 'en' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const doc = JSON.parse(r.value.files[0]!.content) as Doc;
    expect(doc.document.distribution.tlp.label).toBe('CLEAR');
    expect(doc.document.distribution.sharing_group).toBeUndefined();
    expect(findings(released, 'html')).toEqual([]);
  });
});
