import { describe, expect, it } from 'vitest';
import { parseMessageRecord } from './message';

const received = {
  schemaVersion: 1,
  id: '5d0b8f8e-2b1a-4c3d-8e9f-0a1b2c3d4e5f',
  direction: 'in',
  caseId: '6f1c2b9e-4a3d-4c5e-8f70-1a2b3c4d5e6f',
  subject: 'Re: [AL-2026-0042]',
  body: '修正しました',
  attachments: [],
  fileName: 'reply.eml',
  format: 'pgp-mime-encrypted',
  at: '2026-03-01T00:00:00.000Z',
  pgp: {
    encrypted: true,
    encryptedTo: ['4D69F9E04507617BFA6892AB26C35A9E5FCF486C'],
    signatures: [
      {
        status: 'unknown-key',
        fingerprint: '26C35A9E5FCF486C',
        fingerprintSource: 'key-id',
        signedAt: null,
      },
    ],
  },
};

describe('Message record', () => {
  it('keeps the precise signature facts of a received reply', () => {
    const result = parseMessageRecord(received);
    expect(result.ok && result.value.pgp.signatures[0]?.status).toBe('unknown-key');
  });

  it('rejects a signature status outside the vocabulary (no "ok"/"trusted" shortcuts)', () => {
    const bad = {
      ...received,
      pgp: { ...received.pgp, signatures: [{ ...received.pgp.signatures[0], status: 'ok' }] },
    };
    expect(parseMessageRecord(bad).ok).toBe(false);
  });

  it('rejects an attachment without a proper SHA-256', () => {
    const attachment = {
      attachmentId: '7e0b8f8e-2b1a-4c3d-8e9f-0a1b2c3d4e5f',
      name: 'a.pdf',
      mimeType: 'application/pdf',
      size: 1,
      sha256: 'XYZ',
    };
    expect(parseMessageRecord({ ...received, attachments: [attachment] }).ok).toBe(false);
    expect(
      parseMessageRecord({ ...received, attachments: [{ ...attachment, sha256: 'a'.repeat(64) }] })
        .ok,
    ).toBe(true);
  });

  it('a version 1 message (before read tracking) reads as read at its own time', () => {
    const r = parseMessageRecord(received);
    expect(r).toMatchObject({
      ok: true,
      value: { schemaVersion: 2, readAt: received.at, threadProduct: null },
    });
  });

  it('a version 2 incoming reply can be unread and tied to a product thread', () => {
    const r = parseMessageRecord({
      ...received,
      schemaVersion: 2,
      readAt: null,
      threadProduct: 'Router X',
    });
    expect(r).toMatchObject({ ok: true, value: { readAt: null, threadProduct: 'Router X' } });
    expect(parseMessageRecord({ ...received, schemaVersion: 2 }).ok).toBe(false);
  });
});
