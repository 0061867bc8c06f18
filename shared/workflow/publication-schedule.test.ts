// Publication scheduled at the agreed instant (issue 23): a recorded intent the case view
// states, refused where it means nothing, lapsed when the instant it names is no longer the
// agreed one, and never a publication by itself.
import { describe, expect, it } from 'vitest';
import type { CaseEvent, EventId } from '../model';
import { sampleAlertCreated } from '../model/testing/technical-alert';
import { caseView } from './case-view';
import { emptyProjection, type CaseProjection } from './projection';
import {
  lapseSchedule,
  schedulePublicationCommand,
  scheduledPublication,
} from './publication-schedule';
import {
  acceptedSoftwareCase,
  TEST_CASE_ID,
  timeline,
  type EventSpec,
} from './testing/test-events';
import { applyCommand, foldEvents } from './timeline';

const AGREED = '2026-07-01T01:00:00.000Z'; // 10:00 JST
const LATER = '2026-07-15T01:00:00.000Z';
const BEFORE = '2026-06-01T00:00:00.000Z';

const agreedEmbargo: EventSpec[] = [
  {
    type: 'embargo.proposed',
    at: '2026-05-01T00:00:00.000Z',
    payload: { date: AGREED, zone: 'Asia/Tokyo', proposedBy: 'vendor' },
  },
  {
    type: 'embargo.agreed',
    at: '2026-05-02T00:00:00.000Z',
    payload: { date: AGREED, zone: 'Asia/Tokyo' },
  },
];
const schedule = (at = BEFORE, date = AGREED): EventSpec => ({
  type: 'publication.scheduled',
  at,
  payload: { date, zone: 'Asia/Tokyo' },
});
const unschedule = (at: string): EventSpec => ({
  type: 'publication.unscheduled',
  at,
  payload: { reason: 'the vendor asked to wait for its own advisory' },
});
const publishAt = (at: string): EventSpec => ({
  type: 'published',
  at,
  payload: { advisoryId: 'JVN#12345678', url: '' },
});

/** The accepted case of the test kit, then `specs` in order. */
const caseWith = (...specs: EventSpec[]): CaseEvent[] => [
  ...acceptedSoftwareCase(),
  ...specs.map(timeline(TEST_CASE_ID, 200)),
];
const fold = (...specs: EventSpec[]) => foldEvents(caseWith(...specs));
const codes = (p: CaseProjection) => p.rejected.map((r) => r.error.code);

const viewAt = (events: readonly CaseEvent[], now: string) => {
  const p = foldEvents(events);
  if (p.case === null) throw new Error('no case');
  return caseView({ kase: p.case, involvements: p.involvements, events, messages: [] }, now);
};

describe('scheduling publication at the agreed instant', () => {
  it('is recorded while the embargo holds and stated by the case view, due at the instant', () => {
    const events = caseWith(...agreedEmbargo, schedule());
    const p = foldEvents(events);
    expect(codes(p)).toEqual([]);
    expect(p.publicationSchedule).toEqual({
      date: AGREED,
      zone: 'Asia/Tokyo',
      at: BEFORE,
      actor: 'analyst',
    });
    const moment = { instant: AGREED, zone: 'Asia/Tokyo' };
    expect(viewAt(events, BEFORE).scheduled).toEqual({
      moment,
      recordedAt: BEFORE,
      actor: 'analyst',
      due: false,
    });
    expect(viewAt(events, '2026-07-01T00:59:59.999Z').scheduled?.due).toBe(false);
    expect(viewAt(events, AGREED).scheduled?.due).toBe(true);
  });

  it('never publishes by itself: at and after the instant the case is unpublished until it is', () => {
    const events = caseWith(...agreedEmbargo, schedule());
    const view = viewAt(events, LATER);
    expect(view.kase.dates.published).toBeNull();
    expect(view.embargo.kind).toBe('due');
    expect(view.scheduled?.due).toBe(true);
    const published = fold(...agreedEmbargo, schedule(), publishAt(LATER));
    expect(published.case?.dates.published).toBe(LATER);
    expect(published.publicationSchedule).toBeNull();
  });

  it('is refused without an agreed embargo, for another instant, once due, or twice', () => {
    const [proposed] = agreedEmbargo as [EventSpec];
    expect(codes(fold(schedule()))).toEqual(['publication-schedule-no-embargo']);
    expect(codes(fold(proposed, schedule()))).toEqual(['publication-schedule-no-embargo']);
    expect(codes(fold(...agreedEmbargo, schedule(BEFORE, LATER)))).toEqual([
      'publication-schedule-not-agreed',
    ]);
    expect(codes(fold(...agreedEmbargo, schedule(AGREED)))).toEqual([
      'publication-schedule-passed',
    ]);
    expect(codes(fold(...agreedEmbargo, schedule(), schedule('2026-06-02T00:00:00.000Z')))).toEqual(
      ['publication-already-scheduled'],
    );
    const deferred: EventSpec = {
      type: 'triage.decided',
      at: '2026-05-20T00:00:00.000Z',
      payload: {
        decision: 'defer',
        reasons: [],
        priority: { level: 'normal', reasons: [] },
        note: '',
      },
    };
    expect(codes(fold(...agreedEmbargo, deferred, schedule()))).toEqual(['report-not-accepted']);
  });

  it('is refused on a technical alert, which has no vendor embargo', () => {
    const created = sampleAlertCreated();
    const ev = timeline(created.caseId, 300);
    const p = foldEvents([created, ev(schedule('2026-05-02T00:00:00.000Z'))]);
    expect(codes(p)).toEqual(['technical-alert-no-embargo']);
  });

  it('can be cancelled with a reason, and scheduled again', () => {
    const cancelled = fold(...agreedEmbargo, schedule(), unschedule('2026-06-02T00:00:00.000Z'));
    expect(codes(cancelled)).toEqual([]);
    expect(cancelled.publicationSchedule).toBeNull();
    expect(codes(fold(...agreedEmbargo, unschedule(BEFORE)))).toEqual([
      'publication-not-scheduled',
    ]);
    const again = fold(
      ...agreedEmbargo,
      schedule(),
      unschedule('2026-06-02T00:00:00.000Z'),
      schedule('2026-06-03T00:00:00.000Z'),
    );
    expect(again.publicationSchedule?.at).toBe('2026-06-03T00:00:00.000Z');
  });
});

