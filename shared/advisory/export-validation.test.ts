import { describe, expect, it } from 'vitest';
import cwec417 from '@secvisogram/csaf-validator-lib/lib/cwec/4.17.js';
import { weaknesses } from '@secvisogram/csaf-validator-lib/cwe.js';
import type { AdvisoryDraft } from '../model/advisory-draft';
import { CWE_CATALOGUE, cweName, lookupCwe } from './cwe-catalogue';
import { describeExportFailures, fieldOfPointer } from './export-failures';
import { exportVersion } from './product-versions';
import { renderAdvisory } from './render';
import { sampleDraft } from './testing/sample-draft';
import { validateCsafDocument, validateCveRecord, validateExportFile } from './validate-export';

/** Issue 23: every CSAF/CVE export is valid, and the causes of invalid ones are fixed. */
const rendered = (draft: AdvisoryDraft, format: 'csaf' | 'cve') => {
  const r = renderAdvisory(draft, { format, lang: 'en' });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.files.map((f) => JSON.parse(f.content) as Record<string, unknown>);
};

/** Two vendors, both of whose status changed on the same day, with a PURL and a CPE. */
const twoVendors = (): AdvisoryDraft => {
  const d = sampleDraft();
  const first = d.vendors[0];
  if (first === undefined) throw new Error('sample has a vendor');
  return {
    ...d,
    advisoryId: 'JVNVU#87654321',
    vendors: [
      first,
      {
        ...first,
        id: 'v2',
        name: { ja: 'サンプル株式会社', en: 'Sample Corp.' },
        status: 'investigating',
        statement: { ja: '', en: '' },
      },
    ],
    products: [
      ...d.products.map((p) => ({ ...p, identifiers: ['cpe:2.3:a:example:cms:*:*:*:*:*:*:*:*'] })),
      {
        id: 'p2',
        vendorId: 'v2',
        name: { ja: 'sample-lib', en: 'sample-lib' },
        identifiers: ['pkg:npm/%40sample/sample-lib'],
        versions: [
          {
            id: 'p2-v1',
            version: 'vers:generic/>=1.0.0|<2.1.0',
            range: true,
            label: { ja: '1.0.0 から 2.1.0 未満', en: '1.0.0 up to 2.1.0' },
            status: 'known_affected',
          },
        ],
      },
    ],
  };
};

