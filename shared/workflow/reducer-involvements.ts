import { INVOLVEMENT_SCHEMA_VERSION } from '../model';
import type { CaseEventPayload, InvolvementId, IsoInstant } from '../model';
import { wfFail, wfOk, type WorkflowResult } from './errors';
import { ensureFlag } from './machines';
import { VENDOR_ROLES, type CaseProjection, type InvolvementView } from './projection';
import type { ReadyProjection } from './reducer-types';

/**
 * Involvement (per-vendor) parts of the reducer: contact attempts, replies, status
 * changes. The case-level first vendor contact date is derived here because it starts the
 * 45-day, 120-day and one-year clocks (IPA guideline footnotes 5 and 9).
 */
const find = (p: ReadyProjection, id: InvolvementId): InvolvementView | undefined =>
  p.involvements.find((i) => i.id === id);

const unknown = (id: InvolvementId) =>
  wfFail('unknown-involvement', `No vendor involvement ${id} in this case`);

/**
 * Replaces one involvement and re-derives the case fields that depend on involvements. The
 * order and ids stay; when the replaced one keeps its role and first contact attempt, the
 * derived case fields cannot change and are not re-derived: a 1,000-vendor case folds
 * 20,000 vendor events, and a pass over every vendor for each made the fold quadratic.
 */
export const withInvolvement = (p: ReadyProjection, next: InvolvementView): ReadyProjection => {
  const index = p.involvements.findIndex((i) => i.id === next.id);
  const prev = p.involvements[index];
  if (prev === undefined) return sync(p);
  const involvements = p.involvements.slice();
  involvements[index] = next;
  const sameDerived =
    prev.role === next.role && prev.firstContactAttempt === next.firstContactAttempt;
  return sameDerived ? { ...p, involvements } : sync({ ...p, involvements });
};

export const sync = (p: ReadyProjection): ReadyProjection => {
  // One pass, no sort, and the id list kept when it is unchanged: every vendor event of the
  // timeline calls this, and a 1,000-vendor case folds 20,000 of them (issue 25).
  let first: IsoInstant | null = null;
  for (const i of p.involvements) {
    const at = i.firstContactAttempt;
    if (at !== null && VENDOR_ROLES.includes(i.role) && (first === null || at < first)) first = at;
  }
  const ids = p.case.involvements;
  const sameIds =
    ids.length === p.involvements.length && p.involvements.every((i, k) => ids[k] === i.id);
  return {
    ...p,
    case: {
      ...p.case,
      involvements: sameIds ? ids : p.involvements.map((i) => i.id),
      dates: { ...p.case.dates, firstVendorContactAttempt: first },
    },
  };
};

export const addInvolvement = (
  p: ReadyProjection,
  pl: CaseEventPayload<'involvement.added'>,
  at: IsoInstant,
): WorkflowResult<CaseProjection> => {
  if (find(p, pl.involvementId)) {
    return wfFail('duplicate-involvement', `Involvement ${pl.involvementId} already exists`);
  }
  if (p.involvements.some((i) => i.contactId === pl.contactId)) {
    return wfFail('duplicate-contact', 'This organisation is already involved in the case');
  }
  const inv: InvolvementView = {
    schemaVersion: INVOLVEMENT_SCHEMA_VERSION,
    id: pl.involvementId,
    caseId: p.case.id,
    contactId: pl.contactId,
    role: pl.role,
    status: 'not-contacted',
    statusSince: at,
    firstContactAttempt: null,
    lastContactAttempt: null,
    lastReply: null,
    statement: { ja: '', en: '', approved: false },
    products: [],
    clearedForPublication: false,
    canReachAllUsers: false,
    namePublishedAt: null,
    dispute: null,
  };
  return wfOk(sync({ ...p, involvements: [...p.involvements, inv] }));
};

export const recordContactAttempt = (
  p: ReadyProjection,
  id: InvolvementId,
  at: IsoInstant,
): WorkflowResult<CaseProjection> => {
  const inv = find(p, id);
  if (!inv) return unknown(id);
  if (p.case.states.report !== 'accepted') {
    return wfFail('report-not-accepted', 'Accept the report before contacting vendors');
  }
  const contacted = inv.status === 'not-contacted';
  return wfOk(
    withInvolvement(p, {
      ...inv,
      firstContactAttempt: inv.firstContactAttempt ?? at,
      lastContactAttempt: at,
      status: contacted ? 'contacted' : inv.status,
      statusSince: contacted ? at : inv.statusSince,
    }),
  );
};

const REPLY_LIFTS = ['not-contacted', 'contacted', 'unreachable'];

