// Hand-over and co-coordination between coordinators (issue 27 item 4): which organisation
// recorded each event of a case, who owns the case, and what an organisation may no longer
// change. The case fold (reducer.ts) knows nothing of organisations, so a partner's
// timeline folds the same everywhere; this is the second fold, over the same events plus
// who recorded them, and `planAppend` refuses what it refuses for every writer (a click,
// a bundle import, a case document).
//
// Attribution: an event is its recorder's. Imports say whose events they brought (the
// `events` of `bundle.imported`, listing what that import added): the earliest import
// listing an event names its organisation (a relayed event keeps its first sender); an
// event no import lists was recorded here (`LOCAL_ORG`). The events of a bundle being
// imported, which no record lists yet, are its signer's. Our own events come back to us
// listed under our key by a partner's import, so this vault's own fingerprint is learnt
// from the records no import lists (the key its latest import was decrypted with, `from` of
// a hand-over it recorded, the key it accepted one with), and "us" compares equal however
// another record names us.
import type { CaseEvent, CaseEventType } from '../model';
import type { WorkflowError } from './errors';
import { LocalOrgs } from './local-orgs';
import { compareEvents } from './merge';

/** The organisation of this vault, for the events recorded here. */
export const LOCAL_ORG = 'local';

/** A bundle's events that no import record lists yet: they are its sender's. */
export type IncomingEvents = { ids: ReadonlySet<string>; from: string };

export type CoCoordinator = { org: string; name: string; at: string; eventId: string };

export type Transfer = {
  from: string;
  to: string;
  toName: string;
  note: string;
  at: string;
  eventId: string;
};

export type CoordinationRole = 'owner' | 'co-coordinator' | 'former-owner' | 'participant';

/** Organisations are fingerprints (upper-case hex) or `LOCAL_ORG`. */
export type Coordination = {
  /** The organisation that created the case. */
  creator: string;
  owner: string;
  coCoordinators: readonly CoCoordinator[];
  /** Organisations that handed the case on and have not had it back. */
  formerOwners: readonly string[];
  transfers: readonly Transfer[];
  /** This vault's part in the case. */
  localRole: CoordinationRole;
  /** The names the hand-over records give each organisation's key. */
  names: ReadonlyMap<string, string>;
};

export type CoordinationRefusal = WorkflowError & { eventId: string; org: string };

export type CoordinationFold = {
  state: Coordination;
  /** Events an organisation recorded about what it did not own, in timeline order. */
  refusals: readonly CoordinationRefusal[];
  /** Each event's organisation. */
  orgs: ReadonlyMap<string, string>;
};

const EMBARGO_TYPES: readonly CaseEventType[] = [
  'embargo.proposed',
  'embargo.agreed',
  'embargo.revised',
  'embargo.rejected',
  'embargo.terminated',
  // Deciding a vendor's extension request moves (or keeps) the agreed instant: the owner's call.
  'embargo.extension-granted',
  'embargo.extension-refused',
];

const upper = (fingerprint: string): string => fingerprint.toUpperCase();

/** Each event's organisation (see the header), with this vault's own keys as `LOCAL_ORG`. */
export function attributeEvents(
  events: readonly CaseEvent[],
  incoming?: IncomingEvents,
): {
  orgs: Map<string, string>;
  orgOf: (e: CaseEvent) => string;
  own: (fingerprint: string) => string;
} {
  const listed = new Map<string, string>();
  for (const e of [...events].sort(compareEvents)) {
    // An import from before v5 lists nothing: its events read as this vault's.
    if (e.type !== 'bundle.imported' || e.payload.events === undefined) continue;
    for (const id of e.payload.events) if (!listed.has(id)) listed.set(id, upper(e.payload.sender));
  }
  const rawOf = (e: CaseEvent): string =>
    listed.get(e.id) ?? (incoming?.ids.has(e.id) === true ? upper(incoming.from) : LOCAL_ORG);
  const ownKeys = new Set<string>();
  for (const e of events) {
    if (rawOf(e) !== LOCAL_ORG) continue;
    if (e.type === 'coordination.accepted') ownKeys.add(upper(e.payload.fingerprint));
    // Our newest import is never listed by another's (it has not left this vault yet).
    if (e.type === 'bundle.imported' && e.payload.recipient !== undefined)
      ownKeys.add(upper(e.payload.recipient));
    if (e.type === 'coordination.transferred' || e.type === 'coordination.co-coordinator-added')
      ownKeys.add(upper(e.payload.from));
  }
  const own = (fingerprint: string): string =>
    fingerprint === LOCAL_ORG || ownKeys.has(upper(fingerprint)) ? LOCAL_ORG : upper(fingerprint);
  const orgOf = (e: CaseEvent): string => own(rawOf(e));
  return { orgs: new Map(events.map((e) => [e.id, orgOf(e)])), orgOf, own };
}

