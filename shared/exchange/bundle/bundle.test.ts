import { beforeAll, describe, expect, it } from 'vitest';
import { importBundle, openBundle } from './open';
import { sealBundle } from './seal';
import { selectForExport } from './select';
import { sampleCase, sampleEvent, IDS } from './testing/sample-case';
import { testKey, type TestKey } from './testing/keys';
import { writeBundleZip, type BundleProgress } from './write';
import { readBundleZip } from './read';
import { parseBundleCases } from './records';
import { DEFAULT_BUNDLE_LIMITS } from './limits';
import { sampleDraft } from '../../advisory/testing/sample-draft';

let sender: TestKey;
let partner: TestKey;

beforeAll(async () => {
  [sender, partner] = await Promise.all([testKey('Coordinator'), testKey('Partner CERT')]);
});

async function sealFull(tlp: 'AMBER' | 'RED' = 'AMBER', redConfirmations?: string[]) {
  const selection = selectForExport([await sampleCase(tlp)], { kind: 'full' });
  if (!selection.ok) throw new Error(selection.error.message);
  return sealBundle({
    selection: selection.value,
    signingKey: sender.secret,
    recipientKeys: [partner.public],
    ...(redConfirmations === undefined ? {} : { redConfirmations }),
  });
}

describe('bundle round trip', () => {
  it('a partner opens a full bundle and gets the same case, attachments and a verified signer', async () => {
    const progress: BundleProgress[] = [];
    const selection = selectForExport([await sampleCase()], { kind: 'full' });
    if (!selection.ok) throw new Error(selection.error.message);
    const sealed = await sealBundle({
      selection: selection.value,
      signingKey: sender.secret,
      recipientKeys: [partner.public],
      onProgress: (p) => progress.push(p),
    });
    if (!sealed.ok) throw new Error(sealed.error.message);
    expect(sealed.value.manifest.recipients.map((r) => r.fingerprint)).toEqual([
      partner.fingerprint,
      sender.fingerprint,
    ]);
    expect(progress.map((p) => p.phase)).toContain('encrypt');

    const opened = await openBundle(sealed.value.bytes, {
      decryptionKeys: [partner.secret],
      knownKeys: [sender.public],
    });
    if (!opened.ok) throw new Error(`${opened.error.code}: ${opened.error.message}`);
    expect(opened.value.signer).toEqual({ status: 'valid', fingerprint: sender.fingerprint });
    const [bundled] = opened.value.cases;
    const original = await sampleCase();
    expect(bundled?.document).toEqual(original.document);
    expect(bundled?.attachments[0]?.data).toEqual(original.attachments[0]?.data);
  });

  it('the sender can open its own bundle (it is encrypted to itself too)', async () => {
    const sealed = await sealFull();
    if (!sealed.ok) throw new Error(sealed.error.message);
    const opened = await openBundle(sealed.value.bytes, {
      decryptionKeys: [sender.secret],
      knownKeys: [sender.public],
    });
    expect(opened.ok).toBe(true);
  });

  it('import produces a plan: a new case with all its events', async () => {
    const sealed = await sealFull();
    if (!sealed.ok) throw new Error(sealed.error.message);
    const plan = await importBundle(sealed.value.bytes, {
      decryptionKeys: [partner.secret],
      knownKeys: [sender.public],
      lookup: { isBundleImported: () => false, existingEvents: () => undefined },
    });
    if (!plan.ok) throw new Error(plan.error.message);
    const [casePlan] = plan.value.cases;
    expect(casePlan?.isNew).toBe(true);
    expect(casePlan?.eventsAdded).toHaveLength(10);
    expect(plan.value.bundleId).toBe(sealed.value.manifest.bundleId);
  });

  it('import into an existing case adds only the missing events', async () => {
    const sealed = await sealFull();
    if (!sealed.ok) throw new Error(sealed.error.message);
    const existing = (await sampleCase()).document.events.slice(0, 5);
    const local = sampleEvent(99, '2026-05-10T00:00:00Z');
    const plan = await importBundle(sealed.value.bytes, {
      decryptionKeys: [partner.secret],
      knownKeys: [sender.public],
      lookup: {
        isBundleImported: () => false,
        existingEvents: (id) => (id === IDS.case ? [...existing, local] : undefined),
      },
    });
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value.cases[0]?.isNew).toBe(false);
    expect(plan.value.cases[0]?.eventsAdded).toHaveLength(5);
    expect(plan.value.cases[0]?.mergedEvents).toHaveLength(11);
    expect(plan.value.cases[0]?.conflicts).toEqual([]);
  });

  it('a TLP:RED bundle is refused unless every recipient is confirmed', async () => {
    const refused = await sealFull('RED');
    expect(refused.ok ? null : refused.error.code).toBe('tlp-red-unconfirmed');
    const accepted = await sealFull('RED', [partner.fingerprint]);
    expect(accepted.ok).toBe(true);
    if (accepted.ok) expect(accepted.value.manifest.tlp).toBe('RED');
  });

  it('refuses a bundle without recipients other than the sender', async () => {
    const selection = selectForExport([await sampleCase()], { kind: 'full' });
    if (!selection.ok) throw new Error(selection.error.message);
    const sealed = await sealBundle({
      selection: selection.value,
      signingKey: sender.secret,
      recipientKeys: [sender.public],
    });
    expect(sealed.ok ? null : sealed.error.code).toBe('recipients-missing');
  });
});

