import type { CaseFlag, EmbargoState, IsoInstant, ReportState } from '../model';
import { wfFail, wfOk, type WorkflowResult } from './errors';
import { ensureFlag, setFlag } from './machines';
import type { CaseProjection, EmbargoExitReason } from './projection';
import type { PublicationMoment } from './publication-moment';
import type { ReadyProjection } from './reducer-types';

/**
 * Embargo management and the effect of public awareness (ARCHITECTURE.md §4): "Public
 * awareness or exploit publication ends an active embargo; public awareness before
 * coordination ends handling per the policy (finder notified)" — IPA guideline footnote 4:
 * "If the handling process is terminated because the vulnerability is already publicly
 * known, IPA will notify the finder as such."
 */
export type EmbargoMove = 'propose' | 'agree' | 'revise' | 'reject' | 'terminate';

/** Target state of each move from each state; a missing entry means "no legal move".
 *  A test checks every entry is an edge of EMBARGO_TRANSITIONS. */
export const EMBARGO_MOVES: Record<EmbargoMove, Partial<Record<EmbargoState, EmbargoState>>> = {
  propose: { none: 'proposed', proposed: 'proposed', active: 'revise', revise: 'revise' },
  agree: { proposed: 'active', revise: 'active' },
  revise: { active: 'active' },
  reject: { proposed: 'none', revise: 'active' },
  terminate: { active: 'exited', revise: 'exited' },
};

const NO_PROPOSAL = { proposedDate: null, proposedZone: null } as const;

const setEmbargo = (p: ReadyProjection, embargo: EmbargoState): ReadyProjection => ({
  ...p,
  case: { ...p.case, states: { ...p.case.states, embargo } },
});

export const moveEmbargo = (
  p: ReadyProjection,
  move: EmbargoMove,
  at: IsoInstant,
  moment: PublicationMoment | null,
): WorkflowResult<CaseProjection> => {
  if (p.case.states.report !== 'accepted') {
    return wfFail('report-not-accepted', 'An embargo needs an accepted report');
  }
  const from = p.case.states.embargo;
  if (move === 'propose' && p.case.states.flags.publicAware !== null) {
    return wfFail('illegal-embargo-transition', 'The vulnerability is already public');
  }
  const target = EMBARGO_MOVES[move][from];
  if (target === undefined) {
    return wfFail('illegal-embargo-transition', `Cannot ${move} an embargo that is ${from}`);
  }
  // Compared with the event's own time, never the clock: a partner's embargo agreed last
  // month for last week stays valid history, while one stated for a moment already gone
  // when it was proposed or agreed was never an embargo.
  if (moment !== null && Date.parse(moment.instant) <= Date.parse(at)) {
    return wfFail(
      'embargo-instant-not-future',
      `The publication instant ${moment.instant} is not after the time of this ${move} (${at})`,
    );
  }
  const next = setEmbargo(p, target);
  const dates = next.case.dates;
  switch (move) {
    case 'propose':
      return wfOk({
        ...next,
        embargo: {
          ...next.embargo,
          proposedDate: moment?.instant ?? null,
          proposedZone: moment?.zone ?? null,
        },
      });
    case 'agree':
    case 'revise':
      return wfOk({
        ...next,
        case: { ...next.case, dates: { ...dates, agreedPublication: moment?.instant ?? null } },
        embargo: {
          ...next.embargo,
          ...NO_PROPOSAL,
          agreedZone: moment?.zone ?? null,
          agreedAt: next.embargo.agreedAt ?? at,
        },
      });
    case 'reject':
      return wfOk({ ...next, embargo: { ...next.embargo, ...NO_PROPOSAL } });
    case 'terminate':
      return wfOk({
        ...next,
        embargo: { ...next.embargo, ...NO_PROPOSAL, exit: { at, reason: 'terminated' } },
      });
  }
};

/**
 * The agreed instant an embargo holds publication back until, at `at`, or null: one is
 * agreed (`active`, or `revise` with a counter-proposal pending) and its instant has not
 * come. At or after the instant the embargo has run its course; before it only its early
 * end (termination, or public awareness) lets the advisory out.
 */