describe('CSAF after two vendors changed on the same date', () => {
  it('has one vendor involvement per date and passes every mandatory test (6.1.24)', async () => {
    const [doc] = rendered(twoVendors(), 'csaf');
    const vuln = (
      doc as { vulnerabilities: { involvements: { date: string; summary: string }[] }[] }
    ).vulnerabilities[0];
    expect(vuln?.involvements).toHaveLength(1);
    expect(vuln?.involvements[0]?.summary).toContain('Example Inc.');
    expect(vuln?.involvements[0]?.summary).toContain('Sample Corp.');
    const report = await validateCsafDocument(doc);
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it('the validator itself refuses two involvements of one party on one date', async () => {
    const [doc] = rendered(twoVendors(), 'csaf');
    const bad = structuredClone(doc) as { vulnerabilities: { involvements: unknown[] }[] };
    const one = bad.vulnerabilities[0]?.involvements[0];
    bad.vulnerabilities[0]?.involvements.push(structuredClone(one));
    const report = await validateCsafDocument(bad);
    expect(report.valid).toBe(false);
    expect(report.errors.map((e) => e.test)).toContain('mandatoryTest_6_1_24');
    expect(describeExportFailures(report.errors)).toContainEqual({
      field: { en: 'Vulnerability 1 → Vendor status', ja: '脆弱性 1 → ベンダの状況' },
      problem: {
        en: 'has two entries for one vendor on the same date',
        ja: '同じ日付に同じ関係者の記録が二つあります',
      },
      test: 'mandatoryTest_6_1_24',
    });
  });
});

describe('CWE names from MITRE’s catalogue', () => {
  it('is the library’s catalogue, version 4.17, and names CWE-290 by its name', () => {
    expect(CWE_CATALOGUE).toEqual({ version: '4.17', date: cwec417.date });
    const ids = (list: readonly { id: string; name: string }[]) =>
      list.map((w) => `${w.id} ${w.name}`).sort();
    expect(ids(weaknesses)).toEqual(ids(cwec417.weaknesses));
    expect(cweName('CWE-290')).toBe('Authentication Bypass by Spoofing');
    expect(lookupCwe('cwe-290 ')).toEqual({
      ok: true,
      value: { id: 'CWE-290', name: 'Authentication Bypass by Spoofing' },
    });
  });

  it('refuses an unknown id or a malformed one, in both languages, never naming it', () => {
    const unknown = lookupCwe('CWE-99999');
    expect(unknown).toMatchObject({ ok: false, error: { code: 'cwe-unknown' } });
    if (!unknown.ok) expect(unknown.error.text.ja).toContain('CWE-99999');
    expect(lookupCwe('XSS')).toMatchObject({ ok: false, error: { code: 'cwe-format' } });
    expect(cweName('CWE-99999')).toBeNull();
  });
});

describe('product identifiers and version ranges in CSAF and CVE', () => {
  it('carries PURL and CPE into CSAF product_identification_helper and CVE cpes/packageName', async () => {
    const [doc] = rendered(twoVendors(), 'csaf');
    const text = JSON.stringify(doc);
    expect(text).toContain('"cpe":"cpe:2.3:a:example:cms:*:*:*:*:*:*:*:*"');
    expect(text).toContain('"purl":"pkg:npm/%40sample/sample-lib"');
    expect((await validateCsafDocument(doc)).errors).toEqual([]);
    const [record] = rendered(twoVendors(), 'cve');
    const affected = (record as { containers: { cna: { affected: Record<string, unknown>[] } } })
      .containers.cna.affected;
    expect(affected[0]).toMatchObject({ cpes: ['cpe:2.3:a:example:cms:*:*:*:*:*:*:*:*'] });
    expect(affected[1]).toMatchObject({
      collectionURL: 'https://www.npmjs.com',
      packageName: '@sample/sample-lib',
      versions: [
        { version: '1.0.0', lessThan: '2.1.0', versionType: 'custom', status: 'affected' },
      ],
    });
    expect((await validateCveRecord(record)).errors).toEqual([]);
  });

  it('turns free-text versions into ranges, or says it cannot', () => {
    expect(exportVersion('2.1.0 and earlier')).toEqual({
      kind: 'range',
      vers: 'vers:generic/<=2.1.0',
      cve: { version: '0', lessThanOrEqual: '2.1.0' },
    });
    expect(exportVersion('2.1.0 以前')).toMatchObject({ vers: 'vers:generic/<=2.1.0' });
    expect(exportVersion('prior to 3.0')).toMatchObject({ cve: { version: '0', lessThan: '3.0' } });
    expect(exportVersion('1.0 - 1.4.2')).toMatchObject({ vers: 'vers:generic/>=1.0|<=1.4.2' });
    expect(exportVersion('2.5.x')).toMatchObject({ vers: 'vers:generic/>=2.5|<2.6' });
    expect(exportVersion('3.4.3')).toEqual({ kind: 'exact', version: '3.4.3' });
    expect(exportVersion('')).toMatchObject({ vers: 'vers:generic/*' });
    expect(exportVersion('the ones shipped in spring')).toBeNull();
    expect(exportVersion('> 2.0')).toBeNull();
  });

  it('refuses an export whose versions cannot be read, naming the product and the text', () => {
    const d = twoVendors();
    const p2 = d.products[1];
    if (p2?.versions[0]) p2.versions[0].version = 'the ones shipped in spring';
    for (const format of ['csaf', 'cve'] as const) {
      const r = renderAdvisory(d, { format, lang: 'en' });
      expect(r).toMatchObject({ ok: false, error: { code: 'version-not-understood' } });
      if (!r.ok && 'text' in r.error) {
        expect(r.error.text.en).toContain('sample-lib');
        expect(r.error.text.ja).toContain('the ones shipped in spring');
      }
    }
  });
});

describe('no empty product tree or product_status', () => {
  it('refuses CSAF and CVE until products are named', () => {
    const d = { ...sampleDraft(), products: [] };
    for (const format of ['csaf', 'cve'] as const) {
      expect(renderAdvisory(d, { format })).toMatchObject({
        ok: false,
        error: { code: 'no-products' },
      });
    }
    // HTML and Markdown still render (the page says what is known so far).
    expect(renderAdvisory(d, { format: 'html' }).ok).toBe(true);
  });

  it('refuses a vulnerability that concerns no product', () => {
    const base = sampleDraft();
    const d = {
      ...base,
      vulnerabilities: base.vulnerabilities.map((v) => ({ ...v, productVersionIds: [] })),
    };
    expect(renderAdvisory(d, { format: 'csaf' })).toMatchObject({
      ok: false,
      error: { code: 'no-product-status' },
    });
  });
});

describe('the validation entry point', () => {
  it('is total on input that is not an object', async () => {
    for (const doc of [null, [], 'text', 42]) {
      expect(await validateCsafDocument(doc)).toMatchObject({
        valid: false,
        errors: [{ instancePath: '/', keyword: 'type' }],
      });
      expect((await validateCveRecord(doc)).valid).toBe(false);
    }
    expect(await validateExportFile('csaf', 'not json')).toMatchObject({ valid: false });
    expect(await validateExportFile('html', '<p>')).toBeNull();
  });

  it('refuses the strict schema’s empty product tree and names the field', async () => {
    const [doc] = rendered(sampleDraft(), 'csaf');
    const bad = { ...doc, product_tree: { branches: [] } };
    const report = await validateCsafDocument(bad);
    expect(report.valid).toBe(false);
    const failures = describeExportFailures(report.errors);
    expect(failures[0]?.field).toEqual({
      en: 'Products (vendor information)',
      ja: '製品（ベンダ情報）',
    });
  });

  it('names fields as the analyst knows them', () => {
    expect(fieldOfPointer('/vulnerabilities/0/cwe/name').en).toBe('Vulnerability 1 → CWE');
    expect(fieldOfPointer('/vulnerabilities/2/product_status').ja).toBe(
      '脆弱性 3 → 影響を受ける製品',
    );
    expect(fieldOfPointer('/document/tracking/initial_release_date').en).toBe(
      'Release dates and revision history',
    );
    expect(fieldOfPointer('/containers/cna/affected/0/versions').en).toBe(
      'Products (vendor information)',
    );
    expect(fieldOfPointer('/').en).toBe('The whole document');
  });
});

describe('CSAF optional tests', () => {
  it('reports what the optional tests (6.2.x) find as warnings, the document still valid', async () => {
    const [doc] = rendered(sampleDraft(), 'csaf');
    const report = await validateCsafDocument(doc);
    expect(report.valid).toBe(true);
    expect(report.errors).toEqual([]);
    const tests = new Set(report.warnings.map((w) => w.test));
    expect(tests).toContain('optionalTest_6_2_11');
    expect(tests).toContain('optionalTest_6_2_13');
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        test: 'optionalTest_6_2_11',
        instancePath: '/document/references',
      }),
    );
  });
});
