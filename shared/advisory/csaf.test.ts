import { describe, it, expect } from 'vitest';
import type { Tlp } from '../model/common';
import { toCsaf } from './csaf';
import { toCveRecords } from './cve';
import { csafFileName, jvnUrl } from './ids';
import { sampleDraft } from './testing/sample-draft';

type Branch = { category: string; name: string; branches?: Branch[] };
type CsafView = {
  document: {
    lang: string;
    title: string;
    distribution: { text: string; tlp: { label: string } };
    tracking: Record<string, unknown>;
    references: { url: string }[];
  };
  product_tree: { branches: Branch[] };
  vulnerabilities: {
    product_status: Record<string, string[]>;
    scores: { cvss_v3: Record<string, unknown> }[];
    remediations: Record<string, unknown>[];
    involvements: Record<string, unknown>[];
    notes: { title: string }[];
  }[];
};
type CveView = {
  cveMetadata: Record<string, unknown>;
  containers: {
    cna: {
      descriptions: { lang: string }[];
      affected: unknown[];
      problemTypes: { descriptions: { cweId: string }[] }[];
      metrics: Record<string, unknown>[];
      credits: { value: string }[];
    };
  };
};

const csaf = (draft = sampleDraft(), lang: 'ja' | 'en' = 'en'): CsafView => {
  const r = toCsaf(draft, lang);
  if (!r.ok) throw new Error(r.error.message);
  return JSON.parse(JSON.stringify(r.value)) as CsafView;
};

describe('CSAF 2.0 export', () => {
  it('is a coordinator security advisory tracked by the advisory ID', () => {
    const doc = csaf();
    expect(doc.document).toMatchObject({
      category: 'csaf_security_advisory',
      csaf_version: '2.0',
      lang: 'en',
      publisher: { category: 'coordinator', namespace: 'https://coordination.example' },
      tracking: { id: 'JVN#87654321', status: 'draft', version: '0' },
    });
    expect(csafFileName('JVNVU#12345678')).toBe('jvnvu_12345678.json');
    expect(csafFileName('Example-2026+A/B')).toBe('example-2026+a_b.json');
  });

  it('maps the case TLP to the TLP 1.0 labels CSAF 2.0 knows', () => {
    const label = (tlp: Tlp) => {
      const d = sampleDraft();
      d.case.tlp = tlp;
      return csaf(d).document.distribution;
    };
    expect(label('CLEAR').tlp.label).toBe('WHITE');
    expect(label('GREEN').tlp.label).toBe('GREEN');
    expect(label('RED').tlp.label).toBe('RED');
    const strict = label('AMBER+STRICT');
    expect(strict.tlp.label).toBe('AMBER');
    expect(strict.text).toContain('AMBER+STRICT');
  });

  it('publishes a released advisory as WHITE whatever the case TLP', () => {
    const d = sampleDraft();
    d.case.tlp = 'AMBER';
    d.status = 'final';
    d.revisions = [
      {
        number: '1',
        date: '2026-11-24T03:00:00Z',
        summary: { ja: '初版公開', en: 'Initial release' },
      },
    ];
    const doc = csaf(d);
    expect(doc.document.distribution.tlp.label).toBe('WHITE');
    expect(doc.document.tracking).toMatchObject({ status: 'final', version: '1' });
  });

  it('builds vendor → product → version and the product status, scores and remediations', () => {
    const doc = csaf();
    const vendor = doc.product_tree.branches[0]!;
    expect(vendor).toMatchObject({ category: 'vendor', name: 'Example Inc.' });
    expect(vendor.branches?.[0]?.branches?.map((b) => b.category)).toEqual([
      'product_version_range',
      'product_version',
    ]);
    const vuln = doc.vulnerabilities[0]!;
    expect(vuln.product_status).toEqual({
      known_affected: ['CSAFPID-p1-v1'],
      fixed: ['CSAFPID-p1-v2'],
    });
    expect(vuln.scores[0]?.cvss_v3).toMatchObject({
      baseScore: 6.1,
      vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N',
    });
    expect(vuln.remediations[0]).toMatchObject({
      category: 'vendor_fix',
      product_ids: ['CSAFPID-p1-v1'],
    });
    expect(vuln.involvements).toMatchObject([{ party: 'vendor', status: 'completed' }]);
    expect(vuln.involvements[0]?.summary).toBe('Example Inc.: Fixed — Fixed in 3.4.3.');
    expect(vuln.notes.map((n) => n.title)).toContain('CVSS v4.0');
  });

  it('writes the document in Japanese when asked', () => {
    const doc = csaf(sampleDraft(), 'ja');
    expect(doc.document.lang).toBe('ja');
    expect(doc.document.title).toContain('クロスサイトスクリプティング');
    expect(doc.document.references[0]?.url).toBe(jvnUrl('JVN#87654321', 'ja'));
  });
});

describe('CVE JSON 5 export', () => {
  it('makes one PUBLISHED record per CVE with the CNA orgId and both languages', () => {
    const r = toCveRecords(sampleDraft());
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.map((f) => f.fileName)).toEqual(['CVE-2026-12345.json']);
    const record = r.value[0]!.record as CveView;
    expect(record.cveMetadata).toMatchObject({
      cveId: 'CVE-2026-12345',
      state: 'PUBLISHED',
      assignerOrgId: '6e5b2a1c-3d4f-4a8b-9c0d-1e2f3a4b5c6d',
    });
    const cna = record.containers.cna;
    expect(cna.descriptions.map((d) => d.lang)).toEqual(['en', 'ja']);
    expect(cna.affected[0]).toMatchObject({
      vendor: 'Example Inc.',
      product: 'Example CMS',
      versions: [
        // "3.4.2 and earlier" as a machine-readable range (issue 23).
        { version: '0', lessThanOrEqual: '3.4.2', versionType: 'custom', status: 'affected' },
        { version: '3.4.3', status: 'unaffected' },
      ],
    });
    expect(cna.problemTypes[0]?.descriptions[0]?.cweId).toBe('CWE-79');
    expect(cna.metrics.map((m) => Object.keys(m).find((k) => k.startsWith('cvss')))).toEqual([
      'cvssV4_0',
      'cvssV3_1',
    ]);
    expect(cna.credits.map((c) => c.value)).toEqual(['Hanako Yamada', '山田 花子 氏']);
  });

  it('refuses without a CNA orgId or without any CVE', () => {
    const noOrg = sampleDraft();
    delete noOrg.publisher.cveOrgId;
    expect(toCveRecords(noOrg)).toMatchObject({ ok: false, error: { code: 'missing-cve-org-id' } });
    const noCve = sampleDraft();
    delete noCve.vulnerabilities[0]!.cve;
    expect(toCveRecords(noCve)).toMatchObject({ ok: false, error: { code: 'no-cve' } });
  });
});