export const embargoHeldUntil = (p: ReadyProjection, at: IsoInstant): IsoInstant | null => {
  const until = agreedInstant(p);
  return until !== null && Date.parse(at) < Date.parse(until) ? until : null;
};

/** The instant an embargo has agreed, while one is agreed (`active`, or `revise` with a
 *  counter-proposal pending), whether or not it has come; null otherwise (none, proposed,
 *  exited). */
export const agreedInstant = (p: CaseProjection): IsoInstant | null => {
  const kase = p.case;
  if (kase === null) return null;
  const { embargo } = kase.states;
  return embargo === 'active' || embargo === 'revise' ? kase.dates.agreedPublication : null;
};

/**
 * When publication is due: the agreed instant, or, when the embargo ended early (ended by
 * the analyst or by public awareness before that instant), the moment it ended. Nothing
 * holds publication back after that, and the old date is no date anyone still keeps.
 */
export const publicationDueInstant = (p: CaseProjection): IsoInstant | null => {
  const agreed = p.case?.dates.agreedPublication ?? null;
  const exit = p.embargo.exit;
  if (agreed === null || exit === null || exit.reason === 'published') return agreed;
  return Date.parse(exit.at) < Date.parse(agreed) ? exit.at : agreed;
};

/** Publication or public awareness ends the embargo: an active one exits, a pending
 *  proposal lapses (Proposed → None). */
export const endEmbargo = (
  p: ReadyProjection,
  at: IsoInstant,
  reason: EmbargoExitReason,
): ReadyProjection => {
  const from = p.case.states.embargo;
  if (from === 'active' || from === 'revise') {
    return {
      ...setEmbargo(p, 'exited'),
      embargo: { ...p.embargo, ...NO_PROPOSAL, exit: { at, reason } },
    };
  }
  if (from === 'proposed') {
    return { ...setEmbargo(p, 'none'), embargo: { ...p.embargo, ...NO_PROPOSAL } };
  }
  return p;
};

/** RM paths that close a case whose coordination has not started (each is checked against
 *  the RM machine by a test, so the reducer can take them without re-checking). */
export const TERMINATE_PATHS: Partial<Record<ReportState, readonly ReportState[]>> = {
  received: ['invalid', 'closed'],
  valid: ['deferred', 'closed'],
  invalid: ['closed'],
  deferred: ['closed'],
};

const applyPublicAwareness = (p: ReadyProjection, at: IsoInstant): ReadyProjection => {
  const ended = endEmbargo(p, at, 'public-awareness');
  const path = TERMINATE_PATHS[ended.case.states.report];
  if (!path || ended.case.dates.published !== null) return ended;
  return {
    ...ended,
    case: {
      ...ended.case,
      states: { ...ended.case.states, report: 'closed' },
      dates: { ...ended.case.dates, closed: at },
    },
    handling: { ...ended.handling, terminated: { at, reason: 'already-public' } },
  };
};

export const setCaseFlag = (
  p: ReadyProjection,
  flag: CaseFlag,
  at: IsoInstant,
): WorkflowResult<CaseProjection> => {
  const r = setFlag(p.case.states.flags, flag, at);
  if (!r.ok) return r;
  const next: ReadyProjection = {
    ...p,
    case: { ...p.case, states: { ...p.case.states, flags: r.value } },
  };
  const becamePublic = p.case.states.flags.publicAware === null && r.value.publicAware !== null;
  return wfOk(becamePublic ? applyPublicAwareness(next, at) : next);
};

/** Publishing: refused inside an active embargo, else it ends the embargo and stamps the date. */
export const publish = (p: ReadyProjection, at: IsoInstant): WorkflowResult<ReadyProjection> => {
  const until = embargoHeldUntil(p, at);
  if (until !== null) {
    return wfFail(
      'embargo-active',
      `The embargo agreed until ${until} is still active: publish at or after that instant, or end the embargo early first (public, exploit published, attacks observed, vendor released early)`,
    );
  }
  const ended = endEmbargo(p, at, 'published');
  const flags = ensureFlag(ended.case.states.flags, 'publicAware', at);
  return wfOk({
    ...ended,
    case: {
      ...ended.case,
      states: { ...ended.case.states, flags },
      dates: { ...ended.case.dates, published: at },
    },
  });
};
