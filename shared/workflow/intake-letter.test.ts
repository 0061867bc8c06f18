// The tester's declined case: the intake letter was kept only as an internal note with
// "［届出者名］" in it, nothing was sent, and "Acknowledge the finder" said MET at the
// decline. Now the letter follows the decision, keeps unknown fields as `{{…}}` (which the
// seal refuses), and the deadline is met only by a reply recorded as sent to the finder.
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../model';
import { computeDeadlines } from './deadlines';
import { intakeLetter, intakeLetterPurpose, savedIntakeLetter } from './intake-letter';
import { unfilledPlaceholders } from './letters';
import { jpcertProfile } from './policy-jpcert';
import { created, normalPriority, testUuid, timeline } from './testing/test-events';
import { foldEvents } from './timeline';

const base = {
  language: 'ja' as const,
  caseRef: 'AL-2026-0002',
  finderName: '山田 太郎',
  productName: 'Example CMS',
  organisationName: 'Airlock CSIRT',
  receivedAt: '2026-12-07T00:00:00.000Z',
  timeZone: 'Asia/Tokyo',
  reasons: '- クロスサイトスクリプティングで影響が限定的',
};

const declined = (): CaseEvent[] => {
  const ev = timeline();
  return [
    ev(created('2026-12-07T20:01:00.000Z')),
    ev({
      type: 'report.received',
      at: '2026-12-07T20:01:00.001Z',
      payload: { reportId: testUuid(1) as never, receivedAt: '2026-12-07T00:00:00.000Z' },
    }),
    ev({
      type: 'triage.decided',
      at: '2026-12-07T20:01:00.002Z',
      payload: { decision: 'decline', reasons: [], priority: normalPriority, note: '' },
    }),
    ev({
      type: 'note.added',
      at: '2026-12-07T20:01:00.003Z',
      payload: { text: 'Checked with the team.', internal: true },
    }),
    ev({
      type: 'note.added',
      at: '2026-12-07T20:01:00.004Z',
      payload: {
        text: '[AL-2026-0042] 脆弱性関連情報の取り扱いについて\n\n山田 様',
        internal: true,
      },
    }),
  ];
};

const sent = (purpose: 'finder-decline' | 'finder-handling-terminated', n = 50): CaseEvent =>
  timeline(
    undefined,
    n,
  )({
    type: 'message.sent',
    at: '2026-12-08T01:00:00.000Z',
    payload: { messageId: testUuid(n) as never, to: 'finder', involvementId: null, purpose },
  });

const ack = (events: CaseEvent[]) =>
  computeDeadlines(foldEvents(events), jpcertProfile, '2026-12-08T02:00:00.000Z').deadlines.find(
    (d) => d.ruleId === 'jpcert.acknowledge-finder',
  );

describe('the letter answering a report', () => {
  it('says what was decided: accepted, declined, or what is missing', () => {
    const accepted = intakeLetter({ ...base, decision: 'accept' });
    expect(accepted.body).toContain('受理いたしました');
    expect(accepted.body).not.toContain('取り扱いの可否を改めてご連絡いたします');
    expect(accepted.body).toContain('2026年12月7日（Asia/Tokyo）');
    const en = intakeLetter({ ...base, language: 'en', decision: 'accept' });
    expect(en.subject).toBe('[AL-2026-0002] Your vulnerability report has been accepted');
    const no = intakeLetter({ ...base, decision: 'decline' });
    expect(no.subject).toContain('調整を行わない');
    expect(no.body).toContain(base.reasons);
    const more = intakeLetter({ ...base, language: 'en', decision: 'defer' });
    expect(more.body).toContain('please send us the following');
    expect(more.body).toContain(base.reasons);
  });

  it('keeps unknown fields as `{{…}}` for the seal to refuse, never "［届出者名］"', () => {
    const blank = intakeLetter({ ...base, decision: 'decline', finderName: ' ', reasons: '' });
    expect(unfilledPlaceholders(blank)).toEqual(['finderName', 'reasons']);
    expect(`${blank.subject}${blank.body}`).not.toContain('［');
    expect(unfilledPlaceholders(intakeLetter({ ...base, decision: 'accept' }))).toEqual([]);
  });

  it('is recorded as the decline or the acknowledgement', () => {
    expect(intakeLetterPurpose('decline')).toBe('finder-decline');
    expect(intakeLetterPurpose('accept')).toBe('finder-acknowledgement');
    expect(intakeLetterPurpose('defer')).toBe('finder-acknowledgement');
  });

  it('finds the letter intake kept, with its language; a case without one has none', () => {
    const ev = declined();
    expect(savedIntakeLetter(ev, 'AL-2026-0042')).toEqual({
      letter: { subject: '[AL-2026-0042] 脆弱性関連情報の取り扱いについて', body: '山田 様' },
      language: 'ja',
    });
    const en = timeline(
      undefined,
      70,
    )({
      type: 'note.added',
      at: '2026-12-08T00:00:00.000Z',
      payload: { text: '[AL-2026-0042] Decision\n\nDear Taro', internal: true },
    });
    expect(savedIntakeLetter([en], 'AL-2026-0042')?.language).toBe('en');
    const shared = { ...en, payload: { ...en.payload, internal: false } } as CaseEvent;
    expect(savedIntakeLetter([shared], 'AL-2026-0042')).toBeNull();
    expect(savedIntakeLetter(ev, 'AL-2026-9999')).toBeNull();
  });
});

describe('acknowledging the finder', () => {
  it('a decline closes the case but does not meet the deadline; the decline sent does', () => {
    const events = declined();
    expect(foldEvents(events).case?.states.report).toBe('closed');
    expect(ack(events)).toMatchObject({ state: 'ok', metBy: null });
    expect(ack([...events, sent('finder-decline')])).toMatchObject({
      state: 'met',
      metBy: 'acknowledged',
      metAt: '2026-12-08T01:00:00.000Z',
    });
  });

  it('the notice that handling ended answers a received report; before one, it only notes it', () => {
    const [create] = declined();
    if (create === undefined) throw new Error('events');
    const early = foldEvents([create, sent('finder-handling-terminated')]);
    expect(early.handling.finderNotified).toBe(true);
    expect(early.case?.dates.acknowledged).toBeNull();
    const told = foldEvents([...declined(), sent('finder-handling-terminated')]);
    expect(told.case?.dates.acknowledged).toBe('2026-12-08T01:00:00.000Z');
  });
});
