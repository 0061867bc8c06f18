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
import { compareEvents, mergeEvents } from './merge';
import { applyEvent } from './reducer';

/**
 * The timeline: folding events into the case. Two sources (this vault and an imported
 * bundle) merge by event id (`mergeEvents`, set union); the fold orders by `compareEvents`
 * so the same set of events gives the same projection whatever order it arrived in.
 */
const conflict: WorkflowError = {
  code: 'conflicting-duplicate-event',
  message: 'Two different events share this id; one was ignored',
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
  const { merged, conflicts } = mergeEvents([], events);
  const p = applyEvents(emptyProjection(), merged);
  const dropped: RejectedEvent[] = conflicts.map(({ discarded: d }) => ({
    eventId: d.id,
    type: d.type,
    at: d.at,
    error: conflict,
  }));
  return { ...p, rejected: [...p.rejected, ...dropped] };
};

/** Whether a stored timeline holds its case's creation; a record from an older export may
 *  have events without it, and then its stored record is the case. */
export const hasCreationEvent = (events: readonly CaseEvent[]): boolean =>
  events.some((e) => e.type === 'case.created');

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
