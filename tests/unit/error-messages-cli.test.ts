// What a new analyst reads when a file is wrong: it names the problem, not openpgp.js's or
// the parser's first stumble (random bytes are not "an unsupported SEIP version", a case
// document with a wrong field says which field).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestKey } from '../../shared/crypto/pgp/testing/test-support';
import { sampleDocument } from '../../shared/exchange/bundle/testing/sample-case';
import { airlockGroup } from './testing/cli';

const message = airlockGroup('message');
const caseCli = airlockGroup('case');
let dir: string;
const file = (name: string) => path.join(dir, name);

/** 5 KB of seeded noise whose first byte is a packet tag (a SEIP packet, tag 18). */
function noise(): Uint8Array {
  let seed = 11;
  const bytes = Uint8Array.from(
    { length: 5120 },
    () => (seed = (seed * 48271) % 2147483647) & 0xff,
  );
  bytes[0] = 0xd2;
  return bytes;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'airlock-error-messages-cli-'));
  const org = await makeTestKey('Org');
  await Promise.all([
    writeFile(file('org.sec.asc'), org.armoredSecret),
    writeFile(file('org.pass'), `${org.passphrase}\n`),
    writeFile(file('noise.bin'), noise()),
  ]);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('error messages a user can act on', () => {
  it.each([{ toFile: false }, { toFile: true }])(
    'message open of random bytes says it is not an OpenPGP message or is damaged (%o)',
    async ({ toFile }) => {
      const args = ['open', file('noise.bin'), '--secret-key', file('org.sec.asc')];
      const out = toFile ? ['--out', file('noise.txt')] : [];
      const result = await message(
        ...args,
        '--passphrase-file',
        file('org.pass'),
        '--json',
        ...out,
      );
      expect(result).toMatchObject({
        code: 1,
        json: { ok: false, error: { code: 'not-openpgp' } },
      });
      const { message: text } = (result.json as { error: { message: string } }).error;
      expect(text).toMatch(/^not an OpenPGP message, or it is damaged/);
    },
    60_000,
  );

  it('case validate names the field of the case that is wrong, or missing', async () => {
    const { case: kase, ...rest } = sampleDocument();
    await writeFile(file('no-case.json'), JSON.stringify(rest));
    await writeFile(
      file('bad-title.json'),
      JSON.stringify({ ...rest, case: { ...kase, title: 7 } }),
    );
    const missing = await caseCli('validate', file('no-case.json'));
    expect(missing).toMatchObject({
      code: 1,
      json: { ok: false, error: { code: 'case-invalid' } },
    });
    expect(JSON.stringify(missing.json)).toContain('case: Case: expected an object, got nothing');
    const wrong = await caseCli('validate', file('bad-title.json'));
    expect(wrong).toMatchObject({ code: 1, json: { ok: false, error: { code: 'case-invalid' } } });
    expect(JSON.stringify(wrong.json)).toContain('case.title: ');
  }, 60_000);
});
