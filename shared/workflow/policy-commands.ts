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

/** Why an embargo ends before the agreed date (JPCERT/CC policy: public or exploited). */
export type TerminationCause = 'public' | 'exploit-public' | 'attacks-observed';

const CAUSE_FLAG: Record<TerminationCause, CaseFlag> = {
  public: 'publicAware',
  'exploit-public': 'exploitPublic',
  'attacks-observed': 'attacksObserved',
};

/**
 * Ending the embargo early. The termination comes first: setting public awareness first
 * would already end the embargo (as public awareness, not as our decision) and leave the
 * termination nothing to end. The cause's flag follows unless it is already set.
 */
export const terminationCommands = (
  kase: Case,
  cause: TerminationCause,
  reason: string,
): CaseCommand[] => {
  const flag = CAUSE_FLAG[cause];
  const commands: CaseCommand[] = [
    { type: 'embargo.terminated', payload: { reason: reason.trim() } },
  ];
  if (kase.states.flags[flag] === null) commands.push({ type: 'flag.set', payload: { flag } });
  return commands;
};

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
