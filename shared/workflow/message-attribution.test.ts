import { describe, expect, it } from 'vitest';
import type { CaseEvent, ContactId, InvolvementId, MessageId, MessageRecord } from '../model';
import type { KeyRecordId } from '../model/key';
import { planAppend } from './append';
import {
  attributeMessage,
  attributionEvent,
  counterpartByKeys,
  planAttribution,
  type AttributableMessage,
  type AttributionKey,
} from './message-attribution';
import {
  acceptedSoftwareCase,
  contactIds,
  involvementIds,
  TEST_CASE_ID,
  testUuid,
} from './testing/test-events';
import { foldEvents } from './timeline';

const fpr = (c: string) => c.repeat(40);
const VENDOR = contactIds[0] as ContactId;
const OTHER = contactIds[1] as ContactId;
const INV = involvementIds[0] as InvolvementId;
const key = (
  primary: string,
  owner?: ContactId,
  kind: 'public' | 'secret' = 'public',
): AttributionKey & { id: KeyRecordId } => ({
  id: testUuid(primary.charCodeAt(0)) as KeyRecordId,
  kind,
  fingerprint: fpr(primary),
  subkeys: [],
  ...(owner === undefined ? {} : { ownerContactId: owner }),
});
const vendorKey = key('A', VENDOR);
/** A case accepted, the vendor added (2026-04-21) and never contacted. */
const notContacted = (): CaseEvent[] => acceptedSoftwareCase().slice(0, 4);

const message = (
  n: number,
  direction: 'in' | 'out',
  at: string,
  pgp: Partial<MessageRecord['pgp']> = {},
): AttributableMessage => ({
  id: testUuid(0x500 + n) as MessageId,
  caseId: TEST_CASE_ID,
  direction,
  at,
  pgp: { encrypted: true, encryptedTo: [], signatures: [], ...pgp },
});
const signedIn = (n: number, at: string, status: 'valid' | 'unknown-key' = 'valid') =>
  message(n, 'in', at, {
    signatures: [{ status, fingerprint: fpr('A'), fingerprintSource: 'primary-key', signedAt: at }],
  });
const sealedOut = (n: number, at: string, to: string[] = [fpr('A'), fpr('F')]) =>
  message(n, 'out', at, { encryptedTo: to, signedBy: fpr('F') });

const involvements = [{ id: INV, caseId: TEST_CASE_ID, contactId: VENDOR }];
const statusAfter = (history: CaseEvent[], events: readonly CaseEvent[]) =>
  foldEvents([...history, ...events]).involvements.find((i) => i.id === INV);

describe('which vendor a stored message is with, by the keyring', () => {
  it('a reply: its verified signer’s contact; an unverified one: nobody', () => {
    expect(counterpartByKeys(signedIn(1, '2026-05-01T00:00:00.000Z'), [vendorKey])).toBe(VENDOR);
    expect(
      counterpartByKeys(signedIn(1, '2026-05-01T00:00:00.000Z', 'unknown-key'), [vendorKey]),
    ).toBeNull();
    expect(counterpartByKeys(signedIn(1, '2026-05-01T00:00:00.000Z'), [key('A')])).toBeNull();
  });

  it('one of ours: the one contact owning the vendor keys it was sealed to', () => {
    const own = key('F', undefined, 'secret');
    expect(counterpartByKeys(sealedOut(1, '2026-05-01T00:00:00.000Z'), [vendorKey, own])).toBe(
      VENDOR,
    );
    const two = sealedOut(2, '2026-05-01T00:00:00.000Z', [fpr('A'), fpr('B')]);
    expect(counterpartByKeys(two, [vendorKey, key('B', OTHER)])).toBeNull();
    expect(counterpartByKeys(sealedOut(3, '2026-05-01T00:00:00.000Z'), [key('A')])).toBeNull();
  });
});

