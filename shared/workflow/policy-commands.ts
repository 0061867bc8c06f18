import { tlpSchema, type Case, type CaseFlag, type IsoDate, type Tlp } from '../model';
import { endOfLocalDay } from './calendar';
import type { CaseCommand } from './timeline';

/**
 * The commands behind the case screen's policy steps, built from what the analyst typed.
 * Pure, so the screen only collects fields and dispatches; the engine (reducer and
 * case-guards) still decides whether each is allowed.
 */

/** Order of the TLP levels (FIRST TLP 2.0), least to most restricted. */
export const TLP_LEVELS: readonly Tlp[] = tlpSchema.options;

export type TlpDirection = 'up' | 'down' | 'same';

export const tlpDirection = (from: Tlp, to: Tlp): TlpDirection => {
  const d = TLP_LEVELS.indexOf(to) - TLP_LEVELS.indexOf(from);
  return d > 0 ? 'up' : d < 0 ? 'down' : 'same';
};

/**
 * A TLP change and its reason. `case.updated` has no reason field, so the reason is an
 * internal note recorded in the same click, naming both levels: the timeline then says who
 * lowered a case's TLP, from what, to what and why.
 */
export const tlpChangeCommands = (kase: Case, to: Tlp, reason: string): CaseCommand[] => [
  { type: 'case.updated', payload: { tlp: to } },
  {
    type: 'note.added',
    payload: { text: `TLP ${kase.tlp} → ${to}: ${reason.trim()}`, internal: true },
  },
];

export const profileChangeCommands = (kase: Case, to: string, reason: string): CaseCommand[] => [
  { type: 'case.updated', payload: { policyProfile: to } },
  {
    type: 'note.added',
    payload: {
      text: `Policy profile ${kase.policyProfile} → ${to}: ${reason.trim()}`,
      internal: true,
    },
  },
];

/** Why an embargo ends before the agreed instant: it became public, an exploit was
 *  published, it is exploited in the wild, or the vendor released its fix or advisory early
 *  (which makes it public). */
export type TerminationCause = 'public' | 'exploit-public' | 'attacks-observed' | 'vendor-released';

export const TERMINATION_CAUSES: readonly TerminationCause[] = [
  'public',
  'exploit-public',
  'attacks-observed',
  'vendor-released',
];

/** The case flags each cause records (one-way facts the timeline keeps beside the reason). */
const CAUSE_FLAGS: Record<TerminationCause, readonly CaseFlag[]> = {
  public: ['publicAware'],
  'exploit-public': ['exploitPublic'],
  'attacks-observed': ['attacksObserved'],
  'vendor-released': ['fixReady', 'publicAware'],
};

/**
 * Ending the embargo early. The termination comes first: setting public awareness first
 * would already end the embargo (as public awareness, not as our decision) and leave the
 * termination nothing to end. The cause's flags follow unless already set.
 */
export const terminationCommands = (
  kase: Case,
  cause: TerminationCause,
  reason: string,
): CaseCommand[] => {
  const commands: CaseCommand[] = [
    { type: 'embargo.terminated', payload: { reason: reason.trim() } },
  ];
  for (const flag of CAUSE_FLAGS[cause]) {
    if (kase.states.flags[flag] === null) commands.push({ type: 'flag.set', payload: { flag } });
  }
  return commands;
};

/**
 * Publishing before the agreed instant: the early end (termination, its reason and flags)
 * and the publication in one write, in that order, so the engine sees the embargo ended
 * before the advisory goes out and the timeline says why.
 */
export const earlyPublicationCommands = (
  kase: Case,
  cause: TerminationCause,
  reason: string,
  publication: Extract<CaseCommand, { type: 'published' }>,
): CaseCommand[] => [...terminationCommands(kase, cause, reason), publication];

/** An early end is confirmed by typing the case's reference exactly (spaces around it
 *  ignored): a second, deliberate act for what breaks the word given to the vendors. */
export const confirmsCaseRef = (kase: Case, typed: string): boolean => typed.trim() === kase.ref;

/** A deadline moved to the end of a stated day in the profile's zone, or waived (null). */
export const overrideCommand = (
  ruleId: string,
  day: IsoDate | null,
  timeZone: string,
  reason: string,
): CaseCommand => ({
  type: 'deadline.overridden',
  payload: {
    ruleId,
    due: day === null ? null : endOfLocalDay(day, timeZone),
    reason: reason.trim(),
  },
});
