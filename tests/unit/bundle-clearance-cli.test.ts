import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { airlockGroup, sealArgs } from './testing/cli';
import { testKey } from '../../shared/exchange/bundle/testing/keys';
import { sampleDocument } from '../../shared/exchange/bundle/testing/sample-case';
import type { Contact, ContactId } from '../../shared/model';
import { sampleContact } from '../../shared/model/testing/fixtures';

/**
 * Recipient clearance in `airlock bundle seal` (issue 17): a partner cleared for TLP:AMBER
 * does not receive a TLP:RED case unless the analyst overrides with a reason.
 */
const airlock = airlockGroup('bundle');

let dir: string;
const file = (name: string) => path.join(dir, name);
let partnerFingerprint = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'airlock-clearance-cli-'));
  const [sender, partner] = await Promise.all([
    testKey('Coordinator', 'correct horse'),
    testKey('Partner CERT'),
  ]);
  partnerFingerprint = partner.fingerprint.toUpperCase();
  const partnerContact = {
    ...sampleContact(),
    id: 'c0ffee00-0000-4000-8000-0000000000aa' as ContactId,
    kind: 'partner' as const,
    name: { ja: 'パートナー CERT', en: 'Partner CERT' },
    pgpFingerprints: [partnerFingerprint],
    clearance: 'AMBER' as const,
  };
  const withPartner = (tlp: 'RED' | 'AMBER', contact: Contact = partnerContact) => {
    const doc = sampleDocument(tlp);
    return JSON.stringify({ ...doc, contacts: [...doc.contacts, contact] });
  };
  // The same partner before anyone recorded its clearance.
  const unchecked: Contact = { ...partnerContact, clearance: undefined };
  await Promise.all([
    writeFile(file('sender.sec.asc'), sender.armoredSecret),
    writeFile(file('pass.txt'), 'correct horse\n'),
    writeFile(file('partner.pub.asc'), partner.armoredPublic),
    writeFile(file('red.json'), withPartner('RED')),
    writeFile(file('amber.json'), withPartner('AMBER')),
    writeFile(file('amber-unset.json'), withPartner('AMBER', unchecked)),
  ]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const seal = (caseFile: string, out: string, ...extra: string[]) =>
  airlock(...sealArgs(dir, caseFile, out), '--confirm-red', partnerFingerprint, ...extra);

describe('bundle seal and recipient clearance', () => {
  it('refuses a TLP:RED case to a partner cleared for TLP:AMBER, naming it and both levels', async () => {
    const out = await seal('red.json', 'red.airlock');
    expect(out).toMatchObject({
      code: 1,
      json: {
        ok: false,
        error: { code: 'clearance.exceeded' },
        breaches: [{ recipient: 'Partner CERT', tlp: 'RED', clearance: 'AMBER' }],
      },
    });
    expect(JSON.stringify(out.json)).toContain(
      'Partner CERT is cleared for TLP:AMBER but this is TLP:RED',
    );
  });

  it('seals within the clearance, and above it only with an override reason, echoed for the record', async () => {
    const within = await seal('amber.json', 'amber.airlock');
    expect(within).toMatchObject({ code: 0, json: { ok: true } });
    expect(within.json).not.toHaveProperty('clearanceNotRecorded');
    expect(await seal('red.json', 'red2.airlock', '--override-clearance', 'ok')).toMatchObject({
      code: 1,
      json: { error: { code: 'clearance.reason-too-short' } },
    });
    const reason = 'Board approved RED sharing with this partner on 2026-12-01';
    expect(await seal('red.json', 'red3.airlock', '--override-clearance', reason)).toMatchObject({
      code: 0,
      json: {
        ok: true,
        tlp: 'RED',
        clearanceOverride: {
          reason,
          breaches: [{ recipient: 'Partner CERT', tlp: 'RED', clearance: 'AMBER' }],
        },
      },
    });
  });

  it('seals a TLP:AMBER case to a partner whose clearance is not recorded, warning so', async () => {
    expect(await seal('amber-unset.json', 'amber-unset.airlock')).toMatchObject({
      code: 0,
      json: { ok: true, clearanceNotRecorded: [{ recipient: 'Partner CERT', tlp: 'AMBER' }] },
    });
  });
});