export const recordReply = (
  p: ReadyProjection,
  id: InvolvementId,
  at: IsoInstant,
): WorkflowResult<CaseProjection> => {
  const inv = find(p, id);
  if (!inv) return unknown(id);
  const lift = REPLY_LIFTS.includes(inv.status);
  const next = withInvolvement(p, {
    ...inv,
    lastReply: at,
    status: lift ? 'acknowledged' : inv.status,
    statusSince: lift ? at : inv.statusSince,
  });
  const flags = ensureFlag(next.case.states.flags, 'vendorAware', at);
  return wfOk({ ...next, case: { ...next.case, states: { ...next.case.states, flags } } });
};

const AWARE_STATUSES = [
  'acknowledged',
  'investigating',
  'affected',
  'not-affected',
  'fixed',
  'disputed',
];

export const changeInvolvement = (
  p: ReadyProjection,
  pl: CaseEventPayload<'involvement.changed'>,
  at: IsoInstant,
): WorkflowResult<CaseProjection> => {
  const inv = find(p, pl.involvementId);
  if (!inv) return unknown(pl.involvementId);
  const status = pl.status ?? inv.status;
  if (status === 'not-contacted' && inv.firstContactAttempt !== null) {
    return wfFail('illegal-involvement-status', 'A contacted vendor cannot become not-contacted');
  }
  if (status === 'unreachable' && inv.firstContactAttempt === null) {
    return wfFail('not-contacted-yet', 'Try to contact the vendor before marking it unreachable');
  }
  // A dispute is recorded with its reason (`vendor.disputed`), never as a bare status.
  if (status === 'disputed' && inv.status !== 'disputed') {
    return wfFail('dispute-needs-reason', 'A disputed vendor needs its reason: record the dispute');
  }
  const next = withInvolvement(p, {
    ...inv,
    status,
    dispute: status === 'disputed' ? inv.dispute : null,
    statusSince: status === inv.status ? inv.statusSince : at,
    role: pl.role ?? inv.role,
    statement: pl.statement ?? inv.statement,
    products: pl.products ?? inv.products,
    clearedForPublication: pl.clearedForPublication ?? inv.clearedForPublication,
    canReachAllUsers: pl.canReachAllUsers ?? inv.canReachAllUsers,
  });
  let flags = next.case.states.flags;
  if (AWARE_STATUSES.includes(status)) flags = ensureFlag(flags, 'vendorAware', at);
  // A fixed website is a deployed fix; a fixed product is a fix users still have to apply.
  if (status === 'fixed') {
    flags = ensureFlag(flags, next.case.kind === 'website' ? 'fixDeployed' : 'fixReady', at);
  }
  return wfOk({ ...next, case: { ...next.case, states: { ...next.case.states, flags } } });
};

export const markUnreachable = (
  p: ReadyProjection,
  id: InvolvementId,
  at: IsoInstant,
): WorkflowResult<CaseProjection> =>
  changeInvolvement(p, { involvementId: id, status: 'unreachable' }, at);

export const markNamePublished = (
  p: ReadyProjection,
  id: InvolvementId,
  at: IsoInstant,
): WorkflowResult<CaseProjection> => {
  const inv = find(p, id);
  if (!inv) return unknown(id);
  if (inv.status !== 'unreachable') {
    return wfFail('not-unreachable', 'Only an unreachable developer’s name may be published');
  }
  return wfOk(withInvolvement(p, { ...inv, namePublishedAt: inv.namePublishedAt ?? at }));
};

/** The vendor contests the report (issue 27): status `disputed` with its category and
 *  reason. Only a vendor that was contacted can dispute; a later status change clears it.
 *  A dispute is the vendor's answer: its date is the vendor's last reply (finding F-F), so
 *  the replied count, the vendor table and the awaited list read one fact. */
export const disputeInvolvement = (
  p: ReadyProjection,
  pl: CaseEventPayload<'vendor.disputed'>,
  at: IsoInstant,
): WorkflowResult<CaseProjection> => {
  const inv = find(p, pl.involvementId);
  if (!inv) return unknown(pl.involvementId);
  if (inv.firstContactAttempt === null) {
    return wfFail('not-contacted-yet', 'Contact the vendor before recording its dispute');
  }
  const next = withInvolvement(p, {
    ...inv,
    status: 'disputed',
    statusSince: inv.status === 'disputed' ? inv.statusSince : at,
    lastReply: at,
    dispute: { category: pl.category, reason: pl.reason, at },
  });
  const flags = ensureFlag(next.case.states.flags, 'vendorAware', at);
  return wfOk({ ...next, case: { ...next.case, states: { ...next.case.states, flags } } });
};
