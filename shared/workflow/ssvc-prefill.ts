// What the case already knows, as SSVC values (issue 28, item 3): the screen pre-fills these
// and says where each came from; the analyst may change any of them and answers the rest.
// And whether SSVC's outcome and the JPCERT/CC policy's verdict agree — when they do not,
// the screen shows both.
import type { Answer } from '../model';
import { VENDOR_ROLES, type CaseProjection } from './projection';

/** Where a pre-filled value came from (the screen names it). */
export type PrefillSource =
  | 'checklist-already-public'
  | 'checklist-vendor-contact'
  | 'checklist-multiple-developers'
  | 'matrix-vendors'
  | 'matrix-contacted'
  | 'matrix-replies'
  | 'flags-fix-ready'
  | 'flags-exploit';

export type Prefill = Readonly<Record<string, { value: string; source: PrefillSource }>>;

/** The intake checklist's answers that SSVC triage reads. */
export type TriageFacts = {
  alreadyPublic: Answer;
  vendorContactStated: Answer;
  multipleDevelopers: Answer;
};

const yesNo = (a: Answer): 'Y' | 'N' | null => (a === 'yes' ? 'Y' : a === 'no' ? 'N' : null);

type Vendors = Pick<CaseProjection, 'involvements'>;

const vendorsOf = (p: Vendors | null) =>
  (p?.involvements ?? []).filter((i) => VENDOR_ROLES.includes(i.role));

/**
 * Coordinator Triage: Report Public and Supplier Contacted from the checklist (or the
 * matrix: a vendor already contacted), Supplier Cardinality from the matrix (or the
 * checklist's "several developers"), Supplier Engagement from the vendors' replies.
 * Report Credibility, Utility and Public Safety Impact are the analyst's.
 */
export const triagePrefill = (facts: TriageFacts, case_: Vendors | null = null): Prefill => {
  const out: Record<string, { value: string; source: PrefillSource }> = {};
  const rp = yesNo(facts.alreadyPublic);
  if (rp !== null) out.RP = { value: rp, source: 'checklist-already-public' };
  const vendors = vendorsOf(case_);
  const contacted = vendors.filter((v) => v.firstContactAttempt !== null);
  const scon = yesNo(facts.vendorContactStated);
  if (contacted.length > 0) out.SCON = { value: 'Y', source: 'matrix-contacted' };
  else if (scon !== null) out.SCON = { value: scon, source: 'checklist-vendor-contact' };
  if (vendors.length > 0) {
    out.SC = { value: vendors.length > 1 ? 'M' : 'O', source: 'matrix-vendors' };
  } else if (facts.multipleDevelopers !== 'unknown') {
    const value = facts.multipleDevelopers === 'yes' ? 'M' : 'O';
    out.SC = { value, source: 'checklist-multiple-developers' };
  }
  if (contacted.some((v) => v.lastReply !== null)) {
    out.SE = { value: 'A', source: 'matrix-replies' };
  } else if (contacted.length > 0 && contacted.every((v) => v.status === 'unreachable')) {
    out.SE = { value: 'U', source: 'matrix-replies' };
  }
  return out;
};

/**
 * Coordinator Publish: Supplier Involvement from the fix-ready flag and the vendors' replies,
 * Exploitation from the exploit flags. Public Value Added is the analyst's.
 */
export const publishPrefill = (p: Pick<CaseProjection, 'case' | 'involvements'>): Prefill => {
  const out: Record<string, { value: string; source: PrefillSource }> = {};
  const flag = (name: 'fixReady' | 'attacksObserved' | 'exploitPublic') =>
    (p.case?.states.flags[name] ?? null) !== null;
  const vendors = vendorsOf(p);
  if (flag('fixReady')) out.SINV = { value: 'FR', source: 'flags-fix-ready' };
  else if (vendors.some((v) => v.lastReply !== null)) {
    out.SINV = { value: 'C', source: 'matrix-replies' };
  } else if (vendors.length > 0 && vendors.every((v) => v.status === 'unreachable')) {
    out.SINV = { value: 'UU', source: 'matrix-replies' };
  }
  if (flag('attacksObserved')) out.E = { value: 'A', source: 'flags-exploit' };
  else if (flag('exploitPublic')) out.E = { value: 'P', source: 'flags-exploit' };
  return out;
};

/** SSVC's triage outcome beside the policy's verdict: Coordinate is accept, Track is defer,
 *  Decline is decline. */
const TRIAGE_MATCH: Readonly<Record<string, string>> = { C: 'accept', T: 'defer', D: 'decline' };

/** SSVC's publish outcome beside the release decision: Publish is publish, Do Not Publish
 *  is either decision not to publish. */
const PUBLISH_MATCH: Readonly<Record<string, readonly string[]>> = {
  P: ['publish'],
  N: ['do-not-publish', 'no-public-release-needed'],
};

export const triageAgrees = (outcome: string, verdict: 'accept' | 'defer' | 'decline'): boolean =>
  TRIAGE_MATCH[outcome] === verdict;

export const publishAgrees = (outcome: string, decision: string): boolean =>
  PUBLISH_MATCH[outcome]?.includes(decision) ?? false;
