import { CASE_SCHEMA_VERSION, emptyCaseDates, emptyCaseFlags, type Case } from '../case';
import { CASE_EVENT_SCHEMA_VERSION, type CaseEvent } from '../case-event';
import type { Contact } from '../contact';
import type { CaseId, ContactId, EventId, InvolvementId, ReportId, VulnerabilityId } from '../ids';
import type { Involvement } from '../involvement';
import type { Report } from '../report';
import { emptyTriageChecklist } from '../triage-checklist';
import type { Vulnerability } from '../vulnerability';

/**
 * Valid sample records with fixed ids, for tests across the project (model, workflow,
 * store, bundles, CLI). Fixed ids keep snapshots and hashes stable.
 */
export const sampleIds = {
  caseId: '2f1c7a4e-8d3b-4c1a-9e2f-0a1b2c3d4e5f' as CaseId,
  contactId: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d' as ContactId,
  involvementId: '9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d' as InvolvementId,
  reportId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' as ReportId,
  vulnerabilityId: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f' as VulnerabilityId,
  eventId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b' as EventId,
};

export const sampleCase = (): Case => ({
  schemaVersion: CASE_SCHEMA_VERSION,
  id: sampleIds.caseId,
  ref: 'AL-2026-0042',
  title: 'Stored XSS in Example CMS admin panel',
  kind: 'software',
  tlp: 'AMBER',
  priority: { level: 'normal', reasons: [] },
  policyProfile: 'jpcert-cc',
  states: { report: 'received', embargo: 'none', flags: emptyCaseFlags() },
  dates: { ...emptyCaseDates(), received: '2026-04-20T01:00:00.000Z' },
  vulnerabilities: [sampleIds.vulnerabilityId],
  involvements: [sampleIds.involvementId],
  advisoryId: 'JVN#12345678',
  tags: ['cms'],
  technicalAlert: null,
  vendorSummary: '',
  titleShareable: false,
});

export const sampleReport = (): Report => ({
  schemaVersion: 1,
  id: sampleIds.reportId,
  caseId: sampleIds.caseId,
  receivedAt: '2026-04-20T01:00:00.000Z',
  reporter: {
    name: 'Hanako Yamada',
    contact: 'hanako@example.jp',
    pgpKeyFingerprint: null,
    creditConsent: true,
    creditName: 'Hanako Yamada',
  },
  target: 'software',
  product: {
    name: 'Example CMS',
    vendorName: 'Example Inc.',
    version: '3.4.2',
    url: 'https://example.jp/cms',
  },
  discovery: { method: 'Manual code review', tools: ['Burp Suite'] },
  poc: { text: 'Post <script>alert(1)</script> as a comment.', attachments: [] },
  impact: {
    description: 'Session theft of administrators',
    threatModel: 'Unauthenticated attacker',
  },
  alreadyPublic: { value: false, references: [] },
  timeConstraints: [{ date: '2026-08-01', description: 'Talk at a conference' }],
  vendorAlreadyContacted: { value: false, details: '' },
  checklist: emptyTriageChecklist(),
});

export const sampleVulnerability = (): Vulnerability => ({
  schemaVersion: 3,
  id: sampleIds.vulnerabilityId,
  caseId: sampleIds.caseId,
  title: {
    ja: 'Example CMS におけるクロスサイトスクリプティングの脆弱性',
    en: 'Example CMS vulnerable to cross-site scripting',
  },
  description: { ja: '説明', en: 'Description' },
  cwe: 'CWE-79',
  cvss31: { vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', score: 6.1 },
  cvss40: null,
  cve: { id: 'CVE-2026-12345', state: 'reserved' },
  affected: [
    {
      vendor: 'Example Inc.',
      product: 'Example CMS',
      versions: '3.4.2 and earlier',
      contactId: sampleIds.contactId,
    },
  ],
  remediation: { ja: '最新版へ更新してください', en: 'Update to the latest version' },
  workaround: { ja: '', en: '' },
});

export const sampleContact = (): Contact => ({
  schemaVersion: 2,
  id: sampleIds.contactId,
  name: { ja: '株式会社エグザンプル', en: 'Example Inc.' },
  kind: 'developer',
  people: [
    { name: 'Taro Suzuki', email: 'psirt@example.jp', phone: '+81-3-0000-0000', role: 'PSIRT' },
  ],
  addresses: [{ kind: 'email', value: 'psirt@example.jp', label: 'PSIRT' }],
  pgpFingerprints: ['0123456789ABCDEF0123456789ABCDEF01234567'],
  publicListingConsent: true,
  acceptsDirectReports: false,
  reachability: [],
  products: ['pkg:npm/example-widget', 'cpe:2.3:a:example:widget_server:*:*:*:*:*:*:*:*'],
});

export const sampleInvolvement = (): Involvement => ({
  schemaVersion: 2,
  id: sampleIds.involvementId,
  caseId: sampleIds.caseId,
  contactId: sampleIds.contactId,
  role: 'developer',
  status: 'contacted',
  firstContactAttempt: '2026-04-28T00:30:00.000Z',
  lastContactAttempt: '2026-04-28T00:30:00.000Z',
  lastReply: null,
  statement: { ja: '', en: '', approved: false },
  products: [
    {
      product: 'Example CMS',
      versions: '3.4.2',
      status: 'under_investigation',
      justification: null,
    },
  ],
  clearedForPublication: false,
  canReachAllUsers: false,
  namePublishedAt: null,
  dispute: null,
});

export const sampleEvent = (): CaseEvent => ({
  schemaVersion: CASE_EVENT_SCHEMA_VERSION,
  id: sampleIds.eventId,
  caseId: sampleIds.caseId,
  at: '2026-04-20T01:00:00.000Z',
  actor: 'analyst',
  type: 'report.received',
  payload: { reportId: sampleIds.reportId, receivedAt: '2026-04-20T01:00:00.000Z' },
});
