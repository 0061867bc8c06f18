// A published advisory's revision history and withdrawal (issue 28), kept by the fold from
// the case events: what every export prints, refused where it means nothing.
import { describe, expect, it } from 'vitest';
import { caseEventSchema, type CaseEvent } from '../model';
import { advisoryHistory, REVISION_SUMMARIES } from './advisory-history';
import type { CaseProjection } from './projection';
import {
  acceptedSoftwareCase,
  TEST_CASE_ID,
  testUuid,
  timeline,
  type EventSpec,
} from './testing/test-events';
import { foldEvents } from './timeline';

const DRAFT = testUuid(0xd1) as never;
const note = { ja: '脆弱性ではありませんでした', en: 'The issue is not a vulnerability' };
const publish = (at: string): EventSpec => ({
  type: 'published',
  at,
  payload: { advisoryId: 'JVN#12345678', url: '' },
});
const change = (at: string, summary?: { ja: string; en: string }): EventSpec => ({
  type: 'advisory.changed',
  at,
  payload: { draftId: DRAFT, status: 'final', ...(summary ? { summary } : {}) },
});
const withdraw = (at: string): EventSpec => ({ type: 'advisory.withdrawn', at, payload: { note } });
const supersede = (at: string, advisoryId = 'JVN#87654321'): EventSpec => ({
  type: 'advisory.superseded',
  at,
  payload: { advisoryId, url: `https://jvn.jp/jp/${advisoryId.replace('#', '')}/`, note },
});

const caseWith = (...specs: EventSpec[]): CaseEvent[] => [
  ...acceptedSoftwareCase(),
  ...specs.map(timeline(TEST_CASE_ID, 200)),
];
const fold = (...specs: EventSpec[]) => foldEvents(caseWith(...specs));
const codes = (p: CaseProjection) => p.rejected.map((r) => r.error.code);
const rows = (p: CaseProjection) =>
  p.advisory.revisions.map((r) => [r.number, r.date, r.summary.en]);

describe('the revision history from the case events', () => {
  it('is empty before publication: a draft saved then is no release', () => {
    const p = fold(change('2026-05-01T00:00:00.000Z'));
    expect(p.advisory).toEqual({ revisions: [], withdrawal: null });
    expect(codes(p)).toEqual([]);
  });

  it('numbers publication 1 and each later change, with its summary or a default', () => {
    const p = fold(
      change('2026-05-01T00:00:00.000Z'),
      publish('2026-06-01T00:00:00.000Z'),
      change('2026-06-10T00:00:00.000Z', { ja: '修正版を追記', en: 'Fixed version added' }),
      change('2026-06-20T00:00:00.000Z'),
    );
    expect(rows(p)).toEqual([
      ['1', '2026-06-01T00:00:00.000Z', 'Initial release'],
      ['2', '2026-06-10T00:00:00.000Z', 'Fixed version added'],
      ['3', '2026-06-20T00:00:00.000Z', 'Advisory updated'],
    ]);
    expect(p.advisory.revisions[0]?.summary).toEqual(REVISION_SUMMARIES.published);
    expect(p.advisory.revisions[2]?.summary.ja).toBe('アドバイザリを更新');
  });

  it('records a withdrawal with its reasoning as the last revision', () => {
    const p = fold(publish('2026-06-01T00:00:00.000Z'), withdraw('2026-07-01T00:00:00.000Z'));
    expect(rows(p).at(-1)).toEqual(['2', '2026-07-01T00:00:00.000Z', 'Advisory withdrawn']);
    expect(p.advisory.withdrawal).toEqual({
      kind: 'withdrawn',
      at: '2026-07-01T00:00:00.000Z',
      reason: note,
    });
  });

  it('records a supersession naming the new advisory', () => {
    const p = fold(publish('2026-06-01T00:00:00.000Z'), supersede('2026-07-01T00:00:00.000Z'));
    expect(rows(p).at(-1)?.[2]).toBe('Superseded by JVN#87654321');
    expect(p.advisory.revisions.at(-1)?.summary.ja).toBe('JVN#87654321 に置き換え');
    expect(p.advisory.withdrawal?.supersededBy).toEqual({
      advisoryId: 'JVN#87654321',
      url: 'https://jvn.jp/jp/JVN87654321/',
    });
  });

  it('refuses a withdrawal before publication, a second one, and a self-supersession', () => {
    expect(codes(fold(withdraw('2026-05-01T00:00:00.000Z')))).toEqual(['advisory-not-published']);
    expect(codes(fold(supersede('2026-05-01T00:00:00.000Z')))).toEqual(['advisory-not-published']);
    const twice = fold(
      publish('2026-06-01T00:00:00.000Z'),
      withdraw('2026-07-01T00:00:00.000Z'),
      supersede('2026-07-02T00:00:00.000Z'),
    );
    expect(codes(twice)).toEqual(['advisory-already-withdrawn']);
    expect(twice.advisory.withdrawal?.kind).toBe('withdrawn');
    expect(twice.advisory.revisions).toHaveLength(2);
    const self = fold(
      publish('2026-06-01T00:00:00.000Z'),
      supersede('2026-07-01T00:00:00.000Z', 'JVN#12345678'),
    );
    expect(codes(self)).toEqual(['advisory-supersedes-itself']);
    expect(self.advisory.withdrawal).toBeNull();
  });

  it('withdraws the advisory of a closed case (publication usually closes it first)', () => {
    const p = fold(
      publish('2026-06-01T00:00:00.000Z'),
      {
        type: 'case.closed',
        at: '2026-06-02T00:00:00.000Z',
        payload: { reason: 'resolved', note: '' },
      },
      withdraw('2026-07-01T00:00:00.000Z'),
    );
    expect(codes(p)).toEqual([]);
    expect(p.advisory.withdrawal?.kind).toBe('withdrawn');
  });

  it('is the same from the events alone (a case document, the CLI)', () => {
    const events = caseWith(
      publish('2026-06-01T00:00:00.000Z'),
      withdraw('2026-07-01T00:00:00.000Z'),
    );
    expect(advisoryHistory(events)).toEqual(foldEvents(events).advisory);
  });

  it('needs the reasoning in both languages, since it is published', () => {
    const event = caseWith(
      publish('2026-06-01T00:00:00.000Z'),
      withdraw('2026-07-01T00:00:00.000Z'),
    ).at(-1);
    expect(caseEventSchema.safeParse(event).success).toBe(true);
    const bad = { ...event, payload: { note: { ja: '理由', en: ' ' } } };
    expect(caseEventSchema.safeParse(bad).success).toBe(false);
  });
});
