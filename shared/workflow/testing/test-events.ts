import type {
  CaseEvent,
  CaseEventPayload,
  CaseEventType,
  CaseId,
  ContactId,
  EventId,
  InvolvementId,
  IsoInstant,
  Priority,
} from '../../model';
import { CASE_EVENT_SCHEMA_VERSION } from '../../model';
import type { Deadline } from '../deadlines';
import type { CaseProjection } from '../projection';
import { foldEvents } from '../timeline';

/**
 * Deterministic event builders for the workflow tests (fixed ids so failures are
 * reproducible and fast-check can shrink).
 */
export const TEST_CASE_ID = '7d3e1f0a-2b4c-4d5e-8f60-718293a4b5c6' as CaseId;

export const testUuid = (n: number): string =>
  `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const involvementIds = [testUuid(0xa1), testUuid(0xa2), testUuid(0xa3)] as InvolvementId[];
export const contactIds = [testUuid(0xc1), testUuid(0xc2), testUuid(0xc3)] as ContactId[];

export type EventSpec = {
  [T in CaseEventType]: { type: T; payload: CaseEventPayload<T>; at: IsoInstant; id?: EventId };
}[CaseEventType];

/** A timeline builder: `ev(spec)` numbers events from `firstNumber` unless an id is given. */
export const timeline = (caseId: CaseId = TEST_CASE_ID, firstNumber = 1) => {
  let n = firstNumber - 1;
  return (spec: EventSpec): CaseEvent => {
    n += 1;
    const { id, ...rest } = spec;
    return {
      schemaVersion: CASE_EVENT_SCHEMA_VERSION,
      id: id ?? (testUuid(n) as EventId),
      caseId,
      actor: 'analyst',
      ...rest,
    };
  };
};

export const created = (at: IsoInstant, kind: 'software' | 'website' = 'software'): EventSpec => ({
  type: 'case.created',
  at,
  payload: {
    ref: 'AL-2026-0042',
    title: 'Test case',
    kind,
    tlp: 'AMBER',
    policyProfile: 'jpcert-cc',
    reportId: null,
  },
});

export const normalPriority: Priority = { level: 'normal', reasons: [] };

/** A software case: received, accepted, one developer contacted on 2026-04-28 09:30 JST. */
export const acceptedSoftwareCase = (): CaseEvent[] => {
  const ev = timeline();
  const [inv1] = involvementIds as [InvolvementId];
  const [c1] = contactIds as [ContactId];
  return [
    ev(created('2026-04-20T00:00:00.000Z')),
    ev({
      type: 'report.received',
      at: '2026-04-20T00:00:01.000Z',
      payload: { reportId: testUuid(1) as never, receivedAt: '2026-04-17T09:00:00.000Z' },
    }),
    ev({
      type: 'triage.decided',
      at: '2026-04-21T00:00:00.000Z',
      payload: {
        decision: 'accept',
        reasons: ['meets-criteria'],
        priority: normalPriority,
        note: '',
      },
    }),
    ev({
      type: 'involvement.added',
      at: '2026-04-21T00:00:01.000Z',
      payload: { involvementId: inv1, contactId: c1, role: 'developer' },
    }),
    ev({
      type: 'vendor.contact-attempted',
      at: '2026-04-28T00:30:00.000Z',
      payload: { involvementId: inv1, channel: 'email' },
    }),
  ];
};

/** A case received at `received`, accepted, and the developer first contacted at `contact`. */
export const acceptedCaseEvents = (
  received: string,
  contact: string | null,
  kind: 'software' | 'website' = 'software',
  extra: EventSpec[] = [],
): CaseEvent[] => {
  const ev = timeline();
  const [inv] = involvementIds as [InvolvementId];
  const t = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
  return [
    ev(created(received, kind)),
    ev({
      type: 'report.received',
      at: t(received, 1),
      payload: { reportId: testUuid(1) as never, receivedAt: received },
    }),
    ev({
      type: 'triage.decided',
      at: t(received, 2),
      payload: {
        decision: 'accept',
        reasons: ['meets-criteria'],
        priority: normalPriority,
        note: '',
      },
    }),
    ev({
      type: 'involvement.added',
      at: t(received, 3),
      payload: {
        involvementId: inv,
        contactId: contactIds[0] as never,
        role: kind === 'website' ? 'site-operator' : 'developer',
      },
    }),
    ...(contact
      ? [
          ev({
            type: 'vendor.contact-attempted',
            at: contact,
            payload: { involvementId: inv, channel: 'email' },
          }),
        ]
      : []),
    ...extra.map((s) => ev(s)),
  ];
};

/** The deadline of a rule, or a test failure naming it. */
export const findDeadline = (ds: Deadline[], id: string) => {
  const d = ds.find((x) => x.ruleId === id);
  if (!d) throw new Error(`no deadline ${id}`);
  return d;
};

/**
 * A test's expectation of what a timeline folds to (`foldEvents`, duplicates and all). For
 * tests only: feature code reads the case view (shared/workflow/case-view.ts) and may not
 * fold events itself (eslint.config.js, `caseViewRule`).
 */
export const projectionOfEvents = (events: readonly CaseEvent[]): CaseProjection =>
  foldEvents(events);
