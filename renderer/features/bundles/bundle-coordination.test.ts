// Issue 27's events cross the air gap: a partner's bundle holding an extension request, its
// grant and a vendor's dispute merges into this vault and folds to the same case.
import { beforeAll, describe, expect, it } from 'vitest';
import { importBundle, sealBundle, selectForExport } from '../../../shared/exchange/bundle';
import { testKey, type TestKey } from '../../../shared/exchange/bundle/testing/keys';
import { eventId, IDS, sampleCase } from '../../../shared/exchange/bundle/testing/sample-case';
import { CASE_EVENT_SCHEMA_VERSION, type CaseEvent } from '../../../shared/model';
import { projectionOfEvents } from '../../../shared/workflow/testing/test-events';
import { freshStore } from '../../store/testing/test-support';
import { applyImport, planWrites, storeLookup } from './bundle-store';

let sender: TestKey;
let recipient: TestKey;
beforeAll(async () => {
  [sender, recipient] = await Promise.all([testKey('Sender'), testKey('Recipient')]);
});

const ev = (n: number, at: string, type: string, payload: unknown) =>
  ({
    schemaVersion: CASE_EVENT_SCHEMA_VERSION,
    id: eventId(n),
    caseId: IDS.case,
    at,
    actor: 'partner analyst',
    type,
    payload,
  }) as CaseEvent;

const AGREED = '2026-06-15T00:00:00.000Z';
const LATER = '2026-06-30T00:00:00.000Z';

describe('a bundle with extension and dispute events', () => {
  it('merges: the agreed instant moved, the request granted, the vendor disputed', async () => {
    const bundle = await sampleCase();
    bundle.document.events.push(
      ev(60, '2026-05-05T00:00:00.000Z', 'embargo.agreed', { date: AGREED, zone: 'Asia/Tokyo' }),
      ev(61, '2026-05-05T01:00:00.000Z', 'vendor.contact-attempted', {
        involvementId: IDS.invA,
        channel: 'email',
      }),
      ev(62, '2026-05-05T02:00:00.000Z', 'vendor.contact-attempted', {
        involvementId: IDS.invB,
        channel: 'email',
      }),
      ev(63, '2026-05-06T00:00:00.000Z', 'embargo.extension-requested', {
        involvementId: IDS.invA,
        date: LATER,
        zone: 'Asia/Tokyo',
        reason: 'the fix needs another release',
        messageId: null,
      }),
      ev(64, '2026-05-07T00:00:00.000Z', 'embargo.extension-granted', {
        requestId: eventId(63),
        date: LATER,
        zone: 'Asia/Tokyo',
      }),
      ev(65, '2026-05-08T00:00:00.000Z', 'vendor.disputed', {
        involvementId: IDS.invB,
        category: 'works-as-designed',
        reason: 'the admin panel is trusted by design',
      }),
    );
    const selection = selectForExport([bundle], { kind: 'full' });
    if (!selection.ok) throw new Error(selection.error.message);
    const sealed = await sealBundle({
      selection: selection.value,
      signingKey: sender.secret,
      recipientKeys: [recipient.public],
    });
    if (!sealed.ok) throw new Error(sealed.error.message);

    const store = await freshStore();
    const opened = await importBundle(sealed.value.bytes, {
      decryptionKeys: [recipient.secret],
      knownKeys: [sender.public],
      lookup: storeLookup(store),
    });
    if (!opened.ok) throw new Error(opened.error.message);
    expect((await applyImport(store, opened.value, planWrites(store, opened.value))).ok).toBe(true);

    const events = store.repos.caseEvents.byCase(IDS.case);
    const projection = projectionOfEvents(events);
    expect(projection.rejected).toEqual([]);
    expect(store.repos.cases.get(IDS.case)?.dates.agreedPublication).toBe(LATER);
    expect(projection.extensions).toMatchObject([
      { requestId: eventId(63), decision: { kind: 'granted', date: LATER, previous: AGREED } },
    ]);
    const disputed = store.repos.involvements.get(IDS.invB);
    expect(disputed).toMatchObject({
      status: 'disputed',
      dispute: { category: 'works-as-designed' },
    });
  });
});
