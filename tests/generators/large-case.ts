import {
  CASE_EVENT_SCHEMA_VERSION,
  CONTACT_SCHEMA_VERSION,
  MESSAGE_SCHEMA_VERSION,
  type Case,
  type CaseEvent,
  type CaseId,
  type Contact,
  type ContactId,
  type EventId,
  type Involvement,
  type InvolvementId,
  type MessageId,
  type MessageRecord,
  type ReportId,
} from '../../shared/model';
import { emptyProjection, type CaseProjection } from '../../shared/workflow/projection';
import { applyEvent } from '../../shared/workflow/reducer';

/**
 * One big multi-vendor case (issue 13, item 6): by default 150 vendors, 500 messages across
 * their threads, 40 products and a timeline of 2,000 events — a shared-library flaw. Every
 * event is folded by the real reducer while generating, so a refused event is a generator
 * bug, and the records are exactly what the app would hold. Deterministic (no randomness).
 */
export type LargeCaseOptions = {
  vendors?: number;
  messages?: number;
  products?: number;
  events?: number;
  /** Every n-th vendor's last reply is left unread. */
  unreadEvery?: number;
};

export type LargeCase = {
  kase: Case;
  events: CaseEvent[];
  involvements: Involvement[];
  contacts: Contact[];
  messages: MessageRecord[];
};

