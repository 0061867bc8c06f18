import { describe, it, expect } from 'vitest';
import { sampleReport } from '../model/testing/fixtures';
import { draftFromCase, withCaseProducts } from './draft-from-case';
import { sampleDraftInput } from './testing/sample-draft-input';
import { sampleDraft } from './testing/sample-draft';
import { renderAdvisory } from './render';

const input = sampleDraftInput;

describe('draftFromCase', () => {
  it('carries each vendor’s VEX justification and the instant of its last word (issue 28)', () => {
    const base = input();
    const inv = base.involvements[0]!;
    const r = draftFromCase({
      ...base,
      involvements: [
        {
          ...inv,
          status: 'not-affected',
          lastReply: '2026-05-01T02:03:04.000Z',
          products: [
            {
              product: 'Example CMS',
              versions: '3.4.2',
              status: 'known_not_affected',
              justification: 'vulnerable_code_not_present',
            },
            { product: 'Example CMS', versions: '3.4.3', status: 'fixed', justification: null },
          ],
        },
      ],
    });
    if (!r.ok) throw new Error(r.error.issues.join('\n'));
    expect(r.value.vendors[0]?.updatedAt).toBe('2026-05-01T02:03:04.000Z');
    const [notAffected, fixed] = r.value.products[0]!.versions;
    expect(notAffected?.justification).toBe('vulnerable_code_not_present');
    expect(fixed && 'justification' in fixed).toBe(false);
  });

  it('fills the vendor table, products, vulnerability, credit and leak-guard context from the case', () => {
    const r = draftFromCase(input());
    if (!r.ok) throw new Error(r.error.issues.join('\n'));
    const d = r.value;
    expect(d).toMatchObject({
      advisoryId: 'JVN#12345678',
      status: 'draft',
      case: { ref: 'AL-2026-0042', tlp: 'AMBER' },
    });
    expect(d.vendors).toEqual([
      expect.objectContaining({
        name: { ja: '株式会社エグザンプル', en: 'Example Inc.' },
        status: 'fixed',
        statement: { ja: '3.4.3 で修正しました。', en: 'Fixed in 3.4.3.' },
        dateUpdated: '2026-04-28',
      }),
    ]);
    expect(d.products[0]?.versions[0]).toMatchObject({
      version: '3.4.2',
      range: false,
      status: 'under_investigation',
    });
    expect(d.vulnerabilities[0]).toMatchObject({
      cve: 'CVE-2026-12345',
      cwe: {
        id: 'CWE-79',
        name: "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')",
      },
      cvss: { v31: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N' },
    });
    expect(d.credits).toEqual([
      {
        id: 'c1',
        role: 'finder',
        consent: true,
        name: { ja: 'Hanako Yamada', en: 'Hanako Yamada' },
      },
    ]);
    expect(d.leakGuardContext).toMatchObject({
      finders: [{ creditId: 'c1', realName: 'Hanako Yamada', emails: ['hanako@example.jp'] }],
      pocTexts: ['Post <script>alert(1)</script> as a comment.'],
      vendorContacts: ['psirt@example.jp', '+81-3-0000-0000'],
      internalNotes: [
        'Vendor PSIRT lead is on leave until December.',
        'Triage: duplicate of an older report from 2025, closed then.',
      ],
    });
  });

  it('gives no credit without consent and keeps unapproved statements out', () => {
    const i = input();
    const report = sampleReport();
    report.reporter = { ...report.reporter, creditConsent: false, creditName: null };
    i.report = report;
    i.involvements[0]!.statement = { ja: '内部向け', en: 'internal wording', approved: false };
    const r = draftFromCase(i);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.credits).toEqual([]);
    expect(r.value.vendors[0]?.statement).toEqual({ ja: '', en: '' });
    expect(r.value.leakGuardContext.finders[0]).not.toHaveProperty('creditId');
  });

  it('lists vendors not cleared for publication, so their names are caught in exports', () => {
    const i = input();
    i.involvements[0]!.clearedForPublication = false;
    const r = draftFromCase(i);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.leakGuardContext.unclearedVendorNames).toEqual([
      '株式会社エグザンプル',
      'Example Inc.',
    ]);
    const out = renderAdvisory(r.value, { format: 'md' });
    expect(out).toMatchObject({ ok: false, error: { code: 'leak-guard' } });
  });

  it('returns a typed error when the case has no advisory ID', () => {
    const i = input();
    i.case = { ...i.case, advisoryId: null };
    expect(draftFromCase(i)).toMatchObject({ ok: false, error: { code: 'invalid-draft' } });
    expect(draftFromCase({ ...i, advisoryId: 'JVNVU#11112222' })).toMatchObject({
      ok: true,
      value: { advisoryId: 'JVNVU#11112222' },
    });
  });
});

describe('taking the case’s products into an existing draft (issue 23)', () => {
  it('replaces vendors and products and drops chosen versions that no longer exist', () => {
    const draft = sampleDraft();
    const stale = {
      ...draft,
      products: [],
      vulnerabilities: draft.vulnerabilities.map((v) => ({
        ...v,
        productVersionIds: ['p1-v1', 'gone'],
      })),
    };
    const next = withCaseProducts(stale, draft);
    expect(next.products).toEqual(draft.products);
    expect(next.vendors).toEqual(draft.vendors);
    expect(next.vulnerabilities[0]?.productVersionIds).toEqual(['p1-v1']);
    expect(next.title).toEqual(stale.title);
  });
});
