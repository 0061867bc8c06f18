// The bundle the crash e2e imports: the sample case from a partner CERT with a long
// timeline (enough records for several of the commit's chunks) and several attachments,
// signed by the partner and encrypted to the organisation key.
import { sealBundle, selectForExport } from '../../../shared/exchange/bundle';
import { sha256Hex } from '../../../shared/exchange/bundle/digest';
import { testKey } from '../../../shared/exchange/bundle/testing/keys';
import { IDS, sampleCase, sampleEvent } from '../../../shared/exchange/bundle/testing/sample-case';

type SampleCase = Awaited<ReturnType<typeof sampleCase>>;

/** Adds `data` to the sample case as its n-th packet capture. */
export async function attachCapture(kase: SampleCase, n: number, data: Uint8Array): Promise<void> {
  kase.attachments.push({
    meta: {
      schemaVersion: 1,
      id: `0b6c2f1e-8d3a-4c5b-9e7f-1a2b3c4d5e${n.toString(16).padStart(2, '0')}`,
      caseId: IDS.case,
      name: `capture-${n}.pcap`,
      mediaType: 'application/vnd.tcpdump.pcap',
      size: data.length,
      sha256: await sha256Hex(data),
    },
    data,
  } as SampleCase['attachments'][number]);
}

export type BundleFixture = { bytes: Buffer; orgSecret: string; partnerPublic: string };

export async function crashBundle(
  notes: number,
  attachments: number,
  attachmentBytes: number,
): Promise<BundleFixture> {
  const [org, partner] = await Promise.all([testKey('Airlock CSIRT'), testKey('Partner CERT')]);
  const kase = await sampleCase();
  const start = Date.parse('2026-05-05T00:00:00Z');
  for (let n = 0; n < notes; n += 1) {
    kase.document.events.push(
      sampleEvent(1000 + n, new Date(start + n * 1000).toISOString(), 'note'),
    );
  }
  // Each attachment's chunks are put on their own: one write point each.
  for (let n = 0; n < attachments; n += 1) {
    const data = new Uint8Array(attachmentBytes).map((_, i) => (i * 7 + n + (i >> 12)) % 256);
    await attachCapture(kase, n, data);
  }
  const selection = selectForExport([kase], { kind: 'full' });
  if (!selection.ok) throw new Error(selection.error.message);
  const sealed = await sealBundle({
    selection: selection.value,
    signingKey: partner.secret,
    recipientKeys: [org.public],
  });
  if (!sealed.ok) throw new Error(sealed.error.message);
  return {
    bytes: Buffer.from(sealed.value.bytes),
    orgSecret: org.armoredSecret,
    partnerPublic: partner.armoredPublic,
  };
}