const refuse = (code: WorkflowError['code'], message: string): WorkflowError => ({
  code,
  message,
});

const nameOf = (s: Coordination, org: string): string =>
  org === LOCAL_ORG ? 'this organisation' : (s.names.get(org) ?? org);

const handedTo = (s: Coordination): string => `the case was handed over to ${nameOf(s, s.owner)}`;

/** Why `org` may not change the embargo (`what` names the change), or null. */
function embargoRefusal(
  s: Coordination,
  org: string,
  what: string,
  type: CaseEventType | null = null,
): WorkflowError | null {
  if (s.formerOwners.includes(org)) {
    return refuse(
      'coordination-transferred',
      `${what} by ${nameOf(s, org)}: ${handedTo(s)}, which now owns the embargo`,
    );
  }
  // A co-coordinator proposes a date (it reaches the owner with its next bundle, where the
  // owner agrees or rejects it); agreeing, revising, ending and deciding extensions stay the
  // owner's. A proposal changes no agreed instant: an agreed embargo stays in force while a
  // counter-proposal is pending (EM `revise`).
  if (s.coCoordinators.some((c) => c.org === org) && type !== 'embargo.proposed') {
    return refuse(
      'coordination-embargo-owner',
      `${what} by co-coordinator ${nameOf(s, org)}: only the case owner, ${nameOf(s, s.owner)}, changes the embargo`,
    );
  }
  return null;
}

/** Why `org` may not write to a vendor, or null. */
const vendorMessageRefusal = (s: Coordination, org: string): WorkflowError | null =>
  s.formerOwners.includes(org)
    ? refuse(
        'coordination-transferred',
        `a message to a vendor by ${nameOf(s, org)}: ${handedTo(s)}, which now writes to the vendors`,
      )
    : null;

/** What `org` may not record now, or null. */
function refusalOf(
  s: Coordination,
  e: CaseEvent,
  org: string,
  own: (fingerprint: string) => string,
): WorkflowError | null {
  if (EMBARGO_TYPES.includes(e.type)) {
    const embargo = embargoRefusal(s, org, e.type, e.type);
    if (embargo !== null) return embargo;
  }
  if (e.type === 'message.sent' && e.payload.to === 'vendor') {
    const message = vendorMessageRefusal(s, org);
    if (message !== null) return message;
  }
  if (e.type === 'coordination.transferred' || e.type === 'coordination.co-coordinator-added') {
    if (org !== s.owner) {
      return refuse(
        'coordination-not-owner',
        `${e.type} by ${nameOf(s, org)}: only the case owner, ${nameOf(s, s.owner)}, hands the case over or adds a co-coordinator`,
      );
    }
    const handOver = e.type === 'coordination.transferred';
    const target = own(handOver ? e.payload.to : e.payload.fingerprint);
    // A co-coordinator may be handed the case; it cannot be added twice.
    if (target === s.owner || (!handOver && s.coCoordinators.some((c) => c.org === target))) {
      return refuse(
        'coordination-unchanged',
        `${e.type}: ${nameOf(s, target)} already coordinates`,
      );
    }
  }
  return null;
}

function applyCoordination(
  s: Coordination,
  e: CaseEvent,
  own: (fingerprint: string) => string,
): Coordination {
  if (e.type === 'coordination.transferred') {
    const to = own(e.payload.to);
    const { toName, note } = e.payload;
    return {
      ...s,
      owner: to,
      formerOwners: [...s.formerOwners.filter((o) => o !== to && o !== s.owner), s.owner],
      coCoordinators: s.coCoordinators.filter((c) => c.org !== to),
      transfers: [...s.transfers, { from: s.owner, to, toName, note, at: e.at, eventId: e.id }],
    };
  }
  if (e.type === 'coordination.co-coordinator-added') {
    const org = own(e.payload.fingerprint);
    const entry = { org, name: e.payload.name, at: e.at, eventId: e.id };
    return { ...s, coCoordinators: [...s.coCoordinators, entry] };
  }
  return s;
}

const roleOf = (s: Coordination, org: string): CoordinationRole => {
  if (s.owner === org) return 'owner';
  if (s.coCoordinators.some((c) => c.org === org)) return 'co-coordinator';
  return s.formerOwners.includes(org) ? 'former-owner' : 'participant';
};

/** The names the hand-over records give each key (the latest one wins). */
const namesOf = (events: readonly CaseEvent[], own: (f: string) => string) => {
  const names = new Map<string, string>();
  for (const e of events) {
    if (e.type === 'coordination.transferred') names.set(own(e.payload.to), e.payload.toName);
    if (e.type === 'coordination.co-coordinator-added')
      names.set(own(e.payload.fingerprint), e.payload.name);
  }
  return names;
};

const isCoordination = (e: CaseEvent): boolean => e.type.startsWith('coordination.');
const isShared = (e: CaseEvent): boolean => isCoordination(e) || e.type === 'bundle.imported';

