import { describe, expect, it } from 'vitest';
import type { PrivateKey } from '../../../shared/crypto/pgp';
import type { ContactId } from '../../../shared/model';
import { sampleCase, sampleContact } from '../../../shared/model/testing/fixtures';
import type { KeyRecord } from '../../../shared/model/key';
import type { Platform } from '../../platform';
import { freshStore } from '../../store/testing/test-support';
import { sealAndSend, type SendInput } from './seal-actions';

const FPR = 'C'.repeat(40);
const partnerId = 'c0ffee00-0000-4000-8000-0000000000bb' as ContactId;

/** Only the fields the clearance check reads: it runs before any key is parsed. */
const recipient = { fingerprint: FPR, ownerContactId: partnerId } as KeyRecord;

// Reaching the platform would mean something was sealed and offered for saving.
const platform = new Proxy({} as Platform, {
  get: () => {
    throw new Error('nothing may be saved');
  },
});

describe('vendor message seal and recipient clearance', () => {
  it('refuses a TLP:RED case to a contact cleared for TLP:AMBER before sealing anything', async () => {
    const store = await freshStore();
    const partner = {
      ...sampleContact(),
      id: partnerId,
      kind: 'partner' as const,
      name: { ja: '提携先', en: 'Partner CERT' },
      clearance: 'AMBER' as const,
    };
    expect((await store.repos.contacts.put(partner)).ok).toBe(true);
    const input = {
      kase: { ...sampleCase(), tlp: 'RED' },
      recipients: [recipient],
      involvementId: null,
      signingKey: {} as PrivateKey,
      ownFingerprint: 'D'.repeat(40),
      subject: 's',
      body: 'b',
      language: 'en',
      purpose: 'other',
      attachments: [],
      attachmentMode: 'separate',
    } satisfies SendInput;
    const before = await store.storeDigest();
    const refused = await sealAndSend(store, platform, input);
    expect(refused).toMatchObject({ ok: false, error: { code: 'clearance.exceeded' } });
    expect(!refused.ok && refused.error.message).toContain(
      'Partner CERT is cleared for TLP:AMBER but this is TLP:RED',
    );
    expect(
      await sealAndSend(store, platform, { ...input, clearanceOverride: 'too short' }),
    ).toMatchObject({ ok: false, error: { code: 'clearance.reason-too-short' } });
    expect(await store.storeDigest()).toBe(before);
  });
});
