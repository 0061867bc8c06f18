import { JAPAN_ZONE, type CaseEventOf } from '../model';
import { wfFail, wfOk, type WorkflowResult } from './errors';
import {
  VENDOR_ROLES,
  type CaseProjection,
  type ExtensionDecision,
  type ExtensionRequest,
} from './projection';
import { agreedInstant, moveEmbargo } from './reducer-embargo';
import type { ReadyProjection } from './reducer-types';

/**
 * Embargo extension requests (issue 27; IPA guideline footnote 9: "In general, the
 * recommended date of release is 45 days from the day of the initial attempt to contact the
 * developer from JPCERT/CC. Please contact JPCERT/CC if more time is necessary."). A vendor
 * asks for a later instant than the agreed one; the analyst grants it — the agreed instant
 * moves through the embargo's own `revise` move, so every deadline, the schedule lapse and
 * the embargo-breach rules apply as to any revision — or refuses it with a reason. These
 * are facts: the profile's cap on extensions is a guard (case-guards.ts), so a partner's
 * timeline folds the same whatever profile this vault runs.
 */

const noEmbargo = () =>
  wfFail('extension-no-embargo', 'No publication instant is agreed: there is nothing to extend');

const notLater = (date: string, agreed: string) =>
  wfFail(
    'extension-not-later',
    `The instant asked for (${date}) is not after the agreed one (${agreed})`,
  );

export const requestExtension = (
  p: ReadyProjection,
  e: CaseEventOf<'embargo.extension-requested'>,
): WorkflowResult<CaseProjection> => {
  if (p.case.states.report !== 'accepted') {
    return wfFail('report-not-accepted', 'An embargo needs an accepted report');
  }
  const { involvementId, date, zone, reason, messageId } = e.payload;
  const inv = p.involvements.find((i) => i.id === involvementId);
  if (inv === undefined) {
    return wfFail('unknown-involvement', `No vendor involvement ${involvementId} in this case`);
  }
  if (!VENDOR_ROLES.includes(inv.role)) {
    return wfFail('extension-not-a-vendor', 'Only a vendor of the case asks for an extension');
  }
  const agreed = agreedInstant(p);
  if (agreed === null) return noEmbargo();
  if (Date.parse(date) <= Date.parse(agreed)) return notLater(date, agreed);
  const request: ExtensionRequest = {
    requestId: e.id,
    involvementId,
    date,
    zone,
    reason,
    messageId,
    agreedThen: agreed,
    at: e.at,
    actor: e.actor,
    decision: null,
  };
  return wfOk({ ...p, extensions: [...p.extensions, request] });
};

/** The request a decision names, if it is still open. */
const pendingRequest = (
  p: ReadyProjection,
  requestId: string,
): WorkflowResult<ExtensionRequest> => {
  const request = p.extensions.find((r) => r.requestId === requestId);
  if (request === undefined) {
    return wfFail('extension-unknown-request', `No extension request ${requestId} in this case`);
  }
  if (request.decision !== null) {
    return wfFail(
      'extension-already-decided',
      `This extension request was already ${request.decision.kind}`,
    );
  }
  return wfOk(request);
};

const decide = (
  p: ReadyProjection,
  requestId: string,
  decision: ExtensionDecision,
): ReadyProjection => ({
  ...p,
  extensions: p.extensions.map((r) => (r.requestId === requestId ? { ...r, decision } : r)),
});

export const grantExtension = (
  p: ReadyProjection,
  e: CaseEventOf<'embargo.extension-granted'>,
): WorkflowResult<CaseProjection> => {
  const request = pendingRequest(p, e.payload.requestId);
  if (!request.ok) return request;
  const { date, zone } = e.payload;
  const previous = agreedInstant(p);
  if (previous === null) return noEmbargo();
  if (Date.parse(date) <= Date.parse(previous)) return notLater(date, previous);
  const moved = moveEmbargo(p, 'revise', e.at, { instant: date, zone });
  if (!moved.ok) return moved;
  const decision: ExtensionDecision = {
    kind: 'granted',
    date,
    zone,
    previous,
    previousZone: p.embargo.agreedZone ?? JAPAN_ZONE,
    at: e.at,
    actor: e.actor,
  };
  return wfOk(decide(moved.value as ReadyProjection, e.payload.requestId, decision));
};

export const refuseExtension = (
  p: ReadyProjection,
  e: CaseEventOf<'embargo.extension-refused'>,
): WorkflowResult<CaseProjection> => {
  const request = pendingRequest(p, e.payload.requestId);
  if (!request.ok) return request;
  const decision: ExtensionDecision = {
    kind: 'refused',
    reason: e.payload.reason,
    at: e.at,
    actor: e.actor,
  };
  return wfOk(decide(p, e.payload.requestId, decision));
};
