import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestKey, vendorMessage, type TestKey } from '../../crypto/pgp/testing/test-support';
import { nestedMultipart, pgpMimeEml } from './testing/hostile-mail';
import { openReply } from './open-reply';

let org: TestKey;
let vendor: TestKey;

beforeAll(async () => {
  [org, vendor] = await Promise.all([makeTestKey('Org'), makeTestKey('Vendor')]);
});

const open = (data: string) =>
  openReply({
    data: new TextEncoder().encode(data),
    fileName: 'reply.eml',
    decryptionKeys: [org.key],
    knownKeys: [vendor.key.toPublic()],
  });

describe('openReply: MIME nested too deep', () => {
  it('300 nested multipart levels in a signed and encrypted PGP/MIME reply: mime-too-deep', async () => {
    const armored = (await vendorMessage({
      text: nestedMultipart(300, '[AL-2026-0042] deep'),
      signer: vendor.key,
      encryptTo: [org.key],
    })) as string;
    const opened = await open(pgpMimeEml(armored));
    expect(opened).toEqual({
      ok: false,
      error: {
        code: 'mime-too-deep',
        message: 'the e-mail nests more than 32 multipart levels; refused before reading it',
      },
    });
  });

  it('the same mail 20 levels deep opens', async () => {
    const armored = (await vendorMessage({
      text: nestedMultipart(20, '[AL-2026-0042] not so deep'),
      signer: vendor.key,
      encryptTo: [org.key],
    })) as string;
    const opened = await open(pgpMimeEml(armored));
    expect(opened.ok && opened.value.text.trim()).toBe('[AL-2026-0042] not so deep');
    expect(opened.ok && opened.value.signatures.map((s) => s.status)).toEqual(['valid']);
  });
});
