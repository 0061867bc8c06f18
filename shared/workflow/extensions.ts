import type { InvolvementId, IsoDate, IsoInstant } from '../model';
import { localDate } from './calendar';
import type { CaseCommand } from './timeline';
import { computeDeadlines, localDaysAfter, type Deadline } from './deadlines';
import { wfFail, wfOk, type WorkflowResult } from './errors';
import type { PolicyProfile, PolicySource } from './policy-types';
import type { PublicationMoment } from './publication-moment';
import { latestMove } from './publication-moves';
import {
  VENDOR_ROLES,
  type CaseProjection,
  type ExtensionRequest,
  type PublicationMove,
} from './projection';
import { agreedInstant } from './reducer-embargo';

/**
 * What a case says about its embargo extensions (issue 27), for every screen through the
 * case view: the requests, how many extensions count against the profile's cap (granted
 * requests, and revisions that moved the agreed date later beyond the target), how far
 * beyond the profile's target the agreed publication now lies, and which vendors are still
 * owed the latest move's "publication moved" letter.
 */
export type MovedLetters = {
  /** The move the letters are about (a revision, a counter-proposal agreed, a grant). */
  move: PublicationMove;
  /** Every vendor contacted before the move (so told the old instant), never the one
   *  whose request was granted. */
  recipients: readonly InvolvementId[];
  /** Those not yet sent the letter. */
  owed: readonly InvolvementId[];
};

export type ExtensionFacts = {
  requests: readonly ExtensionRequest[];
  pending: readonly ExtensionRequest[];
  /** Vendors' requests granted. */
  granted: number;
  /** Revisions (or counter-proposals agreed) that moved the agreed instant later and
   *  beyond the target: more time than the policy recommends, so extensions too. */
  revisedBeyondTarget: number;
  /** What counts against the cap: `granted` + `revisedBeyondTarget`. */
  counted: number;
  /** The profile's cap, or null when it sets none. */
  cap: number | null;
  /** Another extension would exceed the cap. */
  capReached: boolean;
  /** The profile's target date (its target deadline as the policy alone gives it). */
  target: IsoDate | null;
  /** Whole local days the agreed publication lies beyond the target (0 when not beyond);
   *  null without a target or an agreed publication. */
  beyondTargetDays: number | null;
  moved: MovedLetters | null;
  source: PolicySource | null;
};

const grantedCount = (p: CaseProjection): number =>
  p.extensions.filter((r) => r.decision?.kind === 'granted').length;

/** A move the analyst made (not a vendor's granted request) to a later instant that lies
 *  beyond the target: the policy's "more time", so it counts as an extension. */
const countsAsExtension = (
  from: IsoInstant,
  to: IsoInstant,
  targetDueAt: IsoInstant | null,
  timeZone: string,
): boolean =>
  targetDueAt !== null &&
  Date.parse(to) > Date.parse(from) &&
  localDaysAfter(to, targetDueAt, timeZone) > 0;

const revisionsBeyond = (
  p: CaseProjection,
  targetDueAt: IsoInstant | null,
  timeZone: string,
): number =>
  p.publicationMoves.filter(
    (m) => m.via !== 'extension' && countsAsExtension(m.previous, m.date, targetDueAt, timeZone),
  ).length;

const movedLetters = (p: CaseProjection): MovedLetters | null => {
  const move = latestMove(p);
  // An embargo that ended after the move has no publication date left to announce: the
  // letter is moot (and no longer offered), whoever had not been sent it.
  const exit = p.embargo.exit;
  if (move === null || (exit !== null && Date.parse(exit.at) >= Date.parse(move.at))) {
    return null;
  }
  const notified = new Set<string>(move.notified);
  const recipients = p.involvements
    .filter(
      (i) =>
        VENDOR_ROLES.includes(i.role) &&
        i.id !== move.requestedBy &&
        i.firstContactAttempt !== null &&
        Date.parse(i.firstContactAttempt) <= Date.parse(move.at) &&
        i.status !== 'unreachable',
    )
    .map((i) => i.id);
  return { move, recipients, owed: recipients.filter((id) => !notified.has(id)) };
};

