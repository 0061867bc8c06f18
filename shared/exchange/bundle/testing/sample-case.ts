// A realistic two-vendor case with a finder who did not consent to credit, used by the
// bundle tests and the interop test. The finder's identity is made of unusual strings so a
// byte search for them cannot match anything else.
import { parseCaseDocument, type CaseDocument } from '../../../model/case-document';
import { CASE_EVENT_SCHEMA_VERSION, type CaseEvent } from '../../../model/case-event';
import { parseMessageRecord, type MessageRecord } from '../../../model/message';
import { emptyTriageChecklist } from '../../../model/triage-checklist';
import type { BundleCase } from '../content';
import { sha256Hex } from '../digest';

export const FINDER = {
  name: 'Kanade Zyxwbrook',
  email: 'kanade.zyxwbrook@finder.example',
  fingerprint: 'F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF0011223344',
};

export const IDS = {
  case: '6f1c2b9e-4a3d-4c5e-8f70-1a2b3c4d5e6f',
  report: '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
  vendorA: '1b2c3d4e-5f6a-4b7c-9d8e-9fa0b1c2d3e4',
  vendorB: '2c3d4e5f-6a7b-4c8d-8e9f-a0b1c2d3e4f5',
  finder: '3d4e5f6a-7b8c-4d9e-9fa0-b1c2d3e4f5a6',
  invA: '4e5f6a7b-8c9d-4eaf-a0b1-c2d3e4f5a6b7',
  invB: '5f6a7b8c-9dae-4fb0-b1c2-d3e4f5a6b7c8',
  vuln: '6a7b8c9d-aebf-4c01-92d3-e4f5a6b7c8d9',
  attachment: '7b8c9dae-bfc0-4d12-a3e4-f5a6b7c8d9ea',
} as const;

