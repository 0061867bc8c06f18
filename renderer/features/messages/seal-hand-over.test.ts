// Issue 27 item 4: after this organisation handed a case over, the composer's seal is
// refused before anything is sealed or saved, with the engine's reason naming the new owner.
import { beforeAll, describe, expect, it } from 'vitest';
import { testKey, type TestKey } from '../../../shared/exchange/bundle/testing/keys';
import {
  IDS,
  sampleDocument,
  sampleHandOver,
} from '../../../shared/exchange/bundle/testing/sample-case';
import type { CaseEvent } from '../../../shared/model';
import type { KeyRecord } from '../../../shared/model/key';
import { ok } from '../../../shared/result';
import type { Platform } from '../../platform';
import { appendCaseEvents } from '../../store/case-writes';
import type { AirlockStore } from '../../store/open-store';
import { freshStore } from '../../store/testing/test-support';
import { sealAndSend, type SendInput } from './seal-actions';

let org: TestKey;
beforeAll(async () => {
  org = await testKey('Org');
});

const VENDOR_KEY = {
  fingerprint: 'B'.repeat(40),
  armored: '',
  userIds: ['Vendor'],
} as unknown as KeyRecord;

async function storeWith(events: readonly CaseEvent[]): Promise<AirlockStore> {
  const store = await freshStore();
  const written = await appendCaseEvents(store, [{ caseId: IDS.case, events, rejected: 'keep' }]);
  if (!written.ok) throw new Error(written.error.message);
  return store;
}

describe('sealing a vendor letter on a handed-over case', () => {
  it('is refused before sealing, naming the new owner; nothing is saved', async () => {
    const doc = sampleDocument();
    const handOver = sampleHandOver(org.fingerprint, 'CERT/CC');
    const store = await storeWith([...doc.events, handOver]);
    const kase = store.repos.cases.get(IDS.case);
    if (kase === undefined) throw new Error('no case');
    const saved: unknown[] = [];
    const platform = {
      folders: null,
      saveFile: (args: unknown) => {
        saved.push(args);
        return Promise.resolve(ok({ saved: true }));
      },
    } as unknown as Platform;
    const input: SendInput = {
      kase,
      recipients: [VENDOR_KEY],
      involvementId: IDS.invA,
      signingKey: org.secret,
      ownFingerprint: org.fingerprint,
      subject: 's',
      body: 'b',
      language: 'en',
      purpose: 'reminder',
      attachments: [],
      attachmentMode: 'separate',
    };
    const before = await store.storeDigest();
    const refused = await sealAndSend(store, platform, input);
    expect(refused).toMatchObject({ ok: false, error: { code: 'coordination-transferred' } });
    expect(!refused.ok && refused.error.message).toContain('handed over to CERT/CC');
    expect(saved).toEqual([]);
    expect(await store.storeDigest()).toBe(before);
  });
});
