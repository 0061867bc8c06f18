import { describe, expect, it } from 'vitest';
import { describeKey, keyUsability } from './describe';
import { readKeysFrom } from './keys';
import { makeTestKey, withInsertedUserId } from './testing/test-support';

describe('a user ID without a binding signature', () => {
  it("is listed as invalid, never as the key's identity", async () => {
    const vendor = await makeTestKey('Vendor');
    const hostile = await withInsertedUserId(
      vendor.armoredPublic,
      'Mallory <mallory@evil.invalid>',
    );
    const read = await readKeysFrom(hostile);
    if (!read.ok) throw new Error(read.error.message);
    const [key] = read.value;
    if (key === undefined) throw new Error('no key');
    // openpgp.js keeps the packet: the check is ours.
    expect(key.getUserIDs()).toContain('Mallory <mallory@evil.invalid>');
    const description = await describeKey(key);
    expect(description.userIds).toEqual(['Vendor <vendor@example.org>']);
    expect(description.invalidUserIds).toEqual(['Mallory <mallory@evil.invalid>']);
    expect(keyUsability(description, 'unknown').usable).toBe(true);
  });

  it("a key's own user IDs are all valid", async () => {
    const vendor = await makeTestKey('Vendor');
    const description = await describeKey(vendor.key.toPublic());
    expect(description.userIds).toEqual(['Vendor <vendor@example.org>']);
    expect(description.invalidUserIds).toEqual([]);
  });
});