const targetOf = (profile: PolicyProfile, deadlines: readonly Deadline[]): Deadline | undefined =>
  deadlines.find((d) => d.ruleId === profile.extensions?.targetRuleId);

export const extensionFacts = (
  p: CaseProjection,
  profile: PolicyProfile,
  deadlines: readonly Deadline[],
): ExtensionFacts => {
  const rule = profile.extensions;
  const timeZone = profile.calendar.timeZone;
  const target = targetOf(profile, deadlines);
  const targetDueAt = target?.policyDueAt ?? null;
  const agreed = p.case?.dates.agreedPublication ?? null;
  const granted = grantedCount(p);
  const revisedBeyondTarget = revisionsBeyond(p, targetDueAt, timeZone);
  const counted = granted + revisedBeyondTarget;
  const cap = rule?.maxExtensions ?? null;
  return {
    requests: p.extensions,
    pending: p.extensions.filter((r) => r.decision === null),
    granted,
    revisedBeyondTarget,
    counted,
    cap,
    capReached: cap !== null && counted >= cap,
    target: targetDueAt === null ? null : localDate(targetDueAt, timeZone),
    beyondTargetDays:
      agreed === null || targetDueAt === null
        ? null
        : localDaysAfter(agreed, targetDueAt, timeZone),
    moved: movedLetters(p),
    source: rule?.source ?? null,
  };
};

/** The instant a command would make the agreed one, if it moves an agreed instant. */
const movedTo = (p: CaseProjection, cmd: CaseCommand): IsoInstant | null => {
  if (cmd.type === 'embargo.revised' || cmd.type === 'embargo.extension-granted') {
    return cmd.payload.date;
  }
  // Agreeing while an instant is agreed accepts the counter-proposal on the table.
  if (cmd.type === 'embargo.agreed' && p.case?.states.embargo === 'revise') return cmd.payload.date;
  return null;
};

/**
 * The profile's cap on extensions (a guard: what the policy asks of us, not a fact a
 * partner's timeline must obey): a grant, or a revision (or counter-proposal agreed) that
 * moves the agreed instant later beyond the target, is refused once `counted` reached it.
 */
export const guardExtensionCap = (
  p: CaseProjection,
  profile: PolicyProfile,
  now: IsoInstant,
  cmd: CaseCommand,
): WorkflowResult<null> => {
  const rule = profile.extensions;
  const to = movedTo(p, cmd);
  const from = agreedInstant(p);
  if (rule === undefined || rule.maxExtensions === null || to === null || from === null) {
    return wfOk(null);
  }
  const { deadlines } = computeDeadlines(p, profile, now);
  const facts = extensionFacts(p, profile, deadlines);
  const targetDueAt = targetOf(profile, deadlines)?.policyDueAt ?? null;
  const counts =
    cmd.type === 'embargo.extension-granted' ||
    countsAsExtension(from, to, targetDueAt, profile.calendar.timeZone);
  if (!counts || facts.counted < rule.maxExtensions) return wfOk(null);
  return wfFail(
    'extension-cap-reached',
    `${facts.counted} extensions were counted (${facts.granted} granted, ${facts.revisedBeyondTarget} revisions beyond the target), the profile's cap is ${rule.maxExtensions} (${rule.source.document} ${rule.source.section})`,
  );
};

/** The moments a "publication moved" letter states: the agreed one it replaced, the new one. */
export const movedMoments = (
  facts: Pick<ExtensionFacts, 'moved'>,
): { previous: PublicationMoment; next: PublicationMoment } | null => {
  const move = facts.moved?.move;
  if (move === undefined) return null;
  return {
    previous: { instant: move.previous, zone: move.previousZone },
    next: { instant: move.date, zone: move.zone },
  };
};
