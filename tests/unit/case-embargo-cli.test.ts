import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { airlockGroup, sealArgs } from './testing/cli';
import { testKey } from '../../shared/exchange/bundle/testing/keys';
import { eventId, IDS, sampleDocument } from '../../shared/exchange/bundle/testing/sample-case';
import type { CaseDocument } from '../../shared/model/case-document';
import type { CaseEvent } from '../../shared/model';
import { involvementRecord } from '../../shared/workflow/case-records';
import { foldEvents } from '../../shared/workflow/timeline';

/**
 * The embargo rules hold for case documents too (issue 23): `airlock case validate` and
 * `bundle seal` refuse a timeline that publishes inside an active embargo without an early
 * end, or agrees an embargo for an instant not after the agreement, naming the event; a
 * revision without its reason likewise. `case show` reads the case view the screens read:
 * the 45-day target superseded by the agreed date, a later revision beyond it counted as an
 * extension, both vendors owed the "publication moved" letter.
 */
const caseCli = airlockGroup('case');
const bundleCli = airlockGroup('bundle');

let dir: string;
const file = (name: string) => path.join(dir, name);

const doc = sampleDocument();
const event = (n: number, at: string, type: string, payload: unknown) =>
  ({ ...doc.events[0], id: eventId(n), at, type, payload }) as CaseEvent;
/** The sample case's proposal (2026-06-15 09:00 JST) agreed on 5 May. */
const agreed = event(60, '2026-05-05T00:00:00.000Z', 'embargo.agreed', {
  date: '2026-06-15T00:00:00Z',
  zone: 'Asia/Tokyo',
});
const early = event(61, '2026-05-20T00:00:00.000Z', 'published', { advisoryId: null, url: '' });
const pastAgreement = event(60, '2026-06-16T00:00:00.000Z', 'embargo.agreed', {
  date: '2026-06-15T00:00:00Z',
  zone: 'Asia/Tokyo',
});
const onTime = event(61, '2026-06-15T00:00:00.000Z', 'published', { advisoryId: null, url: '' });
/** Both vendors contacted on 2 May (the 45-day target: 2026-06-16), then the agreed
 *  2026-06-15 revised to 2026-06-30, 14 days beyond the target. */
const contacted = [IDS.invA, IDS.invB].map((involvementId, i) =>
  event(50 + i, `2026-05-02T02:00:0${i}.000Z`, 'vendor.contact-attempted', {
    involvementId,
    channel: 'email',
  }),
);
const revised = (reason: string) =>
  event(62, '2026-05-20T00:00:00.000Z', 'embargo.revised', {
    date: '2026-06-30T00:00:00Z',
    zone: 'Asia/Tokyo',
    reason,
  });

/** A document whose stated records are the fold of its events (only the events differ). */
const documentWith = (...extra: CaseEvent[]): CaseDocument => {
  const events = [...doc.events, ...extra];
  const p = foldEvents(events);
  return {
    ...doc,
    events,
    case: { ...(p.case ?? doc.case), notes: doc.case.notes },
    involvements: p.involvements.map(involvementRecord),
  };
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'airlock-case-embargo-cli-'));
  const [sender, partner] = await Promise.all([
    testKey('Coordinator', 'correct horse'),
    testKey('Partner CERT'),
  ]);
  await Promise.all([
    writeFile(file('sender.sec.asc'), sender.armoredSecret),
    writeFile(file('partner.pub.asc'), partner.armoredPublic),
    writeFile(file('pass.txt'), 'correct horse\n'),
    writeFile(file('early.json'), JSON.stringify(documentWith(agreed, early))),
    writeFile(file('past.json'), JSON.stringify(documentWith(pastAgreement))),
    writeFile(file('on-time.json'), JSON.stringify(documentWith(agreed, onTime))),
    writeFile(
      file('revised.json'),
      JSON.stringify(documentWith(...contacted, agreed, revised('QA'))),
    ),
    writeFile(
      file('no-reason.json'),
      JSON.stringify(documentWith(...contacted, agreed, revised(' '))),
    ),
  ]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const refusal = (out: { json: Record<string, unknown> }) =>
  (out.json as { error: { code: string; message: string } }).error;

describe('case documents and the embargo', () => {
  it('case validate refuses a publication inside the active embargo, naming the event', async () => {
    const out = await caseCli('validate', file('early.json'));
    expect(out.code).toBe(1);
    expect(refusal(out).code).toBe('case-events-refused');
    expect(refusal(out).message).toContain(early.id);
    expect(refusal(out).message).toContain('embargo-active');
  });

  it('case validate refuses an embargo agreed for an instant already past, naming the event', async () => {
    const out = await caseCli('validate', file('past.json'));
    expect(out.code).toBe(1);
    expect(refusal(out).code).toBe('case-events-refused');
    expect(refusal(out).message).toContain(pastAgreement.id);
    expect(refusal(out).message).toContain('embargo-instant-not-future');
  });

  it('case validate passes the same case published at the agreed instant', async () => {
    expect(await caseCli('validate', file('on-time.json'))).toMatchObject({
      code: 0,
      json: { ok: true, valid: true },
    });
  });

  it('bundle seal refuses the early publication and writes nothing', async () => {
    const out = await bundleCli(...sealArgs(dir, 'early.json', 'early.airlock'));
    expect(out.code).toBe(1);
    expect(refusal(out).message).toContain(early.id);
    await expect(stat(file('early.airlock'))).rejects.toThrow();
  });

  it('case validate refuses a revision without its reason, naming the event', async () => {
    const out = await caseCli('validate', file('no-reason.json'));
    expect(out.code).toBe(1);
    expect(refusal(out).message).toContain(eventId(62));
    expect(refusal(out).message).toContain('embargo-revision-reason');
  });

  it('case show: the target superseded, the revision counted, both vendors owed the letter', async () => {
    const out = await caseCli('show', file('revised.json'), '--now', '2026-06-20T00:00:00Z');
    expect(out).toMatchObject({
      code: 0,
      json: {
        deadlineState: 'ok',
        extensions: {
          granted: 0,
          revisedBeyondTarget: 1,
          counted: 1,
          cap: 2,
          target: '2026-06-16',
          beyondTargetDays: 14,
          movedLetterOwedTo: [IDS.invA, IDS.invB],
        },
      },
    });
    const deadlines = out.json.deadlines as { ruleId: string; state: string }[];
    expect(deadlines.find((d) => d.ruleId === 'jpcert.publication-target')).toMatchObject({
      state: 'superseded',
      supersededBy: { instant: '2026-06-30T00:00:00Z', daysBeyond: 14 },
    });
  });
});
