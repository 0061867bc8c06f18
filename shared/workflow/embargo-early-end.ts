import { JAPAN_ZONE, type InvolvementId, type IsoInstant } from '../model';
import type { TerminationCause } from './policy-commands';
import { VENDOR_ROLES, type CaseProjection } from './projection';
import type { ReadyProjection } from './reducer-types';

/**
 * An agreed embargo that ended before its agreed instant (terminated, or public awareness:
 * Embargo rules in README.md), and the vendors still to be told (a fact of the timeline, so
 * it reads the same for a click, a case document and a partner's bundle).
 *
 * The letter is recorded as a `message.sent` with purpose `publication-moved`: event v5's
 * purposes are a persisted schema, and an early end *is* the publication moving, to now.
 * Such a letter sent to a vendor at or after the end counts as that vendor told.
 */
export type EarlyEndCause = TerminationCause | 'ended';

export type EarlyEnd = {
  /** When the embargo ended: publication is due from this instant. */
  at: IsoInstant;
  /** The instant that had been agreed, and the zone it was agreed in. */
  agreed: IsoInstant;
  agreedZone: string;
  cause: EarlyEndCause;
  /** When the case was published, if it is. */
  published: IsoInstant | null;
  /** Every vendor contacted by the end (so told the agreed instant), not unreachable. */
  recipients: readonly InvolvementId[];
  /** Those not yet sent the letter. */
  owed: readonly InvolvementId[];
};

/** The end of an agreed embargo before its instant, or null (none, or it ran its course). */
const earlyExit = (p: CaseProjection): { at: IsoInstant; agreed: IsoInstant } | null => {
  const exit = p.embargo.exit;
  const agreed = p.case?.dates.agreedPublication ?? null;
  if (exit === null || agreed === null || exit.reason === 'published') return null;
  return Date.parse(exit.at) < Date.parse(agreed) ? { at: exit.at, agreed } : null;
};

/**
 * Why it ended, in the order that matters most to a vendor: attacks observed, an exploit
 * published, the fix or advisory released early (its `fixReady` set with the end, as
 * `terminationCommands` does; a fix ready before the end is no release), else public
 * awareness; `ended` when a partner's timeline ended it without any of these. Flags set
 * after the end count too: the letter says what is known when it is written.
 */
const causeOf = (p: CaseProjection, at: IsoInstant): EarlyEndCause => {
  const flags = p.case?.states.flags;
  if (flags === undefined) return 'ended';
  if (flags.attacksObserved !== null) return 'attacks-observed';
  if (flags.exploitPublic !== null) return 'exploit-public';
  if (flags.fixReady !== null && Date.parse(flags.fixReady) >= Date.parse(at)) {
    return 'vendor-released';
  }
  return flags.publicAware !== null ? 'public' : 'ended';
};

/** The early end of the case's embargo, its cause, and who is owed the letter. */
export const earlyEnd = (p: CaseProjection): EarlyEnd | null => {
  const exit = earlyExit(p);
  if (exit === null || p.case === null) return null;
  const told = new Set<string>(p.earlyEndNotified);
  const recipients = p.involvements
    .filter(
      (i) =>
        VENDOR_ROLES.includes(i.role) &&
        i.firstContactAttempt !== null &&
        Date.parse(i.firstContactAttempt) <= Date.parse(exit.at) &&
        i.status !== 'unreachable',
    )
    .map((i) => i.id);
  return {
    ...exit,
    agreedZone: p.embargo.agreedZone ?? JAPAN_ZONE,
    cause: causeOf(p, exit.at),
    published: p.case.dates.published,
    recipients,
    owed: recipients.filter((id) => !told.has(id)),
  };
};

/** A "publication moved" letter sent to a vendor at or after an early end tells it. */
export const noteEarlyEndLetter = (
  p: ReadyProjection,
  involvementId: InvolvementId,
  at: IsoInstant,
): ReadyProjection => {
  const exit = earlyExit(p);
  if (exit === null || Date.parse(at) < Date.parse(exit.at)) return p;
  if (p.earlyEndNotified.includes(involvementId)) return p;
  return { ...p, earlyEndNotified: [...p.earlyEndNotified, involvementId] };
};