const DAY = 86_400_000;
const MINUTE = 60_000;
const id = (kind: number, n: number): string =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const generateLargeCase = (options: LargeCaseOptions = {}): LargeCase => {
  const vendors = options.vendors ?? 150;
  const messageCount = options.messages ?? 500;
  const productCount = Math.min(options.products ?? 40, vendors);
  const eventTarget = options.events ?? 2000;
  const unreadEvery = options.unreadEvery ?? 5;
  // Case-specific ids carry the vendor count, so a big case and a small baseline can share one
  // vault (and its contacts registry) without colliding.
  const sid = (kind: number, k: number) => id(kind * 0x10000 + vendors, k);
  const caseId = sid(1, 1) as CaseId;
  const contacts: Contact[] = Array.from({ length: vendors }, (_, i) => ({
    schemaVersion: CONTACT_SCHEMA_VERSION,
    id: id(2, i + 1) as ContactId,
    name: { ja: `ベンダー${i + 1}株式会社`, en: `Vendor ${String(i + 1).padStart(3, '0')} Ltd.` },
    kind: 'developer',
    people: [],
    addresses: [{ kind: 'email', value: `psirt@vendor${i + 1}.example`, label: 'PSIRT' }],
    pgpFingerprints: [],
    publicListingConsent: true,
    acceptsDirectReports: false,
    reachability: [],
    products: [],
  }));
  const involvementIds = contacts.map((_, i) => sid(3, i + 1) as InvolvementId);
  const productOf = (i: number): string | null => (i < productCount ? `libfoo-${i + 1}` : null);

  let clock = Date.UTC(2026, 2, 2, 0, 30);
  let n = 0;
  const events: CaseEvent[] = [];
  const push = (cmd: Pick<CaseEvent, 'type' | 'payload'>, stepMs = MINUTE): string => {
    clock += stepMs;
    n += 1;
    events.push({
      schemaVersion: CASE_EVENT_SCHEMA_VERSION,
      id: sid(4, n) as EventId,
      caseId,
      at: new Date(clock).toISOString(),
      actor: 'generator',
      ...cmd,
    } as CaseEvent);
    return new Date(clock).toISOString();
  };
  push({
    type: 'case.created',
    payload: {
      ref: `AL-2026-${String(vendors).padStart(4, '0')}`,
      title: `Heap overflow in libfoo shared by ${vendors} vendors`,
      kind: 'software',
      tlp: 'AMBER',
      policyProfile: 'jpcert-cc',
      reportId: null,
    },
  });
  push({
    type: 'report.received',
    payload: { reportId: sid(5, 1) as ReportId, receivedAt: new Date(clock).toISOString() },
  });
  push({
    type: 'triage.decided',
    payload: {
      decision: 'accept',
      reasons: [],
      priority: { level: 'high', reasons: ['high-impact'] },
      note: '',
    },
  });
  contacts.forEach((c, i) =>
    push({
      type: 'involvement.added',
      payload: {
        involvementId: involvementIds[i] as InvolvementId,
        contactId: c.id,
        role: 'developer',
      },
    }),
  );
  contacts.forEach((_, i) => {
    const product = productOf(i);
    if (product === null) return;
    push({
      type: 'involvement.changed',
      payload: {
        involvementId: involvementIds[i] as InvolvementId,
        products: [
          { product, versions: '< 2.4.1', status: 'under_investigation', justification: null },
        ],
      },
    });
  });

  // Messages: vendor by vendor, out / in alternating, so each reply follows a contact.
  const perVendor = Math.floor(messageCount / vendors);
  const extra = messageCount - perVendor * vendors;
  const plan: { vendor: number; k: number; last: boolean }[] = [];
  for (let k = 0; k < perVendor + 1; k += 1) {
    for (let v = 0; v < vendors; v += 1) {
      const count = perVendor + (v < extra ? 1 : 0);
      if (k < count) plan.push({ vendor: v, k, last: k === count - 1 });
    }
  }
  const notesNeeded = Math.max(0, eventTarget - events.length - plan.length - 2);
  const noteEvery =
    plan.length === 0 ? 1 : Math.max(1, Math.floor(plan.length / (notesNeeded + 1)));
  let notes = 0;
  const messages: MessageRecord[] = [];
  plan.forEach(({ vendor, k, last }, index) => {
    const direction = k % 2 === 0 ? 'out' : 'in';
    const messageId = sid(6, index + 1) as MessageId;
    const involvementId = involvementIds[vendor] as InvolvementId;
    const at =
      direction === 'out'
        ? push({
            type: 'message.sent',
            payload: {
              messageId,
              to: 'vendor',
              involvementId,
              purpose: k === 0 ? 'vendor-first-contact' : 'other',
            },
          })
        : push({ type: 'message.received', payload: { messageId, from: 'vendor', involvementId } });
    const unread = direction === 'in' && last && vendor % unreadEvery === 0;
    const contact = contacts[vendor] as Contact;
    messages.push({
      schemaVersion: MESSAGE_SCHEMA_VERSION,
      id: messageId,
      direction,
      caseId,
      counterpartContactId: contact.id,
      subject: `[AL-2026] ${direction === 'out' ? 'Vulnerability report' : 'Re: Vulnerability report'} (${k + 1})`,
      body: `${contact.name.en}: message ${k + 1} about libfoo.\nVersions below 2.4.1 are affected.`,
      attachments: [],
      fileName: `msg-${index + 1}.asc`,
      format: direction === 'out' ? 'asc' : 'armored-message',
      at,
      pgp: { encrypted: true, encryptedTo: [], signatures: [] },
      readAt: unread ? null : at,
      threadProduct: k >= 2 ? productOf(vendor) : null,
    });
    // Notes spread through the timeline, the rest at the end.
    if (notes < notesNeeded && (index + 1) % noteEvery === 0) {
      notes += 1;
      push({ type: 'note.added', payload: { text: `Coordination note ${notes}`, internal: true } });
    }
  });
  while (notes < notesNeeded) {
    notes += 1;
    push({ type: 'note.added', payload: { text: `Coordination note ${notes}`, internal: true } });
  }
  const publication = new Date(clock + 30 * DAY);
  publication.setUTCHours(1, 0, 0, 0); // 10:00 JST
  const date = publication.toISOString();
  push({
    type: 'embargo.proposed',
    payload: { date, zone: 'Asia/Tokyo', proposedBy: 'coordinator' },
  });
  push({ type: 'embargo.agreed', payload: { date, zone: 'Asia/Tokyo' } });

  let p: CaseProjection = emptyProjection();
  for (const e of events) {
    const next = applyEvent(p, e);
    if (!next.ok) throw new Error(`generator bug: ${e.type} refused: ${next.error.message}`);
    p = next.value;
  }
  if (p.case === null) throw new Error('generator bug: no case');
  const involvements: Involvement[] = p.involvements.map((view) => {
    const { statusSince, ...record } = view;
    void statusSince; // projection-only
    return record;
  });
  return { kase: p.case, events, involvements, contacts, messages };
};
