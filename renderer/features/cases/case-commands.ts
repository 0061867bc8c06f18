import type { CaseEvent, IsoInstant } from '../../../shared/model';
import type { WorkflowError } from '../../../shared/workflow/errors';
import type { CaseProjection } from '../../../shared/workflow/projection';
import { applyEvent } from '../../../shared/workflow/reducer';
import { buildEvent, type CaseCommand } from '../../../shared/workflow/timeline';
import { planAppend } from '../../../shared/workflow/append';
import { coordinationRefusal } from '../../../shared/workflow/coordination';

/**
 * Turning a button press into events, asking the engine whether they are allowed. Nothing
 * here decides policy: the reducer accepts or refuses, and its refusal is what the screen
 * shows next to a disabled button.
 */
/** A refusal: the engine's (a WorkflowError) or the form's own (`required`). */
export type PlanError = { code: WorkflowError['code'] | 'required'; message: string };

export type Planned =
  { ok: true; events: CaseEvent[]; projection: CaseProjection } | { ok: false; error: PlanError };

export type PlanContext = { actor: string; now: IsoInstant };

/** Commands recorded now: each event follows the last one (buildEvent keeps the order). */
export const planCommands = (
  p: CaseProjection,
  commands: readonly CaseCommand[],
  ctx: PlanContext,
): Planned => {
  let projection = p;
  const events: CaseEvent[] = [];
  for (const cmd of commands) {
    const event = buildEvent(projection, cmd, ctx);
    const r = applyEvent(projection, event);
    if (!r.ok) return r;
    events.push(event);
    projection = r.value;
  }
  return { ok: true, events, projection };
};

/**
 * A command that happened at a stated instant (a contact attempt made last Tuesday). The
 * event may land before later events, so the whole timeline is folded again and the event
 * is allowed only if the engine refuses nothing new.
 */
export const planBackdated = (
  history: readonly CaseEvent[],
  p: CaseProjection,
  cmd: CaseCommand,
  at: IsoInstant,
  ctx: PlanContext,
): Planned => {
  if (p.lastEventAt === null || at >= p.lastEventAt) {
    const event = { ...buildEvent(p, cmd, { ...ctx, now: at }), at };
    const r = applyEvent(p, event);
    return r.ok ? { ok: true, events: [event], projection: r.value } : r;
  }
  const event = { ...buildEvent(p, cmd, ctx), at };
  const planned = planAppend(history, { caseId: event.caseId, events: [event] });
  if (!planned.ok) {
    const { code, message } = planned.error;
    return { ok: false, error: { code, message } };
  }
  return { ok: true, ...planned.value };
};

/**
 * More commands recorded now, after a planned step (the SSVC publish selection beside the
 * committee's decision): one plan, so `commit` writes them with the step in one
 * transaction, or nothing when the engine refuses either.
 */
export const planThen = (
  planned: Planned,
  commands: readonly CaseCommand[],
  ctx: PlanContext,
): Planned => {
  if (!planned.ok) return planned;
  const more = planCommands(planned.projection, commands, ctx);
  if (!more.ok) return more;
  return { ok: true, events: [...planned.events, ...more.events], projection: more.projection };
};

/**
 * The plan, unless the coordination rule (shared/workflow/coordination.ts) refuses this
 * vault its events on this case: after a hand-over, a vendor letter or an embargo change;
 * as co-coordinator, an embargo change. The reducer alone does not know organisations, so
 * every planner of the case screen passes through here (notes stay allowed).
 */
export const withCoordination = (history: readonly CaseEvent[], planned: Planned): Planned => {
  if (!planned.ok) return planned;
  const refused = coordinationRefusal(history, planned.events);
  return refused === undefined
    ? planned
    : { ok: false, error: { code: refused.code, message: refused.message } };
};
