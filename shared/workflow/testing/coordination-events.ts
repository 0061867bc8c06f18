// Fixtures for the hand-over and co-coordination tests (issue 27 item 4): three
// organisations' keys and the events one records about the others.
import {
  CASE_EVENT_SCHEMA_VERSION,
  type BundleId,
  type CaseEvent,
  type EventId,
  type InvolvementId,
} from '../../model';
import { acceptedSoftwareCase, involvementIds, TEST_CASE_ID, testUuid } from './test-events';

export const ORG_A = 'A'.repeat(40);
export const ORG_B = 'B'.repeat(40);
export const ORG_C = 'C'.repeat(40);
export const [VENDOR] = involvementIds as [InvolvementId];

let serial = 0x5000;
const event = (at: string, rest: Pick<CaseEvent, 'type' | 'payload'>): CaseEvent => {
  serial += 1;
  return {
    schemaVersion: CASE_EVENT_SCHEMA_VERSION,
    id: testUuid(serial) as EventId,
    caseId: TEST_CASE_ID,
    actor: 'analyst',
    at,
    ...rest,
  } as CaseEvent;
};

export const transferred = (at: string, from: string, to: string): CaseEvent =>
  event(at, {
    type: 'coordination.transferred',
    payload: { from, to, toName: `Org ${to[0] ?? ''}`, note: 'hand-over' },
  });

export const coCoordinatorAdded = (at: string, from: string, fingerprint: string): CaseEvent =>
  event(at, {
    type: 'coordination.co-coordinator-added',
    payload: { from, fingerprint, name: `Org ${fingerprint[0] ?? ''}`, note: '' },
  });

export const accepted = (
  at: string,
  from: string,
  fingerprint: string,
  role: 'owner' | 'co-coordinator' = 'owner',
): CaseEvent =>
  event(at, {
    type: 'coordination.accepted',
    payload: { from, fingerprint, role, bundleId: testUuid(0xb1) as BundleId },
  });

/** `recipient`'s record that a bundle from `sender` added `events`. */
export const imported = (
  at: string,
  sender: string,
  events: readonly CaseEvent[],
  recipient?: string,
): CaseEvent =>
  event(at, {
    type: 'bundle.imported',
    payload: {
      bundleId: testUuid(serial + 0x100) as BundleId,
      sender,
      events: events.map((e) => e.id),
      ...(recipient === undefined ? {} : { recipient }),
    },
  });

const sent = (at: string, to: 'vendor' | 'finder'): CaseEvent =>
  event(at, {
    type: 'message.sent',
    payload: {
      messageId: testUuid(serial + 0x200) as never,
      to,
      involvementId: to === 'vendor' ? VENDOR : null,
      purpose: to === 'vendor' ? 'vendor-first-contact' : 'finder-acknowledgement',
    },
  });

export const vendorMessage = (at: string): CaseEvent => sent(at, 'vendor');
export const finderMessage = (at: string): CaseEvent => sent(at, 'finder');

export const embargoProposed = (at: string, date: string): CaseEvent =>
  event(at, {
    type: 'embargo.proposed',
    payload: { date, zone: 'Asia/Tokyo', proposedBy: 'coordinator' },
  });

export const embargoAgreed = (at: string, date = '2026-08-01T00:00:00.000Z'): CaseEvent =>
  event(at, { type: 'embargo.agreed', payload: { date, zone: 'Asia/Tokyo' } });

export const embargoTerminated = (at: string): CaseEvent =>
  event(at, { type: 'embargo.terminated', payload: { reason: 'fix released early' } });

export const noteAdded = (at: string): CaseEvent =>
  event(at, { type: 'note.added', payload: { text: 'still here', internal: true } });

/** The accepted case as organisation A recorded it (ids fixed, times in April 2026). */
export const caseOfA = (): CaseEvent[] => acceptedSoftwareCase();

export { TEST_CASE_ID };
