import { describe, expect, it } from 'vitest';
import type { AdvisoryDraft } from '../model/advisory-draft';
import { renderAdvisory } from './render';
import { sampleDraft } from './testing/sample-draft';
import { validateCveCnaContainer, validateCveRecord } from './validate-export';

/** CVE records as 5.1.1 (issue 28): `cpeApplicability` from the products' CPE names, and the
 *  CNA container `cve publish --cve-json-file` takes, only for the IDs that are ours. */
const CPE = 'cpe:2.3:a:example:cms:*:*:*:*:*:*:*:*';

const withCpe = (identifiers: string[]): AdvisoryDraft => {
  const d = sampleDraft();
  return { ...d, products: d.products.map((p) => ({ ...p, identifiers })) };
};

const files = (draft: AdvisoryDraft, format: 'cve' | 'cve-cna') => {
  const r = renderAdvisory(draft, { format, lang: 'en' });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.files.map((f) => ({
    name: f.name,
    json: JSON.parse(f.content) as Record<string, unknown>,
  }));
};

describe('CVE 5.1.1 cpeApplicability', () => {
  it('gives each version of a product with a CPE name as a match with its bounds', async () => {
    const [record] = files(withCpe([CPE, 'pkg:npm/example-cms']), 'cve');
    const cna = (record?.json.containers as { cna: Record<string, unknown> }).cna;
    expect(record?.json.dataVersion).toBe('5.1.1');
    expect(cna.cpeApplicability).toEqual([
      {
        nodes: [
          {
            operator: 'OR',
            negate: false,
            cpeMatch: [
              // "<=3.4.2" affected; "3.4.3" fixed: exactly that version, not vulnerable.
              { vulnerable: true, criteria: CPE, versionEndIncluding: '3.4.2' },
              {
                vulnerable: false,
                criteria: CPE,
                versionStartIncluding: '3.4.3',
                versionEndIncluding: '3.4.3',
              },
            ],
          },
        ],
      },
    ]);
    expect((await validateCveRecord(record?.json)).errors).toEqual([]);
  });

  it('puts no bounds beside a CPE name that states its version, and none without a CPE', () => {
    const pinned = 'cpe:2.3:a:example:cms:3.4.2:*:*:*:*:*:*:*';
    const [record] = files(withCpe([pinned]), 'cve');
    const cna = (record?.json.containers as { cna: { cpeApplicability: unknown } }).cna;
    expect(JSON.stringify(cna.cpeApplicability)).not.toContain('versionEnd');
    const [plain] = files(withCpe(['pkg:npm/example-cms']), 'cve');
    expect((plain?.json.containers as { cna: object }).cna).not.toHaveProperty('cpeApplicability');
  });
});

describe('CNA containers for cve publish', () => {
  it('is the record’s CNA container, one file per CVE ID, valid against cvelib’s schema', async () => {
    const [container] = files(withCpe([CPE]), 'cve-cna');
    const [record] = files(withCpe([CPE]), 'cve');
    expect(container?.name).toBe('CVE-2026-12345.cna.json');
    expect(container?.json).toEqual((record?.json.containers as { cna: object }).cna);
    expect((await validateCveCnaContainer(container?.json)).errors).toEqual([]);
  });

  it('leaves out another CNA’s ID: that CNA publishes its record', () => {
    const d = sampleDraft();
    const theirs = {
      ...d,
      vulnerabilities: d.vulnerabilities.map((v) => ({ ...v, cveCna: 'Example CNA' })),
    };
    for (const format of ['cve', 'cve-cna'] as const) {
      expect(renderAdvisory(theirs, { format })).toMatchObject({
        ok: false,
        error: { code: 'no-cve' },
      });
    }
    // The advisory itself still names the ID.
    const html = renderAdvisory(theirs, { format: 'html', lang: 'en' });
    expect(html.ok && html.value.files[0]?.content).toContain('CVE-2026-12345');
  });
});