/** A vendor's reply on the sample case, read at `readAt` (null: unread). */
export function sampleReply(
  readAt: string | null,
  id = '8c9daebf-c0d1-4e23-b4f5-a6b7c8d9eafb',
): MessageRecord {
  const parsed = parseMessageRecord({
    schemaVersion: 2,
    id,
    direction: 'in',
    caseId: IDS.case,
    subject: 'Re: [AL-2026-0042] Vulnerability report',
    body: 'We are investigating.',
    attachments: [],
    fileName: 'reply.asc',
    format: 'asc',
    at: '2026-05-02T01:00:00.000Z',
    pgp: { encrypted: true, encryptedTo: [], signatures: [] },
    readAt,
    threadProduct: null,
  });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

let counter = 0;
/** A deterministic UUIDv4-shaped id, so tests can name events. */
export const eventId = (n: number): string =>
  `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export function sampleEvent(n: number, at: string, type: 'note' | 'flag' = 'flag'): CaseEvent {
  counter += 1;
  const base = {
    schemaVersion: CASE_EVENT_SCHEMA_VERSION,
    id: eventId(n),
    caseId: IDS.case,
    at,
    actor: 'analyst',
  };
  return (
    type === 'note'
      ? {
          ...base,
          type: 'note.added',
          payload: { text: `internal note ${counter}`, internal: true },
        }
      : { ...base, type: 'flag.set', payload: { flag: 'vendorAware' } }
  ) as CaseEvent;
}

/** The sample case handed by `from` to `toName`'s key (issue 27 item 4), after its events. */
export const sampleHandOver = (from: string, toName: string): CaseEvent =>
  ({
    schemaVersion: CASE_EVENT_SCHEMA_VERSION,
    id: eventId(70),
    caseId: IDS.case,
    at: '2026-05-05T00:00:00.000Z',
    actor: 'analyst',
    type: 'coordination.transferred',
    payload: { from, to: 'C'.repeat(40), toName, note: '' },
  }) as CaseEvent;

const text = (en: string) => ({ ja: en, en });

export function sampleDocument(tlp: CaseDocument['case']['tlp'] = 'AMBER'): CaseDocument {
  const contact = (id: string, name: string, kind: 'developer' | 'finder', email: string) => ({
    schemaVersion: 1 as const,
    id,
    name: text(name),
    kind,
    people: [
      { name: kind === 'finder' ? FINDER.name : `${name} PSIRT`, email, phone: '', role: '' },
    ],
    addresses: [{ kind: 'email' as const, value: email, label: 'security' }],
    pgpFingerprints: [],
    publicListingConsent: false,
    acceptsDirectReports: false,
    reachability: [],
  });
  const involvement = (id: string, contactId: string, statement: string) => ({
    schemaVersion: 2 as const,
    id,
    caseId: IDS.case,
    contactId,
    role: 'developer' as const,
    status: 'not-contacted' as const,
    firstContactAttempt: null,
    lastContactAttempt: null,
    lastReply: null,
    statement: { ja: statement, en: statement, approved: false },
    products: [],
    clearedForPublication: false,
    canReachAllUsers: false,
    namePublishedAt: null,
    dispute: null,
  });
  const ev = (n: number, at: string, type: string, payload: unknown) =>
    ({
      schemaVersion: CASE_EVENT_SCHEMA_VERSION,
      id: eventId(n),
      caseId: IDS.case,
      at,
      actor: 'analyst',
      type,
      payload,
    }) as CaseEvent;
  const doc = {
    format: 'airlock-case/1',
    case: {
      schemaVersion: 2,
      id: IDS.case,
      ref: 'AL-2026-0042',
      title: 'Stored XSS in Example CMS admin panel',
      kind: 'software',
      tlp,
      priority: { level: 'normal', reasons: [] },
      policyProfile: 'jpcert-cc',
      states: {
        report: 'accepted',
        embargo: 'proposed',
        flags: {
          vendorAware: null,
          fixReady: null,
          fixDeployed: null,
          publicAware: null,
          exploitPublic: null,
          attacksObserved: null,
        },
      },
      dates: {
        received: '2026-05-01T00:00:00Z',
        acknowledged: '2026-05-02T01:05:00Z',
        firstVendorContactAttempt: null,
        agreedPublication: null,
        published: null,
        closed: null,
      },
      vulnerabilities: [IDS.vuln],
      involvements: [IDS.invA, IDS.invB],
      advisoryId: null,
      tags: [],
      notes: 'internal: finder prefers e-mail in the evening',
    },
    events: [
      ev(1, '2026-05-01T00:00:00Z', 'case.created', {
        ref: 'AL-2026-0042',
        title: 'Stored XSS in Example CMS admin panel',
        kind: 'software',
        tlp,
        policyProfile: 'jpcert-cc',
        reportId: IDS.report,
      }),
      ev(2, '2026-05-01T00:00:01Z', 'report.received', {
        reportId: IDS.report,
        receivedAt: '2026-05-01T00:00:00Z',
      }),
      ev(3, '2026-05-01T02:00:00Z', 'note.added', {
        text: `called ${FINDER.name} about the PoC`,
        internal: true,
      }),
      ev(4, '2026-05-02T01:00:00Z', 'involvement.added', {
        involvementId: IDS.invA,
        contactId: IDS.vendorA,
        role: 'developer',
      }),
      ev(5, '2026-05-02T01:00:01Z', 'involvement.added', {
        involvementId: IDS.invB,
        contactId: IDS.vendorB,
        role: 'developer',
      }),
      ev(6, '2026-05-02T01:05:00Z', 'message.sent', {
        messageId: '8c9daebf-c0d1-4e23-b4f5-a6b7c8d9eafb',
        to: 'finder',
        involvementId: null,
        purpose: 'finder-acknowledgement',
      }),
      ev(7, '2026-05-03T03:00:00Z', 'involvement.changed', {
        involvementId: IDS.invB,
        statement: { ja: 'Vendor B will not fix', en: 'Vendor B will not fix', approved: false },
      }),
      ev(8, '2026-05-04T03:00:00Z', 'embargo.proposed', {
        date: '2026-06-15T00:00:00Z',
        zone: 'Asia/Tokyo',
        proposedBy: 'coordinator',
      }),
      // Later additions, numbered after the first eight (tests slice the timeline by number).
      ev(9, '2026-05-01T01:00:00Z', 'triage.decided', {
        decision: 'accept',
        reasons: [],
        priority: { level: 'normal', reasons: [] },
        note: '',
      }),
      ev(10, '2026-05-01T03:00:00Z', 'vulnerability.added', { vulnerabilityId: IDS.vuln }),
    ],
    report: {
      schemaVersion: 1,
      id: IDS.report,
      caseId: IDS.case,
      receivedAt: '2026-05-01T00:00:00Z',
      reporter: {
        name: FINDER.name,
        contact: FINDER.email,
        pgpKeyFingerprint: FINDER.fingerprint,
        creditConsent: false,
        creditName: null,
      },
      target: 'software',
      product: {
        name: 'Example CMS',
        vendorName: 'Vendor A',
        version: '3.2.1',
        url: 'https://cms.example/',
      },
      discovery: { method: 'manual review', tools: ['Burp Suite'] },
      poc: {
        text: 'POST /admin/page with <script>alert(1)</script>',
        attachments: [IDS.attachment],
      },
      impact: { description: 'admin session theft', threatModel: 'authenticated editor' },
      alreadyPublic: { value: false, references: [] },
      timeConstraints: [],
      vendorAlreadyContacted: { value: false, details: '' },
      checklist: emptyTriageChecklist(),
    },
    involvements: [
      involvement(IDS.invA, IDS.vendorA, ''),
      involvement(IDS.invB, IDS.vendorB, 'Vendor B will not fix'),
    ],
    contacts: [
      contact(IDS.vendorA, 'Vendor A', 'developer', 'psirt@vendor-a.example'),
      contact(IDS.vendorB, 'Vendor B', 'developer', 'security@vendor-b.example'),
      contact(IDS.finder, FINDER.name, 'finder', FINDER.email),
    ],
    vulnerabilities: [
      {
        schemaVersion: 1,
        id: IDS.vuln,
        caseId: IDS.case,
        title: text('Stored XSS'),
        description: text('Stored cross-site scripting in the admin panel'),
        cwe: 'CWE-79',
        cvss31: null,
        cvss40: null,
        cve: { id: null, state: 'none' },
        affected: [
          { vendor: 'Vendor A', product: 'Example CMS', versions: '3.2.1', contactId: IDS.vendorA },
          { vendor: 'Vendor B', product: 'B Plugin', versions: '1.0', contactId: IDS.vendorB },
        ],
        remediation: text('Update'),
        workaround: text('None'),
      },
    ],
  };
  const parsed = parseCaseDocument(doc);
  // A sample that does not satisfy the model is a bug in this file, not a test outcome.
  if (!parsed.ok)
    throw new Error(`sample case: ${parsed.error.message} ${parsed.error.issues.join('; ')}`);
  return parsed.value;
}

export async function sampleCase(tlp: CaseDocument['case']['tlp'] = 'AMBER'): Promise<BundleCase> {
  const data = new TextEncoder().encode('PoC: open /admin/page?x=<script>alert(1)</script>\n');
  return {
    document: sampleDocument(tlp),
    attachments: [
      {
        meta: {
          schemaVersion: 1,
          id: IDS.attachment,
          caseId: IDS.case,
          name: 'poc.txt',
          mediaType: 'text/plain',
          size: data.length,
          sha256: await sha256Hex(data),
        },
        data,
      },
    ],
  } as BundleCase;
}
