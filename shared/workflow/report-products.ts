import {
  parseProductIdentifier,
  productNamesOf,
  VULNERABILITY_SCHEMA_VERSION,
  type AffectedProduct,
  type CaseId,
  type Vulnerability,
  type VulnerabilityId,
} from '../model';
import { cweName } from '../advisory/cwe-catalogue';
import type { NewReportKeys } from './duplicate-match';

/**
 * The product identifiers and weakness a finder gave at intake, kept on the new case as its
 * first vulnerability record (issue 27 item 3): vendor suggestions and the next report's
 * duplicate match read a case's products from its vulnerabilities, so a report whose PURL
 * was typed only into the intake form would otherwise never be found again. An identifier
 * that is not a PURL or CPE 2.3 name and a CWE outside MITRE's catalogue (the advisory
 * refuses it) are left out; a typed CVE id is not set here: it goes through the pool rule.
 * Null when nothing is left to keep.
 */
export const reportVulnerability = (r: {
  id: VulnerabilityId;
  caseId: CaseId;
  title: string;
  /** The affected version the finder named, for every identifier. */
  version: string;
  keys: NewReportKeys;
}): Vulnerability | null => {
  const affected: AffectedProduct[] = r.keys.identifiers.flatMap((identifier) => {
    const parsed = parseProductIdentifier(identifier);
    if (!parsed.ok) return [];
    const names = productNamesOf(parsed.value);
    return [{ ...names, versions: r.version.trim(), contactId: null, identifier }];
  });
  const cwe =
    r.keys.cwes.map((c) => c.trim().toUpperCase()).find((c) => cweName(c) !== null) ?? null;
  if (affected.length === 0 && cwe === null) return null;
  const none = { ja: '', en: '' };
  return {
    schemaVersion: VULNERABILITY_SCHEMA_VERSION,
    id: r.id,
    caseId: r.caseId,
    title: { ja: r.title, en: r.title },
    description: none,
    cwe,
    cvss31: null,
    cvss40: null,
    cve: { id: null, state: 'none' },
    affected,
    remediation: none,
    workaround: none,
  };
};
