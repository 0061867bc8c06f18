import { describe, expect, it } from 'vitest';
import type { CaseEvent, ContactId, InvolvementId, MessageId, MessageRecord } from '../model';
import { planAppend } from './append';
import { attributeMessage, type AttributionKey } from './message-attribution';
import { assignmentTrust } from './message-assignment';
import {
  acceptedSoftwareCase,
  contactIds,
  involvementIds,
  TEST_CASE_ID,
  testUuid,
} from './testing/test-events';
import { foldEvents } from './timeline';

const VENDOR = contactIds[0] as ContactId;
const OTHER = contactIds[1] as ContactId;
const INV = involvementIds[0] as InvolvementId;
const fpr = (c: string) => c.repeat(40);
const key = (c: string, owner?: ContactId): AttributionKey => ({
  kind: 'public',
  fingerprint: fpr(c),
  subkeys: [],
  ...(owner === undefined ? {} : { ownerContactId: owner }),
});
const AT = '2026-05-01T00:00:00.000Z';
const NOW = '2026-05-02T09:00:00.000Z';
const received = (status?: 'valid' | 'unknown-key', signer = 'A') => ({
  id: testUuid(0x601) as MessageId,
  caseId: TEST_CASE_ID,
  direction: 'in' as const,
  at: AT,
  pgp: {
    encrypted: true,
    encryptedTo: [],
    signatures:
      status === undefined
        ? []
        : [
            {
              status,
              fingerprint: fpr(signer),
              fingerprintSource: 'primary-key' as const,
              signedAt: AT,
            },
          ],
  } satisfies MessageRecord['pgp'],
});
const keyring = [key('A', VENDOR), key('B', OTHER), key('C')];
const history = (): CaseEvent[] => acceptedSoftwareCase().slice(0, 4);
const involvements = [{ id: INV, caseId: TEST_CASE_ID, contactId: VENDOR }];
const assign = (
  m: ReturnType<typeof received>,
  confirmation?: { checked: string; otherSigner?: boolean },
) =>
  attributeMessage(m, VENDOR, {
    involvements,
    history: history(),
    actor: 'analyst',
    keys: keyring,
    ...(confirmation === undefined ? {} : { confirmation: { ...confirmation, now: NOW } }),
  });

describe('whether a received message is the vendor’s by its signature', () => {
  it('verified only when validly signed by a key linked to that vendor', () => {
    expect(assignmentTrust(received('valid'), VENDOR, keyring)).toEqual({ kind: 'verified' });
    expect(assignmentTrust(received(), VENDOR, keyring)).toEqual({ kind: 'unverified' });
    expect(assignmentTrust(received('unknown-key'), VENDOR, keyring)).toEqual({
      kind: 'unverified',
    });
    // A valid signature by a key linked to nobody vouches for nobody.
    expect(assignmentTrust(received('valid', 'C'), VENDOR, keyring)).toEqual({
      kind: 'unverified',
    });
    expect(assignmentTrust(received('valid', 'B'), VENDOR, keyring)).toEqual({
      kind: 'other-signer',
      signerContactId: OTHER,
    });
  });
});

describe('assigning a message not verified as the vendor’s', () => {
  it('is refused without the analyst’s word on what they checked', () => {
    for (const m of [received(), received('unknown-key'), received('valid', 'C')]) {
      expect(assign(m)).toMatchObject({ ok: false, error: { code: 'assignment-unconfirmed' } });
      expect(assign(m, { checked: '   ok  ' })).toMatchObject({
        ok: false,
        error: { code: 'assignment-unconfirmed' },
      });
    }
  });

  it('with it, counts as the vendor’s reply at the message’s time, and the case notes why', () => {
    const r = assign(received('unknown-key'), { checked: 'Phoned Old Vendor’s PSIRT' });
    if (!r.ok) throw new Error(r.error.message);
    const events = r.value.append?.events ?? [];
    expect(events.map((e) => [e.type, e.at])).toEqual([
      ['vendor.replied', AT],
      ['note.added', NOW],
    ]);
    const note = events[1];
    expect(note?.type === 'note.added' && note.payload.internal).toBe(true);
    expect(note?.type === 'note.added' && note.payload.text).toContain('Phoned Old Vendor’s PSIRT');
    const planned = planAppend(history(), r.value.append ?? { caseId: '' });
    expect(planned.ok).toBe(true);
    const inv = foldEvents([...history(), ...events]).involvements.find((i) => i.id === INV);
    expect(inv).toMatchObject({ status: 'acknowledged', lastReply: AT });
  });

  it('signed by another contact’s key: refused until the analyst says so', () => {
    const m = received('valid', 'B');
    const checked = 'Vendor said its PSIRT signs for the OEM';
    expect(assign(m, { checked })).toMatchObject({
      ok: false,
      error: { code: 'assignment-other-signer' },
    });
    const r = assign(m, { checked, otherSigner: true });
    expect(r.ok && r.value.append?.events?.map((e) => e.type)).toEqual([
      'vendor.replied',
      'note.added',
    ]);
  });

  it('a message signed by the vendor’s own key needs no word and adds no note', () => {
    const r = assign(received('valid'));
    expect(r.ok && r.value.append?.events?.map((e) => e.type)).toEqual(['vendor.replied']);
  });
});
