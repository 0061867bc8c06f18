import type { CaseEvent } from '../model';
import { wfFail, wfOk, type WorkflowResult } from './errors';
import { VENDOR_ROLES, type CaseProjection, type InvolvementView } from './projection';
import type { CaseCommand } from './timeline';
import { hasReplied } from './vendor-status';

/**
 * Whom an agreed publication instant is agreed with (IPA, "To Software Developers:
 * Arranging announcement dates": the developer notifies JPCERT/CC of its plans and the
 * planned public release date). Recording "agreed" while nobody on the other side has
 * answered would state as the vendors' word what is only ours, so the analyst records the
 * answer first (a phone call that agreed the date is recorded as the vendor's reply).
 *
 * A guard on our own acts (case-guards.ts), not a fact: a partner's timeline that agreed
 * without a recorded reply folds unchanged, as for the other guards.
 */

/** Roles that answer for the vendors when the case has no vendor of its own: an overseas
 *  coordinator or a partner who coordinates them on its side (JPCERT/CC policy II.G). */
const PARTNER_ROLES: readonly InvolvementView['role'][] = ['coordinator', 'partner'];

/** The involvements whose reply can stand behind an agreed date: the vendors (developers,
 *  upstream developers, site operators), or, on a case with none, the coordinating
 *  partners. */
export const agreementParties = (p: CaseProjection): InvolvementView[] => {
  const vendors = p.involvements.filter((i) => VENDOR_ROLES.includes(i.role));
  return vendors.length > 0
    ? vendors
    : p.involvements.filter((i) => PARTNER_ROLES.includes(i.role));
};

/** Someone the date can be agreed with has answered (a reply, or a dispute: `hasReplied`). */
export const agreementHasReply = (p: CaseProjection): boolean =>
  agreementParties(p).some(hasReplied);

/**
 * The commands that record an agreed publication instant in the analyst's name: agreeing a
 * proposal (ours, the vendor's, or a date stated at the agreement itself), accepting a
 * counter-proposal (`embargo.agreed` while one is pending) and revising the agreed instant.
 * A granted extension is not one: it answers the vendor's own request, which is its reply.
 */
const RECORDS_AGREEMENT: ReadonlySet<CaseCommand['type']> = new Set([
  'embargo.agreed',
  'embargo.revised',
]);

/** The proposal on the table was the vendor's own (`proposedBy: 'vendor'`, as a partner's
 *  timeline or a case document may record it): agreeing it answers the vendor's word. */
const vendorProposalPending = (p: CaseProjection, events: readonly CaseEvent[]): boolean => {
  const state = p.case?.states.embargo;
  if (state !== 'proposed' && state !== 'revise') return false;
  const refused = new Set(p.rejected.map((r) => r.eventId));
  const last = events
    .filter((e) => e.type === 'embargo.proposed' && !refused.has(e.id))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .at(-1);
  return last?.type === 'embargo.proposed' && last.payload.proposedBy === 'vendor';
};

export const guardAgreementReply = (
  p: CaseProjection,
  events: readonly CaseEvent[],
  cmd: CaseCommand,
): WorkflowResult<null> => {
  // A technical alert has no embargo at all: the reducer's own refusal says so.
  if (!RECORDS_AGREEMENT.has(cmd.type) || p.case?.kind === 'technical-alert') return wfOk(null);
  if (agreementHasReply(p)) return wfOk(null);
  if (cmd.type === 'embargo.agreed' && vendorProposalPending(p, events)) return wfOk(null);
  return wfFail(
    'embargo-no-reply',
    p.involvements.length === 0
      ? 'No vendor is on the case: add the vendor, contact it and record its reply before recording an agreed date'
      : 'No vendor has replied: record the vendor’s reply on the Vendors tab first (an agreement by phone is recorded as a reply)',
  );
};