/** The folds of timelines that have no shared event (nobody else's, nothing restricted). */
const localFolds = new WeakSet<CoordinationFold>();

/** The fold of a timeline with no shared event: every event is ours, nothing restricted. */
const localFold = (orgs: LocalOrgs): CoordinationFold => {
  const fold: CoordinationFold = {
    state: {
      creator: LOCAL_ORG,
      owner: LOCAL_ORG,
      coCoordinators: [],
      formerOwners: [],
      transfers: [],
      localRole: 'owner',
      names: new Map(),
    },
    refusals: [],
    orgs,
  };
  localFolds.add(fold);
  return fold;
};

/** Folds a case's timeline into who coordinates it, and what was recorded without right. */
export function foldCoordination(
  events: readonly CaseEvent[],
  incoming?: IncomingEvents,
): CoordinationFold {
  // Most cases were never shared in or handed on: every event is ours, nothing restricted
  // (the case view folds every case, so this skips the sorts).
  if (incoming === undefined && !events.some(isShared)) {
    return localFold(new LocalOrgs(LOCAL_ORG, [Object.isFrozen(events) ? events : [...events]]));
  }
  const { orgs, orgOf, own } = attributeEvents(events, incoming);
  const sorted = [...events].sort(compareEvents);
  const creation = sorted.find((e) => e.type === 'case.created');
  // A case from an older export may have no creation event: then it is this vault's.
  const creator = creation === undefined ? LOCAL_ORG : orgOf(creation);
  let state: Coordination = {
    creator,
    owner: creator,
    coCoordinators: [],
    formerOwners: [],
    transfers: [],
    localRole: 'owner',
    names: namesOf(sorted, own),
  };
  const refusals: CoordinationRefusal[] = [];
  for (const e of sorted) {
    const org = orgOf(e);
    const refusal = refusalOf(state, e, org, own);
    if (refusal === null) state = applyCoordination(state, e, own);
    else refusals.push({ ...refusal, eventId: e.id, org });
  }
  return { state: { ...state, localRole: roleOf(state, LOCAL_ORG) }, refusals, orgs };
}

/**
 * `foldCoordination` of a timeline grown by `added` (events that sort after every earlier one,
 * ids new: `grow` in fold-forward.ts), from `folded`, the fold of the timeline before: carried
 * on when neither has a shared event (a vendor's status change in a case nobody shared), so
 * a 20,000-event case is not read again; otherwise null, and the caller folds afresh.
 */
export function carryCoordination(
  folded: CoordinationFold,
  added: readonly CaseEvent[],
): CoordinationFold | null {
  if (!localFolds.has(folded) || added.some(isShared)) return null;
  return localFold((folded.orgs as LocalOrgs).grownBy(added));
}

/** Whether a timeline has a hand-over or co-coordination event; remembered for the store's
 *  frozen lists, which every plan of one case state asks about (each button, the commit). */
const coordinated = new WeakMap<readonly CaseEvent[], boolean>();
const hasCoordination = (events: readonly CaseEvent[]): boolean => {
  const known = coordinated.get(events);
  if (known !== undefined) return known;
  const has = events.some(isCoordination);
  if (Object.isFrozen(events)) coordinated.set(events, has);
  return has;
};

/**
 * The first of `added` that its organisation may not record onto `history`, or undefined.
 * `from` names the sender of a bundle whose events these are; without it they are this
 * vault's. A timeline without a hand-over or co-coordinator restricts nobody.
 */
export function coordinationRefusal(
  history: readonly CaseEvent[],
  added: readonly CaseEvent[],
  from?: string,
): CoordinationRefusal | undefined {
  if (!hasCoordination(history) && !added.some(isCoordination)) return undefined;
  const ids = new Set<string>(added.map((e) => e.id));
  const stored = new Set(history.map((e) => e.id));
  const { refusals } = foldCoordination(
    [...history, ...added.filter((e) => !stored.has(e.id))],
    from === undefined ? undefined : { ids, from },
  );
  return refusals.find((r) => ids.has(r.eventId));
}

/** What this vault asks before it acts, ahead of the event (a seal, a form). */
export type CoordinatedAction = 'vendor-message' | 'embargo' | 'embargo-proposal';

/**
 * Why this vault may not write to a vendor or change the embargo of a case in state `s`
 * (its fold's `state`), or null. The composer and the CLI ask this before sealing, so
 * nothing is sealed that `planAppend` would then refuse to record; the rule is the one
 * the fold applies to every recorded event.
 */
export const localRefusal = (s: Coordination, action: CoordinatedAction): WorkflowError | null =>
  action === 'vendor-message'
    ? vendorMessageRefusal(s, LOCAL_ORG)
    : action === 'embargo'
      ? embargoRefusal(s, LOCAL_ORG, 'an embargo change')
      : embargoRefusal(s, LOCAL_ORG, 'an embargo proposal', 'embargo.proposed');
