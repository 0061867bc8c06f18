import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { airlockGroup, sealArgs } from './testing/cli';
import { testKey } from '../../shared/exchange/bundle/testing/keys';
import { IDS, sampleDocument } from '../../shared/exchange/bundle/testing/sample-case';

/**
 * Confidentiality between vendors in `airlock bundle seal --view vendor` (issue 23): a case
 * whose title names another vendor of the case is not sealed for a vendor unless the
 * analyst gives a reason, which is echoed for the record.
 */
const airlock = airlockGroup('bundle');

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'airlock-confidentiality-cli-'));
  const [sender, vendorA] = await Promise.all([
    testKey('Coordinator', 'correct horse'),
    testKey('Vendor A'),
  ]);
  const doc = sampleDocument();
  const title = 'XSS in Example CMS and Vendor B plugin';
  const named = {
    ...doc,
    case: { ...doc.case, title },
    events: doc.events.map((e) =>
      e.type === 'case.created' ? { ...e, payload: { ...e.payload, title } } : e,
    ),
  };
  await Promise.all([
    writeFile(file('sender.sec.asc'), sender.armoredSecret),
    writeFile(file('pass.txt'), 'correct horse\n'),
    writeFile(file('partner.pub.asc'), vendorA.armoredPublic),
    writeFile(file('named.json'), JSON.stringify(named)),
  ]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const seal = (out: string, ...extra: string[]) =>
  airlock(
    ...sealArgs(dir, 'named.json', out),
    '--view',
    'vendor',
    '--vendor',
    IDS.vendorA,
    ...extra,
  );

describe('bundle seal: a vendor view naming another vendor', () => {
  it('is refused with each hit, then sealed only with a reason, echoed for the record', async () => {
    const refused = await seal('a.airlock');
    expect(refused).toMatchObject({
      code: 1,
      json: {
        ok: false,
        error: { code: 'confidentiality.leak' },
        hits: expect.arrayContaining([
          expect.objectContaining({
            text: 'Vendor B',
            kind: 'vendor-name',
            field: { kind: 'record', label: 'AL-2026-0042 case' },
          }),
        ]) as unknown,
      },
    });
    expect(JSON.stringify(refused.json)).toContain('is the name of Vendor B');
    expect(await seal('b.airlock', '--override-confidentiality', 'short')).toMatchObject({
      code: 1,
      json: { error: { code: 'confidentiality.reason-too-short' } },
    });
    const reason = 'Vendor A distributes the Vendor B plugin';
    expect(await seal('c.airlock', '--override-confidentiality', reason)).toMatchObject({
      code: 0,
      json: { ok: true, confidentialityOverride: { reason } },
    });
  });
});
