import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { airlockGroup, sealArgs } from './testing/cli';
import { testKey } from '../../shared/exchange/bundle/testing/keys';
import { IDS, eventId, sampleDocument } from '../../shared/exchange/bundle/testing/sample-case';

/**
 * `airlock bundle seal` runs each case document's events through the engine (issue 16):
 * the case record and involvements sealed are the fold of the events, and a document the
 * engine refuses, or whose stated records contradict its events, is refused by name.
 */
const airlock = airlockGroup('bundle');

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'airlock-case-fold-cli-'));
  const [sender, partner] = await Promise.all([
    testKey('Coordinator', 'correct horse'),
    testKey('Partner CERT'),
  ]);
  const doc = sampleDocument();
  const withoutInvolvements = { ...doc, involvements: undefined };
  // Without triage's acceptance (event 9) the embargo proposal (event 8) is refused.
  const unaccepted = { ...doc, events: doc.events.filter((e) => e.id !== eventId(9)) };
  const states = { ...doc.case.states, report: 'closed' as const };
  const contradicting = { ...doc, case: { ...doc.case, states } };
  await Promise.all([
    writeFile(file('sender.sec.asc'), sender.armoredSecret),
    writeFile(file('partner.pub.asc'), partner.armoredPublic),
    writeFile(file('pass.txt'), 'correct horse\n'),
    writeFile(file('no-involvements.json'), JSON.stringify(withoutInvolvements)),
    writeFile(file('unaccepted.json'), JSON.stringify(unaccepted)),
    writeFile(file('contradicting.json'), JSON.stringify(contradicting)),
  ]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const seal = (caseFile: string, out: string) => airlock(...sealArgs(dir, caseFile, out));

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );

describe('bundle seal folds each case document', () => {
  // The signer is a recipient too, so the sender's key opens what it sealed.
  it('seals the involvements the events give when the document states none', async () => {
    expect(await seal('no-involvements.json', 'folded.airlock')).toMatchObject({
      code: 0,
      json: { ok: true },
    });
    const opened = await airlock(
      'open',
      file('folded.airlock'),
      '--secret-key',
      file('sender.sec.asc'),
      '--passphrase-file',
      file('pass.txt'),
      '--extract',
      file('out'),
      '--json',
    );
    expect(opened).toMatchObject({ code: 0, json: { ok: true } });
    const read = async (name: string): Promise<unknown> =>
      JSON.parse(await readFile(file(`out/cases/${IDS.case}/${name}`), 'utf8'));
    const involvements = (await read('involvements.json')) as { id: string; status: string }[];
    expect(involvements.map((i) => [i.id, i.status])).toEqual([
      [IDS.invA, 'not-contacted'],
      [IDS.invB, 'not-contacted'],
    ]);
    expect(await read('case.json')).toMatchObject({
      states: { report: 'accepted', embargo: 'proposed' },
      vulnerabilities: [IDS.vuln],
    });
  });

  it('refuses a document whose events the engine refuses, naming the event, and writes nothing', async () => {
    const out = await seal('unaccepted.json', 'unaccepted.airlock');
    expect(out).toMatchObject({
      code: 1,
      json: { ok: false, error: { code: 'case-events-refused' } },
    });
    const { message } = (out.json as { error: { message: string } }).error;
    expect(message).toContain(eventId(8));
    expect(message).toContain('report-not-accepted');
    expect(await exists(file('unaccepted.airlock'))).toBe(false);
  });

  it('refuses a document whose stated case record contradicts its events, naming the field', async () => {
    const out = await seal('contradicting.json', 'contradicting.airlock');
    expect(out).toMatchObject({
      code: 1,
      json: { ok: false, error: { code: 'case-contradicts-events' } },
    });
    expect((out.json as { error: { message: string } }).error.message).toContain(
      'case.states.report',
    );
    expect(await exists(file('contradicting.airlock'))).toBe(false);
  });
});