describe('messages and advisory drafts (full view)', () => {
  const message = {
    schemaVersion: 2,
    id: '8c9daebf-c0d1-4e23-b4f5-a6b7c8d9eafb',
    direction: 'out',
    caseId: IDS.case,
    subject: '[AL-2026-0042] Vulnerability report',
    body: 'Dear Vendor A',
    attachments: [],
    fileName: 'AL-2026-0042-vendor-a.asc',
    format: 'asc',
    at: '2026-05-02T01:00:00Z',
    pgp: { encrypted: true, encryptedTo: [], signatures: [] },
    readAt: '2026-05-02T01:00:00Z',
    threadProduct: null,
  };

  async function roundTrip(draftCaseId: string) {
    const source = await sampleCase();
    const draft = sampleDraft();
    source.document.messages = [message];
    source.document.advisoryDrafts = [
      { ...draft, case: { ...draft.case, id: draftCaseId, ref: 'AL-2026-0042' } },
    ];
    const selection = selectForExport([source], { kind: 'full' });
    if (!selection.ok) throw new Error(selection.error.message);
    const header = {
      bundleId: '2a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      createdAt: '2026-05-05T00:00:00.000Z',
      senderFingerprint: sender.fingerprint,
      recipientFingerprints: [partner.fingerprint],
    };
    const { zip } = await writeBundleZip(selection.value, header);
    const files = await readBundleZip(zip, DEFAULT_BUNDLE_LIMITS);
    if (!files.ok) throw new Error(files.error.message);
    return { source, parsed: parseBundleCases(files.value.manifest, files.value.files) };
  }

  it('travel through their model schemas unchanged, without the read state', async () => {
    const { source, parsed } = await roundTrip(IDS.case);
    if (!parsed.ok) throw new Error(parsed.error.message);
    // One analyst's read state does not travel to a partner (read-state.ts).
    expect(parsed.value[0]?.document.messages).toEqual([{ ...message, readAt: null }]);
    expect(source.document.messages).toEqual([message]);
    expect(parsed.value[0]?.document.advisoryDrafts).toEqual(source.document.advisoryDrafts);
  });

  it('a draft that belongs to another case is refused', async () => {
    const { parsed } = await roundTrip('aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee');
    expect(parsed.ok ? null : parsed.error.code).toBe('record-case-mismatch');
  });
});
