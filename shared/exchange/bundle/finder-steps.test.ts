// Issue 27 items 3 and 7: the link to a duplicate, a second finder's report and a finder's
// withdrawal request travel in a bundle and fold the same on the partner's side.
import { beforeAll, describe, expect, it } from 'vitest';
import { CASE_EVENT_SCHEMA_VERSION, type CaseEvent } from '../../model/case-event';
import { foldEvents } from '../../workflow/timeline';
import { importBundle } from './open';
import { sealBundle } from './seal';
import { selectForExport } from './select';
import { eventId, IDS, sampleCase } from './testing/sample-case';
import { testKey, type TestKey } from './testing/keys';

let sender: TestKey;
let partner: TestKey;
beforeAll(async () => {
  [sender, partner] = await Promise.all([testKey('Coordinator'), testKey('Partner CERT')]);
});

const OTHER = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
const SECOND_REPORT = 'a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d';
const ev = (n: number, at: string, type: string, payload: unknown) =>
  ({
    schemaVersion: CASE_EVENT_SCHEMA_VERSION,
    id: eventId(n),
    caseId: IDS.case,
    at,
    actor: 'analyst',
    type,
    payload,
  }) as CaseEvent;

const steps = [
  ev(41, '2026-05-20T00:00:00Z', 'case.linked', {
    otherCaseId: OTHER,
    otherRef: 'AL-2026-0077',
    relation: 'related',
  }),
  ev(42, '2026-05-21T00:00:00Z', 'report.second-received', {
    reportId: SECOND_REPORT,
    duplicateCaseId: '8e7d6c5b-4a3f-4e2d-9c1b-0a9f8e7d6c5b',
    duplicateRef: 'AL-2026-0078',
    creditName: 'Second Finder',
  }),
  // No attempt to notify the developer is recorded on the sample: the year has not started.
  ev(43, '2026-06-01T00:00:00Z', 'finder.withdrawal-requested', {
    outcome: 'refused',
    possibleOn: null,
    refusal: 'developer-not-contacted',
  }),
];

describe('finder steps in a bundle', () => {
  it('carries the links and the withdrawal request, and the partner folds them', async () => {
    const kase = await sampleCase();
    const withSteps = {
      ...kase,
      document: { ...kase.document, events: [...kase.document.events, ...steps] },
    };
    const selection = selectForExport([withSteps], { kind: 'full' });
    if (!selection.ok) throw new Error(selection.error.message);
    const sealed = await sealBundle({
      selection: selection.value,
      signingKey: sender.secret,
      recipientKeys: [partner.public],
    });
    if (!sealed.ok) throw new Error(sealed.error.message);
    const plan = await importBundle(sealed.value.bytes, {
      decryptionKeys: [partner.secret],
      knownKeys: [sender.public],
      lookup: { isBundleImported: () => false, existingEvents: () => undefined },
    });
    if (!plan.ok) throw new Error(plan.error.message);
    const merged = plan.value.cases[0]?.mergedEvents ?? [];
    expect(merged.filter((e) => steps.some((s) => s.id === e.id))).toEqual(steps);
    const p = foldEvents(merged);
    expect(p.rejected).toEqual([]);
    expect(p.links.map((l) => [l.otherRef, l.relation])).toEqual([
      ['AL-2026-0077', 'related'],
      ['AL-2026-0078', 'duplicated-by'],
    ]);
    expect(p.links[1]?.second?.creditName).toBe('Second Finder');
    expect(p.finderSteps.withdrawals[0]).toMatchObject({
      outcome: 'refused',
      refusal: 'developer-not-contacted',
    });
  });
});
