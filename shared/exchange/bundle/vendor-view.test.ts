// Data minimisation: a vendor view must carry no trace of the finder (no credit consent),
// no other vendor's involvement, statement or contact, and no internal notes.
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { openBinary } from '../../crypto/pgp/open';
import { sealBundle } from './seal';
import { describeLeaks, selectForExport } from './select';
import { FINDER, IDS, sampleCase } from './testing/sample-case';
import { testKey, type TestKey } from './testing/keys';

let coordinator: TestKey;
let vendorA: TestKey;

beforeAll(async () => {
  [coordinator, vendorA] = await Promise.all([testKey('Coordinator'), testKey('Vendor A')]);
});

const vendorView = { kind: 'vendor', vendorContactId: IDS.vendorA } as const;

function contains(haystack: Uint8Array, needle: string): boolean {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(haystack).toLowerCase();
  return text.includes(needle.toLowerCase());
}

async function decryptedBytes(view: typeof vendorView | { kind: 'full' }) {
  const selection = selectForExport([await sampleCase()], view);
  if (!selection.ok) throw new Error(selection.error.message);
  const sealed = await sealBundle({
    selection: selection.value,
    signingKey: coordinator.secret,
    recipientKeys: [vendorA.public],
  });
  if (!sealed.ok) throw new Error(sealed.error.message);
  const opened = await openBinary({
    data: sealed.value.bytes,
    decryptionKeys: [vendorA.secret],
    verificationKeys: [coordinator.public],
  });
  if (!opened.ok) throw new Error(opened.error.message);
  return {
    zip: opened.value.data,
    files: unzipSync(opened.value.data),
    preview: selection.value.items,
  };
}

const secrets = [
  FINDER.name,
  FINDER.email,
  FINDER.fingerprint,
  'security@vendor-b.example',
  'Vendor B will not fix',
  'called ',
  'finder prefers e-mail',
];

describe('vendor view', () => {
  it('contains no trace of the finder, other vendors or internal notes, anywhere in the bundle', async () => {
    const { zip, files } = await decryptedBytes(vendorView);
    for (const secret of secrets) {
      expect(contains(zip, secret), `raw ZIP contains ${secret}`).toBe(false);
      for (const [path, data] of Object.entries(files)) {
        expect(contains(data, secret), `${path} contains ${secret}`).toBe(false);
      }
    }
  });

  it('control: the full view does carry those strings, so the search above can find them', async () => {
    const { files } = await decryptedBytes({ kind: 'full' });
    const all = Object.values(files);
    for (const secret of secrets)
      expect(
        all.some((data) => contains(data, secret)),
        secret,
      ).toBe(true);
  });

  it('still gives the vendor what it needs: the case, its own involvement, the vulnerability and the PoC', async () => {
    const { files } = await decryptedBytes(vendorView);
    const read = (name: string): unknown =>
      JSON.parse(new TextDecoder().decode(files[`cases/${IDS.case}/${name}`]));
    expect((read('case.json') as { ref: string }).ref).toBe('AL-2026-0042');
    expect((read('involvements.json') as { contactId: string }[]).map((i) => i.contactId)).toEqual([
      IDS.vendorA,
    ]);
    expect((read('contacts.json') as { id: string }[]).map((c) => c.id)).toEqual([IDS.vendorA]);
    const [vuln] = read('vulnerabilities.json') as { affected: { vendor: string }[] }[];
    expect(vuln?.affected.map((a) => a.vendor)).toEqual(['Vendor A']);
    expect(files[`cases/${IDS.case}/attachments/${IDS.attachment}`]).toBeDefined();
    expect((read('report.json') as { reporter: { name: string } }).reporter.name).toBe('withheld');
  });

  it('the preview lists what is left out and why', async () => {
    const { preview } = await decryptedBytes(vendorView);
    const left = preview.filter((i) => !i.included);
    expect(left.map((i) => i.kind)).toEqual(
      expect.arrayContaining(['event', 'involvement', 'contact']),
    );
    expect(left.find((i) => i.id === IDS.invB)?.note).toBe('another party');
    expect(preview.find((i) => i.kind === 'report')?.note).toMatch(/finder identity withheld/);
  });

  it('keeps the finder credit name when the finder consented, but never the contact address', async () => {
    const source = await sampleCase();
    if (source.document.report) {
      source.document.report.reporter = {
        ...source.document.report.reporter,
        creditConsent: true,
        creditName: 'K. Z.',
      };
    }
    const selection = selectForExport([source], vendorView);
    if (!selection.ok) throw new Error(selection.error.message);
    const report = selection.value.cases[0]?.document.report;
    expect(report?.reporter.name).toBe('K. Z.');
    expect(report?.reporter.contact).toBe('withheld');
  });

  it('refuses a vendor that is not involved in the case', async () => {
    const selection = selectForExport([await sampleCase()], {
      kind: 'vendor',
      vendorContactId: IDS.finder,
    });
    expect(selection.ok ? null : selection.error.code).toBe('case-invalid');
  });
});

describe('vendor view: other vendors (issue 23)', () => {
  it('a case title naming another vendor is a leak to override; a record naming one is left out', async () => {
    const source = await sampleCase();
    const doc = source.document;
    const named = {
      ...source,
      document: {
        ...doc,
        case: { ...doc.case, title: 'XSS in Example CMS and Vendor B plugin' },
        events: doc.events.map((e) =>
          e.type === 'case.created'
            ? { ...e, payload: { ...e.payload, title: 'XSS in Example CMS and Vendor B plugin' } }
            : e,
        ),
      },
    };
    const selection = selectForExport([named], vendorView);
    expect(selection.ok).toBe(true);
    if (!selection.ok) return;
    // The name and the product ("B Plugin", its affected product), in the record and event.
    const created = expect.stringContaining('case.created') as string;
    expect(selection.value.leaks.map((h) => [h.text, h.field])).toEqual([
      ['Vendor B', { kind: 'record', label: `${doc.case.ref} case` }],
      ['B plugin', { kind: 'record', label: `${doc.case.ref} case` }],
      ['Vendor B', { kind: 'record', label: created }],
      ['B plugin', { kind: 'record', label: created }],
    ]);
    expect(describeLeaks(selection.value.leaks)).toContain('is the name of Vendor B');
    // The full view is for coordinators: nothing to refuse.
    const full = selectForExport([named], { kind: 'full' });
    expect(full.ok && full.value.leaks).toEqual([]);
    // Without the title, the sample's vendor view carries no other vendor at all.
    const clean = selectForExport([source], vendorView);
    expect(clean.ok && clean.value.leaks).toEqual([]);
  });
});
