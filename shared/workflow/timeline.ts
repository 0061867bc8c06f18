import {
  CASE_EVENT_SCHEMA_VERSION,
  newCaseId,
  newEventId,
  type CaseEvent,
  type CaseEventPayload,
  type CaseEventType,
  type CaseId,
  type EventId,
  type IsoInstant,
} from '../model';
import { wfFail, wfOk, type WorkflowError, type WorkflowResult } from './errors';
import { emptyProjection, type CaseProjection, type RejectedEvent } from './projection';
import { applyEvent } from './reducer';

/**
 * The timeline: ordering, merging and folding of events. Two sources (this vault and an
 * imported bundle) merge by event id (set union); the fold sorts by (at, id) so the same
 * set of events gives the same projection whatever order it arrived in. `case.created`
 * sorts first, because every other event needs the case to exist.
 */
export const compareEvents = (a: CaseEvent, b: CaseEvent): number => {
  const ca = a.type === 'case.created' ? 0 : 1;
  const cb = b.type === 'case.created' ? 0 : 1;
  if (ca !== cb) return ca - cb;
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/** JSON with sorted keys: equal events compare equal whatever their key order. */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
};

type Deduped = { events: CaseEvent[]; conflicts: RejectedEvent[] };

/** One event per id. Two different events under one id (a tampered or buggy source) keep
 *  the canonically smallest one, so every replica picks the same, and report each other
 *  distinct version once, however many times it arrived (the report must not depend on
 *  which side of a merge held a copy). */
export const dedupeEvents = (events: readonly CaseEvent[]): Deduped => {
  const byId = new Map<EventId, Map<string, CaseEvent>>();
  for (const event of events) {
    const versions = byId.get(event.id) ?? new Map<string, CaseEvent>();
    const json = canonicalJson(event);
    if (!versions.has(json)) versions.set(json, event);
    byId.set(event.id, versions);
  }
  const conflict: WorkflowError = {
    code: 'conflicting-duplicate-event',
    message: 'Two different events share this id; one was ignored',
  };
  const kept: CaseEvent[] = [];
  const conflicts: RejectedEvent[] = [];
  // Id order, not arrival order, so both sides of a merge report the same list.
  const ids = [...byId.keys()].sort();
  for (const versions of ids.map((id) => byId.get(id) ?? new Map<string, CaseEvent>())) {
    const [keep, ...dropped] = [...versions.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, event]) => event);
    if (keep) kept.push(keep);
    for (const drop of dropped) {
      conflicts.push({ eventId: drop.id, type: drop.type, at: drop.at, error: conflict });
    }
  }
  return { events: kept.sort(compareEvents), conflicts };
};

/**
 * Applies events onto a projection in timeline order. Total: an event the engine refuses
 * goes to `rejected` and the projection carries on without it.
 */
export const applyEvents = (base: CaseProjection, events: readonly CaseEvent[]): CaseProjection => {
  let p = base;
  for (const e of [...events].sort(compareEvents)) {
    const r = applyEvent(p, e);
    p = r.ok
      ? r.value
      : {
          ...p,
          rejected: [...p.rejected, { eventId: e.id, type: e.type, at: e.at, error: r.error }],
        };
  }
  return p;
};

/** Folds events into the case projection. Total: refused events go to `rejected`. */
export const foldEvents = (events: readonly CaseEvent[]): CaseProjection => {
  const { events: ordered, conflicts } = dedupeEvents(events);
  const p = applyEvents(emptyProjection(), ordered);
  const byId = (a: RejectedEvent, b: RejectedEvent) => (a.eventId < b.eventId ? -1 : 1);
  return { ...p, rejected: [...p.rejected, ...conflicts.sort(byId)] };
};

/** Whether a stored timeline holds its case's creation; a record from an older export may
 *  have events without it, and then its stored record is the case. */
export const hasCreationEvent = (events: readonly CaseEvent[]): boolean =>
  events.some((e) => e.type === 'case.created');

export type MergeResult = {
  events: CaseEvent[];
  /** Ids that were only in the incoming timeline. */
  added: EventId[];
  conflicts: RejectedEvent[];
};

/** Union of two timelines by event id (bundle import). */
export const mergeTimelines = (
  local: readonly CaseEvent[],
  incoming: readonly CaseEvent[],
): MergeResult => {
  const known = new Set(local.map((e) => e.id));
  const { events, conflicts } = dedupeEvents([...local, ...incoming]);
  const added = [...new Set(incoming.map((e) => e.id))].filter((id) => !known.has(id));
  return { events, added, conflicts };
};

/** What the UI asks for: an event without its id, time, actor and case. */
export type CaseCommand = {
  [T in CaseEventType]: { type: T; payload: CaseEventPayload<T> };
}[CaseEventType];

export type CommandContext = {
  actor: string;
  now: IsoInstant;
  /** Only for `case.created`; otherwise the projection's case id is used. */
  caseId?: CaseId;
  id?: EventId;
};

/** Builds the event for a command. Its time is strictly after the last event, so events
 *  recorded in one click keep their order in the fold. */
export const buildEvent = (p: CaseProjection, cmd: CaseCommand, ctx: CommandContext): CaseEvent => {
  const after = p.lastEventAt ? Date.parse(p.lastEventAt) + 1 : 0;
  const at = new Date(Math.max(Date.parse(ctx.now), after)).toISOString();
  return {
    schemaVersion: CASE_EVENT_SCHEMA_VERSION,
    id: ctx.id ?? newEventId(),
    caseId: p.case?.id ?? ctx.caseId ?? newCaseId(),
    at,
    actor: ctx.actor,
    ...cmd,
  };
};

/** Builds and applies a command: the event to append and the new projection, or why not. */
export const applyCommand = (
  p: CaseProjection,
  cmd: CaseCommand,
  ctx: CommandContext,
): WorkflowResult<{ event: CaseEvent; projection: CaseProjection }> => {
  const event = buildEvent(p, cmd, ctx);
  const r = applyEvent(p, event);
  return r.ok ? wfOk({ event, projection: r.value }) : r;
};

/** Whether an event (e.g. one about to be imported, or a button's command) is allowed now,
 *  and if not the reason code for the UI. */
export const validateEvent = (p: CaseProjection, e: CaseEvent): WorkflowResult<null> => {
  const r = applyEvent(p, e);
  return r.ok ? wfOk(null) : wfFail(r.error.code, r.error.message);
};
