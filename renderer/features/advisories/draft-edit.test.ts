import { describe, expect, it } from 'vitest';
import { renderAdvisory } from '../../../shared/advisory';
import { sampleDraft } from '../../../shared/advisory/testing/sample-draft';
import { advisoryDraftSchema } from '../../../shared/model/advisory-draft';
import { addOverride, addVulnerability, setText, without } from './draft-edit';
import { newAdvisoryId, withFreshLeakContext } from './draft-input';
import { exportAdvisory } from './export-files';

describe('advisory editor edits', () => {
  it('sets one language of a text and keeps the other', () => {
    const d = setText(sampleDraft(), 'impact', 'en', 'New impact');
    expect(d.impact.en).toBe('New impact');
    expect(d.impact.ja).toBe(sampleDraft().impact.ja);
  });

  it('adds a vulnerability with a fresh id that keeps the draft valid', () => {
    const d = addVulnerability(addVulnerability(sampleDraft()));
    expect(new Set(d.vulnerabilities.map((v) => v.id)).size).toBe(d.vulnerabilities.length);
    expect(advisoryDraftSchema.safeParse(d).success).toBe(true);
  });

  it('removes an optional key', () => {
    expect('cve' in without({ cve: 'CVE-2026-1', id: 'x' }, 'cve')).toBe(false);
  });

  it('makes advisory IDs in the JVN scheme', () => {
    expect(newAdvisoryId('JVNVU', () => 0.0123)).toBe('JVNVU#01230000');
  });
});

describe('export through the leak guard', () => {
  it('refuses an internal note pasted into the description, and passes once marked intended', () => {
    const note = 'Vendor PSIRT said on the phone the fix slips to March because of the audit';
    const base = sampleDraft();
    const leaked = { ...base, description: { ...base.description, en: note } };
    const fresh = {
      ...leaked,
      leakGuardContext: { ...leaked.leakGuardContext, internalNotes: [note] },
    };
    const draft = withFreshLeakContext(leaked, fresh);
    const refused = exportAdvisory(draft, 'html', undefined);
    expect(refused.ok).toBe(false);
    if (refused.ok || !('findings' in refused.error)) return;
    const { findings } = refused.error;
    const finding = findings.find((f) => f.code === 'internal-note');
    expect(finding?.field).toBe('description.en');
    const intended = addOverride(draft, finding?.fingerprint ?? '', 'agreed with vendor');
    const rest = findings.filter((f) => f !== finding);
    const all = rest.reduce((d, f) => addOverride(d, f.fingerprint, 'ok'), intended);
    expect(renderAdvisory(all, { format: 'html' }).ok).toBe(true);
  });

  it('validates CVE records against the CVE JSON 5 schema', () => {
    const out = exportAdvisory(sampleDraft(), 'cve', undefined);
    expect(out.ok).toBe(true);
    if (out.ok) expect(out.value.cveErrors).toEqual([]);
  });
});
