import type { CaseFlag, CaseFlags, EmbargoState, IsoInstant, ReportState } from '../model';
import { wfFail, wfOk, type WorkflowResult } from './errors';

/**
 * The three per-case state machines of ARCHITECTURE.md §4, after CERT/CC's Vultron protocol
 * (report management RM, embargo management EM, case status CS). Each is a pure function
 * that refuses an illegal move with a typed error; the reducer only moves through these.
 */

/** RM: Start → Received → Valid | Invalid; Invalid → Valid | Closed; Valid → Accepted |
 *  Deferred; Deferred → Accepted | Closed; Accepted → Deferred | Closed. */
export const REPORT_TRANSITIONS: Readonly<Record<ReportState, readonly ReportState[]>> = {
  start: ['received'],
  received: ['valid', 'invalid'],
  invalid: ['valid', 'closed'],
  valid: ['accepted', 'deferred'],
  deferred: ['accepted', 'closed'],
  accepted: ['deferred', 'closed'],
  closed: [],
};

/** EM: None → Proposed → Active → (Revise) Active | Exited; Proposed → None (rejected).
 *  Self-loops: a counter-proposal (Proposed, Revise) and a direct revision (Active). */
export const EMBARGO_TRANSITIONS: Readonly<Record<EmbargoState, readonly EmbargoState[]>> = {
  none: ['proposed'],
  proposed: ['proposed', 'active', 'none'],
  active: ['active', 'revise', 'exited'],
  revise: ['revise', 'active', 'exited'],
  exited: [],
};

export const reportTransition = (
  from: ReportState,
  to: ReportState,
): WorkflowResult<ReportState> =>
  REPORT_TRANSITIONS[from].includes(to)
    ? wfOk(to)
    : wfFail('illegal-report-transition', `Report cannot go from ${from} to ${to}`);

/** Follows a path of RM states, each step checked; fails on the first illegal step. */
export const reportPath = (
  from: ReportState,
  path: readonly ReportState[],
): WorkflowResult<ReportState> => {
  let state = from;
  for (const next of path) {
    const r = reportTransition(state, next);
    if (!r.ok) return r;
    state = r.value;
  }
  return wfOk(state);
};

export const embargoTransition = (
  from: EmbargoState,
  to: EmbargoState,
): WorkflowResult<EmbargoState> =>
  EMBARGO_TRANSITIONS[from].includes(to)
    ? wfOk(to)
    : wfFail('illegal-embargo-transition', `Embargo cannot go from ${from} to ${to}`);

/**
 * CS flags are one-way. Setting a flag also sets the flags it implies (Vultron's CS
 * constraints: a fix cannot be ready before the vendor is aware, nor deployed before it is
 * ready; a public exploit makes the public aware).
 */
export const FLAG_IMPLIES: Readonly<Record<CaseFlag, readonly CaseFlag[]>> = {
  vendorAware: [],
  fixReady: ['vendorAware'],
  fixDeployed: ['fixReady', 'vendorAware'],
  publicAware: [],
  exploitPublic: ['publicAware'],
  attacksObserved: [],
};

export const setFlag = (
  flags: CaseFlags,
  flag: CaseFlag,
  at: IsoInstant,
): WorkflowResult<CaseFlags> => {
  if (flags[flag] !== null) return wfFail('flag-already-set', `${flag} is already set`);
  const next: CaseFlags = { ...flags, [flag]: at };
  for (const implied of FLAG_IMPLIES[flag]) next[implied] ??= at;
  return wfOk(next);
};

/** Sets a flag if it is not set yet (for flags that follow from other events). */
export const ensureFlag = (flags: CaseFlags, flag: CaseFlag, at: IsoInstant): CaseFlags => {
  const r = setFlag(flags, flag, at);
  return r.ok ? r.value : flags;
};
