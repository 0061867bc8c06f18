import type { InvolvementId, IsoInstant } from '../model';
import type { Deadline } from './deadlines';
import type { ActionCondition, ActionRule, PolicyProfile } from './policy-types';
import { VENDOR_ROLES, type InvolvementView } from './projection';
import type { ReadyProjection } from './reducer-types';

/**
 * Actions the policy offers on a case now (may-close after 120 days, the Release Decision
 * Committee, publishing an unreachable developer's name, …), evaluated from the profile's
 * action rules. Each names the involvements it concerns when it is about vendors.
 */
export type AvailableAction = {
  id: ActionRule['id'];
  title: ActionRule['title'];
  involvementIds: InvolvementId[];
  source: ActionRule['source'];
};

type Match = { matched: boolean; involvementIds: InvolvementId[] };

const DAY_MS = 86_400_000;
const yes = (involvementIds: InvolvementId[] = []): Match => ({ matched: true, involvementIds });
const no: Match = { matched: false, involvementIds: [] };
const fromVendors = (list: InvolvementView[]): Match =>
  list.length > 0 ? yes(list.map((i) => i.id)) : no;

const check = (
  c: ActionCondition,
  p: ReadyProjection,
  deadlines: readonly Deadline[],
  now: IsoInstant,
): Match => {
  const vendors = p.involvements.filter((i) => VENDOR_ROLES.includes(i.role));
  switch (c.kind) {
    case 'deadline-overdue':
      return deadlines.some((d) => d.ruleId === c.ruleId && d.state === 'overdue') ? yes() : no;
    case 'involvement-status':
      return fromVendors(vendors.filter((i) => i.status === c.status));
    case 'developer-name-unpublished':
      return fromVendors(
        vendors.filter((i) => i.status === 'unreachable' && i.namePublishedAt === null),
      );
    case 'no-reply-for-days':
      return fromVendors(
        vendors.filter(
          (i) =>
            i.status === 'contacted' &&
            i.firstContactAttempt !== null &&
            Date.parse(now) - Date.parse(i.firstContactAttempt) >= c.days * DAY_MS,
        ),
      );
    case 'all-developers-reach-users': {
      const devs = vendors.filter((i) => i.role !== 'site-operator');
      return devs.length > 0 && devs.every((i) => i.canReachAllUsers) ? fromVendors(devs) : no;
    }
    case 'handling-terminated-finder-not-notified':
      return p.handling.terminated && !p.handling.finderNotified ? yes() : no;
    case 'no-release-decision':
      return p.releaseDecision === null ? yes() : no;
    case 'any': {
      const hits = c.of.map((x) => check(x, p, deadlines, now)).filter((m) => m.matched);
      return hits.length > 0 ? yes([...new Set(hits.flatMap((m) => m.involvementIds))]) : no;
    }
    case 'all': {
      const all = c.of.map((x) => check(x, p, deadlines, now));
      return all.every((m) => m.matched)
        ? yes([...new Set(all.flatMap((m) => m.involvementIds))])
        : no;
    }
  }
};

export const availableActions = (
  p: ReadyProjection,
  profile: PolicyProfile,
  deadlines: readonly Deadline[],
  now: IsoInstant,
): AvailableAction[] => {
  const finished = p.case.states.report === 'closed' || p.case.dates.published !== null;
  return profile.actions
    .filter((rule) => rule.afterClose || !finished)
    .map((rule) => ({ rule, m: check(rule.when, p, deadlines, now) }))
    .filter(({ m }) => m.matched)
    .map(({ rule, m }) => ({
      id: rule.id,
      title: rule.title,
      involvementIds: m.involvementIds,
      source: rule.source,
    }));
};
