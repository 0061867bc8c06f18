import { describe, expect, it } from 'vitest';
import { renderAdvisory } from '../../../shared/advisory';
import { sampleDraft } from '../../../shared/advisory/testing/sample-draft';
import { advisoryDraftSchema } from '../../../shared/model/advisory-draft';
import { addOverride, addVulnerability, setText, without } from './draft-edit';
import { withLiveCaseFacts } from '../../../shared/advisory/live-case-facts';
import { newAdvisoryId } from './draft-input';
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
  it('refuses an internal note pasted into the description, and passes once marked intended', async () => {
    const note = 'Vendor PSIRT said on the phone the fix slips to March because of the audit';
    const base = sampleDraft();
    const leaked = { ...base, description: { ...base.description, en: note } };
    const fresh = {
      ...leaked,
      leakGuardContext: { ...leaked.leakGuardContext, internalNotes: [note] },
    };
    const draft = withLiveCaseFacts(leaked, fresh);
    const refused = await exportAdvisory(draft, 'html', undefined);
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

  it('validates CVE records against the CVE JSON 5 schema before returning them', async () => {
    const out = await exportAdvisory(sampleDraft(), 'cve', undefined);
    expect(out.ok).toBe(true);
  });

  it('refuses a CSAF document that fails a mandatory test, naming the field in words', async () => {
    const base = sampleDraft();
    // A name that is not MITRE's for CWE-79 (mandatory test 6.1.11), as a hand-edited draft has it.
    const draft = {
      ...base,
      vulnerabilities: base.vulnerabilities.map((v) => ({
        ...v,
        cwe: { id: 'CWE-79', name: 'XSS' },
      })),
    };
    const refused = await exportAdvisory(draft, 'csaf', 'en');
    if (refused.ok || refused.error.code !== 'invalid-export' || !('files' in refused.error)) {
      throw new Error('expected a validation refusal');
    }
    expect(refused.error.files[0]?.failures).toContainEqual(
      expect.objectContaining({
        field: { en: 'Vulnerability 1 → CWE', ja: '脆弱性 1 → CWE' },
        test: 'mandatoryTest_6_1_11',
      }),
    );
    expect((await exportAdvisory(base, 'csaf', 'en')).ok).toBe(true);
  });
});
