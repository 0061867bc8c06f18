import {
  CASE_EVENT_SCHEMA_VERSION,
  CONTACT_SCHEMA_VERSION,
  type Case,
  type CaseEvent,
  type CaseId,
  type Contact,
  type ContactId,
  type EmbargoState,
  type EventId,
  type Involvement,
  type InvolvementId,
  type Priority,
  type ReportId,
  type ReportState,
  type Tlp,
} from '../../shared/model';
import { emptyProjection, type CaseProjection } from '../../shared/workflow/projection';
import { applyEvent } from '../../shared/workflow/reducer';

/**
 * Deterministic case corpus for the 10k-case e2e test and the bench. Every case is a real
 * event timeline folded by the workflow reducer, so the records are exactly what the app
 * would hold; the counts are tallied here from the folded records, independently of any
 * filter code, so a test can compare what the UI shows with what was generated.
 */
export type GeneratedCorpus = {
  cases: Case[];
  events: CaseEvent[];
  involvements: Involvement[];
  contacts: Contact[];
  counts: CorpusCounts;
};

export type CorpusCounts = {
  total: number;
  byReportState: Partial<Record<ReportState, number>>;
  byEmbargoState: Partial<Record<EmbargoState, number>>;
  byTlp: Partial<Record<Tlp, number>>;
  byPriority: { high: number; normal: number };
  /** Cases in which the contact (by id) is involved. */
  byVendor: Record<string, number>;
  /** Cases whose title contains the product name (the search terms of the e2e test). */
  byProduct: Record<string, number>;
  /** Cases matching report state AND TLP AND priority, keyed `state|tlp|priority`. */
  byStateTlpPriority: Record<string, number>;
};

export type GenerateOptions = { seed?: number; count?: number; vendors?: number; year?: number };

