import { beforeAll, describe, expect, it } from 'vitest';
import { renderAdvisory } from '../../shared/advisory/render';
import { validateCsafDocument } from '../../shared/advisory/validate-export';
import { vexKey, vexModel } from '../../shared/advisory/vex-model';
import { vexCaseDraft } from '../../shared/advisory/testing/vex-case';
import { sampleAlertDraft } from '../../shared/advisory/testing/sample-alert-draft';
import type { AdvisoryDraft } from '../../shared/model/advisory-draft';
import { ADVISORY_FIXTURES, loadAdvisoryFixture } from './testing/advisory-fixtures';

/**
 * Issue 28, item 1a: CSAF 2.0 `csaf_vex` from the vendor matrix, for every advisory fixture
 * and the generated 40-product / 12-vendor case, passes csaf-validator-lib (schema and every
 * mandatory test, including the VEX profile's 6.1.27.4–11), and reading the document back
 * gives every (vulnerability, product) its status and justification.
 */
const FIXTURES = ADVISORY_FIXTURES;
const load = loadAdvisoryFixture;

type VexDoc = {
  document: { category: string };
  product_tree: { branches: { name: string; branches?: unknown[] }[] };
  vulnerabilities: {
    cve?: string;
    ids?: { system_name: string; text: string }[];
    product_status: Record<string, string[]>;
    flags?: { label: string; product_ids: string[] }[];
    threats?: { category: string; product_ids: string[] }[];
    remediations?: { category: string; product_ids: string[] }[];
  }[];
};

/** What a VEX reader takes from the document: (vulnerability, product) → status, reason. */
const readBack = (doc: VexDoc) => {
  const out = new Map<string, { status: string; justification: string | null }>();
  for (const v of doc.vulnerabilities) {
    const name = v.cve ?? v.ids?.[0]?.text ?? '';
    const reason = new Map<string, string>();
    for (const f of v.flags ?? []) for (const id of f.product_ids) reason.set(id, f.label);
    for (const [status, ids] of Object.entries(v.product_status)) {
      for (const productId of ids) {
        out.set(vexKey({ vulnerabilityName: name, productId }), {
          status,
          justification: reason.get(productId) ?? null,
        });
      }
    }
  }
  return out;
};

const expected = (draft: AdvisoryDraft) =>
  new Map(
    vexModel(draft).statements.map((s) => [
      vexKey(s),
      { status: s.status, justification: s.justification },
    ]),
  );

const render = (draft: AdvisoryDraft, lang: 'en' | 'ja'): VexDoc => {
  const r = renderAdvisory(draft, { format: 'csaf-vex', lang });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return JSON.parse(r.value.files[0]!.content) as VexDoc;
};

describe('CSAF 2.0 csaf_vex from the vendor matrix', () => {
  const drafts = new Map<string, AdvisoryDraft>();
  beforeAll(async () => {
    for (const name of FIXTURES) drafts.set(name, await load(name));
    drafts.set('generated 40 products / 12 vendors', vexCaseDraft());
    await validateCsafDocument({ document: {} });
  }, 120_000);

  for (const name of [...FIXTURES, 'generated 40 products / 12 vendors']) {
    it(`${name}: validates (en, ja) and keeps every status and justification`, async () => {
      const draft = drafts.get(name)!;
      for (const lang of ['en', 'ja'] as const) {
        const doc = render(draft, lang);
        expect(doc.document.category).toBe('csaf_vex');
        const report = await validateCsafDocument(doc);
        expect(report.errors, `${name} ${lang}`).toEqual([]);
        expect(report.valid).toBe(true);
        expect(readBack(doc)).toEqual(expected(draft));
        // Every vendor of the matrix is in the product tree, silent ones included.
        expect(doc.product_tree.branches.length).toBe(draft.vendors.length);
      }
    });
  }

  it('lists the vendors that never answered as all products under investigation', () => {
    const draft = vexCaseDraft();
    const doc = render(draft, 'en');
    const silent = draft.vendors.filter((v) =>
      ['not-contacted', 'contacted', 'unreachable'].includes(v.status),
    );
    expect(silent).toHaveLength(3);
    for (const v of silent) {
      const branch = doc.product_tree.branches.find((b) => b.name === v.name.en);
      expect(branch, v.name.en).toBeDefined();
      for (const vuln of doc.vulnerabilities) {
        expect(vuln.product_status.under_investigation).toContain(`CSAFPID-${v.id}-all-v`);
      }
    }
    // A vulnerability without a CVE is named by the advisory and the draft id.
    expect(doc.vulnerabilities[1]?.ids).toEqual([
      { system_name: 'JVNVU#99887766', text: 'JVNVU#99887766/vuln2' },
    ]);
  });

  it('a known_not_affected product without a justification gets an impact statement', () => {
    const draft = vexCaseDraft();
    const doc = render(draft, 'ja');
    const unexplained = draft.products
      .flatMap((p) => p.versions)
      .filter((v) => v.status === 'known_not_affected' && v.justification === undefined)
      .map((v) => `CSAFPID-${v.id}`);
    expect(unexplained.length).toBeGreaterThan(0);
    const threatened = doc.vulnerabilities[0]!.threats!.flatMap((t) => t.product_ids);
    expect(threatened).toEqual(expect.arrayContaining(unexplained));
  });

  it('refuses a JVNTA# technical alert: it has no vulnerabilities to state products for', () => {
    const r = renderAdvisory(sampleAlertDraft(), { format: 'csaf-vex' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('vex-needs-vulnerabilities');
      expect('text' in r.error && r.error.text.ja).toContain('脆弱性');
    }
  });
});
