import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finalizeDraft } from '../../shared/advisory/lifecycle';
import { vexCaseDraft } from '../../shared/advisory/testing/vex-case';
import { eventId, sampleDocument } from '../../shared/exchange/bundle/testing/sample-case';
import type { CaseEvent } from '../../shared/model';
import type { CaseDocument } from '../../shared/model/case-document';
import { involvementRecord } from '../../shared/workflow/case-records';
import { foldEvents } from '../../shared/workflow/timeline';
import { airlockGroup } from './testing/cli';

/**
 * `airlock advisory render <draft> --case <case.json>` (issue 28): the revision history and
 * a withdrawal come from the case document's events, as in the app; without `--case` the
 * draft alone is rendered as it holds itself; another case's document is refused.
 */
const advisory = airlockGroup('advisory');
const doc = sampleDocument();
const event = (n: number, at: string, type: string, payload: unknown) =>
  ({ ...doc.events[0], id: eventId(n), at, type, payload }) as CaseEvent;
const reasoning = {
  ja: '報告された脆弱性は再現できませんでした。',
  en: 'The reported vulnerability could not be reproduced.',
};
const extra = [
  event(60, '2026-05-05T00:00:00.000Z', 'embargo.agreed', {
    date: '2026-06-15T00:00:00Z',
    zone: 'Asia/Tokyo',
  }),
  event(61, '2026-06-15T00:00:00.000Z', 'published', { advisoryId: null, url: '' }),
  event(62, '2026-07-01T00:00:00.000Z', 'advisory.withdrawn', { note: reasoning }),
];
const withdrawnCase = (): CaseDocument => {
  const events = [...doc.events, ...extra];
  const p = foldEvents(events);
  expect(p.rejected).toEqual([]);
  return {
    ...doc,
    events,
    case: { ...(p.case ?? doc.case), notes: doc.case.notes },
    involvements: p.involvements.map(involvementRecord),
  };
};

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'airlock-advisory-case-'));
  const base = vexCaseDraft();
  const final = finalizeDraft(
    { ...base, case: { ...base.case, id: doc.case.id } },
    '2026-06-01T00:00:00.000Z',
  );
  if (!final.ok) throw new Error(final.error.message);
  await Promise.all([
    writeFile(file('draft.json'), JSON.stringify(final.value)),
    writeFile(file('other.json'), JSON.stringify(base)),
    writeFile(file('case.json'), JSON.stringify(withdrawnCase())),
  ]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Csaf = {
  document: {
    category: string;
    tracking: { version: string; revision_history: { summary: string }[] };
  };
};
const written = async (out: { json: Record<string, unknown> }): Promise<Csaf> =>
  JSON.parse(await readFile((out.json.files as string[])[0]!, 'utf8')) as Csaf;

describe('airlock advisory render --case', () => {
  it('renders CSAF 2.1 csaf_withdrawn from the case events, valid, with the history', async () => {
    const out = await advisory(
      'render',
      file('draft.json'),
      '--format',
      'csaf21',
      '--case',
      file('case.json'),
      '--out',
      file('with'),
    );
    expect(out).toMatchObject({ code: 0, json: { ok: true } });
    const d = await written(out);
    expect(d.document.category).toBe('csaf_withdrawn');
    expect(d.document.tracking.version).toBe('2');
    expect(d.document.tracking.revision_history.map((r) => r.summary)).toEqual([
      'Initial release',
      'Advisory withdrawn',
    ]);
    const alone = await advisory(
      'render',
      file('draft.json'),
      '--format',
      'csaf21',
      '--out',
      file('alone'),
    );
    expect(alone).toMatchObject({ code: 0, json: { ok: true } });
    expect((await written(alone)).document.category).toBe('csaf_security_advisory');
  }, 120_000);

  it('refuses the document of another case', async () => {
    const out = await advisory(
      'render',
      file('other.json'),
      '--format',
      'csaf',
      '--case',
      file('case.json'),
      '--out',
      file('x'),
    );
    expect(out.code).not.toBe(0);
    expect(out.json).toMatchObject({ ok: false, error: { code: 'case-mismatch' } });
  }, 120_000);
});
