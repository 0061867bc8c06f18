import type { CaseEventOf, IsoInstant } from '../model';
import { wfFail, wfOk, type WorkflowResult } from './errors';
import type { CaseProjection, PublicationSchedule } from './projection';
import { agreedPublicationMoment, type PublicationMoment } from './publication-moment';
import type { ReadyProjection } from './reducer-types';
import type { CaseCommand } from './timeline';

/**
 * Publication scheduled at the agreed instant (issue 23): the analyst's recorded intent,
 * never a publication. While the embargo holds, "schedule" writes `publication.scheduled`
 * for the agreed instant; when it comes the analyst still confirms the publication
 * (`published`, which the embargo allows from that instant). The schedule belongs to one
 * agreed instant: a revision to another instant, an early end, closing or publishing lapses
 * it, so the case never claims a publication planned for a moment nobody agreed.
 */

/** An embargo agreed and holding (EM active, or revise with a counter-proposal pending). */
const agreedHold = (p: ReadyProjection): IsoInstant | null => {
  const { embargo, report } = p.case.states;
  const held = embargo === 'active' || embargo === 'revise';
  const open = report !== 'closed' && p.case.dates.published === null;
  return held && open ? p.case.dates.agreedPublication : null;
};

export const schedulePublication = (
  p: ReadyProjection,
  e: CaseEventOf<'publication.scheduled'>,
): WorkflowResult<CaseProjection> => {
  if (p.case.states.report !== 'accepted') {
    return wfFail('report-not-accepted', 'Only an accepted report is published');
  }
  const until = agreedHold(p);
  if (until === null) {
    return wfFail(
      'publication-schedule-no-embargo',
      'No agreed embargo holds the publication back: publish when ready instead',
    );
  }
  if (e.payload.date !== until) {
    return wfFail(
      'publication-schedule-not-agreed',
      `The schedule ${e.payload.date} is not the agreed instant ${until}`,
    );
  }
  if (Date.parse(e.at) >= Date.parse(until)) {
    return wfFail(
      'publication-schedule-passed',
      `The agreed instant ${until} has passed: publish now instead`,
    );
  }
  if (p.publicationSchedule !== null) {
    return wfFail('publication-already-scheduled', 'The publication is already scheduled');
  }
  const schedule = { date: until, zone: e.payload.zone, at: e.at, actor: e.actor };
  return wfOk({ ...p, publicationSchedule: schedule });
};

export const unschedulePublication = (p: ReadyProjection): WorkflowResult<CaseProjection> =>
  p.publicationSchedule === null
    ? wfFail('publication-not-scheduled', 'No publication is scheduled')
    : wfOk({ ...p, publicationSchedule: null });

/** The projection with a schedule that no longer holds (another instant agreed, the embargo
 *  ended, the case published or closed) dropped; run after every event. */
export const lapseSchedule = (p: CaseProjection): CaseProjection => {
  const s = p.publicationSchedule;
  if (s === null || p.case === null) return p;
  return agreedHold(p as ReadyProjection) === s.date ? p : { ...p, publicationSchedule: null };
};

/** The command that schedules publication at the agreed instant, in its agreed zone; null
 *  when no instant is agreed. */
export const schedulePublicationCommand = (
  p: CaseProjection,
): Extract<CaseCommand, { type: 'publication.scheduled' }> | null => {
  const moment = agreedPublicationMoment(p);
  return moment === null
    ? null
    : { type: 'publication.scheduled', payload: { date: moment.instant, zone: moment.zone } };
};

/** The schedule as a screen states it at `now`. */
export type ScheduledPublication = {
  moment: PublicationMoment;
  /** When the analyst scheduled it, and who. */
  recordedAt: IsoInstant;
  actor: string;
  /** The agreed instant has come: "Publish now" is open, still to be confirmed. */
  due: boolean;
};

export const scheduledPublication = (
  p: CaseProjection,
  now: IsoInstant,
): ScheduledPublication | null => {
  const s = p.publicationSchedule;
  if (s === null) return null;
  return {
    moment: { instant: s.date, zone: s.zone },
    recordedAt: s.at,
    actor: s.actor,
    due: Date.parse(now) >= Date.parse(s.date),
  };
};

export type { PublicationSchedule };
