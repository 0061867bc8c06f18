// Issue 27 item 3: what a finder typed at intake stays on the new case, so the next report
// on the same product finds it.
import { describe, expect, it } from 'vitest';
import { parseVulnerability, type CaseId, type VulnerabilityId } from '../model';
import { reportVulnerability } from './report-products';

const base = {
  id: '0b0b0b0b-0000-4000-8000-000000000001' as VulnerabilityId,
  caseId: '0a0a0a0a-0000-4000-8000-000000000001' as CaseId,
  title: 'XSS in Widget',
  version: ' 1.2.0 ',
};

describe('reportVulnerability', () => {
  it('keeps each PURL or CPE with the finder’s version and the first catalogued CWE', () => {
    const v = reportVulnerability({
      ...base,
      keys: {
        identifiers: ['pkg:npm/%40acme/widget', 'cpe:2.3:a:acme:gadget:*:*:*:*:*:*:*:*', 'nope'],
        cves: ['CVE-2026-0001'],
        cwes: ['CWE-99999', 'cwe-79'],
      },
    });
    expect(v?.affected).toEqual([
      {
        vendor: '@acme',
        product: 'widget',
        versions: '1.2.0',
        contactId: null,
        identifier: 'pkg:npm/%40acme/widget',
      },
      {
        vendor: 'acme',
        product: 'gadget',
        versions: '1.2.0',
        contactId: null,
        identifier: 'cpe:2.3:a:acme:gadget:*:*:*:*:*:*:*:*',
      },
    ]);
    expect(v?.cwe).toBe('CWE-79');
    // The typed CVE id waits for the pool rule.
    expect(v?.cve).toEqual({ id: null, state: 'none' });
    expect(parseVulnerability(v).ok).toBe(true);
  });

  it('a CWE alone is kept; nothing usable keeps nothing', () => {
    const cweOnly = reportVulnerability({
      ...base,
      keys: { identifiers: [], cves: [], cwes: ['CWE-89'] },
    });
    expect(cweOnly).toMatchObject({ affected: [], cwe: 'CWE-89' });
    expect(
      reportVulnerability({
        ...base,
        keys: { identifiers: ['widget'], cves: ['CVE-2026-0001'], cwes: ['CWE-99999'] },
      }),
    ).toBeNull();
  });
});
