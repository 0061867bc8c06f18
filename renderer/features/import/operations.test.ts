// Replies in through the import operations, as the import screen calls them: a folder's
// every file is an item (a file that cannot be read is listed with its reason), a host with
// no folders says so, and an opened reply is stored on confirmation.
import { describe, expect, it } from 'vitest';
import { makeTestKey, vendorMessage } from '../../../shared/crypto/pgp/testing/test-support';
import { fail, ok } from '../../../shared/ipc/result';
import { acceptedSoftwareCase, TEST_CASE_ID } from '../../../shared/workflow/testing/test-events';
import { bindOperations } from '../../app/operations';
import { depsOf, savingPlatform } from '../../app/testing/operation-deps';
import type { FolderAccess, Platform } from '../../platform';
import { appendCaseEvents } from '../../store/case-writes';
import { freshStore } from '../../store/testing/test-support';
import { importOperations } from './operations';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('import operations', () => {
  it('opens every file of a folder, lists the unreadable one, and stores a reply', async () => {
    const org = await makeTestKey('Org');
    const reply = await vendorMessage({
      text: '[AL-2026-0042] Re: report\n\nConfirmed.',
      encryptTo: [org.key],
    });
    const replyBytes = typeof reply === 'string' ? bytes(reply) : reply;
    const folders: FolderAccess = {
      choose: () => Promise.resolve(ok({ grantId: 'g1', label: 'USB' })),
      list: () =>
        Promise.resolve(
          ok([
            { name: 'locked.eml', size: 1 },
            { name: 'reply.asc', size: replyBytes.length },
          ]),
        ),
      read: ({ name }) =>
        name === 'reply.asc'
          ? Promise.resolve(ok({ name, size: replyBytes.length, bytes: replyBytes }))
          : Promise.resolve(fail('io', `${name}: permission denied`)),
      write: () => Promise.resolve(ok({ written: true })),
    };
    const store = await freshStore();
    await appendCaseEvents(store, [
      { caseId: TEST_CASE_ID, events: acceptedSoftwareCase().slice(0, 4) },
    ]);
    const platform = { ...savingPlatform(), folders } as Platform;
    const ops = bindOperations(importOperations, depsOf(store, platform));
    const taken = await ops.openFolder({ keys: { decryptionKey: org.key, knownKeys: [] } });
    if (!taken.ok || taken.value === null) throw new Error('nothing taken');
    expect(taken.value.map((i) => [i.name, i.ok, i.ok ? null : i.error.message])).toEqual([
      ['locked.eml', false, 'locked.eml: permission denied'],
      ['reply.asc', true, null],
    ]);

    const opened = taken.value[1];
    const kase = store.repos.cases.get(TEST_CASE_ID);
    if (opened === undefined || !opened.ok || kase === undefined) throw new Error('no reply');
    const input = { kase, name: opened.name, reply: opened.reply, keys: [] };
    expect(await ops.storeReply({ ...input, acceptUnverified: false })).toMatchObject({
      ok: false,
      error: { code: 'reply-unverified' },
    });
    expect(await ops.storeReply({ ...input, acceptUnverified: true })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(store.repos.messages.all().map((m) => m.fileName)).toEqual(['reply.asc']);
  });

  it('a host without removable-media folders says so', async () => {
    const org = await makeTestKey('Org');
    const ops = bindOperations(importOperations, depsOf(await freshStore()));
    expect(await ops.openFolder({ keys: { decryptionKey: org.key, knownKeys: [] } })).toMatchObject(
      {
        ok: false,
        error: { code: 'no-folders' },
      },
    );
  });
});
