// Hand-over between coordinators through a bundle (issue 27 item 4), against real encrypted
// stores and real OpenPGP: A hands its case to B; the bundle carries the hand-over, B
// records that it accepted it and writes to vendors, A is refused (notes still allowed);
// a later bundle from A that writes to a vendor is refused at B's import, storing nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { importBundle, sealBundle, selectForExport } from '../../../shared/exchange/bundle';
import { testKey, type TestKey } from '../../../shared/exchange/bundle/testing/keys';
import { IDS, sampleCase } from '../../../shared/exchange/bundle/testing/sample-case';
import type { CaseEvent, InvolvementId, MessageId } from '../../../shared/model';
import type { KeyRecord } from '../../../shared/model/key';
import { ok } from '../../../shared/result';
import { foldCoordination } from '../../../shared/workflow/coordination';
import type { CaseCommand } from '../../../shared/workflow/timeline';
import type { Platform } from '../../platform';
import { appendCaseEvents } from '../../store/case-writes';
import type { AirlockStore } from '../../store/open-store';
import { freshStore } from '../../store/testing/test-support';
import { applyImport, planWrites, readCaseForExport, storeLookup } from './bundle-store';
import { exportBundle } from './export-bundle';

let orgA: TestKey;
let orgB: TestKey;
beforeAll(async () => {
  [orgA, orgB] = await Promise.all([testKey('Org A'), testKey('Org B')]);
});

const keyRecord = (k: TestKey, name: string) =>
  ({ fingerprint: k.fingerprint, armored: k.armoredPublic, userIds: [name] }) as KeyRecord;

/** A's store holding the sample case as A's own (recorded here, not imported). */
async function storeOfA(): Promise<AirlockStore> {
  const store = await freshStore();
  const { document: doc } = await sampleCase();
  const written = await appendCaseEvents(
    store,
    [{ caseId: IDS.case, events: doc.events, rejected: 'keep' }],
    (tx) => {
      for (const c of doc.contacts) tx.put('contacts', c);
      if (doc.report !== undefined) tx.put('reports', doc.report);
    },
  );
  if (!written.ok) throw new Error(written.error.message);
  return store;
}

const saving = (saved: Uint8Array[]): Platform =>
  ({
    saveFile: (args: { bytes: Uint8Array }) => {
      saved.push(args.bytes);
      return Promise.resolve(ok({ saved: true }));
    },
  }) as unknown as Platform;

const toVendor = (n: number): CaseCommand => ({
  type: 'message.sent',
  payload: {
    messageId: `00000000-0000-4000-8000-0000000000${n}` as MessageId,
    to: 'vendor',
    involvementId: IDS.invA as InvolvementId,
    purpose: 'reminder',
  },
});

const write = (store: AirlockStore, command: CaseCommand) =>
  appendCaseEvents(store, [
    {
      caseId: IDS.case,
      commands: [command],
      by: { actor: 'analyst', now: '2026-06-01T00:00:00.000Z' },
    },
  ]);

async function fullSelection(store: AirlockStore) {
  const read = await readCaseForExport(store, IDS.case);
  if (!read.ok) throw new Error(read.error.message);
  const selection = selectForExport([read.value], { kind: 'full' });
  if (!selection.ok) throw new Error(selection.error.message);
  return { source: read.value, selection: selection.value };
}

const openAtB = (store: AirlockStore, bytes: Uint8Array) =>
  importBundle(bytes, {
    decryptionKeys: [orgB.secret],
    knownKeys: [orgA.public],
    lookup: storeLookup(store),
  });

describe('a case handed over through a bundle', () => {
  it('passes ownership to the recipient; the sender is refused vendor messages; a later bundle of its is refused', async () => {
    const a = await storeOfA();
    const saved: Uint8Array[] = [];
    const { selection } = await fullSelection(a);
    const base = {
      caseId: IDS.case,
      selection,
      recipients: [{ name: 'Org B' }],
      signingKey: orgA.secret,
      redConfirmations: [],
    };
    // A hand-over names exactly one organisation.
    const two = await exportBundle(a, saving(saved), {
      ...base,
      keys: [keyRecord(orgB, 'Org B'), keyRecord(orgA, 'Org A')],
      intent: 'transfer',
    });
    expect(two).toMatchObject({ ok: false, error: { code: 'coordination.one-recipient' } });
    const exported = await exportBundle(a, saving(saved), {
      ...base,
      keys: [keyRecord(orgB, 'Org B')],
      intent: 'transfer',
      coordinationNote: 'CERT/CC takes the case over',
    });
    expect(exported).toMatchObject({ ok: true, value: { kind: 'saved' } });
    const [bytes] = saved;
    if (bytes === undefined) throw new Error('nothing saved');

    // A: the hand-over is on the timeline; vendor messages refused, notes still allowed.
    const atA = a.repos.caseEvents.byCase(IDS.case);
    const handOver = atA.find((e) => e.type === 'coordination.transferred');
    expect(handOver?.payload).toMatchObject({ to: orgB.fingerprint, toName: 'Org B' });
    expect(foldCoordination(atA).state.localRole).toBe('former-owner');
    expect(await write(a, toVendor(11))).toMatchObject({
      ok: false,
      error: { code: 'coordination-transferred' },
    });
    expect(
      (await write(a, { type: 'note.added', payload: { text: 'n', internal: true } })).ok,
    ).toBe(true);

    // B: imports the bundle, records its acceptance, owns the case and writes to vendors.
    const b = await freshStore();
    const opened = await openAtB(b, bytes);
    if (!opened.ok) throw new Error(opened.error.message);
    const writes = planWrites(b, opened.value, orgB.fingerprint);
    expect(writes[0]?.events.map((e) => e.type).slice(-2)).toEqual([
      'bundle.imported',
      'coordination.accepted',
    ]);
    expect((await applyImport(b, opened.value, writes)).ok).toBe(true);
    const atB = foldCoordination(b.repos.caseEvents.byCase(IDS.case)).state;
    expect(atB).toMatchObject({ owner: 'local', formerOwners: [orgA.fingerprint] });
    expect((await write(b, toVendor(12))).ok).toBe(true);

    // A later bundle from A that writes to a vendor anyway (a stale copy, a script):
    // refused at B's import with the reason, and nothing stored.
    const { document } = (await fullSelection(a)).source;
    const late: CaseEvent = {
      ...(handOver as CaseEvent),
      id: '00000000-0000-4000-8000-0000000000aa' as CaseEvent['id'],
      // After the hand-over (the export stamps it with the clock).
      at: new Date(Date.parse(handOver?.at ?? '') + 86_400_000).toISOString(),
      ...toVendor(13),
    };
    const stale = selectForExport(
      [{ document: { ...document, events: [...document.events, late] }, attachments: [] }],
      { kind: 'full' },
    );
    if (!stale.ok) throw new Error(stale.error.message);
    const resent = await sealBundle({
      selection: stale.value,
      signingKey: orgA.secret,
      recipientKeys: [orgB.public],
    });
    if (!resent.ok) throw new Error(resent.error.message);
    const digest = await b.storeDigest();
    const refused = await openAtB(b, resent.value.bytes);
    expect(refused).toMatchObject({ ok: false, error: { code: 'case-coordination-refused' } });
    expect(!refused.ok && refused.error.message).toContain(
      'the case was handed over to this organisation',
    );
    expect(await b.storeDigest()).toBe(digest);
  });
});
