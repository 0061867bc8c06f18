import { describe, expect, it } from 'vitest';
import { planImport, type ImportPlan } from '../../../shared/exchange/bundle';
import { IDS, sampleCase, sampleEvent } from '../../../shared/exchange/bundle/testing/sample-case';
import type { CaseEvent } from '../../../shared/model';
import { projectionOfEvents } from '../../../shared/workflow/testing/test-events';
import type { LocalCaseWithRef } from '../../../shared/workflow/imported-case-ref';
import { importWrites, ledgerEntry } from './import-writes';

const SIGNER = 'A'.repeat(40);
const NOW = '2026-06-01T00:00:00.000Z';

async function planFor(existing: readonly CaseEvent[] | undefined): Promise<ImportPlan> {
  const bundle = await sampleCase();
  const manifest = {
    format: 'airlock-bundle/1',
    bundleId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    createdAt: NOW,
    generator: 'Airlock',
    sender: { fingerprint: SIGNER },
    recipients: [{ fingerprint: SIGNER }],
    tlp: 'AMBER',
    view: 'full',
    cases: [{ id: IDS.case, ref: bundle.document.case.ref }],
    files: [],
  } as unknown as ImportPlan['manifest'];
  const plan = await planImport(
    manifest,
    [bundle],
    { status: 'valid', fingerprint: SIGNER },
    {
      isBundleImported: () => false,
      existingEvents: () => existing,
    },
  );
  if (!plan.ok) throw new Error(plan.error.message);
  return plan.value;
}

type Known = { contacts?: string[]; attachments?: string[]; cases?: LocalCaseWithRef[] };
const ctx = (known: Known = {}) => ({
  now: NOW,
  actor: 'analyst',
  recipient: 'D'.repeat(40),
  hasContact: (id: string) => (known.contacts ?? []).includes(id),
  hasAttachment: (id: string) => (known.attachments ?? []).includes(id),
  caseWithRef: (ref: string) => (known.cases ?? []).find((c) => c.ref === ref),
});

describe('import writes', () => {
  it('a new case gets every bundle event plus one bundle.imported naming the signer', async () => {
    const plan = await planFor(undefined);
    const [writes] = importWrites(plan, ctx());
    if (writes === undefined) throw new Error('no case');
    expect(writes.isNew).toBe(true);
    const imported = writes.events.filter((e) => e.type === 'bundle.imported');
    expect(imported).toHaveLength(1);
    // It lists what it added, so each event keeps its sender, and names our own key.
    expect(imported[0]?.payload).toEqual({
      bundleId: plan.bundleId,
      sender: SIGNER,
      events: plan.cases[0]!.eventsAdded.map((e) => e.id),
      recipient: 'D'.repeat(40),
    });
    expect(writes.events).toHaveLength(plan.cases[0]!.document.events.length + 1);
    // The case record is the engine's fold of the merged timeline, not the sender's copy.
    expect(writes.kase).toEqual(
      projectionOfEvents([...plan.cases[0]!.mergedEvents, imported[0]!]).case,
    );
    expect(writes.kase.ref).toBe(plan.cases[0]!.ref);
    expect(writes.attachments.map((a) => a.meta.id)).toEqual([IDS.attachment]);
  });

  it('an existing case only gets the events it lacks; known contacts and blobs are kept', async () => {
    const doc = (await sampleCase()).document;
    const plan = await planFor(doc.events.slice(0, 3));
    const [writes] = importWrites(
      plan,
      ctx({ contacts: [IDS.vendorA], attachments: [IDS.attachment] }),
    );
    expect(writes?.isNew).toBe(false);
    const added = new Set(writes?.events.map((e) => e.id));
    const missing = doc.events.slice(3).map((e) => e.id);
    expect(added.size).toBe(missing.length + 1);
    for (const id of missing) expect(added.has(id)).toBe(true);
    expect(writes?.events.at(-1)?.type).toBe('bundle.imported');
    expect(writes?.contacts.some((c) => c.id === IDS.vendorA)).toBe(false);
    expect(writes?.attachments).toEqual([]);
  });

  it('a new case whose reference another local case holds is marked as a clash', async () => {
    const plan = await planFor(undefined);
    const ref = plan.cases[0]!.ref;
    const ours = { id: 'our-own-first-case', ref, title: 'Our own case' };
    const [clashing] = importWrites(plan, ctx({ cases: [ours] }));
    expect(clashing?.refStatus).toEqual({ status: 'clash', ref, usedBy: ours });
    // The same case already here (same id) is not a clash: the bundle merges into it.
    const same = { id: plan.cases[0]!.caseId, ref, title: 'Same case' };
    const [merging] = importWrites(await planFor([]), ctx({ cases: [same] }));
    expect(merging?.refStatus).toEqual({ status: 'kept', ref });
  });

  it('a later local event stays in the fold after the merge', async () => {
    const doc = (await sampleCase()).document;
    const local = [...doc.events, sampleEvent(900, '2026-05-30T00:00:00.000Z', 'note')];
    const plan = await planFor(local);
    const [writes] = importWrites(plan, ctx());
    expect(writes?.events.map((e) => e.type)).toEqual(['bundle.imported']);
  });

  it('the ledger entry makes the bundle id a replay and records an explicit acceptance', async () => {
    const plan = await planFor(undefined);
    expect(ledgerEntry(plan, NOW)).toMatchObject({
      bundleId: plan.bundleId,
      senderFingerprint: SIGNER,
      outcome: 'imported',
      detail: '',
    });
    const accepted = {
      ...plan,
      signer: { status: 'accepted-unknown' as const, fingerprint: SIGNER },
    };
    expect(ledgerEntry(accepted, NOW).detail).toMatch(/accepted/);
  });
});