describe('tying a message to its vendor records it on the involvement', () => {
  it('a sealed message becomes the contact attempt at the time it was sealed', () => {
    const history = notContacted();
    const sealedAt = '2026-04-25T03:00:00.000Z';
    const r = attributeMessage(sealedOut(1, sealedAt), VENDOR, {
      involvements,
      history,
      actor: 'analyst',
      keys: [vendorKey],
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.message.counterpartContactId).toBe(VENDOR);
    const events = r.value.append?.events ?? [];
    expect(events.map((e) => [e.type, e.at])).toEqual([['vendor.contact-attempted', sealedAt]]);
    const inv = statusAfter(history, events);
    expect(inv?.status).toBe('contacted');
    expect(inv?.firstContactAttempt).toBe(sealedAt);
    expect(foldEvents([...history, ...events]).case?.dates.firstVendorContactAttempt).toBe(
      sealedAt,
    );
  });

  it('a verified reply becomes the vendor’s reply, naming the message', () => {
    const history = notContacted();
    const m = signedIn(1, '2026-05-01T00:00:00.000Z');
    const r = attributeMessage(m, VENDOR, {
      involvements,
      history,
      actor: 'analyst',
      keys: [vendorKey],
    });
    if (!r.ok) throw new Error(r.error.message);
    const [event] = r.value.append?.events ?? [];
    expect(event).toMatchObject({
      type: 'vendor.replied',
      payload: { involvementId: INV, messageId: m.id },
    });
    expect(statusAfter(history, [event as CaseEvent])?.status).toBe('acknowledged');
  });

  it('a message older than the vendor’s place in the case counts from just after it was added', () => {
    const history = notContacted();
    const added = history[3]?.at ?? '';
    const event = attributionEvent(
      sealedOut(1, '2026-04-01T00:00:00.000Z'),
      INV,
      history,
      'analyst',
    );
    expect(Date.parse(event.at)).toBe(Date.parse(added) + 1);
    expect(planAppend(history, { caseId: TEST_CASE_ID, events: [event] }).ok).toBe(true);
  });

  it('only ties the message when its vendor is not involved in the case', () => {
    const r = attributeMessage(signedIn(1, '2026-05-01T00:00:00.000Z'), OTHER, {
      involvements,
      history: notContacted(),
      actor: 'analyst',
      keys: [key('A', OTHER)],
    });
    expect(r.ok && r.value.append).toBeNull();
    expect(r.ok && r.value.message.counterpartContactId).toBe(OTHER);
  });

  it('refuses a message already with a vendor, and the engine’s refusal with its reason', () => {
    const tied = { ...signedIn(1, '2026-05-01T00:00:00.000Z'), counterpartContactId: VENDOR };
    const again = attributeMessage(tied, OTHER, {
      involvements,
      history: notContacted(),
      actor: 'a',
      keys: [vendorKey],
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'message-already-attributed' } });
    // Not accepted yet: a vendor cannot be contacted before the report is.
    const unaccepted = notContacted().filter((e) => e.type !== 'triage.decided');
    const refused = attributeMessage(sealedOut(2, '2026-05-01T00:00:00.000Z'), VENDOR, {
      involvements,
      history: unaccepted,
      actor: 'a',
      keys: [vendorKey],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'report-not-accepted' } });
  });
});

describe('planAttribution: every stored message the keyring now ties to a vendor', () => {
  it('ties each, records each on the timeline in order, and skips the rest', () => {
    const history = notContacted();
    const messages = [
      sealedOut(1, '2026-04-25T00:00:00.000Z'),
      signedIn(2, '2026-05-01T00:00:00.000Z'),
      signedIn(3, '2026-05-02T00:00:00.000Z', 'unknown-key'),
      { ...signedIn(4, '2026-05-03T00:00:00.000Z'), counterpartContactId: OTHER },
    ];
    const plan = planAttribution(messages, [vendorKey], {
      involvements,
      historyOf: () => history,
      actor: 'analyst',
    });
    expect(plan.messages.map((m) => m.id)).toEqual([messages[0]?.id, messages[1]?.id]);
    expect(plan.appends).toHaveLength(1);
    const events = plan.appends[0]?.events ?? [];
    expect(events.map((e) => e.type)).toEqual(['vendor.contact-attempted', 'vendor.replied']);
    expect(planAppend(history, plan.appends[0] ?? { caseId: '' }).ok).toBe(true);
    expect(statusAfter(history, events)?.status).toBe('acknowledged');
    expect(plan.statusRefused).toEqual([]);
  });

  it('ties a message whose status the engine refuses, and says so', () => {
    const unaccepted = notContacted().filter((e) => e.type !== 'triage.decided');
    const m = sealedOut(1, '2026-05-01T00:00:00.000Z');
    const plan = planAttribution([m], [vendorKey], {
      involvements,
      historyOf: () => unaccepted,
      actor: 'analyst',
    });
    expect(plan.messages).toEqual([{ ...m, counterpartContactId: VENDOR }]);
    expect(plan.appends).toEqual([]);
    expect(plan.statusRefused).toMatchObject([{ messageId: m.id, code: 'report-not-accepted' }]);
  });
});