describe('a schedule lapses when its instant is no longer the agreed one', () => {
  it('holds while a counter-proposal is pending, lapses when another instant is agreed', () => {
    const counter: EventSpec = {
      type: 'embargo.proposed',
      at: '2026-06-02T00:00:00.000Z',
      payload: { date: LATER, zone: 'Asia/Tokyo', proposedBy: 'vendor' },
    };
    const pending = fold(...agreedEmbargo, schedule(), counter);
    expect(pending.case?.states.embargo).toBe('revise');
    expect(pending.publicationSchedule?.date).toBe(AGREED);
    const agreedLater: EventSpec = {
      type: 'embargo.agreed',
      at: '2026-06-03T00:00:00.000Z',
      payload: { date: LATER, zone: 'Asia/Tokyo' },
    };
    expect(fold(...agreedEmbargo, schedule(), counter, agreedLater).publicationSchedule).toBeNull();
    const revised: EventSpec = {
      type: 'embargo.revised',
      at: '2026-06-02T00:00:00.000Z',
      payload: { date: LATER, zone: 'Asia/Tokyo', reason: 'firmware slipped' },
    };
    expect(fold(...agreedEmbargo, schedule(), revised).publicationSchedule).toBeNull();
  });

  it('lapses when the embargo ends early or the case is closed', () => {
    const at = '2026-06-02T00:00:00.000Z';
    const ended: EventSpec = { type: 'embargo.terminated', at, payload: { reason: 'exploited' } };
    expect(fold(...agreedEmbargo, schedule(), ended).publicationSchedule).toBeNull();
    const publicNow: EventSpec = { type: 'flag.set', at, payload: { flag: 'publicAware' } };
    expect(fold(...agreedEmbargo, schedule(), publicNow).publicationSchedule).toBeNull();
    const closed: EventSpec = { type: 'case.closed', at, payload: { reason: 'other', note: '' } };
    expect(fold(...agreedEmbargo, schedule(), closed).publicationSchedule).toBeNull();
  });

  it('a projection without its case keeps nothing to lapse', () => {
    const stray = { ...emptyProjection(), publicationSchedule: null };
    expect(lapseSchedule(stray)).toBe(stray);
    const orphan: CaseProjection = {
      ...emptyProjection(),
      publicationSchedule: { date: AGREED, zone: 'Asia/Tokyo', at: BEFORE, actor: 'analyst' },
    };
    expect(lapseSchedule(orphan)).toBe(orphan);
  });
});

describe('the command the screen sends', () => {
  it('names the agreed instant in its agreed zone, and is null without one', () => {
    expect(schedulePublicationCommand(fold())).toBeNull();
    const p = fold(...agreedEmbargo);
    const cmd = schedulePublicationCommand(p);
    expect(cmd).toEqual({
      type: 'publication.scheduled',
      payload: { date: AGREED, zone: 'Asia/Tokyo' },
    });
    if (cmd === null) return;
    const r = applyCommand(p, cmd, { actor: 'Sato', now: BEFORE, id: 'x' as EventId });
    expect(r.ok && r.value.projection.publicationSchedule?.actor).toBe('Sato');
    expect(scheduledPublication(p, BEFORE)).toBeNull();
  });
});
