import { JAPAN_ZONE, type IsoInstant } from '../model';
import type { CaseProjection, EmbargoExitReason } from './projection';
import { agreedPublicationMoment, type PublicationMoment } from './publication-moment';

/**
 * The embargo as the screens state it at "now". The fold knows only events, so an embargo
 * whose agreed instant has passed without publication is still `active` there; this view
 * says what that means: it has run its course (`due`: publication is allowed, and the
 * embargo exits with it), never "active with an end in the past".
 */
export type EmbargoStatus =
  | { kind: 'none' }
  | { kind: 'proposed'; proposal: PublicationMoment }
  | {
      kind: 'active';
      until: PublicationMoment;
      /** Milliseconds until the agreed instant (> 0). */
      remainingMs: number;
      /** A counter-proposal on the table (EM `revise`). */
      proposal: PublicationMoment | null;
    }
  | { kind: 'due'; until: PublicationMoment }
  | { kind: 'exited'; reason: EmbargoExitReason; at: IsoInstant };

export const embargoStatus = (p: CaseProjection, now: IsoInstant): EmbargoStatus => {
  const kase = p.case;
  if (kase === null) return { kind: 'none' };
  const { embargo } = kase.states;
  const pending: PublicationMoment | null =
    p.embargo.proposedDate === null
      ? null
      : { instant: p.embargo.proposedDate, zone: p.embargo.proposedZone ?? JAPAN_ZONE };
  if (embargo === 'exited' && p.embargo.exit !== null) {
    return { kind: 'exited', reason: p.embargo.exit.reason, at: p.embargo.exit.at };
  }
  const until = agreedPublicationMoment(p);
  if ((embargo === 'active' || embargo === 'revise') && until !== null) {
    const remainingMs = Date.parse(until.instant) - Date.parse(now);
    return remainingMs > 0
      ? { kind: 'active', until, remainingMs, proposal: pending }
      : { kind: 'due', until };
  }
  if (embargo === 'proposed' && pending !== null) return { kind: 'proposed', proposal: pending };
  return { kind: 'none' };
};

export type TimeLeft = { days: number; hours: number; minutes: number };

/** Whole days, hours and minutes left, rounded up to the minute so "0 minutes" never
 *  shows while the embargo still holds. */
export const timeLeft = (ms: number): TimeLeft => {
  const minutes = Math.max(0, Math.ceil(ms / 60_000));
  return {
    days: Math.floor(minutes / 1440),
    hours: Math.floor((minutes % 1440) / 60),
    minutes: minutes % 60,
  };
};
