import { describe, expect, it } from 'vitest';
import { droppedBy } from './dropped';
import { ADVISORY_FORMATS } from './render';
import { sampleDraft } from './testing/sample-draft';
import { vexCaseDraft } from './testing/vex-case';

describe('droppedBy: what a format cannot carry (issue 28, item 5)', () => {
  it('names what the recipient will not see, in English and Japanese', () => {
    const draft = vexCaseDraft();
    const codes = (f: Parameters<typeof droppedBy>[1]) => droppedBy(draft, f).map((d) => d.code);
    expect(codes('cve')).toContain('vendor-statements');
    expect(codes('openvex')).toEqual(expect.arrayContaining(['cvss', 'cwe']));
    expect(codes('csaf')).toEqual(expect.arrayContaining(['cvss-v4', 'silent-vendors']));
    expect(codes('csaf21')).toEqual([]);
    for (const f of ADVISORY_FORMATS) {
      for (const d of droppedBy(draft, f)) {
        expect(d.text.en.length).toBeGreaterThan(0);
        expect(d.text.ja.length).toBeGreaterThan(0);
      }
    }
  });

  it('lists SSVC only when the case has decisions, and nothing the draft does not hold', () => {
    const draft = sampleDraft();
    expect(droppedBy(draft, 'csaf').map((d) => d.code)).not.toContain('ssvc');
    expect(droppedBy(draft, 'csaf', { ssvc: true }).map((d) => d.code)).toContain('ssvc');
    const bare = {
      ...draft,
      vendors: draft.vendors.map((v) => ({ ...v, statement: { ja: '', en: '' } })),
    };
    expect(droppedBy(bare, 'cve').map((d) => d.code)).not.toContain('vendor-statements');
    const strict = { ...draft, case: { ...draft.case, tlp: 'AMBER+STRICT' as const } };
    expect(droppedBy(strict, 'csaf').map((d) => d.code)).toContain('tlp-amber-strict');
  });

  it('CSAF 2.1 carries SSVC, except where it has no vulnerability to put it on', () => {
    const draft = vexCaseDraft();
    expect(droppedBy(draft, 'csaf21', { ssvc: true })).toEqual([]);
    expect(droppedBy(draft, 'csaf', { ssvc: true }).map((d) => d.code)).toContain('ssvc');
    const alert = { ...draft, vulnerabilities: [] };
    expect(droppedBy(alert, 'csaf21', { ssvc: true }).map((d) => d.code)).toEqual(['ssvc']);
    const withdrawn = {
      ...draft,
      status: 'final' as const,
      withdrawal: { kind: 'withdrawn' as const, at: draft.updatedAt, reason: draft.title },
    };
    expect(droppedBy(withdrawn, 'csaf21', { ssvc: true }).map((d) => d.code)).toEqual(
      expect.arrayContaining(['ssvc', 'cvss', 'vendor-statements', 'narrative']),
    );
  });
});