/** mulberry32: small, fast, and the same sequence on every engine. */
const rng = (seed: number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

type Rand = ReturnType<typeof rng>;

const hex = (r: Rand, n: number): string =>
  Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');

/** A UUIDv4-shaped id drawn from the seeded generator (the schemas check the shape). */
const uuid = (r: Rand): string =>
  `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${'89ab'[Math.floor(r() * 4)] ?? '8'}${hex(r, 3)}-${hex(r, 12)}`;

const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

export const PRODUCTS = [
  'Acme CMS',
  'Borealis Router',
  'Cobalt Mail',
  'Delta PLC',
  'Ember Wiki',
  'Falcon VPN',
  'Granite ERP',
  'Harbor NAS',
  'Indigo Camera',
  'Juniper Forum',
  'Kestrel Shop',
  'Lumen Blog',
  'Maple HR',
  'Nimbus Backup',
  'Onyx Printer',
  'Pebble Chat',
  'Quartz SCADA',
  'Raven DNS',
  'Sable Gateway',
  'Tundra LMS',
] as const;

const WEAKNESSES = [
  { en: 'Stored cross-site scripting', ja: '格納型クロスサイトスクリプティング' },
  { en: 'SQL injection', ja: 'SQLインジェクション' },
  { en: 'OS command injection', ja: 'OSコマンドインジェクション' },
  { en: 'Path traversal', ja: 'パストラバーサル' },
  { en: 'Missing authentication', ja: '認証の欠如' },
  { en: 'Hard-coded credentials', ja: 'ハードコードされた認証情報' },
] as const;

const TLPS: readonly Tlp[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];
const DAY = 86_400_000;

const makeContacts = (r: Rand, n: number): Contact[] =>
  Array.from({ length: n }, (_, i) => ({
    schemaVersion: CONTACT_SCHEMA_VERSION,
    id: uuid(r) as ContactId,
    name: { ja: `ベンダー${i + 1}株式会社`, en: `Vendor ${i + 1} Ltd.` },
    kind: i % 10 === 9 ? 'site-operator' : 'developer',
    people: [],
    addresses: [{ kind: 'email', value: `psirt@vendor${i + 1}.example`, label: 'PSIRT' }],
    pgpFingerprints: [],
    publicListingConsent: i % 2 === 0,
    acceptsDirectReports: false,
    reachability: [],
    products: [],
  }));

/** The timeline of one case: how far it got is drawn at random, every step is legal. */
const caseEvents = (r: Rand, index: number, contacts: Contact[], year: number): CaseEvent[] => {
  const caseId = uuid(r) as CaseId;
  const start = Date.UTC(year, 0, 1) + Math.floor(r() * 320 * DAY);
  let clock = start;
  const events: CaseEvent[] = [];
  const push = (cmd: Pick<CaseEvent, 'type' | 'payload'>, stepDays: number): void => {
    clock += Math.floor(stepDays * DAY * (0.5 + r())) + 60_000;
    events.push({
      schemaVersion: CASE_EVENT_SCHEMA_VERSION,
      id: uuid(r) as EventId,
      caseId,
      at: new Date(clock).toISOString(),
      actor: 'generator',
      ...cmd,
    } as CaseEvent);
  };
  const product = pick(r, PRODUCTS);
  const weakness = pick(r, WEAKNESSES);
  const title =
    r() < 0.5 ? `${weakness.en} in ${product}` : `${product} における${weakness.ja}の脆弱性`;
  const ref = `AL-${year}-${String(index + 1).padStart(5, '0')}`;
  const kind = r() < 0.8 ? 'software' : 'website';
  push(
    {
      type: 'case.created',
      payload: { ref, title, kind, tlp: pick(r, TLPS), policyProfile: 'jpcert-cc', reportId: null },
    },
    0,
  );
  push(
    {
      type: 'report.received',
      payload: { reportId: uuid(r) as ReportId, receivedAt: new Date(clock).toISOString() },
    },
    0,
  );
  const fate = r();
  if (fate < 0.15) return events; // still waiting for triage
  const high = r() < 0.25;
  const priority: Priority = high
    ? { level: 'high', reasons: ['high-impact'] }
    : { level: 'normal', reasons: [] };
  const decision = fate < 0.25 ? 'decline' : fate < 0.33 ? 'defer' : 'accept';
  push(
    {
      type: 'triage.decided',
      payload: {
        decision,
        reasons: [],
        priority,
        note: '',
      },
    },
    2,
  );
  if (decision !== 'accept') return events;
  const vendorCount = 1 + Math.floor(r() * 3);
  const chosen = new Set<Contact>();
  while (chosen.size < vendorCount) chosen.add(pick(r, contacts));
  const involvementIds: InvolvementId[] = [];
  for (const contact of chosen) {
    const involvementId = uuid(r) as InvolvementId;
    involvementIds.push(involvementId);
    push(
      {
        type: 'involvement.added',
        payload: {
          involvementId,
          contactId: contact.id,
          role: contact.kind === 'site-operator' ? 'site-operator' : 'developer',
        },
      },
      0.2,
    );
  }
  if (r() < 0.1) return events; // accepted, nobody contacted yet
  for (const involvementId of involvementIds) {
    push({ type: 'vendor.contact-attempted', payload: { involvementId, channel: 'email' } }, 1);
  }
  for (const involvementId of involvementIds) {
    if (r() < 0.6) push({ type: 'vendor.replied', payload: { involvementId, messageId: null } }, 5);
  }
  const embargo = r();
  if (embargo < 0.35) return events;
  const date = new Date(clock + 45 * DAY).toISOString();
  push(
    { type: 'embargo.proposed', payload: { date, zone: 'Asia/Tokyo', proposedBy: 'coordinator' } },
    3,
  );
  if (embargo < 0.55) return events;
  push({ type: 'embargo.agreed', payload: { date, zone: 'Asia/Tokyo' } }, 3);
  if (embargo < 0.85) return events;
  // Published at or after the agreed instant (push adds at least 20 days + 1 minute): the
  // engine refuses a publication inside an active embargo.
  clock = Math.max(clock, Date.parse(date) - 20 * DAY);
  push(
    { type: 'published', payload: { advisoryId: `JVN#${String(10_000_000 + index)}`, url: '' } },
    40,
  );
  push({ type: 'case.closed', payload: { reason: 'resolved', note: '' } }, 3);
  return events;
};

/** The events are generated in order with unique ids, so they fold one by one (much faster
 *  than foldEvents' dedupe); a refused event is a generator bug. */
const fold = (events: readonly CaseEvent[]): CaseProjection => {
  let p = emptyProjection();
  for (const e of events) {
    const next = applyEvent(p, e);
    if (!next.ok) throw new Error(`generator bug: ${e.type} refused: ${next.error.message}`);
    p = next.value;
  }
  return p;
};

const bump = (counts: Record<string, number>, key: string): void => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export const generateCases = (options: GenerateOptions = {}): GeneratedCorpus => {
  const r = rng(options.seed ?? 42);
  const count = options.count ?? 10_000;
  const year = options.year ?? 2026;
  const contacts = makeContacts(r, options.vendors ?? 200);
  const corpus: GeneratedCorpus = {
    cases: [],
    events: [],
    involvements: [],
    contacts,
    counts: {
      total: count,
      byReportState: {},
      byEmbargoState: {},
      byTlp: {},
      byPriority: { high: 0, normal: 0 },
      byVendor: {},
      byProduct: {},
      byStateTlpPriority: {},
    },
  };
  const c = corpus.counts;
  for (let i = 0; i < count; i += 1) {
    const events = caseEvents(r, i, contacts, year);
    const projection = fold(events);
    const kase = projection.case;
    if (kase === null) throw new Error(`generator bug: case ${i} has no case`);
    corpus.cases.push(kase);
    corpus.events.push(...events);
    for (const view of projection.involvements) {
      const involvement: Involvement = {
        schemaVersion: view.schemaVersion,
        id: view.id,
        caseId: view.caseId,
        contactId: view.contactId,
        role: view.role,
        status: view.status,
        firstContactAttempt: view.firstContactAttempt,
        lastContactAttempt: view.lastContactAttempt,
        lastReply: view.lastReply,
        statement: view.statement,
        products: view.products,
        clearedForPublication: view.clearedForPublication,
        canReachAllUsers: view.canReachAllUsers,
        namePublishedAt: view.namePublishedAt,
        dispute: view.dispute,
      };
      corpus.involvements.push(involvement);
      bump(c.byVendor, involvement.contactId);
    }
    bump(c.byReportState, kase.states.report);
    bump(c.byEmbargoState, kase.states.embargo);
    bump(c.byTlp, kase.tlp);
    c.byPriority[kase.priority.level] += 1;
    bump(c.byStateTlpPriority, `${kase.states.report}|${kase.tlp}|${kase.priority.level}`);
    for (const product of PRODUCTS) if (kase.title.includes(product)) bump(c.byProduct, product);
  }
  return corpus;
};
