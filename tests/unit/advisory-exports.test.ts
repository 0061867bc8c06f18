import { describe, it, expect, beforeAll } from 'vitest';
import { renderAdvisory } from '../../shared/advisory/render';
import type { AdvisoryDraft } from '../../shared/model/advisory-draft';
import { ADVISORY_FIXTURES, loadAdvisoryFixture } from './testing/advisory-fixtures';
import { validateCsaf, validateCve } from '../../cli/commands/advisory-validators';

/**
 * Every fixture draft renders to CSAF that passes the CSAF validator's schema and
 * mandatory tests, and to CVE records that pass the official CVE schema, with zero
 * errors, in-process through the same validators the CLI uses (the library is imported
 * once for the whole file).
 */
const FIXTURES = ADVISORY_FIXTURES;
const load = loadAdvisoryFixture;

const rendered = (draft: AdvisoryDraft, options: Parameters<typeof renderAdvisory>[1]) => {
  const r = renderAdvisory(draft, options);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.files.map((f) => JSON.parse(f.content) as unknown);
};

type CsafShape = {
  document: { distribution: { tlp: { label: string } } };
  product_tree: {
    branches: { branches?: { branches?: { product?: { product_id: string } }[] }[] }[];
  };
  vulnerabilities: {
    involvements?: { party: string; status: string; summary: string }[];
    product_status: Record<string, string[]>;
  }[];
};

describe('advisory fixtures → validated exports', () => {
  const drafts = new Map<string, AdvisoryDraft>();
  beforeAll(async () => {
    for (const name of FIXTURES) drafts.set(name, await load(name));
    // Warm the CSAF library once (≈ 10 s) so each test measures only its own work.
    await validateCsaf({});
  }, 120_000);

  for (const name of FIXTURES) {
    it(`${name}: CSAF (en and ja) passes schema + mandatory tests with zero errors`, async () => {
      const draft = drafts.get(name)!; // loaded in beforeAll
      for (const lang of ['en', 'ja'] as const) {
        const [doc] = rendered(draft, { format: 'csaf', lang });
        const report = await validateCsaf(doc);
        expect(report.errors, `${name} ${lang}`).toEqual([]);
        expect(report.valid).toBe(true);
        expect(report.skipped.map((s) => s.test)).toEqual([
          'informativeTest_6_3_6',
          'informativeTest_6_3_7',
          'informativeTest_6_3_8',
        ]);
      }
    });

    it(`${name}: every CVE record passes the official CVE 5 schema with zero errors`, async () => {
      const draft = drafts.get(name)!; // loaded in beforeAll
      const records = rendered(draft, { format: 'cve' });
      expect(records.length).toBe(draft.vulnerabilities.filter((v) => v.cve).length);
      for (const record of records) {
        const report = await validateCve(record);
        expect(report.errors).toEqual([]);
        expect(report.valid).toBe(true);
      }
    });
  }

  it('the validators do reject a broken CSAF document and a broken CVE record', async () => {
    const draft = drafts.get('single-vendor-software')!; // loaded in beforeAll
    const [doc] = rendered(draft, { format: 'csaf' }) as CsafShape[];
    const broken = structuredClone(doc) as unknown as {
      vulnerabilities: { cwe: { name: string } }[];
    };
    broken.vulnerabilities[0]!.cwe.name = 'SQLi';
    const csaf = await validateCsaf(broken);
    expect(csaf.valid).toBe(false);
    expect(csaf.errors.map((e) => e.test)).toContain('mandatoryTest_6_1_11');
    const [record] = rendered(draft, { format: 'cve' }) as {
      containers: { cna: { affected: unknown[] } };
    }[];
    const cveBroken = structuredClone(record)!;
    cveBroken.containers.cna.affected = [];
    expect((await validateCve(cveBroken)).valid).toBe(false);
  });

  it('the multi-vendor CSAF lists every vendor contact state and every product status', () => {
    const draft = drafts.get('multi-vendor-unreachable')!; // loaded in beforeAll
    const [doc] = rendered(draft, { format: 'csaf' }) as CsafShape[];
    expect(doc!.document.distribution.tlp.label).toBe('WHITE');
    for (const vuln of doc!.vulnerabilities) {
      const involvements = vuln.involvements ?? [];
      expect(involvements).toHaveLength(draft.vendors.length);
      for (const vendor of draft.vendors) {
        expect(
          involvements.some((i) => i.party === 'vendor' && i.summary.startsWith(vendor.name.en)),
        ).toBe(true);
      }
      expect(involvements.map((i) => i.status)).toEqual([
        'completed',
        'completed',
        'completed',
        'contact_attempted',
        'in_progress',
      ]);
    }
    const allIds = doc!.product_tree.branches.flatMap((v) =>
      (v.branches ?? []).flatMap((p) => (p.branches ?? []).map((b) => b.product?.product_id)),
    );
    expect(allIds).toHaveLength(7);
    const statusOf = (id: string) =>
      Object.entries(doc!.vulnerabilities[0]!.product_status).find(([, ids]) =>
        ids.includes(id),
      )?.[0];
    expect(allIds.map((id) => statusOf(id!))).toEqual([
      'known_affected',
      'fixed',
      'known_affected',
      'fixed',
      'known_not_affected',
      'known_affected',
      'under_investigation',
    ]);
  });
});
