import { describe, expect, it } from 'vitest';
import type { MessageId } from '../../model';
import { TEST_CASE_ID } from '../../workflow/testing/test-events';
import { refuseStoredCopy, storedCopyOf, type StoredCopyCandidate } from './stored-copy';

const SIGNED_AT = '2026-05-01T00:00:00.000Z';
const sha = (c: string) => c.repeat(64);
const stored: StoredCopyCandidate = {
  id: '00000000-0000-4000-8000-000000000601' as MessageId,
  caseId: TEST_CASE_ID,
  direction: 'in',
  body: 'We confirm the issue.\nA fix is planned.',
  attachments: [
    {
      attachmentId: '00000000-0000-4000-8000-000000000701' as never,
      name: 'patch.diff',
      mimeType: 'text/x-diff',
      size: 10,
      sha256: sha('a'),
    },
  ],
  pgp: {
    encrypted: true,
    encryptedTo: [],
    signatures: [
      {
        status: 'unknown-key',
        fingerprint: 'B'.repeat(40),
        fingerprintSource: 'issuer-fingerprint',
        signedAt: SIGNED_AT,
      },
    ],
  },
  at: '2026-05-01T07:42:00.000Z',
};
const opened = {
  // The same reply read from another file: CRLF line ends, the signer now a known key.
  text: 'We confirm the issue.\r\nA fix is planned.\r\n',
  attachments: [{ sha256: sha('a') }],
  signatures: [{ fingerprint: 'C'.repeat(40), signedAt: SIGNED_AT }],
};

describe('the same reply taken in twice', () => {
  it('is found by its decrypted content, whatever file carried it', () => {
    expect(storedCopyOf(opened, [stored])).toBe(stored);
    expect(refuseStoredCopy(opened, [stored])).toMatchObject({
      ok: false,
      error: { code: 'reply-already-stored' },
    });
  });

  it('another text, attachment or signing moment is another reply; ours never match', () => {
    expect(storedCopyOf({ ...opened, text: 'We confirm the issue.' }, [stored])).toBeNull();
    expect(storedCopyOf({ ...opened, attachments: [{ sha256: sha('b') }] }, [stored])).toBeNull();
    const later = [{ signedAt: '2026-05-02T00:00:00.000Z' }];
    expect(storedCopyOf({ ...opened, signatures: later }, [stored])).toBeNull();
    expect(storedCopyOf(opened, [{ ...stored, direction: 'out' }])).toBeNull();
    expect(refuseStoredCopy(opened, [])).toEqual({ ok: true, value: undefined });
  });
});
