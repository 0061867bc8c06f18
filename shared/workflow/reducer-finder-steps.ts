import {
  JAPAN_ZONE,
  type CaseEventOf,
  type IsoDate,
  type IsoInstant,
  type WithdrawalOutcome,
  type WithdrawalRefusal,
} from '../model';
import { addMonths, localDate } from './calendar';
import { wfFail, wfOk, type WorkflowResult } from './errors';
import { setCaseFlag } from './reducer-embargo';
import type { CaseLink, CaseProjection } from './projection';
import type { ReadyProjection } from './reducer-types';

/**
 * Report links and the finder's and site operator's steps (issue 27 items 3 and 7). Facts,
 * so a partner's timeline folds the same: a link never names its own case or repeats; a
 * withdrawal request's outcome must be the one the IPA rule gives at the request's instant;
 * a site fix is a website case's site operator's, once, and ends the three-month clock
 * (`jpcert.website-fix` is met by `fixDeployed`).
 */

/** What the IPA rule answers a finder's withdrawal request made at `at`. */
export type WithdrawalAnswer = {
  outcome: WithdrawalOutcome;
  /** The first day (Japan time) the request can be granted; null when no day is known. */
  possibleOn: IsoDate | null;
  refusal: WithdrawalRefusal | null;
};

/**
 * IPA overview (To Finders): "For a software vulnerability, after a year has passed since
 * the initial report*5 (*5: the date when JPCERT/CC first attempted to notify the software
 * developer), the finder may issue a withdrawal request". The year is counted in Japan time
 * from the first attempt's day: the anniversary is the first day it is granted, the day the
 * `jpcert.nondisclosure-year` deadline falls on. A website's non-disclosure lasts "from
 * report to correction of vulnerability"; a published case has nothing left to withhold.
 */
export const withdrawalAnswer = (p: ReadyProjection, at: IsoInstant): WithdrawalAnswer => {
  const granted = (possibleOn: IsoDate | null): WithdrawalAnswer => ({
    outcome: 'granted',
    possibleOn,
    refusal: null,
  });
  const refused = (refusal: WithdrawalRefusal, possibleOn: IsoDate | null): WithdrawalAnswer => ({
    outcome: 'refused',
    possibleOn,
    refusal,
  });
  if (p.case.dates.published !== null) return granted(null);
  if (p.case.kind === 'website') {
    return p.finderSteps.siteFixed === null
      ? refused('website-until-fixed', null)
      : granted(localDate(p.finderSteps.siteFixed.at, JAPAN_ZONE));
  }
  const first = p.case.dates.firstVendorContactAttempt;
  if (first === null) return refused('developer-not-contacted', null);
  const possibleOn = addMonths(localDate(first, JAPAN_ZONE), 12);
  return localDate(at, JAPAN_ZONE) >= possibleOn
    ? granted(possibleOn)
    : refused('year-not-passed', possibleOn);
};

const link = (p: ReadyProjection, l: CaseLink): WorkflowResult<CaseProjection> => {
  if (l.otherCaseId === p.case.id) return wfFail('link-to-self', 'A case cannot name itself');
  if (p.links.some((x) => x.otherCaseId === l.otherCaseId && x.relation === l.relation)) {
    return wfFail('already-linked', `Already linked to ${l.otherRef}`);
  }
  return wfOk({ ...p, links: [...p.links, l] });
};

const requestWithdrawal = (
  p: ReadyProjection,
  e: CaseEventOf<'finder.withdrawal-requested'>,
): WorkflowResult<CaseProjection> => {
  if (p.finderSteps.withdrawals.some((w) => w.outcome === 'granted')) {
    return wfFail('withdrawal-already-granted', 'The withdrawal was already granted');
  }
  const answer = withdrawalAnswer(p, e.at);
  const { outcome, possibleOn, refusal } = e.payload;
  if (
    answer.outcome !== outcome ||
    answer.possibleOn !== possibleOn ||
    answer.refusal !== refusal
  ) {
    return wfFail(
      'withdrawal-mismatch',
      `At this instant the request is ${answer.outcome} (${answer.refusal ?? 'granted'}, possible from ${answer.possibleOn ?? 'no known day'})`,
    );
  }
  const request = { at: e.at, outcome, possibleOn, refusal };
  return wfOk({
    ...p,
    finderSteps: { ...p.finderSteps, withdrawals: [...p.finderSteps.withdrawals, request] },
  });
};

const fixSite = (
  p: ReadyProjection,
  e: CaseEventOf<'site.fixed'>,
): WorkflowResult<CaseProjection> => {
  if (p.case.kind !== 'website') {
    return wfFail('not-a-website-case', 'Only a website case has a site operator fix');
  }
  if (p.finderSteps.siteFixed !== null) {
    return wfFail('site-already-fixed', 'The site operator already reported the fix');
  }
  const inv = p.involvements.find((i) => i.id === e.payload.involvementId);
  if (inv === undefined) return wfFail('unknown-involvement', 'Unknown involvement');
  if (inv.role !== 'site-operator') {
    return wfFail('not-site-operator', 'Only the site operator reports the site fixed');
  }
  const siteFixed = { at: e.at, involvementId: e.payload.involvementId };
  const next: ReadyProjection = { ...p, finderSteps: { ...p.finderSteps, siteFixed } };
  // The fix is deployed on the site: the flag closes the three-month clock (already set by
  // an earlier `flag.set` leaves it as it was).
  if (p.case.states.flags.fixDeployed !== null) return wfOk(next);
  return setCaseFlag(next, 'fixDeployed', e.at);
};

export type FinderStepEvent = CaseEventOf<
  'case.linked' | 'report.second-received' | 'finder.withdrawal-requested' | 'site.fixed'
>;

export const applyFinderStep = (
  p: ReadyProjection,
  e: FinderStepEvent,
): WorkflowResult<CaseProjection> => {
  switch (e.type) {
    case 'case.linked': {
      const { otherCaseId, otherRef, relation } = e.payload;
      return link(p, { otherCaseId, otherRef, relation, at: e.at, second: null });
    }
    case 'report.second-received': {
      const { duplicateCaseId, duplicateRef, reportId, creditName } = e.payload;
      return link(p, {
        otherCaseId: duplicateCaseId,
        otherRef: duplicateRef,
        relation: 'duplicated-by',
        at: e.at,
        second: { reportId, creditName },
      });
    }
    case 'finder.withdrawal-requested':
      return requestWithdrawal(p, e);
    case 'site.fixed':
      return fixSite(p, e);
  }
};
