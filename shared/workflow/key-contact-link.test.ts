import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactId } from '../model';
import type { KeyRecordId } from '../model/key';
import {
  contactsForHandLink,
  fingerprintLinks,
  keyFingerprints,
  planKeyLinks,
  type LinkContact,
  type LinkKey,
} from './key-contact-link';
import { testUuid } from './testing/test-events';

const fpr = (c: string) => c.repeat(40);
const A = testUuid(0xc1) as ContactId;
const B = testUuid(0xc2) as ContactId;
const sub = (c: string) => ({
  fingerprint: fpr(c),
  algorithm: 'ecdh',
  createdAt: '2026-01-01T00:00:00.000Z',
  expiresAt: null,
  revoked: false,
});
const key = (n: number, primary: string, subkey: string, owner?: ContactId): LinkKey => ({
  id: testUuid(n) as KeyRecordId,
  kind: 'public',
  fingerprint: fpr(primary),
  subkeys: [sub(subkey)],
  ...(owner === undefined ? {} : { ownerContactId: owner }),
});
const contact = (id: ContactId, ...fingerprints: string[]): LinkContact => ({
  id,
  pgpFingerprints: fingerprints,
});

describe('a key whose fingerprint is on a contact belongs to that contact', () => {
  it('links an imported key by its primary fingerprint', () => {
    const k = key(1, 'A', 'B');
    const plan = planKeyLinks([k], [contact(A, fpr('A'))]);
    expect(plan.changes).toEqual([{ keyId: k.id, from: null, to: A }]);
    expect(plan.keys).toEqual([{ ...k, ownerContactId: A }]);
    expect(plan.ambiguous).toEqual([]);
  });

  it('links by a subkey fingerprint typed in lower case with spaces', () => {
    const k = key(1, 'A', 'B');
    const typed = fpr('b')
      .toLowerCase()
      .replace(/(.{4})/g, '$1 ');
    expect(planKeyLinks([k], [contact(A, typed)]).keys[0]?.ownerContactId).toBe(A);
    expect(keyFingerprints(k)).toEqual([fpr('A'), fpr('B')]);
  });

  it('leaves a key already linked as it is, and never links our own secret key', () => {
    const linked = key(1, 'A', 'B', A);
    const own: LinkKey = { ...key(2, 'C', 'D'), kind: 'secret' };
    const plan = planKeyLinks([linked, own], [contact(A, fpr('A')), contact(B, fpr('C'))]);
    expect(plan).toEqual({ keys: [], changes: [], ambiguous: [] });
  });

  it('reports a fingerprint on two contacts and links to neither', () => {
    const k = key(1, 'A', 'B', A);
    const plan = planKeyLinks([k], [contact(A, fpr('A')), contact(B, fpr('B'))]);
    expect(plan.keys).toEqual([]);
    expect(plan.ambiguous).toEqual([{ keyId: k.id, contactIds: [A, B] }]);
  });

  it('moves a key to the contact that now lists it', () => {
    const k = key(1, 'A', 'B', A);
    const plan = planKeyLinks([k], [contact(A), contact(B, fpr('A'))]);
    expect(plan.changes).toEqual([{ keyId: k.id, from: A, to: B }]);
  });

  it('unlinks a key whose fingerprint a contact edit removed, and keeps older hand links', () => {
    const released = key(1, 'A', 'B', A);
    const older = key(2, 'C', 'D', A);
    const plan = planKeyLinks([released, older], [contact(A)], [fpr('A')]);
    expect(plan.changes).toEqual([{ keyId: released.id, from: A, to: null }]);
    expect(plan.keys[0]).not.toHaveProperty('ownerContactId');
  });

  it('property: after a plan, a key listed on one contact belongs to it', () => {
    const letters = fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(letters, letters), { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(letters, { maxLength: 3 }), { minLength: 1, maxLength: 3 }),
        (keySpecs, lists) => {
          const keys = keySpecs.map(([p, s], i) => key(i + 1, p, s));
          const contacts = lists.map((l, i) =>
            contact(testUuid(0x100 + i) as ContactId, ...l.map(fpr)),
          );
          const plan = planKeyLinks(keys, contacts);
          const after = keys.map((k) => plan.keys.find((n) => n.id === k.id) ?? k);
          for (const k of after) {
            const fprs = keyFingerprints(k);
            const owners = contacts.filter((c) => c.pgpFingerprints.some((f) => fprs.includes(f)));
            if (owners.length === 1) expect(k.ownerContactId).toBe(owners[0]?.id);
            if (owners.length === 0) expect(k.ownerContactId).toBeUndefined();
            if (owners.length > 1) {
              expect(plan.ambiguous.map((a) => a.keyId)).toContain(k.id);
            }
          }
          // Planning again changes nothing: the plan is a fixed point.
          expect(planKeyLinks(after, contacts).changes).toEqual([]);
        },
      ),
    );
  });
});

describe('linking a key by hand writes the fact on the contacts', () => {
  it('adds the primary fingerprint to the chosen contact and takes the key off the others', () => {
    const k = key(1, 'A', 'B');
    const changed = contactsForHandLink(k, B, [contact(A, fpr('B'), fpr('E')), contact(B)]);
    expect(changed).toEqual([contact(A, fpr('E')), contact(B, fpr('A'))]);
    expect(planKeyLinks([k], changed).keys[0]?.ownerContactId).toBe(B);
  });

  it('changes nothing on a contact that already lists a subkey, and unlinks with null', () => {
    const k = key(1, 'A', 'B');
    expect(contactsForHandLink(k, A, [contact(A, fpr('B'))])).toEqual([]);
    expect(contactsForHandLink(k, null, [contact(A, fpr('B'))])).toEqual([contact(A)]);
  });
});

describe('what the contact form says about each fingerprint', () => {
  it('names the key linked, a fingerprint with no key yet, our own key and a clash', () => {
    const vendor = key(1, 'A', 'B');
    const own: LinkKey = { ...key(2, 'C', 'D'), kind: 'secret' };
    const other = key(3, 'E', 'F');
    const mine = contact(A, fpr('b'), fpr('9'), fpr('C'), fpr('E'));
    const links = fingerprintLinks(mine, [vendor, own, other], [mine, contact(B, fpr('E'))]);
    expect(links).toEqual([
      { fingerprint: fpr('B'), state: 'linked', keyId: vendor.id },
      { fingerprint: fpr('9'), state: 'no-key' },
      { fingerprint: fpr('C'), state: 'own-key', keyId: own.id },
      { fingerprint: fpr('E'), state: 'ambiguous', keyId: other.id, others: [B] },
    ]);
  });
});
