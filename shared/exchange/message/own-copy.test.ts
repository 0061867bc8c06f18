// Finding F-J: our own sealed letter opened again must never pass for a vendor's reply.
import { describe, expect, it } from 'vitest';
import type { CaseId, MessageId } from '../../model';
import { composeMessageText } from './compose';
import { ownCopyOf, refuseOwnCopy, type OwnCopyContext } from './own-copy';

const fpr = (c: string) => c.repeat(40);
const CASE = 'a0000000-0000-4000-8000-000000000001' as CaseId;
const SENT = 'b0000000-0000-4000-8000-000000000001' as MessageId;
const sub = (f: string) => ({
  fingerprint: f,
  algorithm: 'ecdh',
  createdAt: '2026-01-01T00:00:00.000Z',
  expiresAt: null,
  revoked: false,
});
const letter = { subject: 'Vulnerability report', body: 'Dear Widget Corp,\r\nplease confirm.' };
const ctx: OwnCopyContext = {
  keys: [
    { kind: 'secret', fingerprint: fpr('A'), subkeys: [sub(fpr('B'))] },
    { kind: 'public', fingerprint: fpr('C'), subkeys: [] },
  ],
  sent: [
    {
      id: SENT,
      caseId: CASE,
      direction: 'out',
      ...letter,
      // Signed by a key since retired: it is still ours.
      pgp: { encrypted: true, encryptedTo: [], signedBy: fpr('E'), signatures: [] },
    },
    {
      id: 'b0000000-0000-4000-8000-000000000002' as MessageId,
      caseId: CASE,
      direction: 'in',
      subject: 'Re: x',
      body: 'A vendor wrote this.',
      pgp: { encrypted: true, encryptedTo: [], signatures: [] },
    },
  ],
  refOf: (id) => (id === CASE ? 'AL-2026-0001' : undefined),
};
const signed = (fingerprint: string, text = 'Confirmed.') => ({
  signatures: [{ fingerprint }],
  text,
});

describe('ownCopyOf: is this file a letter we sent?', () => {
  it('is ours when one of our keys signed it: the secret key, its subkey, a retired key', () => {
    expect(ownCopyOf(signed(fpr('A')), ctx)).toEqual({
      reason: 'own-key',
      fingerprint: fpr('A'),
      messageId: null,
    });
    expect(ownCopyOf(signed(fpr('b').toLowerCase()), ctx)?.fingerprint).toBe(fpr('B'));
    expect(ownCopyOf(signed('EEEE EEEE EEEE EEEE'), ctx)?.reason).toBe('own-key');
  });

  it('is ours when its text is that of a letter we sent, whatever the line endings', () => {
    const text = composeMessageText({ ref: 'AL-2026-0001', ...letter }).replace(/\n/g, '\r\n');
    expect(ownCopyOf({ signatures: [], text }, ctx)).toEqual({
      reason: 'sent-text',
      fingerprint: null,
      messageId: SENT,
    });
  });

  it('is not ours when a vendor signed it, or it repeats a received message or nothing', () => {
    expect(ownCopyOf(signed(fpr('C')), ctx)).toBeNull();
    expect(ownCopyOf(signed(''), ctx)).toBeNull();
    const received = composeMessageText({
      ref: 'AL-2026-0001',
      subject: 'Re: x',
      body: 'A vendor wrote this.',
    });
    expect(ownCopyOf({ signatures: [], text: received }, ctx)).toBeNull();
    const otherCase = { ...ctx, refOf: () => undefined };
    const text = composeMessageText({ ref: 'AL-2026-0001', ...letter });
    expect(ownCopyOf({ signatures: [], text }, otherCase)).toBeNull();
  });

  it('refuses our own copy with a typed error naming why', () => {
    expect(refuseOwnCopy(signed(fpr('C')), ctx)).toEqual({ ok: true, value: undefined });
    const byKey = refuseOwnCopy(signed(fpr('A')), ctx);
    expect(byKey).toMatchObject({ ok: false, error: { code: 'reply-own-copy' } });
    expect(!byKey.ok && byKey.error.message).toContain(fpr('A'));
    const text = composeMessageText({ ref: 'AL-2026-0001', ...letter });
    const byText = refuseOwnCopy({ signatures: [], text }, ctx);
    expect(!byText.ok && byText.error.message).toContain('repeats a letter we sent');
  });
});
