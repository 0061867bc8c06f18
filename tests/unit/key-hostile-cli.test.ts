import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { airlockGroup } from './testing/cli';
import { makeTestKey, withInsertedUserId } from '../../shared/crypto/pgp/testing/test-support';

/** `airlock key inspect` on a key carrying a user ID nobody signed (issue 29). */
const airlock = airlockGroup('key');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'airlock-key-hostile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('airlock key inspect', () => {
  it("lists an inserted user ID without a binding signature as invalid, not as the key's", async () => {
    const vendor = await makeTestKey('Vendor');
    const file = path.join(dir, 'vendor.asc');
    await writeFile(
      file,
      await withInsertedUserId(vendor.armoredPublic, 'Mallory <mallory@evil.invalid>'),
    );
    const result = await airlock('inspect', file, '--json');
    expect(result).toMatchObject({
      code: 0,
      json: {
        ok: true,
        keys: [
          {
            userIds: ['Vendor <vendor@example.org>'],
            invalidUserIds: ['Mallory <mallory@evil.invalid>'],
            usability: { usable: true },
          },
        ],
      },
    });
  }, 60_000);
});
